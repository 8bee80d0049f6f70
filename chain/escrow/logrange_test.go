package escrow_test

import (
	"context"
	"fmt"
	"math/big"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/escrow"
)

// cappedProvider is a JSON-RPC provider (go-ethereum's rpc server, so the real wire format) for a
// long chain whose eth_getLogs refuses spans above a cap, the way hosted providers do: with an
// error message, with EIP-1474's "limit exceeded" and a suggested range, or by timing out.
type cappedProvider struct {
	mu      sync.Mutex
	head    uint64
	cap     uint64 // 0: no cap
	refuse  string // "message", "suggest", "timeout"
	escrow  common.Address
	events  map[uint64]souq.OrderID // block → a Disputed event of this order
	calls   []span                  // every eth_getLogs asked
	refused map[span]int
}

type span struct {
	from, to uint64
	ok       bool
}

type codedError struct {
	code int
	msg  string
}

func (e codedError) Error() string  { return e.msg }
func (e codedError) ErrorCode() int { return e.code }

// fakeEth serves the eth_ namespace.
type fakeEth struct{ p *cappedProvider }

func (f fakeEth) BlockNumber() hexutil.Uint64 {
	f.p.mu.Lock()
	defer f.p.mu.Unlock()
	return hexutil.Uint64(f.p.head)
}

func fakeHeader(n uint64) *types.Header {
	return &types.Header{Number: new(big.Int).SetUint64(n), Difficulty: new(big.Int), GasLimit: 30_000_000,
		Time: 1_700_000_000 + n, ParentHash: common.BigToHash(new(big.Int).SetUint64(n)), BaseFee: big.NewInt(1)}
}

func (f fakeEth) GetBlockByNumber(n hexutil.Uint64, _ bool) (*types.Header, error) {
	f.p.mu.Lock()
	defer f.p.mu.Unlock()
	if uint64(n) > f.p.head {
		return nil, nil
	}
	return fakeHeader(uint64(n)), nil
}

type filterArg struct {
	FromBlock hexutil.Uint64   `json:"fromBlock"`
	ToBlock   hexutil.Uint64   `json:"toBlock"`
	Address   []common.Address `json:"address"`
}

func (f fakeEth) GetLogs(ctx context.Context, q filterArg) ([]types.Log, error) {
	p := f.p
	p.mu.Lock()
	from, to := uint64(q.FromBlock), uint64(q.ToBlock)
	s := span{from: from, to: to}
	capped := p.cap > 0 && to-from+1 > p.cap
	if len(q.Address) != 1 || q.Address[0] != p.escrow {
		p.mu.Unlock()
		return nil, fmt.Errorf("unexpected address filter %v", q.Address)
	}
	p.calls = append(p.calls, span{from: from, to: to, ok: !capped})
	if capped {
		p.refused[s]++
		refuse, c := p.refuse, p.cap
		p.mu.Unlock()
		switch refuse {
		case "timeout":
			select {
			case <-ctx.Done():
			case <-time.After(5 * time.Second):
			}
			return nil, codedError{-32000, "request timed out"}
		case "suggest":
			return nil, codedError{-32005, fmt.Sprintf("query returned more than 10000 results. Try with this block range [%#x, %#x].", from, from+c-1)}
		default:
			return nil, codedError{-32000, fmt.Sprintf("exceed maximum block range: %d", c)}
		}
	}
	defer p.mu.Unlock()
	var logs []types.Log
	id := escrowabi.NewEscrow().GetABI().Events["Disputed"].ID
	for b := from; b <= to; b++ {
		if o, ok := p.events[b]; ok {
			logs = append(logs, types.Log{Address: p.escrow, Topics: []common.Hash{id, common.Hash(o)}, Data: make([]byte, 64), // reasonHash, decideBy
				BlockNumber: b, BlockHash: fakeHeader(b).Hash(), TxHash: common.BigToHash(new(big.Int).SetUint64(b))})
		}
	}
	return logs, nil
}

func (p *cappedProvider) serve(t *testing.T) *ethclient.Client {
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", fakeEth{p}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	t.Cleanup(srv.Stop)
	c, err := ethclient.Dial(hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// The watcher starts at the deploy block and adapts its eth_getLogs span to what the provider
// allows: it shrinks on a refusal (message, suggested range or timeout), never asks the same
// refused span twice, sees every event, and grows back once the provider allows more. Before, it
// asked a fixed 2,000 blocks and retried the same refused range for ever: no event was ever seen.
func TestWatcherAdaptsLogRangeToProvider(t *testing.T) {
	t.Parallel()
	const deploy, head = 4_900_000, 5_000_000
	for _, refuse := range []string{"message", "suggest", "timeout"} {
		t.Run(refuse, func(t *testing.T) {
			t.Parallel()
			p := &cappedProvider{head: head, cap: 500, refuse: refuse, escrow: common.HexToAddress("0xe5c"), refused: map[span]int{},
				events: map[uint64]souq.OrderID{deploy: {1}, deploy + 12_345: {2}, head - 10: {3}, deploy - 5: {9}}}
			c := p.serve(t)
			_, st := openStore(t, "w.db")
			seen := map[souq.OrderID]int{}
			w := escrow.NewWatcher(c, p.escrow, st, escrow.WatcherConfig{FromBlock: deploy, Confirmations: 1, RPCTimeout: 200 * time.Millisecond},
				func(_ context.Context, ev escrow.Event) error { seen[ev.OrderID]++; return nil })
			ctx := context.Background()
			// Every Poll makes progress or fails; a handful must reach the head.
			for i := 0; i < 5; i++ {
				if _, err := w.Poll(ctx); err != nil {
					t.Fatalf("poll %d: %v", i, err)
				}
				if seen[souq.OrderID{3}] > 0 {
					break
				}
			}
			for _, o := range []souq.OrderID{{1}, {2}, {3}} {
				if seen[o] != 1 {
					t.Errorf("order %x seen %d times, want 1", o[:1], seen[o])
				}
			}
			if seen[souq.OrderID{9}] != 0 {
				t.Error("an event before the deploy block was read")
			}
			p.mu.Lock()
			calls := append([]span(nil), p.calls...)
			for s, n := range p.refused {
				if n > 1 {
					t.Errorf("span %d-%d refused %d times: asked again at the same size", s.from, s.to, n)
				}
			}
			p.mu.Unlock()
			if calls[0].from != deploy {
				t.Errorf("first eth_getLogs from block %d, want the deploy block %d", calls[0].from, deploy)
			}
			// 100,001 blocks at 500 a call: 201 calls, plus a refusal each time it tries to grow.
			if most := uint64((head-deploy)/500*3/2 + 10); uint64(len(calls)) > most {
				t.Errorf("%d eth_getLogs calls for %d blocks capped at 500, want at most %d", len(calls), head-deploy+1, most)
			}
			t.Logf("%s: %d eth_getLogs calls, %d refused", refuse, len(calls), len(p.refused))

			// The provider lifts its cap: the span grows back towards MaxRange.
			p.mu.Lock()
			p.cap, p.calls = 0, nil
			p.head += 100_000
			p.mu.Unlock()
			if _, err := w.Poll(ctx); err != nil {
				t.Fatal(err)
			}
			p.mu.Lock()
			defer p.mu.Unlock()
			widest := uint64(0)
			for _, s := range p.calls {
				widest = max(widest, s.to-s.from+1)
			}
			if widest < 5000 {
				t.Errorf("widest span after the cap was lifted: %d blocks; the range did not grow back", widest)
			}
		})
	}
}
