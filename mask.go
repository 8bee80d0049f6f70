package souq

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Masker makes the tags that stand for phone numbers in logs. A tag is the number's first two
// digits (roughly its country) and 64 bits of HMAC-SHA256 under a key derived from the operator's
// secret: stable for one deployment, so a person's log lines can be followed, and not reversible
// without the secret (an unkeyed hash of a phone number falls to brute force in seconds, numbers
// being few). The key is derived for this use only, so tags reveal nothing of the commitments
// made with the same secret (Committer).
//
// The zero Masker has no key and tags every number "redacted": nothing unkeyed is ever logged.
type Masker struct{ key []byte }

// NewMasker derives the log-mask key from the operator's secret.
func NewMasker(secret []byte) Masker {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte("souq.logmask.v1"))
	return Masker{key: mac.Sum(nil)}
}

// Mask returns the log tag of a number.
func (m Masker) Mask(w WaID) string {
	if w == "" {
		return "-"
	}
	p := string(w)
	if len(p) > 2 {
		p = p[:2]
	}
	if len(m.key) == 0 {
		return p + "…redacted"
	}
	mac := hmac.New(sha256.New, m.key)
	mac.Write([]byte(w))
	return p + "…" + hex.EncodeToString(mac.Sum(nil)[:8])
}
