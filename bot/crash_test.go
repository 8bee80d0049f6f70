package bot

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// A crash after WhatsApp accepted a notice and before souq recorded it leaves the notice in doubt:
// it is not sent again until a status webhook names it (then never) or inDoubtWait passes (then
// once), and a refusal from WhatsApp is never in doubt.
func TestNoticeInDoubtAfterCrash(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	notice := func(key string) souq.Notice {
		return souq.Notice{To: customer, Kind: souq.NoticePointsEarned, Points: 3, Key: key}
	}
	// crashAfterAccept plays a send that WhatsApp took, then a crash before the record.
	crashAfterAccept := func(h *harness, key string) {
		t.Helper()
		if _, err := h.bot.updateState(ctx, customer, func(s *State) {
			s.Sending = append(s.Sending, Sending{Key: key, Tag: noticeTag(key), At: h.now()})
		}); err != nil {
			t.Fatal(err)
		}
	}
	status := func(h *harness, opaque string) {
		t.Helper()
		ev := whatsapp.Event{Kind: whatsapp.KindStatus, Status: &whatsapp.Status{ID: "wamid.out9", Status: "sent", Timestamp: h.now(),
			RecipientID: customer, BizOpaque: opaque}}
		if err := h.bot.Handle(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("a status settles it", func(t *testing.T) {
		t.Parallel()
		h := newHarness(t)
		h.text(customer, "hi")
		h.newSent()
		crashAfterAccept(h, "k1")
		if err := h.bot.Notify(ctx, notice("k1")); !errors.Is(err, souq.ErrRetryLater) {
			t.Fatalf("notice in doubt: %v, want ErrRetryLater", err)
		}
		status(h, "~"+noticeTag("k1"))
		if err := h.bot.Notify(ctx, notice("k1")); err != nil {
			t.Fatal(err)
		}
		h.sale.Clock.Add(time.Hour)
		if err := h.bot.Notify(ctx, notice("k1")); err != nil {
			t.Fatal(err)
		}
		if sent := h.newSent(); len(sent) != 0 {
			t.Fatalf("a notice WhatsApp confirmed was sent again: %+v", sent)
		}
	})
	t.Run("no status: sent again once after the wait", func(t *testing.T) {
		t.Parallel()
		h := newHarness(t)
		h.text(customer, "hi")
		h.newSent()
		crashAfterAccept(h, "k2")
		status(h, "~"+noticeTag("another"))
		h.sale.Clock.Add(inDoubtWait + time.Second)
		for range 2 {
			if err := h.bot.Notify(ctx, notice("k2")); err != nil {
				t.Fatal(err)
			}
		}
		sent := h.newSent()
		if len(sent) != 1 {
			t.Fatalf("sent %d times, want once", len(sent))
		}
		if order, tag := SplitOpaque(sent[0].BizOpaque); order != "" || tag != noticeTag("k2") {
			t.Fatalf("biz_opaque_callback_data %q: want the notice's tag", sent[0].BizOpaque)
		}
	})
	t.Run("a refusal is not in doubt", func(t *testing.T) {
		t.Parallel()
		h := newHarness(t)
		h.text(customer, "hi")
		h.newSent()
		h.msgr.failTo = map[string]error{customer: &whatsapp.APIError{HTTPStatus: 400, Code: 131009, Message: "Parameter value is not valid"}}
		if err := h.bot.Notify(ctx, notice("k3")); err == nil {
			t.Fatal("refused send reported as sent")
		}
		h.msgr.failTo = nil
		if err := h.bot.Notify(ctx, notice("k3")); err != nil {
			t.Fatalf("after a refusal the next attempt must go out at once: %v", err)
		}
		if sent := h.newSent(); len(sent) != 1 {
			t.Fatalf("sent %d, want 1", len(sent))
		}
	})
}

// An inbound message handled again after a crash (the inbox had not recorded it) is not answered twice.
func TestRepliesNotRepeatedWhenAMessageIsHandledAgain(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	m := whatsapp.Message{ID: "wamid.crash1", From: customer, Timestamp: h.now(), Type: whatsapp.TypeText, Text: "help"}
	for range 2 {
		msg := m
		if err := h.bot.Handle(context.Background(), whatsapp.Event{Kind: whatsapp.KindMessage, Message: &msg}); err != nil {
			t.Fatal(err)
		}
	}
	sent := h.newSent()
	if len(sent) == 0 {
		t.Fatal("no reply")
	}
	once := len(sent)
	// A new message is answered as before.
	h.text(customer, "help")
	if again := len(h.msgr.sent) - once; again != once {
		t.Fatalf("handling the same message twice sent %d replies, a new one %d", once, again)
	}
}
