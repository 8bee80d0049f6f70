package soak

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/souqchain/souq"
)

// path is the way a sale goes, as its people decide it.
type path string

// Every path of a sale the soak drives.
const (
	pathETHConfirm     path = "eth-confirm"     // ETH, released by the buyer's confirmation
	pathUSDCConfirm    path = "usdc-confirm"    // token (permit), released by the buyer
	pathETHInspection  path = "eth-inspection"  // released when the inspection window ends
	pathUSDCInspection path = "usdc-inspection" // same in the token
	pathRefundRequest  path = "refund-request"  // customer asks before shipping; merchant refunds
	pathMerchantRefund path = "merchant-refund" // merchant refunds on their own (maybe after shipping)
	pathLateDelivery   path = "late-delivery"   // nothing ships; refunded after the deadline
	pathDisputeSplit   path = "dispute-split"   // delivered, disputed, the arbiter splits
	pathRedeem         path = "redeem"          // points redeemed into a discount on this order
	pathOptOut         path = "optout"          // STOP in the middle, YES again, then confirms
)

var allPaths = []path{pathUSDCConfirm, pathETHConfirm, pathRefundRequest, pathUSDCInspection, pathMerchantRefund,
	pathETHInspection, pathDisputeSplit, pathLateDelivery, pathOptOut, pathRedeem}

// expectState is the order's final state on the chain when the path runs to its end.
func (p path) expectState() string {
	switch p {
	case pathRefundRequest, pathMerchantRefund:
		return "refunded"
	case pathLateDelivery:
		return "refunded-late"
	case pathDisputeSplit:
		return "resolved"
	}
	return "released"
}

func (p path) asset() string {
	if p == pathETHConfirm || p == pathETHInspection || p == pathOptOut {
		return "ETH"
	}
	return "USDC"
}

// decimals of the two assets the soak sells in.
var decimals = map[string]int{"ETH": 18, "USDC": 6}

// sale is one planned sale and what happened to it.
type sale struct {
	N        int
	Path     path
	Customer *customer
	Merchant *merchant
	Item     string
	Total    *big.Int // minor units
	rng      *rand.Rand

	// Filled in while it runs.
	OrderID  string // 0x…, from the offer notice's biz_opaque_callback_data
	Redeemed int64  // points redeemed before this order (accepted by souq)
	Discount *big.Int
	// RedeemFailed: souq said the redemption could not be completed (no voucher, points unchanged).
	RedeemFailed bool
	// RedeemInDoubt: points of a redemption souq never said the end of (burned or not).
	RedeemInDoubt int64
	// VoucherUnknown: an earlier redemption of the customer never said how it ended, so a voucher
	// may or may not apply to this order.
	VoucherUnknown bool
	Split          *big.Int // buyer's share asked of the arbiter
	Stuck          string   // the step it could not get past, and why
	Skipped        string   // a wait skipped (no time travel)
	releaseClock   func()   // lets the chain's clock jump again (dispute-split holds it from delivery to the dispute)
	Started        time.Time
	Took           time.Duration
	Steps          []stepTime // each action and how long until the answer reached its person
	stepAt         time.Time  // when the people took the current step
	photoAt        time.Time  // when the courier sent the photo
	offerText      string     // the message with the Pay button, as the customer read it
	final          string     // the order's state on the chain, set by the judge
}

// stepTime is how long one action took to be answered: from the person's action to the moment
// souq's answer reached the Graph API (its arrival in the fake, not when the harness looked).
type stepTime struct {
	Step string
	D    time.Duration
}

// lap records the time from the current step's action to the answer o.
func (s *sale) lap(step string, o outMsg) { s.lapFrom(step, s.stepAt, o) }

func (s *sale) lapFrom(step string, from time.Time, o outMsg) {
	if from.IsZero() || o.At.IsZero() {
		return
	}
	s.Steps = append(s.Steps, stepTime{Step: step, D: max(0, o.At.Sub(from))})
}

func (s *sale) short() string {
	if len(s.OrderID) < 10 {
		return ""
	}
	return s.OrderID[2:10]
}

func (s *sale) totalText() string {
	return fmtAmount(s.Total, decimals[s.Path.asset()]) + " " + s.Path.asset()
}

// fmtAmount writes minor units as a decimal with no trailing zeros.
func fmtAmount(v *big.Int, dec int) string {
	s := new(big.Int).Abs(v).String()
	for len(s) <= dec {
		s = "0" + s
	}
	whole, frac := s[:len(s)-dec], strings.TrimRight(s[len(s)-dec:], "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// pow10 is 10^n.
func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// notice texts (English message table) the people wait for.
const (
	txtOffer        = "offers you"
	txtPaid         = "Payment confirmed:"
	txtShipped      = "has shipped"
	txtDelivered    = "was delivered. If all is well"
	txtDeliveredM   = "was delivered and the proof"
	txtReleased     = "is complete. Thank you"
	txtRefunded     = "refunded for order"
	txtRefundAsked  = "asked for a refund"
	txtDisputed     = "A dispute was opened"
	txtResolved     = "was resolved"
	txtRedeeming    = "Redeeming "             // the reply to redeem N while the burn is open
	txtRedeemedNow  = "Redeemed "              // the reply when the burn already closed
	txtBurned       = "Points burned ("        // the notice that the voucher is ready ("Points burned (3 points): …")
	txtRedeemFailed = "could not be completed" // the notice that the burn failed (points unchanged)
)

// errSkip ends a sale's driving early on purpose (a wait that cannot pass without time travel).
var errSkip = errors.New("skipped")

// run drives one sale through its path, as its three people would, with think time between steps.
func (h *harness) runSale(ctx context.Context, s *sale) {
	s.Started = time.Now()
	defer func() { s.Took = time.Since(s.Started) }()
	err := h.drive(ctx, s)
	switch {
	case errors.Is(err, errSkip):
	case err != nil && ctx.Err() != nil:
		s.Stuck = "stopped (" + h.stopReason() + "): " + err.Error()
	case err != nil:
		s.Stuck = err.Error()
	}
}

func (h *harness) drive(ctx context.Context, s *sale) error {
	c := s.Customer
	if !c.isOptedIn() {
		// An earlier sale stopped between STOP and YES: the customer opts in again first.
		h.act(s, "yes")
		r, err := h.sayWait(ctx, c.p, "yes", "You're in")
		if err != nil {
			return stepErr("opt in", err)
		}
		s.lap("YES → opted in", r)
		c.setOptedIn(true)
	}
	if s.Path == pathRedeem {
		if err := h.redeem(ctx, s); err != nil {
			return err
		}
	}
	if err := h.offerAndPay(ctx, s); err != nil {
		return err
	}
	return h.afterPayment(ctx, s)
}

// offerAndPay: the merchant offers, the customer taps Pay on the offer, the escrow holds the money.
func (h *harness) offerAndPay(ctx context.Context, s *sale) error {
	c, m := s.Customer, s.Merchant
	// A person pays within minutes of the offer; a jump of the chain's clock (another sale's week
	// for its late delivery) between the two would pass this order's deliver-by, which no person
	// would see happen. Hold such jumps until this order is funded.
	release := h.tk.holdLong()
	defer release()
	from := h.g.lastSeq()
	h.act(s, "offer")
	if err := m.p.say(ctx, fmt.Sprintf("sell 1 %s %s to +%s", s.Item, s.totalText(), c.p.Number)); err != nil {
		return fmt.Errorf("offer: %w", err)
	}
	offer, err := h.wait(ctx, c.p.Number, from, "the offer", func(o outMsg) bool {
		return o.Order != "" && strings.Contains(o.Text, s.Item) && strings.Contains(o.Text, txtOffer)
	})
	if err != nil {
		return fmt.Errorf("offer: %w", err)
	}
	s.lap("sell → customer sees the offer", offer)
	s.OrderID = offer.Order
	s.offerText = offer.Text
	s.VoucherUnknown = c.hasVoucherPending()
	h.checkOffer(s, offer.Text)
	h.think(ctx, s)

	// Pay: one tap.
	pay, ok := findButton(offer, "pay:")
	if !ok {
		return fmt.Errorf("pay: the offer has no Pay button")
	}
	h.act(s, "pay")
	if err := c.p.tap(ctx, offer, pay); err != nil {
		return fmt.Errorf("pay: %w", err)
	}
	paid, err := h.waitNotice(ctx, c.p.Number, s, txtPaid)
	if err != nil {
		return fmt.Errorf("pay: %w", err)
	}
	s.lap("tap Pay → held in escrow", paid)
	h.think(ctx, s)
	return nil
}

// checkOffer: the message with the Pay button names the merchant as they named themselves and the
// amount actually charged (the price less the points discount), which is what the chain will hold.
func (h *harness) checkOffer(s *sale, text string) {
	var miss []string
	if !strings.Contains(text, s.Merchant.Name) {
		miss = append(miss, fmt.Sprintf("the merchant's name %q", s.Merchant.Name))
	}
	if !s.VoucherUnknown {
		asset := s.Path.asset()
		pay := "You pay: " + souq.FormatAmount(s.charged(), uint8(decimals[asset])) + " " + asset
		if !strings.Contains(text, pay) {
			miss = append(miss, fmt.Sprintf("%q", pay))
		}
	}
	if len(miss) > 0 {
		h.violation(Violation{Kind: "offer-text", Order: s.OrderID, Detail: fmt.Sprintf("the offer lacks %s: %q", strings.Join(miss, " and "), truncate(text, 200))})
	}
}

// charged is what the customer pays: the price less the points discount.
func (s *sale) charged() *big.Int {
	c := new(big.Int).Set(s.Total)
	if s.Discount != nil {
		c.Sub(c, s.Discount)
	}
	return c
}

// afterPayment is the rest of the sale, by its path.
func (h *harness) afterPayment(ctx context.Context, s *sale) error {
	c, m := s.Customer, s.Merchant
	switch s.Path {
	case pathRefundRequest:
		return h.refundRequested(ctx, s)
	case pathMerchantRefund:
		if s.rng.IntN(2) == 0 {
			if err := h.ship(ctx, s); err != nil {
				return err
			}
		}
		h.act(s, "merchant-refund")
		if err := m.p.say(ctx, "refund "+s.short()); err != nil {
			return err
		}
		r, err := h.waitNotice(ctx, c.p.Number, s, txtRefunded)
		s.lap("refund → customer refunded", r)
		return stepErr("merchant refund", err)
	case pathLateDelivery:
		return h.late(ctx, s)
	case pathOptOut:
		h.act(s, "stop")
		c.setOptedIn(false)
		r, err := h.sayWait(ctx, c.p, "STOP", "won't get offers")
		if err != nil {
			return stepErr("stop", err)
		}
		s.lap("STOP → opted out", r)
		h.think(ctx, s)
	}

	if err := h.ship(ctx, s); err != nil {
		return err
	}
	if s.Path == pathDisputeSplit {
		// People dispute within the 48-hour window, in minutes; another sale's 49-hour jump of the
		// chain's clock between this delivery and the dispute reaching the chain would close the
		// window no person would have seen close. Hold such jumps until the dispute is on chain.
		release := h.tk.hold()
		defer release()
		s.releaseClock = release
	}
	if err := h.deliver(ctx, s); err != nil {
		return err
	}

	switch s.Path {
	case pathETHInspection, pathUSDCInspection:
		h.act(s, "inspection-wait")
		if err := h.tk.advance(ctx, 49*time.Hour); err != nil {
			if errors.Is(err, errNoTimeTravel) {
				s.Skipped = "inspection window (48h): " + err.Error()
				return errSkip
			}
			return err
		}
		s.stepAt = time.Now() // the window is over (on the chain's clock) from here
		r, err := h.waitNotice(ctx, c.p.Number, s, txtReleased)
		s.lap("inspection over → released", r)
		return stepErr("release after the inspection window", err)
	case pathDisputeSplit:
		return h.dispute(ctx, s)
	case pathOptOut:
		h.act(s, "yes")
		r, err := h.sayWait(ctx, c.p, "yes", "You're in")
		if err != nil {
			return stepErr("opt in again", err)
		}
		s.lap("YES → opted in", r)
		c.setOptedIn(true)
		h.think(ctx, s)
		h.act(s, "confirm")
		if err := c.p.say(ctx, "received "+s.short()); err != nil {
			return err
		}
	default:
		d, err := h.waitNotice(ctx, c.p.Number, s, txtDelivered)
		if err != nil {
			return stepErr("delivered notice", err)
		}
		s.lapFrom("photo → customer told delivered", s.photoAt, d)
		b, ok := findButton(d, "received:")
		if !ok {
			return fmt.Errorf("confirm: the delivered notice has no Received button")
		}
		h.act(s, "confirm")
		if err := c.p.tap(ctx, d, b); err != nil {
			return err
		}
	}
	r, err := h.waitNotice(ctx, c.p.Number, s, txtReleased)
	s.lap("confirm → released", r)
	if err == nil && s.Path.asset() == "USDC" {
		c.earn(s)
	}
	return stepErr("release", err)
}

func stepErr(step string, err error) error {
	if err != nil {
		return fmt.Errorf("%s: %w", step, err)
	}
	return nil
}

func (h *harness) ship(ctx context.Context, s *sale) error {
	h.act(s, "ship")
	r, err := h.sayWait(ctx, s.Merchant.p, "shipped "+s.short(), "Order "+s.short()+" marked as shipped")
	if err != nil {
		return stepErr("ship", err)
	}
	s.lap("shipped → reply", r)
	h.think(ctx, s)
	return nil
}

// deliver: the courier sends the photo with the full order id as its caption; the merchant is told
// the proof is on-chain.
func (h *harness) deliver(ctx context.Context, s *sale) error {
	h.act(s, "photo")
	s.photoAt = s.stepAt
	photo := fmt.Appendf([]byte("\xff\xd8\xff\xe0"), "parcel of sale %d at the door, %s", s.N, time.Now().Format(time.RFC3339Nano))
	mark := h.g.lastSeq()
	if err := h.courier.photo(ctx, s.OrderID, photo); err != nil {
		return err
	}
	r, err := h.waitReply(ctx, h.courier.Number, mark, "Delivery proof for order "+s.short())
	if err != nil {
		return stepErr("photo", err)
	}
	s.lap("photo → courier reply", r)
	if r, err = h.waitNotice(ctx, s.Merchant.p.Number, s, txtDeliveredM); err != nil {
		return stepErr("delivery on-chain", err)
	}
	s.lap("photo → delivered on-chain", r)
	h.think(ctx, s)
	return nil
}

func (h *harness) refundRequested(ctx context.Context, s *sale) error {
	h.act(s, "refund-request")
	if err := s.Customer.p.say(ctx, "refund "+s.short()); err != nil {
		return err
	}
	asked, err := h.waitNotice(ctx, s.Merchant.p.Number, s, txtRefundAsked)
	if err != nil {
		return stepErr("refund request", err)
	}
	s.lap("refund request → merchant told", asked)
	h.think(ctx, s)
	h.act(s, "merchant-refund")
	if b, ok := findButton(asked, "refund:"); ok {
		err = s.Merchant.p.tap(ctx, asked, b)
	} else {
		err = s.Merchant.p.say(ctx, "refund "+s.short())
	}
	if err != nil {
		return err
	}
	r, err := h.waitNotice(ctx, s.Customer.p.Number, s, txtRefunded)
	s.lap("refund → customer refunded", r)
	return stepErr("refund", err)
}

// late: nothing ships. When every other sale is done driving, the chain's clock passes the
// deadline (a human week and more) and the money goes back.
func (h *harness) late(ctx context.Context, s *sale) error {
	h.act(s, "late-wait")
	h.lateBarrier.wait(ctx)
	if ctx.Err() != nil {
		s.Skipped = "delivery deadline: the run's time ran out before every other sale was done, so the week never passed"
		return errSkip
	}
	deliverBy, err := h.deliverBy(ctx, s.OrderID)
	if err != nil {
		return stepErr("late delivery", err)
	}
	now, err := h.chain.headTime(ctx)
	if err != nil {
		return err
	}
	if d := deliverBy.Sub(now) + time.Hour; d > 0 {
		if err := h.tk.advance(ctx, d); err != nil {
			if errors.Is(err, errNoTimeTravel) {
				s.Skipped = "delivery deadline (" + d.Round(time.Hour).String() + "): " + err.Error()
				return errSkip
			}
			return err
		}
	}
	s.stepAt = time.Now() // the deadline is past (on the chain's clock) from here
	r, err := h.waitNotice(ctx, s.Customer.p.Number, s, txtRefunded)
	s.lap("deadline passed → refunded", r)
	return stepErr("late-delivery refund", err)
}

func (h *harness) dispute(ctx context.Context, s *sale) error {
	h.act(s, "dispute")
	if err := s.Customer.p.say(ctx, "dispute "+s.short()+" the box arrived crushed"); err != nil {
		return err
	}
	r, err := h.waitNotice(ctx, s.Merchant.p.Number, s, txtDisputed)
	if err != nil {
		return stepErr("dispute", err)
	}
	s.lap("dispute → merchant told", r)
	if s.releaseClock != nil {
		s.releaseClock()
	}
	h.think(ctx, s)
	// The arbiter gives the buyer 40% back (rounded to the currency's display unit).
	unit := pow10(decimals[s.Path.asset()] - 4)
	split := new(big.Int).Mul(s.Total, big.NewInt(40))
	split.Quo(split, big.NewInt(100))
	split.Quo(split, unit).Mul(split, unit)
	if s.Discount != nil {
		split.Sub(split, s.Discount)
	}
	s.Split = split
	h.act(s, "resolve")
	if err := h.api.resolve(ctx, s.OrderID, fmtAmount(split, decimals[s.Path.asset()])+" "+s.Path.asset()); err != nil {
		return stepErr("resolve", err)
	}
	r, err = h.waitNotice(ctx, s.Customer.p.Number, s, txtResolved)
	s.lap("resolve → customer told", r)
	return stepErr("resolved", err)
}

// redeem: the customer turns the points of earlier sales into a discount on this one. souq says
// "Redeeming…" until the burn closes on the Stellar ledger, then "Points burned (…)" (the voucher
// applies from then on) or that it could not be completed (points unchanged).
func (h *harness) redeem(ctx context.Context, s *sale) error {
	c := s.Customer
	n := c.available()
	if n <= 0 {
		return nil // nothing earned yet (an earlier sale did not release): an ordinary sale
	}
	n = min(n, 3)
	h.act(s, "redeem")
	mark := h.g.lastSeq()
	r, err := h.sayWait(ctx, c.p, fmt.Sprintf("redeem %d", n), txtRedeeming, txtRedeemedNow, "enough points", "went wrong")
	if err != nil {
		return stepErr("redeem", err)
	}
	s.lap("redeem → reply", r)
	switch {
	case strings.Contains(r.Text, txtRedeemedNow):
	case strings.Contains(r.Text, txtRedeeming):
		// The voucher is held until the burn closes: a person waits for the answer before buying.
		c.setVoucherPending(true)
		done, err := h.waitReply(ctx, c.p.Number, mark, txtBurned, txtRedeemFailed)
		if err != nil {
			s.RedeemInDoubt = n
			return stepErr("redeem: the points burned", err)
		}
		c.setVoucherPending(false)
		s.lap("redeem → burned or failed", done)
		if strings.Contains(done.Text, txtRedeemFailed) {
			s.RedeemFailed = true
			h.think(ctx, s)
			return nil
		}
	default:
		h.think(ctx, s)
		return nil // not enough points on the ledger yet, or souq could not: an ordinary sale
	}
	s.Redeemed = n
	c.redeemed(n)
	s.Discount = voucherDiscount(n, s.Total)
	h.think(ctx, s)
	return nil
}

// voucherDiscount is what n points take off an order of total USDC under "1 per 10 USDC": a point is
// worth a tenth of the spend that earns it (1 USDC), and the order still costs at least
// souq.VoucherFloorPercent of its total.
func voucherDiscount(n int64, total *big.Int) *big.Int {
	d := new(big.Int).Mul(big.NewInt(n), pointValue)
	if lim := new(big.Int).Sub(total, souq.VoucherFloor(total)); d.Cmp(lim) > 0 {
		d = lim
	}
	return d
}

func findButton(m outMsg, prefix string) (button, bool) {
	for _, b := range m.Buttons {
		if strings.HasPrefix(b.ID, prefix) {
			return b, true
		}
	}
	return button{}, false
}

// waitNotice waits for the service notice about s's order whose text contains want.
func (h *harness) waitNotice(ctx context.Context, to string, s *sale, want string) (outMsg, error) {
	return h.wait(ctx, to, 0, fmt.Sprintf("%q on order %s", want, s.short()), func(o outMsg) bool {
		return o.Order == s.OrderID && strings.Contains(o.Text, want)
	})
}

// sayWait has p type text and waits for the answer containing any of wants.
func (h *harness) sayWait(ctx context.Context, p *person, text string, wants ...string) (outMsg, error) {
	mark := h.g.lastSeq()
	if err := p.say(ctx, text); err != nil {
		return outMsg{}, err
	}
	return h.waitReply(ctx, p.Number, mark, wants...)
}

// waitReply waits for a message to chat after seq containing any of wants.
func (h *harness) waitReply(ctx context.Context, chat string, after int, wants ...string) (outMsg, error) {
	return h.wait(ctx, chat, after, fmt.Sprintf("a reply %q", wants), func(o outMsg) bool {
		for _, w := range wants {
			if strings.Contains(o.Text, w) {
				return true
			}
		}
		return false
	})
}

func (h *harness) wait(ctx context.Context, chat string, after int, what string, ok func(outMsg) bool) (outMsg, error) {
	ctx, cancel := context.WithTimeout(ctx, h.cfg.StepTimeout)
	defer cancel()
	return h.g.waitFor(ctx, chat, after, what, ok)
}

// think is a person's pause between two steps.
func (h *harness) think(ctx context.Context, s *sale) {
	lo, hi := h.cfg.ThinkMin, h.cfg.ThinkMax
	d := lo
	if hi > lo {
		d += time.Duration(s.rng.Int64N(int64(hi - lo)))
	}
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
