// Package storetest is the conformance suite of souq's store: the tests any implementation of the
// persistence ports must pass — the sale store (souq.Store, souq.Tx), the webhook inbox
// (whatsapp.Inbox and bot.Inbox), the dialogue state (bot.ChatStore) and the key-value port the
// chain adapters keep their records through (kv.DB). store/ runs it against
// bbolt; a second database is held to the same yardstick by running it against that one.
//
// It imports only the domain and package kv: the interfaces below repeat the adapters' method sets (Go's
// interfaces are structural), so an implementation needs nothing else to be tested. Each test
// states what the domain relies on — an assertion an implementation could get wrong — and, where
// the service does something through the Tx (claiming intents, binding idempotency keys), does it
// the way the service does.
package storetest

import (
	"context"
	"testing"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/kv"
)

// Inbox is the webhook's durable queue: whatsapp.Inbox (InboxAppend) and bot.Inbox (the rest).
type Inbox interface {
	InboxAppend(ctx context.Context, envs []souq.Envelope) (int, error)
	InboxPending(ctx context.Context, limit int) ([]souq.InboxEntry, error)
	InboxFinish(ctx context.Context, results []souq.InboxResult) error
}

// Chats is the bot's dialogue state (bot.ChatStore).
type Chats interface {
	Chat(ctx context.Context, id string) ([]byte, error)
	UpdateChat(ctx context.Context, id string, fn func(old []byte) ([]byte, error)) error
}

// Subject is one open instance of the implementation under test. Its stores share one database:
// what one writes, a Reopen or Crash of it sees.
type Subject struct {
	Sales souq.Store
	Inbox Inbox
	Chats Chats
	// KV is the adapters' key-value port on the same database.
	KV kv.DB
	// Reopen closes the database cleanly and opens the same data again.
	Reopen func(t *testing.T) *Subject
	// Crash opens the data as the process dying now would leave it, without closing this
	// instance (which the implementation cleans up when the test ends). It may be called while
	// a transaction is open in another goroutine (not while one commits): what that
	// transaction wrote must not be in the data opened.
	Crash func(t *testing.T) *Subject
}

// Run runs the suite. open returns a fresh, empty database for each subtest (a temporary file
// or schema), cleaned up by the test.
func Run(t *testing.T, open func(t *testing.T) *Subject) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s *Subject)
	}{
		{"Atomic/FailedDecisionLeavesNothing", testAtomicRollback},
		{"Atomic/DecisionCommitsEverything", testAtomicCommit},
		{"Atomic/PanicRollsBack", testPanicRollsBack},
		{"Atomic/ReadsOwnWrites", testReadsOwnWrites},
		{"Idempotency/Enqueue", testEnqueueOnce},
		{"Idempotency/Processed", testProcessed},
		{"Idempotency/RacingMessageActsOnce", testRacingMessage},
		{"Idempotency/APIKeyBoundToFirstRequest", testAPIKeyBinding},
		{"Outbox/DueOrderAndLimit", testDueOrder},
		{"Outbox/Lanes", testLanes},
		{"Outbox/ClaimIsExclusive", testClaimExclusive},
		{"Outbox/LeaseExpiry", testLeaseExpiry},
		{"Outbox/FinishedNeverDue", testFinishedNeverDue},
		{"Journal/ContiguousChain", testJournalChain},
		{"Journal/ReadsBackExactly", testJournalExact},
		{"Journal/RolledBackAppendTakesNoNumber", testJournalRollback},
		{"Journal/ConcurrentAppenders", testJournalConcurrent},
		{"Journal/Cursors", testCursors},
		{"Inbox/Dedupe", testInboxDedupe},
		{"Inbox/ConcurrentCopies", testInboxConcurrent},
		{"Inbox/Finish", testInboxFinish},
		{"Inbox/Retry", testInboxRetry},
		{"Inbox/FailingNeighbours", testInboxWithFailingNeighbours},
		{"Chats/ReadModifyWrite", testChats},
		{"Indexes/UserOrders", testUserOrders},
		{"Indexes/ActiveAndDeadlines", testActiveAndDeadlines},
		{"Indexes/ShortRef", testShortRef},
		{"Records/RoundTrip", testRecords},
		{"Recovery/Reopen", func(t *testing.T, s *Subject) { testRecovery(t, s, s.Reopen) }},
		{"Recovery/Crash", func(t *testing.T, s *Subject) { testRecovery(t, s, s.Crash) }},
		{"Recovery/CrashMidTransaction", testCrashMidTransaction},
		{"KV/ReadWrite", testKVReadWrite},
		{"KV/Atomic", testKVAtomic},
		{"KV/Order", testKVOrder},
		{"KV/Concurrent", testKVConcurrent},
		{"KV/Recovery", testKVRecovery},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			if s.Sales == nil || s.Inbox == nil || s.Chats == nil || s.KV == nil || s.Reopen == nil || s.Crash == nil {
				t.Fatal("storetest: the Subject lacks a store or Reopen/Crash")
			}
			tt.fn(t, s)
		})
	}
}
