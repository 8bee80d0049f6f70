package devnode

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
)

// childEnv makes the test binary run a dev node on the directory it names (see TestMain) instead
// of the tests: the crash tests kill it with SIGKILL, as the OOM killer or `kill -9` would.
const childEnv = "SOUQ_DEVNODE_CHILD_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		os.Exit(runChild(dir))
	}
	os.Exit(m.Run())
}

// runChild runs a dev node until SIGTERM, printing "rpc <url>" once it serves.
func runChild(dir string) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	n, err := Start(ctx, Config{DataDir: dir, Port: -1})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	fmt.Printf("rpc %s\n", n.HTTPURL())
	<-ctx.Done()
	if err := n.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "child close:", err)
		return 1
	}
	return 0
}

// child is a dev node in another process.
type child struct {
	cmd *exec.Cmd
	rpc *ethclient.Client
}

func startChild(t *testing.T, dir string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "rpc ")
	if err != nil || !ok {
		t.Fatalf("child did not start: %q %v", line, err)
	}
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	return &child{cmd: cmd, rpc: c}
}

func (c *child) stop(t *testing.T, sig syscall.Signal) {
	t.Helper()
	c.rpc.Close()
	if err := c.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	err := c.cmd.Wait()
	if sig == syscall.SIGTERM && err != nil {
		t.Fatalf("graceful stop: %v", err)
	}
}

// sent is what a transaction left on the chain, as souq saw it.
type sent struct {
	receipt *types.Receipt
	to      common.Address
	value   *big.Int
	seq     uint64 // EventAnchor.size after the anchor
}

// transact sends a transfer and an anchor (a balance and contract storage) and waits for both.
func transact(t *testing.T, c *ethclient.Client, anchor common.Address, round int, nextSeq uint64) []sent {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	to := common.BigToAddress(big.NewInt(int64(0xc0ffee00 + round)))
	faucet, _ := DevAccount("faucet")
	value := big.NewInt(int64(1000 + round))
	tx := signTransfer(t, c, faucet, to, value)
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	ea := eventanchor.NewEventAnchor()
	op, _ := DevAccount("operator")
	auth := bind.NewKeyedTransactor(op.Key, big.NewInt(ChainID))
	atx, err := bind.Transact(ea.Instance(c, anchor), auth, ea.PackAnchor(nextSeq+2, common.BigToHash(big.NewInt(int64(round+1)))))
	if err != nil {
		t.Fatal(err)
	}
	var out []sent
	for i, h := range []common.Hash{tx.Hash(), atx.Hash()} {
		r, err := bind.WaitMined(ctx, c, h)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %d not mined: %v %v", i, r, err)
		}
		out = append(out, sent{receipt: r, to: to, value: value, seq: nextSeq + 2})
	}
	return out
}

// anchorOf reads the EventAnchor's address from the contracts file the child wrote.
func anchorOf(t *testing.T, dir string) common.Address {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, contractsFile))
	if err != nil {
		t.Fatal(err)
	}
	var c chain.Contracts
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return c.EventAnchor
}

// check asserts that every block, receipt, balance and storage value souq saw is on the chain.
func check(t *testing.T, c *ethclient.Client, anchor common.Address, all []sent) {
	t.Helper()
	ctx := context.Background()
	for _, s := range all {
		r := s.receipt
		b, err := c.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil || b.Hash() != r.BlockHash {
			t.Errorf("block %d: %v %v, want hash %s", r.BlockNumber, b, err, r.BlockHash)
			continue
		}
		got, err := c.TransactionReceipt(ctx, r.TxHash)
		if err != nil || got.BlockHash != r.BlockHash || got.Status != r.Status {
			t.Errorf("receipt of %s after the crash: %v %v", r.TxHash, got, err)
		}
	}
	last := all[len(all)-1]
	for _, s := range all {
		if bal, err := c.BalanceAt(ctx, s.to, nil); err != nil || bal.Cmp(s.value) != 0 {
			t.Errorf("balance of %s = %v (%v), want %s", s.to, bal, err, s.value)
		}
	}
	ea := eventanchor.NewEventAnchor()
	next, err := bind.Call(ea.Instance(c, anchor), nil, ea.PackSize(), ea.UnpackSize)
	if err != nil || next != last.seq {
		t.Errorf("EventAnchor.size = %d (%v), want %d", next, err, last.seq)
	}
}

// TestSurvivesKill9 runs the node in a child process, sends transactions, waits for their
// receipts, kills the child with SIGKILL and restarts it on the same data directory: every block,
// receipt, balance and storage slot seen before the kill must be there. The graceful variant
// stops and restarts cleanly once first (on the old code the kill then lost every block since).
func TestSurvivesKill9(t *testing.T) {
	t.Parallel()
	for _, graceful := range []bool{false, true} {
		t.Run(fmt.Sprint("graceful-restart-first=", graceful), func(t *testing.T) {
			dir := t.TempDir()
			c := startChild(t, dir)
			anchor := anchorOf(t, dir)
			var all []sent
			seq := uint64(0)
			round := 0
			more := func() {
				got := transact(t, c.rpc, anchor, round, seq)
				round++
				seq = got[len(got)-1].seq
				all = append(all, got...)
			}
			more()
			if graceful {
				c.stop(t, syscall.SIGTERM)
				c = startChild(t, dir)
				check(t, c.rpc, anchor, all)
				more()
			}
			// Time travel over JSON-RPC just before the kill: the clock must survive it too.
			var jumped DevTime
			if err := c.rpc.Client().Call(&jumped, "souqdev_advanceTime", 3600); err != nil {
				t.Fatal(err)
			}
			c.stop(t, syscall.SIGKILL)
			c = startChild(t, dir)
			check(t, c.rpc, anchor, all)
			var now DevTime
			if err := c.rpc.Client().Call(&now, "souqdev_now"); err != nil {
				t.Fatal(err)
			}
			if now.Offset != jumped.Offset || now.Head < jumped.Head || now.HeadTime < jumped.HeadTime {
				t.Errorf("after kill -9: clock %+v, before it %+v", now, jumped)
			}
			// And the chain goes on from there.
			more()
			check(t, c.rpc, anchor, all)
			c.stop(t, syscall.SIGTERM)
		})
	}
}
