package stellar

import (
	"errors"
	"fmt"
)

// Errors the bot turns into chat replies. They are wrapped with context; test with errors.Is.
var (
	ErrInvalidAmount       = errors.New("points must be a whole number greater than zero")
	ErrInsufficientPoints  = errors.New("not enough points")
	ErrUnknownProgram      = errors.New("no loyalty program for this merchant")
	ErrInvalidProgram      = errors.New("invalid loyalty program")
	ErrInvalidRequest      = errors.New("invalid loyalty request")
	ErrIdempotencyConflict = errors.New("this key was already used for a different request")
	ErrInvalidDestination  = errors.New("not a valid Stellar account address")
	ErrVoucherUsed         = errors.New("voucher already used on another order")
	ErrUnknownVoucher      = errors.New("no such voucher")
	ErrNotFunded           = errors.New("stellar account is not funded")
	ErrPending             = errors.New("still being processed on the Stellar network")

	// Terminal ledger outcomes, from Horizon result codes.
	ErrNoTrustline   = errors.New("account has no trustline for the loyalty asset")
	ErrUnderfunded   = errors.New("account does not hold enough of the asset")
	ErrNotAuthorized = errors.New("trustline is not authorized by the issuer")
	ErrLowReserve    = errors.New("sponsor cannot cover the account reserve")
	ErrRejected      = errors.New("transaction rejected by the network")
)

// FailedError reports an intent that ended in a terminal failure: Reason is one of the terminal
// sentinel errors above, Codes the Horizon result codes that caused it.
type FailedError struct {
	Key    string
	Reason error
	Codes  string
}

func (e *FailedError) Error() string {
	return fmt.Sprintf("loyalty %s failed: %v (%s)", e.Key, e.Reason, e.Codes)
}

func (e *FailedError) Unwrap() error { return e.Reason }
