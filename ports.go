package souq

import (
	"context"
	"encoding/json"
	"math/big"
	"time"
)

// This file holds the outbound ports of the sale service: small interfaces the adapters in chain/,
// chain/stellar/ and store/ implement. Each holds only what the service calls.

// Clock tells the wall time: offer expiry and the service's own timestamps are read from it.
// Deadlines the escrow contract checks against block.timestamp are read from ChainClock.
type Clock interface {
	Now() time.Time
}

// ChainClock is the escrow chain's clock. Anything the contract checks against block.timestamp
// (delivery time, end of inspection, deliver-by) is attested and scheduled on it, never on the
// wall clock.
type ChainClock interface {
	// ChainNow returns the timestamp of the newest block: a transaction sent now is mined in a
	// block at least this late, so an attestation dated ChainNow is never in the chain's future.
	// On a chain souq seals itself (the embedded dev chain) it first seals a block when the
	// newest one lags the chain's clock, so time-based work never waits on a block that will
	// not come.
	ChainNow(ctx context.Context) (time.Time, error)
}

// Terms are the escrow contract's Terms of an order. The order id is keccak256(abi.encode(chainid,
// escrow, terms)), so the id commits to every term; the adapter computes it (Escrow.OrderID).
// Buyer is always the customer's custodial address: refunds land there, and souq can confirm
// receipt or dispute for the customer from chat. A payment link funds the same terms from any
// wallet (the escrow lets anyone fund).
type Terms struct {
	Seller string // the merchant's custodial seller wallet: its key signs refunds from chat
	// Payee receives the seller's share in the release (or resolution) itself: the merchant's
	// payout address. Empty only in orders from before payees (their share was forwarded by Payout).
	Payee            string
	Buyer            string   // customer custodial address
	Token            string   // ERC-20 address, "" for ETH
	Amount           *big.Int // minor units
	Attester         string   // signer of the Delivery attestation
	DeliverBy        time.Time
	InspectionPeriod time.Duration
	OfferHash        [32]byte
}

// Attestation is an EIP-712 Delivery(orderId, proofHash, deliveredAt) signed by the order's attester.
type Attestation struct {
	ProofHash   [32]byte
	DeliveredAt time.Time
	Signature   []byte
}

// Escrow is the escrow contract as the outbox worker drives it. Every call carries an idempotency
// key: the adapter records the transaction intent under that key before sending anything, and a
// second call with the same key does not send again (it returns nil). A nil error means "durably
// accepted"; the outcome arrives later through Service.OnIntentResult and Service.OnChainEvent.
type Escrow interface {
	// OrderID computes the on-chain id of the terms (pure: no network).
	OrderID(t Terms) (OrderID, error)
	// PayURL is the payment page / EIP-681 link that funds the terms from the customer's own wallet.
	PayURL(id OrderID, t Terms) string
	// TxURL is the block-explorer link of a transaction.
	TxURL(txHash string) string

	Fund(ctx context.Context, key string, t Terms) error // from the buyer's custodial wallet
	Deliver(ctx context.Context, key string, t Terms, a Attestation) error
	ConfirmReceipt(ctx context.Context, key string, t Terms) error // as the (custodial) buyer
	Release(ctx context.Context, key string, t Terms) error
	Refund(ctx context.Context, key string, t Terms) error // as the seller (operator-held role)
	RefundExpired(ctx context.Context, key string, t Terms) error
	// RefundExpiredDispute refunds the buyer in full once a dispute's arbiter deadline has passed
	// (anyone may; the operator sends it).
	RefundExpiredDispute(ctx context.Context, key string, t Terms) error
	Dispute(ctx context.Context, key string, t Terms, reasonHash [32]byte) error // as the buyer
	Resolve(ctx context.Context, key string, t Terms, buyerAmount *big.Int) error
	// Payout forwards what the escrow paid the seller (the merchant's custodial wallet, t.Seller)
	// to the merchant's payout address, in t.Token (ETH when empty). Only for orders without a
	// Payee (from before payees); with one, the escrow pays the payee directly.
	Payout(ctx context.Context, key string, t Terms, to string, amount *big.Int) error
}

// Attester signs delivery attestations for orders (the courier key, or the operator's attester).
type Attester interface {
	Address() string
	SignDelivery(ctx context.Context, id OrderID, proofHash [32]byte, deliveredAt time.Time) ([]byte, error)
}

// Anchorer takes journal events in sequence order (Seq from 0), exactly as recorded, into the
// transparency log whose checkpoints are anchored on-chain. Append takes a batch of consecutive
// events all or nothing, in one commit of its own; it must be idempotent per Event.Seq: after a
// crash the service hands over again the events after the last acknowledged one.
type Anchorer interface {
	Append(ctx context.Context, evs []Event) error
}

// Loyalty is the customer's points ledger (Stellar). Customer and merchant are opaque commitments
// (never phone numbers): the adapter derives accounts from them.
type Loyalty interface {
	// Earn credits the points the rule gives for a released order; idempotent per key (one earn per
	// order), returning the points earned and the ledger transaction's link.
	Earn(ctx context.Context, key string, e Earning) (Earned, error)
	Balance(ctx context.Context, customer, merchant string) (int64, error)
	// Redeem burns points; idempotent per key.
	Redeem(ctx context.Context, key string, customer, merchant string, points int64) error
}

// Earned is the outcome of an Earn: the points, and a link to the ledger transaction that paid
// them (a Stellar explorer's page, or the sandbox's Horizon resource; "" when none, such as zero
// points).
type Earned struct {
	Points int64
	TxURL  string
}

// Earning is one released order's claim to points.
type Earning struct {
	Order    OrderID
	Customer string // commitment
	Merchant string // commitment
	Amount   Money  // what the customer paid (after discount)
	Rule     LoyaltyRule
}

// Wallets knows customers' custodial addresses and validates payout addresses.
type Wallets interface {
	// CustodialAddress returns the customer's HD-derived address (stable per customer commitment).
	CustodialAddress(ctx context.Context, customer string) (string, error)
	// ValidatePayout returns the canonical form of a payout address, or an error wrapping
	// ErrInvalidAddress.
	ValidatePayout(addr string) (string, error)
}

// Catalog prices WhatsApp catalog items from the merchant's own catalog (optional).
type Catalog interface {
	// Lookup returns the merchant owning the catalog and the item's name and unit price.
	Lookup(ctx context.Context, catalogID, retailerID string) (merchant WaID, name string, price Money, err error)
}

// IntentKind names a piece of outbound work.
type IntentKind string

// Intent kinds. Escrow kinds are carried out by the Escrow port; loyalty kinds by Loyalty; notify
// by the Notifier.
const (
	IntentFund          IntentKind = "escrow.fund"
	IntentDeliver       IntentKind = "escrow.deliver"
	IntentConfirm       IntentKind = "escrow.confirm"
	IntentRelease       IntentKind = "escrow.release"
	IntentRefund        IntentKind = "escrow.refund"
	IntentRefundExpired IntentKind = "escrow.refund_expired"
	// IntentRefundExpiredDispute applies a dispute's default outcome (full refund) after the
	// arbiter's deadline.
	IntentRefundExpiredDispute IntentKind = "escrow.refund_expired_dispute"
	IntentDispute              IntentKind = "escrow.dispute"
	IntentResolve              IntentKind = "escrow.resolve"
	IntentPayout               IntentKind = "escrow.payout" // seller wallet → merchant's payout address
	IntentEarn                 IntentKind = "loyalty.earn"
	IntentRedeem               IntentKind = "loyalty.redeem"
	IntentNotify               IntentKind = "notify"
	// IntentWithdraw sends from a customer's custodial wallet to their own address (Funds).
	IntentWithdraw IntentKind = "wallet.withdraw"
)

// IsEscrow reports whether the kind is an escrow transaction.
func (k IntentKind) IsEscrow() bool { return len(k) > 7 && k[:7] == "escrow." }

// IsChain reports whether the kind is a chain transaction whose outcome arrives later through
// Service.OnIntentResult (escrow acts and withdrawals).
func (k IntentKind) IsChain() bool { return k.IsEscrow() || k == IntentWithdraw }

// IntentStatus is where an outbox entry stands.
type IntentStatus string

// Intent statuses.
const (
	IntentPending   IntentStatus = "pending"   // to do at NextAt (also: claimed, with a lease in NextAt)
	IntentSubmitted IntentStatus = "submitted" // escrow accepted it; waiting for OnIntentResult
	IntentDone      IntentStatus = "done"
	IntentFailed    IntentStatus = "failed" // terminally
)

// Intent is one durable piece of outbound work, recorded in the same transaction as the state
// change that asks for it.
type Intent struct {
	Key  string // the intent's key; the port is called with AttemptKey(Key, Attempt)
	Kind IntentKind
	// Attempt is the number of the attempt in flight: a new attempt (a new port key) follows
	// each refusal that may pass later (ClassRefusedNow) and each operator fix (ClassOperator).
	Attempt   int `json:",omitempty"`
	Order     OrderID
	Status    IntentStatus
	Attempts  int // port calls made, all attempts together
	NextAt    time.Time
	CreatedAt time.Time
	LastError string
	// Class is the failure class of the last error (empty after a success).
	Class FailureClass `json:",omitempty"`
	// Run is the service run holding the claim (NextAt is then its lease); "" when unclaimed.
	// Leases belong to a run: a new run voids every lease of older ones at once.
	Run string `json:",omitempty"`
	// Stuck says why the intent cannot proceed without help (see Service.Outbox); "" if not.
	Stuck      string    `json:",omitempty"`
	StuckSince time.Time `json:",omitzero"`
	TxHash     string
	Payload    json.RawMessage // kind-specific: see the intent payload types in service.go
}

// PortKey is the idempotency key of the attempt in flight.
func (in *Intent) PortKey() string { return AttemptKey(in.Key, in.Attempt) }

// Store is the service's durable state. Update runs fn in one serialised transaction: everything fn
// writes (state, processed message ids, outbox entries, journal events) commits together or not
// at all. fn may be retried and must not have side effects.
type Store interface {
	Update(ctx context.Context, fn func(Tx) error) error
	View(ctx context.Context, fn func(Tx) error) error
}

// Tx is one store transaction. Getters return an error wrapping ErrNotFound for a missing record.
type Tx interface {
	Order(id OrderID) (*Order, error)
	// PutOrder writes the order and keeps the per-user index and the set of active orders.
	PutOrder(o *Order) error
	// UserOrders lists orders the user takes part in (as customer, merchant or courier), newest
	// first, at most limit (all if limit <= 0).
	UserOrders(user WaID, limit int) ([]*Order, error)
	// ActiveOrders calls fn for every order not in a terminal status.
	ActiveOrders(fn func(*Order) error) error
	// EachUserOrder calls fn with the orders the user takes part in, newest first, until fn says
	// no more; with active, only orders not in a terminal status (read from an index: a user's
	// history is not walked).
	EachUserOrder(user WaID, active bool, fn func(*Order) (more bool, err error)) error
	// UserOrderByPrefix returns the newest of the user's orders whose id starts with prefix
	// (an index lookup), or an error wrapping ErrNotFound.
	UserOrderByPrefix(user WaID, prefix []byte) (*Order, error)
	// DueOrders lists the orders whose Deadline on clock is at or before until, earliest first, at
	// most limit; waiting reports whether any order has a deadline on that clock at all.
	DueOrders(clock DeadlineClock, until time.Time, limit int) (due []OrderID, waiting bool, err error)

	// PayoutTotals returns what the escrow has paid the merchant, one total per currency.
	PayoutTotals(merchant WaID) ([]PayoutTotal, error)
	PutPayoutTotals(merchant WaID, totals []PayoutTotal) error

	Customer(w WaID) (*Customer, error)
	PutCustomer(c *Customer) error
	Merchant(w WaID) (*Merchant, error)
	PutMerchant(m *Merchant) error
	// CourierMerchants returns the merchants naming the courier (an empty record if none).
	CourierMerchants(courier WaID) (*CourierRecord, error)
	PutCourierMerchants(r *CourierRecord) error

	// OpenVoucher returns the unused voucher of a customer with a merchant.
	OpenVoucher(customer, merchant WaID) (*Voucher, error)
	PutVoucher(v *Voucher) error

	// Processed returns the recorded result of an idempotency key (an inbound message id).
	Processed(key string) (result []byte, ok bool, err error)
	MarkProcessed(key string, result []byte) error

	// Enqueue adds an intent unless one with the same key exists (then it reports false).
	Enqueue(in *Intent) (bool, error)
	Intent(key string) (*Intent, error)
	PutIntent(in *Intent) error
	// DueIntents lists pending intents with NextAt <= now, earliest first; with kinds, only
	// intents of those kinds.
	DueIntents(now time.Time, limit int, kinds ...IntentKind) ([]*Intent, error)
	// OpenIntents calls fn for every intent not done nor failed (pending or submitted).
	OpenIntents(fn func(*Intent) error) error

	// Append seals e (Seq, PrevHash, Hash) as the journal's next event and stores it.
	Append(e *Event) error
	// Events lists journal events with Seq >= from, in order.
	Events(from uint64, limit int) ([]Event, error)
	Cursor(name string) (uint64, error)
	SetCursor(name string, v uint64) error

	Ticket(id string) (*TicketRecord, error)
	PutTicket(t *TicketRecord) error

	// WalletOwner returns the customer account (see Customer.Account) whose custodial wallet addr
	// is (any case of the hex); ErrNotFound for an address souq never handed out.
	WalletOwner(addr string) (WaID, error)
	// PutWalletOwner records that addr is the custodial wallet of account.
	PutWalletOwner(addr string, account WaID) error
	// WalletOwners calls fn for every recorded custodial wallet (addr in lower-case hex).
	WalletOwners(fn func(addr string, account WaID) error) error
}

// TicketRecord is an escalation to a human agent.
type TicketRecord struct {
	ID       string
	User     WaID
	Reason   string
	OpenedAt time.Time
	ClosedAt time.Time
}

// ChainEventKind is an escrow contract event.
type ChainEventKind string

// Escrow events.
const (
	ChainFunded    ChainEventKind = "funded"
	ChainDelivered ChainEventKind = "delivered"
	ChainReleased  ChainEventKind = "released"
	ChainRefunded  ChainEventKind = "refunded"
	ChainDisputed  ChainEventKind = "disputed"
	ChainResolved  ChainEventKind = "resolved"
)

// ChainEvent is a confirmed escrow event, as the chain watcher decoded it. Only the fields of the
// kind are set.
type ChainEvent struct {
	Kind     ChainEventKind
	Order    OrderID
	TxHash   string
	LogIndex uint

	Amount       *big.Int // funded: amount; refunded: amount; resolved: buyerAmount; released: seller amount
	SellerAmount *big.Int // resolved
	Fee          *big.Int // released, resolved
	Funder       string   // funded: who paid (the custodial wallet or the customer's own)
	ProofHash    [32]byte // delivered
	DeliveredAt  time.Time
	ReleasableAt time.Time // delivered
	ByBuyer      bool      // released by confirmReceipt
	Late         bool      // refunded by refundExpired
	// DisputeExpired: refunded by refundExpiredDispute (the arbiter did not decide in time).
	DisputeExpired bool
	// DecideBy (disputed): the arbiter's deadline on the chain's clock; after it the dispute ends
	// in a full refund to the buyer.
	DecideBy time.Time
}

// IntentResult is the final outcome of an escrow intent, reported by the transaction sender.
// Key is the attempt key the port was called with (see AttemptKey).
type IntentResult struct {
	Key    string
	OK     bool
	TxHash string
	Reason string // when !OK: the decoded revert or why it was abandoned
	// Class of a failure (when !OK): ClassRefusedNow is re-checked and sent again as a new
	// attempt; ClassRefused fails the intent; ClassOperator leaves it stuck and visible.
	// Empty means ClassRefused (a revert the adapter could not classify).
	Class FailureClass
	// Shortfall is set when the transaction failed for lack of funds.
	Shortfall *ShortfallError
}
