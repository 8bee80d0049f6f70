package escrow

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// WalletTx is one transaction a wallet must send, in the shape of eth_sendTransaction.
type WalletTx struct {
	Label string         `json:"label"` // "approve", "fund"
	To    common.Address `json:"to"`
	Value *hexutil.Big   `json:"value"`
	Data  hexutil.Bytes  `json:"data"`
	// URI is the same transaction as an EIP-681 request.
	URI string `json:"uri"`
}

// PaymentRequest is what a customer needs to fund an order from their own wallet: an EIP-681
// URI (for a QR code or a link) and, for a wallet page (EIP-1193 provider), the transactions to
// send in order, on ChainID.
type PaymentRequest struct {
	ChainID uint64         `json:"chainId"`
	Escrow  common.Address `json:"escrow"`
	OrderID common.Hash    `json:"orderId"`
	Token   common.Address `json:"token"` // zero for ETH
	Amount  *hexutil.Big   `json:"amount"`
	URI     string         `json:"uri"` // the first step's EIP-681 URI
	Steps   []WalletTx     `json:"steps"`
}

// termsType is the ABI type of the Terms tuple, as EIP-681 names parameter types.
const termsType = "(address,address,address,address,uint256,address,uint64,uint32,bytes32)"

// PaymentRequest builds the payment link of an order. For ETH it is one call, fundETH(terms)
// with value = amount. For a token, approve(escrow, amount) on the token then fundToken(terms).
// Whoever pays, refunds go to terms.Buyer, and the id commits to the terms, so a link cannot be
// redirected: other terms would be another order.
func (c *Client) PaymentRequest(t Terms) (PaymentRequest, error) {
	id, err := c.OrderID(t)
	if err != nil {
		return PaymentRequest{}, err
	}
	chain := c.chainID.Uint64()
	pr := PaymentRequest{ChainID: chain, Escrow: c.addr, OrderID: id, Token: t.Token, Amount: (*hexutil.Big)(t.Amount)}
	tuple := fmt.Sprintf("(%s,%s,%s,%s,%s,%s,%d,%d,%s)", t.Seller.Hex(), t.Payee.Hex(), t.Buyer.Hex(), t.Token.Hex(), t.Amount,
		t.Attester.Hex(), t.DeliverBy, t.InspectionPeriod, hexutil.Encode(t.OfferHash[:]))
	zero := (*hexutil.Big)(new(big.Int))
	if t.Token == (common.Address{}) {
		pr.Steps = []WalletTx{{
			Label: "fund", To: c.addr, Value: (*hexutil.Big)(t.Amount), Data: c.abi.PackFundETH(t),
			URI: eip681(c.addr, chain, "fundETH", [][2]string{{termsType, tuple}, {"value", t.Amount.String()}}),
		}}
	} else {
		pr.Steps = []WalletTx{{
			Label: "approve", To: t.Token, Value: zero, Data: c.token.PackApprove(c.addr, t.Amount),
			URI: eip681(t.Token, chain, "approve", [][2]string{{"address", c.addr.Hex()}, {"uint256", t.Amount.String()}}),
		}, {
			Label: "fund", To: c.addr, Value: zero, Data: c.abi.PackFundToken(t),
			URI: eip681(c.addr, chain, "fundToken", [][2]string{{termsType, tuple}}),
		}}
	}
	pr.URI = pr.Steps[0].URI
	return pr, nil
}

// eip681 renders ethereum:<to>@<chain>/<fn>?<type>=<value>&… (EIP-681). Values here are
// addresses, decimal integers and hex, which need no escaping.
func eip681(to common.Address, chainID uint64, fn string, params [][2]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "ethereum:%s@%d/%s", to.Hex(), chainID, fn)
	for i, p := range params {
		if i == 0 {
			b.WriteByte('?')
		} else {
			b.WriteByte('&')
		}
		b.WriteString(p[0] + "=" + p[1])
	}
	return b.String()
}
