package whatsapp

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// SignatureHeader carries the HMAC-SHA256 of the raw POST body, keyed with the app secret.
const SignatureHeader = "X-Hub-Signature-256"

// Signature errors: missing is answered 401, the others 403.
var (
	ErrSignatureMissing   = errors.New("missing " + SignatureHeader)
	ErrSignatureMalformed = errors.New("malformed " + SignatureHeader + ": want sha256=<64 hex digits>")
	ErrSignatureMismatch  = errors.New(SignatureHeader + " does not match the body")
)

// Sign returns the header value Meta sends for body: "sha256=" + lowercase hex HMAC-SHA256.
func Sign(body, appSecret []byte) string {
	m := hmac.New(sha256.New, appSecret)
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// VerifySignature checks header against the raw body bytes as received (never a re-serialised
// body: Meta signs its escaped JSON), comparing in constant time.
func VerifySignature(header string, body, appSecret []byte) error {
	if header == "" {
		return ErrSignatureMissing
	}
	hexSum, ok := strings.CutPrefix(header, "sha256=")
	if !ok || len(hexSum) != 2*sha256.Size {
		return ErrSignatureMalformed
	}
	got, err := hex.DecodeString(hexSum)
	if err != nil {
		return ErrSignatureMalformed
	}
	m := hmac.New(sha256.New, appSecret)
	m.Write(body)
	if !hmac.Equal(got, m.Sum(nil)) {
		return ErrSignatureMismatch
	}
	return nil
}
