package stellar

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"

	"github.com/souqchain/souq"

	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	hProtocol "github.com/stellar/go-stellar-sdk/protocols/horizon"
	"github.com/stellar/go-stellar-sdk/xdr"
)

// Class is what the submitter does with a submission's outcome.
type Class int

// Submission outcome classes.
const (
	ClassOK       Class = iota // in a ledger, successful
	ClassRebuild               // rejected before the ledger, nothing consumed: rebuild (new sequence/fee/bounds) and retry
	ClassBackoff               // rejected before the ledger by load (429, 503): wait, then retry
	ClassUnknown               // may or may not be in a ledger (504, network error): look the hash up before anything else
	ClassOpFailed              // in a ledger but an operation failed: fee and sequence consumed, nothing else applied
	ClassTerminal              // rejected and retrying the same thing cannot help (bad auth, no source account, malformed)
)

func (c Class) String() string {
	return [...]string{"ok", "rebuild", "backoff", "unknown", "op_failed", "terminal"}[c]
}

// Classify sorts an error from horizonclient's submit into a Class, with the result codes when
// Horizon gave them. Codes follow Horizon's transaction_failed problem: tx_bad_seq and friends
// are retried after a rebuild (as the Stellar Disbursement Platform does), load problems back
// off, and anything that cannot change by retrying is terminal.
func Classify(err error) (Class, *hProtocol.TransactionResultCodes) {
	if err == nil {
		return ClassOK, nil
	}
	var herr *horizonclient.Error
	if !errors.As(err, &herr) {
		return ClassUnknown, nil // transport error: the request may have reached Horizon
	}
	switch herr.Response.StatusCode {
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		return ClassBackoff, nil
	case http.StatusGatewayTimeout, http.StatusInternalServerError, http.StatusBadGateway:
		return ClassUnknown, nil
	}
	rc, cerr := herr.ResultCodes()
	if cerr != nil {
		return ClassTerminal, nil // malformed, bad request
	}
	switch rc.TransactionCode {
	case "tx_bad_seq", "tx_insufficient_fee", "tx_too_late", "tx_too_early":
		return ClassRebuild, rc
	case "tx_failed":
		for _, c := range rc.OperationCodes {
			if c == "op_bad_auth" {
				return ClassTerminal, rc // signature problem found before the ledger
			}
		}
		return ClassOpFailed, rc
	case "tx_bad_sponsorship":
		return ClassOpFailed, rc
	}
	return ClassTerminal, rc
}

// opCodeError maps an operation result code to the error the intent fails with.
func opCodeError(code string) error {
	switch code {
	case "op_no_trust", "op_src_no_trust":
		return ErrNoTrustline
	case "op_underfunded":
		return ErrUnderfunded
	case "op_not_authorized", "op_src_not_authorized":
		return ErrNotAuthorized
	case "op_low_reserve":
		return ErrLowReserve
	}
	return ErrRejected
}

// failedOpsFromResult reads the operation result codes of a failed transaction's result_xdr (for
// transactions found by hash during reconciliation), as indexes of failed operations.
func failedOpsFromResult(resultXDR string) (failed []int, codes []string) {
	var res xdr.TransactionResult
	if err := xdr.SafeUnmarshalBase64(resultXDR, &res); err != nil {
		return nil, nil
	}
	ops, ok := res.OperationResults()
	if !ok {
		return nil, nil
	}
	for i, o := range ops {
		if o.Code != xdr.OperationResultCodeOpInner {
			failed = append(failed, i)
			codes = append(codes, "op_bad_auth")
			continue
		}
		if code, ok := innerFailure(o); ok {
			failed = append(failed, i)
			codes = append(codes, code)
		}
	}
	return failed, codes
}

// innerFailure maps the inner result of the operations souq sends to a Horizon-style code.
func innerFailure(o xdr.OperationResult) (string, bool) {
	tr := o.Tr
	switch tr.Type {
	case xdr.OperationTypePayment:
		switch tr.PaymentResult.Code {
		case xdr.PaymentResultCodePaymentSuccess:
			return "", false
		case xdr.PaymentResultCodePaymentNoTrust:
			return "op_no_trust", true
		case xdr.PaymentResultCodePaymentSrcNoTrust:
			return "op_src_no_trust", true
		case xdr.PaymentResultCodePaymentUnderfunded:
			return "op_underfunded", true
		case xdr.PaymentResultCodePaymentNotAuthorized:
			return "op_not_authorized", true
		case xdr.PaymentResultCodePaymentSrcNotAuthorized:
			return "op_src_not_authorized", true
		}
		return "op_failed", true
	case xdr.OperationTypeCreateAccount:
		switch tr.CreateAccountResult.Code {
		case xdr.CreateAccountResultCodeCreateAccountSuccess:
			return "", false
		case xdr.CreateAccountResultCodeCreateAccountAlreadyExist:
			return "op_already_exists", true
		case xdr.CreateAccountResultCodeCreateAccountLowReserve:
			return "op_low_reserve", true
		}
		return "op_failed", true
	case xdr.OperationTypeClawback:
		switch tr.ClawbackResult.Code {
		case xdr.ClawbackResultCodeClawbackSuccess:
			return "", false
		case xdr.ClawbackResultCodeClawbackUnderfunded:
			return "op_underfunded", true
		case xdr.ClawbackResultCodeClawbackNoTrust:
			return "op_no_trust", true
		}
		return "op_failed", true
	case xdr.OperationTypeCreateClaimableBalance:
		switch tr.CreateClaimableBalanceResult.Code {
		case xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceSuccess:
			return "", false
		case xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceUnderfunded:
			return "op_underfunded", true
		case xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceNotAuthorized:
			return "op_not_authorized", true
		case xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceLowReserve:
			return "op_low_reserve", true
		}
		return "op_failed", true
	case xdr.OperationTypeChangeTrust:
		if tr.ChangeTrustResult.Code == xdr.ChangeTrustResultCodeChangeTrustSuccess {
			return "", false
		}
		if tr.ChangeTrustResult.Code == xdr.ChangeTrustResultCodeChangeTrustLowReserve {
			return "op_low_reserve", true
		}
		return "op_failed", true
	}
	// Sponsorship and the other operations souq sends carry no customer-specific failure.
	return "", false
}

// This part maps the package's errors onto souq's failure classes (souq.Classify), at the
// boundary where they leave for the sale service: retry later (Horizon down, slow, overloaded, a
// transaction to rebuild, a ledger close not seen yet); refused for now (the same intent may pass
// as a new attempt); refused for good (malformed or forbidden, not enough points); needs the
// operator (an account of the operator's or the merchant's without XLM, trustline authority, keys).

// classified wraps err with the souq class sentinel it belongs to, unless it already has one.
// Errors this package cannot place are returned as they are (souq retries those, then makes them
// visible as stuck).
func classified(err error) error {
	if err == nil || souq.Classify(err) != souq.ClassRetry || errors.Is(err, souq.ErrRetryLater) {
		return err
	}
	if c := classOf(err); c != nil {
		return fmt.Errorf("%w: %w", c, err)
	}
	return err
}

// operatorCodes are Horizon result codes only the operator can clear: a source account missing or
// without XLM for fees and reserves, a signature the keys cannot make, a trustline the issuer has
// not authorized or an account without the trustline souq itself creates.
var operatorCodes = map[string]bool{
	"tx_bad_auth": true, "tx_bad_auth_extra": true, "tx_no_source_account": true, "tx_insufficient_balance": true,
	"tx_bad_sponsorship": true, "op_bad_auth": true, "op_no_source_account": true, "op_low_reserve": true,
	"op_not_authorized": true, "op_src_not_authorized": true, "op_no_issuer": true, "op_no_trust": true, "op_src_no_trust": true,
	// Outside a customer's burn (classified from FailedError.Reason first), an underfunded
	// payment is the operator's or a merchant's account: setup's funding, the distribution float.
	"op_underfunded": true,
}

// classOf is the souq sentinel for an error of this package, of Horizon or of the network; nil if
// none fits.
func classOf(err error) error {
	var fe *FailedError
	var herr *horizonclient.Error
	var nerr net.Error
	switch {
	case errors.Is(err, ErrPending), errors.Is(err, context.DeadlineExceeded):
		return souq.ErrRetryLater
	case errors.As(err, &fe):
		return failedClass(fe)
	case errors.Is(err, ErrNotFunded):
		return souq.ErrNeedsOperator
	case errors.Is(err, ErrInvalidRequest), errors.Is(err, ErrInvalidAmount), errors.Is(err, ErrIdempotencyConflict),
		errors.Is(err, ErrInvalidProgram), errors.Is(err, ErrInvalidDestination), errors.Is(err, ErrUnknownVoucher),
		errors.Is(err, ErrVoucherUsed), errors.Is(err, ErrInsufficientPoints):
		return souq.ErrRefused
	case errors.As(err, &herr):
		return horizonClass(herr)
	case errors.As(err, &nerr), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF), errors.Is(err, syscall.ECONNREFUSED):
		return souq.ErrRetryLater
	}
	return nil
}

// horizonClass places an error answer of Horizon.
func horizonClass(herr *horizonclient.Error) error {
	class, rc := Classify(herr)
	switch class {
	case ClassBackoff, ClassUnknown, ClassRebuild:
		return souq.ErrRetryLater // 429, 5xx, tx_bad_seq, tx_too_late, tx_insufficient_fee
	}
	if rc != nil {
		if operatorCodes[rc.TransactionCode] {
			return souq.ErrNeedsOperator
		}
		for _, c := range rc.OperationCodes {
			if operatorCodes[c] {
				return souq.ErrNeedsOperator
			}
		}
	}
	if herr.Response != nil && herr.Response.StatusCode == http.StatusNotFound {
		return souq.ErrRefusedNow // an account not created yet
	}
	return souq.ErrRefused // malformed, forbidden
}

// failedClass places an intent that ended in a terminal failure on the ledger.
func failedClass(fe *FailedError) error {
	earn := strings.HasPrefix(fe.Key, kindEarn+"/")
	switch {
	case errors.Is(fe.Reason, ErrUnderfunded):
		if earn {
			return souq.ErrNeedsOperator // the distribution account's float ran out
		}
		return souq.ErrRefused // the customer's account holds fewer points than the burn
	case errors.Is(fe.Reason, ErrNoTrustline):
		if earn {
			return souq.ErrNeedsOperator // souq creates the trustline with the first earn: its records are off
		}
		return souq.ErrRefused // never earned with this merchant: nothing to burn
	case errors.Is(fe.Reason, ErrNotAuthorized), errors.Is(fe.Reason, ErrLowReserve):
		return souq.ErrNeedsOperator
	}
	for _, c := range strings.Fields(fe.Codes) {
		if operatorCodes[c] {
			return souq.ErrNeedsOperator
		}
	}
	// Gave up rebuilding (sequence, fees, expiry, load): the same intent may pass as a new attempt.
	return souq.ErrRefusedNow
}
