package stellar

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/stellar/go-stellar-sdk/amount"
	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	"github.com/stellar/go-stellar-sdk/keypair"
	"github.com/stellar/go-stellar-sdk/protocols/horizon/operations"
)

// EarnRequest asks for the points a completed order earns.
type EarnRequest struct {
	MerchantID string
	CustomerID string // souq's customer id; never reaches the ledger
	OrderID    string
	EventHash  [32]byte // hash of the journal event that completed the order; becomes the memo
	Amount     *big.Int // order total in the sale currency's minor units
}

// Receipt is the outcome of an earn.
type Receipt struct {
	MerchantID string
	CustomerID string
	OrderID    string
	Account    string // the customer's custodial Stellar account
	Points     int64  // points issued for this order (0: nothing to issue)
	Stamps     int64  // stamp rules: stamps collected toward the next reward after this order
	State      string // "confirmed", "none" (no points to issue) or "pending"
	TxHash     string
	OpIndex    int    // the payment's index in the transaction
	Memo       string // hex of the transaction's hash memo (see batchMemo)
	Ledger     int32
	TxURL      string
	AccountURL string
}

// Earn issues the points an order earns by its merchant's rule, idempotently per (merchant,
// order): the first call records the intent (and the stamp), later calls with the same order
// return the same receipt and never issue twice, across restarts. It waits until the points are in
// a closed ledger or ctx ends; on ctx's end the intent stays queued and a later call returns its
// outcome.
func (s *Service) Earn(ctx context.Context, req EarnRequest) (Receipt, error) {
	rs, err := s.EarnMany(ctx, []EarnRequest{req})
	if len(rs) == 0 {
		return Receipt{}, err
	}
	return rs[0], err
}

// EarnMany is Earn for several orders at once (an outbox worker draining its queue): the intents
// are recorded in one store transaction and share batches. It returns a receipt per request, in
// order, and the first error.
func (s *Service) EarnMany(ctx context.Context, reqs []EarnRequest) ([]Receipt, error) {
	progs := map[string]Program{}
	keys := make([]string, len(reqs))
	for i, req := range reqs {
		if !idPattern.MatchString(req.CustomerID) || !idPattern.MatchString(req.OrderID) {
			return nil, fmt.Errorf("%w: customer and order ids", ErrInvalidRequest)
		}
		if req.EventHash == ([32]byte{}) {
			return nil, fmt.Errorf("%w: event hash is required", ErrInvalidRequest)
		}
		if req.Amount == nil || req.Amount.Sign() < 0 {
			return nil, fmt.Errorf("%w: order amount must be >= 0", ErrInvalidRequest)
		}
		if _, ok := progs[req.MerchantID]; !ok {
			p, err := s.Program(ctx, req.MerchantID)
			if err != nil {
				return nil, err
			}
			progs[req.MerchantID] = p
		}
		keys[i] = intentKey(kindEarn, req.MerchantID, req.OrderID)
	}
	err := s.update(ctx, func(tx storeTx) error {
		for i, req := range reqs {
			if err := s.recordEarn(tx, progs[req.MerchantID], req, keys[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stellar earn: %w", err)
	}
	s.poke()
	out := make([]Receipt, 0, len(reqs))
	var first error
	for _, key := range keys {
		in, err := s.await(ctx, key)
		if in == nil {
			return out, err
		}
		out = append(out, s.receipt(in))
		if err != nil && first == nil {
			first = err
		}
	}
	return out, first
}

// recordEarn stores an order's earn intent, or checks a repeated request against it.
func (s *Service) recordEarn(tx storeTx, p Program, req EarnRequest, key string) error {
	commit := hashHex(req.EventHash)
	in, err := getIntent(tx, key)
	if err != nil {
		return err
	}
	if in != nil {
		if in.CustomerID != req.CustomerID || in.Commit != commit || in.Amount != req.Amount.String() {
			return fmt.Errorf("order %s: %w", req.OrderID, ErrIdempotencyConflict)
		}
		return nil
	}
	stampKey := req.MerchantID + "/" + req.CustomerID
	var stamps int64
	if v := tx.Get("stamps", stampKey); v != nil {
		if stamps, err = decodeCounter("stamps", v); err != nil {
			return err
		}
	}
	points, newStamps, err := p.Rule.earn(req.Amount, stamps)
	if err != nil {
		return err
	}
	if p.Rule.Kind == Stamps {
		if err := tx.Put("stamps", stampKey, encodeCounter(newStamps)); err != nil {
			return err
		}
	}
	in = &intent{Kind: kindEarn, Key: key, MerchantID: req.MerchantID, CustomerID: req.CustomerID, Ref: req.OrderID,
		Commit: commit, Amount: req.Amount.String(), Points: points, Stamps: newStamps}
	if points == 0 {
		in.State = stateNone
	}
	return enqueue(tx, in)
}

func (s *Service) receipt(in *intent) Receipt {
	r := Receipt{MerchantID: in.MerchantID, CustomerID: in.CustomerID, OrderID: in.Ref, Account: s.CustomerAccount(in.CustomerID),
		Points: in.Points, Stamps: in.Stamps, State: in.State, TxHash: in.TxHash, OpIndex: in.OpIndex, Memo: in.Memo, Ledger: in.Ledger}
	if r.State != stateConfirmed && r.State != stateNone {
		r.State = "pending"
	}
	if in.TxHash != "" {
		r.TxURL = s.explorer.Tx(in.TxHash)
	}
	r.AccountURL = s.explorer.Account(r.Account)
	return r
}

// await waits until the intent is terminal or ctx ends, and returns it with its failure (a
// *FailedError) or ctx's error wrapped with ErrPending.
func (s *Service) await(ctx context.Context, key string) (*intent, error) {
	for {
		ch := s.changedCh()
		var in *intent
		err := s.view(context.WithoutCancel(ctx), func(tx storeTx) error {
			var err error
			in, err = getIntent(tx, key)
			return err
		})
		if err != nil {
			return nil, err
		}
		if in == nil {
			return nil, fmt.Errorf("intent %s vanished", key)
		}
		if in.State == stateFailed {
			return in, &FailedError{Key: key, Reason: reasonError(in.Reason), Codes: in.Codes}
		}
		if in.terminal() {
			return in, nil
		}
		select {
		case <-ctx.Done():
			return in, fmt.Errorf("%w: %w", ErrPending, ctx.Err())
		case <-ch:
		case <-time.After(s.cfg.PollInterval):
		}
	}
}

func reasonError(r string) error {
	for _, e := range []error{ErrNoTrustline, ErrUnderfunded, ErrNotAuthorized, ErrLowReserve} {
		if e.Error() == r {
			return e
		}
	}
	return ErrRejected
}

// Balance is a customer's points with one merchant.
type Balance struct {
	Account   string
	OnLedger  int64 // whole points in the custodial account's trustline
	Reserved  int64 // held by redemptions and exports in flight
	Pending   int64 // earned, not yet in a closed ledger
	Available int64 // OnLedger - Reserved: what "redeem N" may use
}

// Balance reads the customer's balance from Horizon and the intents in flight from the store.
func (s *Service) Balance(ctx context.Context, merchantID, customerID string) (Balance, error) {
	p, err := s.Program(ctx, merchantID)
	if err != nil {
		return Balance{}, err
	}
	b := Balance{Account: s.CustomerAccount(customerID)}
	acct, err := s.account(b.Account)
	if err != nil && !horizonclient.IsNotFoundError(err) {
		return b, fmt.Errorf("stellar balance: %w", err)
	}
	if err == nil {
		st, perr := amount.ParseInt64(acct.GetCreditBalance(p.AssetCode, p.Issuer))
		if perr != nil {
			return b, fmt.Errorf("stellar balance: %w", perr)
		}
		b.OnLedger = st / StroopsPerPoint
	}
	err = s.view(ctx, func(tx storeTx) error {
		return tx.ForEach("bycust", merchantID+"/"+customerID+"/", func(k string, _ []byte) error {
			in, err := getIntent(tx, k[len(merchantID+"/"+customerID+"/"):])
			if err != nil || in == nil || in.terminal() {
				return err
			}
			if in.Kind == kindEarn {
				b.Pending += in.Points
			} else {
				b.Reserved += in.Points
			}
			return nil
		})
	})
	b.Available = max(b.OnLedger-b.Reserved, 0)
	return b, err
}

// RedeemRequest asks to turn points into a discount on the next order with the merchant.
type RedeemRequest struct {
	MerchantID string
	CustomerID string
	Key        string // idempotency key, e.g. the chat message id of "redeem 5"
	Points     int64  // use ParsePoints on user input
}

// Voucher is a discount produced by a redemption, applied by the sale flow to the customer's next
// order with that merchant.
type Voucher struct {
	ID          string
	MerchantID  string
	CustomerID  string
	Key         string
	Points      int64
	Discount    *big.Int // minor units of Currency
	Currency    string
	TxHash      string
	TxURL       string
	CreatedAt   time.Time
	UsedOrderID string
	UsedAt      time.Time
}

// Redeem burns (or claws back) N points and returns the voucher, idempotently per key. More than
// the available balance is ErrInsufficientPoints and zero, negative or too many is ErrInvalidAmount,
// with nothing changed.
func (s *Service) Redeem(ctx context.Context, req RedeemRequest) (Voucher, error) {
	key, err := s.reserve(ctx, kindRedeem, req.MerchantID, req.CustomerID, req.Key, req.Points, "")
	if err != nil {
		return Voucher{}, err
	}
	in, err := s.await(ctx, key)
	if err != nil {
		return Voucher{}, err
	}
	return s.voucher(ctx, in.VoucherID)
}

// ExportRequest asks to move points to the customer's own Stellar account.
type ExportRequest struct {
	MerchantID  string
	CustomerID  string
	Key         string
	Destination string // G... address
	Points      int64
}

// ExportReceipt is the outcome of an export.
type ExportReceipt struct {
	BalanceID string // the claimable balance the destination claims (after adding the trustline)
	TxHash    string
	TxURL     string
	Points    int64
}

// Export sends points from the custodial account to the customer's own address as a claimable
// balance, so it works before they add the trustline; the reserve is sponsored by the operator.
// The custodial account may reclaim it after 30 days if it is never claimed.
func (s *Service) Export(ctx context.Context, req ExportRequest) (ExportReceipt, error) {
	if _, err := keypair.ParseAddress(req.Destination); err != nil || !strings.HasPrefix(req.Destination, "G") || req.Destination == s.CustomerAccount(req.CustomerID) {
		return ExportReceipt{}, fmt.Errorf("%q: %w", req.Destination, ErrInvalidDestination)
	}
	key, err := s.reserve(ctx, kindExport, req.MerchantID, req.CustomerID, req.Key, req.Points, req.Destination)
	if err != nil {
		return ExportReceipt{}, err
	}
	in, err := s.await(ctx, key)
	if err != nil {
		return ExportReceipt{}, err
	}
	return ExportReceipt{BalanceID: in.BalanceID, TxHash: in.TxHash, TxURL: s.explorer.Tx(in.TxHash), Points: in.Points}, nil
}

// reserve validates a redemption or export against the available balance and queues it.
func (s *Service) reserve(ctx context.Context, kind, merchantID, customerID, ref string, points int64, dest string) (string, error) {
	if points <= 0 || points > MaxPoints {
		return "", fmt.Errorf("%d: %w", points, ErrInvalidAmount)
	}
	if !idPattern.MatchString(customerID) || !idPattern.MatchString(ref) {
		return "", fmt.Errorf("%w: customer id and key", ErrInvalidRequest)
	}
	if _, err := s.Program(ctx, merchantID); err != nil {
		return "", err
	}
	key := intentKey(kind, merchantID, ref)
	s.redeemMu.Lock()
	defer s.redeemMu.Unlock()
	var existing *intent
	if err := s.view(ctx, func(tx storeTx) error {
		var err error
		existing, err = getIntent(tx, key)
		return err
	}); err != nil {
		return "", err
	}
	if existing != nil {
		if existing.CustomerID != customerID || existing.Points != points || existing.Dest != dest {
			return "", fmt.Errorf("%s: %w", ref, ErrIdempotencyConflict)
		}
		return key, nil
	}
	bal, err := s.Balance(ctx, merchantID, customerID)
	if err != nil {
		return "", err
	}
	if points > bal.Available {
		return "", fmt.Errorf("%d points requested, %d available: %w", points, bal.Available, ErrInsufficientPoints)
	}
	commit := sha256.Sum256([]byte("souq/stellar/" + kind + "/v1\x00" + merchantID + "\x00" + ref + "\x00" + fmt.Sprint(points) + "\x00" + dest))
	in := &intent{Kind: kind, Key: key, MerchantID: merchantID, CustomerID: customerID, Ref: ref, Commit: hashHex(commit), Points: points, Dest: dest}
	if err := s.update(ctx, func(tx storeTx) error { return enqueue(tx, in) }); err != nil {
		return "", fmt.Errorf("stellar %s: %w", kind, err)
	}
	s.poke()
	return key, nil
}

func newVoucher(in *intent, p Program, e Explorer) Voucher {
	h := sha256.Sum256([]byte(in.Key))
	d := new(big.Int).Mul(big.NewInt(in.Points), p.PointValue)
	return Voucher{ID: "v" + hex.EncodeToString(h[:8]), MerchantID: in.MerchantID, CustomerID: in.CustomerID, Key: in.Ref,
		Points: in.Points, Discount: d, Currency: p.Currency, TxHash: in.TxHash, TxURL: e.Tx(in.TxHash), CreatedAt: time.Now().UTC()}
}

func putVoucher(tx storeTx, v Voucher) error {
	data, err := encodeVoucher(v)
	if err != nil {
		return err
	}
	if err := tx.Put("vouchers", v.ID, data); err != nil {
		return err
	}
	if v.UsedOrderID == "" {
		return tx.Put("open_vouchers", v.MerchantID+"/"+v.CustomerID+"/"+v.ID, nil)
	}
	return tx.Delete("open_vouchers", v.MerchantID+"/"+v.CustomerID+"/"+v.ID)
}

func (s *Service) voucher(ctx context.Context, id string) (Voucher, error) {
	var v Voucher
	err := s.view(ctx, func(tx storeTx) error {
		data := tx.Get("vouchers", id)
		if data == nil {
			return fmt.Errorf("%s: %w", id, ErrUnknownVoucher)
		}
		var err error
		v, err = decodeVoucher(data)
		return err
	})
	return v, err
}

// Vouchers lists the customer's unused vouchers with the merchant, oldest first.
func (s *Service) Vouchers(ctx context.Context, merchantID, customerID string) ([]Voucher, error) {
	var out []Voucher
	err := s.view(ctx, func(tx storeTx) error {
		return tx.ForEach("open_vouchers", merchantID+"/"+customerID+"/", func(k string, _ []byte) error {
			v, err := decodeVoucher(tx.Get("vouchers", k[strings.LastIndexByte(k, '/')+1:]))
			if err != nil {
				return err
			}
			out = append(out, v)
			return nil
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].CreatedAt.Before(out[j].CreatedAt) })
	return out, err
}

// UseVoucher marks a voucher as applied to an order, idempotently for the same order; applying it
// to a different order is ErrVoucherUsed.
func (s *Service) UseVoucher(ctx context.Context, voucherID, orderID string) (Voucher, error) {
	var v Voucher
	err := s.update(ctx, func(tx storeTx) error {
		data := tx.Get("vouchers", voucherID)
		if data == nil {
			return fmt.Errorf("%s: %w", voucherID, ErrUnknownVoucher)
		}
		var err error
		if v, err = decodeVoucher(data); err != nil {
			return err
		}
		switch v.UsedOrderID {
		case orderID:
			return nil
		case "":
			v.UsedOrderID, v.UsedAt = orderID, time.Now().UTC()
			return putVoucher(tx, v)
		}
		return fmt.Errorf("voucher %s used on order %s: %w", voucherID, v.UsedOrderID, ErrVoucherUsed)
	})
	return v, err
}

// Entry is one line of a customer's points history.
type Entry struct {
	At     time.Time
	Kind   string // "earned", "redeemed", "exported"
	Points int64
	TxHash string
	TxURL  string
}

// History lists the customer's movements of the merchant's points from Horizon, newest first.
func (s *Service) History(ctx context.Context, merchantID, customerID string, limit int) ([]Entry, error) {
	p, err := s.Program(ctx, merchantID)
	if err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	addr := s.CustomerAccount(customerID)
	page, err := s.hc.Operations(horizonclient.OperationRequest{ForAccount: addr, Order: horizonclient.OrderDesc, Limit: 200})
	if err != nil {
		if horizonclient.IsNotFoundError(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("stellar history: %w", err)
	}
	var out []Entry
	points := func(a string) int64 { v, _ := amount.ParseInt64(a); return v / StroopsPerPoint }
	ours := func(code, issuer string) bool { return code == p.AssetCode && issuer == p.Issuer }
	for _, rec := range page.Embedded.Records {
		var e Entry
		switch op := rec.(type) {
		case operations.Payment:
			if !ours(op.Code, op.Issuer) {
				continue
			}
			if op.To == addr {
				e = Entry{Kind: "earned", Points: points(op.Amount)}
			} else if op.From == addr {
				e = Entry{Kind: "redeemed", Points: points(op.Amount)}
			}
		case operations.Clawback:
			if !ours(op.Code, op.Issuer) || op.From != addr {
				continue
			}
			e = Entry{Kind: "redeemed", Points: points(op.Amount)}
		case operations.CreateClaimableBalance:
			if op.Asset != p.AssetCode+":"+p.Issuer || op.SourceAccount != addr {
				continue
			}
			e = Entry{Kind: "exported", Points: points(op.Amount)}
		default:
			continue
		}
		if e.Kind == "" {
			continue
		}
		b := rec.GetBase()
		e.At, e.TxHash, e.TxURL = b.LedgerCloseTime, b.TransactionHash, s.explorer.Tx(b.TransactionHash)
		out = append(out, e)
		if len(out) == limit {
			break
		}
	}
	return out, nil
}
