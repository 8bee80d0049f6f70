package bindings_test

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// gasRow is one line of the gas table.
type gasRow struct {
	what   string
	gas    uint64
	target uint64 // 0: no target
}

// BenchmarkGas measures receipt gasUsed of every escrow and anchoring path under mainnet (Osaka) rules
// and prints the table (also written to bench/gas.md when run from the repository root by `make bench`).
// Figures are steady state: a first order has already paid the treasury's credit slot and the seller
// already holds a balance, as on a live contract.
func BenchmarkGas(b *testing.B) {
	for b.Loop() {
		rows := measureGas(b)
		table := renderGasTable(rows)
		fmt.Print(table)
		for _, r := range rows {
			if r.target != 0 && r.gas > r.target {
				b.Errorf("%s: %d gas, over the %d target", r.what, r.gas, r.target)
			}
		}
		if out := os.Getenv("SOUQ_BENCH_DIR"); out != "" {
			if err := os.WriteFile(filepath.Join(out, "gas.md"), []byte(table), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func measureGas(b *testing.B) []gasRow {
	w := newWorld(b)
	eth := big.NewInt(1e17)
	usd := big.NewInt(30_500_000)
	proof := crypto.Keccak256Hash([]byte("photo"))

	// Warm-up: one ETH and one token order, so the treasury's credit slots and the seller's balances exist.
	for _, token := range []common.Address{{}, w.tokenAt} {
		amount, value := eth, eth
		if token != (common.Address{}) {
			amount, value = usd, nil
			w.send(w.buyer, w.tokenC, w.token.PackApprove(w.escrowAt, amount), nil)
		}
		t := w.terms(token, amount, 0)
		if token == (common.Address{}) {
			w.send(w.buyer, w.escrowC, w.escrow.PackFundETH(t), value)
		} else {
			w.send(w.buyer, w.escrowC, w.escrow.PackFundToken(t), nil)
		}
		w.send(w.buyer, w.escrowC, w.escrow.PackConfirmReceipt(t), nil)
	}

	var rows []gasRow
	add := func(what string, gas, target uint64) { rows = append(rows, gasRow{what, gas, target}) }

	// ETH: fund + buyer confirms (2 transactions).
	t1 := w.terms(common.Address{}, eth, 3600)
	fund := w.send(w.buyer, w.escrowC, w.escrow.PackFundETH(t1), eth).GasUsed
	confirm := w.send(w.buyer, w.escrowC, w.escrow.PackConfirmReceipt(t1), nil).GasUsed
	add("ETH fundETH", fund, 0)
	add("ETH confirmReceipt (release to seller, fee credited)", confirm, 0)
	add("ETH fund + release (confirmReceipt)", fund+confirm, 125_000)

	// ETH: fund + delivery attestation with a zero inspection window (release in the same transaction).
	t2 := w.terms(common.Address{}, eth, 0)
	id2 := w.orderID(t2)
	fund2 := w.send(w.buyer, w.escrowC, w.escrow.PackFundETH(t2), eth).GasUsed
	at := w.now()
	deliverRelease := w.send(w.seller, w.escrowC, w.escrow.PackDeliver(t2, proof, at, w.signDelivery(id2, proof, at)), nil).GasUsed
	add("ETH deliver with EIP-712 signature, zero inspection (releases)", deliverRelease, 0)
	add("ETH fund + release (signed delivery, zero inspection)", fund2+deliverRelease, 125_000)

	// ETH: fund + deliver + release after the inspection window (3 transactions).
	t3 := w.terms(common.Address{}, eth, 60)
	id3 := w.orderID(t3)
	fund3 := w.send(w.buyer, w.escrowC, w.escrow.PackFundETH(t3), eth).GasUsed
	at = w.now()
	deliver := w.send(w.seller, w.escrowC, w.escrow.PackDeliver(t3, proof, at, w.signDelivery(id3, proof, at)), nil).GasUsed
	w.adjustTime(2 * time.Minute)
	release := w.send(w.seller, w.escrowC, w.escrow.PackRelease(t3), nil).GasUsed
	add("ETH deliver (starts inspection)", deliver, 0)
	add("ETH release after inspection", release, 0)
	add("ETH fund + deliver + release after inspection (3 tx)", fund3+deliver+release, 0)

	// ETH refund paths.
	t4 := w.terms(common.Address{}, eth, 60)
	t4.DeliverBy = w.now() + 30
	w.send(w.buyer, w.escrowC, w.escrow.PackFundETH(t4), eth)
	w.adjustTime(time.Minute)
	add("ETH refundExpired (late delivery)", w.send(w.owner, w.escrowC, w.escrow.PackRefundExpired(t4), nil).GasUsed, 0)

	// ERC-20: approve + fundToken, permit in one transaction, release.
	t5 := w.terms(w.tokenAt, usd, 3600)
	approve := w.send(w.buyer, w.tokenC, w.token.PackApprove(w.escrowAt, usd), nil).GasUsed
	fundToken := w.send(w.buyer, w.escrowC, w.escrow.PackFundToken(t5), nil).GasUsed
	add("ERC-20 approve (buyer, separate tx)", approve, 0)
	add("ERC-20 fundToken after approve", fundToken, 0)
	w.send(w.buyer, w.escrowC, w.escrow.PackConfirmReceipt(t5), nil)

	t6 := w.terms(w.tokenAt, usd, 3600)
	deadline := new(big.Int).SetUint64(w.now() + 3600)
	v, r, s := w.signPermit(usd, deadline)
	permitFund := w.send(w.buyer, w.escrowC, w.escrow.PackFundTokenWithPermit(t6, deadline, v, r, s), nil).GasUsed
	tokenConfirm := w.send(w.buyer, w.escrowC, w.escrow.PackConfirmReceipt(t6), nil).GasUsed
	add("ERC-20 fundTokenWithPermit (one tx)", permitFund, 0)
	add("ERC-20 confirmReceipt (seller balance non-zero)", tokenConfirm, 0)
	add("ERC-20 fund with permit + release", permitFund+tokenConfirm, 205_000)

	t7 := w.terms(w.tokenAt, usd, 0)
	id7 := w.orderID(t7)
	deadline = new(big.Int).SetUint64(w.now() + 3600)
	v, r, s = w.signPermit(usd, deadline)
	permitFund7 := w.send(w.buyer, w.escrowC, w.escrow.PackFundTokenWithPermit(t7, deadline, v, r, s), nil).GasUsed
	at = w.now()
	tokenDeliver := w.send(w.seller, w.escrowC, w.escrow.PackDeliver(t7, proof, at, w.signDelivery(id7, proof, at)), nil).GasUsed
	add("ERC-20 fund with permit + signed delivery (zero inspection)", permitFund7+tokenDeliver, 205_000)

	// Dispute and arbiter split.
	t8 := w.terms(w.tokenAt, usd, 3600)
	w.send(w.buyer, w.tokenC, w.token.PackApprove(w.escrowAt, usd), nil)
	w.send(w.buyer, w.escrowC, w.escrow.PackFundToken(t8), nil)
	add("dispute", w.send(w.buyer, w.escrowC, w.escrow.PackDispute(t8, crypto.Keccak256Hash([]byte("reason"))), nil).GasUsed, 0)
	add("resolve (partial refund, ERC-20)", w.send(w.arbiter, w.escrowC, w.escrow.PackResolve(t8, big.NewInt(10_000_000)), nil).GasUsed, 0)

	// Anchoring: one checkpoint (log size, root) per anchor, whatever the number of events it covers.
	size := uint64(0)
	for _, n := range []uint64{1, 100, 1_000, 4_000} {
		size += n
		root := crypto.Keccak256Hash([]byte(fmt.Sprint("checkpoint", size)))
		gas := w.send(w.owner, w.anchorC, w.anchor.PackAnchor(size, root), nil).GasUsed
		add(fmt.Sprintf("anchor a checkpoint covering %d new events (%.1f gas/event)", n, float64(gas)/float64(n)), gas, 30_000)
	}
	return rows
}

func renderGasTable(rows []gasRow) string {
	var sb strings.Builder
	sb.WriteString("\n| path (receipt gasUsed, Osaka rules, steady state) | gas | target |\n|---|---:|---:|\n")
	for _, r := range rows {
		target := ""
		if r.target != 0 {
			verdict := "ok"
			if r.gas > r.target {
				verdict = "OVER"
			}
			target = fmt.Sprintf("<= %d %s", r.target, verdict)
		}
		fmt.Fprintf(&sb, "| %s | %d | %s |\n", r.what, r.gas, target)
	}
	return sb.String()
}
