package stellar

import (
	"errors"
	"net/http"

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
