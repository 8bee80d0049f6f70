package souq

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// This file holds how outbound work fails. Every error an adapter returns from a port call (or
// reports later through Service.OnIntentResult) falls in one of four classes, after the Stellar
// Disbursement Platform's submission service. Nothing is retried forever in silence: work that
// cannot proceed is stuck, and stuck work is a metric, a log line and a `souq status` entry.

// FailureClass says what to do about a failed piece of outbound work.
type FailureClass string

// Failure classes.
const (
	// ClassRetry: transient (network, timeout, rate limit, node busy): the same attempt again
	// after a backoff.
	ClassRetry FailureClass = "retry"
	// ClassRefusedNow: the chain or service refused it under today's conditions (a deadline not
	// yet reached on the chain's clock, a wallet short of funds); it may pass when they change.
	// Re-check, then send again as a new attempt of the same intent.
	ClassRefusedNow FailureClass = "refused_now"
	// ClassRefused: refused for good (the order is past the step, a deadline passed): the intent
	// fails, and the order moves to a state its people are told about.
	ClassRefused FailureClass = "refused"
	// ClassOperator: only the operator can unblock it (relayer out of gas, a missing key, a
	// misconfigured contract): stuck and visible until fixed, then retried.
	ClassOperator FailureClass = "operator"
)

// Sentinel errors for the classes; adapters wrap them (fmt.Errorf("…: %w", souq.ErrRefusedNow)).
var (
	ErrRetryLater    = errors.New("temporary failure, retrying")
	ErrRefusedNow    = errors.New("refused for now")
	ErrRefused       = errors.New("refused for good")
	ErrNeedsOperator = errors.New("needs the operator")
)

// WaitError says the port knows when the work can go on: try again at Until, and do not count
// this as a failed attempt (a notice whose send a crash interrupted waits for WhatsApp's status).
// It is a ClassRetry error.
type WaitError struct {
	Until  time.Time
	Reason string
}

func (e *WaitError) Error() string { return e.Reason }

// Unwrap makes a WaitError an ErrRetryLater.
func (e *WaitError) Unwrap() error { return ErrRetryLater }

// Classify returns the class of an outbound error. Unclassified errors are transient: they are
// retried with backoff and become stuck (visible) after a few attempts.
func Classify(err error) FailureClass {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrNeedsOperator):
		return ClassOperator
	case errors.Is(err, ErrRefused):
		return ClassRefused
	case errors.Is(err, ErrRefusedNow):
		return ClassRefusedNow
	}
	return ClassRetry
}

// ShortfallError says a wallet lacks money for a transaction: Need of Asset ("ETH" for the
// native coin and gas, or the token's symbol/address) where it holds Have. It wraps
// ErrRefusedNow for a person's wallet (they can add funds) and ErrNeedsOperator for the
// operator's relayer; Class says which.
type ShortfallError struct {
	Address string
	Asset   string
	Need    *big.Int
	Have    *big.Int
	Class   FailureClass
}

func (e *ShortfallError) Error() string {
	return fmt.Sprintf("%s holds %s %s, needs %s", e.Address, amountString(e.Have), e.Asset, amountString(e.Need))
}

// Missing is how much more the wallet needs.
func (e *ShortfallError) Missing() *big.Int {
	m := new(big.Int)
	if e.Need != nil {
		m.Set(e.Need)
	}
	if e.Have != nil {
		m.Sub(m, e.Have)
	}
	if m.Sign() < 0 {
		m.SetInt64(0)
	}
	return m
}

// Unwrap makes errors.Is see the class.
func (e *ShortfallError) Unwrap() error {
	if e.Class == ClassOperator {
		return ErrNeedsOperator
	}
	return ErrRefusedNow
}

func amountString(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// AttemptKey is the idempotency key the service passes to a port for attempt n (0-based) of the
// intent key: the key itself for the first attempt, key + "#n" after. A port call under an
// attempt key acts at most once; a new attempt of the same intent is a new call.
func AttemptKey(intentKey string, n int) string {
	if n <= 0 {
		return intentKey
	}
	return intentKey + "#" + strconv.Itoa(n)
}

// SplitAttemptKey undoes AttemptKey.
func SplitAttemptKey(key string) (intentKey string, n int) {
	i := strings.LastIndexByte(key, '#')
	if i < 0 {
		return key, 0
	}
	n, err := strconv.Atoi(key[i+1:])
	if err != nil || n <= 0 {
		return key, 0
	}
	return key[:i], n
}
