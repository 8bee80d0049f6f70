package store

import (
	"fmt"
	"io"
	"os"
	"sort"
	"text/tabwriter"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BucketUsage is one top-level bucket's share of the file.
type BucketUsage struct {
	Name  string
	Keys  int
	Bytes int64 // keys and values as stored: what the bucket holds
	Pages int64 // bytes of the pages it occupies (branch and leaf pages, or its share of its parent's page when inline)
}

// Usage is how much of the file the records take. bbolt never gives pages back to the file
// system, so the file (and its high-water page, tx.Size) only grows: after pruning, the freed
// pages are reused by later writes. InUse is what a compacted copy would need; it is the figure
// that says whether pruning keeps up.
type Usage struct {
	Buckets []BucketUsage // biggest first
	// Packed is what the records take in packed pages: every bucket's keys and values with bbolt's
	// 16-byte element header each, without the pages' slack. It does not move in page-sized steps,
	// so it is the figure to compare over a few sales.
	Packed   int64
	InUse    int64 // pages in use by all buckets and the meta pages, bytes
	HighMark int64 // the highest page ever written (tx.Size), bytes
	File     int64 // the file's size, bytes (0 when unknown)
}

// Usage measures every top-level bucket of the database (a read transaction; it walks every page,
// so it is for tools and benchmarks, not for a request path).
func (db *DB) Usage() (Usage, error) { return boltUsage(db.bolt) }

func boltUsage(b *bolt.DB) (Usage, error) {
	var u Usage
	err := b.View(func(tx *bolt.Tx) error {
		u.HighMark = tx.Size()
		pageSize := int64(tx.DB().Info().PageSize)
		u.InUse = 4 * pageSize // two meta pages, the freelist and the root bucket's page
		return tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
			s := bk.Stats()
			bu := BucketUsage{Name: string(name), Keys: s.KeyN,
				Pages: int64(s.BranchAlloc + s.LeafAlloc + s.InlineBucketInuse)}
			err := bk.ForEach(func(k, v []byte) error {
				bu.Bytes += int64(len(k) + len(v))
				return nil
			})
			u.InUse += bu.Pages
			u.Packed += bu.Bytes + 16*int64(bu.Keys)
			u.Buckets = append(u.Buckets, bu)
			return err
		})
	})
	if err != nil {
		return u, fmt.Errorf("store: usage: %w", err)
	}
	if fi, err := os.Stat(b.Path()); err == nil {
		u.File = fi.Size()
	}
	sort.Slice(u.Buckets, func(i, j int) bool { return u.Buckets[i].Pages > u.Buckets[j].Pages })
	return u, nil
}

// Bucket returns the named bucket's figures (zero if absent).
func (u Usage) Bucket(name string) BucketUsage {
	for _, b := range u.Buckets {
		if b.Name == name {
			return b
		}
	}
	return BucketUsage{Name: name}
}

// Print writes the table of buckets and the totals.
func (u Usage) Print(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "bucket\tkeys\tbytes\tpages (bytes)\t\n")
	for _, b := range u.Buckets {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\n", b.Name, b.Keys, b.Bytes, b.Pages)
	}
	fmt.Fprintf(tw, "records packed\t\t\t%d\t\n", u.Packed)
	fmt.Fprintf(tw, "in use\t\t\t%d\t\n", u.InUse)
	fmt.Fprintf(tw, "high-water page\t\t\t%d\t\n", u.HighMark)
	fmt.Fprintf(tw, "file\t\t\t%d\t\n", u.File)
	return tw.Flush()
}

// CompactFile writes a compacted copy of the database at src to dst (which must not exist): bbolt
// never returns freed pages to the file system, so a file that held more than it now does only
// shrinks by copying. src must not be open elsewhere (souq stopped).
func CompactFile(src, dst string) error {
	if _, err := os.Stat(dst); err == nil {
		return fmt.Errorf("store: compact: %s exists", dst)
	}
	from, err := bolt.Open(src, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("store: compact: open %s: %w", src, err)
	}
	defer from.Close()
	to, err := bolt.Open(dst, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("store: compact: create %s: %w", dst, err)
	}
	// 64 MiB a transaction bounds the memory a large bucket takes while it is copied.
	err = bolt.Compact(to, from, 64<<20)
	if cerr := to.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(dst)
		return fmt.Errorf("store: compact %s: %w", src, err)
	}
	return nil
}

// CompactedSize is the size of the file a compaction would write now (a copy in dir, removed
// after): the records with every page packed and no free pages, up to its highest page (bbolt
// grows a file in steps ahead of its pages). Safe while souq runs (it reads one snapshot at a
// time); it copies the whole database, so it is for tools and benchmarks.
func (db *DB) CompactedSize(dir string) (int64, error) {
	f, err := os.CreateTemp(dir, "compacted-*.db")
	if err != nil {
		return 0, fmt.Errorf("store: compacted size: %w", err)
	}
	path := f.Name()
	_ = f.Close()
	defer os.Remove(path)
	to, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err != nil {
		return 0, fmt.Errorf("store: compacted size: %w", err)
	}
	var size int64
	err = bolt.Compact(to, db.bolt, 64<<20)
	if err == nil {
		err = to.View(func(tx *bolt.Tx) error { size = tx.Size(); return nil })
	}
	if cerr := to.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, fmt.Errorf("store: compacted size: %w", err)
	}
	return size, nil
}
