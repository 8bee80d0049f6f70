// Package bot is souq's conversation: it understands what customers, merchants and couriers
// write or tap in WhatsApp, keeps the little per-chat state a dialogue needs, turns each message
// into a request to the sale service (souq.Sales) and each result, error or service notice into
// a reply in the user's language.
//
// The bot decides nothing about money or order state: the service does. Every reply text comes
// from the message table (messages.go); the flow code only picks keys.
package bot

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/internal/lang"
)

// Messenger sends WhatsApp messages and fetches media; *whatsapp.Client implements it.
type Messenger interface {
	Send(ctx context.Context, m whatsapp.Outgoing) (string, error)
	MarkRead(ctx context.Context, messageID string) error
	DownloadMedia(ctx context.Context, mediaID string) (whatsapp.DownloadedMedia, error)
}

// Storage is what the bot keeps: dialogue state, outbound statuses and evidence photos.
// *store.DB implements it.
type Storage interface {
	ChatStore
	RecordStatus(ctx context.Context, id, status string, at time.Time, code int, title string) error
	PutMedia(ctx context.Context, sum [32]byte, mimeType string, b []byte) error
}

// Templates names the approved templates used outside the 24-hour window.
type Templates struct {
	Update string // one body parameter: the rendered notice
	OptIn  string // opt-in request with a quick-reply "YES" button
}

// Options configures a Bot.
type Options struct {
	Assets    souq.Assets
	Templates Templates
	Log       logrus.FieldLogger
	Now       func() time.Time
	// Mask tags numbers in logs (souq.NewMasker with the operator's secret); zero: "redacted".
	Mask souq.Masker
}

// Bot is the conversation engine. It is safe for concurrent use across chats; messages of one
// chat must be handled in order (the Runner does that).
type Bot struct {
	sales  souq.Sales
	wallet souq.WalletSales // nil: no wallet command (the sale service implements it)
	msgr   Messenger
	chats  Storage
	parser Parser
	tpl    Templates
	log    logrus.FieldLogger
	now    func() time.Time
	mask   souq.Masker
}

// New returns a bot.
func New(sales souq.Sales, msgr Messenger, st Storage, o Options) *Bot {
	if o.Log == nil {
		o.Log = logrus.StandardLogger()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Templates.Update == "" {
		o.Templates.Update = "souq_update"
	}
	if o.Templates.OptIn == "" {
		o.Templates.OptIn = "souq_optin"
	}
	wallet, _ := sales.(souq.WalletSales)
	return &Bot{sales: sales, wallet: wallet, msgr: msgr, chats: st, parser: Parser{Assets: o.Assets}, tpl: o.Templates, log: o.Log, now: o.Now, mask: o.Mask}
}

var _ souq.Notifier = (*Bot)(nil)

// Handle processes one inbound event (from the inbox).
func (b *Bot) Handle(ctx context.Context, ev whatsapp.Event) error {
	switch ev.Kind {
	case whatsapp.KindStatus:
		s := ev.Status
		var code int
		var title string
		if len(s.Errors) > 0 {
			// Meta's own words ("Message undeliverable") reach the merchant, not souq's error string.
			code, title = s.Errors[0].Code, s.Errors[0].Title
			if title == "" {
				title = s.Errors[0].Message
			}
			b.log.WithFields(logrus.Fields{"to": b.mask.Mask(souq.WaID(ev.Chat())), "code": code}).Warn("bot: outbound message failed")
		}
		if err := b.chats.RecordStatus(ctx, s.ID, s.Status, s.Timestamp, code, title); err != nil {
			return err
		}
		order, tag := SplitOpaque(s.BizOpaque)
		if tag != "" {
			// Any status names a message WhatsApp accepted: a notice in doubt after a crash is settled.
			if err := b.settleSending(ctx, souq.WaID(ev.Chat()), tag); err != nil {
				return err
			}
		}
		// A message about an order that never arrived: the service decides who must know.
		if s.Status == "failed" && order != "" {
			if id, err := souq.ParseOrderID(order); err == nil {
				if err := b.sales.MessageFailed(ctx, id, souq.WaID(ev.Chat()), code, title); !errors.Is(err, souq.ErrNotFound) {
					return err
				}
			}
		}
		return nil
	case whatsapp.KindError:
		b.log.WithField("code", ev.Error.Code).WithError(ev.Error).Warn("bot: WhatsApp reported an error")
		return nil
	case whatsapp.KindMessage:
		return b.handleMessage(ctx, ev.Message)
	}
	return fmt.Errorf("bot: unknown event kind %q", ev.Kind)
}

// settleSending records the notice named by tag as sent, if this chat has it in doubt.
func (b *Bot) settleSending(ctx context.Context, chat souq.WaID, tag string) error {
	st, err := b.loadState(ctx, chat)
	if err != nil || !slices.ContainsFunc(st.Sending, func(x Sending) bool { return x.Tag == tag }) {
		return err
	}
	_, err = b.updateState(ctx, chat, func(s *State) {
		for _, x := range s.Sending {
			if x.Tag == tag {
				s.sent(x.Key)
				return
			}
		}
	})
	return err
}

// conv is one inbound message being answered.
type conv struct {
	b    *Bot
	ctx  context.Context
	user souq.WaID
	act  souq.Actor
	st   State
	msg  *whatsapp.Message
	err  error // a service failure to record against the inbox entry (after replying)
	// replies counts the replies sent (or skipped as sent before a crash) to msg.
	replies int
}

func (b *Bot) handleMessage(ctx context.Context, m *whatsapp.Message) error {
	if !m.FromPhone() {
		// Known only by a business-scoped user id, or not a number at all: recorded in the inbox,
		// never answered (a reply could not be addressed, and every attempt would fail).
		b.log.WithFields(logrus.Fields{"type": m.Type, "user_id": m.UserID != ""}).Info("bot: sender without a phone number; recorded, not answered")
		return nil
	}
	if m.Type == whatsapp.TypeSystem {
		return b.onSystem(ctx, m)
	}
	user := souq.WaID(m.From)
	at := m.Timestamp
	if at.IsZero() || at.After(b.now()) {
		at = b.now()
	}
	// Record the open window first: notices the service sends while handling this message
	// (an offer released by YES) must see it.
	st, err := b.updateState(ctx, user, func(s *State) {
		if at.After(s.LastInbound) {
			s.LastInbound = at
		}
	})
	if err != nil {
		return err
	}
	switch m.Type {
	case whatsapp.TypeReaction, whatsapp.TypeSticker:
		// A 👍 on a notice (or one taken back) and stickers are not requests: no reply.
		return nil
	}
	c := &conv{b: b, ctx: ctx, user: user, act: souq.Actor{User: user, MsgID: m.ID}, st: st, msg: m}
	if st.Agent {
		return c.whileAgent()
	}
	if err := b.msgr.MarkRead(ctx, m.ID); err != nil {
		b.log.WithError(err).Debug("bot: mark read failed")
	}
	if c.st.Pending != nil && b.now().After(c.st.Pending.Until) {
		c.st.Pending = nil
	}
	switch {
	case m.Type == whatsapp.TypeText:
		if l, ok := DetectLang(m.Text); ok && !c.st.LangChosen {
			c.st.Lang = l // answered in the language they write (detect.go)
		}
		c.onText(m.Text)
	case m.Reply != nil:
		c.onTap(m.Reply)
	case m.Type == whatsapp.TypeImage:
		c.onPhoto(m.Image)
	case m.Type == whatsapp.TypeLocation:
		c.onLocation(m.Location)
	case m.Type == whatsapp.TypeOrder:
		c.onCart(m.Order)
	default:
		c.say(kUnsupported, nil)
	}
	if err := c.save(); err != nil {
		return err
	}
	return c.err
}

func (c *conv) save() error {
	st := c.st
	_, err := c.b.updateState(c.ctx, c.user, func(s *State) {
		notices, sending, replies := s.Notices, s.Sending, s.Replies
		held, lines := s.Held, s.Transcript
		*s = st
		s.Notices, s.Sending, s.Replies, s.Held, s.Transcript = notices, sending, replies, held, lines
	})
	return err
}

// parser reads this person's messages: their language's numbers, their default currency.
func (c *conv) parser() Parser {
	p := c.b.parser
	p.Lang = c.st.Lang
	if a, err := p.Assets.Lookup(c.st.Currency); err == nil && c.st.Currency != "" {
		p.Currency = a
	}
	return p
}

func (c *conv) onText(text string) {
	cmd, err := c.parser().Parse(text)
	if p := c.st.Pending; p != nil && p.Kind == PendingReason {
		var pe *ParseError
		if errors.As(err, &pe) && errors.Is(err, ErrUnknownCommand) {
			c.st.Pending = nil
			c.dispute(p.Order, strings.TrimSpace(truncateRunes(text, 1000)))
			return
		}
	}
	if err != nil {
		c.fail(err, "")
		return
	}
	c.run(cmd)
}

func (c *conv) onTap(r *whatsapp.Reply) {
	cmd, err := c.parser().Parse(r.ID)
	if err != nil {
		// A payload we did not set (an old template, a Flow): read the title as typed text.
		cmd, err = c.parser().Parse(r.Title)
	}
	if err != nil {
		c.fail(err, "")
		return
	}
	c.run(cmd)
}

func (c *conv) run(cmd Command) {
	s, ctx, a := c.b.sales, c.ctx, c.act
	if cmd.Verb != VerbCancel && c.st.Pending != nil && c.st.Pending.Kind == PendingReason {
		c.st.Pending = nil
	}
	switch cmd.Verb {
	case VerbOptIn:
		if err := s.OptIn(ctx, a); err != nil {
			c.fail(err, "")
			return
		}
		c.st.OptedIn = true
		c.buttons(kOptedIn, nil, btn(c.st.Lang, bMenu, TapID(VerbHelp, "")))
	case VerbOptOut:
		if err := s.OptOut(ctx, a); err != nil {
			c.fail(err, "")
			return
		}
		c.st.OptedIn = false
		c.say(kOptedOut, nil)
	case VerbHelp:
		c.help(cmd.Text)
	case VerbAgent:
		t, err := s.Escalate(ctx, a, cmd.Text)
		if err != nil {
			c.fail(err, "")
			return
		}
		c.say(kAgentOn, Args{"ticket": t.ID})
		c.st.Agent, c.st.Ticket, c.st.Pending = true, t.ID, nil
		if err := c.b.openTicket(c.ctx, t.ID, c.user, cmd.Text, c.b.now()); err != nil {
			c.err = err
		}
	case VerbLang:
		if cmd.Lang == "" {
			c.langPicker()
			return
		}
		c.st.Lang, c.st.LangChosen = cmd.Lang, true
		c.say(kLangSet, nil)
	case VerbCancel:
		c.st.Pending = nil
		c.say(kCancelled, nil)
	case VerbCurrency:
		switch {
		case cmd.Asset.Symbol != "":
			c.st.Currency = cmd.Asset.Symbol
			c.say(kCurrencySet, Args{"currency": cmd.Asset.Symbol})
		case c.st.Currency != "":
			c.say(kCurrencySet, Args{"currency": c.st.Currency})
		default:
			c.say(kCurrencyNone, Args{"assets": c.b.assetList(), "example": c.b.exampleAsset(nil)})
		}
	case VerbPay:
		r, err := s.Pay(ctx, a, cmd.Order)
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		args := c.orderArgs(r.Order)
		if r.Method == souq.PayLink && r.URL != "" {
			c.send(whatsapp.Outgoing{CTA: &whatsapp.CTA{Body: T(c.st.Lang, kPayLink, args), DisplayText: label(c.st.Lang, bPayNow), URL: r.URL}})
			return
		}
		c.say(kPayCustodial, args)
	case VerbDecline:
		o, err := s.Decline(ctx, a, cmd.Order)
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		c.say(kDeclinedOK, c.orderArgs(o))
	case VerbStatus:
		o, err := s.Status(ctx, a, cmd.Order)
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		c.showOrder(o)
	case VerbOrders:
		c.history()
	case VerbReceipt:
		r, err := s.Receipt(ctx, a, cmd.Order)
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		c.receipt(r)
	case VerbReceived:
		o, err := s.ConfirmReceipt(ctx, a, cmd.Order)
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		c.say(kConfirmedOK, c.orderArgs(o))
	case VerbDispute:
		if cmd.Text == "" {
			c.st.Pending = &Pending{Kind: PendingReason, Order: cmd.Order, Until: c.b.now().Add(pendingFor)}
			c.say(kAskReason, Args{"order": shortRef(cmd.Order)})
			return
		}
		c.dispute(cmd.Order, cmd.Text)
	case VerbRefund:
		r, err := s.Refund(ctx, a, cmd.Order)
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		if r.Requested {
			c.say(kRefundRequested, c.orderArgs(r.Order))
		} else {
			c.say(kRefundStarted, c.orderArgs(r.Order))
		}
	case VerbPoints:
		p, err := s.Points(ctx, a)
		if err != nil {
			c.fail(err, "")
			return
		}
		l := c.st.Lang
		if p.Redeeming > 0 {
			c.say(kPointsRedeeming, Args{"points": count(l, uPoints, p.Points), "pending": count(l, uPoints, p.Pending), "redeeming": count(l, uPoints, p.Redeeming)})
			return
		}
		if p.Pending == 0 { // "(0 points still to come)" says nothing
			c.say(kPointsSettled, Args{"points": count(l, uPoints, p.Points)})
			return
		}
		c.say(kPoints, Args{"points": count(l, uPoints, p.Points), "pending": count(l, uPoints, p.Pending)})
	case VerbRedeem:
		r, err := s.Redeem(ctx, a, cmd.N)
		if err != nil {
			c.fail(err, "")
			return
		}
		// Only what is true: redeemed once the burn closed on the ledger, under way until then.
		k := kRedeeming
		if r.Burned {
			k = kRedeemed
		}
		l := c.st.Lang
		c.say(k, Args{"points": count(l, uPoints, r.Redeemed), "discount": discountText(l, r.Discount, r.Stamps), "balance": count(l, uPoints, r.Balance),
			"currency": r.Discount.Asset.Symbol, "floor": fmt.Sprint(souq.VoucherFloorPercent)})
	case VerbRegister:
		if err := s.RegisterMerchant(ctx, a, cmd.Text); err != nil {
			c.fail(err, "")
			return
		}
		c.learnRole(souq.RoleMerchant)
		c.say(kRegistered, Args{"address": cmd.Text})
	case VerbName:
		p, err := s.SetMerchantProfile(ctx, a, souq.MerchantProfile{Name: cmd.Text})
		if err != nil {
			c.fail(err, "")
			return
		}
		c.learnRole(souq.RoleMerchant)
		c.say(kNameSet, Args{"merchant": p.Name})
	case VerbSell:
		r, err := s.Offer(ctx, souq.OfferRequest{Actor: a, Customer: cmd.Customer,
			Items: []souq.Item{{Name: cmd.Item, Quantity: cmd.Quantity}}, Total: cmd.Money})
		if errors.Is(err, souq.ErrNotOptedIn) {
			// The customer sent STOP: the merchant is told so, with no YES button of theirs to tap.
			c.say(kCustMustOptIn, Args{"customer": "+" + string(cmd.Customer)})
			return
		}
		if err != nil {
			c.fail(err, "")
			return
		}
		c.learnRole(souq.RoleMerchant)
		if r.AwaitingOptIn {
			c.say(kOfferWaiting, c.orderArgs(r.Order))
		} else {
			c.say(kOfferSent, c.orderArgs(r.Order))
		}
	case VerbShipped:
		o, err := s.MarkShipped(ctx, a, cmd.Order)
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		c.say(kShippedOK, c.orderArgs(o))
	case VerbAccept, VerbReply:
		o, err := s.AnswerDispute(ctx, souq.DisputeAnswer{Actor: a, Order: cmd.Order, Accept: cmd.Verb == VerbAccept, Statement: cmd.Text})
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		if cmd.Verb == VerbAccept {
			c.say(kAnswerAccepted, c.orderArgs(o))
		} else {
			c.say(kAnswerSent, c.orderArgs(o))
		}
	case VerbLoyalty:
		rule := souq.LoyaltyRule{Points: cmd.N, Spend: cmd.Money, Currency: cmd.Asset}
		desc := rawT(c.st.Lang, kRulePoints, Args{"points": count(c.st.Lang, uPoints, cmd.N), "spend": formatMoney(c.st.Lang, cmd.Money, Exact)})
		if cmd.Stamps {
			rule = souq.LoyaltyRule{Stamps: int(cmd.N), Currency: cmd.Asset}
			desc = rawT(c.st.Lang, kRuleStamps, Args{"n": lang.FormatInt(c.st.Lang, cmd.N)})
		}
		if err := s.SetLoyaltyRule(ctx, a, rule); err != nil {
			c.fail(err, "")
			return
		}
		c.learnRole(souq.RoleMerchant)
		c.say(kRuleSet, Args{"rule": desc, "currency": cmd.Asset.Symbol})
	case VerbCourier, VerbCouriers:
		var list []souq.WaID
		var err error
		switch {
		case cmd.Verb == VerbCouriers:
			list, err = s.Couriers(ctx, a)
		case cmd.Remove:
			list, err = s.RemoveCourier(ctx, a, cmd.Courier)
		default:
			list, err = s.AddCourier(ctx, a, cmd.Courier)
		}
		if err != nil {
			c.fail(err, "")
			return
		}
		args := Args{"courier": "+" + string(cmd.Courier), "list": numberList(list)}
		switch {
		case cmd.Verb == VerbCourier && cmd.Remove:
			c.say(kCourierRemoved, args)
		case cmd.Verb == VerbCourier:
			c.say(kCourierAdded, args)
		case len(list) == 0:
			c.say(kCouriersNone, nil)
		default:
			c.say(kCouriers, args)
		}
	case VerbAssign:
		o, err := s.AssignCourier(ctx, a, cmd.Order, cmd.Courier)
		if errors.Is(err, souq.ErrNotCourier) {
			c.say(kNotNamed, Args{"courier": "+" + string(cmd.Courier)})
			return
		}
		if err != nil {
			c.fail(err, cmd.Order)
			return
		}
		args := c.orderArgs(o)
		args["courier"] = "+" + string(cmd.Courier)
		c.say(kAssigned, args)
	case VerbWallet:
		c.wallet()
	case VerbWithdraw:
		c.withdraw(cmd)
	case VerbWithdrawOK:
		c.withdrawOK(cmd.Text)
	case VerbDeliver:
		c.learnRole(souq.RoleCourier)
		c.st.Pending = &Pending{Kind: PendingDelivery, Order: cmd.Order, Until: c.b.now().Add(pendingFor)}
		c.send(whatsapp.Outgoing{LocationRequest: &whatsapp.LocationRequest{Body: T(c.st.Lang, kDeliverReady, Args{"order": shortRef(cmd.Order)})}})
	}
}

func (c *conv) dispute(o souq.OrderRef, reason string) {
	v, err := c.b.sales.Dispute(c.ctx, souq.DisputeRequest{Actor: c.act, Order: o, Reason: reason})
	if err != nil {
		c.fail(err, o)
		return
	}
	c.st.Pending = &Pending{Kind: PendingEvidence, Order: v.ID.Ref(), Until: c.b.now().Add(pendingFor)}
	c.say(kDisputeOpened, c.orderArgs(v))
}

func (c *conv) onPhoto(img *whatsapp.Media) {
	p := c.st.Pending
	var order souq.OrderRef
	kind := PendingDelivery
	switch {
	case p != nil && (p.Kind == PendingEvidence || p.Kind == PendingDelivery):
		order, kind = p.Order, p.Kind
	default:
		for _, f := range splitFields(img.Caption) {
			if r, err := souq.ParseOrderRef(f); err == nil {
				order = r
				break
			}
		}
	}
	if order == "" {
		c.say(kPhotoNoOrder, nil)
		return
	}
	media, err := c.b.msgr.DownloadMedia(c.ctx, img.ID)
	if err == nil && kind == PendingEvidence {
		err = c.b.chats.PutMedia(c.ctx, media.SHA256, media.MimeType, media.Bytes)
	}
	if err != nil {
		c.b.log.WithError(err).Warn("bot: photo download failed")
		c.say(kMediaFailed, nil)
		return
	}
	if kind == PendingEvidence {
		if err := c.b.sales.AddEvidence(c.ctx, souq.EvidenceRequest{Actor: c.act, Order: order, PhotoSHA256: media.SHA256, MediaID: img.ID}); err != nil {
			c.fail(err, order)
			return
		}
		c.st.Pending = nil
		c.say(kEvidenceAdded, Args{"order": shortRef(order)})
		return
	}
	proof := souq.DeliveryProof{Actor: c.act, Order: order, PhotoSHA256: media.SHA256, MediaID: img.ID, TakenAt: c.msg.Timestamp}
	if p != nil {
		proof.Location = p.Location
	}
	o, err := c.b.sales.SubmitDelivery(c.ctx, proof)
	if err != nil {
		c.fail(err, order)
		return
	}
	// Kept once accepted, so a refused sender stores nothing; a message handled again (a crash
	// here) is answered again by the service and stores the photo then.
	if err := c.b.chats.PutMedia(c.ctx, media.SHA256, media.MimeType, media.Bytes); err != nil {
		c.b.log.WithError(err).Error("bot: delivery photo not kept; the arbiter can still fetch it by its media id for a while")
	}
	c.st.Pending = nil
	if o.Viewer == souq.RoleCourier {
		c.learnRole(souq.RoleCourier)
	}
	args := c.orderArgs(o)
	args["hash"] = hex.EncodeToString(media.SHA256[:4])
	c.say(kDeliveryOK, args)
}

// numberList shows a merchant its couriers' numbers.
func numberList(ws []souq.WaID) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = "+" + string(w)
	}
	return strings.Join(out, ", ")
}

func (c *conv) onLocation(l *whatsapp.Location) {
	p := c.st.Pending
	if p == nil || p.Kind != PendingDelivery {
		c.say(kLocationNoOrder, nil)
		return
	}
	p.Location = &souq.Location{Latitude: l.Latitude, Longitude: l.Longitude, Name: l.Name, Address: l.Address}
	c.say(kLocationSaved, Args{"order": shortRef(p.Order)})
}

func (c *conv) onCart(o *whatsapp.Order) {
	req := souq.CatalogOrderRequest{Actor: c.act, CatalogID: o.CatalogID, Note: truncateRunes(o.Text, 500)}
	for _, it := range o.Items {
		req.Items = append(req.Items, souq.CatalogItem{RetailerID: it.RetailerID, Quantity: it.Quantity, Price: it.ItemPrice, Currency: it.Currency})
	}
	r, err := c.b.sales.CatalogOrder(c.ctx, req)
	if errors.Is(err, souq.ErrNoCatalog) {
		// Nothing is wrong on our side: this souq has no catalog to price the cart with. Say what
		// arrived and how to buy it instead; the cart stays in the inbox record for the operator.
		items := make([]souq.Item, 0, len(o.Items))
		for _, it := range o.Items {
			items = append(items, souq.Item{RetailerID: it.RetailerID, Quantity: it.Quantity})
		}
		c.b.log.WithFields(logrus.Fields{"catalog": truncateRunes(o.CatalogID, 40), "items": len(o.Items)}).Warn("bot: catalog cart received but no catalog is connected")
		c.say(kCartNoCatalog, Args{"items": truncateRunes(itemsText(items), 500)})
		return
	}
	if err != nil {
		c.fail(err, "")
		return
	}
	if r.AwaitingOptIn {
		c.buttons(kNeedOptIn, nil, btn(c.st.Lang, bYes, TapID(VerbOptIn, "")))
		return
	}
	c.showOrder(r.Order)
}

// help shows the commands of the person's roles with a menu of taps (and the opt-in prompt to
// customers who have not opted in).
func (c *conv) help(topic string) {
	l := c.st.Lang
	switch topic {
	case "merchant":
		c.say(kHelpMerchant, nil)
		return
	case "courier":
		c.say(kHelpCourier, nil)
		return
	}
	rs := c.roles()
	body := kHelp
	switch {
	case rs[souq.RoleCustomer]:
	case rs[souq.RoleMerchant]:
		body = kHelpMerchant
	default:
		body = kHelpCourier
	}
	if rs[souq.RoleCustomer] && !c.st.OptedIn {
		c.buttons(kWelcome, nil, btn(l, bYes, TapID(VerbOptIn, "")))
	}
	row := func(v Verb, arg string, k Key) whatsapp.Row {
		return whatsapp.Row{ID: TapID(v, arg), Title: label(l, k)}
	}
	rows := []whatsapp.Row{row(VerbOrders, "", rOrders)}
	if rs[souq.RoleCustomer] {
		rows = append(rows, row(VerbPoints, "", rPoints), row(VerbWallet, "", rWallet))
	}
	if rs[souq.RoleMerchant] && body != kHelpMerchant {
		rows = append(rows, row(VerbHelp, "merchant", rMerchant))
	}
	if rs[souq.RoleCourier] && body != kHelpCourier {
		rows = append(rows, row(VerbHelp, "courier", rCourier))
	}
	rows = append(rows, row(VerbAgent, "", rAgent), row(VerbLang, "", rLang))
	if rs[souq.RoleCustomer] {
		rows = append(rows, row(VerbOptOut, "", rOptOut))
	}
	c.send(whatsapp.Outgoing{List: &whatsapp.List{Body: T(l, body, nil), Button: label(l, bMenu),
		Sections: []whatsapp.Section{{Title: label(l, hMenu), Rows: rows}}}})
}

// langNames are each language's own name (the same in every language).
var langNames = map[Lang]string{English: "English", Arabic: "العربية", Portuguese: "Português (Brasil)", Italian: "Italiano"}

func (c *conv) langPicker() {
	rows := make([]whatsapp.Row, 0, len(Langs))
	for _, l := range Langs {
		rows = append(rows, whatsapp.Row{ID: TapID(VerbLang, string(l)), Title: langNames[l]})
	}
	c.send(whatsapp.Outgoing{List: &whatsapp.List{Body: T(c.st.Lang, kLangPick, nil), Button: label(c.st.Lang, rLang),
		Sections: []whatsapp.Section{{Rows: rows}}}})
}

func (c *conv) history() {
	orders, err := c.b.sales.History(c.ctx, c.act, whatsapp.MaxRows)
	if err != nil {
		c.fail(err, "")
		return
	}
	if len(orders) == 0 {
		c.say(kHistoryEmpty, nil)
		return
	}
	l := c.st.Lang
	rows := make([]whatsapp.Row, 0, len(orders))
	for _, o := range orders {
		rows = append(rows, whatsapp.Row{
			ID:          TapID(VerbStatus, string(o.ID.Ref())),
			Title:       truncateRunes(o.ID.Short()+" · "+StatusName(l, string(o.Status)), whatsapp.MaxRowTitle),
			Description: truncateRunes(itemsText(o.Items)+" · "+formatMoney(l, o.Total, Exact), whatsapp.MaxRowDescription),
		})
	}
	c.send(whatsapp.Outgoing{List: &whatsapp.List{Body: T(l, kHistory, nil), Button: label(l, bOrders),
		Sections: []whatsapp.Section{{Title: label(l, hOrders), Rows: rows}}}})
}

func (c *conv) receipt(r souq.Receipt) {
	l := c.st.Lang
	lines := make([]string, 0, len(r.Lines))
	for _, ln := range r.Lines {
		lines = append(lines, T(l, kReceiptLine, Args{"status": StatusName(l, string(ln.Status)), "date": ln.At.UTC().Format("2006-01-02 15:04 UTC"), "link": ln.TxURL}))
	}
	args := c.orderArgs(r.Order)
	args["lines"] = strings.Join(lines, "\n")
	c.say(kReceipt, args)
}

// showOrder renders an order with the taps that fit the viewer's role and the order's state.
func (c *conv) showOrder(o souq.OrderView) {
	c.send(orderMessage(c.st.Lang, kOrderLine, o))
}

func orderMessage(l Lang, key Key, o souq.OrderView) whatsapp.Outgoing {
	body := T(l, key, orderArgs(l, o))
	bs := orderButtons(l, o)
	if len(bs) == 0 {
		return whatsapp.Outgoing{Text: &whatsapp.Text{Body: body}, BizOpaque: o.ID.String()}
	}
	return whatsapp.Outgoing{Buttons: &whatsapp.Buttons{Body: body, Buttons: bs}, BizOpaque: o.ID.String()}
}

func orderButtons(l Lang, o souq.OrderView) []whatsapp.Button {
	ref := string(o.ID.Ref())
	b := func(k Key, v Verb) whatsapp.Button { return btn(l, k, TapID(v, ref)) }
	switch {
	case o.Viewer == souq.RoleCustomer && o.Status == souq.StatusOffered:
		return []whatsapp.Button{b(bPay, VerbPay), b(bDecline, VerbDecline)}
	case o.Viewer == souq.RoleCustomer && o.Status == souq.StatusPaid:
		return []whatsapp.Button{b(bRefund, VerbRefund)}
	case o.Viewer == souq.RoleCustomer && (o.Status == souq.StatusShipped || o.Status == souq.StatusDelivered):
		return []whatsapp.Button{b(bReceived, VerbReceived), b(bDispute, VerbDispute)}
	case o.Viewer == souq.RoleMerchant && o.Status == souq.StatusPaid:
		return []whatsapp.Button{b(bShipped, VerbShipped), b(bRefund, VerbRefund)}
	case o.Viewer == souq.RoleMerchant && o.Status == souq.StatusRefundRequested:
		return []whatsapp.Button{b(bRefund, VerbRefund)}
	case o.Viewer == souq.RoleMerchant && o.Status == souq.StatusDisputed:
		return []whatsapp.Button{b(bAccept, VerbAccept)}
	}
	return nil
}

func btn(l Lang, k Key, id string) whatsapp.Button {
	return whatsapp.Button{ID: id, Title: label(l, k)}
}

// label renders a button, row or section title: one short line, no bidi marks (WhatsApp lays
// out each title on its own, and the marks would count against the length limits).
func label(l Lang, k Key) string { return rawT(l, k, nil) }

func (c *conv) orderArgs(o souq.OrderView) Args { return orderArgs(c.st.Lang, o) }

// discountText is a voucher's discount as the customer reads it: an amount, or for a stamp card's
// free order the share of the price it takes off (the order still costs the floor).
func discountText(l Lang, d souq.Money, stamps bool) string {
	if stamps || d.Amount == nil {
		return fmt.Sprintf("%d%%", 100-souq.VoucherFloorPercent)
	}
	return formatMoney(l, d, Exact)
}

// orderArgs are an order's values for the message table. {total} is what the customer is charged and
// the escrow holds (after any discount), never the price before it; merchant text is cleaned again
// here (souq.CleanText) whatever the service stored.
func orderArgs(l Lang, o souq.OrderView) Args {
	charged := o.Amount
	if charged.Amount == nil { // a view recorded before views carried the charged amount
		charged = souq.Money{Asset: o.Total.Asset, Amount: o.Total.Amount}
		if o.Total.Amount != nil && !o.Discount.IsZero() {
			charged.Amount = new(big.Int).Sub(o.Total.Amount, o.Discount.Amount)
		}
	}
	total := formatMoney(l, charged, Exact) // what the customer pays and the escrow holds
	charge := total
	if !o.Discount.IsZero() {
		charge = rawT(l, kChargeDiscount, Args{"amount": total, "total": formatMoney(l, o.Total, Exact), "discount": formatMoney(l, o.Discount, Exact)})
	}
	fee := souq.Money{Asset: charged.Asset, Amount: o.Fee.Amount}
	if fee.Amount == nil {
		fee.Amount = new(big.Int)
	}
	return Args{"order": o.ID.Short(), "items": itemsText(o.Items), "total": total, "charge": charge,
		"fee": formatMoney(l, fee, Exact), "deliver_by": o.Deadline.UTC().Format("2006-01-02 15:04 UTC"),
		"inspection": lang.Duration(l, o.Inspection),
		"status":     StatusName(l, string(o.Status)), "merchant": souq.CleanText(o.Merchant, 60)}
}

func itemsText(items []souq.Item) string {
	parts := make([]string, 0, len(items))
	for _, it := range items {
		name := souq.CleanText(it.Name, 100)
		if name == "" {
			name = souq.CleanText(it.RetailerID, 100)
		}
		parts = append(parts, fmt.Sprintf("%d× %s", it.Quantity, name))
	}
	return strings.Join(parts, ", ")
}

// shortRef is how an order reference is shown: its first 8 hex digits.
func shortRef(r souq.OrderRef) string {
	if len(r) > 8 {
		return string(r[:8])
	}
	return string(r)
}

// fail turns a parse or service error into the matching reply.
func (c *conv) fail(err error, order souq.OrderRef) {
	l := c.st.Lang
	var pe *ParseError
	input := ""
	if errors.As(err, &pe) {
		input = pe.Input
	}
	oargs := Args{"order": shortRef(order)}
	switch {
	case errors.Is(err, ErrUnknownCommand):
		c.buttons(kUnknown, Args{"text": truncateRunes(input, 40)}, btn(l, bMenu, TapID(VerbHelp, "")))
	case errors.Is(err, ErrUsage):
		c.usage(pe)
	case errors.Is(err, souq.ErrInvalidOrderRef):
		c.say(kBadOrderRef, Args{"text": input})
	case errors.Is(err, souq.ErrInvalidWaID):
		c.say(kBadPhone, Args{"text": input})
	case errors.Is(err, ErrBadNumber):
		c.say(kBadNumber, Args{"text": input})
	case errors.Is(err, souq.ErrAmountPrecision):
		c.say(kPrecision, Args{"text": input})
	case errors.As(err, new(*souq.LimitError)):
		var le *souq.LimitError
		errors.As(err, &le)
		c.say(kOverLimit, Args{"amount": formatMoney(l, le.Total, Exact), "limit": formatMoney(l, le.Limit, Exact)})
	case errors.Is(err, souq.ErrAmountTooLarge):
		c.say(kAmountTooLarge, Args{"text": input})
	case errors.Is(err, ErrNoCurrency):
		c.say(kAskCurrency, Args{"text": input, "assets": c.b.assetList(), "example": c.b.exampleAsset(nil)})
	case errors.As(err, new(*FiatError)):
		var fe *FiatError
		errors.As(err, &fe)
		assets := c.b.assetList()
		if len(fe.Tokens) > 0 {
			assets = strings.Join(fe.Tokens, ", ")
		}
		c.say(kFiatNotHeld, Args{"text": fe.Symbol, "fiat": fe.Fiat, "assets": assets, "example": c.b.exampleAsset(fe.Tokens)})
	case errors.Is(err, souq.ErrUnknownAsset):
		sym, _, _ := strings.Cut(strings.TrimSpace(input), " ")
		if f := strings.Fields(input); len(f) == 2 {
			sym = f[1]
		}
		c.say(kUnknownAsset, Args{"text": sym, "assets": c.b.assetList()})
	case errors.Is(err, souq.ErrAmountFormat), errors.Is(err, souq.ErrAmountNotPos):
		c.say(kBadAmount, Args{"text": input})
	case errors.Is(err, souq.ErrNotCourier):
		c.say(kNotCourier, oargs)
	case errors.Is(err, souq.ErrNotFound):
		c.say(kNotFound, oargs)
	case errors.Is(err, souq.ErrIllegalTransition):
		// Say which state the order is in: ask the service rather than parse its error.
		if o, serr := c.b.sales.Status(c.ctx, c.act, order); serr == nil {
			c.say(kIllegal, c.orderArgs(o))
		} else {
			c.say(kForbidden, oargs)
		}
	case errors.Is(err, souq.ErrForbidden):
		c.say(kForbidden, oargs)
	case errors.Is(err, souq.ErrNotOptedIn):
		c.st.OptedIn = false
		c.buttons(kNeedOptIn, nil, btn(l, bYes, TapID(VerbOptIn, "")))
	case errors.Is(err, souq.ErrNotMerchant):
		c.say(kNotMerchant, nil)
	case errors.Is(err, souq.ErrAddressChecksum):
		c.say(kAddressChecksum, nil)
	case errors.Is(err, souq.ErrInvalidAddress):
		c.say(kInvalidAddress, nil)
	case errors.Is(err, souq.ErrInsufficientPoints):
		c.say(kNoPoints, nil)
	case errors.As(err, new(*souq.FundsError)):
		var fe *souq.FundsError
		errors.As(err, &fe)
		c.say(kWithdrawTooMuch, Args{"amount": fe.Want.String(), "have": fe.Have.String()})
	case errors.Is(err, souq.ErrNoWallet):
		c.say(kWalletNone, nil)
	case errors.Is(err, souq.ErrInvalidRequest):
		c.say(kInvalidRequest, nil)
	default:
		c.b.log.WithError(err).WithField("user", c.b.mask.Mask(c.user)).Error("bot: service call failed")
		c.say(kUnavailable, nil)
		c.err = err
	}
}

func (c *conv) usage(pe *ParseError) {
	var k Key
	switch pe.Verb {
	case VerbSell:
		k = uSell
	case VerbDispute:
		k = uDispute
	case VerbRedeem:
		k = uRedeem
	case VerbRegister:
		k = uRegister
	case VerbName:
		k = uName
	case VerbLoyalty:
		k = uLoyalty
	case VerbReply:
		k = uReply
	case VerbCurrency:
		k = uCurrency
	case VerbCourier, VerbCouriers:
		k = uCourier
	case VerbAssign:
		k = uAssign
	case VerbWithdraw:
		k = uWithdraw
	case VerbLang:
		c.langPicker()
		return
	default:
		k = uOrder
	}
	word := strings.ToLower(pe.Word)
	if word == "" {
		word = string(pe.Verb)
	}
	// The usage line is embedded whole: no bidi isolation inside it beyond the outer one.
	c.say(kUsage, Args{"usage": rawT(c.st.Lang, k, Args{"command": word})})
}

// rawT renders without bidi controls, for text embedded in another message.
func rawT(l Lang, k Key, a Args) string {
	return strings.NewReplacer(lang.RLM, "", lang.FSI, "", lang.PDI, "").Replace(T(l, k, a))
}

func (b *Bot) assetList() string {
	syms := make([]string, 0, len(b.parser.Assets))
	for s := range b.parser.Assets {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	return strings.Join(syms, ", ")
}

// exampleAsset is the currency examples name: the first of candidates, else a token pegged to a
// currency (what prices are usually in), else the first accepted.
func (b *Bot) exampleAsset(candidates []string) string {
	if len(candidates) > 0 {
		return candidates[0]
	}
	syms := strings.Split(b.assetList(), ", ")
	for _, s := range syms {
		if _, pegged := lang.FiatOf(s); pegged {
			return s
		}
	}
	return syms[0]
}

func (c *conv) say(k Key, a Args) {
	c.send(whatsapp.Outgoing{Text: &whatsapp.Text{Body: T(c.st.Lang, k, a)}})
}

func (c *conv) buttons(k Key, a Args, bs ...whatsapp.Button) {
	c.send(whatsapp.Outgoing{Buttons: &whatsapp.Buttons{Body: T(c.st.Lang, k, a), Buttons: bs}})
}

// send replies to the current message's sender (the window is open: they just wrote). Each reply
// is recorded once sent, so a message handled again after a crash is not answered twice.
func (c *conv) send(m whatsapp.Outgoing) {
	m.To = string(c.user)
	c.replies++
	key := ""
	if c.msg != nil && c.msg.ID != "" {
		key = fmt.Sprintf("%s#%d", c.msg.ID, c.replies)
		if slices.Contains(c.st.Replies, key) {
			return
		}
	}
	if _, err := c.b.msgr.Send(c.ctx, m); err != nil {
		c.b.log.WithError(err).WithField("to", c.b.mask.Mask(c.user)).Warn("bot: reply not sent")
		if c.err == nil {
			c.err = fmt.Errorf("bot: reply: %w", err)
		}
		return
	}
	if key == "" {
		return
	}
	if _, err := c.b.updateState(c.ctx, c.user, func(s *State) { s.replied(key) }); err != nil && c.err == nil {
		c.err = err
	}
}
