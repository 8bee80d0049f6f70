package audit

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/journal"
)

// Kinds of a whole-order audit.
const (
	MoneyMismatch  Kind = "money-mismatch"   // the escrow moved another amount than the journal records
	NotOnChain     Kind = "not-on-chain"     // the journal records a chain move the escrow never logged
	NotInJournal   Kind = "not-in-journal"   // the escrow logged a move of the order the journal does not record
	MixedOrders    Kind = "mixed-orders"     // the bundles are not all of one order
	NoEscrowPinned Kind = "no-escrow-pinned" // the trust root names no Escrow contract
)

// OrderChain is what an order audit asks the node (ethclient.Client implements it).
type OrderChain interface {
	Chain
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// OrderLine is one line of an order audit: a journal event, or an escrow event the journal lacks.
type OrderLine struct {
	Seq     *uint64 `json:"seq,omitempty"` // the journal event; nil for an escrow event missing from it
	Kind    string  `json:"kind"`
	Tx      string  `json:"tx,omitempty"`
	Says    string  `json:"says"`              // what the journal (or the chain) says, in words
	Problem Kind    `json:"problem,omitempty"` // empty when the line checks out
	Reason  string  `json:"reason,omitempty"`
}

// OrderReport is a whole-order audit.
type OrderReport struct {
	Order    common.Hash `json:"order"`
	Asset    string      `json:"asset"`
	Lines    []OrderLine `json:"lines"`
	Problems int         `json:"problems"`
}

// escrowEvent is one escrow log of the order, decoded.
type escrowEvent struct {
	name    string
	tx      common.Hash
	amounts map[string]*big.Int // the event's amounts by journal field name
	hashes  map[string]string   // 32-byte values by journal field name (lower-case hex, no 0x)
	matched bool
}

// chainMoves maps the journal's chain-driven order events to the escrow event that drives each,
// and which journal fields must equal which of its values.
var chainMoves = map[string]string{
	"order.paid": "Funded", "chain.late_funding": "Funded", "order.delivered": "Delivered",
	"order.released": "Released", "order.refunded": "Refunded", "order.disputed": "Disputed",
	"order.resolved": "Resolved",
}

// VerifyOrder checks every event of one order and compares the money with the escrow contract's
// own events: each bundle verifies (Verify), every journal event that names an escrow
// transaction matches an escrow event of the order in that transaction with the same amounts
// (funded = the offered amount, released to the seller, refunded, the arbiter's split), and every
// escrow event of the order appears in the journal.
func VerifyOrder(ctx context.Context, bundles []*journal.Bundle, trust TrustRoot, c OrderChain, opt Options) (*OrderReport, error) {
	if trust.Escrow == nil {
		return nil, fail(NoEscrowPinned, "the trust root names no escrow contract; pin one (its \"escrow\" field, or --escrow)")
	}
	if len(bundles) == 0 {
		return nil, fail(BadFormat, "no events")
	}
	order := bundles[0].Event.Order
	rep := &OrderReport{Order: order}
	for _, b := range bundles {
		if b.Event.Order != order {
			return nil, fail(MixedOrders, "event %d is of order %s, not %s", b.Event.Seq, b.Event.Order, order)
		}
		if _, err := Verify(ctx, b, trust, c, opt); err != nil {
			return nil, fmt.Errorf("event %d: %w", b.Event.Seq, err)
		}
	}
	chainEvs, err := escrowEvents(ctx, c, *trust.Escrow, order)
	if err != nil {
		return nil, err
	}
	var offered *big.Int
	for _, b := range bundles {
		seq := b.Event.Seq
		f := b.Event.Fields
		line := OrderLine{Seq: &seq, Kind: b.Event.Kind, Tx: f["tx"]}
		switch {
		case b.Event.Kind == "order.offered":
			rep.Asset = f["asset"]
			offered, _ = new(big.Int).SetString(f["amount"], 10)
			line.Says = fmt.Sprintf("offered for %s %s (minor units)", f["amount"], f["asset"])
		case chainMoves[b.Event.Kind] != "" && f["tx"] != "":
			line.Says, line.Problem, line.Reason = matchMove(b.Event.Kind, f, offered, chainEvs)
		case strings.HasPrefix(b.Event.Kind, "chain.stale_") && f["tx"] != "":
			line.Says = "a late escrow event the order had moved past; recorded, no money moved by souq"
			for _, e := range chainEvs {
				if e.tx == common.HexToHash(f["tx"]) {
					e.matched = true
				}
			}
		default:
			line.Says = "recorded (no escrow money movement)"
		}
		if line.Problem != "" {
			rep.Problems++
		}
		rep.Lines = append(rep.Lines, line)
	}
	for _, e := range chainEvs {
		if e.matched {
			continue
		}
		rep.Problems++
		rep.Lines = append(rep.Lines, OrderLine{Kind: "escrow." + e.name, Tx: e.tx.Hex(), Says: describe(e),
			Problem: NotInJournal, Reason: fmt.Sprintf("the escrow logged %s for this order in tx %s; the journal does not record it", e.name, e.tx.Hex())})
	}
	return rep, nil
}

// matchMove finds the escrow event behind a journal event and compares the amounts.
func matchMove(kind string, f map[string]string, offered *big.Int, evs []*escrowEvent) (says string, problem Kind, reason string) {
	want := chainMoves[kind]
	tx := common.HexToHash(f["tx"])
	for _, e := range evs {
		if e.name != want || e.tx != tx || e.matched {
			continue
		}
		e.matched = true
		says = describe(e)
		checks := map[string]string{}
		switch want {
		case "Funded":
			checks["amount"] = "amount"
			if offered != nil && e.amounts["amount"].Cmp(offered) != 0 {
				return says, MoneyMismatch, fmt.Sprintf("the escrow was funded with %s, the offer was for %s", e.amounts["amount"], offered)
			}
		case "Released":
			checks["seller_amount"] = "seller_amount"
		case "Refunded":
			checks["amount"] = "amount"
		case "Resolved":
			checks["buyer_amount"], checks["seller_amount"] = "buyer_amount", "seller_amount"
		case "Delivered":
			if h := strings.TrimPrefix(strings.ToLower(f["proof_hash"]), "0x"); h != "" && h != e.hashes["proof_hash"] {
				return says, MoneyMismatch, fmt.Sprintf("the escrow recorded delivery proof %s, the journal %s", e.hashes["proof_hash"], h)
			}
		}
		for field, key := range checks {
			v, ok := f[field]
			if !ok {
				continue
			}
			got, okInt := new(big.Int).SetString(v, 10)
			if !okInt || got.Cmp(e.amounts[key]) != 0 {
				return says, MoneyMismatch, fmt.Sprintf("the journal says %s = %s, the escrow moved %s", field, v, e.amounts[key])
			}
		}
		return says, "", ""
	}
	return fmt.Sprintf("the journal says the escrow %s the order here", strings.ToLower(want)), NotOnChain, fmt.Sprintf("the journal says the escrow logged %s in tx %s; the escrow contract has no such event for this order", want, tx.Hex())
}

func describe(e *escrowEvent) string {
	switch e.name {
	case "Funded":
		return fmt.Sprintf("escrow funded with %s", e.amounts["amount"])
	case "Delivered":
		return "delivery proof recorded by the escrow"
	case "Released":
		return fmt.Sprintf("escrow released %s to the seller (fee %s)", e.amounts["seller_amount"], e.amounts["fee"])
	case "Refunded":
		return fmt.Sprintf("escrow refunded %s to the buyer", e.amounts["amount"])
	case "Disputed":
		return "dispute opened on the escrow"
	case "Resolved":
		return fmt.Sprintf("arbiter split: %s to the buyer, %s to the seller (fee %s)", e.amounts["buyer_amount"], e.amounts["seller_amount"], e.amounts["fee"])
	}
	return e.name
}

// escrowEvents reads every escrow event of the order from the chain.
func escrowEvents(ctx context.Context, c OrderChain, addr common.Address, order common.Hash) ([]*escrowEvent, error) {
	abi := escrow.NewEscrow()
	evs := abi.GetABI().Events
	names := []string{"Funded", "Delivered", "Released", "Refunded", "Disputed", "Resolved"}
	ids := make([]common.Hash, len(names))
	for i, n := range names {
		ids[i] = evs[n].ID
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}, Topics: [][]common.Hash{ids, {order}}})
	if err != nil {
		return nil, fail(RPC, "escrow events: %v", err)
	}
	var out []*escrowEvent
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		e := &escrowEvent{tx: l.TxHash, amounts: map[string]*big.Int{}, hashes: map[string]string{}}
		var err error
		switch l.Topics[0] {
		case evs["Funded"].ID:
			var x *escrow.EscrowFunded
			if x, err = abi.UnpackFundedEvent(l); err == nil {
				e.name, e.amounts["amount"] = "Funded", x.Amount
			}
		case evs["Delivered"].ID:
			var x *escrow.EscrowDelivered
			if x, err = abi.UnpackDeliveredEvent(l); err == nil {
				e.name, e.hashes["proof_hash"] = "Delivered", common.Bytes2Hex(x.ProofHash[:])
			}
		case evs["Released"].ID:
			var x *escrow.EscrowReleased
			if x, err = abi.UnpackReleasedEvent(l); err == nil {
				e.name, e.amounts["seller_amount"], e.amounts["fee"] = "Released", x.SellerAmount, x.Fee
			}
		case evs["Refunded"].ID:
			var x *escrow.EscrowRefunded
			if x, err = abi.UnpackRefundedEvent(l); err == nil {
				e.name, e.amounts["amount"] = "Refunded", x.Amount
			}
		case evs["Disputed"].ID:
			e.name = "Disputed"
		case evs["Resolved"].ID:
			var x *escrow.EscrowResolved
			if x, err = abi.UnpackResolvedEvent(l); err == nil {
				e.name, e.amounts["buyer_amount"], e.amounts["seller_amount"], e.amounts["fee"] = "Resolved", x.BuyerAmount, x.SellerAmount, x.Fee
			}
		}
		if err != nil {
			return nil, fail(RPC, "undecodable escrow log in tx %s: %v", l.TxHash, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// PrintOrder writes the report for a reader who is not a programmer.
func PrintOrder(w io.Writer, r *OrderReport) {
	fmt.Fprintf(w, "Order %s (%s): %d journal events, each proved in souq's log and witnessed on chain\n", r.Order, r.Asset, countJournal(r))
	for _, l := range r.Lines {
		mark, where := "✓", ""
		if l.Problem != "" {
			mark = "✗"
		}
		if l.Seq != nil {
			where = fmt.Sprintf("event %d", *l.Seq)
		} else {
			where = "escrow"
		}
		fmt.Fprintf(w, "  %s %-10s %-26s %s\n", mark, where, l.Kind, l.Says)
		if l.Problem != "" {
			fmt.Fprintf(w, "      PROBLEM (%s): %s\n", l.Problem, l.Reason)
		}
	}
	if r.Problems == 0 {
		fmt.Fprintln(w, "Result: the escrow contract moved exactly the amounts the journal records.")
	} else {
		fmt.Fprintf(w, "Result: %d problem(s): the journal and the escrow contract disagree.\n", r.Problems)
	}
}

func countJournal(r *OrderReport) int {
	n := 0
	for _, l := range r.Lines {
		if l.Seq != nil {
			n++
		}
	}
	return n
}
