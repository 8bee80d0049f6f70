package store

import (
	"io"

	bolt "go.etcd.io/bbolt"
)

// StreamBackup writes bbolt's consistent online copy of the store: open is called once with the copy's
// size, for the writer to copy into (the admin backup sets Content-Length from it).
func (db *DB) StreamBackup(open func(size int64) io.Writer) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(open(tx.Size()))
		return err
	})
}
