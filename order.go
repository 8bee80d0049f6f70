package souq

import (
	"fmt"
	"math/big"
	"time"
)

// This file holds the domain records (merchant, customer, order and the parts of an order) and the
// order state machine. The statuses themselves are declared in sales.go, next to the port the chat
// uses, because they are what chat users see.

// Merchant is a registered seller.
type Merchant struct {
	WaID   WaID
	Payout string // escrow-chain address that receives the seller's share (validated by Wallets)
	// Couriers are the numbers the merchant named to deliver its orders (courier.go).
	Couriers  []WaID  `json:",omitempty"`
	Name      string  // shown to customers with every offer (CleanText); "" until set
	MaxOrder  []Money // per-currency limits on one order's total (limits.go); others: the default
	Rule      *LoyaltyRule
	CreatedAt time.Time
}

// Customer is a chat user souq may send payment messages to once they opted in (double opt-in:
// a merchant's offer asks them, they reply YES).
type Customer struct {
	WaID      WaID
	OptedIn   bool
	OptInAt   time.Time
	OptOutAt  time.Time
	CreatedAt time.Time
	// Account is the number the customer's custodial wallet and points are kept under when they
	// changed number since (empty: WaID itself).
	Account WaID `json:",omitempty"`
	// MovedTo is set on the record of a number its owner left (user_changed_number).
	MovedTo WaID `json:",omitempty"`
}

// Offer is what the customer is asked to pay for. Its hash (OfferHash), salted so it reveals
// nothing, is the offerHash term of the escrow, so the on-chain order commits to the off-chain
// offer without carrying any of it.
type Offer struct {
	Salt     [32]byte
	Merchant string // commitment, never the number
	Customer string // commitment
	Items    []Item
	Total    string // minor units, decimal
	Discount string // minor units, decimal
	Asset    string // symbol
	At       int64  // unix seconds
}

// Delivery is the courier's proof of an order, as recorded before it went to the escrow.
type Delivery struct {
	Courier     WaID
	PhotoSHA256 [32]byte
	MediaID     string
	TakenAt     time.Time
	Location    *Location
	ProofHash   [32]byte  // what the attestation signs: sha256 of photo hash, time and location
	Signature   []byte    // EIP-712 Delivery signature by the attester
	By          Role      `json:",omitempty"` // who submitted it: the courier or the merchant
	SubmittedAt time.Time `json:",omitzero"`  // when souq received it
}

// Dispute is an open or settled dispute.
type Dispute struct {
	Reason      string // the customer's words; stays in our store (the chain sees its sha256)
	ReasonHash  [32]byte
	Evidence    [][32]byte // photo sha256s
	Statement   string     // the merchant's answer
	BuyerAmount *big.Int   // the arbiter's split, once decided
	Note        string     // the arbiter's note
	OpenedAt    time.Time
	// DecideBy is the arbiter's deadline (chain clock), from the escrow's Disputed event; after it
	// the default outcome (full refund to the buyer) is applied. Zero until the event is seen.
	DecideBy time.Time
	// Expired: the arbiter did not decide by DecideBy and the buyer was refunded in full.
	Expired bool
}

// Voucher is a discount bought with loyalty points, applied to the customer's next order with the
// same merchant in the rule's currency, once the points are burned on the loyalty ledger.
//
// Conversion (loyalty.go): with a points-per-spend rule ("1 point per 10 USDC") a point is worth a
// tenth of what earns it (1 USDC here), so redeeming gives back 10% of the spend that earned the
// points; integer division, rounded down. With a stamps rule ("buy 5, get 1 free") one point makes
// the next order free. Either way the order still costs VoucherFloorPercent of its total (never
// dust). A voucher is consumed whole by the order it is applied to.
type Voucher struct {
	ID        string
	Customer  WaID
	Merchant  WaID
	Points    int64
	Value     Money // in the rule's currency; per-spend: Points × point value; stamps: nil Amount, "next order free"
	Stamps    bool
	Burned    bool    // the points were burned on the loyalty ledger: the voucher applies from now on
	Cancelled bool    // the burn failed for good: the voucher never applies, the points stay the customer's
	UsedBy    OrderID // zero while open
	CreatedAt time.Time
}

// Step is one recorded change of an order, with its transaction when the chain confirmed it.
type Step struct {
	Status OrderStatus
	At     time.Time
	TxHash string
}

// Order is a sale, from offer to its end.
type Order struct {
	ID       OrderID
	Merchant WaID
	Customer WaID
	Items    []Item
	Total    Money    // the price offered
	Discount Money    // from a voucher; Terms.Amount = Total - Discount
	Voucher  *Voucher // the voucher applied, if any (reopened if the offer is declined or expires)
	Terms    Terms
	Offer    Offer
	// MerchantName is the merchant's name when the offer was made (what the customer agreed to).
	MerchantName string
	// FeeBps is the platform fee rate in force when the offer was made (Config.FeeBps).
	FeeBps uint16
	// Committed is what the order's journal commitments name, by role ("customer": the customer's
	// account, "merchant": the merchant's number), fixed at the offer: a number may change, a
	// commitment in the log does not, and the opening (OpenOrder) must name what was committed.
	// Empty on orders made before per-order commitments.
	Committed map[string]string `json:",omitempty"`

	Status OrderStatus
	// Pending is the escrow action requested and not yet confirmed on-chain: while set, no other
	// escrow action is accepted, so at most one transaction per order is ever in flight.
	Pending IntentKind
	// Intents counts escrow intents requested for the order; it makes each one's key unique, so
	// asking again after a failure is a new intent and not a duplicate of the failed one.
	Intents int
	// Shown is false while the offer waits for the customer's opt-in.
	Shown bool

	Method       PayMethod
	CreatedAt    time.Time
	UpdatedAt    time.Time
	OfferExpires time.Time
	ReleasableAt time.Time // end of the inspection window, from the chain's Delivered event

	// Courier is the courier the merchant assigned to the order ("" if none): while set, only it
	// (or the merchant) may submit the delivery proof.
	Courier  WaID `json:",omitempty"`
	Delivery *Delivery
	// ChainProofHash is the proof hash of the chain's Delivered event (zero before it).
	ChainProofHash [32]byte `json:",omitzero"`
	Dispute        *Dispute
	Refunded       *big.Int // amount returned to the buyer (refund or the arbiter's split)
	Points         int64    // loyalty points earned
	Steps          []Step
}

// Amount is what the escrow holds: the total less the discount.
func (o *Order) Amount() Money {
	return Money{Asset: o.Total.Asset, Amount: new(big.Int).Set(o.Terms.Amount)}
}

// DeadlineClock is the clock a deadline runs on.
type DeadlineClock byte

// Deadline clocks.
const (
	ClockWall  DeadlineClock = 'w' // souq's own: offers expire by it
	ClockChain DeadlineClock = 'c' // the chain's block time: the escrow's deadlines
)

// Deadline is the next deadline Tick acts on for the order: an offer's expiry (wall clock), the
// escrow's deliverBy while it waits for delivery, the end of the inspection window once delivered
// (chain clock). None while an escrow action is pending or when the order waits on nothing. The
// store indexes orders by it, so a tick reads only the orders that are due.
func (o *Order) Deadline() (DeadlineClock, time.Time, bool) {
	if o.Pending != "" {
		return 0, time.Time{}, false
	}
	switch o.Status {
	case StatusOffered:
		return ClockWall, o.OfferExpires, true
	case StatusPaid, StatusShipped, StatusRefundRequested:
		return ClockChain, o.Terms.DeliverBy, true
	case StatusDelivered:
		if !o.ReleasableAt.IsZero() {
			return ClockChain, o.ReleasableAt, true
		}
	case StatusDisputed:
		if o.Dispute != nil && !o.Dispute.DecideBy.IsZero() {
			return ClockChain, o.Dispute.DecideBy, true // the arbiter's deadline, then the default refund
		}
	}
	return 0, time.Time{}, false
}

// Role returns the part user plays in the order, or "" if none.
func (o *Order) Role(user WaID) Role {
	switch {
	case user == "":
		return ""
	case user == o.Customer:
		return RoleCustomer
	case user == o.Merchant:
		return RoleMerchant
	case user == o.Courier, o.Delivery != nil && user == o.Delivery.Courier:
		return RoleCourier
	}
	return ""
}

// View renders the order for one participant.
func (o *Order) View(viewer Role, payURL string) OrderView {
	v := OrderView{
		ID:         o.ID,
		Viewer:     viewer,
		Merchant:   CleanText(o.MerchantName, maxMerchantName),
		Items:      make([]Item, len(o.Items)),
		Total:      o.Total,
		Discount:   o.Discount,
		Status:     o.Status,
		CreatedAt:  o.CreatedAt,
		Deadline:   o.Terms.DeliverBy,
		Inspection: o.Terms.InspectionPeriod,
	}
	if v.Merchant == "" {
		v.Merchant = o.Merchant.Display()
	}
	// Stored text is cleaned again on the way out: orders made before the rule keep their names.
	for i, it := range o.Items {
		it.Name = CleanText(it.Name, maxItemName)
		v.Items[i] = it
	}
	if v.Discount.Amount == nil {
		v.Discount = Money{Asset: o.Total.Asset, Amount: new(big.Int)}
	}
	if o.Terms.Amount != nil {
		v.Amount = o.Amount()
		fee := new(big.Int).Mul(o.Terms.Amount, big.NewInt(int64(o.FeeBps)))
		v.Fee = Money{Asset: o.Total.Asset, Amount: fee.Quo(fee, big.NewInt(10_000))}
	}
	if o.Status == StatusOffered && viewer == RoleCustomer {
		v.PayURL = payURL
	}
	if viewer == RoleMerchant || viewer == RoleCourier {
		v.Courier = o.Courier
	}
	if o.Status == StatusDisputed && o.Dispute != nil {
		v.Dispute = o.Dispute.Reason
	}
	return v
}

// Terminal reports whether no transition leaves the status.
func (s OrderStatus) Terminal() bool {
	switch s {
	case StatusDeclined, StatusExpired, StatusReleased, StatusRefunded, StatusResolved:
		return true
	}
	return false
}

// Statuses lists every order status.
var Statuses = []OrderStatus{
	StatusOffered, StatusDeclined, StatusPaying, StatusPaid, StatusShipped, StatusDelivered,
	StatusReleased, StatusRefundRequested, StatusRefunded, StatusDisputed, StatusResolved, StatusExpired,
}

// transitions is every legal move and why it exists. Moves that follow the chain (funded,
// delivered, released, refunded, disputed, resolved) are taken when the confirmed event arrives,
// so they mirror the escrow contract: confirmReceipt works from funded or delivered, the seller may
// refund any time before release (disputes included), refundExpired works until a valid delivery.
var transitions = map[OrderStatus]map[OrderStatus]string{
	StatusOffered: {
		StatusPaying:   "customer tapped Pay (custodial payment submitted)",
		StatusPaid:     "funded from the customer's own wallet through the payment link",
		StatusDeclined: "customer declined",
		StatusExpired:  "offer not paid in time",
	},
	StatusPaying: {
		StatusPaid:    "funding confirmed",
		StatusOffered: "payment failed; the offer stands",
	},
	StatusPaid: {
		StatusShipped:         "merchant marked shipped",
		StatusDelivered:       "delivery attested without a shipped mark",
		StatusReleased:        "customer confirmed receipt",
		StatusRefundRequested: "customer asked for a refund",
		StatusRefunded:        "seller refund or late-delivery expiry",
		StatusDisputed:        "customer disputed",
	},
	StatusShipped: {
		StatusDelivered:       "delivery attested",
		StatusReleased:        "customer confirmed receipt",
		StatusRefundRequested: "customer asked for a refund",
		StatusRefunded:        "seller refund or late-delivery expiry",
		StatusDisputed:        "customer disputed",
	},
	StatusDelivered: {
		StatusReleased:        "inspection over, or customer confirmed receipt",
		StatusRefundRequested: "customer asked for a refund during inspection",
		StatusRefunded:        "seller refund",
		StatusDisputed:        "customer disputed during inspection",
	},
	StatusRefundRequested: {
		StatusShipped:   "merchant went on with the sale",
		StatusDelivered: "delivery attested",
		StatusReleased:  "customer confirmed receipt after all",
		StatusRefunded:  "seller accepted, or late-delivery expiry",
		StatusDisputed:  "customer disputed",
	},
	StatusDisputed: {
		StatusResolved: "arbiter split the escrow",
		StatusRefunded: "seller refunded in full, or the arbiter's deadline passed (full refund by default)",
	},
}

// TransitionError is an illegal move. It wraps ErrIllegalTransition.
type TransitionError struct {
	From, To OrderStatus
	Reason   string // optional detail ("an escrow action is under way")
}

func (e *TransitionError) Error() string {
	s := fmt.Sprintf("order %s → %s", e.From, e.To)
	if e.Reason != "" {
		s += " (" + e.Reason + ")"
	}
	return s + ": " + ErrIllegalTransition.Error()
}

func (e *TransitionError) Unwrap() error { return ErrIllegalTransition }

// CanTransition reports whether from → to is a legal move, and otherwise a *TransitionError.
func CanTransition(from, to OrderStatus) error {
	if _, ok := transitions[from][to]; ok {
		return nil
	}
	return &TransitionError{From: from, To: to}
}

// transition moves the order, recording the step.
func (o *Order) transition(to OrderStatus, at time.Time, txHash string) error {
	if err := CanTransition(o.Status, to); err != nil {
		return err
	}
	o.Status = to
	o.UpdatedAt = at
	o.Steps = append(o.Steps, Step{Status: to, At: at, TxHash: txHash})
	return nil
}

// require checks that an escrow action leading to target may be requested now: the move must be
// legal and no other escrow action may be in flight.
func (o *Order) require(to OrderStatus) error {
	if err := CanTransition(o.Status, to); err != nil {
		return err
	}
	if o.Pending != "" {
		return &TransitionError{From: o.Status, To: to, Reason: "waiting for " + string(o.Pending) + " to confirm"}
	}
	return nil
}
