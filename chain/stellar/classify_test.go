package stellar

import (
	"errors"
	"net/http"
	"testing"

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
