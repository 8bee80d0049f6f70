package sandbox

import "github.com/stellar/go-stellar-sdk/xdr"

// Transaction result codes as Horizon renders them in extras.result_codes.transaction.
const (
	txSuccess             = "tx_success"
	txFailed              = "tx_failed"
	txTooEarly            = "tx_too_early"
	txTooLate             = "tx_too_late"
	txMissingOperation    = "tx_missing_operation"
	txBadSeq              = "tx_bad_seq"
	txBadAuth             = "tx_bad_auth"
	txInsufficientBalance = "tx_insufficient_balance"
	txNoSourceAccount     = "tx_no_source_account"
	txInsufficientFee     = "tx_insufficient_fee"
	txBadAuthExtra        = "tx_bad_auth_extra"
	txNotSupported        = "tx_not_supported"
	txBadSponsorship      = "tx_bad_sponsorship"
	txMalformed           = "tx_malformed"
)

var txCodeXDR = map[string]xdr.TransactionResultCode{
	txSuccess:             xdr.TransactionResultCodeTxSuccess,
	txFailed:              xdr.TransactionResultCodeTxFailed,
	txTooEarly:            xdr.TransactionResultCodeTxTooEarly,
	txTooLate:             xdr.TransactionResultCodeTxTooLate,
	txMissingOperation:    xdr.TransactionResultCodeTxMissingOperation,
	txBadSeq:              xdr.TransactionResultCodeTxBadSeq,
	txBadAuth:             xdr.TransactionResultCodeTxBadAuth,
	txInsufficientBalance: xdr.TransactionResultCodeTxInsufficientBalance,
	txNoSourceAccount:     xdr.TransactionResultCodeTxNoAccount,
	txInsufficientFee:     xdr.TransactionResultCodeTxInsufficientFee,
	txBadAuthExtra:        xdr.TransactionResultCodeTxBadAuthExtra,
	txNotSupported:        xdr.TransactionResultCodeTxNotSupported,
	txBadSponsorship:      xdr.TransactionResultCodeTxBadSponsorship,
	txMalformed:           xdr.TransactionResultCodeTxMalformed,
}

// Operation result codes as Horizon renders them in extras.result_codes.operations. Horizon uses
// one string per meaning across operation types (op_underfunded for payments, claimable balances
// and clawbacks alike), so the sandbox does too.
const (
	opSuccess               = "op_success"
	opBadAuth               = "op_bad_auth"
	opNoSourceAccount       = "op_no_source_account"
	opNotSupported          = "op_not_supported"
	opMalformed             = "op_malformed"
	opUnderfunded           = "op_underfunded"
	opLowReserve            = "op_low_reserve"
	opAlreadyExists         = "op_already_exists"
	opSrcNoTrust            = "op_src_no_trust"
	opSrcNotAuthorized      = "op_src_not_authorized"
	opNoDestination         = "op_no_destination"
	opNoTrust               = "op_no_trust"
	opNotAuthorized         = "op_not_authorized"
	opLineFull              = "op_line_full"
	opNoIssuer              = "op_no_issuer"
	opInvalidLimit          = "op_invalid_limit"
	opCantChange            = "op_cant_change"
	opAuthRevocableRequired = "op_auth_revocable_required"
	opCantRevoke            = "op_cant_revoke"
	opNotClawbackEnabled    = "op_not_clawback_enabled"
	opDoesNotExist          = "op_does_not_exist"
	opCannotClaim           = "op_cannot_claim"
	opAlreadySponsored      = "op_already_sponsored"
	opRecursive             = "op_recursive"
	opNotSponsored          = "op_not_sponsored"
	opNotIssuer             = "op_not_issuer"
	opTooManySigners        = "op_too_many_signers"
)

// opResult is the outcome of one operation: its type and Horizon code, plus the balance id a
// successful CreateClaimableBalance returns.
type opResult struct {
	Type      xdr.OperationType
	Code      string
	BalanceID *xdr.ClaimableBalanceId
}

func (r opResult) ok() bool { return r.Code == opSuccess }

// opResultXDR renders the result as stellar-core would, so result_xdr decodes with the real xdr
// package. Codes are mapped per operation type; a code an operation cannot produce maps to the
// generic opNOT_SUPPORTED.
func opResultXDR(r opResult) xdr.OperationResult {
	switch r.Code {
	case opBadAuth:
		return xdr.OperationResult{Code: xdr.OperationResultCodeOpBadAuth}
	case opNoSourceAccount:
		return xdr.OperationResult{Code: xdr.OperationResultCodeOpNoAccount}
	case opNotSupported:
		return xdr.OperationResult{Code: xdr.OperationResultCodeOpNotSupported}
	}
	tr := xdr.OperationResultTr{Type: r.Type}
	fail := func() xdr.OperationResult { return xdr.OperationResult{Code: xdr.OperationResultCodeOpNotSupported} }
	switch r.Type {
	case xdr.OperationTypeCreateAccount:
		c, ok := map[string]xdr.CreateAccountResultCode{
			opSuccess: xdr.CreateAccountResultCodeCreateAccountSuccess, opMalformed: xdr.CreateAccountResultCodeCreateAccountMalformed,
			opUnderfunded: xdr.CreateAccountResultCodeCreateAccountUnderfunded, opLowReserve: xdr.CreateAccountResultCodeCreateAccountLowReserve,
			opAlreadyExists: xdr.CreateAccountResultCodeCreateAccountAlreadyExist,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.CreateAccountResult = &xdr.CreateAccountResult{Code: c}
	case xdr.OperationTypePayment:
		c, ok := map[string]xdr.PaymentResultCode{
			opSuccess: xdr.PaymentResultCodePaymentSuccess, opMalformed: xdr.PaymentResultCodePaymentMalformed,
			opUnderfunded: xdr.PaymentResultCodePaymentUnderfunded, opSrcNoTrust: xdr.PaymentResultCodePaymentSrcNoTrust,
			opSrcNotAuthorized: xdr.PaymentResultCodePaymentSrcNotAuthorized, opNoDestination: xdr.PaymentResultCodePaymentNoDestination,
			opNoTrust: xdr.PaymentResultCodePaymentNoTrust, opNotAuthorized: xdr.PaymentResultCodePaymentNotAuthorized,
			opLineFull: xdr.PaymentResultCodePaymentLineFull, opNoIssuer: xdr.PaymentResultCodePaymentNoIssuer,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.PaymentResult = &xdr.PaymentResult{Code: c}
	case xdr.OperationTypeSetOptions:
		c, ok := map[string]xdr.SetOptionsResultCode{
			opSuccess: xdr.SetOptionsResultCodeSetOptionsSuccess, opLowReserve: xdr.SetOptionsResultCodeSetOptionsLowReserve,
			opTooManySigners: xdr.SetOptionsResultCodeSetOptionsTooManySigners, opCantChange: xdr.SetOptionsResultCodeSetOptionsCantChange,
			opMalformed:             xdr.SetOptionsResultCodeSetOptionsBadFlags,
			opAuthRevocableRequired: xdr.SetOptionsResultCodeSetOptionsAuthRevocableRequired,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.SetOptionsResult = &xdr.SetOptionsResult{Code: c}
	case xdr.OperationTypeChangeTrust:
		c, ok := map[string]xdr.ChangeTrustResultCode{
			opSuccess: xdr.ChangeTrustResultCodeChangeTrustSuccess, opMalformed: xdr.ChangeTrustResultCodeChangeTrustMalformed,
			opNoIssuer: xdr.ChangeTrustResultCodeChangeTrustNoIssuer, opInvalidLimit: xdr.ChangeTrustResultCodeChangeTrustInvalidLimit,
			opLowReserve: xdr.ChangeTrustResultCodeChangeTrustLowReserve,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.ChangeTrustResult = &xdr.ChangeTrustResult{Code: c}
	case xdr.OperationTypeCreateClaimableBalance:
		c, ok := map[string]xdr.CreateClaimableBalanceResultCode{
			opSuccess: xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceSuccess, opMalformed: xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceMalformed,
			opLowReserve: xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceLowReserve, opNoTrust: xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceNoTrust,
			opNotAuthorized: xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceNotAuthorized, opUnderfunded: xdr.CreateClaimableBalanceResultCodeCreateClaimableBalanceUnderfunded,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.CreateClaimableBalanceResult = &xdr.CreateClaimableBalanceResult{Code: c, BalanceId: r.BalanceID}
	case xdr.OperationTypeClaimClaimableBalance:
		c, ok := map[string]xdr.ClaimClaimableBalanceResultCode{
			opSuccess: xdr.ClaimClaimableBalanceResultCodeClaimClaimableBalanceSuccess, opDoesNotExist: xdr.ClaimClaimableBalanceResultCodeClaimClaimableBalanceDoesNotExist,
			opCannotClaim: xdr.ClaimClaimableBalanceResultCodeClaimClaimableBalanceCannotClaim, opLineFull: xdr.ClaimClaimableBalanceResultCodeClaimClaimableBalanceLineFull,
			opNoTrust: xdr.ClaimClaimableBalanceResultCodeClaimClaimableBalanceNoTrust, opNotAuthorized: xdr.ClaimClaimableBalanceResultCodeClaimClaimableBalanceNotAuthorized,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.ClaimClaimableBalanceResult = &xdr.ClaimClaimableBalanceResult{Code: c}
	case xdr.OperationTypeBeginSponsoringFutureReserves:
		c, ok := map[string]xdr.BeginSponsoringFutureReservesResultCode{
			opSuccess: xdr.BeginSponsoringFutureReservesResultCodeBeginSponsoringFutureReservesSuccess, opMalformed: xdr.BeginSponsoringFutureReservesResultCodeBeginSponsoringFutureReservesMalformed,
			opAlreadySponsored: xdr.BeginSponsoringFutureReservesResultCodeBeginSponsoringFutureReservesAlreadySponsored, opRecursive: xdr.BeginSponsoringFutureReservesResultCodeBeginSponsoringFutureReservesRecursive,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.BeginSponsoringFutureReservesResult = &xdr.BeginSponsoringFutureReservesResult{Code: c}
	case xdr.OperationTypeEndSponsoringFutureReserves:
		c, ok := map[string]xdr.EndSponsoringFutureReservesResultCode{
			opSuccess: xdr.EndSponsoringFutureReservesResultCodeEndSponsoringFutureReservesSuccess, opNotSponsored: xdr.EndSponsoringFutureReservesResultCodeEndSponsoringFutureReservesNotSponsored,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.EndSponsoringFutureReservesResult = &xdr.EndSponsoringFutureReservesResult{Code: c}
	case xdr.OperationTypeClawback:
		c, ok := map[string]xdr.ClawbackResultCode{
			opSuccess: xdr.ClawbackResultCodeClawbackSuccess, opMalformed: xdr.ClawbackResultCodeClawbackMalformed,
			opNotClawbackEnabled: xdr.ClawbackResultCodeClawbackNotClawbackEnabled, opNoTrust: xdr.ClawbackResultCodeClawbackNoTrust,
			opUnderfunded: xdr.ClawbackResultCodeClawbackUnderfunded,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.ClawbackResult = &xdr.ClawbackResult{Code: c}
	case xdr.OperationTypeClawbackClaimableBalance:
		c, ok := map[string]xdr.ClawbackClaimableBalanceResultCode{
			opSuccess: xdr.ClawbackClaimableBalanceResultCodeClawbackClaimableBalanceSuccess, opDoesNotExist: xdr.ClawbackClaimableBalanceResultCodeClawbackClaimableBalanceDoesNotExist,
			opNotIssuer: xdr.ClawbackClaimableBalanceResultCodeClawbackClaimableBalanceNotIssuer, opNotClawbackEnabled: xdr.ClawbackClaimableBalanceResultCodeClawbackClaimableBalanceNotClawbackEnabled,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.ClawbackClaimableBalanceResult = &xdr.ClawbackClaimableBalanceResult{Code: c}
	case xdr.OperationTypeSetTrustLineFlags:
		c, ok := map[string]xdr.SetTrustLineFlagsResultCode{
			opSuccess: xdr.SetTrustLineFlagsResultCodeSetTrustLineFlagsSuccess, opMalformed: xdr.SetTrustLineFlagsResultCodeSetTrustLineFlagsMalformed,
			opNoTrust: xdr.SetTrustLineFlagsResultCodeSetTrustLineFlagsNoTrustLine, opCantRevoke: xdr.SetTrustLineFlagsResultCodeSetTrustLineFlagsCantRevoke,
		}[r.Code]
		if !ok {
			return fail()
		}
		tr.SetTrustLineFlagsResult = &xdr.SetTrustLineFlagsResult{Code: c}
	default:
		return fail()
	}
	return xdr.OperationResult{Code: xdr.OperationResultCodeOpInner, Tr: &tr}
}

// resultXDR renders a TransactionResult in base64.
func resultXDR(fee int64, code string, ops []opResult) string {
	res := xdr.TransactionResult{FeeCharged: xdr.Int64(fee)}
	res.Result.Code = txCodeXDR[code]
	if code == txSuccess || code == txFailed {
		rs := make([]xdr.OperationResult, len(ops))
		for i, r := range ops {
			rs[i] = opResultXDR(r)
		}
		res.Result.Results = &rs
	}
	s, err := xdr.MarshalBase64(res)
	if err != nil {
		return ""
	}
	return s
}
