package sandbox

import (
	"encoding/json"
	"fmt"

	"go.etcd.io/bbolt"
)

// Account flags (AccountFlags in Stellar-ledger-entries.x).
const (
	authRequiredFlag        uint32 = 0x1
	authRevocableFlag       uint32 = 0x2
	authImmutableFlag       uint32 = 0x4
	authClawbackEnabledFlag uint32 = 0x8
)

// Trustline flags (TrustLineFlags).
const (
	tlAuthorized                uint32 = 0x1
	tlAuthorizedToMaintainLiabs uint32 = 0x2
	tlClawbackEnabled           uint32 = 0x4
)

// account is the sandbox's AccountEntry. Amounts are stroops.
type account struct {
	ID            string   `json:"id"`
	Balance       int64    `json:"balance"`
	Seq           int64    `json:"seq"`
	SeqLedger     uint32   `json:"seq_ledger"`
	SubEntries    int32    `json:"subentries"`
	NumSponsoring uint32   `json:"num_sponsoring"`
	NumSponsored  uint32   `json:"num_sponsored"`
	Sponsor       string   `json:"sponsor,omitempty"`
	Flags         uint32   `json:"flags"`
	HomeDomain    string   `json:"home_domain,omitempty"`
	Thresholds    [4]byte  `json:"thresholds"` // master weight, low, medium, high
	Signers       []signer `json:"signers,omitempty"`
	LastModified  uint32   `json:"last_modified"`
}

type signer struct {
	Key    string `json:"key"`
	Weight uint32 `json:"weight"`
}

func (a *account) clone() *account {
	c := *a
	c.Signers = append([]signer(nil), a.Signers...)
	return &c
}

// trustline is a TrustLineEntry for a credit asset.
type trustline struct {
	Account      string `json:"account"`
	Code         string `json:"code"`
	Issuer       string `json:"issuer"`
	Balance      int64  `json:"balance"`
	Limit        int64  `json:"limit"`
	Flags        uint32 `json:"flags"`
	Sponsor      string `json:"sponsor,omitempty"`
	LastModified uint32 `json:"last_modified"`
}

func (t *trustline) clone() *trustline { c := *t; return &c }

func tlKey(acct, code, issuer string) string { return acct + "|" + code + ":" + issuer }

// claimant is a claimable balance claimant with its predicate kept as base64 XDR.
type claimant struct {
	Destination string `json:"destination"`
	Predicate   string `json:"predicate"`
}

// claimableBalance is a ClaimableBalanceEntry. Asset is "native" or "CODE:ISSUER".
type claimableBalance struct {
	ID              string     `json:"id"`
	Asset           string     `json:"asset"`
	Amount          int64      `json:"amount"`
	Claimants       []claimant `json:"claimants"`
	Sponsor         string     `json:"sponsor"`
	ClawbackEnabled bool       `json:"clawback_enabled"`
	LastModified    uint32     `json:"last_modified"`
	CreatedAt       int64      `json:"created_at"` // unix seconds, for relative predicates
}

func (c *claimableBalance) clone() *claimableBalance {
	d := *c
	d.Claimants = append([]claimant(nil), c.Claimants...)
	return &d
}

// ledgerMeta is the last closed ledger header the sandbox keeps.
type ledgerMeta struct {
	Seq      uint32 `json:"seq"`
	Hash     string `json:"hash"`
	PrevHash string `json:"prev_hash"`
	ClosedAt int64  `json:"closed_at"` // unix seconds
	TxCount  int32  `json:"tx_count"`
	OpCount  int32  `json:"op_count"`
	FeePool  int64  `json:"fee_pool"`
	TotalXLM int64  `json:"total_coins"`
}

// txRecord is what the sandbox stores for every applied transaction, successful or failed.
type txRecord struct {
	Hash        string   `json:"hash"`
	Ledger      uint32   `json:"ledger"`
	Order       uint32   `json:"order"` // 1-based position in the ledger
	CreatedAt   int64    `json:"created_at"`
	Source      string   `json:"source"`
	Seq         int64    `json:"seq"`
	FeeCharged  int64    `json:"fee_charged"`
	MaxFee      int64    `json:"max_fee"`
	OpCount     int32    `json:"op_count"`
	Envelope    string   `json:"envelope_xdr"`
	Result      string   `json:"result_xdr"`
	Successful  bool     `json:"successful"`
	Codes       []string `json:"codes,omitempty"`
	Accounts    []string `json:"accounts"`
	MinTime     uint64   `json:"min_time,omitempty"`
	MaxTime     uint64   `json:"max_time,omitempty"`
	OpRecordIDs []int64  `json:"ops"`
}

// Bucket names of the sandbox database.
var (
	bucketMeta       = []byte("meta")
	bucketAccounts   = []byte("accounts")
	bucketTrustlines = []byte("trustlines")
	bucketCBs        = []byte("claimable_balances")
	bucketTxs        = []byte("txs")       // hash → txRecord
	bucketOps        = []byte("ops")       // op id (8 bytes BE) → operation JSON
	bucketAcctOps    = []byte("acct_ops")  // account|op id → ""
	bucketAcctTxs    = []byte("acct_txs")  // account|tx id → hash
	bucketTxByID     = []byte("txs_by_id") // tx id (8 bytes BE) → hash
	keyLedger        = []byte("last_ledger")
	allBuckets       = [][]byte{bucketMeta, bucketAccounts, bucketTrustlines, bucketCBs, bucketTxs, bucketOps, bucketAcctOps, bucketAcctTxs, bucketTxByID}
)

// loadState reads every ledger entry into memory; the sandbox validates against the in-memory
// copy and writes through to bbolt, so a restart resumes exactly where it stopped.
func loadState(db *bbolt.DB) (*ledgerState, ledgerMeta, error) {
	st := newLedgerState()
	var meta ledgerMeta
	err := db.Update(func(tx *bbolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		if v := tx.Bucket(bucketMeta).Get(keyLedger); v != nil {
			if err := json.Unmarshal(v, &meta); err != nil {
				return fmt.Errorf("ledger header: %w", err)
			}
		}
		if err := tx.Bucket(bucketAccounts).ForEach(func(k, v []byte) error {
			a := new(account)
			if err := json.Unmarshal(v, a); err != nil {
				return err
			}
			st.accounts[a.ID] = a
			return nil
		}); err != nil {
			return fmt.Errorf("accounts: %w", err)
		}
		if err := tx.Bucket(bucketTrustlines).ForEach(func(k, v []byte) error {
			t := new(trustline)
			if err := json.Unmarshal(v, t); err != nil {
				return err
			}
			st.trustlines[string(k)] = t
			return nil
		}); err != nil {
			return fmt.Errorf("trustlines: %w", err)
		}
		return tx.Bucket(bucketCBs).ForEach(func(k, v []byte) error {
			c := new(claimableBalance)
			if err := json.Unmarshal(v, c); err != nil {
				return err
			}
			st.cbs[c.ID] = c
			return nil
		})
	})
	return st, meta, err
}

// ledgerState holds the current ledger entries.
type ledgerState struct {
	accounts   map[string]*account
	trustlines map[string]*trustline
	cbs        map[string]*claimableBalance
}

func newLedgerState() *ledgerState {
	return &ledgerState{accounts: map[string]*account{}, trustlines: map[string]*trustline{}, cbs: map[string]*claimableBalance{}}
}

// view is a copy-on-write overlay over the ledger state for one transaction: operations mutate
// the overlay, and only a fully successful transaction is merged back (atomicity).
type view struct {
	base       *ledgerState
	accounts   map[string]*account // nil value: deleted
	trustlines map[string]*trustline
	cbs        map[string]*claimableBalance
}

func newView(base *ledgerState) *view {
	return &view{base: base, accounts: map[string]*account{}, trustlines: map[string]*trustline{}, cbs: map[string]*claimableBalance{}}
}

// account returns a mutable copy of the account, or nil.
func (v *view) account(id string) *account {
	if a, ok := v.accounts[id]; ok {
		return a
	}
	a, ok := v.base.accounts[id]
	if !ok {
		return nil
	}
	c := a.clone()
	v.accounts[id] = c
	return c
}

func (v *view) trustline(acct, code, issuer string) *trustline {
	k := tlKey(acct, code, issuer)
	if t, ok := v.trustlines[k]; ok {
		return t
	}
	t, ok := v.base.trustlines[k]
	if !ok {
		return nil
	}
	c := t.clone()
	v.trustlines[k] = c
	return c
}

func (v *view) cb(id string) *claimableBalance {
	if c, ok := v.cbs[id]; ok {
		return c
	}
	c, ok := v.base.cbs[id]
	if !ok {
		return nil
	}
	d := c.clone()
	v.cbs[id] = d
	return d
}

// commit merges the overlay into the base state and writes the changed entries to bolt.
func (v *view) commit(tx *bbolt.Tx, ledger uint32) error {
	ab, tb, cb := tx.Bucket(bucketAccounts), tx.Bucket(bucketTrustlines), tx.Bucket(bucketCBs)
	for id, a := range v.accounts {
		if a == nil {
			delete(v.base.accounts, id)
			if err := ab.Delete([]byte(id)); err != nil {
				return err
			}
			continue
		}
		a.LastModified = ledger
		v.base.accounts[id] = a
		if err := putJSON(ab, []byte(id), a); err != nil {
			return err
		}
	}
	for k, t := range v.trustlines {
		if t == nil {
			delete(v.base.trustlines, k)
			if err := tb.Delete([]byte(k)); err != nil {
				return err
			}
			continue
		}
		t.LastModified = ledger
		v.base.trustlines[k] = t
		if err := putJSON(tb, []byte(k), t); err != nil {
			return err
		}
	}
	for id, c := range v.cbs {
		if c == nil {
			delete(v.base.cbs, id)
			if err := cb.Delete([]byte(id)); err != nil {
				return err
			}
			continue
		}
		c.LastModified = ledger
		v.base.cbs[id] = c
		if err := putJSON(cb, []byte(id), c); err != nil {
			return err
		}
	}
	return nil
}

func putJSON(b *bbolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}
