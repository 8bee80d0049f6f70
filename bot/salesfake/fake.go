// Package salesfake is an in-memory souq.Sales for the bot's tests, the simulator's end-to-end
// harness and demos until the real sale service exists. It keeps a plausible order state machine
// and pushes the notices the real service would, but holds no money and talks to no chain:
// custodial payments "confirm" at once.
package salesfake

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"sync"
	"time"

	"github.com/souqchain/souq"
)

// Fake implements souq.Sales.
type Fake struct {
	mu        sync.Mutex
	notifier  souq.Notifier
	now       func() time.Time
	optedIn   map[souq.WaID]bool
	merchants map[souq.WaID]string
	limits    map[souq.WaID][]souq.Money
	names     map[souq.WaID]string
	rules     map[souq.WaID]souq.LoyaltyRule
	points    map[souq.WaID]int64
	stamps    map[souq.WaID]int64 // customer|merchant → stamps toward the next point
	orders    []*order
	byMsg     map[string]*order
	moved     map[string]souq.OrderView // a move's result by message id: a replay answers it again, as the service does
	catalogs  map[string]catalog
	seq       int
	tickets   int
	open      map[string]souq.WaID // open tickets
	closed    map[string]bool

	// PayURL, when set, makes Pay return a payment link (base + order id) instead of paying from
	// the custodial wallet; ConfirmPayment then plays the chain watcher.
	PayURL string
	// RedeemUnderway makes Redeem answer before the burn closes (RedeemResult.Burned false).
	RedeemUnderway bool
	// PointValue is the discount one redeemed point buys.
	PointValue souq.Money
	// Escalations records Escalate calls (user, reason).
	Escalations []string
	// Evidence records dispute photos by order.
	Evidence map[souq.OrderID][][32]byte
	// Deliveries records delivery proofs by order.
	Deliveries map[souq.OrderID]souq.DeliveryProof
}

type order struct {
	view     souq.OrderView
	merchant souq.WaID
	customer souq.WaID
	courier  souq.WaID
	lines    []souq.ReceiptLine
	awaiting bool // offer waiting for the customer's opt-in
}

type catalog struct {
	merchant souq.WaID
	items    map[string]CatalogProduct
}

// CatalogProduct is a product in a fake catalog.
type CatalogProduct struct {
	Name  string
	Price souq.Money
}

// New returns an empty fake.
func New(now func() time.Time) *Fake {
	if now == nil {
		now = time.Now
	}
	return &Fake{now: now, optedIn: map[souq.WaID]bool{}, merchants: map[souq.WaID]string{}, names: map[souq.WaID]string{}, limits: map[souq.WaID][]souq.Money{},
		rules: map[souq.WaID]souq.LoyaltyRule{}, points: map[souq.WaID]int64{}, stamps: map[souq.WaID]int64{}, byMsg: map[string]*order{}, moved: map[string]souq.OrderView{},
		catalogs: map[string]catalog{}, Evidence: map[souq.OrderID][][32]byte{}, Deliveries: map[souq.OrderID]souq.DeliveryProof{}}
}

// SetNotifier sets where notices go (the bot).
func (f *Fake) SetNotifier(n souq.Notifier) { f.notifier = n }

// SetMerchantName sets the display name shown in offers.
func (f *Fake) SetMerchantName(w souq.WaID, name string) {
	f.mu.Lock()
	f.names[w] = name
	f.mu.Unlock()
}

// SetMerchantProfile sets the merchant's name and order limits, as the service does.
func (f *Fake) SetMerchantProfile(_ context.Context, a souq.Actor, p souq.MerchantProfile) (souq.MerchantProfile, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.merchants[a.User]; !ok {
		return souq.MerchantProfile{}, souq.ErrNotMerchant
	}
	p.Name = souq.CleanText(p.Name, 60)
	if p.Name == "" {
		return souq.MerchantProfile{}, souq.ErrInvalidRequest
	}
	for _, l := range p.MaxOrder {
		if err := souq.CheckOrderLimit(nil, l, souq.HardMaxOrder, souq.HardMaxOrder); err != nil {
			return souq.MerchantProfile{}, err
		}
	}
	f.names[a.User] = p.Name
	if p.MaxOrder != nil {
		f.limits[a.User] = p.MaxOrder
	}
	p.MaxOrder = f.limits[a.User]
	return p, nil
}

// AddCatalog registers a WhatsApp catalog for a merchant.
func (f *Fake) AddCatalog(id string, merchant souq.WaID, products map[string]CatalogProduct) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.catalogs[id] = catalog{merchant: merchant, items: products}
}

var _ souq.Sales = (*Fake)(nil)

// notices are sent after the lock is released (the notifier may call back into the fake).
type batch []souq.Notice

func (f *Fake) flush(ctx context.Context, b batch) {
	if f.notifier == nil {
		return
	}
	for _, n := range b {
		_ = f.notifier.Notify(ctx, n)
	}
}

func (f *Fake) viewFor(o *order, w souq.WaID) souq.OrderView {
	v := o.view
	v.Items = slices.Clone(v.Items)
	switch w {
	case o.customer:
		v.Viewer = souq.RoleCustomer
	case o.merchant:
		v.Viewer = souq.RoleMerchant
	default:
		v.Viewer = souq.RoleCourier
	}
	return v
}

func (f *Fake) notice(o *order, to souq.WaID, k souq.NoticeKind) souq.Notice {
	v := f.viewFor(o, to)
	return souq.Notice{To: to, Kind: k, Order: &v, Key: fmt.Sprintf("%s:%s:%s", o.view.ID.Short(), k, to)}
}

func (f *Fake) find(w souq.WaID, r souq.OrderRef) (*order, error) {
	for _, o := range f.orders {
		if r.Matches(o.view.ID) && (o.customer == w || o.merchant == w || o.courier == w) {
			return o, nil
		}
	}
	return nil, fmt.Errorf("order %s: %w", r, souq.ErrNotFound)
}

func (f *Fake) step(o *order, to souq.OrderStatus) {
	o.view.Status = to
	o.lines = append(o.lines, souq.ReceiptLine{Status: to, At: f.now().UTC(), TxURL: "https://explorer.invalid/tx/0x" + fmt.Sprintf("%064x", len(o.lines)+1)})
}

func illegal(o *order) error {
	return fmt.Errorf("order %s is %s: %w", o.view.ID.Short(), o.view.Status, souq.ErrIllegalTransition)
}

// OptIn records consent and delivers offers that were waiting for it.
func (f *Fake) OptIn(ctx context.Context, a souq.Actor) error {
	f.mu.Lock()
	f.optedIn[a.User] = true
	var b batch
	for _, o := range f.orders {
		if o.customer == a.User && o.awaiting {
			o.awaiting = false
			b = append(b, f.notice(o, o.customer, souq.NoticeOffer))
		}
	}
	f.mu.Unlock()
	f.flush(ctx, b)
	return nil
}

// OptOut withdraws consent.
func (f *Fake) OptOut(_ context.Context, a souq.Actor) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.optedIn[a.User] = false
	return nil
}

var addressRE = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// RegisterMerchant accepts an EVM address as the payout address.
func (f *Fake) RegisterMerchant(_ context.Context, a souq.Actor, payout string) error {
	if !addressRE.MatchString(payout) {
		return fmt.Errorf("%q: %w", payout, souq.ErrInvalidAddress)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.merchants[a.User] = payout
	return nil
}

func (f *Fake) newOrder(merchant, customer souq.WaID, items []souq.Item, total souq.Money) *order {
	f.seq++
	id := souq.OrderID(sha256.Sum256(fmt.Appendf(nil, "order-%d", f.seq)))
	name := f.names[merchant]
	if name == "" {
		name = "+" + string(merchant)
	}
	o := &order{merchant: merchant, customer: customer, view: souq.OrderView{ID: id, Merchant: name, Items: items,
		Total: souq.Money{Asset: total.Asset, Amount: new(big.Int).Set(total.Amount)}, CreatedAt: f.now().UTC(),
		Amount: souq.Money{Asset: total.Asset, Amount: new(big.Int).Set(total.Amount)}, Inspection: 48 * time.Hour,
		Deadline: f.now().Add(7 * 24 * time.Hour).UTC()}}
	f.step(o, souq.StatusOffered)
	f.orders = append(f.orders, o)
	return o
}

// Offer creates an order offered to the customer.
func (f *Fake) Offer(ctx context.Context, req souq.OfferRequest) (souq.OfferResult, error) {
	f.mu.Lock()
	if o, ok := f.byMsg[req.MsgID]; ok && req.MsgID != "" {
		defer f.mu.Unlock()
		return souq.OfferResult{Order: f.viewFor(o, req.User), AwaitingOptIn: o.awaiting}, nil
	}
	if _, ok := f.merchants[req.User]; !ok {
		f.mu.Unlock()
		return souq.OfferResult{}, souq.ErrNotMerchant
	}
	if req.Customer == req.User || len(req.Items) == 0 || req.Total.IsZero() {
		f.mu.Unlock()
		return souq.OfferResult{}, souq.ErrInvalidRequest
	}
	if in, known := f.optedIn[req.Customer]; known && !in {
		f.mu.Unlock() // the customer sent STOP: as the service, refuse rather than ask again
		return souq.OfferResult{}, fmt.Errorf("customer sent STOP: %w", souq.ErrNotOptedIn)
	}
	items := make([]souq.Item, len(req.Items))
	for i, it := range req.Items { // names cleaned as the service cleans them
		if it.Name = souq.CleanText(it.Name, 100); it.Name == "" {
			f.mu.Unlock()
			return souq.OfferResult{}, souq.ErrInvalidRequest
		}
		items[i] = it
	}
	req.Items = items
	if err := souq.CheckOrderLimit(&souq.Merchant{MaxOrder: f.limits[req.User]}, req.Total, souq.DefaultMaxOrder, souq.HardMaxOrder); err != nil {
		f.mu.Unlock()
		return souq.OfferResult{}, err
	}
	o := f.newOrder(req.User, req.Customer, req.Items, req.Total)
	f.byMsg[req.MsgID] = o
	var b batch
	if f.optedIn[req.Customer] {
		b = append(b, f.notice(o, o.customer, souq.NoticeOffer))
	} else {
		o.awaiting = true
		b = append(b, f.notice(o, o.customer, souq.NoticeOptInRequest))
	}
	res := souq.OfferResult{Order: f.viewFor(o, req.User), AwaitingOptIn: o.awaiting}
	f.mu.Unlock()
	f.flush(ctx, b)
	return res, nil
}

// CatalogOrder prices a cart from the fake catalog (never from the cart's prices).
func (f *Fake) CatalogOrder(_ context.Context, req souq.CatalogOrderRequest) (souq.OfferResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.catalogs) == 0 {
		return souq.OfferResult{}, fmt.Errorf("catalog %q: %w", req.CatalogID, souq.ErrNoCatalog) // as the service without a Catalog
	}
	cat, ok := f.catalogs[req.CatalogID]
	if !ok || len(req.Items) == 0 {
		return souq.OfferResult{}, fmt.Errorf("catalog %q: %w", req.CatalogID, souq.ErrInvalidRequest)
	}
	var items []souq.Item
	var total souq.Money
	for _, it := range req.Items {
		p, ok := cat.items[it.RetailerID]
		if !ok || it.Quantity <= 0 {
			return souq.OfferResult{}, fmt.Errorf("product %q: %w", it.RetailerID, souq.ErrInvalidRequest)
		}
		if total.Amount == nil {
			total = souq.Money{Asset: p.Price.Asset, Amount: new(big.Int)}
		}
		total.Amount.Add(total.Amount, new(big.Int).Mul(p.Price.Amount, big.NewInt(int64(it.Quantity))))
		items = append(items, souq.Item{Name: p.Name, RetailerID: it.RetailerID, Quantity: it.Quantity})
	}
	o := f.newOrder(cat.merchant, req.User, items, total)
	if !f.optedIn[req.User] {
		o.awaiting = true
	}
	return souq.OfferResult{Order: f.viewFor(o, req.User), AwaitingOptIn: o.awaiting}, nil
}

// Decline refuses an offer.
func (f *Fake) Decline(ctx context.Context, a souq.Actor, r souq.OrderRef) (souq.OrderView, error) {
	return f.move(ctx, a, r, souq.RoleCustomer, []souq.OrderStatus{souq.StatusOffered}, souq.StatusDeclined,
		func(o *order) []souq.Notice { return []souq.Notice{f.notice(o, o.merchant, souq.NoticeDeclined)} })
}

// Pay pays an offer: from the custodial wallet (confirmed at once) or by link.
func (f *Fake) Pay(ctx context.Context, a souq.Actor, r souq.OrderRef) (souq.PayResult, error) {
	f.mu.Lock()
	if !f.optedIn[a.User] {
		f.mu.Unlock()
		return souq.PayResult{}, souq.ErrNotOptedIn
	}
	o, err := f.find(a.User, r)
	if err == nil && o.customer != a.User {
		err = souq.ErrForbidden
	}
	if err == nil && o.view.Status != souq.StatusOffered {
		err = illegal(o)
	}
	if err != nil {
		f.mu.Unlock()
		return souq.PayResult{}, err
	}
	if f.PayURL != "" {
		defer f.mu.Unlock()
		return souq.PayResult{Order: f.viewFor(o, a.User), Method: souq.PayLink, URL: f.PayURL + o.view.ID.String()}, nil
	}
	f.step(o, souq.StatusPaying)
	res := souq.PayResult{Order: f.viewFor(o, a.User), Method: souq.PayCustodial}
	f.step(o, souq.StatusPaid)
	b := batch{f.notice(o, o.customer, souq.NoticePaymentConfirmed), f.notice(o, o.merchant, souq.NoticePaymentConfirmed)}
	f.mu.Unlock()
	f.flush(ctx, b)
	return res, nil
}

// ConfirmPayment plays the chain watcher for a link payment.
func (f *Fake) ConfirmPayment(ctx context.Context, id souq.OrderID) error {
	f.mu.Lock()
	var o *order
	for _, x := range f.orders {
		if x.view.ID == id {
			o = x
		}
	}
	if o == nil || o.view.Status != souq.StatusOffered {
		f.mu.Unlock()
		return souq.ErrIllegalTransition
	}
	f.step(o, souq.StatusPaid)
	b := batch{f.notice(o, o.customer, souq.NoticePaymentConfirmed), f.notice(o, o.merchant, souq.NoticePaymentConfirmed)}
	f.mu.Unlock()
	f.flush(ctx, b)
	return nil
}

// move is the common shape of a state change: participant, role, allowed states, target.
func (f *Fake) move(ctx context.Context, a souq.Actor, r souq.OrderRef, role souq.Role, from []souq.OrderStatus, to souq.OrderStatus,
	notices func(o *order) []souq.Notice) (souq.OrderView, error) {
	f.mu.Lock()
	if v, ok := f.moved[a.MsgID]; ok && a.MsgID != "" {
		f.mu.Unlock()
		return v, nil
	}
	o, err := f.find(a.User, r)
	if err != nil {
		f.mu.Unlock()
		return souq.OrderView{}, err
	}
	if f.viewFor(o, a.User).Viewer != role {
		f.mu.Unlock()
		return souq.OrderView{}, souq.ErrForbidden
	}
	if !slices.Contains(from, o.view.Status) {
		f.mu.Unlock()
		return souq.OrderView{}, illegal(o)
	}
	f.step(o, to)
	var b batch
	if notices != nil {
		b = notices(o)
	}
	v := f.viewFor(o, a.User)
	if a.MsgID != "" {
		f.moved[a.MsgID] = v
	}
	f.mu.Unlock()
	f.flush(ctx, b)
	return v, nil
}

// Status shows an order to a participant.
func (f *Fake) Status(_ context.Context, a souq.Actor, r souq.OrderRef) (souq.OrderView, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	o, err := f.find(a.User, r)
	if err != nil {
		return souq.OrderView{}, err
	}
	return f.viewFor(o, a.User), nil
}

// History lists the user's orders, newest first.
func (f *Fake) History(_ context.Context, a souq.Actor, limit int) ([]souq.OrderView, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []souq.OrderView
	for i := len(f.orders) - 1; i >= 0 && len(out) < limit; i-- {
		o := f.orders[i]
		if o.customer == a.User || o.merchant == a.User || o.courier == a.User {
			out = append(out, f.viewFor(o, a.User))
		}
	}
	return out, nil
}

// Receipt is the order and its steps.
func (f *Fake) Receipt(_ context.Context, a souq.Actor, r souq.OrderRef) (souq.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	o, err := f.find(a.User, r)
	if err != nil {
		return souq.Receipt{}, err
	}
	return souq.Receipt{Order: f.viewFor(o, a.User), Lines: slices.Clone(o.lines)}, nil
}

// ConfirmReceipt releases the escrow to the merchant and awards points.
func (f *Fake) ConfirmReceipt(ctx context.Context, a souq.Actor, r souq.OrderRef) (souq.OrderView, error) {
	return f.move(ctx, a, r, souq.RoleCustomer, []souq.OrderStatus{souq.StatusShipped, souq.StatusDelivered}, souq.StatusReleased,
		func(o *order) []souq.Notice {
			b := []souq.Notice{f.notice(o, o.merchant, souq.NoticeReleased)}
			if pts := f.earn(o); pts > 0 {
				n := f.notice(o, o.customer, souq.NoticePointsEarned)
				n.Points = pts
				b = append(b, n)
			}
			return b
		})
}

func (f *Fake) earn(o *order) int64 {
	rule, ok := f.rules[o.merchant]
	if !ok {
		return 0
	}
	// As the Stellar adapter: by the rule, in its currency only; a stamp card gives a point on every
	// Stamps-th order.
	if rule.Currency.Symbol == "" && rule.Stamps == 0 {
		rule.Currency = rule.Spend.Asset
	}
	pts := rule.Earns(o.view.Total)
	if rule.Stamps > 0 && rule.In(o.view.Total.Asset) {
		k := o.customer + "|" + o.merchant
		f.stamps[k]++
		if f.stamps[k] == int64(rule.Stamps) {
			f.stamps[k], pts = 0, 1
		}
	}
	f.points[o.customer] += pts
	return pts
}

// Dispute opens a dispute.
func (f *Fake) Dispute(ctx context.Context, req souq.DisputeRequest) (souq.OrderView, error) {
	return f.move(ctx, req.Actor, req.Order, souq.RoleCustomer,
		[]souq.OrderStatus{souq.StatusPaid, souq.StatusShipped, souq.StatusDelivered}, souq.StatusDisputed,
		func(o *order) []souq.Notice {
			o.view.Dispute = req.Reason
			n := f.notice(o, o.merchant, souq.NoticeDisputeOpened)
			n.Text = req.Reason
			return []souq.Notice{n}
		})
}

// AddEvidence attaches a photo to an open dispute.
func (f *Fake) AddEvidence(_ context.Context, req souq.EvidenceRequest) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	o, err := f.find(req.User, req.Order)
	if err != nil {
		return err
	}
	if o.view.Status != souq.StatusDisputed {
		return illegal(o)
	}
	f.Evidence[o.view.ID] = append(f.Evidence[o.view.ID], req.PhotoSHA256)
	return nil
}

// Refund: a customer asks (before shipment), a merchant refunds.
func (f *Fake) Refund(ctx context.Context, a souq.Actor, r souq.OrderRef) (souq.RefundResult, error) {
	f.mu.Lock()
	o, err := f.find(a.User, r)
	f.mu.Unlock()
	if err != nil {
		return souq.RefundResult{}, err
	}
	if o.customer == a.User {
		v, err := f.move(ctx, a, r, souq.RoleCustomer, []souq.OrderStatus{souq.StatusPaid}, souq.StatusRefundRequested,
			func(o *order) []souq.Notice {
				return []souq.Notice{f.notice(o, o.merchant, souq.NoticeRefundRequested)}
			})
		return souq.RefundResult{Order: v, Requested: true}, err
	}
	v, err := f.move(ctx, a, r, souq.RoleMerchant, []souq.OrderStatus{souq.StatusPaid, souq.StatusRefundRequested}, souq.StatusRefunded,
		func(o *order) []souq.Notice { return []souq.Notice{f.notice(o, o.customer, souq.NoticeRefunded)} })
	return souq.RefundResult{Order: v}, err
}

// AnswerDispute: accept refunds, a statement leaves the dispute to the arbiter.
func (f *Fake) AnswerDispute(ctx context.Context, req souq.DisputeAnswer) (souq.OrderView, error) {
	if !req.Accept {
		return f.move(ctx, req.Actor, req.Order, souq.RoleMerchant, []souq.OrderStatus{souq.StatusDisputed}, souq.StatusDisputed, nil)
	}
	return f.move(ctx, req.Actor, req.Order, souq.RoleMerchant, []souq.OrderStatus{souq.StatusDisputed}, souq.StatusRefunded,
		func(o *order) []souq.Notice { return []souq.Notice{f.notice(o, o.customer, souq.NoticeRefunded)} })
}

// MarkShipped moves a paid order to shipped.
func (f *Fake) MarkShipped(ctx context.Context, a souq.Actor, r souq.OrderRef) (souq.OrderView, error) {
	return f.move(ctx, a, r, souq.RoleMerchant, []souq.OrderStatus{souq.StatusPaid}, souq.StatusShipped,
		func(o *order) []souq.Notice { return []souq.Notice{f.notice(o, o.customer, souq.NoticeShipped)} })
}

// SubmitDelivery records a courier's proof. In the fake any third party holding the full order
// reference may be the courier (the real service assigns couriers); a short reference from a
// stranger is not found.
func (f *Fake) SubmitDelivery(ctx context.Context, p souq.DeliveryProof) (souq.OrderView, error) {
	f.mu.Lock()
	var o *order
	for _, x := range f.orders {
		if p.Order.Matches(x.view.ID) && (x.customer == p.User || x.merchant == p.User || x.courier == p.User || len(p.Order) == 8) {
			o = x
		}
	}
	if o == nil {
		f.mu.Unlock()
		return souq.OrderView{}, souq.ErrNotFound
	}
	if o.customer == p.User {
		f.mu.Unlock()
		return souq.OrderView{}, souq.ErrForbidden
	}
	if o.view.Status != souq.StatusShipped {
		err := illegal(o)
		f.mu.Unlock()
		return souq.OrderView{}, err
	}
	if o.merchant != p.User {
		o.courier = p.User
	}
	f.Deliveries[o.view.ID] = p
	f.step(o, souq.StatusDelivered)
	b := batch{f.notice(o, o.customer, souq.NoticeDelivered), f.notice(o, o.merchant, souq.NoticeDelivered)}
	v := f.viewFor(o, p.User)
	f.mu.Unlock()
	f.flush(ctx, b)
	return v, nil
}

// Points is the balance.
func (f *Fake) Points(_ context.Context, a souq.Actor) (souq.PointsBalance, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return souq.PointsBalance{Points: f.points[a.User]}, nil
}

// Redeem spends points for a discount.
func (f *Fake) Redeem(_ context.Context, a souq.Actor, n int64) (souq.RedeemResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n <= 0 {
		return souq.RedeemResult{}, souq.ErrInvalidRequest
	}
	if f.points[a.User] < n {
		return souq.RedeemResult{}, souq.ErrInsufficientPoints
	}
	f.points[a.User] -= n
	d := souq.Money{Asset: f.PointValue.Asset, Amount: new(big.Int)}
	if f.PointValue.Amount != nil {
		d.Amount.Mul(f.PointValue.Amount, big.NewInt(n))
	}
	// Burned at once, unless the test plays a ledger slower than the answer.
	return souq.RedeemResult{Redeemed: n, Balance: f.points[a.User], Discount: d, Burned: !f.RedeemUnderway}, nil
}

// SetLoyaltyRule sets a merchant's rule.
func (f *Fake) SetLoyaltyRule(_ context.Context, a souq.Actor, r souq.LoyaltyRule) error {
	if err := r.Validate(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.merchants[a.User]; !ok {
		return souq.ErrNotMerchant
	}
	f.rules[a.User] = r
	return nil
}

// Escalate opens a ticket.
func (f *Fake) Escalate(_ context.Context, a souq.Actor, reason string) (souq.Ticket, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tickets++
	f.Escalations = append(f.Escalations, string(a.User)+": "+reason)
	id := fmt.Sprintf("T%d", f.tickets)
	if f.open == nil {
		f.open = map[string]souq.WaID{}
	}
	f.open[id] = a.User
	return souq.Ticket{ID: id}, nil
}

// HandBack closes a ticket and sends NoticeHandBack to its user, as the service does.
func (f *Fake) HandBack(ctx context.Context, ticket string) error {
	f.mu.Lock()
	user, ok := f.open[ticket]
	delete(f.open, ticket)
	known := ok || f.closed[ticket]
	if f.closed == nil {
		f.closed = map[string]bool{}
	}
	f.closed[ticket] = true
	f.mu.Unlock()
	if !known {
		return fmt.Errorf("ticket %q: %w", ticket, souq.ErrNotFound)
	}
	if !ok {
		return nil // handed back already: as the service, nothing more to do
	}
	f.flush(ctx, batch{{To: user, Kind: souq.NoticeHandBack, Text: ticket, Key: "ticket:" + ticket}})
	return nil
}

// ChangeNumber moves the user's orders, consent, merchant record and points to the new number,
// and tells them there, as the service does.
func (f *Fake) ChangeNumber(ctx context.Context, a souq.Actor, to souq.WaID) error {
	if to == "" || to == a.User {
		return fmt.Errorf("change number: %w", souq.ErrInvalidRequest)
	}
	f.mu.Lock()
	moved := 0
	for _, o := range f.orders {
		hit := false
		for _, p := range []*souq.WaID{&o.customer, &o.merchant, &o.courier} {
			if *p == a.User {
				*p, hit = to, true
			}
		}
		if hit {
			moved++
		}
	}
	if in, ok := f.optedIn[a.User]; ok {
		f.optedIn[to] = in
		f.optedIn[a.User] = false
	}
	if m, ok := f.merchants[a.User]; ok {
		f.merchants[to] = m
		delete(f.merchants, a.User)
	}
	f.points[to] += f.points[a.User]
	delete(f.points, a.User)
	b := batch{{To: to, Kind: souq.NoticeNumberChanged, Points: int64(moved), Key: "number:" + a.MsgID}}
	f.mu.Unlock()
	f.flush(ctx, b)
	return nil
}

// MessageFailed tells the merchant when an offer did not reach its customer, as the service does.
func (f *Fake) MessageFailed(ctx context.Context, id souq.OrderID, to souq.WaID, code int, reason string) error {
	f.mu.Lock()
	var b batch
	for _, o := range f.orders {
		if o.view.ID == id && o.view.Status == souq.StatusOffered && o.customer == to {
			n := f.notice(o, o.merchant, souq.NoticeOfferUndelivered)
			n.Text, n.Points = reason, int64(code)
			b = append(b, n)
		}
	}
	f.mu.Unlock()
	f.flush(ctx, b)
	return nil
}

// SetPoints sets a balance (tests).
func (f *Fake) SetPoints(w souq.WaID, n int64) { f.mu.Lock(); f.points[w] = n; f.mu.Unlock() }

// Payouts is what the escrow paid the merchant per currency, as the service keeps it: each
// released order's amount (after its discount) less its fee.
func (f *Fake) Payouts(_ context.Context, a souq.Actor) ([]souq.PayoutTotal, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []souq.PayoutTotal
	for _, o := range f.orders {
		v := o.view
		if o.merchant != a.User || v.Status != souq.StatusReleased || v.Amount.Amount == nil {
			continue
		}
		paid := new(big.Int).Set(v.Amount.Amount)
		if v.Fee.Amount != nil {
			paid.Sub(paid, v.Fee.Amount)
		}
		i := slices.IndexFunc(out, func(t souq.PayoutTotal) bool { return t.Asset.Symbol == v.Amount.Asset.Symbol })
		if i < 0 {
			out = append(out, souq.PayoutTotal{Asset: v.Amount.Asset, Paid: new(big.Int)})
			i = len(out) - 1
		}
		out[i].Paid.Add(out[i].Paid, paid)
		out[i].Orders++
	}
	return out, nil
}
