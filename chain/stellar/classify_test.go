package stellar

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"syscall"
	"testing"

	"github.com/souqchain/souq"

	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	"github.com/stellar/go-stellar-sdk/support/render/problem"
)

func TestClassify(t *testing.T) {
	t.Parallel()
	herr := func(status int, tx string, ops ...string) error {
		p := problem.P{Status: status}
		if tx != "" {
			rc := map[string]any{"transaction": tx}
			if len(ops) > 0 {
				rc["operations"] = ops
			}
			p.Extras = map[string]any{"result_codes": rc}
		}
		return &horizonclient.Error{Response: &http.Response{StatusCode: status}, Problem: p}
	}
	for _, tc := range []struct {
		name string
		err  error
		want Class
	}{
		{"ok", nil, ClassOK},
		{"bad sequence", herr(400, "tx_bad_seq"), ClassRebuild},
		{"fee too low", herr(400, "tx_insufficient_fee"), ClassRebuild},
		{"expired", herr(400, "tx_too_late"), ClassRebuild},
		{"rate limited", herr(429, ""), ClassBackoff},
		{"try again later", herr(503, ""), ClassBackoff},
		{"horizon timeout", herr(504, ""), ClassUnknown},
		{"network error", errors.New("dial tcp: connection refused"), ClassUnknown},
		{"no trustline", herr(400, "tx_failed", "op_success", "op_no_trust"), ClassOpFailed},
		{"underfunded", herr(400, "tx_failed", "op_underfunded"), ClassOpFailed},
		{"not authorized", herr(400, "tx_failed", "op_not_authorized"), ClassOpFailed},
		{"bad auth", herr(400, "tx_bad_auth"), ClassTerminal},
		{"op bad auth", herr(400, "tx_failed", "op_bad_auth"), ClassTerminal},
		{"channel cannot pay fee", herr(400, "tx_insufficient_balance"), ClassTerminal},
		{"malformed", herr(400, ""), ClassTerminal},
	} {
		if got, _ := Classify(tc.err); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	for code, want := range map[string]error{"op_no_trust": ErrNoTrustline, "op_underfunded": ErrUnderfunded,
		"op_not_authorized": ErrNotAuthorized, "op_low_reserve": ErrLowReserve, "op_line_full": ErrRejected} {
		if got := opCodeError(code); !errors.Is(got, want) {
			t.Errorf("%s: %v", code, got)
		}
	}
}

func TestExplorerLinks(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		pass, horizon, tx, asset string
	}{
		{"Test SDF Network ; September 2015", "", "https://stellar.expert/explorer/testnet/tx/abc", "https://stellar.expert/explorer/testnet/asset/PTS-GISS"},
		{"Public Global Stellar Network ; September 2015", "", "https://stellar.expert/explorer/public/tx/abc", "https://stellar.expert/explorer/public/asset/PTS-GISS"},
		{"souq sandbox ; test ledger", "http://127.0.0.1:8000/", "http://127.0.0.1:8000/transactions/abc", "http://127.0.0.1:8000/accounts/GISS"},
	} {
		e := NewExplorer(tc.pass, tc.horizon)
		if e.Tx("abc") != tc.tx || e.Asset("PTS", "GISS") != tc.asset {
			t.Errorf("%s: %s %s", tc.pass, e.Tx("abc"), e.Asset("PTS", "GISS"))
		}
	}
}

// The adapter's errors carry souq's failure classes (issue 10: nothing retried for ever in silence).
func TestClassifiedForSouq(t *testing.T) {
	t.Parallel()
	herr := func(status int, tx string, ops ...string) error {
		p := problem.P{Status: status}
		if tx != "" {
			rc := map[string]any{"transaction": tx}
			if len(ops) > 0 {
				rc["operations"] = ops
			}
			p.Extras = map[string]any{"result_codes": rc}
		}
		return &horizonclient.Error{Response: &http.Response{StatusCode: status}, Problem: p}
	}
	failed := func(key string, reason error, codes string) error {
		return fmt.Errorf("wrapped: %w", &FailedError{Key: key, Reason: reason, Codes: codes})
	}
	for _, tc := range []struct {
		name string
		err  error
		want souq.FailureClass
	}{
		{"horizon down (connection refused)", &url.Error{Op: "Get", URL: "http://127.0.0.1:1", Err: syscall.ECONNREFUSED}, souq.ClassRetry},
		{"horizon timeout", herr(504, ""), souq.ClassRetry},
		{"horizon 500", herr(500, ""), souq.ClassRetry},
		{"rate limited", herr(429, ""), souq.ClassRetry},
		{"tx_too_late", herr(400, "tx_too_late"), souq.ClassRetry},
		{"bad sequence", herr(400, "tx_bad_seq"), souq.ClassRetry},
		{"ledger close not seen yet", fmt.Errorf("earn k: %w: %w", ErrPending, context.DeadlineExceeded), souq.ClassRetry},
		{"malformed", herr(400, ""), souq.ClassRefused},
		{"forbidden", herr(403, ""), souq.ClassRefused},
		{"invalid request", fmt.Errorf("%w: customer id and key", ErrInvalidRequest), souq.ClassRefused},
		{"key reused for another request", fmt.Errorf("k: %w", ErrIdempotencyConflict), souq.ClassRefused},
		{"not enough points", fmt.Errorf("%w", ErrInsufficientPoints), souq.ClassRefused},
		{"operator unfunded", fmt.Errorf("stellar: operator G…: %w", ErrNotFunded), souq.ClassOperator},
		{"channel cannot pay the fee", fmt.Errorf("%w: %w", ErrRejected, herr(400, "tx_insufficient_balance")), souq.ClassOperator},
		{"bad signature", herr(400, "tx_bad_auth"), souq.ClassOperator},
		{"setup: operator cannot fund the issuer", fmt.Errorf("%w: %w", ErrRejected, herr(400, "tx_failed", "op_underfunded")), souq.ClassOperator},
		{"setup: operator low reserve", fmt.Errorf("%w: %w", ErrRejected, herr(400, "tx_failed", "op_success", "op_low_reserve")), souq.ClassOperator},
		{"earn: distribution float ran out", failed("earn/m/o", ErrUnderfunded, "tx_failed op_underfunded"), souq.ClassOperator},
		{"earn: trustline not authorized", failed("earn/m/o", ErrNotAuthorized, "tx_failed op_not_authorized"), souq.ClassOperator},
		{"earn: sponsor low reserve", failed("earn/m/o", ErrLowReserve, "tx_failed op_low_reserve"), souq.ClassOperator},
		{"redeem: customer holds fewer points", failed("redeem/m/r", ErrUnderfunded, "tx_failed op_underfunded"), souq.ClassRefused},
		{"redeem: no trustline, never earned", failed("redeem/m/r", ErrNoTrustline, "tx_failed op_no_trust"), souq.ClassRefused},
		{"gave up rebuilding: a new attempt may pass", failed("redeem/m/r", ErrRejected, "expired"), souq.ClassRefusedNow},
		{"gave up on bad auth", failed("earn/m/o", ErrRejected, "tx_bad_auth"), souq.ClassOperator},
		{"already classed", fmt.Errorf("%w: x", souq.ErrRefusedNow), souq.ClassRefusedNow},
	} {
		if got := souq.Classify(classified(tc.err)); got != tc.want {
			t.Errorf("%s: class %q, want %q (%v)", tc.name, got, tc.want, classified(tc.err))
		}
		if !errors.Is(classified(tc.err), tc.err) {
			t.Errorf("%s: the original error is lost", tc.name)
		}
	}
}
