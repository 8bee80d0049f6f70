package souq

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// This file holds the ports between the conversation (bot/) and the sale service: what a chat
// user can ask for (Sales), and what the service pushes back to a chat user (Notifier). The bot
// decides nothing about money or order state; it turns messages into these requests and their
// results (or errors) into replies in the user's language.

// WaID identifies a chat user: their WhatsApp id, the E.164 number without '+' (digits only).
// Phone numbers are personal data: log a Masker's tag (mask.go), never the WaID itself.
type WaID string

// ErrInvalidWaID is returned for a phone number that is not 8 to 15 digits once '+', spaces,
// dashes, dots and brackets are removed.
var ErrInvalidWaID = errors.New("phone number must be 8 to 15 digits with country code")

// ParseWaID normalises "+55 (11) 99999-8888" to "5511999998888". A leading "00" international
// prefix is dropped too.
func ParseWaID(s string) (WaID, error) {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && b.Len() == 0, r == ' ', r == '-', r == '.', r == '(', r == ')':
		default:
			return "", fmt.Errorf("%q: %w", s, ErrInvalidWaID)
		}
	}
	d := strings.TrimPrefix(b.String(), "00")
	if len(d) < 8 || len(d) > 15 || d[0] == '0' {
		return "", fmt.Errorf("%q: %w", s, ErrInvalidWaID)
	}
	return WaID(d), nil
}

// Display is how a merchant without a name is shown to its customers: the country code's first
// digits and the last four, the rest hidden ("+55…7777"). Logs use a Masker's tag instead.
func (w WaID) Display() string {
	p := string(w)
	if len(p) < 8 {
		return "+" + p
	}
	return "+" + p[:2] + "…" + p[len(p)-4:]
}

// OrderRef is how a chat user names an order: the full 0x-hex id (from a button) or the 8 hex
// digits shown in chat. The service resolves it among the orders the user takes part in only, so
// a guessed prefix of someone else's order is ErrNotFound.
type OrderRef string

// ErrInvalidOrderRef is returned for a reference that is neither 8 nor 64 hex digits.
var ErrInvalidOrderRef = errors.New("order reference must be 8 hex digits (as shown in chat) or a full order id")

// ParseOrderRef validates and lower-cases an order reference.
func ParseOrderRef(s string) (OrderRef, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "#"), "0x")
	if len(s) != 8 && len(s) != 64 {
		return "", fmt.Errorf("%q: %w", s, ErrInvalidOrderRef)
	}
	if _, err := hex.DecodeString(s); err != nil {
		return "", fmt.Errorf("%q: %w", s, ErrInvalidOrderRef)
	}
	return OrderRef(s), nil
}

// Ref returns the reference that names id (its full hex form).
func (id OrderID) Ref() OrderRef { return OrderRef(id.String()[2:]) }

// Matches reports whether the reference names id.
func (r OrderRef) Matches(id OrderID) bool {
	full := id.String()[2:]
	return string(r) == full || len(r) == 8 && strings.HasPrefix(full, string(r))
}

// Errors the service returns; the bot maps each to a reply (errors.Is), so wrap them with %w.
var (
	// ErrNotFound: no such order among the ones the user takes part in. Deliberately the same for
	// "does not exist" and "belongs to someone else", so nothing is revealed.
	ErrNotFound = errors.New("not found")
	// ErrNotOptedIn: the customer has not replied YES yet (or sent STOP), so no payment messages.
	ErrNotOptedIn = errors.New("customer has not opted in")
	// ErrForbidden: the user's role does not allow the action on this order (a customer marking
	// shipped, a merchant paying). Only for orders the user can already see.
	ErrForbidden = errors.New("not allowed")
	// ErrIllegalTransition: the order's state does not allow the action (paying a released order).
	ErrIllegalTransition = errors.New("not possible in the order's current state")
	// ErrNotMerchant: a merchant action from a number that has not registered.
	ErrNotMerchant = errors.New("not a registered merchant")
	// ErrInvalidAddress: a payout address that is not a valid account on the escrow chain.
	ErrInvalidAddress = errors.New("invalid payout address")
	// ErrAddressChecksum: a mixed-case address whose EIP-55 checksum is wrong (a typo); it wraps
	// ErrInvalidAddress.
	ErrAddressChecksum = fmt.Errorf("wrong EIP-55 checksum: %w", ErrInvalidAddress)
	// ErrInsufficientPoints: redeeming more points than the balance.
	ErrInsufficientPoints = errors.New("not enough points")
	// ErrInvalidRequest: a request the service rejects as malformed (empty items, self-sale…).
	ErrInvalidRequest = errors.New("invalid request")
	// ErrUnavailable: a temporary failure; the user may try again later.
	ErrUnavailable = errors.New("temporarily unavailable")
)

// Role is the part a user plays in an order.
type Role string

// Roles.
const (
	RoleCustomer Role = "customer"
	RoleMerchant Role = "merchant"
	RoleCourier  Role = "courier"
)

// OrderStatus is the state of an order as shown to chat users.
type OrderStatus string

// Order statuses, in the order a sale usually passes through them.
const (
	StatusOffered         OrderStatus = "offered"          // waiting for the customer to pay or decline
	StatusDeclined        OrderStatus = "declined"         // customer said no
	StatusPaying          OrderStatus = "paying"           // payment submitted, not yet confirmed on-chain
	StatusPaid            OrderStatus = "paid"             // funds in escrow
	StatusShipped         OrderStatus = "shipped"          // merchant marked shipped
	StatusDelivered       OrderStatus = "delivered"        // delivery proof attested; inspection window running
	StatusReleased        OrderStatus = "released"         // merchant paid
	StatusRefundRequested OrderStatus = "refund_requested" // customer asked; merchant or deadline decides
	StatusRefunded        OrderStatus = "refunded"         // customer paid back
	StatusDisputed        OrderStatus = "disputed"         // waiting for the arbiter
	StatusResolved        OrderStatus = "resolved"         // arbiter decided (see Resolution)
	StatusExpired         OrderStatus = "expired"          // offer not paid in time
)

// Actor is who is asking, and the inbound message that asked: MsgID is the idempotency key, so a
// message processed twice (a crash between the service call and the inbox cursor) acts once.
type Actor struct {
	User  WaID
	MsgID string
}

// Item is one line of an order.
type Item struct {
	Name       string
	RetailerID string // catalog SKU, when the order came from a WhatsApp catalog
	Quantity   int
}

// OrderView is an order as one of its participants may see it.
type OrderView struct {
	ID       OrderID
	Viewer   Role   // the asking user's role in this order
	Merchant string // the merchant's name (CleanText), or its number's Display without one
	Items    []Item // names cleaned (CleanText)
	Total    Money  // the price offered, before any discount
	Discount Money  // from redeemed points; zero Amount if none
	// Amount is what the customer is charged and the escrow holds: Total less Discount.
	Amount Money
	// Fee is the platform's fee on Amount at the rate in force when the offer was made; the seller
	// pays it out of Amount on release (the customer pays Amount, no more).
	Fee        Money
	Inspection time.Duration // how long the customer has after delivery to check and dispute
	Status     OrderStatus
	CreatedAt  time.Time
	Deadline   time.Time // delivery deadline; after it an unshipped order is refunded
	PayURL     string    // payment page / EIP-681 link, while Offered
	Courier    WaID      // the courier assigned (merchant's and courier's view only)
	Dispute    string    // reason, while Disputed
}

// OfferRequest is a merchant offering a sale to a customer in chat ("sell 2 coffee 30 USDC to +55…").
type OfferRequest struct {
	Actor
	Customer WaID
	Items    []Item
	Total    Money
	Deadline time.Duration // delivery deadline from payment; zero = the service default
}

// CatalogOrderRequest is a customer sending a cart from a merchant's WhatsApp catalog. Prices are
// the decimal strings WhatsApp sent; the service prices items from its own catalog and may use
// these only to detect a stale cart.
type CatalogOrderRequest struct {
	Actor
	CatalogID string
	Items     []CatalogItem
	Note      string
}

// CatalogItem is one cart line as WhatsApp sent it.
type CatalogItem struct {
	RetailerID string
	Quantity   int
	Price      string // decimal, as sent (e.g. "7.99")
	Currency   string // as sent (e.g. "USD")
}

// OfferResult says what happened to an offer.
type OfferResult struct {
	Order OrderView
	// AwaitingOptIn: the customer has not opted in; they were asked to, and will see the offer
	// once they reply YES.
	AwaitingOptIn bool
}

// PayMethod is how a payment is made.
type PayMethod string

// Payment methods.
const (
	PayCustodial PayMethod = "custodial" // from the customer's custodial wallet; nothing more to tap
	PayLink      PayMethod = "link"      // the customer opens URL and pays from their own wallet
)

// PayResult is the outcome of the Pay tap.
type PayResult struct {
	Order  OrderView
	Method PayMethod
	URL    string // for PayLink
}

// DisputeRequest opens a dispute.
type DisputeRequest struct {
	Actor
	Order  OrderRef
	Reason string
}

// EvidenceRequest attaches a photo (its sha256; the bytes stay in our store) to an open dispute.
type EvidenceRequest struct {
	Actor
	Order       OrderRef
	PhotoSHA256 [32]byte
	MediaID     string
}

// RefundResult distinguishes a customer's request from a merchant's refund.
type RefundResult struct {
	Order     OrderView
	Requested bool // true: customer asked, waiting for merchant/deadline; false: refund under way
}

// DisputeAnswer is the merchant's answer to a dispute: accept (refund) or a statement for the arbiter.
type DisputeAnswer struct {
	Actor
	Order     OrderRef
	Accept    bool
	Statement string
}

// Location is where a delivery photo was taken, as the courier's phone reported it. Coordinates
// stay decimal strings so the proof hashes exactly what was received.
type Location struct {
	Latitude, Longitude string
	Name, Address       string
}

// DeliveryProof is a courier's evidence for an order.
type DeliveryProof struct {
	Actor
	Order       OrderRef
	PhotoSHA256 [32]byte
	MediaID     string
	TakenAt     time.Time
	Location    *Location // optional
}

// LoyaltyRule is how a merchant's released orders earn points. Exactly one of the two forms, in
// one currency: only orders in Currency earn, and a voucher bought with the points applies only to
// an order in Currency (souq converts between currencies nowhere). See loyalty.go.
type LoyaltyRule struct {
	// Points per Spend: e.g. 1 point per 10 USDC (partial multiples round down). A point is worth
	// a tenth of Spend/Points, so Spend must be at least 10 × Points minor units.
	Points int64
	Spend  Money
	// Stamps: buy N, get one free (N > 0 selects this form).
	Stamps int
	// Currency the rule earns and redeems in; for points per spend, Spend's asset. Rules stored
	// before it existed are read with it filled in (Service.ruleOf).
	Currency Asset
}

// PointsBalance is a customer's loyalty balance (whole points; the loyalty asset has more decimals
// but souq only moves whole points).
type PointsBalance struct {
	Points    int64
	Pending   int64  // earned on orders not yet released
	Redeeming int64  // held by a redemption whose burn on the ledger is under way
	Currency  string // the symbol the merchant's points are earned and redeemed in
}

// RedeemResult is the discount a redemption bought, applied to the customer's next order.
type RedeemResult struct {
	Redeemed int64
	Balance  int64
	// Discount is what the voucher takes off the next order in its currency (Discount.Asset); a
	// zero Amount with Stamps means the whole order (down to the floor, see Voucher).
	Discount Money
	Stamps   bool
	// Burned is false while the burn on the loyalty ledger is under way (the answer to "redeem" is
	// given before it closes): the voucher applies once it is burned, and NoticePointsRedeemed or
	// NoticeRedeemFailed says how it ended.
	Burned  bool
	Voucher string // the voucher's id
}

// ReceiptLine is one recorded step of an order, with its on-chain evidence when there is some.
type ReceiptLine struct {
	Status OrderStatus
	At     time.Time
	TxURL  string // block-explorer link
}

// Receipt is an order with its history.
type Receipt struct {
	Order OrderView
	Lines []ReceiptLine
}

// Ticket is an escalation to a human agent.
type Ticket struct {
	ID string
}

// Sales is everything a chat user can ask of the sale service. One method per user action;
// context first; errors wrap the sentinels above. Implementations must be idempotent per
// Actor.MsgID.
type Sales interface {
	OptIn(ctx context.Context, a Actor) error
	OptOut(ctx context.Context, a Actor) error

	RegisterMerchant(ctx context.Context, a Actor, payout string) error
	// SetMerchantProfile sets the name customers see with each offer and, when MaxOrder is not nil,
	// the merchant's per-order limits (limits.go); it returns the profile as stored.
	SetMerchantProfile(ctx context.Context, a Actor, p MerchantProfile) (MerchantProfile, error)
	Offer(ctx context.Context, req OfferRequest) (OfferResult, error)
	CatalogOrder(ctx context.Context, req CatalogOrderRequest) (OfferResult, error)
	Decline(ctx context.Context, a Actor, o OrderRef) (OrderView, error)
	Pay(ctx context.Context, a Actor, o OrderRef) (PayResult, error)
	Status(ctx context.Context, a Actor, o OrderRef) (OrderView, error)
	// History lists the user's orders, newest first, at most limit.
	History(ctx context.Context, a Actor, limit int) ([]OrderView, error)
	Receipt(ctx context.Context, a Actor, o OrderRef) (Receipt, error)

	ConfirmReceipt(ctx context.Context, a Actor, o OrderRef) (OrderView, error)
	Dispute(ctx context.Context, req DisputeRequest) (OrderView, error)
	AddEvidence(ctx context.Context, req EvidenceRequest) error
	Refund(ctx context.Context, a Actor, o OrderRef) (RefundResult, error)
	AnswerDispute(ctx context.Context, req DisputeAnswer) (OrderView, error)
	MarkShipped(ctx context.Context, a Actor, o OrderRef) (OrderView, error)
	SubmitDelivery(ctx context.Context, p DeliveryProof) (OrderView, error)

	// AddCourier and RemoveCourier edit the merchant's couriers (courier.go) and return the list;
	// Couriers lists them. AssignCourier gives one of them an order to deliver.
	AddCourier(ctx context.Context, a Actor, courier WaID) ([]WaID, error)
	RemoveCourier(ctx context.Context, a Actor, courier WaID) ([]WaID, error)
	Couriers(ctx context.Context, a Actor) ([]WaID, error)
	AssignCourier(ctx context.Context, a Actor, o OrderRef, courier WaID) (OrderView, error)

	Points(ctx context.Context, a Actor) (PointsBalance, error)
	Redeem(ctx context.Context, a Actor, points int64) (RedeemResult, error)
	SetLoyaltyRule(ctx context.Context, a Actor, r LoyaltyRule) error

	// Escalate hands the chat to a human agent (the bot stays quiet in it until handed back).
	Escalate(ctx context.Context, a Actor, reason string) (Ticket, error)
	// ChangeNumber moves the user (orders, consent, wallet and points) to the number WhatsApp
	// says they changed to; idempotent per Actor.MsgID.
	ChangeNumber(ctx context.Context, a Actor, to WaID) error
	// MessageFailed reports that a message about order id never reached to (a failed status).
	MessageFailed(ctx context.Context, id OrderID, to WaID, code int, reason string) error
}

// NoticeKind is what happened, from the recipient's point of view.
type NoticeKind string

// Notice kinds.
const (
	NoticeOptInRequest     NoticeKind = "optin_request"     // a merchant wants to send you an offer
	NoticeOffer            NoticeKind = "offer"             // Order is an offer: Pay / Decline
	NoticePaymentConfirmed NoticeKind = "payment_confirmed" // to customer and merchant
	NoticePaymentFailed    NoticeKind = "payment_failed"
	NoticeDeclined         NoticeKind = "declined" // to the merchant
	NoticeShipped          NoticeKind = "shipped"
	NoticeDelivered        NoticeKind = "delivered"
	NoticeReleased         NoticeKind = "released"
	NoticeRefundRequested  NoticeKind = "refund_requested" // to the merchant
	NoticeRefunded         NoticeKind = "refunded"
	NoticeDisputeOpened    NoticeKind = "dispute_opened"
	NoticeDisputeResolved  NoticeKind = "dispute_resolved"
	NoticeDisputeExpired   NoticeKind = "dispute_expired" // the arbiter did not decide in time: Amount refunded in full
	NoticePointsEarned     NoticeKind = "points_earned"
	NoticeNoPoints         NoticeKind = "no_points"         // a released order in another currency than the points rule's: it earned none
	NoticePointsRedeemed   NoticeKind = "points_redeemed"   // the points of a redemption are burned: the voucher is ready
	NoticeRedeemFailed     NoticeKind = "redeem_failed"     // the burn failed for good: no voucher, the points stay
	NoticeHandBack         NoticeKind = "hand_back"         // the agent handed the chat back to the bot; Text: the ticket
	NoticeNumberChanged    NoticeKind = "number_changed"    // to the new number; Points: how many orders moved
	NoticeOfferUndelivered NoticeKind = "offer_undelivered" // to the merchant; Text: WhatsApp's reason, Points: its code
	NoticeCourierAssigned  NoticeKind = "courier_assigned"  // to the courier the merchant assigned the order to
)

// Notice kinds about outbound work that cannot go on as asked.
const (
	// NoticePaymentShortfall: the customer's wallet lacks Amount; once it is sent to Address the
	// payment goes through by itself (until Until).
	NoticePaymentShortfall NoticeKind = "payment_shortfall"
	// NoticePaymentWaiting: to the merchant, the customer's payment waits for funds (until Until).
	NoticePaymentWaiting NoticeKind = "payment_waiting"
	// NoticeDeliveryFailed: the escrow refused the delivery proof for good (Text: why).
	NoticeDeliveryFailed NoticeKind = "delivery_failed"
	// NoticeActionFailed: the escrow refused another step of the order for good (Text: why);
	// the operator is alerted (log, journal).
	NoticeActionFailed NoticeKind = "action_failed"
)

// Notice kinds about the customer's custodial wallet (no Order).
const (
	// NoticeDeposit: Amount arrived in the wallet (Address); Seller is the balance of the asset
	// after it; Text lists the short refs of the payments it resumed.
	NoticeDeposit NoticeKind = "deposit"
	// NoticeWithdrawn: Amount left the wallet for Address in TxHash (TxURL).
	NoticeWithdrawn NoticeKind = "withdrawn"
	// NoticeWithdrawFailed: the withdrawal of Amount to Address did not happen (Text: why).
	NoticeWithdrawFailed NoticeKind = "withdraw_failed"
)

// Notice is a typed message the service pushes to one user. The bot renders it in the recipient's
// language, with the buttons that fit (an offer gets Pay / Decline).
type Notice struct {
	To     WaID
	Kind   NoticeKind
	Order  *OrderView // for order notices, as the recipient sees it
	Points int64      // NoticePointsEarned: earned; others: 0
	Amount Money      // NoticeRefunded / NoticeDisputeResolved / NoticeDisputeExpired: the amount returned
	Seller Money      // NoticeDisputeResolved: the seller's share (after the fee)
	Text   string     // free text from a person: a dispute reason or an arbiter's note
	// Currency: NoticeNoPoints: the symbol the merchant's points are earned in.
	Currency string
	Key      string // idempotency key: the same notice twice is sent once
	// Address (NoticePaymentShortfall) is the customer's custodial wallet to top up; Until is
	// when the payment stops waiting for funds.
	Address string    `json:",omitempty"`
	Until   time.Time `json:",omitzero"`
	// Retry (NoticePaymentFailed): paying again can work (the offer still stands). The reply
	// never suggests trying again otherwise.
	Retry bool `json:",omitempty"`
	// TxHash and TxURL link the transaction a money notice reports (paid, released, refunded,
	// resolved, a wallet's withdrawal: an explorer's page, or souq's own transaction page where the
	// chain has no explorer; points earned: the Stellar ledger's).
	TxHash string `json:",omitempty"`
	TxURL  string `json:",omitempty"`
	// Network (NoticePaymentShortfall, NoticeDeposit) is where Address lives: the chain to send on.
	Network *Network `json:",omitempty"`
}

// Notifier pushes notices to chat users. The bot implements it; the service calls it after the
// state change it reports is durable.
type Notifier interface {
	Notify(ctx context.Context, n Notice) error
}

// IsZero reports whether the money is unset.
func (m Money) IsZero() bool { return m.Amount == nil || m.Amount.Sign() == 0 }

// Validate checks the shape of a loyalty rule: one form, a currency, and (points per spend) the
// same currency as the spend and a point worth at least one minor unit.
func (r LoyaltyRule) Validate() error {
	if strings.TrimSpace(r.Currency.Symbol) == "" {
		return fmt.Errorf("loyalty rule: name its currency: %w", ErrInvalidRequest)
	}
	switch {
	case r.Stamps > 0 && r.Points == 0 && r.Spend.IsZero():
		return nil
	case r.Stamps == 0 && r.Points > 0 && r.Spend.Amount != nil && r.Spend.Amount.Sign() > 0:
		if !sameAsset(r.Spend.Asset, r.Currency) {
			return fmt.Errorf("loyalty rule: spend in %s, rule in %s: %w", r.Spend.Asset.Symbol, r.Currency.Symbol, ErrInvalidRequest)
		}
		if r.Spend.Amount.Cmp(new(big.Int).Mul(big.NewInt(r.Points), big.NewInt(pointShare))) < 0 {
			return fmt.Errorf("loyalty rule: %d points per %s makes a point worth less than the smallest unit: %w", r.Points, r.Spend, ErrInvalidRequest)
		}
		return nil
	}
	return fmt.Errorf("loyalty rule: want points per spend or stamps: %w", ErrInvalidRequest)
}
