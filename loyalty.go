package souq

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// This file holds the loyalty rules' arithmetic, in one place: which orders earn, how many points,
// what a point is worth, and how much a voucher takes off an order. Earning (the Loyalty port gets
// the rule), estimating ("points") and redeeming all use these, and the Stellar adapter takes its
// point value from PointValue.
//
// Currency. A rule names the asset it earns and redeems in (LoyaltyRule.Currency). An order in
// another asset earns nothing — souq converts between currencies nowhere — and the customer and
// merchant are told so (NoticeNoPoints). A voucher applies only to an order in the rule's currency.
//
// Rules stored before rules named a currency are read with one (Service.ruleOf): a points-per-spend
// rule in the asset of its spend, the currency it was set in; a stamp rule, whose currency was
// never recorded, in Config.LoyaltyCurrency (the operator's token, USDC by default).

// pointShare: a point is worth 1/pointShare of the spend that earns it, so redeeming gives back
// 10% of what earned the points ("1 point per 10 USDC" makes a point worth 1 USDC).
const pointShare = 10

// VoucherFloorPercent is the least share of its total an order costs after a voucher (rounded up
// to a whole minor unit, and at least one): a voucher never reduces a price to dust, and a stamp
// card's "free" order is this share of its price. The escrow needs a positive amount anyway, and an
// order worth less than its gas is not a sale.
const VoucherFloorPercent = 10

func sameAsset(a, b Asset) bool {
	return a.Symbol != "" && strings.EqualFold(strings.TrimSpace(a.Symbol), strings.TrimSpace(b.Symbol))
}

// In reports whether orders in asset a earn under the rule (and its vouchers apply to them).
func (r LoyaltyRule) In(a Asset) bool { return sameAsset(r.Currency, a) }

// Earns is the points an order paying m earns under a points-per-spend rule: floor(m × Points /
// Spend), 0 for an order in another currency. A stamp rule earns one stamp per order and a point
// per completed card, which only the ledger's count of stamps knows: Earns says 0.
func (r LoyaltyRule) Earns(m Money) int64 {
	if r.Stamps > 0 || !r.In(m.Asset) || m.Amount == nil || r.Spend.Amount == nil || r.Spend.Amount.Sign() <= 0 {
		return 0
	}
	p := new(big.Int).Mul(m.Amount, big.NewInt(r.Points))
	p.Quo(p, r.Spend.Amount)
	if !p.IsInt64() {
		return 0
	}
	return p.Int64()
}

// PointValue is what one point is worth, in the rule's currency: a tenth of the spend that earns
// it, rounded down and at least one minor unit. A stamp rule's point is a whole order (down to the
// floor): its Amount is nil.
func (r LoyaltyRule) PointValue() Money {
	if r.Stamps > 0 || r.Spend.Amount == nil || r.Points <= 0 {
		return Money{Asset: r.Currency}
	}
	v := new(big.Int).Quo(r.Spend.Amount, big.NewInt(r.Points*pointShare))
	if v.Sign() == 0 {
		v.SetInt64(1) // only rules stored before Validate required a point of at least one unit
	}
	return Money{Asset: r.Currency, Amount: v}
}

// VoucherFloor is the least an order of total costs after a voucher: VoucherFloorPercent of it,
// rounded up, at least one minor unit.
func VoucherFloor(total *big.Int) *big.Int {
	f := new(big.Int).Mul(total, big.NewInt(VoucherFloorPercent))
	f.Add(f, big.NewInt(99))
	f.Quo(f, big.NewInt(100))
	if f.Sign() <= 0 {
		f.SetInt64(1)
	}
	return f
}

// discountFor is what the voucher takes off an order of total: its value (a stamp voucher: the
// whole order), capped at the total less VoucherFloor. Nil when the voucher does not fit: another
// currency, or an order too small to discount. ruleCurrency stands in for vouchers stored before
// vouchers carried their currency.
func (v *Voucher) discountFor(total Money, ruleCurrency Asset) *big.Int {
	cur := v.Value.Asset
	if cur.Symbol == "" {
		cur = ruleCurrency
	}
	if !sameAsset(cur, total.Asset) || total.Amount == nil {
		return nil
	}
	limit := new(big.Int).Sub(total.Amount, VoucherFloor(total.Amount))
	if limit.Sign() <= 0 {
		return nil
	}
	if v.Stamps || v.Value.Amount == nil || v.Value.Amount.Cmp(limit) >= 0 {
		return limit
	}
	return new(big.Int).Set(v.Value.Amount)
}

// usable reports whether an open voucher can be applied: its points are burned on the ledger (a
// discount is never given for points still held), and its burn did not fail.
func (v *Voucher) usable() bool { return v.Burned && !v.Cancelled }

// ruleOf is the merchant's rule with its currency filled in for rules stored without one (see the
// top of this file); nil without a rule.
func (s *Service) ruleOf(m *Merchant) *LoyaltyRule {
	if m == nil || m.Rule == nil {
		return nil
	}
	r := s.withCurrency(*m.Rule)
	return &r
}

func (s *Service) withCurrency(r LoyaltyRule) LoyaltyRule {
	if r.Currency.Symbol == "" {
		if r.Stamps == 0 {
			r.Currency = r.Spend.Asset
		} else {
			r.Currency = s.cfg.LoyaltyCurrency
		}
	}
	return r
}

// earning is an earn intent's claim as the Loyalty port gets it: intents queued before rules named
// a currency get one as their merchant's stored rule does.
func (s *Service) earning(e Earning) Earning {
	e.Rule = s.withCurrency(e.Rule)
	return e
}

// noPoints records that a released order in another currency than the rule's earned nothing, and
// tells the customer and the merchant which currency earns.
func (w *work) noPoints(o *Order, r *LoyaltyRule) error {
	if err := w.peopleEvent(EventPointsEarned, o.ID, map[string]string{"points": "0",
		"reason": "currency", "asset": o.Total.Asset.Symbol, "rule_asset": r.Currency.Symbol}, map[string]string{"customer": w.committed(o, "customer")}); err != nil {
		return err
	}
	return w.notifyBoth(o, NoticeNoPoints, func(n *Notice) { n.Currency = r.Currency.Symbol })
}

// redeemed records that a redemption's points are burned: its voucher is ready, and the customer
// is told.
func (w *work) redeemed(in *Intent, p intentPayload) error {
	v, err := w.redeemVoucher(in, p)
	if err != nil || v == nil {
		return err
	}
	v.Burned = true
	if err := w.tx.PutVoucher(v); err != nil {
		return err
	}
	return w.redeemNotice(v, NoticePointsRedeemed)
}

// redeemFailed undoes a redemption whose burn was refused for good: the voucher is cancelled (it
// was never usable, see usable), the points were never burned, and the customer is told. An intent
// that gave up retrying (the ledger unreachable for long) proves nothing — the burn may still
// close — so its voucher stays held and unusable, and the failed intent is the operator's to see.
func (w *work) redeemFailed(in *Intent, reason string) error {
	if strings.HasPrefix(reason, "gave up") {
		return nil
	}
	var p intentPayload
	if err := json.Unmarshal(in.Payload, &p); err != nil {
		return err
	}
	v, err := w.redeemVoucher(in, p)
	if err != nil || v == nil || v.Burned {
		return err
	}
	v.Cancelled = true
	if err := w.tx.PutVoucher(v); err != nil {
		return err
	}
	return w.redeemNotice(v, NoticeRedeemFailed)
}

// redeemVoucher finds the open voucher a redeem intent is for (nil if it is gone).
func (w *work) redeemVoucher(in *Intent, p intentPayload) (*Voucher, error) {
	v, err := w.tx.OpenVoucher(p.VoucherOf[0], p.VoucherOf[1])
	switch {
	case errors.Is(err, ErrNotFound):
		return nil, nil
	case err != nil:
		return nil, err
	}
	id := p.Voucher
	if id == "" { // intents queued before the payload named the voucher: its key does
		key, _ := SplitAttemptKey(in.Key)
		id = strings.TrimPrefix(key, string(IntentRedeem)+"/")
	}
	if v.ID != id {
		return nil, nil // another redemption's voucher; this one was applied or replaced
	}
	return v, nil
}

func (w *work) redeemNotice(v *Voucher, kind NoticeKind) error {
	n := Notice{To: v.Customer, Kind: kind, Points: v.Points, Amount: v.Value, Key: fmt.Sprintf("n/redeem/%s/%s", v.ID, kind)}
	if v.Value.Amount == nil {
		n.Amount = Money{}
	}
	n.Currency = v.Value.Asset.Symbol
	return w.enqueue(IntentNotify, n.Key, OrderID{}, intentPayload{Notice: &n})
}
