package sandbox

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/stellar/go-stellar-sdk/amount"
	"github.com/stellar/go-stellar-sdk/protocols/horizon"
	"github.com/stellar/go-stellar-sdk/protocols/horizon/base"
	"github.com/stellar/go-stellar-sdk/protocols/horizon/operations"
	"github.com/stellar/go-stellar-sdk/support/render/hal"
	"github.com/stellar/go-stellar-sdk/xdr"
	"go.etcd.io/bbolt"
)

const problemBase = "https://stellar.org/horizon-errors/"

// problemDoc is Horizon's RFC 7807 problem document.
type problemDoc struct {
	Type   string         `json:"type"`
	Title  string         `json:"title"`
	Status int            `json:"status"`
	Detail string         `json:"detail,omitempty"`
	Extras map[string]any `json:"extras,omitempty"`
}

func notFound() *problemDoc {
	return &problemDoc{Type: problemBase + "not_found", Title: "Resource Missing", Status: http.StatusNotFound,
		Detail: "The resource at the url requested was not found.  This usually occurs for one of two reasons:  " +
			"The url requested is not valid, or no data in our database could be found with the parameters provided."}
}

func badRequest(field, reason string) *problemDoc {
	return &problemDoc{Type: problemBase + "bad_request", Title: "Bad Request", Status: http.StatusBadRequest,
		Detail: "The request you sent was invalid in some way.", Extras: map[string]any{"invalid_field": field, "reason": reason}}
}

func malformed(env, detail string) *problemDoc {
	return &problemDoc{Type: problemBase + "transaction_malformed", Title: "Transaction Malformed", Status: http.StatusBadRequest,
		Detail: "Horizon could not decode the transaction envelope in this request. " + detail, Extras: map[string]any{"envelope_xdr": env}}
}

func txProblem(env string, fee int64, code string, ops []opResult, detail string) *problemDoc {
	rc := map[string]any{"transaction": code}
	if len(ops) > 0 {
		codes := make([]string, len(ops))
		for i, o := range ops {
			codes[i] = o.Code
		}
		rc["operations"] = codes
	}
	return &problemDoc{Type: problemBase + "transaction_failed", Title: "Transaction Failed", Status: http.StatusBadRequest,
		Detail: "The transaction failed when submitted to the stellar network. The `extras.result_codes` field on this " +
			"response contains further details.  Descriptions of each code can be found at: " +
			"https://developers.stellar.org/api/errors/http-status-codes/horizon-specific/transaction-failed/ (sandbox: " + detail + ")",
		Extras: map[string]any{"envelope_xdr": env, "result_codes": rc, "result_xdr": resultXDR(fee, code, ops)}}
}

// tryAgainLater is the sandbox's rendering of stellar-core's TRY_AGAIN_LATER (one transaction per
// source account per ledger, or a full ledger): 503, retry after the next ledger.
func tryAgainLater(detail string) *problemDoc {
	return &problemDoc{Type: problemBase + "transaction_try_again_later", Title: "Try Again Later", Status: http.StatusServiceUnavailable, Detail: detail}
}

func statusProblem(status int) *problemDoc {
	switch status {
	case http.StatusTooManyRequests:
		return &problemDoc{Type: problemBase + "rate_limit_exceeded", Title: "Rate Limit Exceeded", Status: status,
			Detail: "The rate limit for the requesting IP address is over its alloted limit."}
	case http.StatusGatewayTimeout:
		return &problemDoc{Type: problemBase + "timeout", Title: "Timeout", Status: status,
			Detail: "Your request timed out before completing.  Please try your request again."}
	}
	return &problemDoc{Type: problemBase + "server_error", Title: http.StatusText(status), Status: status}
}

type httpMux = *http.ServeMux

func (s *Sandbox) routes() *http.ServeMux {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.handleRoot)
	m.HandleFunc("GET /friendbot", s.handleFriendbot)
	m.HandleFunc("POST /friendbot", s.handleFriendbot)
	m.HandleFunc("GET /fee_stats", s.handleFeeStats)
	m.HandleFunc("GET /accounts/{id}", s.handleAccount)
	m.HandleFunc("GET /accounts/{id}/transactions", s.handleAccountTxs)
	m.HandleFunc("GET /accounts/{id}/operations", func(w http.ResponseWriter, r *http.Request) { s.handleAccountOps(w, r, false) })
	m.HandleFunc("GET /accounts/{id}/payments", func(w http.ResponseWriter, r *http.Request) { s.handleAccountOps(w, r, true) })
	m.HandleFunc("POST /transactions", s.handleSubmit)
	m.HandleFunc("GET /transactions/{hash}", s.handleTx)
	m.HandleFunc("GET /transactions/{hash}/operations", s.handleTxOps)
	m.HandleFunc("GET /claimable_balances", s.handleCBs)
	m.HandleFunc("GET /claimable_balances/{id}", s.handleCB)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { writeProblem(w, notFound()) })
	return m
}

// ServeHTTP serves the Horizon subset.
func (s *Sandbox) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		writeProblem(w, &problemDoc{Type: problemBase + "server_error", Title: "Internal Server Error", Status: 500, Detail: err.Error()})
		return
	}
	w.Header().Set("Content-Type", "application/hal+json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func writeProblem(w http.ResponseWriter, p *problemDoc) {
	data, _ := json.MarshalIndent(p, "", "  ")
	w.Header().Set("Content-Type", "application/problem+json; charset=utf-8")
	w.WriteHeader(p.Status)
	_, _ = w.Write(data)
}

func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// rootResponse is Horizon's root document plus the sandbox's notice.
type rootResponse struct {
	horizon.Root
	Sandbox string `json:"souq_sandbox"`
}

func (s *Sandbox) handleRoot(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	last := s.last
	s.mu.Unlock()
	u := baseURL(r)
	var root rootResponse
	root.Sandbox = Notice
	root.HorizonVersion = "souq-sandbox (test ledger, not Horizon)"
	root.StellarCoreVersion = "none (souq sandbox test ledger, not stellar-core)"
	root.IngestSequence = last.Seq
	root.HorizonSequence = int32(last.Seq)
	root.HorizonLatestClosedAt = time.Unix(last.ClosedAt, 0).UTC()
	root.HistoryElderSequence = 1
	root.CoreSequence = int32(last.Seq)
	root.NetworkPassphrase = s.cfg.NetworkPassphrase
	root.CurrentProtocolVersion = 23
	root.SupportedProtocolVersion = 23
	root.CoreSupportedProtocolVersion = 23
	root.Links.Self = hal.Link{Href: u + "/"}
	root.Links.Account = hal.Link{Href: u + "/accounts/{account_id}", Templated: true}
	root.Links.AccountTransactions = hal.Link{Href: u + "/accounts/{account_id}/transactions{?cursor,limit,order}", Templated: true}
	root.Links.ClaimableBalances = &hal.Link{Href: u + "/claimable_balances{?asset,sponsor,claimant,cursor,limit,order}", Templated: true}
	root.Links.FeeStats = hal.Link{Href: u + "/fee_stats"}
	root.Links.Friendbot = &hal.Link{Href: u + "/friendbot{?addr}", Templated: true}
	root.Links.Transaction = hal.Link{Href: u + "/transactions/{hash}", Templated: true}
	root.Links.Transactions = hal.Link{Href: u + "/transactions{?cursor,limit,order}", Templated: true}
	writeJSON(w, http.StatusOK, root)
}

func (s *Sandbox) handleFeeStats(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	last := s.last
	s.mu.Unlock()
	f := s.cfg.BaseFee
	d := horizon.FeeDistribution{Max: f, Min: f, Mode: f, P10: f, P20: f, P30: f, P40: f, P50: f, P60: f, P70: f, P80: f, P90: f, P95: f, P99: f}
	writeJSON(w, http.StatusOK, horizon.FeeStats{LastLedger: last.Seq, LastLedgerBaseFee: f, FeeCharged: d, MaxFee: d,
		LedgerCapacityUsage: float64(last.OpCount) / float64(s.cfg.MaxLedgerOps)})
}

func (s *Sandbox) handleAccount(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	s.mu.Lock()
	a := s.state.accounts[id]
	var acct horizon.Account
	if a != nil {
		acct = s.renderAccount(a, baseURL(r))
	}
	s.mu.Unlock()
	if a == nil {
		writeProblem(w, notFound())
		return
	}
	writeJSON(w, http.StatusOK, acct)
}

func (s *Sandbox) renderAccount(a *account, u string) horizon.Account {
	var h horizon.Account
	h.Links.Self = hal.Link{Href: u + "/accounts/" + a.ID}
	h.Links.Transactions = hal.Link{Href: u + "/accounts/" + a.ID + "/transactions{?cursor,limit,order}", Templated: true}
	h.Links.Operations = hal.Link{Href: u + "/accounts/" + a.ID + "/operations{?cursor,limit,order}", Templated: true}
	h.Links.Payments = hal.Link{Href: u + "/accounts/" + a.ID + "/payments{?cursor,limit,order}", Templated: true}
	h.ID, h.AccountID, h.PT = a.ID, a.ID, a.ID
	h.Sequence = a.Seq
	h.SequenceLedger = a.SeqLedger
	h.SubentryCount = a.SubEntries
	h.HomeDomain = a.HomeDomain
	h.LastModifiedLedger = a.LastModified
	h.Thresholds = horizon.AccountThresholds{LowThreshold: a.Thresholds[1], MedThreshold: a.Thresholds[2], HighThreshold: a.Thresholds[3]}
	h.Flags = horizon.AccountFlags{AuthRequired: a.Flags&authRequiredFlag != 0, AuthRevocable: a.Flags&authRevocableFlag != 0,
		AuthImmutable: a.Flags&authImmutableFlag != 0, AuthClawbackEnabled: a.Flags&authClawbackEnabledFlag != 0}
	h.NumSponsoring, h.NumSponsored, h.Sponsor = a.NumSponsoring, a.NumSponsored, a.Sponsor
	h.Data = map[string]string{}
	keys := make([]string, 0, len(s.tlByAcct[a.ID]))
	for k := range s.tlByAcct[a.ID] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t := s.state.trustlines[k]
		if t == nil {
			continue
		}
		typ := "credit_alphanum4"
		if len(t.Code) > 4 {
			typ = "credit_alphanum12"
		}
		auth, maint, claw := t.Flags&tlAuthorized != 0, t.Flags&tlAuthorizedToMaintainLiabs != 0, t.Flags&tlClawbackEnabled != 0
		h.Balances = append(h.Balances, horizon.Balance{Balance: amount.StringFromInt64(t.Balance), Limit: amount.StringFromInt64(t.Limit),
			BuyingLiabilities: "0.0000000", SellingLiabilities: "0.0000000", Sponsor: t.Sponsor, LastModifiedLedger: t.LastModified,
			IsAuthorized: &auth, IsAuthorizedToMaintainLiabilities: &maint, IsClawbackEnabled: &claw,
			Asset: base.Asset{Type: typ, Code: t.Code, Issuer: t.Issuer}})
	}
	h.Balances = append(h.Balances, horizon.Balance{Balance: amount.StringFromInt64(a.Balance), BuyingLiabilities: "0.0000000",
		SellingLiabilities: "0.0000000", Asset: base.Asset{Type: "native"}})
	if a.Thresholds[0] > 0 {
		h.Signers = append(h.Signers, horizon.Signer{Weight: int32(a.Thresholds[0]), Key: a.ID, Type: "ed25519_public_key"})
	}
	for _, sg := range a.Signers {
		h.Signers = append(h.Signers, horizon.Signer{Weight: int32(sg.Weight), Key: sg.Key, Type: "ed25519_public_key"})
	}
	return h
}

func (s *Sandbox) handleSubmit(w http.ResponseWriter, r *http.Request) {
	if f := s.nextFault(); f != 0 {
		writeProblem(w, statusProblem(f))
		return
	}
	if err := r.ParseForm(); err != nil {
		writeProblem(w, badRequest("tx", err.Error()))
		return
	}
	b64 := r.PostForm.Get("tx")
	if b64 == "" {
		writeProblem(w, badRequest("tx", "missing transaction envelope"))
		return
	}
	s.respond(w, r, s.submit(b64, false))
}

func (s *Sandbox) handleFriendbot(w http.ResponseWriter, r *http.Request) {
	s.respond(w, r, s.friendbot(r.FormValue("addr")))
}

// respond waits for the transaction's ledger to close, as Horizon's synchronous submission does.
func (s *Sandbox) respond(w http.ResponseWriter, r *http.Request, res submitResult) {
	if res.problem != nil {
		writeProblem(w, res.problem)
		return
	}
	t := time.NewTimer(s.cfg.SubmitTimeout)
	defer t.Stop()
	select {
	case <-res.wait:
	case <-r.Context().Done():
		return
	case <-t.C:
		writeProblem(w, statusProblem(http.StatusGatewayTimeout))
		return
	}
	rec := res.rec
	if !rec.Successful {
		p := &problemDoc{Type: problemBase + "transaction_failed", Title: "Transaction Failed", Status: http.StatusBadRequest,
			Detail: "The transaction failed when submitted to the stellar network. The `extras.result_codes` field on this response contains further details.",
			Extras: map[string]any{"envelope_xdr": rec.Envelope, "result_xdr": rec.Result, "hash": rec.Hash,
				"result_codes": map[string]any{"transaction": rec.Codes[0], "operations": rec.Codes[1:]}}}
		writeProblem(w, p)
		return
	}
	writeJSON(w, http.StatusOK, s.renderTx(rec, baseURL(r)))
}

func (s *Sandbox) renderTx(rec *txRecord, u string) horizon.Transaction {
	var t horizon.Transaction
	id := strconv.FormatInt(toid(rec.Ledger, rec.Order, 0), 10)
	t.Links.Self = hal.Link{Href: u + "/transactions/" + rec.Hash}
	t.Links.Transaction = t.Links.Self
	t.Links.Account = hal.Link{Href: u + "/accounts/" + rec.Source}
	t.Links.Operations = hal.Link{Href: u + "/transactions/" + rec.Hash + "/operations{?cursor,limit,order}", Templated: true}
	t.ID, t.PT, t.Hash = rec.Hash, id, rec.Hash
	t.Successful = rec.Successful
	t.Ledger = int32(rec.Ledger)
	t.LedgerCloseTime = time.Unix(rec.CreatedAt, 0).UTC()
	t.Account, t.FeeAccount = rec.Source, rec.Source
	t.AccountSequence = rec.Seq
	t.FeeCharged, t.MaxFee = rec.FeeCharged, rec.MaxFee
	t.OperationCount = rec.OpCount
	t.EnvelopeXdr, t.ResultXdr = rec.Envelope, rec.Result
	t.MemoType = "none"
	var env xdr.TransactionEnvelope
	if err := xdr.SafeUnmarshalBase64(rec.Envelope, &env); err == nil {
		t.Signatures = base64Sigs(env.Signatures())
		m := env.Memo()
		switch m.Type {
		case xdr.MemoTypeMemoText:
			t.MemoType, t.Memo = "text", *m.Text
			t.MemoBytes = encodeB64([]byte(*m.Text))
		case xdr.MemoTypeMemoId:
			t.MemoType, t.Memo = "id", strconv.FormatUint(uint64(*m.Id), 10)
		case xdr.MemoTypeMemoHash:
			t.MemoType, t.Memo = "hash", encodeB64(m.Hash[:])
		case xdr.MemoTypeMemoReturn:
			t.MemoType, t.Memo = "return", encodeB64(m.RetHash[:])
		}
	}
	if rec.MaxTime > 0 || rec.MinTime > 0 {
		t.Preconditions = &horizon.TransactionPreconditions{TimeBounds: &horizon.TransactionPreconditionsTimebounds{
			MinTime: strconv.FormatUint(rec.MinTime, 10), MaxTime: strconv.FormatUint(rec.MaxTime, 10)}}
	}
	return t
}

func (s *Sandbox) handleTx(w http.ResponseWriter, r *http.Request) {
	rec, err := s.txByHash(r.PathValue("hash"))
	if err != nil || rec == nil || !s.ledgerClosed(rec.Ledger) {
		writeProblem(w, notFound())
		return
	}
	writeJSON(w, http.StatusOK, s.renderTx(rec, baseURL(r)))
}

// ledgerClosed hides transactions of the open ledger: Horizon only shows closed ledgers.
func (s *Sandbox) ledgerClosed(seq uint32) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return seq <= s.last.Seq
}

// page holds the paging parameters Horizon accepts.
type page struct {
	cursor int64
	limit  int
	desc   bool
}

func parsePage(r *http.Request) (page, *problemDoc) {
	p := page{limit: 10}
	q := r.URL.Query()
	if c := q.Get("cursor"); c != "" && c != "now" {
		v, err := strconv.ParseInt(c, 10, 64)
		if err != nil || v < 0 {
			return p, badRequest("cursor", "cursor must be a paging token")
		}
		p.cursor = v
	}
	if l := q.Get("limit"); l != "" {
		v, err := strconv.Atoi(l)
		if err != nil || v < 1 || v > 200 {
			return p, badRequest("limit", "limit must be between 1 and 200")
		}
		p.limit = v
	}
	switch q.Get("order") {
	case "", "asc":
	case "desc":
		p.desc = true
	default:
		return p, badRequest("order", "order must be asc or desc")
	}
	return p, nil
}

func (p page) links(u, path string, records int, last string) hal.Links {
	order := "asc"
	if p.desc {
		order = "desc"
	}
	self := fmt.Sprintf("%s%s?cursor=%d&limit=%d&order=%s", u, path, p.cursor, p.limit, order)
	next := fmt.Sprintf("%s%s?cursor=%s&limit=%d&order=%s", u, path, last, p.limit, order)
	return hal.Links{Self: hal.Link{Href: self}, Next: hal.Link{Href: next}, Prev: hal.Link{Href: self}}
}

// scanAccount walks the per-account index in bucket for one page, calling fn for each id.
func (s *Sandbox) scanAccount(bucket []byte, acct string, p page, fn func(btx *bbolt.Tx, id int64, v []byte) bool) error {
	s.mu.Lock()
	lastClosed := s.last.Seq
	s.mu.Unlock()
	prefix := []byte(acct + "|")
	return s.db.View(func(btx *bbolt.Tx) error {
		c := btx.Bucket(bucket).Cursor()
		n := 0
		visit := func(k, v []byte) bool {
			id := int64(beUint64(k[len(prefix):]))
			if uint32(id>>32) > lastClosed {
				return true // open ledger: not visible yet
			}
			if fn(btx, id, v) {
				n++
			}
			return n < p.limit
		}
		if !p.desc {
			k, v := c.Seek(append(append([]byte{}, prefix...), idKey(p.cursor+1)...))
			for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
				if !visit(k, v) {
					break
				}
			}
			return nil
		}
		start := p.cursor
		if start == 0 {
			start = 1<<63 - 1
		}
		k, v := c.Seek(append(append([]byte{}, prefix...), idKey(start)...))
		if k == nil || !bytes.HasPrefix(k, prefix) || int64(beUint64(k[len(prefix):])) >= start {
			k, v = c.Prev()
		}
		for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Prev() {
			if !visit(k, v) {
				break
			}
		}
		return nil
	})
}

func beUint64(b []byte) uint64 {
	var v uint64
	for _, x := range b[:8] {
		v = v<<8 | uint64(x)
	}
	return v
}

func (s *Sandbox) accountExists(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state.accounts[id] != nil
}

func (s *Sandbox) handleAccountOps(w http.ResponseWriter, r *http.Request, paymentsOnly bool) {
	acct := r.PathValue("id")
	p, prob := parsePage(r)
	if prob != nil {
		writeProblem(w, prob)
		return
	}
	if !s.accountExists(acct) {
		writeProblem(w, notFound())
		return
	}
	var records []json.RawMessage
	last := ""
	err := s.scanAccount(bucketAcctOps, acct, p, func(btx *bbolt.Tx, id int64, v []byte) bool {
		t := xdr.OperationType(v[0])
		if paymentsOnly && t != xdr.OperationTypeCreateAccount && t != xdr.OperationTypePayment &&
			t != xdr.OperationTypePathPaymentStrictReceive && t != xdr.OperationTypePathPaymentStrictSend && t != xdr.OperationTypeAccountMerge {
			return false
		}
		records = append(records, json.RawMessage(btx.Bucket(bucketOps).Get(idKey(id))))
		last = strconv.FormatInt(id, 10)
		return true
	})
	if err != nil {
		writeProblem(w, statusProblem(500))
		return
	}
	path := "/accounts/" + acct + "/operations"
	if paymentsOnly {
		path = "/accounts/" + acct + "/payments"
	}
	writePage(w, p.links(baseURL(r), path, len(records), last), records)
}

func writePage(w http.ResponseWriter, links hal.Links, records any) {
	type embedded struct {
		Records any `json:"records"`
	}
	if v, ok := records.([]json.RawMessage); ok && v == nil {
		records = []json.RawMessage{}
	}
	writeJSON(w, http.StatusOK, struct {
		Links    hal.Links `json:"_links"`
		Embedded embedded  `json:"_embedded"`
	}{links, embedded{records}})
}

func (s *Sandbox) handleAccountTxs(w http.ResponseWriter, r *http.Request) {
	acct := r.PathValue("id")
	p, prob := parsePage(r)
	if prob != nil {
		writeProblem(w, prob)
		return
	}
	if !s.accountExists(acct) {
		writeProblem(w, notFound())
		return
	}
	var hashes []string
	last := ""
	err := s.scanAccount(bucketAcctTxs, acct, p, func(btx *bbolt.Tx, id int64, v []byte) bool {
		hashes = append(hashes, string(v))
		last = strconv.FormatInt(id, 10)
		return true
	})
	if err != nil {
		writeProblem(w, statusProblem(500))
		return
	}
	recs := []horizon.Transaction{}
	for _, h := range hashes {
		rec, err := s.txByHash(h)
		if err != nil || rec == nil {
			continue
		}
		recs = append(recs, s.renderTx(rec, baseURL(r)))
	}
	writePage(w, p.links(baseURL(r), "/accounts/"+acct+"/transactions", len(recs), last), recs)
}

func (s *Sandbox) handleTxOps(w http.ResponseWriter, r *http.Request) {
	rec, err := s.txByHash(r.PathValue("hash"))
	if err != nil || rec == nil || !s.ledgerClosed(rec.Ledger) {
		writeProblem(w, notFound())
		return
	}
	records := []json.RawMessage{}
	_ = s.db.View(func(btx *bbolt.Tx) error {
		for _, id := range rec.OpRecordIDs {
			records = append(records, json.RawMessage(btx.Bucket(bucketOps).Get(idKey(id))))
		}
		return nil
	})
	p := page{limit: 200}
	writePage(w, p.links(baseURL(r), "/transactions/"+rec.Hash+"/operations", len(records), ""), records)
}

func (s *Sandbox) renderCB(c *claimableBalance, u string) horizon.ClaimableBalance {
	var h horizon.ClaimableBalance
	h.Links.Self = hal.Link{Href: u + "/claimable_balances/" + c.ID}
	h.BalanceID, h.PT = c.ID, c.ID
	h.Asset = c.Asset
	h.Amount = amount.StringFromInt64(c.Amount)
	h.Sponsor = c.Sponsor
	h.LastModifiedLedger = c.LastModified
	h.Flags.ClawbackEnabled = c.ClawbackEnabled
	for _, cl := range c.Claimants {
		var p xdr.ClaimPredicate
		_ = xdr.SafeUnmarshalBase64(cl.Predicate, &p)
		h.Claimants = append(h.Claimants, horizon.Claimant{Destination: cl.Destination, Predicate: p})
	}
	return h
}

func (s *Sandbox) handleCB(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	c := s.state.cbs[r.PathValue("id")]
	var h horizon.ClaimableBalance
	if c != nil {
		h = s.renderCB(c, baseURL(r))
	}
	s.mu.Unlock()
	if c == nil {
		writeProblem(w, notFound())
		return
	}
	writeJSON(w, http.StatusOK, h)
}

func (s *Sandbox) handleCBs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	claimantF, sponsorF, assetF := q.Get("claimant"), q.Get("sponsor"), q.Get("asset")
	limit := 10
	if l := q.Get("limit"); l != "" {
		v, err := strconv.Atoi(l)
		if err != nil || v < 1 || v > 200 {
			writeProblem(w, badRequest("limit", "limit must be between 1 and 200"))
			return
		}
		limit = v
	}
	cursor := q.Get("cursor")
	s.mu.Lock()
	var ids []string
	for id, c := range s.state.cbs {
		if sponsorF != "" && c.Sponsor != sponsorF || assetF != "" && c.Asset != assetF || id <= cursor {
			continue
		}
		if claimantF != "" {
			found := false
			for _, cl := range c.Claimants {
				found = found || cl.Destination == claimantF
			}
			if !found {
				continue
			}
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if len(ids) > limit {
		ids = ids[:limit]
	}
	recs := []horizon.ClaimableBalance{}
	for _, id := range ids {
		recs = append(recs, s.renderCB(s.state.cbs[id], baseURL(r)))
	}
	s.mu.Unlock()
	last := ""
	if len(ids) > 0 {
		last = ids[len(ids)-1]
	}
	u := baseURL(r) + "/claimable_balances?claimant=" + claimantF + "&sponsor=" + sponsorF + "&asset=" + assetF
	writePage(w, hal.Links{Self: hal.Link{Href: u}, Next: hal.Link{Href: u + "&cursor=" + last}}, recs)
}

func encodeB64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// fillOpBase completes an operation record's common fields once its id is known.
func fillOpBase(r any, id int64, rec *txRecord, now time.Time) (any, xdr.OperationType) {
	fill := func(b operations.Base) operations.Base {
		b.ID = strconv.FormatInt(id, 10)
		b.PT = b.ID
		b.TransactionSuccessful = rec.Successful
		b.LedgerCloseTime = now.UTC().Truncate(time.Second)
		b.TransactionHash = rec.Hash
		b.Links.Self = hal.Link{Href: "/operations/" + b.ID}
		b.Links.Transaction = hal.Link{Href: "/transactions/" + rec.Hash}
		return b
	}
	switch v := r.(type) {
	case operations.CreateAccount:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeCreateAccount
	case operations.Payment:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypePayment
	case operations.ChangeTrust:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeChangeTrust
	case operations.SetOptions:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeSetOptions
	case operations.BeginSponsoringFutureReserves:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeBeginSponsoringFutureReserves
	case operations.EndSponsoringFutureReserves:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeEndSponsoringFutureReserves
	case operations.CreateClaimableBalance:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeCreateClaimableBalance
	case operations.ClaimClaimableBalance:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeClaimClaimableBalance
	case operations.Clawback:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeClawback
	case operations.ClawbackClaimableBalance:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeClawbackClaimableBalance
	case operations.SetTrustLineFlags:
		v.Base = fill(v.Base)
		return v, xdr.OperationTypeSetTrustLineFlags
	}
	return r, 0
}
