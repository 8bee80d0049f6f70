// Package simulator is a stand-in for WhatsApp on one machine: a fake Graph API that records
// what souq sends (and can be told to fail, throttle or delay), serves media, and a web chat page
// where a person plays customer, merchant and courier side by side. What the people type, tap or
// upload is sent to souq's webhook exactly as Meta sends it: Cloud API payload shapes, signed with
// the app secret in X-Hub-Signature-256, so the real verification and parsing paths run.
package simulator

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/internal/backoff"
)

//go:embed page
var pageFS embed.FS

// Config configures the simulator.
type Config struct {
	WebhookURL    string // where signed webhooks go (souq's /webhooks/whatsapp)
	AppSecret     string // signs them
	Token         string // Bearer token the fake Graph API expects; empty accepts any
	PhoneNumberID string // the business number's id
	DisplayPhone  string // the business number
	PublicURL     string // base URL of this server as souq reaches it (for media URLs); empty: from the request
	// StatusDelay is how long after accepting a message the sent/delivered/read statuses are
	// posted; zero disables status webhooks.
	StatusDelay time.Duration
	// WebhookRetry is how long a status webhook souq did not take (down, restarting) is posted
	// again, as Meta retries for up to 7 days; zero posts it once.
	WebhookRetry time.Duration
	// Users are the three default chat numbers shown on the page.
	Customer, Merchant, Courier string
}

// Entry is one message in a simulated chat, inbound (the person) or outbound (souq).
type Entry struct {
	Seq    int             `json:"seq"`
	ID     string          `json:"id"`
	Dir    string          `json:"dir"` // "in": user → souq; "out": souq → user
	Chat   string          `json:"chat"`
	At     time.Time       `json:"at"`
	Body   json.RawMessage `json:"body"`             // in: the webhook message object; out: the Graph request
	Status string          `json:"status,omitempty"` // out: accepted, sent, delivered, read; in: webhook HTTP status
}

// Fault makes the fake Graph API fail: the next Count sends (to To, if set) get error Code with
// HTTP status HTTPStatus, after Delay.
type Fault struct {
	Code       int           `json:"code"`
	HTTPStatus int           `json:"http_status"`
	Count      int           `json:"count"`
	To         string        `json:"to,omitempty"`
	Delay      time.Duration `json:"delay"`
	// Async makes the send succeed and the failure arrive afterwards as a `failed` status webhook
	// carrying Code (as 131026 "receiver incapable" does), echoing biz_opaque_callback_data.
	Async bool `json:"async,omitempty"`
}

type media struct {
	bytes []byte
	mime  string
}

// Sim is the simulator.
type Sim struct {
	cfg  Config
	http *http.Client
	log  logrus.FieldLogger

	mu      sync.Mutex
	seq     int
	entries []Entry
	media   map[string]media
	faults  []Fault
	wake    chan struct{}
}

// New returns a simulator.
func New(cfg Config, log logrus.FieldLogger) *Sim {
	if cfg.PhoneNumberID == "" {
		cfg.PhoneNumberID = "106540352242922"
	}
	if cfg.DisplayPhone == "" {
		cfg.DisplayPhone = "15550783881"
	}
	if cfg.Customer == "" {
		cfg.Customer = "16505551234"
	}
	if cfg.Merchant == "" {
		cfg.Merchant = "5511988887777"
	}
	if cfg.Courier == "" {
		cfg.Courier = "393331234567"
	}
	if log == nil {
		log = logrus.StandardLogger()
	}
	return &Sim{cfg: cfg, http: &http.Client{Timeout: 15 * time.Second}, log: log, media: map[string]media{}, wake: make(chan struct{})}
}

// GraphConfig returns the sender configuration that points souq at this simulator.
func (s *Sim) GraphConfig(base string) whatsapp.Config {
	return whatsapp.Config{GraphBaseURL: strings.TrimRight(base, "/") + "/graph", Token: s.cfg.Token, AppSecret: s.cfg.AppSecret,
		PhoneNumberID: s.cfg.PhoneNumberID, PairBurst: 1000, PairInterval: time.Millisecond, Throughput: 1000, RetryBase: 100 * time.Millisecond}
}

// Handler serves the page under /sim/ and the fake Graph API under /graph/.
func (s *Sim) Handler() http.Handler {
	mux := http.NewServeMux()
	sub, _ := fs.Sub(pageFS, "page")
	mux.Handle("GET /sim/", http.StripPrefix("/sim/", http.FileServerFS(sub)))
	mux.HandleFunc("GET /sim/api/config", s.apiConfig)
	mux.HandleFunc("GET /sim/api/messages", s.apiMessages)
	mux.HandleFunc("POST /sim/api/send", s.apiSend)
	mux.HandleFunc("POST /sim/api/upload", s.apiUpload)
	mux.HandleFunc("POST /sim/api/faults", s.apiFaults)
	// The chat page shows the photos people sent; it holds no Graph token, which Meta's media
	// download (graphMediaBytes) asks for.
	mux.HandleFunc("GET /sim/api/media/{media}", s.serveMedia)
	mux.HandleFunc("POST /graph/{version}/{phone}/messages", s.graphMessages)
	mux.HandleFunc("GET /graph/{version}/{media}", s.graphMedia)
	mux.HandleFunc("GET /graph/media-bytes/{media}", s.graphMediaBytes)
	return mux
}

// Register mounts the simulator on a gin router.
func Register(r gin.IRouter, s *Sim) {
	h := gin.WrapH(s.Handler())
	r.Any("/sim/*path", h)
	r.Any("/graph/*path", h)
}

// Messages returns the entries of a chat (all chats if chat is empty) after seq.
func (s *Sim) Messages(chat string, after int) []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Entry
	for _, e := range s.entries {
		if e.Seq > after && (chat == "" || e.Chat == chat) {
			out = append(out, e)
		}
	}
	return out
}

// AddFault queues a failure of the fake Graph API.
func (s *Sim) AddFault(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.Count <= 0 {
		f.Count = 1
	}
	if f.HTTPStatus == 0 {
		f.HTTPStatus = 400
	}
	s.faults = append(s.faults, f)
}

func (s *Sim) record(e Entry) Entry {
	s.mu.Lock()
	s.seq++
	e.Seq = s.seq
	s.entries = append(s.entries, e)
	s.mu.Unlock()
	return e
}

func (s *Sim) setStatus(id, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.entries {
		if s.entries[i].ID == id {
			s.entries[i].Status = status
		}
	}
}

func newID(prefix string) string {
	var b [18]byte
	_, _ = rand.Read(b[:])
	return prefix + base64.StdEncoding.EncodeToString(b[:])
}

// errorMessages are Meta's wording for the codes tests inject.
var errorMessages = map[int]string{
	130429: "Rate limit hit", 131056: "(Business Account, Consumer Account) pair rate limit hit", 131047: "Re-engagement message",
	131026: "Message undeliverable", 100: "Invalid parameter", 190: "Access token has expired", 131000: "Something went wrong",
	131048: "Spam rate limit hit", 80007: "Rate limit issues", 4: "Application request limit reached",
}

func graphError(w http.ResponseWriter, status, code int, details string) {
	msg := errorMessages[code]
	if msg == "" {
		msg = "Error"
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
		"message": fmt.Sprintf("(#%d) %s", code, msg), "type": "OAuthException", "code": code,
		"error_data": map[string]string{"messaging_product": "whatsapp", "details": details},
		"fbtrace_id": newID("A")[:24]}})
}

func (s *Sim) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.cfg.Token != "" && r.Header.Get("Authorization") != "Bearer "+s.cfg.Token {
		graphError(w, http.StatusUnauthorized, 190, "Error validating access token")
		return false
	}
	return true
}

// graphMessages is POST /{version}/{phone-id}/messages.
func (s *Sim) graphMessages(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	if r.PathValue("phone") != s.cfg.PhoneNumberID {
		graphError(w, http.StatusBadRequest, 100, "Unsupported post request. Object with ID '"+r.PathValue("phone")+"' does not exist")
		return
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		graphError(w, http.StatusBadRequest, 100, "could not read body")
		return
	}
	var req struct {
		Product   string `json:"messaging_product"`
		To        string `json:"to"`
		Type      string `json:"type"`
		Status    string `json:"status"`
		MessageID string `json:"message_id"`
		BizOpaque string `json:"biz_opaque_callback_data"`
	}
	if err := json.Unmarshal(raw, &req); err != nil || req.Product != "whatsapp" {
		graphError(w, http.StatusBadRequest, 100, "The parameter messaging_product is required.")
		return
	}
	if req.Status == "read" {
		if req.MessageID == "" {
			graphError(w, http.StatusBadRequest, 100, "The parameter message_id is required.")
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]bool{"success": true})
		return
	}
	if _, err := souq.ParseWaID(req.To); err != nil {
		graphError(w, http.StatusBadRequest, 100, "Invalid parameter: to")
		return
	}
	switch req.Type {
	case "text", "interactive", "template", "image", "location":
	default:
		graphError(w, http.StatusBadRequest, 100, "Invalid parameter: type")
		return
	}
	var failLater *Fault
	if f, ok := s.takeFault(req.To); ok {
		if f.Delay > 0 {
			time.Sleep(f.Delay)
		}
		if f.Code != 0 && !f.Async {
			graphError(w, f.HTTPStatus, f.Code, "injected by the simulator")
			return
		}
		if f.Code != 0 {
			failLater = &f
		}
	}
	id := newID("wamid.")
	s.record(Entry{ID: id, Dir: "out", Chat: req.To, At: time.Now().UTC(), Body: raw, Status: "accepted"})
	s.notify()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"messaging_product": "whatsapp",
		"contacts": []map[string]string{{"input": req.To, "wa_id": req.To}}, "messages": []map[string]string{{"id": id}}})
	switch {
	case failLater != nil:
		go s.sendFailed(id, req.To, req.BizOpaque, failLater.Code)
	case s.cfg.StatusDelay > 0:
		go s.sendStatuses(id, req.To, req.BizOpaque)
	}
}

// failureTitles are Meta's titles for the delivery failures the simulator can play.
var failureTitles = map[int]string{131026: "Message undeliverable", 131047: "Re-engagement message", 131049: "This message was not delivered to maintain healthy ecosystem engagement."}

// sendFailed posts a `failed` status for a message the fake Graph API accepted, shaped as Meta's
// status webhook reference shows it.
func (s *Sim) sendFailed(id, to, bizOpaque string, code int) {
	time.Sleep(max(s.cfg.StatusDelay, 10*time.Millisecond))
	title := failureTitles[code]
	if title == "" {
		title = "Message failed to send"
	}
	status := map[string]any{"id": id, "status": "failed", "timestamp": strconv.FormatInt(time.Now().Unix(), 10), "recipient_id": to,
		"errors": []any{map[string]any{"code": code, "title": title, "message": title, "error_data": map[string]string{"details": title + "."},
			"href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}}}
	if bizOpaque != "" {
		status["biz_opaque_callback_data"] = bizOpaque
	}
	if _, err := s.postStatus(map[string]any{"statuses": []any{status}}); err != nil {
		s.log.WithError(err).Debug("simulator: status webhook failed")
		return
	}
	s.setStatus(id, "failed")
	s.notify()
}

func (s *Sim) takeFault(to string) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.To == "" || f.To == to {
			s.faults[i].Count--
			if s.faults[i].Count <= 0 {
				s.faults = append(s.faults[:i], s.faults[i+1:]...)
			}
			return f, true
		}
	}
	return Fault{}, false
}

func (s *Sim) sendStatuses(id, to, bizOpaque string) {
	for _, st := range []string{"sent", "delivered"} {
		time.Sleep(s.cfg.StatusDelay)
		status := map[string]any{"id": id, "status": st, "timestamp": strconv.FormatInt(time.Now().Unix(), 10), "recipient_id": to,
			"pricing": map[string]any{"billable": true, "pricing_model": "PMP", "type": "regular", "category": "utility"}}
		if bizOpaque != "" {
			status["biz_opaque_callback_data"] = bizOpaque
		}
		if _, err := s.postStatus(map[string]any{"statuses": []any{status}}); err != nil {
			s.log.WithError(err).Debug("simulator: status webhook failed")
			return
		}
		s.setStatus(id, st)
		s.notify()
	}
}

func (s *Sim) publicURL(r *http.Request) string {
	if s.cfg.PublicURL != "" {
		return strings.TrimRight(s.cfg.PublicURL, "/")
	}
	return "http://" + r.Host
}

// graphMedia is GET /{version}/{media-id}: the media's short-lived URL and metadata.
func (s *Sim) graphMedia(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	id := r.PathValue("media")
	s.mu.Lock()
	m, ok := s.media[id]
	s.mu.Unlock()
	if !ok {
		graphError(w, http.StatusNotFound, 100, "Unsupported get request. Object with ID '"+id+"' does not exist")
		return
	}
	sum := sha256.Sum256(m.bytes)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"messaging_product": "whatsapp", "url": s.publicURL(r) + "/graph/media-bytes/" + id,
		"mime_type": m.mime, "sha256": hex.EncodeToString(sum[:]), "file_size": len(m.bytes), "id": id})
}

func (s *Sim) graphMediaBytes(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	s.serveMedia(w, r)
}

func (s *Sim) serveMedia(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	m, ok := s.media[r.PathValue("media")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", m.mime)
	_, _ = w.Write(m.bytes)
}

// notify wakes page long-polls.
func (s *Sim) notify() {
	s.mu.Lock()
	close(s.wake)
	s.wake = make(chan struct{})
	s.mu.Unlock()
}

func (s *Sim) apiConfig(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"customer": s.cfg.Customer, "merchant": s.cfg.Merchant, "courier": s.cfg.Courier,
		"business": s.cfg.DisplayPhone})
}

// apiMessages long-polls (up to 20 s) for a chat's entries after a sequence number.
func (s *Sim) apiMessages(w http.ResponseWriter, r *http.Request) {
	chat := r.URL.Query().Get("chat")
	after, _ := strconv.Atoi(r.URL.Query().Get("after"))
	deadline := time.NewTimer(20 * time.Second)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		wake := s.wake
		s.mu.Unlock()
		out := s.Messages(chat, after)
		if len(out) > 0 || r.URL.Query().Get("wait") == "" {
			w.Header().Set("Content-Type", "application/json")
			if out == nil {
				out = []Entry{}
			}
			_ = json.NewEncoder(w).Encode(out)
			return
		}
		select {
		case <-wake:
		case <-deadline.C:
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, "[]")
			return
		case <-r.Context().Done():
			return
		}
	}
}

// UserMessage is what a person does on the page.
type UserMessage struct {
	From     string  `json:"from"`
	Name     string  `json:"name,omitempty"`
	Text     string  `json:"text,omitempty"`
	ReplyTo  string  `json:"reply_to,omitempty"` // the wamid of the message whose button was tapped
	ButtonID string  `json:"button_id,omitempty"`
	Title    string  `json:"title,omitempty"`
	Kind     string  `json:"kind,omitempty"` // button_reply, list_reply, quick_reply
	Lat      *string `json:"latitude,omitempty"`
	Lng      *string `json:"longitude,omitempty"`
	// The other kinds Meta documents, by Type: "reaction" (Emoji on ReplyTo; empty Emoji takes it
	// back), "sticker", "contacts" (Contact is the shared name and Text its number), "system"
	// (NewNumber: user_changed_number), "referral" (Text arrives from a Click-to-WhatsApp ad),
	// "order" (a catalog cart: Items).
	Type      string     `json:"type,omitempty"`
	Emoji     string     `json:"emoji,omitempty"`
	Contact   string     `json:"contact,omitempty"`
	NewNumber string     `json:"new_number,omitempty"`
	Items     []CartItem `json:"items,omitempty"`
	CatalogID string     `json:"catalog_id,omitempty"`
}

// CartItem is one line of a catalog cart; Price is a decimal string.
type CartItem struct {
	RetailerID string `json:"product_retailer_id"`
	Quantity   int    `json:"quantity"`
	Price      string `json:"item_price"`
	Currency   string `json:"currency"`
}

func (s *Sim) apiSend(w http.ResponseWriter, r *http.Request) {
	var um UserMessage
	if err := json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&um); err != nil {
		http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
		return
	}
	msg, err := s.buildMessage(um)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.deliver(w, r, um, msg)
}

func (s *Sim) apiUpload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		http.Error(w, "bad upload: "+err.Error(), http.StatusBadRequest)
		return
	}
	f, hdr, err := r.FormFile("photo")
	if err != nil {
		http.Error(w, "no photo", http.StatusBadRequest)
		return
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, 5<<20+1))
	if err != nil || len(b) > 5<<20 {
		http.Error(w, "photo larger than WhatsApp's 5 MB", http.StatusRequestEntityTooLarge)
		return
	}
	mime := hdr.Header.Get("Content-Type")
	if mime == "" {
		mime = http.DetectContentType(b)
	}
	um := UserMessage{From: r.FormValue("from"), Name: r.FormValue("name")}
	if _, err := souq.ParseWaID(um.From); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	id := strconv.FormatInt(time.Now().UnixNano(), 10)
	sum := sha256.Sum256(b)
	s.mu.Lock()
	s.media[id] = media{bytes: b, mime: mime}
	s.mu.Unlock()
	img := map[string]any{"mime_type": mime, "sha256": base64.StdEncoding.EncodeToString(sum[:]), "id": id}
	if c := r.FormValue("caption"); c != "" {
		img["caption"] = c
	}
	s.deliver(w, r, um, s.baseMessage(um.From, "image", "image", img))
}

func (s *Sim) baseMessage(from, typ, key string, v any) map[string]any {
	return map[string]any{"from": from, "id": newID("wamid.HBgM"), "timestamp": strconv.FormatInt(time.Now().Unix(), 10), "type": typ, key: v}
}

func (s *Sim) buildMessage(um UserMessage) (map[string]any, error) {
	if _, err := souq.ParseWaID(um.From); err != nil {
		return nil, err
	}
	var m map[string]any
	switch {
	case um.Type != "":
		var err error
		if m, err = s.buildKind(um); err != nil {
			return nil, err
		}
	case um.ButtonID != "" && um.Kind == whatsapp.ReplyTemplateButton:
		m = s.baseMessage(um.From, "button", "button", map[string]string{"payload": um.ButtonID, "text": um.Title})
	case um.ButtonID != "" && um.Kind == whatsapp.ReplyList:
		m = s.baseMessage(um.From, "interactive", "interactive", map[string]any{"type": "list_reply",
			"list_reply": map[string]string{"id": um.ButtonID, "title": um.Title}})
	case um.ButtonID != "":
		m = s.baseMessage(um.From, "interactive", "interactive", map[string]any{"type": "button_reply",
			"button_reply": map[string]string{"id": um.ButtonID, "title": um.Title}})
	case um.Lat != nil && um.Lng != nil:
		lat, err1 := strconv.ParseFloat(*um.Lat, 64)
		lng, err2 := strconv.ParseFloat(*um.Lng, 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lng < -180 || lng > 180 {
			return nil, errors.New("latitude/longitude out of range")
		}
		m = s.baseMessage(um.From, "location", "location", map[string]any{"latitude": json.Number(*um.Lat), "longitude": json.Number(*um.Lng)})
	case strings.TrimSpace(um.Text) != "":
		m = s.baseMessage(um.From, "text", "text", map[string]string{"body": um.Text})
	default:
		return nil, errors.New("nothing to send")
	}
	if um.ReplyTo != "" && um.Type != "reaction" {
		m["context"] = map[string]string{"from": s.cfg.DisplayPhone, "id": um.ReplyTo}
	}
	return m, nil
}

// buildKind builds the message kinds the page sends besides text, taps, photos and locations, in
// the shapes of Meta's messages webhook reference.
func (s *Sim) buildKind(um UserMessage) (map[string]any, error) {
	switch um.Type {
	case "reaction":
		if um.ReplyTo == "" {
			return nil, errors.New("a reaction needs the message it reacts to (reply_to)")
		}
		r := map[string]string{"message_id": um.ReplyTo}
		if um.Emoji != "" {
			r["emoji"] = um.Emoji // a removed reaction arrives without it
		}
		return s.baseMessage(um.From, "reaction", "reaction", r), nil
	case "sticker":
		return s.baseMessage(um.From, "sticker", "sticker", map[string]any{"mime_type": "image/webp", "animated": false,
			"sha256": "ZLR/w0lm7zNfoBHjxzhyeZW6DqNGkgrTNVvxCuO8pnI=", "id": strconv.FormatInt(time.Now().UnixNano(), 10)}), nil
	case "contacts":
		name := strings.TrimSpace(um.Contact)
		if name == "" {
			name = "Barbara J. Johnson"
		}
		phone := strings.TrimSpace(um.Text)
		if phone == "" {
			phone = "+1 (940) 555-1234"
		}
		c := map[string]any{"name": map[string]string{"formatted_name": name, "first_name": strings.Fields(name)[0]},
			"phones": []any{map[string]string{"phone": phone, "type": "CELL"}}}
		if w, err := souq.ParseWaID(phone); err == nil {
			c["phones"] = []any{map[string]string{"phone": phone, "wa_id": string(w), "type": "CELL"}}
		}
		return s.baseMessage(um.From, "contacts", "contacts", []any{c}), nil
	case "system":
		to, err := souq.ParseWaID(um.NewNumber)
		if err != nil {
			return nil, fmt.Errorf("new number: %w", err)
		}
		name := um.Name
		if name == "" {
			name = "+" + um.From
		}
		return s.baseMessage(um.From, "system", "system", map[string]string{"body": "User " + name + " changed from " + um.From + " to " + string(to),
			"wa_id": string(to), "type": "user_changed_number"}), nil
	case "referral":
		text := strings.TrimSpace(um.Text)
		if text == "" {
			text = "Hi! I saw your ad."
		}
		m := s.baseMessage(um.From, "text", "text", map[string]string{"body": text})
		m["referral"] = map[string]any{"source_url": "https://fb.me/3cr4Wqqkv", "source_id": "120226305854810726", "source_type": "ad",
			"body": "Chat with us about our new arrivals!", "headline": "New arrivals", "media_type": "image",
			"image_url": "https://scontent.xx.fbcdn.net/v/t45.1600-4/407953710_n.png", "ctwa_clid": newID("ARAk")}
		return m, nil
	case "order":
		if len(um.Items) == 0 {
			return nil, errors.New("a cart needs items")
		}
		items := make([]any, 0, len(um.Items))
		for _, it := range um.Items {
			if it.RetailerID == "" || it.Quantity <= 0 {
				return nil, errors.New("each item needs a product_retailer_id and a quantity")
			}
			if _, err := strconv.ParseFloat(it.Price, 64); err != nil { // validation only: sent as a JSON number, as Meta does
				return nil, fmt.Errorf("item price %q", it.Price)
			}
			items = append(items, map[string]any{"product_retailer_id": it.RetailerID, "quantity": it.Quantity,
				"item_price": json.Number(it.Price), "currency": it.Currency})
		}
		cat := um.CatalogID
		if cat == "" {
			cat = "194836987003835"
		}
		o := map[string]any{"catalog_id": cat, "product_items": items}
		if strings.TrimSpace(um.Text) != "" {
			o["text"] = um.Text
		}
		return s.baseMessage(um.From, "order", "order", o), nil
	}
	return nil, fmt.Errorf("unknown message type %q", um.Type)
}

// deliver records the person's message and posts it as a signed webhook.
func (s *Sim) deliver(w http.ResponseWriter, r *http.Request, um UserMessage, msg map[string]any) {
	raw, _ := json.Marshal(msg)
	e := s.record(Entry{ID: msg["id"].(string), Dir: "in", Chat: um.From, At: time.Now().UTC(), Body: raw})
	name := um.Name
	if name == "" {
		name = "+" + um.From
	}
	value := map[string]any{
		"contacts": []any{map[string]any{"profile": map[string]string{"name": name}, "wa_id": um.From}},
		"messages": []any{json.RawMessage(raw)}}
	if msg["type"] == "system" {
		delete(value, "contacts") // system messages carry no contacts array
	}
	status, err := s.post(r.Context(), value)
	if err != nil {
		s.setStatus(e.ID, "webhook failed")
		http.Error(w, "webhook: "+err.Error(), http.StatusBadGateway)
		return
	}
	s.setStatus(e.ID, strconv.Itoa(status))
	s.notify()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"id": e.ID, "seq": e.Seq, "webhook_status": status})
}

// postStatus posts a status webhook and, as Meta does with a webhook the receiver did not take,
// tries again with growing pauses for Config.WebhookRetry (Meta: up to 7 days).
func (s *Sim) postStatus(value map[string]any) (int, error) {
	deadline := time.Now().Add(s.cfg.WebhookRetry)
	for tries := 0; ; tries++ {
		pause := backoff.Delay(500*time.Millisecond, 2, tries, 10*time.Second)
		code, err := s.post(context.Background(), value)
		if err == nil || time.Now().Add(pause).After(deadline) {
			return code, err
		}
		time.Sleep(pause)
	}
}

// Post sends a change value (messages, statuses…) to the webhook, signed as Meta signs it, and
// returns the HTTP status. Exported for tests that drive souq without the page.
func (s *Sim) Post(ctx context.Context, value map[string]any) (int, error) { return s.post(ctx, value) }

func (s *Sim) post(ctx context.Context, value map[string]any) (int, error) {
	value["messaging_product"] = "whatsapp"
	value["metadata"] = map[string]string{"display_phone_number": s.cfg.DisplayPhone, "phone_number_id": s.cfg.PhoneNumberID}
	payload := map[string]any{"object": "whatsapp_business_account", "entry": []any{map[string]any{"id": "102290129340398",
		"changes": []any{map[string]any{"field": "messages", "value": value}}}}}
	body, err := MetaJSON(payload)
	if err != nil {
		return 0, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.cfg.WebhookURL, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(body, []byte(s.cfg.AppSecret)))
	resp, err := s.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, fmt.Errorf("webhook answered %d", resp.StatusCode)
	}
	return resp.StatusCode, nil
}

// MetaJSON encodes like Meta's webhooks: non-ASCII as \uXXXX and "/" as "\/", so a receiver that
// re-serialises instead of hashing the raw bytes fails verification, as it would in production.
func MetaJSON(v any) ([]byte, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	for _, r := range string(raw) {
		switch {
		case r == '/':
			b.WriteString(`\/`)
		case r > 0x7e && r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		case r > 0xffff:
			r1, r2 := utf16Pair(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
		default:
			b.WriteRune(r)
		}
	}
	return b.Bytes(), nil
}

func utf16Pair(r rune) (rune, rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}

func (s *Sim) apiFaults(w http.ResponseWriter, r *http.Request) {
	var f Fault
	if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&f); err != nil {
		http.Error(w, "bad fault: "+err.Error(), http.StatusBadRequest)
		return
	}
	s.AddFault(f)
	w.WriteHeader(http.StatusNoContent)
}
