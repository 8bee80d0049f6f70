package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq"
)

var (
	bucketChats = []byte("chats") // wa id -> the bot's dialogue state (opaque to the store)
	bucketSent  = []byte("sent")  // outbound message id -> SentMessage (JSON)
)

// Chat returns the dialogue state stored for a chat (nil if none). The store does not interpret
// it: the bot owns its shape.
func (db *DB) Chat(ctx context.Context, id string) ([]byte, error) {
	var out []byte
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketChats).Get([]byte(id)); v != nil {
			out = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: chat: %w", err)
	}
	return out, ctx.Err()
}

// UpdateChat reads, changes and writes a chat's state in one transaction. fn gets nil for a new
// chat; returning nil deletes the state. fn may run more than once (group commit) and must not
// have other side effects.
func (db *DB) UpdateChat(ctx context.Context, id string, fn func(old []byte) ([]byte, error)) error {
	err := db.group(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketChats)
		old := b.Get([]byte(id))
		if old != nil {
			old = append([]byte(nil), old...)
		}
		nv, err := fn(old)
		if err != nil {
			return err
		}
		if nv == nil {
			return b.Delete([]byte(id))
		}
		return b.Put([]byte(id), nv)
	})
	if err != nil {
		return fmt.Errorf("store: update chat: %w", err)
	}
	return nil
}

// SentMessage is souq.SentMessage (chatlog.go).
type SentMessage = souq.SentMessage

// statusRank orders statuses so a late "delivered" does not overwrite "read".
var statusRank = map[string]int{"accepted": 0, "sent": 1, "delivered": 2, "read": 3, "played": 3, "failed": 4}

// RecordSent stores an accepted outbound message.
func (db *DB) RecordSent(ctx context.Context, m SentMessage) error {
	if m.Status == "" {
		m.Status = "accepted"
	}
	if m.StatusAt.IsZero() {
		m.StatusAt = db.now().UTC()
	}
	raw, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return db.group(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSent)
		if b.Get([]byte(m.ID)) != nil {
			return nil // a status webhook may have created it first; keep that
		}
		if err := putAge(tx, bucketSentAt, m.StatusAt, []byte(m.ID)); err != nil {
			return err
		}
		return b.Put([]byte(m.ID), raw)
	})
}

// RecordStatus applies a status webhook to an outbound message: monotonic (read is never
// replaced by delivered), failures always recorded with their error.
func (db *DB) RecordStatus(ctx context.Context, id, status string, at time.Time, code int, title string) error {
	return db.group(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSent)
		var m SentMessage
		if v := b.Get([]byte(id)); v != nil {
			if err := json.Unmarshal(v, &m); err != nil {
				return fmt.Errorf("store: sent %s: %w", id, err)
			}
		} else {
			m = SentMessage{ID: id, Status: "accepted"}
			if err := putAge(tx, bucketSentAt, db.now(), []byte(id)); err != nil {
				return err
			}
		}
		if statusRank[status] < statusRank[m.Status] {
			return nil
		}
		m.Status, m.StatusAt = status, at.UTC()
		if status == "failed" {
			m.ErrorCode, m.Error = code, title
		}
		raw, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return b.Put([]byte(id), raw)
	})
}

// Sent returns what is known about an outbound message.
func (db *DB) Sent(ctx context.Context, id string) (SentMessage, bool, error) {
	var (
		m     SentMessage
		found bool
	)
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSent).Get([]byte(id))
		if v == nil {
			return nil
		}
		found = true
		return json.Unmarshal(v, &m)
	})
	if err != nil {
		return m, false, fmt.Errorf("store: sent: %w", err)
	}
	return m, found, ctx.Err()
}
