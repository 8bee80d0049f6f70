package escrow

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// logRange is how many blocks the watcher asks eth_getLogs for at once. Providers cap it (by
// blocks — Alchemy, Infura, public RPCs allow 500 to 10,000 — or by results, or by time), and
// each words the refusal its own way. The watcher starts at the configured size, halves it on a
// refusal that is about the range (or takes the range the provider suggests), and doubles it
// again after a run of successes (a longer run after each refusal), never above the configured maximum. A refusal at one block is
// not about the range: it is returned like any other error, so no range is retried for ever at
// the same size.
type logRange struct {
	mu      sync.Mutex
	size    uint64
	max     uint64
	streak  int // successes since the last change
	growAft int // successes before growing
}

func newLogRange(start, most uint64) *logRange {
	return &logRange{size: max(1, min(start, most)), max: most, growAft: 4}
}

// Size is the number of blocks to ask for now.
func (r *logRange) Size() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.size
}

// ok records a successful call.
func (r *logRange) ok() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.streak++
	if r.streak >= r.growAft && r.size < r.max {
		r.size = min(r.max, r.size*2)
		r.streak = 0
		r.growAft = max(4, r.growAft/2)
	}
}

// refused records a failed call over asked blocks and reports whether the range should be asked
// again smaller (the error is about the range and the range can still shrink).
func (r *logRange) refused(asked uint64, err error) bool {
	if asked <= 1 || !rangeRefusal(err) {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.streak = 0
	// Each refusal makes the next attempt to grow wait twice as long: a provider with a fixed cap
	// is probed ever more rarely, one that was only busy soon gets the full span again.
	r.growAft = min(r.growAft*2, 1024)
	next := asked / 2
	if hint := suggestedRange(err); hint > 0 && hint < asked {
		next = hint
	}
	r.size = max(1, min(r.size, next))
	return true
}

// rangeRefusal reports whether err is a provider refusing a log query for its size: its block
// span, its number of results, its response size, or the time it took.
func rangeRefusal(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var re gethrpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32005 { // "limit exceeded" (EIP-1474)
		return true
	}
	var he gethrpc.HTTPError
	if errors.As(err, &he) && (he.StatusCode == 413 || he.StatusCode == 504 || he.StatusCode == 408) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{
		"range too large", "range is too large", "block range", "blocks range", "exceed maximum block range",
		"too many results", "query returned more than", "more than 10000 results", "response size",
		"too many logs", "limit exceeded", "log response size exceeded", "range limit", "query timeout",
		"timed out", "timeout",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// suggestedRange reads the block range some providers suggest in their refusal ("… Try with this
// block range [0x1, 0x2f]" — Alchemy, Infura); 0 when there is none.
func suggestedRange(err error) uint64 {
	msg := err.Error()
	i := strings.LastIndex(msg, "[0x")
	if i < 0 {
		return 0
	}
	rest := msg[i+1:]
	j := strings.Index(rest, "]")
	if j < 0 {
		return 0
	}
	parts := strings.Split(rest[:j], ",")
	if len(parts) != 2 {
		return 0
	}
	var from, to uint64
	for k, p := range parts {
		v, ok := parseHex(strings.TrimSpace(p))
		if !ok {
			return 0
		}
		if k == 0 {
			from = v
		} else {
			to = v
		}
	}
	if to < from {
		return 0
	}
	return to - from + 1
}

func parseHex(s string) (uint64, bool) {
	if !strings.HasPrefix(s, "0x") {
		return 0, false
	}
	v, err := strconv.ParseUint(s[2:], 16, 64)
	return v, err == nil
}
