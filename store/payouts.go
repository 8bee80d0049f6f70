package store

import (
	"encoding/json"
	"fmt"
	"math/big"

	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq"
)

// bucketPayouts holds each merchant's payout totals: wa id -> []payoutRecord (JSON, below).
var bucketPayouts = []byte("payouts")

// payoutRecord is one currency's total as stored: explicit names, the amount in decimal minor
// units (exact; JSON numbers are not).
type payoutRecord struct {
	Asset  souq.Asset `json:"asset"`
	Paid   string     `json:"paid"`
	Orders int        `json:"orders"`
}

func (t salesTx) PayoutTotals(merchant souq.WaID) ([]souq.PayoutTotal, error) {
	raw := t.tx.Bucket(bucketPayouts).Get([]byte(merchant))
	if raw == nil {
		return nil, nil
	}
	return decodePayouts(raw)
}

func decodePayouts(raw []byte) ([]souq.PayoutTotal, error) {
	var recs []payoutRecord
	if err := json.Unmarshal(raw, &recs); err != nil {
		return nil, fmt.Errorf("store: decode payouts: %w", err)
	}
	out := make([]souq.PayoutTotal, len(recs))
	for i, r := range recs {
		v, ok := new(big.Int).SetString(r.Paid, 10)
		if !ok {
			return nil, fmt.Errorf("store: payout total %q", r.Paid)
		}
		out[i] = souq.PayoutTotal{Asset: r.Asset, Paid: v, Orders: r.Orders}
	}
	return out, nil
}

func (t salesTx) PutPayoutTotals(merchant souq.WaID, totals []souq.PayoutTotal) error {
	return putPayouts(t.tx, merchant, totals)
}

func putPayouts(tx *bolt.Tx, merchant souq.WaID, totals []souq.PayoutTotal) error {
	recs := make([]payoutRecord, len(totals))
	for i, t := range totals {
		recs[i] = payoutRecord{Asset: t.Asset, Paid: t.Paid.String(), Orders: t.Orders}
	}
	raw, err := json.Marshal(recs)
	if err != nil {
		return fmt.Errorf("store: encode payouts: %w", err)
	}
	return tx.Bucket(bucketPayouts).Put([]byte(merchant), raw)
}

// migratePayouts builds the payout totals from the journal: each order.released and order.resolved
// event records the seller amount the chain's event stated. (An event without one, from before
// the journal recorded it, counts the order's amount less its fee, as the escrow computes it.)
func migratePayouts(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketPayouts); err != nil {
		return err
	}
	totals := map[souq.WaID][]souq.PayoutTotal{}
	t := salesTx{tx: tx}
	var prev [32]byte
	err := tx.Bucket(bucketJournal).ForEach(func(k, v []byte) error {
		e, err := decodeEvent(k, v, prev)
		if err != nil {
			return err
		}
		prev = e.Hash
		released, resolved := e.Kind == "order."+souq.EventKind(souq.StatusReleased), e.Kind == "order."+souq.EventKind(souq.StatusResolved)
		if !released && !resolved {
			return nil
		}
		o, err := t.Order(e.Order)
		if err != nil {
			return fmt.Errorf("payouts from event %d: %w", e.Seq, err)
		}
		amount, ok := new(big.Int).SetString(e.Fields["seller_amount"], 10)
		if !ok && o.Terms.Amount != nil {
			gross := new(big.Int).Set(o.Terms.Amount)
			if resolved && o.Dispute != nil && o.Dispute.BuyerAmount != nil {
				gross.Sub(gross, o.Dispute.BuyerAmount)
			}
			fee := new(big.Int).Mul(gross, big.NewInt(int64(o.FeeBps)))
			amount = gross.Sub(gross, fee.Quo(fee, big.NewInt(10_000)))
		}
		if amount == nil || amount.Sign() <= 0 {
			return nil
		}
		ts := totals[o.Merchant]
		i := -1
		for j := range ts {
			if ts[j].Asset.Symbol == o.Total.Asset.Symbol {
				i = j
			}
		}
		if i < 0 {
			ts = append(ts, souq.PayoutTotal{Asset: o.Total.Asset, Paid: new(big.Int)})
			i = len(ts) - 1
		}
		ts[i].Paid.Add(ts[i].Paid, amount)
		ts[i].Orders++
		totals[o.Merchant] = ts
		return nil
	})
	if err != nil {
		return err
	}
	for m, ts := range totals {
		if err := putPayouts(tx, m, ts); err != nil {
			return err
		}
	}
	return nil
}
