package escrow

import (
	"context"
	"errors"
	"flag"
	"math/big"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/kv"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

// Regenerate the golden files after a deliberate change of encoding (a new version, never an
// edit of v1's bytes): go test ./chain/escrow -run TestGolden -update
var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden: the stored bytes of a deposit watcher's balance mark and of a tracked attempt are
// the files in testdata/, decode back to the record, and decode from the bytes written before v1
// (the same JSON without the version byte).
func TestGolden(t *testing.T) {
	bal, _ := new(big.Int).SetString("10000000000000000000", 10)
	for _, tc := range []struct {
		name string
		rec  any
		into func() any
	}{
		{"ethmark.v1.golden", &ethMark{Balance: bal, Block: 18}, func() any { return new(ethMark) }},
		{"tracked.v1.golden", &tracked{From: common.HexToAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
			SenderKey: "escrow/fund/0xab7e/2e6a", Operator: true}, func() any { return new(tracked) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := encodeRecord(tc.rec)
			if err != nil {
				t.Fatal(err)
			}
			want := souqtest.Golden(t, filepath.Join("testdata", tc.name), got, *updateGolden)
			if want[0] != recordV1 {
				t.Fatalf("version byte %#x, want %#x", want[0], recordV1)
			}
			for name, b := range map[string][]byte{"v1": want, "legacy": want[1:]} {
				back := tc.into()
				if err := decodeRecord(b, back); err != nil || !reflect.DeepEqual(back, tc.rec) {
					t.Errorf("%s: decoded %+v, %v; want %+v", name, back, err, tc.rec)
				}
			}
		})
	}
}

func TestDecodeRecordRefuses(t *testing.T) {
	for _, tc := range []struct{ name, v, want string }{
		{"unknown version", "\x07{}", "unknown encoding version 7"},
		{"empty", "", "empty value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := decodeRecord([]byte(tc.v), new(tracked)); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one with %q", err, tc.want)
			}
		})
	}
}

// fixture opens a copy of the souq.db that b1c9294's `souq demo` wrote.
func fixture(t *testing.T) *store.DB {
	return souqtest.OpenStoreCopy(t, filepath.Join("..", "testdata", "souq_b1c9294.db"))
}

// addrSigner is an account's address without its key: the tracker only reads its sender's store.
type addrSigner common.Address

func (a addrSigner) Address() common.Address { return common.Address(a) }
func (a addrSigner) SignTx(*types.Transaction, *big.Int) (*types.Transaction, error) {
	return nil, errors.New("no key in this test")
}

// TestMigrationFromB1c9294: in a store written by b1c9294's demo (its deposits.eth and
// escrow.track empty: every attempt was reported, no wallet polled for ETH), the tracker tracks a
// new attempt on an intent the demo confirmed, reports it and forgets it; the deposit watcher
// reads a balance mark written as b1c9294 wrote them next to one written now.
func TestMigrationFromB1c9294(t *testing.T) {
	ctx := context.Background()
	db := fixture(t)
	for _, space := range []string{spaceTrack, spaceDepositETH} {
		err := db.KV().View(ctx, func(tx kv.Tx) error {
			return tx.Ascend(space, nil, func(k, _ []byte) error { return errors.New("found " + string(k)) })
		})
		if err != nil {
			t.Fatalf("%s: %v; the fixture has it empty", space, err)
		}
	}

	st, err := txstore.New(ctx, db.KV())
	if err != nil {
		t.Fatal(err)
	}
	operator := common.HexToAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")
	pool := sender.NewPool(nil, st, sender.Config{})
	pool.Add(addrSigner(operator))
	var got []souq.IntentResult
	tr := NewTracker(db.KV(), pool, func(_ context.Context, r souq.IntentResult) error { got = append(got, r); return nil })
	const fundKey = "escrow/fund/0xab7e40fd6fc40f977977e7028a65d273e24c979d25bcda2c8cad4100fb816247/2e6a3711b5209a8c"
	if err := tr.Watch(ctx, "escrow.fund/o1/2", operator, fundKey, true); err != nil {
		t.Fatal(err)
	}
	pending, err := tr.tracked(ctx)
	if want := (tracked{From: operator, SenderKey: fundKey, Operator: true}); err != nil || len(pending) != 1 || pending["escrow.fund/o1/2"] != want {
		t.Fatalf("tracked = %+v, %v", pending, err)
	}
	if open, err := tr.Open(ctx); err != nil || len(open) != 0 {
		t.Fatalf("open = %+v, %v; the demo's intent is confirmed", open, err)
	}
	if n, err := tr.Step(ctx); err != nil || n != 1 || len(got) != 1 || got[0].Key != "escrow.fund/o1/2" || !got[0].OK ||
		got[0].TxHash == "" {
		t.Fatalf("step reported %d %+v, %v", n, got, err)
	}
	if pending, err := tr.tracked(ctx); err != nil || len(pending) != 0 {
		t.Fatalf("still tracked after the report: %+v, %v", pending, err)
	}

	// A mark as b1c9294 stored it (JSON, no version byte), and one stored now.
	d := &Deposits{DB: db.KV()}
	legacy := []byte("0x4344501e3d0f9cf6a5efbd6363685a1d9ae7b1cf")
	if err := db.KV().Update(ctx, func(tx kv.Tx) error {
		return tx.Put(spaceDepositETH, legacy, []byte(`{"balance":10000000000000000000,"block":3}`))
	}); err != nil {
		t.Fatal(err)
	}
	fresh := []byte("0x90f79bf6eb2c4f870365e785982e1f101e93b906")
	if err := d.saveMark(ctx, fresh, ethMark{Balance: big.NewInt(5), Block: 18}); err != nil {
		t.Fatal(err)
	}
	tenETH, _ := new(big.Int).SetString("10000000000000000000", 10)
	for k, want := range map[string]ethMark{string(legacy): {Balance: tenETH, Block: 3}, string(fresh): {Balance: big.NewInt(5), Block: 18}} {
		m, err := d.mark(ctx, []byte(k))
		if err != nil || m == nil || m.Balance.Cmp(want.Balance) != 0 || m.Block != want.Block {
			t.Errorf("mark of %s = %+v, %v; want %+v", k, m, err, want)
		}
	}
	if m, err := d.mark(ctx, []byte("0x0000000000000000000000000000000000000001")); m != nil || err != nil {
		t.Errorf("mark of an unseen wallet = %+v, %v", m, err)
	}
}
