package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/server"
)

// The journal's errors reach the audit API marked with the server's sentinels (404, 503
// not_anchored), their text unchanged (the API shows it).
func TestLogErrMarksJournalErrors(t *testing.T) {
	disk := errors.New("read: disk I/O error")
	tests := []struct {
		err  error
		mark error // nil: passed on as it is
	}{
		{fmt.Errorf("event 7: %w", journal.ErrNotFound), souq.ErrNotFound},
		{fmt.Errorf("no checkpoint yet: %w", journal.ErrNotFound), souq.ErrNotFound},
		{fmt.Errorf("event 7: %w", journal.ErrNotAnchored), server.ErrNotAnchored},
		{disk, nil},
		{nil, nil},
	}
	for _, tt := range tests {
		got := logErr(tt.err)
		if tt.mark == nil {
			if got != tt.err {
				t.Errorf("logErr(%v) = %v, want it unchanged", tt.err, got)
			}
			continue
		}
		if !errors.Is(got, tt.mark) || !errors.Is(got, tt.err) || got.Error() != tt.err.Error() {
			t.Errorf("logErr(%v) = %q: want it marked %v, wrapping the original, with its text", tt.err, got, tt.mark)
		}
	}
}
