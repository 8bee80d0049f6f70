package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/store"
)

// TestAdminStatusAndBackup: the admin routes are the arbiter's; status counts the service's open
// work at the service's time, and the backup is a store that opens and holds the order.
func TestAdminStatusAndBackup(t *testing.T) {
	t.Parallel()
	h, sale := newAPI(t)
	id := offerOne(t, h)
	for _, p := range []string{"/api/v1/admin/status", "/api/v1/admin/backup"} {
		for _, key := range []string{"", merchantKeyStr} {
			hdr := http.Header{}
			if key != "" {
				hdr.Set("Authorization", "Bearer "+key)
			}
			if rec := do(t, h, "GET", p, hdr); rec.Code != 401 || jsonField(t, rec.Body.Bytes(), "code") != "unauthorized" {
				t.Errorf("%s with key %q: %d %s, want 401", p, key, rec.Code, rec.Body)
			}
		}
	}
	arbiter := http.Header{"Authorization": {"Bearer " + arbiterKeyStr}}

	rec := do(t, h, "GET", "/api/v1/admin/status", arbiter)
	var r StatusReport
	if err := json.Unmarshal(rec.Body.Bytes(), &r); rec.Code != 200 || err != nil {
		t.Fatalf("status %d %s (%v)", rec.Code, rec.Body, err)
	}
	work, err := sale.Service.Outbox(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !r.At.Equal(sale.Clock.Now().UTC()) || r.Open != len(work) || len(r.Work) != len(work) || r.Stuck != 0 {
		t.Errorf("status %+v, want %d open at %s", r, len(work), sale.Clock.Now())
	}

	rec = do(t, h, "GET", "/api/v1/admin/backup", arbiter)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/octet-stream" ||
		rec.Header().Get("Content-Length") != strconv.Itoa(rec.Body.Len()) || rec.Body.Len() == 0 {
		t.Fatalf("backup %d, %s, %d bytes (Content-Length %s)", rec.Code, rec.Header().Get("Content-Type"), rec.Body.Len(), rec.Header().Get("Content-Length"))
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(path, rec.Body.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(path)
	if err != nil {
		t.Fatalf("the backup does not open: %v", err)
	}
	defer db.Close()
	oid, _ := souq.ParseOrderID(id)
	if err := db.Sales().View(context.Background(), func(tx souq.Tx) error { _, err := tx.Order(oid); return err }); err != nil {
		t.Errorf("the backup lacks the order: %v", err)
	}
}

type failingWork struct{}

func (failingWork) Outbox(context.Context) ([]souq.WorkItem, error) {
	return nil, errors.New("store: read: disk I/O error")
}

type failingBackup struct{}

func (failingBackup) StreamBackup(func(int64) io.Writer) error {
	return errors.New("store: read: disk I/O error")
}

// TestAdminFailures: a store that fails answers 500 without its reason.
func TestAdminFailures(t *testing.T) {
	t.Parallel()
	s, _ := newTestServer(t, Config{})
	(&Admin{Auth: testAuth(), Work: failingWork{}, Backup: failingBackup{}, Now: time.Now}).Register(s.Engine())
	arbiter := http.Header{"Authorization": {"Bearer " + arbiterKeyStr}}
	for p, msg := range map[string]string{"/api/v1/admin/status": "status failed", "/api/v1/admin/backup": "backup failed"} {
		rec := do(t, s.Handler(), "GET", p, arbiter)
		if rec.Code != 500 || jsonField(t, rec.Body.Bytes(), "code") != "internal" || jsonField(t, rec.Body.Bytes(), "message") != msg {
			t.Errorf("%s: %d %s, want 500 %q", p, rec.Code, rec.Body, msg)
		}
	}
}
