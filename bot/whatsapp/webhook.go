package whatsapp

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
)

// MaxPayload is the largest webhook body Meta sends ("Webhook payloads can be up to 3 MB").
const MaxPayload = 3 << 20

// Inbox durably records events before the webhook answers 200; *store.DB implements it.
type Inbox interface {
	InboxAppend(ctx context.Context, envs []souq.Envelope) (int, error)
}

// Webhook is the Cloud API callback endpoint: GET is the verification handshake, POST the
// signed notifications. A POST is answered 200 only once its events are durably in the inbox;
// processing happens behind it (see bot.Runner), so Meta's retries and concurrent copies of a
// message are absorbed by the inbox's dedupe.
type Webhook struct {
	secret      []byte
	verifyToken string
	inbox       Inbox
	log         logrus.FieldLogger
	notify      func()
	now         func() time.Time
	timeout     time.Duration
	phoneID     string       // the business number this souq serves; "" accepts any (tests only)
	foreign     atomic.Int64 // events for other business numbers: acknowledged, ignored
	mask        souq.Masker
}

// WebhookOption configures a Webhook.
type WebhookOption func(*Webhook)

// WithNotify is called after new events are recorded (to wake the processor).
func WithNotify(f func()) WebhookOption { return func(w *Webhook) { w.notify = f } }

// WithWebhookLogger sets the logger.
func WithWebhookLogger(l logrus.FieldLogger) WebhookOption { return func(w *Webhook) { w.log = l } }

// WithWebhookMasker sets how numbers are tagged in logs (souq.NewMasker with the operator's
// secret); without it they are logged as "redacted".
func WithWebhookMasker(m souq.Masker) WebhookOption { return func(w *Webhook) { w.mask = m } }

// NewWebhook returns the endpoint for cfg's app secret and verify token.
func NewWebhook(cfg Config, inbox Inbox, opts ...WebhookOption) (*Webhook, error) {
	if err := cfg.ValidateWebhook(); err != nil {
		return nil, err
	}
	w := &Webhook{secret: []byte(cfg.AppSecret), verifyToken: cfg.VerifyToken, inbox: inbox, phoneID: cfg.PhoneNumberID,
		log: logrus.StandardLogger(), notify: func() {}, now: time.Now, timeout: 10 * time.Second}
	for _, o := range opts {
		o(w)
	}
	return w, nil
}

// Register mounts the webhook on a gin router at path (GET and POST).
func Register(r gin.IRouter, path string, w *Webhook) {
	h := gin.WrapH(w)
	r.GET(path, h)
	r.POST(path, h)
}

func (w *Webhook) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.verify(rw, r)
	case http.MethodPost:
		w.receive(rw, r)
	default:
		rw.Header().Set("Allow", "GET, POST")
		http.Error(rw, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// verify answers the subscription handshake: 200 with the challenge only for the right token.
func (w *Webhook) verify(rw http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	token := q.Get("hub.verify_token")
	if q.Get("hub.mode") != "subscribe" || subtle.ConstantTimeCompare([]byte(token), []byte(w.verifyToken)) != 1 {
		http.Error(rw, "verification failed", http.StatusForbidden)
		return
	}
	rw.Header().Set("Content-Type", "text/plain")
	_, _ = io.WriteString(rw, q.Get("hub.challenge"))
}

type ackBody struct {
	Received int      `json:"received"`
	New      int      `json:"new"`
	Skipped  []string `json:"skipped,omitempty"`
	Foreign  int      `json:"other_number,omitempty"` // events for another business number on the same app
}

// Foreign is how many events arrived for another business number (metadata.phone_number_id
// not ours) since start: Meta delivers every number of an app to the app's one callback URL.
func (w *Webhook) Foreign() int64 { return w.foreign.Load() }

// ours drops the events addressed to another business number: souq must not answer them from
// its own number. They are acknowledged (200) so Meta does not retry them, logged and counted.
func (w *Webhook) ours(events []Event) ([]Event, int) {
	if w.phoneID == "" {
		return events, 0
	}
	kept := events[:0]
	n := 0
	for _, ev := range events {
		if ev.PhoneNumberID != w.phoneID {
			n++
			w.log.WithFields(logrus.Fields{"phone_number_id": truncate(ev.PhoneNumberID, 40), "kind": ev.Kind}).
				Warn("whatsapp: event for another business number ignored")
			continue
		}
		kept = append(kept, ev)
	}
	w.foreign.Add(int64(n))
	return kept, n
}

func (w *Webhook) receive(rw http.ResponseWriter, r *http.Request) {
	if r.ContentLength > MaxPayload {
		http.Error(rw, "payload larger than 3 MB", http.StatusRequestEntityTooLarge)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(rw, r.Body, MaxPayload))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			http.Error(rw, "payload larger than 3 MB", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(rw, "reading body failed", http.StatusBadRequest)
		return
	}
	if err := VerifySignature(r.Header.Get(SignatureHeader), body, w.secret); err != nil {
		status := http.StatusForbidden
		if errors.Is(err, ErrSignatureMissing) {
			status = http.StatusUnauthorized
		}
		w.log.WithError(err).WithField("remote", r.RemoteAddr).Warn("whatsapp: webhook signature rejected")
		http.Error(rw, err.Error(), status)
		return
	}
	parsed, err := Parse(body, w.now().UTC())
	if err != nil {
		w.log.WithError(err).Warn("whatsapp: webhook payload rejected")
		http.Error(rw, err.Error(), http.StatusBadRequest)
		return
	}
	for _, f := range parsed.Ignored {
		w.log.WithField("field", f).Info("whatsapp: webhook field ignored")
	}
	ack := ackBody{Received: len(parsed.Events)}
	parsed.Events, ack.Foreign = w.ours(parsed.Events)
	for _, p := range parsed.Problems {
		w.log.WithFields(logrus.Fields{"where": p.Where, "reason": p.Reason}).Warn("whatsapp: webhook item skipped")
		ack.Skipped = append(ack.Skipped, p.Where+": "+p.Reason)
	}
	if len(parsed.Events) > 0 {
		envs := make([]souq.Envelope, 0, len(parsed.Events))
		for _, ev := range parsed.Events {
			data, err := json.Marshal(ev)
			if err != nil {
				http.Error(rw, "encoding event failed", http.StatusInternalServerError)
				return
			}
			envs = append(envs, souq.Envelope{Key: ev.Key(), Chat: ev.Chat(), Data: data})
			if ev.Kind == KindMessage && !knownType(ev.Message.Type) {
				w.log.WithFields(logrus.Fields{"type": truncate(ev.Message.Type, 30), "from": w.mask.Mask(souq.WaID(ev.Chat()))}).
					Info("whatsapp: message of a kind souq does not act on; recorded and acknowledged")
			}
		}
		ctx, cancel := context.WithTimeout(r.Context(), w.timeout)
		n, err := w.inbox.InboxAppend(ctx, envs)
		cancel()
		if err != nil {
			// Not durable: let Meta retry; the inbox dedupes whatever did get in.
			w.log.WithError(err).Error("whatsapp: recording webhook failed")
			http.Error(rw, "temporarily unavailable", http.StatusServiceUnavailable)
			return
		}
		ack.New = n
		if n > 0 {
			w.notify()
		}
	}
	rw.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(rw).Encode(ack)
}

func knownType(t string) bool {
	switch t {
	case TypeText, TypeInteractive, TypeButton, TypeImage, TypeLocation, TypeOrder, TypeReaction, TypeSticker, TypeSystem:
		return true
	}
	return false
}

// DecodeEvent reads an event back from the inbox.
func DecodeEvent(data []byte) (Event, error) {
	var ev Event
	err := json.Unmarshal(data, &ev)
	return ev, err
}
