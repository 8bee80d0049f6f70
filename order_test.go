package souq

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// legal is the state machine written out independently of the transitions table, as the issue
// states it: every other pair must be refused.
var legal = map[[2]OrderStatus]bool{
	{StatusOffered, StatusPaying}:   true,
	{StatusOffered, StatusPaid}:     true,
	{StatusOffered, StatusDeclined}: true,
	{StatusOffered, StatusExpired}:  true,
	{StatusPaying, StatusPaid}:      true,
	{StatusPaying, StatusOffered}:   true,

	{StatusPaid, StatusShipped}:         true,
	{StatusPaid, StatusDelivered}:       true,
	{StatusPaid, StatusReleased}:        true,
	{StatusPaid, StatusRefundRequested}: true,
	{StatusPaid, StatusRefunded}:        true,
	{StatusPaid, StatusDisputed}:        true,

	{StatusShipped, StatusDelivered}:       true,
	{StatusShipped, StatusReleased}:        true,
	{StatusShipped, StatusRefundRequested}: true,
	{StatusShipped, StatusRefunded}:        true,
	{StatusShipped, StatusDisputed}:        true,

	{StatusDelivered, StatusReleased}:        true,
	{StatusDelivered, StatusRefundRequested}: true,
	{StatusDelivered, StatusRefunded}:        true,
	{StatusDelivered, StatusDisputed}:        true,

	{StatusRefundRequested, StatusShipped}:   true,
	{StatusRefundRequested, StatusDelivered}: true,
	{StatusRefundRequested, StatusReleased}:  true,
	{StatusRefundRequested, StatusRefunded}:  true,
	{StatusRefundRequested, StatusDisputed}:  true,

	{StatusDisputed, StatusResolved}: true,
	{StatusDisputed, StatusRefunded}: true,
}

func TestTransitionsEveryPair(t *testing.T) {
	t.Parallel()
	if len(Statuses) != 12 {
		t.Fatalf("%d statuses, the table below assumes 12", len(Statuses))
	}
	for _, from := range Statuses {
		for _, to := range Statuses {
			t.Run(string(from)+"→"+string(to), func(t *testing.T) {
				t.Parallel()
				err := CanTransition(from, to)
				if legal[[2]OrderStatus{from, to}] {
					if err != nil {
						t.Fatalf("legal move refused: %v", err)
					}
					o := &Order{Status: from}
					at := time.Unix(1_700_000_000, 0)
					if err := o.transition(to, at, "0xabc"); err != nil || o.Status != to || len(o.Steps) != 1 || o.Steps[0].TxHash != "0xabc" {
						t.Fatalf("transition: %v, status %s, steps %v", err, o.Status, o.Steps)
					}
					return
				}
				if !errors.Is(err, ErrIllegalTransition) {
					t.Fatalf("illegal move allowed or wrong error: %v", err)
				}
				var te *TransitionError
				if !errors.As(err, &te) || te.From != from || te.To != to {
					t.Fatalf("error does not name the move: %#v", err)
				}
				if !strings.Contains(err.Error(), string(from)) || !strings.Contains(err.Error(), string(to)) {
					t.Fatalf("message %q does not name from/to", err)
				}
				o := &Order{Status: from}
				if o.transition(to, time.Now(), "") == nil || o.Status != from || len(o.Steps) != 0 {
					t.Fatalf("illegal transition changed the order: %+v", o)
				}
			})
		}
	}
}

func TestTerminalStatusesHaveNoExit(t *testing.T) {
	t.Parallel()
	for _, s := range Statuses {
		exits := len(transitions[s])
		if s.Terminal() != (exits == 0) {
			t.Errorf("%s: terminal=%v but %d exits", s, s.Terminal(), exits)
		}
	}
}

func TestRequireRefusesWhileEscrowActionPending(t *testing.T) {
	t.Parallel()
	o := &Order{Status: StatusPaid, Pending: IntentRefund}
	err := o.require(StatusShipped)
	var te *TransitionError
	if !errors.Is(err, ErrIllegalTransition) || !errors.As(err, &te) || !strings.Contains(te.Reason, "escrow.refund") {
		t.Fatalf("require with pending = %v", err)
	}
	o.Pending = ""
	if err := o.require(StatusShipped); err != nil {
		t.Fatal(err)
	}
}
