package whatsapp

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/internal/backoff"
)

// SentLog records outbound messages and their fate; *store.DB implements it.
type SentLog interface {
	RecordSent(ctx context.Context, m souq.SentMessage) error
}

// Client sends messages through the Graph API.
type Client struct {
	cfg     Config
	http    *http.Client
	log     logrus.FieldLogger
	sent    SentLog
	pair    *pacer
	total   *pacer
	sleep   func(ctx context.Context, d time.Duration) error
	maxBody int64
	mask    souq.Masker
}

// ClientOption configures a Client.
type ClientOption func(*Client)

// WithHTTPClient sets the HTTP client (timeouts, transport).
func WithHTTPClient(h *http.Client) ClientOption { return func(c *Client) { c.http = h } }

// WithLogger sets the logger.
func WithLogger(l logrus.FieldLogger) ClientOption { return func(c *Client) { c.log = l } }

// WithMasker sets how numbers are tagged in logs (souq.NewMasker with the operator's secret);
// without it they are logged as "redacted".
func WithMasker(m souq.Masker) ClientOption { return func(c *Client) { c.mask = m } }

// WithSentLog records every accepted and permanently failed message.
func WithSentLog(s SentLog) ClientOption { return func(c *Client) { c.sent = s } }

// WithSleep replaces the backoff sleep (tests).
func WithSleep(f func(ctx context.Context, d time.Duration) error) ClientOption {
	return func(c *Client) { c.sleep = f }
}

// NewClient returns a sender for cfg (defaults applied).
func NewClient(cfg Config, opts ...ClientOption) (*Client, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.ValidateSender(); err != nil {
		return nil, err
	}
	c := &Client{
		cfg: cfg,
		// The Graph API answers a send in well under a second; a hung request is given up (and
		// retried) after 10 s rather than holding the chat for 30.
		http:    &http.Client{Timeout: 10 * time.Second},
		log:     logrus.StandardLogger(),
		pair:    newPacer(cfg.PairBurst, cfg.PairInterval),
		total:   newPacer(cfg.Throughput, time.Second/time.Duration(cfg.Throughput)),
		sleep:   sleepCtx,
		maxBody: 16 << 20,
	}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *Client) messagesURL() string {
	return c.cfg.GraphBaseURL + "/" + c.cfg.APIVersion + "/" + url.PathEscape(c.cfg.PhoneNumberID) + "/messages"
}

type sendResponse struct {
	Contacts []struct {
		Input string `json:"input"`
		WaID  string `json:"wa_id"`
	} `json:"contacts"`
	Messages []struct {
		ID string `json:"id"`
	} `json:"messages"`
	Success bool `json:"success"`
}

// Send validates m against WhatsApp's limits, paces it (per recipient and overall), posts it,
// retries throttling and temporary errors with backoff, and switches to the fallback template
// when the recipient's 24-hour window is closed. It returns the message id (wamid).
func (c *Client) Send(ctx context.Context, m Outgoing) (string, error) {
	if err := m.Validate(); err != nil {
		return "", err
	}
	log := c.log.WithFields(logrus.Fields{"to": c.mask.Mask(souq.WaID(m.To)), "kind": m.Kind()})
	switchedToTemplate := false
	for attempt := 0; ; attempt++ {
		if err := c.pair.wait(ctx, m.To, c.sleep); err != nil {
			return "", err
		}
		if err := c.total.wait(ctx, "", c.sleep); err != nil {
			return "", err
		}
		var resp sendResponse
		err := c.post(ctx, c.messagesURL(), m, &resp)
		if err == nil {
			if len(resp.Messages) == 0 || resp.Messages[0].ID == "" {
				return "", fmt.Errorf("whatsapp: send: response without message id")
			}
			id := resp.Messages[0].ID
			c.record(ctx, souq.SentMessage{ID: id, To: m.To, Kind: m.Kind(), Status: "accepted"})
			return id, nil
		}
		if errors.Is(err, ErrWindowClosed) && m.Template == nil && !switchedToTemplate {
			fb := m.Fallback
			if fb == nil {
				fb = c.cfg.FallbackTemplate
			}
			if fb != nil {
				log.WithField("template", fb.Name).Info("whatsapp: 24-hour window closed, sending template")
				m = Outgoing{To: m.To, BizOpaque: m.BizOpaque, Template: fb}
				switchedToTemplate = true
				continue
			}
		}
		if !Retryable(err) || attempt >= c.cfg.MaxRetries {
			log.WithError(err).Warn("whatsapp: send failed")
			var ae *APIError
			if errors.As(err, &ae) {
				c.record(ctx, souq.SentMessage{ID: "failed:" + m.To + ":" + time.Now().UTC().Format(time.RFC3339Nano), To: m.To,
					Kind: m.Kind(), Status: "failed", ErrorCode: ae.Code, Error: ae.Error()})
			}
			return "", err
		}
		d := c.backoff(attempt, errors.Is(err, ErrThrottled))
		log.WithError(err).WithField("retry_in", d).Info("whatsapp: send failed for now, backing off")
		if err := c.sleep(ctx, d); err != nil {
			return "", err
		}
	}
}

// backoff is RetryBase * 4^attempt for throttling (Meta's advice for pair-rate limits), and
// RetryBase * 2^attempt for a temporary failure (a 5xx, a timeout: the message goes out as soon as
// the Graph API is back), capped at RetryMax.
func (c *Client) backoff(attempt int, throttled bool) time.Duration {
	factor := 2
	if throttled {
		factor = 4
	}
	return backoff.Delay(c.cfg.RetryBase, factor, attempt, c.cfg.RetryMax)
}

func (c *Client) record(ctx context.Context, m souq.SentMessage) {
	if c.sent == nil {
		return
	}
	if err := c.sent.RecordSent(ctx, m); err != nil {
		c.log.WithError(err).Warn("whatsapp: recording sent message")
	}
}

// MarkRead marks an inbound message (and earlier ones) as read.
func (c *Client) MarkRead(ctx context.Context, messageID string) error {
	body := map[string]string{"messaging_product": "whatsapp", "status": "read", "message_id": messageID}
	var resp sendResponse
	if err := c.post(ctx, c.messagesURL(), body, &resp); err != nil {
		return err
	}
	if !resp.Success {
		return fmt.Errorf("whatsapp: mark read: not acknowledged")
	}
	return nil
}

// post sends JSON and decodes a 2xx answer into out, or a Graph error into *APIError. Network
// failures are reported as temporary (retryable).
func (c *Client) post(ctx context.Context, u string, body, out any) error {
	raw, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("whatsapp: encode: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("whatsapp: request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	return c.do(req, out)
}

func (c *Client) do(req *http.Request, out any) error {
	req.Header.Set("Authorization", "Bearer "+c.cfg.Token)
	resp, err := c.http.Do(req)
	if err != nil {
		if req.Context().Err() != nil {
			return req.Context().Err()
		}
		return &APIError{Code: 2, Message: "connection failed: " + err.Error(), HTTPStatus: 503}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return &APIError{Code: 2, Message: "reading response: " + err.Error(), HTTPStatus: 503}
	}
	return decodeGraph(resp.StatusCode, raw, out)
}

func decodeGraph(status int, raw []byte, out any) error {
	if status >= 200 && status < 300 {
		if err := json.Unmarshal(raw, out); err != nil {
			return fmt.Errorf("whatsapp: decoding response: %w", err)
		}
		return nil
	}
	var env struct {
		Error *APIError `json:"error"`
	}
	if err := json.Unmarshal(raw, &env); err != nil || env.Error == nil {
		return &APIError{HTTPStatus: status, Message: fmt.Sprintf("http %d: %s", status, truncate(string(raw), 200))}
	}
	env.Error.HTTPStatus = status
	return env.Error
}

// DownloadedMedia is a fetched media object.
type DownloadedMedia struct {
	Bytes    []byte
	MimeType string
	SHA256   [32]byte // of Bytes, as we computed it
}

// ErrMediaIntegrity is returned when the bytes do not hash to what WhatsApp announced.
var ErrMediaIntegrity = errors.New("whatsapp: media bytes do not match their announced sha256")

// DownloadMedia resolves a media id to its short-lived URL, fetches the bytes with the same
// Bearer token, hashes them and checks the hash WhatsApp announced (when it announced one). A
// 404 on the URL (expired after 5 minutes) gets one fresh URL.
func (c *Client) DownloadMedia(ctx context.Context, mediaID string) (DownloadedMedia, error) {
	var out DownloadedMedia
	for attempt := 0; attempt < 2; attempt++ {
		var meta struct {
			URL      string      `json:"url"`
			MimeType string      `json:"mime_type"`
			SHA256   string      `json:"sha256"`
			FileSize json.Number `json:"file_size"`
			ID       string      `json:"id"`
		}
		u := c.cfg.GraphBaseURL + "/" + c.cfg.APIVersion + "/" + url.PathEscape(mediaID) + "?phone_number_id=" + url.QueryEscape(c.cfg.PhoneNumberID)
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return out, fmt.Errorf("whatsapp: media request: %w", err)
		}
		if err := c.do(req, &meta); err != nil {
			return out, fmt.Errorf("whatsapp: media %s: %w", mediaID, err)
		}
		if meta.URL == "" {
			return out, fmt.Errorf("whatsapp: media %s: no url in response", mediaID)
		}
		req, err = http.NewRequestWithContext(ctx, http.MethodGet, meta.URL, nil)
		if err != nil {
			return out, fmt.Errorf("whatsapp: media url: %w", err)
		}
		req.Header.Set("Authorization", "Bearer "+c.cfg.Token)
		resp, err := c.http.Do(req)
		if err != nil {
			return out, fmt.Errorf("whatsapp: media download: %w", err)
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBody+1))
		resp.Body.Close()
		if resp.StatusCode == http.StatusNotFound && attempt == 0 {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("whatsapp: media download: %w", err)
		}
		if resp.StatusCode != http.StatusOK {
			return out, fmt.Errorf("whatsapp: media download: http %d", resp.StatusCode)
		}
		if int64(len(body)) > c.maxBody {
			return out, fmt.Errorf("whatsapp: media larger than %d bytes", c.maxBody)
		}
		out = DownloadedMedia{Bytes: body, MimeType: resp.Header.Get("Content-Type"), SHA256: sha256.Sum256(body)}
		if out.MimeType == "" {
			out.MimeType = meta.MimeType
		}
		if want, ok := decodeHash(meta.SHA256); ok && want != out.SHA256 {
			return DownloadedMedia{}, fmt.Errorf("media %s: %w", mediaID, ErrMediaIntegrity)
		}
		return out, nil
	}
	return out, fmt.Errorf("whatsapp: media %s: url expired twice", mediaID)
}

// decodeHash reads a sha256 in the forms Meta uses (hex, or base64 in webhooks).
func decodeHash(s string) ([32]byte, bool) {
	var h [32]byte
	if b, err := hex.DecodeString(s); err == nil && len(b) == 32 {
		copy(h[:], b)
		return h, true
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil && len(b) == 32 {
			copy(h[:], b)
			return h, true
		}
	}
	return h, false
}
