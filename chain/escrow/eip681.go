package escrow

import (
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// EIP-681 (https://eips.ethereum.org/EIPS/eip-681) names a transaction request as a URL:
//
//	request         = schema_prefix target_address [ "@" chain_id ] [ "/" function_name ] [ "?" parameters ]
//	schema_prefix   = "ethereum" ":" [ "pay-" ]
//	target_address  = ethereum_address
//	chain_id        = 1*DIGIT
//	function_name   = STRING
//	ethereum_address = ( "0x" 40*HEXDIG ) / ENS_NAME
//	parameters      = parameter *( "&" parameter )
//	parameter       = key "=" value
//	key             = "value" / "gas" / "gasLimit" / "gasPrice" / TYPE
//	value           = number / ethereum_address / STRING
//	number          = [ "-" / "+" ] *DIGIT [ "." 1*DIGIT ] [ ( "e" / "E" ) [ 1*DIGIT ] ]
//
// souq's payment page gives two of them, the forms wallets understand (MetaMask, Trust, Rainbow
// and others scan them from a QR code):
//
//	ETH:    ethereum:<deposit>@<chainId>?value=<wei>
//	ERC-20: ethereum:<token>@<chainId>/transfer?address=<deposit>&uint256=<minor units>
//
// Both pay the customer's custodial deposit address, not the escrow: the escrow's funding calls
// take the order's terms as a struct, which EIP-681's parameter list cannot carry (wallets do
// not encode tuples from a URL). Once the deposit arrives, the customer's Pay tap funds the
// escrow from that wallet. Amounts are written as plain integers in the smallest unit (wei, or
// the token's minor units), never in scientific notation, so no wallet can misread the scale.

// ETHRequestURI asks for wei to be sent to `to` on chainID.
func ETHRequestURI(chainID uint64, to common.Address, wei *big.Int) string {
	return fmt.Sprintf("ethereum:%s@%d?value=%s", to.Hex(), chainID, wei)
}

// TokenTransferURI asks for amount (minor units) of token to be sent to `to` on chainID.
func TokenTransferURI(chainID uint64, token, to common.Address, amount *big.Int) string {
	return fmt.Sprintf("ethereum:%s@%d/transfer?address=%s&uint256=%s", token.Hex(), chainID, to.Hex(), amount)
}

// TransactionRequest is a parsed EIP-681 URL.
type TransactionRequest struct {
	Pay      bool   // "ethereum:pay-"
	Target   string // 0x address or ENS name
	ChainID  uint64 // 0 when absent (the wallet's current chain)
	Function string // "" for a plain transfer of value
	Params   []RequestParam
}

// RequestParam is one key=value of the query, unescaped.
type RequestParam struct{ Key, Value string }

// Param returns the value of the first parameter named key.
func (r TransactionRequest) Param(key string) (string, bool) {
	for _, p := range r.Params {
		if p.Key == key {
			return p.Value, true
		}
	}
	return "", false
}

// ErrBadRequestURI is returned for a URL that does not follow the EIP-681 grammar.
var ErrBadRequestURI = errors.New("not an EIP-681 transaction request")

var (
	hexAddress = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	// ENS_NAME (EIP-137): dot-separated labels.
	ensName = regexp.MustCompile(`^[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+$`)
	digits  = regexp.MustCompile(`^[0-9]+$`)
	// number, with at least one digit before the exponent (the grammar allows none; no wallet does).
	number   = regexp.MustCompile(`^[-+]?([0-9]+(\.[0-9]+)?|\.[0-9]+)([eE][0-9]*)?$`)
	abiType  = regexp.MustCompile(`^(address|bool|string|bytes|function|u?int(8|16|24|32|40|48|56|64|72|80|88|96|104|112|120|128|136|144|152|160|168|176|184|192|200|208|216|224|232|240|248|256)?|bytes([1-9]|[12][0-9]|3[0-2]))(\[[0-9]*\])*$`)
	numericK = map[string]bool{"value": true, "gas": true, "gasLimit": true, "gasPrice": true}
)

// ParseTransactionRequest parses and checks an EIP-681 URL against the grammar above: the
// scheme, the target, the chain id, and each parameter's key (value, gas, gasLimit, gasPrice or
// an ABI type) with a value of its kind (a number for the numeric keys and integer types, an
// address for address).
func ParseTransactionRequest(s string) (TransactionRequest, error) {
	var r TransactionRequest
	rest, ok := strings.CutPrefix(s, "ethereum:")
	if !ok {
		return r, fmt.Errorf("%w: the scheme is not \"ethereum\"", ErrBadRequestURI)
	}
	rest, r.Pay = strings.CutPrefix(rest, "pay-")
	rest, query, hasQuery := strings.Cut(rest, "?")
	rest, fn, hasFn := strings.Cut(rest, "/")
	target, chain, hasChain := strings.Cut(rest, "@")
	switch {
	case hexAddress.MatchString(target):
	case !strings.HasPrefix(target, "0x") && ensName.MatchString(target):
	default:
		return r, fmt.Errorf("%w: target %q is neither an address nor an ENS name", ErrBadRequestURI, target)
	}
	r.Target = target
	if hasChain {
		id, err := strconv.ParseUint(chain, 10, 64)
		if !digits.MatchString(chain) || err != nil {
			return r, fmt.Errorf("%w: chain id %q", ErrBadRequestURI, chain)
		}
		r.ChainID = id
	}
	if hasFn {
		name, err := url.PathUnescape(fn)
		if err != nil || name == "" {
			return r, fmt.Errorf("%w: function name %q", ErrBadRequestURI, fn)
		}
		r.Function = name
	}
	if !hasQuery {
		return r, nil
	}
	for _, kv := range strings.Split(query, "&") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return r, fmt.Errorf("%w: parameter %q is not key=value", ErrBadRequestURI, kv)
		}
		val, err := url.QueryUnescape(v)
		if err != nil {
			return r, fmt.Errorf("%w: parameter %s: %w", ErrBadRequestURI, k, err)
		}
		switch {
		case numericK[k] || strings.HasPrefix(k, "uint") || strings.HasPrefix(k, "int"):
			if !abiType.MatchString(k) && !numericK[k] || !number.MatchString(val) || val == "" {
				return r, fmt.Errorf("%w: %s=%q is not a number", ErrBadRequestURI, k, val)
			}
		case k == "address":
			if !hexAddress.MatchString(val) && !ensName.MatchString(val) {
				return r, fmt.Errorf("%w: address=%q", ErrBadRequestURI, val)
			}
		case !abiType.MatchString(k):
			return r, fmt.Errorf("%w: key %q is neither value/gas/gasLimit/gasPrice nor an ABI type", ErrBadRequestURI, k)
		}
		r.Params = append(r.Params, RequestParam{Key: k, Value: val})
	}
	return r, nil
}

// RequestNumber evaluates an EIP-681 number ("2.014e18", "1000") to the integer it names; a
// fraction left after the exponent is not an integer and is refused, as the EIP requires.
func RequestNumber(s string) (*big.Int, error) {
	if s == "" || !number.MatchString(s) {
		return nil, fmt.Errorf("%w: %q is not a number", ErrBadRequestURI, s)
	}
	mant, exp, _ := strings.Cut(strings.ToLower(s), "e")
	e := 0
	if exp != "" {
		n, err := strconv.Atoi(exp)
		if err != nil || n > 1000 {
			return nil, fmt.Errorf("%w: exponent %q", ErrBadRequestURI, exp)
		}
		e = n
	}
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimLeft(mant, "+-")
	whole, frac, _ := strings.Cut(mant, ".")
	if len(frac) > e {
		return nil, fmt.Errorf("%w: %q is not an integer", ErrBadRequestURI, s)
	}
	v, ok := new(big.Int).SetString("0"+whole+frac+strings.Repeat("0", e-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrBadRequestURI, s)
	}
	if neg {
		v.Neg(v)
	}
	return v, nil
}
