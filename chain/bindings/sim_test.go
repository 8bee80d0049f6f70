// Tests of the contracts through their generated Go bindings on go-ethereum's simulated backend.
// This directory holds generated packages only; its tests live in package bindings_test.
package bindings_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/bindings/testtoken"
)

// osaka switches the simulated chain from the dev config's next-fork storage pricing to mainnet (Osaka)
// rules, so gas figures match mainnet (see ../shared/reference/ethereum.md §5.4).
func osaka(_ *node.Config, ec *ethconfig.Config) {
	c := *ec.Genesis.Config
	c.BogotaTime, c.AmsterdamTime = nil, nil
	ec.Genesis.Config = &c
}

type actor struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// world is a simulated chain with the three contracts deployed and funded actors.
type world struct {
	tb      testing.TB
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int

	owner, buyer, seller, attester, arbiter, treasury actor
	// relayer submits the parties' signed acts; payee receives the seller's share. Neither the buyer
	// nor the seller needs ETH on the gasless paths.
	relayer, payee actor

	escrow   *escrow.Escrow
	escrowC  *bind.BoundContract
	anchor   *eventanchor.EventAnchor
	anchorC  *bind.BoundContract
	token    *testtoken.TestToken
	tokenC   *bind.BoundContract
	escrowAt common.Address
	tokenAt  common.Address
}

const feeBps = 250

func newActor(tb testing.TB, chainID *big.Int) actor {
	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	return actor{key: key, addr: opts.From, opts: opts}
}

func newWorld(tb testing.TB) *world {
	tb.Helper()
	chainID := big.NewInt(1337)
	w := &world{tb: tb, chainID: chainID}
	actors := []*actor{&w.owner, &w.buyer, &w.seller, &w.attester, &w.arbiter, &w.treasury, &w.relayer, &w.payee}
	alloc := types.GenesisAlloc{}
	for _, a := range actors {
		*a = newActor(tb, chainID)
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	w.sim = simulated.NewBackend(alloc, osaka)
	tb.Cleanup(func() { w.sim.Close() })
	w.client = w.sim.Client()

	w.escrow = escrow.NewEscrow()
	w.anchor = eventanchor.NewEventAnchor()
	w.token = testtoken.NewTestToken()
	w.escrowAt = w.deploy(escrow.EscrowMetaData.Bin, w.escrow.PackConstructor(w.owner.addr, w.treasury.addr, w.arbiter.addr, feeBps, 14*24*3600))
	anchorAt := w.deploy(eventanchor.EventAnchorMetaData.Bin, w.anchor.PackConstructor(w.owner.addr, w.owner.addr))
	w.tokenAt = w.deploy(testtoken.TestTokenMetaData.Bin, w.token.PackConstructor("Test USD", "TUSD"))
	w.escrowC = w.escrow.Instance(w.client, w.escrowAt)
	w.anchorC = w.anchor.Instance(w.client, anchorAt)
	w.tokenC = w.token.Instance(w.client, w.tokenAt)
	w.send(w.owner, w.tokenC, w.token.PackMint(w.buyer.addr, big.NewInt(1_000_000_000_000)), nil)
	return w
}

func (w *world) deploy(bin string, ctor []byte) common.Address {
	w.tb.Helper()
	addr, tx, err := bind.DeployContract(w.owner.opts, common.FromHex(bin), w.client, ctor)
	if err != nil {
		w.tb.Fatalf("deploy: %v", err)
	}
	if r := w.mine(tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
		w.tb.Fatalf("deploy %s failed", tx.Hash())
	}
	return addr
}

// send mines one transaction and returns its receipt; a revert fails the test.
func (w *world) send(from actor, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	w.tb.Helper()
	r, err := w.trySend(from, c, data, value)
	if err != nil {
		w.tb.Fatal(err)
	}
	return r
}

func (w *world) trySend(from actor, c *bind.BoundContract, data []byte, value *big.Int) (*types.Receipt, error) {
	opts := *from.opts
	opts.Value = value
	opts.Context = context.Background()
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		return nil, err
	}
	r := w.mine(tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		w.tb.Fatalf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}

// mine seals blocks until the transaction has a receipt: a transaction can reach the pool's pending
// set only after a seal, and on the simulated backend nothing else would mine it.
func (w *world) mine(h common.Hash) *types.Receipt {
	w.tb.Helper()
	for range 500 {
		w.sim.Commit()
		if r, err := w.client.TransactionReceipt(context.Background(), h); err == nil {
			return r
		}
		time.Sleep(10 * time.Millisecond)
	}
	w.tb.Fatalf("transaction %s not mined", h)
	return nil
}

// adjustTime moves the chain's clock forward by mining an empty block. Right after a commit the
// transaction pool may not have dropped the mined transactions yet, and the simulated beacon refuses
// to adjust time while it sees any, so this retries briefly.
func (w *world) adjustTime(d time.Duration) {
	w.tb.Helper()
	var err error
	for range 100 {
		if err = w.sim.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	w.tb.Fatalf("adjust time: %v", err)
}

func (w *world) now() uint64 {
	h, err := w.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		w.tb.Fatal(err)
	}
	return h.Time
}

func (w *world) terms(token common.Address, amount *big.Int, inspection uint32) escrow.EscrowTerms {
	return escrow.EscrowTerms{
		Seller:           w.seller.addr,
		Payee:            w.payee.addr,
		Buyer:            w.buyer.addr,
		Token:            token,
		Amount:           amount,
		Attester:         w.attester.addr,
		DeliverBy:        w.now() + 7*24*3600,
		InspectionPeriod: inspection,
		OfferHash:        crypto.Keccak256Hash([]byte(time.Now().String())),
	}
}

func (w *world) orderID(t escrow.EscrowTerms) [32]byte {
	w.tb.Helper()
	id, err := bind.Call(w.escrowC, nil, w.escrow.PackOrderId(t), w.escrow.UnpackOrderId)
	if err != nil {
		w.tb.Fatal(err)
	}
	return id
}

func (w *world) order(id [32]byte) escrow.OrdersOutput {
	w.tb.Helper()
	o, err := bind.Call(w.escrowC, nil, w.escrow.PackOrders(id), w.escrow.UnpackOrders)
	if err != nil {
		w.tb.Fatal(err)
	}
	return o
}

// signEscrow signs an EIP-712 struct under the Escrow's domain, in Go from the domain alone.
func (w *world) signEscrow(key *ecdsa.PrivateKey, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) []byte {
	w.tb.Helper()
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			primary: fields,
		},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name: "souq Escrow", Version: "1",
			ChainId: (*math.HexOrDecimal256)(w.chainID), VerifyingContract: w.escrowAt.Hex(),
		},
		Message: msg,
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		w.tb.Fatal(err)
	}
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		w.tb.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// signDelivery produces the attester's EIP-712 Delivery signature.
func (w *world) signDelivery(id [32]byte, proof common.Hash, at uint64) []byte {
	w.tb.Helper()
	return w.signEscrow(w.attester.key, "Delivery",
		[]apitypes.Type{{Name: "orderId", Type: "bytes32"}, {Name: "proofHash", Type: "bytes32"}, {Name: "deliveredAt", Type: "uint64"}},
		apitypes.TypedDataMessage{"orderId": common.Hash(id).Hex(), "proofHash": proof.Hex(), "deliveredAt": new(big.Int).SetUint64(at).String()})
}

// signConfirm is the buyer's ConfirmReceipt(orderId, deadline) signature, for confirmReceiptBySig.
func (w *world) signConfirm(id [32]byte, deadline uint64) []byte {
	w.tb.Helper()
	return w.signEscrow(w.buyer.key, "ConfirmReceipt",
		[]apitypes.Type{{Name: "orderId", Type: "bytes32"}, {Name: "deadline", Type: "uint64"}},
		apitypes.TypedDataMessage{"orderId": common.Hash(id).Hex(), "deadline": new(big.Int).SetUint64(deadline).String()})
}

// signRefund is the seller's Refund(orderId, deadline) signature, for refundBySig.
func (w *world) signRefund(id [32]byte, deadline uint64) []byte {
	w.tb.Helper()
	return w.signEscrow(w.seller.key, "Refund",
		[]apitypes.Type{{Name: "orderId", Type: "bytes32"}, {Name: "deadline", Type: "uint64"}},
		apitypes.TypedDataMessage{"orderId": common.Hash(id).Hex(), "deadline": new(big.Int).SetUint64(deadline).String()})
}

// signDispute is the buyer's Dispute(orderId, reasonHash, deadline) signature, for disputeBySig.
func (w *world) signDispute(id [32]byte, reason common.Hash, deadline uint64) []byte {
	w.tb.Helper()
	return w.signEscrow(w.buyer.key, "Dispute",
		[]apitypes.Type{{Name: "orderId", Type: "bytes32"}, {Name: "reasonHash", Type: "bytes32"}, {Name: "deadline", Type: "uint64"}},
		apitypes.TypedDataMessage{"orderId": common.Hash(id).Hex(), "reasonHash": reason.Hex(), "deadline": new(big.Int).SetUint64(deadline).String()})
}

// signOrderPermit is the buyer's permit bound to an order (deadline = permitDeadline(id, until)), for
// fundTokenByPermit.
func (w *world) signOrderPermit(t escrow.EscrowTerms, until uint64) (uint8, [32]byte, [32]byte) {
	w.tb.Helper()
	d, err := bind.Call(w.escrowC, nil, w.escrow.PackPermitDeadline(w.orderID(t), until), w.escrow.UnpackPermitDeadline)
	if err != nil {
		w.tb.Fatal(err)
	}
	return w.signPermit(t.Amount, d)
}

// signPermit produces the buyer's EIP-2612 permit for the escrow, in Go.
func (w *world) signPermit(value *big.Int, deadline *big.Int) (uint8, [32]byte, [32]byte) {
	w.tb.Helper()
	return w.signPermitAs(w.buyer, value, deadline)
}

// signPermitAs produces holder's EIP-2612 permit for the escrow.
func (w *world) signPermitAs(holder actor, value *big.Int, deadline *big.Int) (uint8, [32]byte, [32]byte) {
	w.tb.Helper()
	nonce, err := bind.Call(w.tokenC, nil, w.token.PackNonces(holder.addr), w.token.UnpackNonces)
	if err != nil {
		w.tb.Fatal(err)
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Permit": {
				{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"},
				{Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"},
			},
		},
		PrimaryType: "Permit",
		Domain: apitypes.TypedDataDomain{
			Name: "Test USD", Version: "1",
			ChainId: (*math.HexOrDecimal256)(w.chainID), VerifyingContract: w.tokenAt.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"owner": holder.addr.Hex(), "spender": w.escrowAt.Hex(), "value": value.String(),
			"nonce": nonce.String(), "deadline": deadline.String(),
		},
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		w.tb.Fatal(err)
	}
	sig, err := crypto.Sign(digest, holder.key)
	if err != nil {
		w.tb.Fatal(err)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s
}

func (w *world) balance(a common.Address) *big.Int {
	w.tb.Helper()
	b, err := w.client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		w.tb.Fatal(err)
	}
	return b
}

func (w *world) tokenBalance(a common.Address) *big.Int {
	w.tb.Helper()
	b, err := bind.Call(w.tokenC, nil, w.token.PackBalanceOf(a), w.token.UnpackBalanceOf)
	if err != nil {
		w.tb.Fatal(err)
	}
	return b
}

func feeOf(amount *big.Int) *big.Int {
	f := new(big.Int).Mul(amount, big.NewInt(feeBps))
	return f.Div(f, big.NewInt(10_000))
}
