package stellar

import (
	"crypto/sha256"
	"fmt"
	"time"
)

// Intent kinds.
const (
	kindEarn   = "earn"
	kindRedeem = "redeem"
	kindExport = "export"
)

// Intent states.
const (
	stateNone      = "none"      // nothing to issue (stamp collected, or amount too small)
	stateQueued    = "queued"    // waiting for a batch
	stateSubmitted = "submitted" // in a saved transaction whose outcome is not known yet
	stateConfirmed = "confirmed" // in a successful transaction in a closed ledger
	stateFailed    = "failed"    // terminal failure, Reason says why
)

// intent is one durable unit of work: an order's earn, a redemption or an export.
type intent struct {
	Kind       string    `json:"kind"`
	Key        string    `json:"key"`
	MerchantID string    `json:"merchant_id"`
	CustomerID string    `json:"customer_id"`
	Ref        string    `json:"ref"`    // order id, redemption key or export key
	Commit     string    `json:"commit"` // hex sha256 committed to by the memo
	Amount     string    `json:"amount,omitempty"`
	Points     int64     `json:"points"`
	Stamps     int64     `json:"stamps,omitempty"`
	Dest       string    `json:"dest,omitempty"`
	State      string    `json:"state"`
	Seq        uint64    `json:"seq"`
	TxHash     string    `json:"tx_hash,omitempty"`
	OpIndex    int       `json:"op_index"`
	Ledger     int32     `json:"ledger,omitempty"`
	Memo       string    `json:"memo,omitempty"`
	BalanceID  string    `json:"balance_id,omitempty"`
	VoucherID  string    `json:"voucher_id,omitempty"`
	Reason     string    `json:"reason,omitempty"`
	Codes      string    `json:"codes,omitempty"`
	Attempts   int       `json:"attempts"`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
}

func (in *intent) terminal() bool {
	return in.State == stateConfirmed || in.State == stateFailed || in.State == stateNone
}

// sentTx is a transaction souq built and saved before submitting.
type sentTx struct {
	Hash    string    `json:"hash"`
	XDR     string    `json:"xdr"`
	Keys    []string  `json:"keys"`
	Ranges  [][2]int  `json:"ranges"` // per intent: first and last operation index
	Channel int       `json:"channel"`
	MaxTime int64     `json:"max_time"`
	State   string    `json:"state"` // submitted | confirmed | failed | dead
	SavedAt time.Time `json:"saved_at"`
}

func intentKey(kind, merchant, ref string) string { return kind + "/" + merchant + "/" + ref }
func pendingKey(seq uint64, key string) string    { return fmt.Sprintf("%020d|%s", seq, key) }
func custKey(merchant, customer, key string) string {
	return merchant + "/" + customer + "/" + key
}

func getIntent(tx storeTx, key string) (*intent, error) {
	v := tx.Get("intents", key)
	if v == nil {
		return nil, nil
	}
	in, err := decodeIntent(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", key, err)
	}
	return in, nil
}

func putIntent(tx storeTx, in *intent) error {
	in.UpdatedAt = time.Now().UTC()
	data, err := encodeIntent(in)
	if err != nil {
		return err
	}
	return tx.Put("intents", in.Key, data)
}

// enqueue stores a new intent with its queue position and customer index.
func enqueue(tx storeTx, in *intent) error {
	var last int64
	if v := tx.Get("meta", "seq"); v != nil {
		n, err := decodeCounter("intent seq", v)
		if err != nil {
			return err
		}
		last = n
	}
	seq := uint64(last) + 1
	if err := tx.Put("meta", "seq", encodeCounter(int64(seq))); err != nil {
		return err
	}
	in.Seq = seq
	in.CreatedAt = time.Now().UTC()
	if in.State == "" {
		in.State = stateQueued
	}
	if in.State == stateQueued {
		if err := tx.Put("pending", pendingKey(seq, in.Key), nil); err != nil {
			return err
		}
	}
	if err := tx.Put("bycust", custKey(in.MerchantID, in.CustomerID, in.Key), nil); err != nil {
		return err
	}
	return putIntent(tx, in)
}

func getTx(tx storeTx, hash string) (*sentTx, error) {
	v := tx.Get("txs", hash)
	if v == nil {
		return nil, nil
	}
	t, err := decodeSentTx(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", hash, err)
	}
	return t, nil
}

func putTx(tx storeTx, t *sentTx) error {
	data, err := encodeSentTx(t)
	if err != nil {
		return err
	}
	if err := tx.Put("txs", t.Hash, data); err != nil {
		return err
	}
	if t.State == stateSubmitted {
		return tx.Put("open_txs", t.Hash, nil)
	}
	return tx.Delete("open_txs", t.Hash)
}

// batchMemo is the memo of a transaction carrying the given intents: the single intent's
// commitment itself (for an earn, the hash of the journal event that earned it), or for a batch
// SHA-256("souq/stellar/batch/v1" || commitment_1 || ... || commitment_n) in operation order, which
// an auditor recomputes from the receipts.
func batchMemo(commits [][32]byte) [32]byte {
	if len(commits) == 1 {
		return commits[0]
	}
	h := sha256.New()
	h.Write([]byte("souq/stellar/batch/v1"))
	for _, c := range commits {
		h.Write(c[:])
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}
