package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq"
)

// migrateJournalV2 makes the service's journal the transparency log: events numbered from 0 and
// sealed with the v2 canonical bytes and the RFC 6962 record hash (souq.Event.Canonical). Every
// event is re-sealed in order with its content unchanged (kind, order, time, fields), the
// hand-over cursor restarts at 0 so the log is rebuilt from the whole journal. The second,
// keccak-hashed copy main kept (chain/journal's buckets journal.events, journal.batches,
// journal.meta) is left as it was and read by nothing: it is the evidence behind the batches the
// old contract recorded, whose bundles still verify with the release that made them.
func migrateJournalV2(tx *bolt.Tx) error {
	old := tx.Bucket(bucketJournal)
	if old == nil {
		return nil
	}
	var evs []souq.Event
	if err := old.ForEach(func(_, v []byte) error {
		var e souq.Event
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("decode journal event: %w", err)
		}
		evs = append(evs, e)
		return nil
	}); err != nil {
		return err
	}
	if err := tx.DeleteBucket(bucketJournal); err != nil {
		return err
	}
	b, err := tx.CreateBucket(bucketJournal)
	if err != nil {
		return err
	}
	var prev [32]byte
	for i := range evs {
		e := &evs[i]
		e.Seal(uint64(i), prev)
		prev = e.Hash
		raw, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if err := b.Put(u64(e.Seq), raw); err != nil {
			return err
		}
	}
	if err := tx.Bucket(bucketCursors).Put([]byte("anchored"), u64(0)); err != nil {
		return err
	}
	return nil
}
