package stellar

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/stellar/go-stellar-sdk/network"
)

// StellarTOML renders the SEP-1 stellar.toml for one home domain: every program whose HomeDomain
// it is, with issuer and distribution accounts and a [[CURRENCIES]] entry per asset, so explorers
// and wallets attribute the asset to the merchant. Points are whole tokens (display_decimals 0),
// not anchored to anything, with unlimited supply.
func (s *Service) StellarTOML(ctx context.Context, homeDomain string) (string, error) {
	ps, err := s.Programs(ctx)
	if err != nil {
		return "", err
	}
	var mine []Program
	for _, p := range ps {
		if strings.EqualFold(p.HomeDomain, homeDomain) {
			mine = append(mine, p)
		}
	}
	sort.Slice(mine, func(i, j int) bool { return mine[i].MerchantID < mine[j].MerchantID })
	return renderTOML(s.cfg.NetworkPassphrase, s.cfg.HorizonURL, mine), nil
}

func renderTOML(passphrase, horizonURL string, ps []Program) string {
	var b strings.Builder
	q := strconv.Quote
	b.WriteString("# SEP-1 stellar.toml served by souq for its merchants' loyalty points.\n")
	b.WriteString("VERSION = \"2.7.0\"\n")
	fmt.Fprintf(&b, "NETWORK_PASSPHRASE = %s\n", q(passphrase))
	if passphrase == network.TestNetworkPassphrase || passphrase == network.PublicNetworkPassphrase {
		fmt.Fprintf(&b, "HORIZON_URL = %s\n", q(strings.TrimRight(horizonURL, "/")))
	}
	var accts []string
	for _, p := range ps {
		accts = append(accts, q(p.Issuer), q(p.Distribution))
	}
	fmt.Fprintf(&b, "ACCOUNTS = [%s]\n\n", strings.Join(accts, ", "))
	b.WriteString("[DOCUMENTATION]\nORG_NAME = \"souq\"\nORG_DESCRIPTION = \"Loyalty points for merchants selling in chat\"\n")
	status := "test"
	if passphrase == network.PublicNetworkPassphrase {
		status = "live"
	}
	for _, p := range ps {
		name := p.Name
		if name == "" {
			name = p.AssetCode + " points"
		}
		if len(name) > 20 {
			name = name[:20]
		}
		b.WriteString("\n[[CURRENCIES]]\n")
		fmt.Fprintf(&b, "code = %s\nissuer = %s\nstatus = %s\ndisplay_decimals = 0\nname = %s\n", q(p.AssetCode), q(p.Issuer), q(status), q(name))
		desc := p.Description
		if desc == "" {
			desc = "Loyalty points of merchant " + p.MerchantID + " on souq."
		}
		fmt.Fprintf(&b, "desc = %s\n", q(desc))
		how := "burned (paid back to the issuer)"
		if p.RedeemMode == Clawback {
			how = "clawed back by the issuer"
		}
		fmt.Fprintf(&b, "conditions = %s\n", q("Earned on completed orders; redeemable for a discount with this merchant, when the points are "+how+
			". The issuer keeps AUTH_REVOCABLE and AUTH_CLAWBACK_ENABLED to correct fraud and refunds."))
		b.WriteString("is_asset_anchored = false\nis_unlimited = true\n")
	}
	return b.String()
}

// TOMLHandler serves /.well-known/stellar.toml for the request's host, with the CORS header SEP-1
// requires.
func (s *Service) TOMLHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if i := strings.IndexByte(host, ':'); i >= 0 {
			host = host[:i]
		}
		body, err := s.StellarTOML(r.Context(), host)
		if err != nil {
			http.Error(w, "stellar.toml unavailable", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(body))
	})
}
