package souqtest

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

func terms() souq.Terms {
	return souq.Terms{Seller: "0x1111111111111111111111111111111111111111", Payee: "0x2222222222222222222222222222222222222222",
		Buyer: "0x3333333333333333333333333333333333333333", Attester: Attester{}.Address(), Amount: big.NewInt(5_000_000),
		DeliverBy: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), InspectionPeriod: 48 * time.Hour}
}

// The escrow fake answers as chain/escrow's Port in front of its sender does: the keys, the
// refusals and their classes.
func TestEscrowKeysAndRefusals(t *testing.T) {
	ctx := context.Background()
	noPayee := terms()
	noPayee.Payee = ""
	badBuyer := terms()
	badBuyer.Buyer = "0x12"
	zero := terms()
	zero.Amount = big.NewInt(0)
	tests := []struct {
		name    string
		do      func(e *Escrow) error
		want    error // nil: accepted
		class   souq.FailureClass
		applied int // transactions recorded
	}{
		{"first call", func(e *Escrow) error { return e.Fund(ctx, "k", terms()) }, nil, "", 1},
		{"same key, same call: nothing sent again", func(e *Escrow) error {
			_ = e.Fund(ctx, "k", terms())
			return e.Fund(ctx, "k", terms())
		}, nil, "", 1},
		{"next attempt key: a new transaction", func(e *Escrow) error {
			_ = e.Fund(ctx, "k", terms())
			return e.Fund(ctx, souq.AttemptKey("k", 1), terms())
		}, nil, "", 2},
		{"same key, another action: its own transaction", func(e *Escrow) error {
			_ = e.Fund(ctx, "k", terms())
			return e.Release(ctx, "k", terms())
		}, nil, "", 2},
		{"same key, other data: refused", func(e *Escrow) error {
			_ = e.Resolve(ctx, "k", terms(), big.NewInt(1))
			return e.Resolve(ctx, "k", terms(), big.NewInt(2))
		}, ErrKeyConflict, souq.ClassRefused, 1},
		{"no payee", func(e *Escrow) error { return e.Fund(ctx, "k", noPayee) }, souq.ErrInvalidRequest, souq.ClassRefused, 0},
		{"buyer not an address", func(e *Escrow) error { return e.Fund(ctx, "k", badBuyer) }, souq.ErrInvalidRequest, souq.ClassRefused, 0},
		{"zero amount", func(e *Escrow) error { return e.Fund(ctx, "k", zero) }, souq.ErrInvalidRequest, souq.ClassRefused, 0},
		{"payout to a non-address", func(e *Escrow) error { return e.Payout(ctx, "k", terms(), "bank", big.NewInt(1)) }, souq.ErrInvalidRequest, souq.ClassRefused, 0},
		{"custodial buyer short of funds", func(e *Escrow) error {
			e.SetBalance(terms().Buyer, big.NewInt(1))
			return e.Fund(ctx, "k", terms())
		}, souq.ErrRefusedNow, souq.ClassRefusedNow, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &Escrow{}
			err := tt.do(e)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if err != nil && souq.Classify(err) != tt.class {
				t.Fatalf("class %s, want %s (%v)", souq.Classify(err), tt.class, err)
			}
			if n := len(e.Calls()); n != tt.applied {
				t.Fatalf("%d transactions recorded, want %d", n, tt.applied)
			}
		})
	}
}

// The loyalty fake answers as chain/stellar's Loyalty does.
func TestLoyaltyKeysAndRefusals(t *testing.T) {
	ctx := context.Background()
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	rule := souq.LoyaltyRule{Points: 1, Spend: souq.Money{Asset: usdc, Amount: big.NewInt(10_000_000)}, Currency: usdc}
	earn := souq.Earning{Customer: "c", Merchant: "m", Amount: souq.Money{Asset: usdc, Amount: big.NewInt(30_000_000)}, Rule: rule}
	l := NewLoyalty()
	for range 2 { // one earning per key
		if p, err := l.Earn(ctx, "earn/1", earn); err != nil || p.Points != 3 || p.TxURL != LedgerTx("earn/1") {
			t.Fatalf("earn = %+v %v", p, err)
		}
	}
	if l.Points("c", "m") != 3 {
		t.Fatalf("balance %d after a repeated earning", l.Points("c", "m"))
	}
	eth := earn
	eth.Amount = souq.Money{Asset: souq.Asset{Symbol: "ETH", Decimals: 18}, Amount: big.NewInt(1)}
	if _, err := l.Earn(ctx, "earn/2", eth); souq.Classify(err) != souq.ClassRefused {
		t.Fatalf("earning in another currency: %v", err)
	}
	if err := l.Redeem(ctx, "r/1", "c", "m", 4); !errors.Is(err, souq.ErrInsufficientPoints) || souq.Classify(err) != souq.ClassRefused {
		t.Fatalf("burning more than the balance: %v", err)
	}
	l.RedeemUnderway(true)
	if err := l.Redeem(ctx, "r/2", "c", "m", 2); !errors.Is(err, souq.ErrRetryLater) || l.Points("c", "m") != 3 {
		t.Fatalf("a burn under way: %v, balance %d", err, l.Points("c", "m"))
	}
	l.RedeemUnderway(false)
	for range 2 { // one burn per key
		if err := l.Redeem(ctx, "r/2", "c", "m", 2); err != nil {
			t.Fatal(err)
		}
	}
	if l.Points("c", "m") != 1 {
		t.Fatalf("balance %d after a repeated burn", l.Points("c", "m"))
	}
}

// A Sale is the real service: an offer, paid from the custodial wallet, confirmed on the chain.
func TestSaleRunsTheRealService(t *testing.T) {
	s := New(t, Options{})
	ctx := context.Background()
	const merchant, customer = souq.WaID("5511900000001"), souq.WaID("5511900000002")
	if err := s.Service.RegisterMerchant(ctx, souq.Actor{User: merchant, MsgID: "1"}, "0x1111111111111111111111111111111111111111"); err != nil {
		t.Fatal(err)
	}
	if err := s.Service.OptIn(ctx, souq.Actor{User: customer, MsgID: "2"}); err != nil {
		t.Fatal(err)
	}
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6, Token: "0x2222222222222222222222222222222222222222"}
	res, err := s.Service.Offer(ctx, souq.OfferRequest{Actor: souq.Actor{User: merchant, MsgID: "3"}, Customer: customer,
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: souq.Money{Asset: usdc, Amount: big.NewInt(5_000_000)}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Service.Pay(ctx, souq.Actor{User: customer, MsgID: "4"}, res.Order.ID.Ref()); err != nil {
		t.Fatal(err)
	}
	s.Settle()
	if o := s.Order(res.Order.ID); o.Status != souq.StatusPaid || s.Chain.Order(res.Order.ID).Status != "funded" {
		t.Fatalf("order %s, chain %+v", o.Status, s.Chain.Order(res.Order.ID))
	}
	if got := s.Notices.To(merchant); len(got) == 0 || got[len(got)-1] != souq.NoticePaymentConfirmed {
		t.Fatalf("merchant notices %v", got)
	}
}
