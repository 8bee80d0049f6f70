package journal

import (
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"golang.org/x/mod/sumdb/tlog"

	"github.com/souqchain/souq/kv"
)

// tileHeight is C2SP tlog-tiles' fixed tile height: 256 hashes or entries per full tile.
const tileHeight = 8

// Handler serves the log per C2SP tlog-tiles, mounted so that it sees paths without its prefix
// (e.g. http.StripPrefix("/log", h)):
//
//	GET /checkpoint                   the latest signed checkpoint (text/plain; C2SP tlog-checkpoint)
//	GET /tile/<L>/<N>[.p/<W>]         hash tiles: W (256 when full) 32-byte hashes of level L
//	GET /tile/entries/<N>[.p/<W>]     entry bundles: each entry (an event's canonical bytes)
//	                                   as a big-endian uint16 length and the bytes
//
// Only tiles within the latest checkpoint are served (404 beyond it); full tiles never change
// and are served as immutable.
func (a *Anchorer) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		latest, err := a.Latest(r.Context())
		if errors.Is(err, ErrNotFound) {
			http.Error(w, "no checkpoint yet", http.StatusNotFound)
			return
		}
		if err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		p := strings.TrimPrefix(r.URL.Path, "/")
		if p == "checkpoint" {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			_, _ = w.Write([]byte(latest.Note))
			return
		}
		data, full, err := a.tile(r, p, latest.Size)
		if errors.Is(err, ErrNotFound) {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		if err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		if full {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		}
		_, _ = w.Write(data)
	})
}

// tile reads the tile at C2SP path p ("tile/<L>/<N>[.p/<W>]" or "tile/entries/…") within a tree
// of size records. sumdb/tlog names the same tiles "tile/8/<L>/…" and "tile/8/data/…".
func (a *Anchorer) tile(r *http.Request, p string, size uint64) ([]byte, bool, error) {
	rest, ok := strings.CutPrefix(p, "tile/")
	if !ok {
		return nil, false, ErrNotFound
	}
	rest = strings.Replace(rest, "entries/", "data/", 1)
	t, err := tlog.ParseTilePath(fmt.Sprintf("tile/%d/%s", tileHeight, rest))
	if err != nil {
		return nil, false, ErrNotFound
	}
	level := max(t.L, 0)
	// The tile's last element must exist in the tree of the latest checkpoint.
	width := size >> (tileHeight * uint(level))
	if uint64(t.N)*(1<<tileHeight)+uint64(t.W) > width {
		return nil, false, ErrNotFound
	}
	full := t.W == 1<<tileHeight
	if t.L >= 0 {
		var data []byte
		err := a.l.db.View(r.Context(), func(tx kv.Tx) error {
			var err error
			data, err = tlog.ReadTileData(t, hashReader(tx))
			return err
		})
		return data, full, err
	}
	first := uint64(t.N) << tileHeight
	evs, err := a.l.src.Events(r.Context(), first, t.W)
	if err != nil {
		return nil, false, err
	}
	if len(evs) != t.W {
		return nil, false, ErrNotFound
	}
	var out []byte
	for _, e := range evs {
		c := e.Canonical()
		if len(c) > 0xffff {
			return nil, false, fmt.Errorf("journal: event %d is %d bytes, over an entry bundle's 65535", e.Seq, len(c))
		}
		out = append(binary.BigEndian.AppendUint16(out, uint16(len(c))), c...)
	}
	return out, full, nil
}
