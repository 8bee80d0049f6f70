// Package escrow is souq's client of the Escrow contract: it funds orders (ETH from the buyer's
// wallet; ERC-20 by the buyer's order-bound EIP-2612 permit, submitted by the operator), signs
// delivery attestations and the parties' acts (EIP-712), and submits confirm, release, refund,
// dispute and resolve — every state-changing call as an idempotent intent of the exactly-once
// sender. Custodial wallets never pay gas for a token order: the operator (relayer) sends the
// buyer's permit and the buyer's and seller's signed acts (confirmReceiptBySig, disputeBySig,
// refundBySig); only an ETH order's funding comes from the buyer's wallet, which must send the value. A Watcher turns confirmed contract events into domain
// updates, including those of transactions souq did not send; PaymentRequest builds the wallet-page
// transactions for paying from any wallet, TokenTransferURI and ETHRequestURI the EIP-681 links
// that top up a customer's deposit address, and TxInspector reads a transaction's escrow events
// for souq's transaction page.
//
// Each call carries the service's attempt key; the sender intent is keyed by action, order and
// attempt (IntentKey), so a refused attempt is followed by a new transaction, never deduplicated
// onto the refused one. The Tracker reports each outcome under the attempt key with its failure
// class (see Result for the table of the Escrow's errors). The Tracker and the deposit watcher
// keep their records in a kv.DB, encoded as encoding.go says.
package escrow

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/bindings/testtoken"
	"github.com/souqchain/souq/chain/sender"
)

// Terms are an order's immutable terms, exactly the contract's Terms tuple.
type Terms = escrowabi.EscrowTerms

// Status mirrors the contract's Status enum.
type Status uint8

// Contract statuses.
const (
	StatusNone Status = iota
	StatusFunded
	StatusDelivered
	StatusDisputed
	StatusReleased
	StatusRefunded
	StatusResolved
)

// The contract's RefundReason enum: why a Refunded event returned the money.
const (
	RefundBySeller       uint8 = iota // refund / refundBySig
	RefundLateDelivery                // refundExpired: no valid delivery by deliverBy
	RefundDisputeExpired              // refundExpiredDispute: the arbiter did not decide in time
)

// refundReasonNames name the RefundReason values on the transaction page (the page translates
// them); a test holds this list to the contract's enum.
var refundReasonNames = [...]string{
	RefundBySeller:       "by_seller",
	RefundLateDelivery:   "late_delivery",
	RefundDisputeExpired: "dispute_expired",
}

// refundReasonName names reason r; a value the contract gained after this list shows as its number.
func refundReasonName(r uint8) string {
	if int(r) < len(refundReasonNames) {
		return refundReasonNames[r]
	}
	return strconv.Itoa(int(r))
}

var statusNames = [...]string{"none", "funded", "delivered", "disputed", "released", "refunded", "resolved"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// OrderState is the contract's one-slot record of an order.
type OrderState struct {
	Status       Status
	FeeBps       uint16
	DeliveredAt  uint64
	ReleasableAt uint64
}

// Senders gives the sender of an account: the operator, the arbiter, a custodial wallet.
type Senders interface {
	Get(addr common.Address) (*sender.Sender, error)
}

// Client talks to one Escrow deployment.
type Client struct {
	backend  bind.ContractBackend
	addr     common.Address
	chainID  *big.Int
	operator common.Address // the relayer: sends every call but an ETH funding and the arbiter's resolve
	senders  Senders
	abi      *escrowabi.Escrow
	token    *testtoken.TestToken // any ERC-20 with EIP-2612: the ABI is the standard one
	inst     *bind.BoundContract
	// rpcTimeout bounds each read the client makes itself (order state, the token's permit
	// domain and nonce): a node that never answers cannot hang a port call.
	rpcTimeout time.Duration

	domainMu sync.Mutex
	domains  map[common.Address]PermitDomain // a token's domain never changes: read once
}

// New returns a client. operator is the account (in senders) that submits the calls anyone may make.
func New(backend bind.ContractBackend, addr common.Address, chainID *big.Int, operator common.Address, senders Senders) *Client {
	e := escrowabi.NewEscrow()
	return &Client{backend: backend, addr: addr, chainID: new(big.Int).Set(chainID), operator: operator, senders: senders,
		abi: e, token: testtoken.NewTestToken(), inst: e.Instance(backend, addr), rpcTimeout: sender.DefaultRPCTimeout,
		domains: map[common.Address]PermitDomain{}}
}

// SetRPCTimeout bounds each read the client makes (default sender.DefaultRPCTimeout). Call it
// before the client is used.
func (c *Client) SetRPCTimeout(d time.Duration) {
	if d > 0 {
		c.rpcTimeout = d
	}
}

// Address is the escrow contract.
func (c *Client) Address() common.Address { return c.addr }

// Decoders decode the Escrow's (and a token's) custom errors for the sender.
func Decoders() []sender.ErrorDecoder {
	return []sender.ErrorDecoder{escrowabi.NewEscrow().UnpackError, testtoken.NewTestToken().UnpackError}
}

var termsArgs = func() abi.Arguments {
	tuple, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "seller", Type: "address"}, {Name: "payee", Type: "address"}, {Name: "buyer", Type: "address"}, {Name: "token", Type: "address"},
		{Name: "amount", Type: "uint256"}, {Name: "attester", Type: "address"}, {Name: "deliverBy", Type: "uint64"},
		{Name: "inspectionPeriod", Type: "uint32"}, {Name: "offerHash", Type: "bytes32"},
	})
	if err != nil {
		panic(err)
	}
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	return abi.Arguments{{Type: u256}, {Type: addr}, {Type: tuple}}
}()

// OrderID computes keccak256(abi.encode(chainid, escrow, terms)) locally, as the contract does.
func OrderID(chainID *big.Int, escrow common.Address, t Terms) ([32]byte, error) {
	enc, err := termsArgs.Pack(chainID, escrow, t)
	if err != nil {
		return [32]byte{}, fmt.Errorf("order id: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// OrderID of terms on this deployment.
func (c *Client) OrderID(t Terms) ([32]byte, error) { return OrderID(c.chainID, c.addr, t) }

// Order reads an order's on-chain record.
func (c *Client) Order(ctx context.Context, id [32]byte) (OrderState, error) {
	ctx, cancel := context.WithTimeout(ctx, c.rpcTimeout)
	defer cancel()
	o, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, c.abi.PackOrders(id), c.abi.UnpackOrders)
	if err != nil {
		return OrderState{}, fmt.Errorf("escrow: order %x: %w", id, err)
	}
	return OrderState{Status: Status(o.Status), FeeBps: o.FeeBps, DeliveredAt: o.DeliveredAt, ReleasableAt: o.ReleasableAt}, nil
}

// IntentKey is the sender's idempotency key of an action on an order for one attempt (the
// service's attempt key, souq.AttemptKey): a new attempt is a new transaction, the same attempt
// asked again is the same one. The attempt key goes in hashed (8 bytes), so sender keys have one
// short length whatever the service's keys look like, and still name the action and the order.
func IntentKey(action string, id [32]byte, attempt string) string {
	h := crypto.Keccak256([]byte(attempt))
	return "escrow/" + action + "/" + hexutil.Encode(id[:]) + "/" + hex.EncodeToString(h[:8])
}

// FeeBps reads the platform fee in force now (basis points; an order keeps the rate of its funding).
func (c *Client) FeeBps(ctx context.Context) (uint16, error) {
	f, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, c.abi.PackFeeBps(), c.abi.UnpackFeeBps)
	if err != nil {
		return 0, fmt.Errorf("escrow: fee: %w", err)
	}
	return f, nil
}

// submit records the intent of attempt. Every escrow intent is FailFast: a refusal before sending
// (funds missing) ends it, and the service tries again under a new attempt.
func (c *Client) submit(ctx context.Context, attempt string, from common.Address, action string, id [32]byte, call sender.Call) (*sender.Intent, error) {
	if attempt == "" {
		return nil, fmt.Errorf("escrow: %s: empty attempt key: %w", action, souq.ErrRefused)
	}
	s, err := c.senders.Get(from)
	if err != nil {
		return nil, fmt.Errorf("escrow: %s: no key for %s: %w: %w", action, from, err, souq.ErrNeedsOperator)
	}
	if call.To == nil {
		to := c.addr
		call.To = &to
	}
	call.FailFast = true
	in, err := s.Submit(ctx, IntentKey(action, id, attempt), action, call)
	if errors.Is(err, sender.ErrKeyConflict) {
		return nil, fmt.Errorf("escrow: %s: %w: %w", action, err, souq.ErrRefused)
	}
	if err != nil {
		return nil, fmt.Errorf("escrow: %s: %w: %w", action, err, souq.ErrRetryLater)
	}
	return in, nil
}

// ErrNotETH / ErrNotToken are returned for a funding call that does not match terms.Token.
var (
	ErrNotETH   = fmt.Errorf("escrow: terms are for a token, not ETH: %w", souq.ErrRefused)
	ErrNotToken = fmt.Errorf("escrow: terms are for ETH, not a token: %w", souq.ErrRefused)
)

// FundETH funds an ETH order from `from` (a custodial wallet, usually terms.Buyer).
func (c *Client) FundETH(ctx context.Context, attempt string, from common.Address, t Terms) (*sender.Intent, error) {
	if t.Token != (common.Address{}) {
		return nil, ErrNotETH
	}
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	return c.submit(ctx, attempt, from, "fund", id, sender.Call{Data: c.abi.PackFundETH(t), Value: t.Amount})
}

// FundToken funds an ERC-20 order from `from` in two transactions: approve, then fundToken once
// the approval is confirmed. It returns the funding intent.
func (c *Client) FundToken(ctx context.Context, attempt string, from common.Address, t Terms) (*sender.Intent, error) {
	if t.Token == (common.Address{}) {
		return nil, ErrNotToken
	}
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	tok := t.Token
	if _, err := c.submit(ctx, attempt, from, "approve", id, sender.Call{To: &tok, Data: c.token.PackApprove(c.addr, t.Amount)}); err != nil {
		return nil, err
	}
	// The approval of the same attempt: a new attempt approves again (approve sets, never adds).
	return c.submit(ctx, attempt, from, "fund", id, sender.Call{Data: c.abi.PackFundToken(t), After: IntentKey("approve", id, attempt)})
}

// PermitSigner is a key that signs EIP-712 digests (keys.Key).
type PermitSigner interface {
	Address() common.Address
	SignHash(digest []byte) ([]byte, error)
}

// FundTokenWithPermit funds an ERC-20 order in one transaction sent by the operator (relayer),
// with an EIP-2612 permit signed by owner (terms.Buyer's custodial key) for exactly terms.Amount
// under the token's own EIP-712 domain (see PermitDomain). The permit's deadline binds it to the
// order (PermitDeadline), so nobody can use it for other terms; the contract refuses it after
// validUntil. The buyer's wallet needs tokens only, no ETH.
//
// The permit is signed once per attempt and kept in the stored intent. A new attempt reads the
// token's permit nonce again: an attempt that failed never reached the chain, or reverted whole,
// so it consumed no nonce.
func (c *Client) FundTokenWithPermit(ctx context.Context, attempt string, owner PermitSigner, t Terms, validUntil uint64) (*sender.Intent, error) {
	if t.Token == (common.Address{}) {
		return nil, ErrNotToken
	}
	if owner.Address() != t.Buyer {
		return nil, fmt.Errorf("escrow: permit signer %s is not the buyer %s: %w", owner.Address(), t.Buyer, souq.ErrRefused)
	}
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	if in, ok := c.stored(ctx, "fund", id, attempt); ok {
		return in, nil
	}
	digest, err := c.permitDigest(ctx, t.Token, owner.Address(), c.addr, t.Amount, PermitDeadline(id, validUntil))
	if err != nil {
		return nil, err
	}
	sig, err := owner.SignHash(digest)
	if err != nil {
		return nil, fmt.Errorf("escrow: permit: %w: %w", err, souq.ErrNeedsOperator)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	data := c.abi.PackFundTokenByPermit(t, validUntil, sig[64], r, s)
	return c.submit(ctx, attempt, c.operator, "fund", id, sender.Call{Data: data})
}

// PermitDeadline is the deadline of a permit bound to order id, as the contract's permitDeadline:
// the id's high 192 bits, validUntil in the low 64.
func PermitDeadline(id [32]byte, validUntil uint64) *big.Int {
	d := new(big.Int).SetBytes(id[:24])
	d.Lsh(d, 64)
	return d.Or(d, new(big.Int).SetUint64(validUntil))
}

// stored returns the operator's intent of an action and attempt if it was recorded already: a
// signed intent is signed once, and asking again (a restart, a retried outbox entry) must not
// sign anew (another deadline or nonce would be another call under the same key).
func (c *Client) stored(ctx context.Context, action string, id [32]byte, attempt string) (*sender.Intent, bool) {
	s, err := c.senders.Get(c.operator)
	if err != nil {
		return nil, false
	}
	in, err := s.Get(ctx, IntentKey(action, id, attempt))
	return in, err == nil
}

func (c *Client) permitDigest(ctx context.Context, token, owner, spender common.Address, value, deadline *big.Int) ([]byte, error) {
	dom, err := c.PermitDomain(ctx, token)
	if err != nil {
		return nil, err
	}
	ti := c.token.Instance(c.backend, token)
	rctx, cancel := context.WithTimeout(ctx, c.rpcTimeout)
	defer cancel()
	nonce, err := bind.Call(ti, &bind.CallOpts{Context: rctx}, c.token.PackNonces(owner), c.token.UnpackNonces)
	if err != nil {
		return nil, fmt.Errorf("escrow: permit nonce: %w", classRPC(err))
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": dom.types(),
			"Permit": {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"},
				{Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain:      dom.Domain,
		Message: apitypes.TypedDataMessage{"owner": owner.Hex(), "spender": spender.Hex(), "value": value.String(),
			"nonce": nonce.String(), "deadline": deadline.String()},
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return nil, fmt.Errorf("escrow: permit digest: %w: %w", err, souq.ErrNeedsOperator)
	}
	return digest, nil
}

// deliveryDomainType is the Escrow's own EIP-712 domain type (OpenZeppelin's EIP712).
var deliveryDomainType = []apitypes.Type{
	{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
}

// DeliveryDigest is the EIP-712 digest of Delivery(orderId, proofHash, deliveredAt) under the
// domain {name: "souq Escrow", version: "1", chainId, verifyingContract: escrow}.
func DeliveryDigest(chainID *big.Int, escrow common.Address, id, proofHash [32]byte, deliveredAt uint64) ([]byte, error) {
	return escrowDigest(chainID, escrow, "Delivery",
		[]apitypes.Type{{Name: "orderId", Type: "bytes32"}, {Name: "proofHash", Type: "bytes32"}, {Name: "deliveredAt", Type: "uint64"}},
		apitypes.TypedDataMessage{"orderId": hexutil.Encode(id[:]), "proofHash": hexutil.Encode(proofHash[:]), "deliveredAt": fmt.Sprint(deliveredAt)})
}

// Act is a party's act the operator submits with the party's EIP-712 signature.
type Act string

// The signed acts: the buyer's confirmation and dispute, the seller's refund.
const (
	ActConfirm Act = "ConfirmReceipt" // ConfirmReceipt(bytes32 orderId,uint64 deadline), by the buyer
	ActDispute Act = "Dispute"        // Dispute(bytes32 orderId,bytes32 reasonHash,uint64 deadline), by the buyer
	ActRefund  Act = "Refund"         // Refund(bytes32 orderId,uint64 deadline), by the seller
)

// ActDigest is the EIP-712 digest a party signs for an act on order id, valid until deadline
// (chain time). reasonHash is used by ActDispute only. Each act moves the order out of the status
// it needs, so a signature acts at most once; the deadline bounds when.
func ActDigest(chainID *big.Int, escrow common.Address, act Act, id, reasonHash [32]byte, deadline uint64) ([]byte, error) {
	fields := []apitypes.Type{{Name: "orderId", Type: "bytes32"}}
	msg := apitypes.TypedDataMessage{"orderId": hexutil.Encode(id[:]), "deadline": fmt.Sprint(deadline)}
	switch act {
	case ActConfirm, ActRefund:
	case ActDispute:
		fields = append(fields, apitypes.Type{Name: "reasonHash", Type: "bytes32"})
		msg["reasonHash"] = hexutil.Encode(reasonHash[:])
	default:
		return nil, fmt.Errorf("escrow: unknown act %q", act)
	}
	fields = append(fields, apitypes.Type{Name: "deadline", Type: "uint64"})
	return escrowDigest(chainID, escrow, string(act), fields, msg)
}

func escrowDigest(chainID *big.Int, escrow common.Address, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) ([]byte, error) {
	td := apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": deliveryDomainType, primary: fields},
		PrimaryType: primary,
		Domain:      apitypes.TypedDataDomain{Name: "souq Escrow", Version: "1", ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: escrow.Hex()},
		Message:     msg,
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return nil, fmt.Errorf("escrow: %s digest: %w", primary, err)
	}
	return digest, nil
}

// SignDelivery signs a delivery attestation with the order's attester key.
func (c *Client) SignDelivery(attester PermitSigner, id, proofHash [32]byte, deliveredAt uint64) ([]byte, error) {
	d, err := DeliveryDigest(c.chainID, c.addr, id, proofHash, deliveredAt)
	if err != nil {
		return nil, err
	}
	sig, err := attester.SignHash(d)
	if err != nil {
		return nil, fmt.Errorf("escrow: sign delivery: %w", err)
	}
	return sig, nil
}

// Deliver submits the attester's signed delivery (from the operator; anyone may).
func (c *Client) Deliver(ctx context.Context, attempt string, t Terms, proofHash [32]byte, deliveredAt uint64, sig []byte) (*sender.Intent, error) {
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	return c.submit(ctx, attempt, c.operator, "deliver", id, sender.Call{Data: c.abi.PackDeliver(t, proofHash, deliveredAt, sig)})
}

// ActValidity is how long a party's signed act stays valid after it is signed (chain time). A
// relayed transaction held up longer is refused with SignatureExpired, which the service retries
// as a new attempt, signed anew.
const ActValidity = time.Hour

// ConfirmReceipt pays the payee at once: the buyer's signed confirmation, sent by the operator.
func (c *Client) ConfirmReceipt(ctx context.Context, attempt string, buyer PermitSigner, t Terms) (*sender.Intent, error) {
	return c.signedAct(ctx, attempt, "confirm", ActConfirm, buyer, t.Buyer, t, [32]byte{})
}

// Release pays the seller after the inspection window (from the operator; anyone may).
func (c *Client) Release(ctx context.Context, attempt string, t Terms) (*sender.Intent, error) {
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	return c.submit(ctx, attempt, c.operator, "release", id, sender.Call{Data: c.abi.PackRelease(t)})
}

// Refund returns the money to the buyer: the seller's signed refund (the merchant's custodial
// wallet key, from chat), sent by the operator.
func (c *Client) Refund(ctx context.Context, attempt string, seller PermitSigner, t Terms) (*sender.Intent, error) {
	return c.signedAct(ctx, attempt, "refund", ActRefund, seller, t.Seller, t, [32]byte{})
}

// RefundExpired refunds an order whose delivery deadline passed (from the operator; anyone may).
func (c *Client) RefundExpired(ctx context.Context, attempt string, t Terms) (*sender.Intent, error) {
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	return c.submit(ctx, attempt, c.operator, "refund-expired", id, sender.Call{Data: c.abi.PackRefundExpired(t)})
}

// RefundExpiredDispute refunds the buyer in full once a dispute's arbiter deadline has passed
// (from the operator; anyone may).
func (c *Client) RefundExpiredDispute(ctx context.Context, attempt string, t Terms) (*sender.Intent, error) {
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	return c.submit(ctx, attempt, c.operator, "refund-expired-dispute", id, sender.Call{Data: c.abi.PackRefundExpiredDispute(t)})
}

// Dispute opens a dispute: the buyer's signed dispute, sent by the operator. reasonHash commits
// to the off-chain reason.
func (c *Client) Dispute(ctx context.Context, attempt string, buyer PermitSigner, t Terms, reasonHash [32]byte) (*sender.Intent, error) {
	return c.signedAct(ctx, attempt, "dispute", ActDispute, buyer, t.Buyer, t, reasonHash)
}

// signedAct signs a party's act once per attempt (the stored intent keeps the signature) with a
// deadline ActValidity after the newest block, and submits it from the operator.
func (c *Client) signedAct(ctx context.Context, attempt, action string, act Act, signer PermitSigner, party common.Address, t Terms, reasonHash [32]byte) (*sender.Intent, error) {
	if signer.Address() != party {
		return nil, fmt.Errorf("escrow: %s: signer %s is not the order's party %s: %w", action, signer.Address(), party, souq.ErrRefused)
	}
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	if in, ok := c.stored(ctx, action, id, attempt); ok {
		return in, nil
	}
	rctx, cancel := context.WithTimeout(ctx, c.rpcTimeout)
	head, err := c.backend.HeaderByNumber(rctx, nil)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("escrow: %s: newest block: %w", action, classRPC(err))
	}
	deadline := head.Time + uint64(ActValidity/time.Second)
	digest, err := ActDigest(c.chainID, c.addr, act, id, reasonHash, deadline)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", err, souq.ErrNeedsOperator)
	}
	sig, err := signer.SignHash(digest)
	if err != nil {
		return nil, fmt.Errorf("escrow: %s: sign: %w: %w", action, err, souq.ErrNeedsOperator)
	}
	var data []byte
	switch act {
	case ActConfirm:
		data = c.abi.PackConfirmReceiptBySig(t, deadline, sig)
	case ActRefund:
		data = c.abi.PackRefundBySig(t, deadline, sig)
	case ActDispute:
		data = c.abi.PackDisputeBySig(t, reasonHash, deadline, sig)
	}
	return c.submit(ctx, attempt, c.operator, action, id, sender.Call{Data: data})
}

// Resolve settles a dispute from the arbiter's account: buyerAmount back to the buyer.
func (c *Client) Resolve(ctx context.Context, attempt string, arbiter common.Address, t Terms, buyerAmount *big.Int) (*sender.Intent, error) {
	id, err := c.OrderID(t)
	if err != nil {
		return nil, err
	}
	return c.submit(ctx, attempt, arbiter, "resolve", id, sender.Call{Data: c.abi.PackResolve(t, buyerAmount)})
}
