package whatsapp

import (
	"errors"
	"fmt"
)

// APIError is a Cloud API error, from a Graph API response or inside a webhook.
type APIError struct {
	Code      int    `json:"code"`
	Title     string `json:"title,omitempty"`
	Message   string `json:"message,omitempty"`
	Type      string `json:"type,omitempty"`
	ErrorData struct {
		MessagingProduct string `json:"messaging_product,omitempty"`
		Details          string `json:"details,omitempty"`
	} `json:"error_data,omitzero"`
	FBTraceID  string `json:"fbtrace_id,omitempty"`
	Href       string `json:"href,omitempty"`
	HTTPStatus int    `json:"-"`
}

func (e *APIError) Error() string {
	msg := e.Message
	if msg == "" {
		msg = e.Title
	}
	if e.ErrorData.Details != "" {
		msg += ": " + e.ErrorData.Details
	}
	return fmt.Sprintf("whatsapp: error %d (http %d): %s", e.Code, e.HTTPStatus, msg)
}

// Error classes, matched with errors.Is against an *APIError.
var (
	ErrThrottled      = errors.New("whatsapp: throttled")
	ErrTemporary      = errors.New("whatsapp: temporary failure")
	ErrWindowClosed   = errors.New("whatsapp: outside the 24-hour customer service window")
	ErrUndeliverable  = errors.New("whatsapp: recipient cannot receive messages")
	ErrAuth           = errors.New("whatsapp: access token or permission problem")
	ErrInvalidMessage = errors.New("whatsapp: invalid message parameters")
)

// throttling codes: back off and retry (Meta error-codes page; the pair limit 131056 is per
// recipient). 133016 is the registration rate limit courier also treats as throttling.
var throttling = map[int]bool{4: true, 80007: true, 130429: true, 131048: true, 131056: true, 133016: true}

var temporary = map[int]bool{1: true, 2: true, 131000: true, 131016: true, 131057: true}

// Is classifies the error by code (never by title or HTTP status alone, per Meta's advice).
func (e *APIError) Is(target error) bool {
	switch target {
	case ErrThrottled:
		return throttling[e.Code]
	case ErrTemporary:
		return temporary[e.Code] || e.HTTPStatus >= 500 && !throttling[e.Code] && e.Code != 131047
	case ErrWindowClosed:
		return e.Code == 131047
	case ErrUndeliverable:
		return e.Code == 131026 || e.Code == 131050 || e.Code == 130403 || e.Code == 131021
	case ErrAuth:
		return e.Code == 0 && e.HTTPStatus == 401 || e.Code == 190 || e.Code == 3 || e.Code == 10 || e.Code >= 200 && e.Code <= 299 || e.Code == 131005
	case ErrInvalidMessage:
		return e.Code == 100 || e.Code == 131008 || e.Code == 131009 || e.Code >= 132000 && e.Code < 133000
	}
	return false
}

// Retryable reports whether sending again later may succeed.
func Retryable(err error) bool {
	return errors.Is(err, ErrThrottled) || errors.Is(err, ErrTemporary)
}
