package soak

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stellar/go-stellar-sdk/amount"
	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	"github.com/stellar/go-stellar-sdk/keypair"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/stellar"
)

// Violation is one broken invariant.
type Violation struct {
	Kind   string   `json:"kind"`
	Order  string   `json:"order,omitempty"` // 0x… or ""
	Detail string   `json:"detail"`
	Logs   []string `json:"logs,omitempty"` // souq log lines naming the order
}

func hexHash(s string) common.Hash { return common.HexToHash(s) }

// judge checks every invariant from the chains, the Graph record and (only) souq's outbox depth.
func (h *harness) judge(ctx context.Context) *Report {
	r := &Report{cfg: h.cfg, dir: h.dir, sales: h.sales, kills: h.kills, faults: h.faults, timeTravel: h.tk.summary(),
		souqStarts: h.souq.starts, started: h.started}
	add := func(kind, order, format string, a ...any) {
		r.Violations = append(r.Violations, Violation{Kind: kind, Order: order, Detail: fmt.Sprintf(format, a...)})
	}
	h.mu.Lock()
	r.Violations = append(r.Violations, h.fatal...)
	r.Violations = append(r.Violations, h.crashes...)
	r.Violations = append(r.Violations, h.during...)
	h.mu.Unlock()
	if h.failed() {
		// souq (and on the embedded default, the chain inside it) is gone: only the Graph record
		// can still be judged.
		h.judgeNotices(nil, add)
		sortViolations(r.Violations)
		return r
	}
	l, err := h.chain.ledger(ctx)
	if err != nil {
		add("judge", "", "cannot read the escrow's events: %v", err)
		return r
	}
	byOrder := map[common.Hash]*sale{}
	for _, s := range h.sales {
		if s.OrderID != "" {
			byOrder[hexHash(s.OrderID)] = s
		}
	}
	token := h.chain.c.TestToken

	// Funded at most once, closed at most once, the seller's net exactly; escrow balance per token.
	balances := map[common.Address]*big.Int{}
	for _, tok := range []common.Address{{}, token} {
		bal, err := h.chain.balance(ctx, tok, h.chain.c.Escrow)
		if err != nil {
			add("judge", "", "escrow balance of %s: %v", tokName(tok), err)
			continue
		}
		balances[tok] = bal
	}
	vs, seller := checkLedger(l, balances)
	r.Violations = append(r.Violations, vs...)
	payouts := map[*merchant]map[common.Address]*big.Int{}
	for id, got := range seller {
		s := byOrder[id]
		if s == nil {
			continue
		}
		tok := l.Orders[id].Funded[0].Token
		if payouts[s.Merchant] == nil {
			payouts[s.Merchant] = map[common.Address]*big.Int{}
		}
		if payouts[s.Merchant][tok] == nil {
			payouts[s.Merchant][tok] = new(big.Int)
		}
		payouts[s.Merchant][tok].Add(payouts[s.Merchant][tok], got)
	}
	// Each merchant's payout address received the seller's share of each released or resolved order,
	// once: its balance is exactly the sum (the address is fresh and receives nothing else).
	for _, m := range h.merchants {
		for _, tok := range []common.Address{{}, token} {
			want := new(big.Int)
			if v := payouts[m][tok]; v != nil {
				want.Set(v)
			}
			got, err := h.chain.balance(ctx, tok, m.Payout)
			if err != nil {
				add("judge", "", "payout balance: %v", err)
				continue
			}
			if got.Cmp(want) != 0 {
				add("payout", "", "merchant +%s payout %s holds %s %s, the seller's shares sum to %s", m.p.Number, m.Payout.Hex(), got, tokName(tok), want)
			}
		}
	}

	// Every driven sale ended on the chain within the settle time, the way its path ends.
	for _, s := range h.sales {
		var o *orderFacts
		st := "not funded"
		s.final = "no order"
		if s.OrderID != "" {
			if o = l.Orders[hexHash(s.OrderID)]; o != nil {
				st = o.state()
			}
			s.final = st
		}
		switch {
		case s.Skipped != "":
			continue
		case s.OrderID == "":
			add("no-order", "", "sale %d (%s): no offer reached the customer: %s", s.N, s.Path, s.Stuck)
			continue
		}
		switch {
		case o == nil || o.closes() == 0:
			add("not-final", s.OrderID, "sale %d (%s) is %q on the chain after the settle time; the people were stuck at: %s", s.N, s.Path, st, orNone(s.Stuck))
		case st != s.Path.expectState():
			add("wrong-end", s.OrderID, "sale %d (%s) ended %q, want %q", s.N, s.Path, st, s.Path.expectState())
		}
		if o != nil && len(o.Funded) == 1 && !s.VoucherUnknown {
			if want := s.charged(); o.Funded[0].Amount.Cmp(want) != 0 {
				if s.Discount != nil {
					add("discount", s.OrderID, "funded %s after redeeming %d points, want %s − %s = %s", o.Funded[0].Amount, s.Redeemed, s.Total, s.Discount, want)
				} else {
					add("discount", s.OrderID, "funded %s, the price is %s and no points were redeemed for it", o.Funded[0].Amount, want)
				}
			}
		}
		if o != nil && len(o.Funded) == 1 && s.offerText != "" {
			if d := offerTerms(s.offerText, s.Path.asset(), o); d != "" {
				add("offer-terms", s.OrderID, "the Pay message promised other terms than the escrow holds: %s", d)
			}
		}
		if o != nil && len(o.Resolved) == 1 && s.Split != nil && o.Resolved[0].BuyerAmount.Cmp(s.Split) != 0 {
			add("split", s.OrderID, "resolved with %s to the buyer, the arbiter decided %s", o.Resolved[0].BuyerAmount, s.Split)
		}
	}

	h.judgePoints(ctx, l, add)
	h.judgeNotices(l, add)
	h.judgeJournal(ctx, l, add)
	if d, err := h.api.outboxDepth(ctx); err != nil {
		add("judge", "", "outbox depth: %v", err)
	} else if d != 0 {
		add("outbox", "", "%v intents left in souq's outbox (souq_outbox_depth)", d)
	}
	r.points = h.points
	if jv := h.jv; jv != nil {
		r.journal = JournalSummary{Events: jv.size, Anchored: jv.anchored, Checkpoints: len(jv.checkpoints),
			BundlesVerified: jv.verified, ConsistentPairs: jv.consistent}
	}
	h.attachLogs(r)
	sortViolations(r.Violations)
	return r
}

// offerTerms compares the Pay message with the escrow's Funded event: the platform fee at the rate
// the escrow charged on the amount it holds, and the deliver-by the escrow enforces (to the minute,
// as the message writes it). It says what differs; "" when nothing does.
func offerTerms(text, asset string, o *orderFacts) string {
	var d []string
	f := o.Funded[0]
	fee := new(big.Int).Mul(f.Amount, big.NewInt(int64(o.FeeBps)))
	fee.Quo(fee, big.NewInt(10_000))
	if want := "Platform fee: " + souq.FormatAmount(fee, uint8(decimals[asset])) + " " + asset; !strings.Contains(text, want) {
		d = append(d, fmt.Sprintf("the escrow's fee is %q (%d bps)", want, o.FeeBps))
	}
	by := time.Unix(int64(o.DeliverBy), 0).UTC().Format("2006-01-02 15:04 UTC")
	if want := "Deliver by: " + by; !strings.Contains(text, want) {
		d = append(d, fmt.Sprintf("the escrow's deadline is %q", want))
	}
	if len(d) == 0 {
		return ""
	}
	return strings.Join(d, " and ") + "; the message: " + truncate(text, 300)
}

// sortViolations orders violations by kind, order and detail, so a report reads the same each run.
func sortViolations(vs []Violation) {
	sort.SliceStable(vs, func(i, j int) bool {
		a, b := vs[i], vs[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.Detail < b.Detail
	})
}

func tokName(t common.Address) string {
	if t == (common.Address{}) {
		return "ETH"
	}
	return "USDC"
}

func orNone(s string) string {
	if s == "" {
		return "nothing (they were done)"
	}
	return s
}

// judgePoints compares each customer's POINTS on the Stellar ledger with the rule: floor(paid / 10
// USDC) per released USDC order (ETH orders earn nothing under a USDC rule), minus what they redeemed.
func (h *harness) judgePoints(ctx context.Context, l *escrowLedger, add func(kind, order, format string, a ...any)) {
	url := h.souq.line("horizon")
	if h.hz != nil {
		url = h.hz.url
	}
	if url == "" {
		add("judge", "", "no Horizon URL in souq's start output: points not checked")
		return
	}
	hc := &horizonclient.Client{HorizonURL: url}
	commit, err := souq.NewCommitter(h.secret)
	if err != nil {
		add("judge", "", "committer: %v", err)
		return
	}
	seed := sha256.Sum256(append([]byte("souq/stellar/seed/"), h.secret...))
	for _, c := range h.customers {
		var want int64
		var orders []string
		for _, s := range c.Sales {
			o := l.Orders[hexHash(s.OrderID)]
			if s.OrderID == "" || o == nil || len(o.Released) != 1 || s.Path.asset() != "USDC" {
				continue
			}
			p := pointsFor(o.Funded[0].Amount)
			want += p
			orders = append(orders, fmt.Sprintf("%s:+%d", s.short(), p))
		}
		var redeemed, doubt int64
		for _, s := range c.Sales {
			if s.Redeemed > 0 {
				redeemed += s.Redeemed
				orders = append(orders, fmt.Sprintf("redeem:-%d", s.Redeemed))
			}
			if s.RedeemInDoubt > 0 {
				doubt += s.RedeemInDoubt
				orders = append(orders, fmt.Sprintf("redeem?:-%d", s.RedeemInDoubt))
			}
		}
		want -= redeemed
		acct := deriveStellar(seed[:], "customer/"+commit.User(souq.WaID(c.p.Number))).Address()
		issuer := deriveStellar(seed[:], "merchant/"+commit.User(souq.WaID(c.Merchant.p.Number))+"/issuer").Address()
		var got int64
		a, err := hc.AccountDetail(horizonclient.AccountRequest{AccountID: acct})
		switch {
		case horizonclient.IsNotFoundError(err):
		case err != nil:
			add("judge", "", "Horizon account of customer +%s: %v", c.p.Number, err)
			continue
		default:
			st, perr := amount.ParseInt64(a.GetCreditBalance("POINTS", issuer))
			if perr == nil {
				got = st / stellar.StroopsPerPoint
			}
		}
		h.points = append(h.points, PointsLine{Customer: c.p.Number, Want: want, Got: got, Orders: strings.Join(orders, " ")})
		if got != want && (doubt == 0 || got != want-doubt) {
			add("points", "", "customer +%s holds %d POINTS on Stellar, want %d (%s)", c.p.Number, got, want, strings.Join(orders, " "))
		}
	}
}

// deriveStellar is souq's Stellar keyring: ed25519 seed = HMAC-SHA256(seed, "stellar/"+purpose),
// the seed being sha256("souq/stellar/seed/" + operator secret).
func deriveStellar(seed []byte, purpose string) *keypair.Full {
	m := hmac.New(sha256.New, seed)
	m.Write([]byte("stellar/" + purpose))
	var raw [32]byte
	copy(raw[:], m.Sum(nil))
	kp, _ := keypair.FromRawSeed(raw)
	return kp
}

// noticeKinds name the service's notices by a piece of their English text (bot/messages.go), the
// more specific first. The last four are the engine branch's failure notices.
var noticeKinds = []struct{ has, kind string }{
	{txtOffer, "offer"}, {"wants to send you an offer", "optin_request"},
	{txtPaid, "paid"}, {"is paid (", "paid"},
	{"failed. You can try again", "payment_failed"}, {"did not go through", "payment_failed"},
	{"declined order", "declined"}, {txtShipped, "shipped"},
	{txtDelivered, "delivered"}, {txtDeliveredM, "delivered"},
	{txtReleased, "released"}, {"You've been paid", "released"},
	{txtRefundAsked, "refund_requested"}, {txtRefunded, "refunded"},
	{txtDisputed, "dispute_opened"}, {"Your dispute on order", "dispute_opened"},
	{txtResolved, "dispute_resolved"},
	{"You earned", "points_earned"}, {"earned no points", "no_points"}, {"earned the customer no points", "no_points"},
	{txtBurned, "points_redeemed"}, {txtRedeemFailed, "redeem_failed"},
	{"did not reach the customer", "offer_undelivered"}, {"Welcome to your new number", "number_changed"},
	{"Your wallet is short", "payment_shortfall"}, {"is waiting for funds", "payment_waiting"},
	{"was not recorded on-chain", "delivery_failed"}, {"refused the last step", "action_failed"},
}

// noticeKind names a service notice by its English text.
func noticeKind(text string) string {
	for _, k := range noticeKinds {
		if strings.Contains(text, k.has) {
			return k.kind
		}
	}
	f := strings.Fields(text)
	return "other:" + strings.Join(f[:min(3, len(f))], " ")
}

// judgeNotices: one notice is a message souq sent with an order id in biz_opaque_callback_data (the
// service's notices carry it; replies do not), identified by (recipient, order, kind). Each must
// reach its person exactly once: never twice, and the notices of how the order closed must arrive.
func (h *harness) judgeNotices(l *escrowLedger, add func(kind, order, format string, a ...any)) {
	seen, vs := duplicateNotices(h.g.outbox(0))
	for _, v := range vs {
		add(v.Kind, v.Order, "%s", v.Detail)
	}
	if l == nil {
		return
	}
	closing := map[string]string{"released": "released", "refunded": "refunded", "refunded-late": "refunded", "resolved": "dispute_resolved"}
	for _, s := range h.sales {
		if s.OrderID == "" {
			continue
		}
		o := l.Orders[hexHash(s.OrderID)]
		if o == nil || len(o.Funded) == 0 {
			continue
		}
		for _, who := range []*person{s.Customer.p, s.Merchant.p} {
			if seen[noticeKey{who.Number, s.OrderID, "paid"}] == 0 {
				add("notice-missing", s.OrderID, "%s +%s was never told the order is paid", who.Role, who.Number)
			}
			if kind, ok := closing[o.state()]; ok && seen[noticeKey{who.Number, s.OrderID, kind}] == 0 {
				add("notice-missing", s.OrderID, "%s +%s was never told the order is %s", who.Role, who.Number, o.state())
			}
		}
		for _, v := range loyaltyNotices(s, o, seen) {
			add(v.Kind, v.Order, "%s", v.Detail)
		}
	}
}

// loyaltyNotices: under the merchants' "1 per 10 USDC" rule, a released USDC order that earned
// points tells the customer so; a released ETH order earns nothing and tells both the customer and
// the merchant that only USDC earns; no order in another currency is ever said to earn.
func loyaltyNotices(s *sale, o *orderFacts, seen map[noticeKey]int) []Violation {
	if len(o.Released) == 0 || len(o.Funded) == 0 {
		return nil
	}
	var vs []Violation
	c, m := s.Customer.p, s.Merchant.p
	k := func(p *person, kind string) int { return seen[noticeKey{p.Number, s.OrderID, kind}] }
	switch {
	case s.Path.asset() == "USDC" && pointsFor(o.Funded[0].Amount) > 0:
		if k(c, "points_earned") == 0 {
			vs = append(vs, Violation{Kind: "notice-missing", Order: s.OrderID, Detail: fmt.Sprintf("customer +%s was never told the points the order earned", c.Number)})
		}
	case s.Path.asset() != "USDC":
		if k(c, "points_earned") > 0 {
			vs = append(vs, Violation{Kind: "points-currency", Order: s.OrderID, Detail: fmt.Sprintf("customer +%s was told an %s order earned points under a USDC rule", c.Number, s.Path.asset())})
		}
		for _, p := range []*person{c, m} {
			if k(p, "no_points") == 0 {
				vs = append(vs, Violation{Kind: "notice-missing", Order: s.OrderID, Detail: fmt.Sprintf("%s +%s was never told the %s order earned no points (the rule is in USDC)", p.Role, p.Number, s.Path.asset())})
			}
		}
	}
	return vs
}

// journalView is what the judge knows of souq's journal, a C2SP transparency log: the checkpoints
// the EventAnchor recorded (from the chain), the log's size (souq's audit head) and the proof
// bundle of every event an anchored checkpoint covers, fetched from souq's audit API once each.
type journalView struct {
	checkpoints []audit.ChainCheckpoint // in chain order
	anchored    uint64                  // the largest anchored size: events [0, anchored) are covered
	size        uint64                  // events in the log
	bundles     []*journal.Bundle       // by seq, [0, anchored); nil where the fetch failed
	missing     map[uint64]error
	closed      map[string]string // order id (lower-case 0x…) → the kind of its closing event in the log

	// What the judge checked: bundles and consistent checkpoint pairs that verified.
	verified, consistent int
}

// closingKinds are the journal events that close an order, by the order's final state on the chain.
var closingKinds = map[string]string{"released": "order.released", "refunded": "order.refunded",
	"refunded-late": "order.refunded", "resolved": "order.resolved"}

// scanJournal reads the checkpoints from the chain and the log's size from souq, and fetches the
// bundles not yet fetched.
func (h *harness) scanJournal(ctx context.Context) error {
	if h.jv == nil {
		h.jv = &journalView{missing: map[uint64]error{}, closed: map[string]string{}}
	}
	jv := h.jv
	cps, err := h.chain.checkpoints(ctx)
	if err != nil {
		return err
	}
	size, err := h.api.logSize(ctx)
	if err != nil {
		return err
	}
	jv.checkpoints, jv.size = cps, size
	for _, c := range cps {
		jv.anchored = max(jv.anchored, c.Size)
	}
	for seq := range jv.missing {
		if b, ok, err := h.api.bundle(ctx, seq); err == nil && ok {
			jv.bundles[seq] = b
			delete(jv.missing, seq)
			jv.noteClose(b)
		}
	}
	for seq := uint64(len(jv.bundles)); seq < jv.anchored; seq++ {
		b, ok, err := h.api.bundle(ctx, seq)
		if err == nil && !ok {
			err = errors.New("not found, or not anchored although the chain holds a checkpoint covering it")
		}
		if err != nil {
			jv.missing[seq] = err
			b = nil
		}
		jv.bundles = append(jv.bundles, b)
		jv.noteClose(b)
	}
	return nil
}

func (jv *journalView) noteClose(b *journal.Bundle) {
	if b == nil {
		return
	}
	switch b.Event.Kind {
	case "order.released", "order.refunded", "order.resolved":
		jv.closed[strings.ToLower(b.Event.Order.Hex())] = b.Event.Kind
	}
}

// caughtUp: the latest anchored checkpoint covers every event of the log.
func (jv *journalView) caughtUp() bool { return jv != nil && jv.anchored >= jv.size }

// checkCheckpoints: the checkpoints the chain recorded strictly grow, and the latest covers all
// size events of the log.
func checkCheckpoints(cps []audit.ChainCheckpoint, size uint64) []Violation {
	var vs []Violation
	var anchored uint64
	for i, c := range cps {
		if i > 0 && c.Size <= cps[i-1].Size {
			vs = append(vs, Violation{Kind: "journal-shrunk", Detail: fmt.Sprintf("checkpoint %d (tx %s) has size %d after size %d", i, c.TxHash.Hex(), c.Size, cps[i-1].Size)})
		}
		anchored = max(anchored, c.Size)
	}
	switch {
	case len(cps) == 0 && size > 0:
		vs = append(vs, Violation{Kind: "journal-unanchored", Detail: fmt.Sprintf("the log holds %d events and the chain no checkpoint at all", size)})
	case anchored < size:
		vs = append(vs, Violation{Kind: "journal-unanchored", Detail: fmt.Sprintf("events %d–%d of %d are under no anchored checkpoint (the latest covers %d)", anchored, size-1, size, anchored)})
	}
	return vs
}

// trustDiff says how got differs from the pinned trust root; "" when it does not.
func trustDiff(pinned, got audit.TrustRoot) string {
	var d []string
	if got.ChainID != pinned.ChainID {
		d = append(d, fmt.Sprintf("chainId %d, pinned %d", got.ChainID, pinned.ChainID))
	}
	if got.Contract != pinned.Contract {
		d = append(d, fmt.Sprintf("contract %s, pinned %s", got.Contract.Hex(), pinned.Contract.Hex()))
	}
	if got.Origin != pinned.Origin {
		d = append(d, fmt.Sprintf("origin %q, pinned %q", got.Origin, pinned.Origin))
	}
	if got.Key != pinned.Key {
		d = append(d, fmt.Sprintf("key %q, pinned %q", got.Key, pinned.Key))
	}
	if (got.Escrow == nil) != (pinned.Escrow == nil) || got.Escrow != nil && *got.Escrow != *pinned.Escrow {
		d = append(d, fmt.Sprintf("escrow %v, pinned %v", got.Escrow, pinned.Escrow))
	}
	return strings.Join(d, "; ")
}

// checkClosings: every order the chain closed has the matching closing event in the (anchored)
// log.
func checkClosings(sales []*sale, l *escrowLedger, closed map[string]string) []Violation {
	var vs []Violation
	for _, s := range sales {
		if s.OrderID == "" {
			continue
		}
		o := l.Orders[hexHash(s.OrderID)]
		if o == nil || o.closes() == 0 {
			continue
		}
		want, got := closingKinds[o.state()], closed[strings.ToLower(s.OrderID)]
		switch {
		case got == "":
			vs = append(vs, Violation{Kind: "journal-no-close", Order: s.OrderID, Detail: fmt.Sprintf("the chain closed the order (%s) but no anchored journal event records it", o.state())})
		case got != want:
			vs = append(vs, Violation{Kind: "journal-wrong-close", Order: s.OrderID, Detail: fmt.Sprintf("the chain closed the order as %s, the log records %s", o.state(), got)})
		}
	}
	return vs
}

// judgeJournal: the trust root stayed the one pinned at souq's first start; the chain's checkpoints
// strictly grow and the latest covers every event; each consecutive pair is consistent (the log
// was only appended to); every anchored event's bundle verifies against the pinned trust root and
// the chain, and links to the event before; every order the chain closed has its closing event in
// the log.
func (h *harness) judgeJournal(ctx context.Context, l *escrowLedger, add func(kind, order, format string, a ...any)) {
	pinned := h.trust
	if pinned.Contract != h.chain.c.EventAnchor {
		add("trust-root", "", "the trust root names anchor %s, the chain's deployment %s", pinned.Contract.Hex(), h.chain.c.EventAnchor.Hex())
	}
	if got, err := h.api.trustRoot(ctx); err != nil {
		add("judge", "", "trust root: %v", err)
	} else if d := trustDiff(pinned, got); d != "" {
		add("trust-root", "", "souq now publishes another trust root than the one pinned at its first start: %s", d)
	}
	// Anchoring runs every few seconds: give the last events their checkpoint before judging, and
	// souq a moment to record a checkpoint the chain already shows (it answers not_anchored until
	// its anchorer has seen the receipt).
	for i := 0; ; i++ {
		if err := h.scanJournal(ctx); err != nil {
			add("judge", "", "journal: %v", err)
			return
		}
		if h.jv.caughtUp() && len(h.jv.missing) == 0 || i == 15 || !sleepCtx(ctx, 2*time.Second) {
			break
		}
	}
	jv := h.jv
	r := func(vs []Violation) {
		for _, v := range vs {
			add(v.Kind, v.Order, "%s", v.Detail)
		}
	}
	r(checkCheckpoints(jv.checkpoints, jv.size))
	ec, err := h.chain.dial(ctx)
	if err != nil {
		add("judge", "", "rpc: %v", err)
		return
	}
	defer ec.Close()
	opt := audit.Options{Confirmations: 1}
	for i := 1; i < len(jv.checkpoints); i++ {
		prev, cur := jv.checkpoints[i-1], jv.checkpoints[i]
		b, err := h.api.consistency(ctx, prev.Size, cur.Size)
		if err != nil {
			add("journal-consistency", "", "checkpoints %d → %d: %v", prev.Size, cur.Size, err)
			continue
		}
		if b.Old.Checkpoint.Size != prev.Size || b.Old.Checkpoint.Root != prev.Root || b.New.Checkpoint.Size != cur.Size || b.New.Checkpoint.Root != cur.Root {
			add("journal-consistency", "", "souq's checkpoints %d (%s) → %d (%s) are not the chain's %d (%s) → %d (%s)",
				b.Old.Checkpoint.Size, b.Old.Checkpoint.Root, b.New.Checkpoint.Size, b.New.Checkpoint.Root, prev.Size, prev.Root, cur.Size, cur.Root)
			continue
		}
		if _, err := audit.VerifyConsistency(ctx, b, pinned, ec, opt); err != nil {
			add("journal-consistency", "", "checkpoints %d → %d do not verify against the pinned trust root: %v", prev.Size, cur.Size, err)
		} else {
			jv.consistent++
		}
	}
	var prev common.Hash
	for seq, b := range jv.bundles {
		if b == nil {
			add("journal-bundle", "", "event %d is under an anchored checkpoint but has no bundle: %v", seq, jv.missing[uint64(seq)])
			prev = common.Hash{}
			continue
		}
		if b.Event.Seq != uint64(seq) {
			add("journal-bundle", "", "the bundle of event %d holds event %d", seq, b.Event.Seq)
		}
		if _, err := audit.Verify(ctx, b, pinned, ec, opt); err != nil {
			add("journal-verify", orderOf(b), "event %d (%s) does not verify against the pinned trust root: %v", seq, b.Event.Kind, err)
		} else {
			jv.verified++
		}
		if seq > 0 && prev != (common.Hash{}) && b.Event.Prev != prev {
			add("journal-chain", "", "event %d's prev %s is not event %d's hash %s", seq, b.Event.Prev, seq-1, prev)
		}
		prev = b.Event.Hash
	}
	r(checkClosings(h.sales, l, jv.closed))
}

// orderOf is the bundle's order id, or "" for an event about no order.
func orderOf(b *journal.Bundle) string {
	if b.Event.Order == (common.Hash{}) {
		return ""
	}
	return b.Event.Order.Hex()
}

// attachLogs adds to each violation souq's log lines that name its order (short or full id).
func (h *harness) attachLogs(r *Report) {
	files, _ := filepath.Glob(filepath.Join(h.dir, "logs", "souq-*.log"))
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, ln := range strings.Split(string(b), "\n") {
			lines = append(lines, filepath.Base(f)+": "+ln)
		}
	}
	for i := range r.Violations {
		v := &r.Violations[i]
		if len(v.Order) < 10 {
			continue
		}
		short := strings.ToLower(v.Order[2:10])
		for _, ln := range lines {
			if strings.Contains(strings.ToLower(ln), short) && (strings.Contains(ln, "level=warn") || strings.Contains(ln, "level=error") || strings.Contains(ln, "level=info")) {
				v.Logs = append(v.Logs, ln)
			}
		}
		if len(v.Logs) > 3 {
			v.Logs = v.Logs[len(v.Logs)-3:]
		}
	}
}

// checkLedger checks the escrow's own books: each order funded at most once and closed at most
// once, the seller paid the amount less the fee in force at funding (rounded down), and for each
// token whose balance is given, the escrow holding exactly its open orders plus the withdrawable
// credits. It returns what each closed order paid its seller.
func checkLedger(l *escrowLedger, balances map[common.Address]*big.Int) ([]Violation, map[common.Hash]*big.Int) {
	var vs []Violation
	add := func(kind string, id common.Hash, format string, a ...any) {
		o := ""
		if id != (common.Hash{}) {
			o = id.Hex()
		}
		vs = append(vs, Violation{Kind: kind, Order: o, Detail: fmt.Sprintf(format, a...)})
	}
	open := map[common.Address]*big.Int{}
	seller := map[common.Hash]*big.Int{}
	ids := make([]common.Hash, 0, len(l.Orders))
	for id := range l.Orders {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Cmp(ids[j]) < 0 })
	for _, id := range ids {
		o := l.Orders[id]
		if len(o.Funded) > 1 {
			add("funded-twice", id, "funded %d times", len(o.Funded))
		}
		if o.closes() > 1 {
			add("closed-twice", id, "closed %d times (released %d, refunded %d, resolved %d)", o.closes(), len(o.Released), len(o.Refunded), len(o.Resolved))
		}
		if len(o.Funded) == 0 {
			if o.closes() > 0 || len(o.Delivered) > 0 {
				add("not-funded", id, "events without funding")
			}
			continue
		}
		f := o.Funded[0]
		if open[f.Token] == nil {
			open[f.Token] = new(big.Int)
		}
		if o.closes() == 0 {
			open[f.Token].Add(open[f.Token], f.Amount)
		}
		fee := func(v *big.Int) *big.Int {
			x := new(big.Int).Mul(v, big.NewInt(int64(o.FeeBps)))
			return x.Quo(x, big.NewInt(10_000))
		}
		for _, rel := range o.Released {
			if want := new(big.Int).Sub(f.Amount, fee(f.Amount)); rel.SellerAmount.Cmp(want) != 0 {
				add("seller-net", id, "released %s to the seller, want %s (amount %s, fee %d bps)", rel.SellerAmount, want, f.Amount, o.FeeBps)
			}
			seller[id] = rel.SellerAmount
		}
		for _, res := range o.Resolved {
			gross := new(big.Int).Sub(f.Amount, res.BuyerAmount)
			if want := new(big.Int).Sub(gross, fee(gross)); res.SellerAmount.Cmp(want) != 0 {
				add("seller-net", id, "resolved with %s to the seller, want %s", res.SellerAmount, want)
			}
			seller[id] = res.SellerAmount
		}
	}
	toks := make([]common.Address, 0, len(balances))
	for tok := range balances {
		toks = append(toks, tok)
	}
	sort.Slice(toks, func(i, j int) bool { return toks[i].Cmp(toks[j]) < 0 })
	for _, tok := range toks {
		want := new(big.Int)
		if v := open[tok]; v != nil {
			want.Add(want, v)
		}
		if v := l.Credits[tok]; v != nil {
			want.Add(want, v)
		}
		if balances[tok].Cmp(want) != 0 {
			add("escrow-balance", common.Hash{}, "%s: escrow holds %s, open orders + credits = %s", tokName(tok), balances[tok], want)
		}
	}
	return vs, seller
}

// duplicateNotices finds notices sent more than once. One notice is a message souq sent with an
// order id in biz_opaque_callback_data (service notices carry it; replies to what a person typed do
// not), identified by (recipient, order, kind), the kind read from its English text.
func duplicateNotices(msgs []outMsg) (seen map[noticeKey]int, vs []Violation) {
	seen = map[noticeKey]int{}
	var order []noticeKey
	for _, m := range msgs {
		if m.Order == "" {
			continue
		}
		k := noticeKey{m.To, m.Order, noticeKind(m.Text)}
		if seen[k] == 0 {
			order = append(order, k)
		}
		seen[k]++
	}
	for _, k := range order {
		if n := seen[k]; n > 1 {
			vs = append(vs, Violation{Kind: "notice-twice", Order: k.order, Detail: fmt.Sprintf("+%s was told %q %d times", k.to, k.kind, n)})
		}
	}
	return seen, vs
}

type noticeKey struct{ to, order, kind string }
