package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// maxNoticeKeys bounds the per-chat memory of sent notice keys (idempotency of Notify).
const maxNoticeKeys = 64

// maxReplyKeys bounds the per-chat memory of sent replies (a crash re-handles at most one batch).
const maxReplyKeys = 64

// inDoubtWait is how long a notice whose send a crash interrupted waits for WhatsApp's status
// webhook (sent, delivered, read or failed, which echo biz_opaque_callback_data) before it is sent
// again. Meta posts the "sent" status within seconds and retries webhooks souq could not take.
const inDoubtWait = 30 * time.Second

// opaqueSep separates the order id and a notice's tag in biz_opaque_callback_data.
const opaqueSep = "~"

// noticeTag is a short, stable name of a notice key for biz_opaque_callback_data (which WhatsApp
// echoes in status webhooks; 512 characters at most, so not the key itself).
func noticeTag(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}

func withTag(opaque, tag string) string { return opaque + opaqueSep + tag }

// SplitOpaque splits souq's biz_opaque_callback_data into the order id (empty for notices about no
// order) and the notice's tag (empty for replies).
func SplitOpaque(s string) (order, tag string) {
	order, tag, _ = strings.Cut(s, opaqueSep)
	return order, tag
}

// Notify renders a service notice in the recipient's language and sends it: as a free-form
// message (with the buttons that fit) inside the 24-hour window, as an approved template outside
// it. A notice whose Key was already sent to this chat is not sent again.
func (b *Bot) Notify(ctx context.Context, n souq.Notice) error {
	st, err := b.loadState(ctx, n.To)
	if err != nil {
		return err
	}
	if n.Key != "" {
		if slices.Contains(st.Notices, n.Key) {
			return nil
		}
		if i := slices.IndexFunc(st.Sending, func(x Sending) bool { return x.Key == n.Key }); i >= 0 {
			if age := b.now().Sub(st.Sending[i].At); age >= 0 && age < inDoubtWait {
				return &souq.WaitError{Until: st.Sending[i].At.Add(inDoubtWait), Reason: fmt.Sprintf(
					"bot: notice %s was being sent when souq stopped; waiting up to %s for WhatsApp's status before sending it again",
					n.Kind, (inDoubtWait - age).Round(time.Second))}
			}
			// No status webhook named it in time: it never reached WhatsApp; send it again.
		}
	}
	var held []souq.Notice
	switch {
	case n.Kind == souq.NoticeHandBack:
		// The hand-back is what returns the chat to the bot (see support.go).
		if held, err = b.handBack(ctx, n); err != nil {
			return err
		}
	case st.Agent && (n.Kind == souq.NoticeOffer || n.Kind == souq.NoticeOptInRequest):
		_, err := b.updateState(ctx, n.To, func(s *State) {
			if !slices.ContainsFunc(s.Held, func(h souq.Notice) bool { return h.Key != "" && h.Key == n.Key }) {
				s.Held = append(s.Held, n)
			}
		})
		return err
	}
	m, err := renderNotice(st.Lang, n)
	if err != nil {
		return err
	}
	m.To = string(n.To)
	if n.Kind == souq.NoticeOptInRequest {
		m.Fallback = &whatsapp.Template{Name: b.tpl.OptIn, Language: templateCode(st.Lang),
			BodyParams: []string{merchantName(n)}, QuickReplies: []string{TapID(VerbOptIn, "")}}
	} else {
		m.Fallback = &whatsapp.Template{Name: b.tpl.Update, Language: templateCode(st.Lang), BodyParams: []string{bodyOf(m)}}
	}
	if !st.InWindow(b.now()) {
		// Outside the window WhatsApp only accepts templates: don't spend a refused attempt.
		m = whatsapp.Outgoing{To: m.To, BizOpaque: m.BizOpaque, Template: m.Fallback}
	}
	if n.Key != "" {
		// Intent before the side effect: a crash between WhatsApp's acceptance and the record below
		// leaves this mark, and the status webhook carrying the tag settles it (see onStatus).
		tag := noticeTag(n.Key)
		m.BizOpaque = withTag(m.BizOpaque, tag)
		if _, err := b.updateState(ctx, n.To, func(s *State) {
			s.Sending = slices.DeleteFunc(s.Sending, func(x Sending) bool { return x.Key == n.Key })
			s.Sending = append(s.Sending, Sending{Key: n.Key, Tag: tag, At: b.now()})
			if len(s.Sending) > maxNoticeKeys {
				s.Sending = s.Sending[len(s.Sending)-maxNoticeKeys:]
			}
		}); err != nil {
			return err
		}
	}
	if _, err := b.msgr.Send(ctx, m); err != nil {
		var ae *whatsapp.APIError
		if n.Key != "" && errors.As(err, &ae) {
			// WhatsApp answered with a refusal: nothing went out, so the next attempt is not in doubt.
			if _, uerr := b.updateState(ctx, n.To, func(s *State) {
				s.Sending = slices.DeleteFunc(s.Sending, func(x Sending) bool { return x.Key == n.Key })
			}); uerr != nil {
				return errors.Join(fmt.Errorf("bot: notify %s: %w", n.Kind, err), uerr)
			}
		}
		return fmt.Errorf("bot: notify %s: %w", n.Kind, err)
	}
	b.log.WithFields(logrus.Fields{"to": b.mask.Mask(n.To), "kind": n.Kind}).Debug("bot: notice sent")
	if n.Key != "" {
		if _, err = b.updateState(ctx, n.To, func(s *State) { s.sent(n.Key) }); err != nil {
			return err
		}
	}
	for _, h := range held {
		if err := b.Notify(ctx, h); err != nil {
			return err
		}
	}
	return nil
}

func merchantName(n souq.Notice) string {
	if n.Order != nil && n.Order.Merchant != "" {
		return n.Order.Merchant
	}
	return "souq"
}

func bodyOf(m whatsapp.Outgoing) string {
	switch {
	case m.Text != nil:
		return m.Text.Body
	case m.Buttons != nil:
		return m.Buttons.Body
	case m.CTA != nil:
		return m.CTA.Body
	}
	return ""
}

// noticeKeys maps a notice (and the recipient's role) to its message text.
func noticeKey(n souq.Notice) (Key, error) {
	merchant := n.Order != nil && n.Order.Viewer == souq.RoleMerchant
	switch n.Kind {
	case souq.NoticeOptInRequest:
		return kOptInRequest, nil
	case souq.NoticeOffer:
		return kOffer, nil
	case souq.NoticePaymentConfirmed:
		if merchant {
			return nPaidMerchant, nil
		}
		return nPaidCustomer, nil
	case souq.NoticePaymentFailed:
		if !n.Retry { // never "try again" when trying again cannot work
			return nPaymentFailedFinal, nil
		}
		return nPaymentFailed, nil
	case souq.NoticePaymentShortfall:
		if n.Network != nil { // where to send it: the chain and its id
			return nPaymentShortfallNet, nil
		}
		return nPaymentShortfall, nil
	case souq.NoticeDeposit:
		if n.Text != "" {
			return nDepositResumed, nil
		}
		return nDeposit, nil
	case souq.NoticeWithdrawn:
		return nWithdrawn, nil
	case souq.NoticeWithdrawFailed:
		return nWithdrawFailed, nil
	case souq.NoticePaymentWaiting:
		return nPaymentWaiting, nil
	case souq.NoticeDeliveryFailed:
		return nDeliveryFailed, nil
	case souq.NoticeActionFailed:
		return nActionFailed, nil
	case souq.NoticeDeclined:
		return nDeclined, nil
	case souq.NoticeShipped:
		return nShipped, nil
	case souq.NoticeDelivered:
		if merchant {
			return nDeliveredMerchant, nil
		}
		return nDelivered, nil
	case souq.NoticeReleased:
		if merchant {
			return nReleasedMerchant, nil
		}
		return nReleasedCustomer, nil
	case souq.NoticeRefundRequested:
		return nRefundRequested, nil
	case souq.NoticeRefunded:
		return nRefunded, nil
	case souq.NoticeDisputeOpened:
		if n.Order != nil && n.Order.Viewer == souq.RoleCustomer {
			return nDisputeMine, nil // the merchant's instructions are not the customer's
		}
		return nDisputeOpened, nil
	case souq.NoticeNumberChanged:
		return nNumberChanged, nil
	case souq.NoticeOfferUndelivered:
		return nOfferUndeliv, nil
	case souq.NoticeDisputeResolved:
		return nDisputeResolved, nil
	case souq.NoticeDisputeExpired:
		return nDisputeExpired, nil
	case souq.NoticePointsEarned:
		return nPointsEarned, nil
	case souq.NoticeNoPoints:
		if merchant {
			return nNoPointsMerchant, nil
		}
		return nNoPoints, nil
	case souq.NoticePointsRedeemed:
		return nPointsRedeemed, nil
	case souq.NoticeRedeemFailed:
		return nRedeemFailed, nil
	case souq.NoticeHandBack:
		return kHandBack, nil
	case souq.NoticeCourierAssigned:
		return nCourierAssigned, nil
	}
	return "", fmt.Errorf("bot: unknown notice kind %q", n.Kind)
}

func renderNotice(l Lang, n souq.Notice) (whatsapp.Outgoing, error) {
	k, err := noticeKey(n)
	if err != nil {
		return whatsapp.Outgoing{}, err
	}
	points := count(l, uPoints, n.Points)
	switch n.Kind {
	case souq.NoticeNumberChanged:
		points = count(l, uOrders, n.Points) // the orders that moved
	case souq.NoticeOfferUndelivered:
		points = fmt.Sprint(n.Points) // WhatsApp's error code
	}
	args := Args{"merchant": souq.CleanText(merchantName(n), 60), "points": points, "text": souq.CleanText(n.Text, 500),
		"currency": n.Currency, "discount": discountText(l, n.Amount, n.Amount.Amount == nil), "address": n.Address}
	switch n.Kind {
	case souq.NoticeActionFailed, souq.NoticeDeliveryFailed, souq.NoticePaymentFailed, souq.NoticeWithdrawFailed:
		args["text"] = refusalText(l, n.Text)
	}
	if !n.Until.IsZero() {
		args["until"] = n.Until.UTC().Format("2006-01-02 15:04 UTC")
	}
	if !n.Amount.IsZero() || n.Kind == souq.NoticeDisputeResolved && n.Amount.Amount != nil {
		// A resolution's refund (zero included), a payout, a refund: exact, as the chain moved it;
		// a shortfall is to be sent, so rounded up (locale.go).
		r := Exact
		if n.Kind == souq.NoticePaymentShortfall {
			r = RoundUp
		}
		args["amount"] = formatMoney(l, n.Amount, r)
	}
	if n.Seller.Amount != nil {
		args["seller"] = formatMoney(l, n.Seller, Exact)
	}
	switch n.Kind {
	case souq.NoticeDeposit, souq.NoticeWithdrawn, souq.NoticeWithdrawFailed, souq.NoticePaymentShortfall:
		walletNoticeArgs(l, n, args)
	}
	if n.Kind == souq.NoticeOptInRequest {
		return whatsapp.Outgoing{Buttons: &whatsapp.Buttons{Body: T(l, k, args), Buttons: []whatsapp.Button{btn(l, bYes, TapID(VerbOptIn, ""))}}}, nil
	}
	if n.Order == nil {
		return whatsapp.Outgoing{Text: &whatsapp.Text{Body: T(l, k, args)}}, nil
	}
	for key, v := range orderArgs(l, *n.Order) {
		if _, set := args[key]; !set || key == "merchant" {
			args[key] = v
		}
	}
	if args["merchant"] == "" {
		args["merchant"] = "souq"
	}
	if _, ok := args["amount"]; !ok {
		args["amount"] = args["total"] // the charged amount (orderArgs), what the chain holds
	}
	body := T(l, k, args)
	if n.TxURL != "" {
		body += "\n" + T(l, kTxLink, Args{"link": n.TxURL})
	}
	m := whatsapp.Outgoing{Text: &whatsapp.Text{Body: body}, BizOpaque: n.Order.ID.String()}
	if bs := noticeButtons(l, n); len(bs) > 0 {
		m = whatsapp.Outgoing{Buttons: &whatsapp.Buttons{Body: body, Buttons: bs}, BizOpaque: n.Order.ID.String()}
	}
	return m, nil
}

// noticeButtons are the taps offered with a notice: the next step the recipient can take.
func noticeButtons(l Lang, n souq.Notice) []whatsapp.Button {
	switch n.Kind {
	case souq.NoticeOffer, souq.NoticeDelivered, souq.NoticeRefundRequested, souq.NoticeDisputeOpened:
		return orderButtons(l, *n.Order)
	case souq.NoticePaymentFailed:
		if n.Retry {
			return orderButtons(l, *n.Order)
		}
	case souq.NoticePaymentConfirmed:
		if n.Order.Viewer == souq.RoleMerchant {
			return orderButtons(l, *n.Order)
		}
	}
	return nil
}

// refusals are the escrow's refusals people meet, in their words. The reason a notice carries is
// the adapter's (the contract's custom error, "EscrowInspectionOver{ReleasableAt: …}", or a
// sentence); a known error is said in words with its name kept for support, anything else as it
// came (cleaned).
var refusals = []struct {
	name string
	key  Key
}{
	{"InspectionOver", rsInspectionOver},
	{"InspectionRunning", rsInspectionRunning},
	{"ArbiterDeadlinePassed", rsArbiterLate},
	{"SignatureExpired", rsSignatureExpired},
	{"LateDelivery", rsLateDelivery},
	{"FutureDelivery", rsFutureDelivery},
	{"EnforcedPause", rsPaused},
	{"WrongStatus", rsWrongStatus},
}

func refusalText(l Lang, reason string) string {
	for _, r := range refusals {
		if strings.Contains(reason, r.name) {
			return rawT(l, r.key, nil) + " (" + r.name + ")"
		}
	}
	return souq.CleanText(reason, 500)
}
