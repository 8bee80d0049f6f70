// Package whatsapp is souq's adapter for the WhatsApp Cloud API: the webhook (verification
// handshake, X-Hub-Signature-256, parsing every inbound kind the flows use, recording events in
// the durable inbox before answering 200), the sender (messages, limits, retries, pacing,
// template fallback outside the 24-hour window) and media download.
//
// It knows the wire format and nothing of the conversation: bot/ decides what to say.
package whatsapp

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Config is how souq talks to one WhatsApp business number. Pointing at the simulator or at
// graph.facebook.com is only a matter of GraphBaseURL.
type Config struct {
	GraphBaseURL  string // "https://graph.facebook.com", or the simulator's ".../graph"
	APIVersion    string // "v24.0"
	Token         string // system-user access token (Bearer)
	AppSecret     string // signs webhooks (X-Hub-Signature-256)
	VerifyToken   string // echoed in the GET handshake
	PhoneNumberID string // the business number's id: sends go to /{version}/{PhoneNumberID}/messages

	// FallbackTemplate is sent instead of a free-form message that WhatsApp refuses because the
	// recipient's 24-hour window is closed (131047), unless the message names its own fallback.
	FallbackTemplate *Template

	// Pacing: at most PairBurst messages at once to one recipient, refilled at one per
	// PairInterval (Meta: 1 per 6 s, bursts up to 45), and Throughput messages/s in total.
	PairBurst    int
	PairInterval time.Duration
	Throughput   int

	// Retries for throttling and temporary errors: up to MaxRetries, backing off from
	// RetryBase (x4 each time, as Meta suggests for pair limits) up to RetryMax.
	MaxRetries int
	RetryBase  time.Duration
	RetryMax   time.Duration
}

// DefaultAPIVersion is the Graph API version used when Config.APIVersion is empty.
const DefaultAPIVersion = "v24.0"

// WithDefaults fills unset fields with Meta's published limits.
func (c Config) WithDefaults() Config {
	if c.GraphBaseURL == "" {
		c.GraphBaseURL = "https://graph.facebook.com"
	}
	c.GraphBaseURL = strings.TrimRight(c.GraphBaseURL, "/")
	if c.APIVersion == "" {
		c.APIVersion = DefaultAPIVersion
	}
	if c.PairBurst == 0 {
		c.PairBurst = 45
	}
	if c.PairInterval == 0 {
		c.PairInterval = 6 * time.Second
	}
	if c.Throughput == 0 {
		c.Throughput = 80
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = 4
	}
	if c.RetryBase == 0 {
		c.RetryBase = time.Second
	}
	if c.RetryMax == 0 {
		c.RetryMax = time.Minute
	}
	return c
}

// ErrConfig is returned for an incomplete configuration.
var ErrConfig = errors.New("whatsapp: incomplete configuration")

// ValidateWebhook checks what the webhook needs.
func (c Config) ValidateWebhook() error {
	if c.AppSecret == "" || c.VerifyToken == "" {
		return fmt.Errorf("app secret and verify token are required: %w", ErrConfig)
	}
	return nil
}

// ValidateSender checks what the sender needs.
func (c Config) ValidateSender() error {
	if c.Token == "" || c.PhoneNumberID == "" {
		return fmt.Errorf("token and phone number id are required: %w", ErrConfig)
	}
	if !strings.HasPrefix(c.GraphBaseURL, "http://") && !strings.HasPrefix(c.GraphBaseURL, "https://") {
		return fmt.Errorf("graph base url %q: %w", c.GraphBaseURL, ErrConfig)
	}
	return nil
}
