package bindings_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
)

// An ETH order: fund, a delivery attestation signed in Go, the inspection window passes (time travel),
// release; the payee is paid minus the fee in the release itself and the fee is kept for the treasury.
func TestETHLifecycle(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	amount := big.NewInt(3e17)
	terms := w.terms(common.Address{}, amount, 3600)
	id := w.orderID(terms)
	payeeBefore := w.balance(w.payee.addr)

	r := w.send(w.buyer, w.escrowC, w.escrow.PackFundETH(terms), amount)
	funded, err := w.escrow.UnpackFundedEvent(r.Logs[0])
	if err != nil {
		t.Fatalf("Funded event: %v", err)
	}
	if funded.OrderId != id || funded.Amount.Cmp(amount) != 0 || funded.Buyer != w.buyer.addr || funded.Payee != w.payee.addr {
		t.Fatalf("Funded event = %+v", funded)
	}

	proof := crypto.Keccak256Hash([]byte("photo bytes"))
	at := w.now()
	w.send(w.seller, w.escrowC, w.escrow.PackDeliver(terms, proof, at, w.signDelivery(id, proof, at)), nil)
	if st := w.order(id).Status; st != 2 {
		t.Fatalf("status after delivery = %d, want Delivered(2)", st)
	}

	// Release before the window ends reverts with InspectionRunning, decoded from the revert data.
	_, err = bind.Call(w.escrowC, &bind.CallOpts{From: w.seller.addr}, w.escrow.PackRelease(terms), func([]byte) (struct{}, error) { return struct{}{}, nil })
	if !isCustomError(w, err, "InspectionRunning") {
		t.Fatalf("early release: %v, want InspectionRunning", err)
	}

	w.adjustTime(2 * time.Hour)
	w.send(w.seller, w.escrowC, w.escrow.PackRelease(terms), nil)
	if st := w.order(id).Status; st != 4 {
		t.Fatalf("status after release = %d, want Released(4)", st)
	}
	fee := feeOf(amount)
	// The payee sent nothing, so it gained exactly the net amount.
	if got, net := new(big.Int).Sub(w.balance(w.payee.addr), payeeBefore), new(big.Int).Sub(amount, fee); got.Cmp(net) != 0 {
		t.Fatalf("payee gained %s, want %s", got, net)
	}
	fees, err := bind.Call(w.escrowC, nil, w.escrow.PackFees(common.Address{}), w.escrow.UnpackFees)
	if err != nil || fees.Cmp(fee) != 0 {
		t.Fatalf("fees = %v, %v; want %s", fees, err, fee)
	}
	if b := w.balance(w.escrowAt); b.Cmp(fee) != 0 {
		t.Fatalf("escrow balance %s, want only the fee %s", b, fee)
	}
}

// An ERC-20 order funded in one transaction with an EIP-2612 permit signed in Go, then the buyer
// confirms receipt.
func TestTokenPermitLifecycle(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	amount := big.NewInt(30_500_000) // 30.50 TUSD
	terms := w.terms(w.tokenAt, amount, 24*3600)
	id := w.orderID(terms)
	deadline := new(big.Int).SetUint64(w.now() + 3600)
	v, r, s := w.signPermit(amount, deadline)

	w.send(w.buyer, w.escrowC, w.escrow.PackFundTokenWithPermit(terms, deadline, v, r, s), nil)
	if got := w.tokenBalance(w.escrowAt); got.Cmp(amount) != 0 {
		t.Fatalf("escrow holds %s, want %s", got, amount)
	}
	if st := w.order(id).Status; st != 1 {
		t.Fatalf("status = %d, want Funded(1)", st)
	}

	// Only the buyer may confirm.
	if _, err := w.trySendExpectRevert(w.seller, w.escrow.PackConfirmReceipt(terms)); !isCustomError(w, err, "NotBuyer") {
		t.Fatalf("seller confirming: %v, want NotBuyer", err)
	}
	w.send(w.buyer, w.escrowC, w.escrow.PackConfirmReceipt(terms), nil)
	fee := feeOf(amount)
	if got, want := w.tokenBalance(w.payee.addr), new(big.Int).Sub(amount, fee); got.Cmp(want) != 0 {
		t.Fatalf("payee has %s, want %s", got, want)
	}
	if got := w.tokenBalance(w.escrowAt); got.Cmp(fee) != 0 {
		t.Fatalf("escrow keeps %s, want the fee %s", got, fee)
	}
}

// A late delivery: after deliverBy, anyone refunds the buyer in full.
func TestExpiredRefund(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	amount := big.NewInt(1e18)
	terms := w.terms(common.Address{}, amount, 3600)
	terms.DeliverBy = w.now() + 60
	w.send(w.buyer, w.escrowC, w.escrow.PackFundETH(terms), amount)
	if _, err := w.trySendExpectRevert(w.owner, w.escrow.PackRefundExpired(terms)); !isCustomError(w, err, "NotExpired") {
		t.Fatalf("early refund: %v, want NotExpired", err)
	}
	w.adjustTime(2 * time.Minute)
	before := w.balance(w.buyer.addr)
	w.send(w.owner, w.escrowC, w.escrow.PackRefundExpired(terms), nil)
	if got := new(big.Int).Sub(w.balance(w.buyer.addr), before); got.Cmp(amount) != 0 {
		t.Fatalf("buyer refunded %s, want %s", got, amount)
	}
}

// trySendExpectRevert estimates the call, which is where a revert surfaces with its data.
func (w *world) trySendExpectRevert(from actor, data []byte) ([]byte, error) {
	return bind.Call(w.escrowC, &bind.CallOpts{From: from.addr}, data, func(b []byte) ([]byte, error) { return b, nil })
}

// isCustomError reports whether err carries the revert data of the Escrow custom error `name`.
func isCustomError(w *world, err error, name string) bool {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return false
	}
	hexData, ok := de.ErrorData().(string)
	if !ok {
		return false
	}
	data := common.FromHex(hexData)
	abiErr, ok := w.escrow.GetABI().Errors[name]
	return ok && len(data) >= 4 && string(data[:4]) == string(abiErr.ID[:4])
}
