package txstore

import (
	"bytes"
	"flag"
	"math/big"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/souqtest"
)

// Regenerate the golden files after a deliberate change of encoding (a new version, never an
// edit of v1's bytes): go test ./chain/txstore -run TestGolden -update
var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or writes it there under -update.
func golden(t *testing.T, name string, got []byte) []byte {
	t.Helper()
	return souqtest.Golden(t, filepath.Join("testdata", name), got, *updateGolden)
}

// fullIntent sets every field of an intent, so a tag renamed or dropped shows in the golden.
func fullIntent() *sender.Intent {
	to := common.HexToAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3")
	at := time.Date(2026, 11, 30, 11, 11, 2, 581742693, time.UTC)
	sum := [32]byte{1, 2, 3}
	return &sender.Intent{
		Key: "escrow/fund/0xab/2e6a", Kind: "fund", From: common.HexToAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
		Call:  sender.Call{To: &to, Data: []byte{0xa9, 0x05, 0x9c, 0xbb}, Value: big.NewInt(10_000_000_000_000_000), Gas: 90_000, After: "approve/1", FailFast: true},
		State: sender.Confirmed, Nonce: 7, HasNonce: true, Gas: 108_000,
		Attempts: []sender.Attempt{{Hash: common.HexToHash("0xea37"), Raw: []byte{2, 0xf8, 0x73}, GasTipCap: big.NewInt(1_000_000), GasFeeCap: big.NewInt(1_559_630_318), At: at.Add(time.Second)}},
		Dropped:  []sender.Attempt{{Hash: common.HexToHash("0xdead"), Raw: []byte{2}, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), At: at}},
		Receipt: &sender.Receipt{TxHash: common.HexToHash("0xea37"), BlockNumber: 3, BlockHash: common.HexToHash("0xc237"), Status: 1, GasUsed: 21_000,
			EffectiveGasPrice: big.NewInt(687_092_220), ContractAddress: common.HexToAddress("0xc0"),
			Logs: []*types.Log{{Address: to, Topics: []common.Hash{common.HexToHash("0xddf2")}, Data: []byte{9}, BlockNumber: 3,
				TxHash: common.HexToHash("0xea37"), TxIndex: 1, BlockHash: common.HexToHash("0xc237"), Index: 2}}},
		Revert: "Escrow.WrongStatus(2)", RevertData: []byte{0x4e, 0x48}, Reorgs: 1,
		Failure:    &sender.Failure{Kind: sender.FailFunds, Error: "short", Need: big.NewInt(5), Have: big.NewInt(4)},
		Retrying:   &sender.Retrying{Since: at, Error: "node down", Kind: sender.FailFeeCap},
		DataSHA256: &sum, Created: at, Updated: at.Add(2 * time.Second),
	}
}

// TestGolden: the stored bytes of an intent (whole and compacted) and of both cursor forms are
// the files in testdata/, and decode back to what was encoded.
func TestGolden(t *testing.T) {
	in := fullIntent()
	for _, tc := range []struct {
		name    string
		compact bool
	}{{"intent.v1.golden", false}, {"intent-compacted.v1.golden", true}} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := encodeIntent(in, tc.compact)
			if err != nil {
				t.Fatal(err)
			}
			want := golden(t, tc.name, raw)
			if want[0] != intentV1 {
				t.Fatalf("version byte %#x, want %#x", want[0], intentV1)
			}
			if tc.compact && bytes.Contains(want, []byte(`"key"`)) {
				t.Error("a compacted intent repeats its key")
			}
			got, compact, err := decodeIntent([]byte(in.Key), want)
			if err != nil || compact != tc.compact {
				t.Fatalf("decode: compact %v, %v", compact, err)
			}
			if !reflect.DeepEqual(got, in) {
				t.Errorf("decoded\n %+v\nwant\n %+v", got, in)
			}
			// The bytes written before v1 are the same JSON without the version byte.
			legacy, _, err := decodeIntent([]byte(in.Key), want[1:])
			if err != nil || !reflect.DeepEqual(legacy, in) {
				t.Errorf("legacy bytes: %+v, %v", legacy, err)
			}
		})
	}
	h := common.HexToHash("0x1500102c5a1edbbbf637cddb9daf18a86bc18f44b229bc565068ef81b6691e7c")
	for _, tc := range []struct {
		name string
		hash *common.Hash
	}{{"cursor.golden", nil}, {"cursor-hash.golden", &h}} {
		t.Run(tc.name, func(t *testing.T) {
			want := golden(t, tc.name, encodeCursor(18, tc.hash))
			next, got, ok := decodeCursor(want)
			wantHash := common.Hash{}
			if tc.hash != nil {
				wantHash = *tc.hash
			}
			if next != 18 || got != wantHash || !ok {
				t.Errorf("decoded %d %s %v", next, got, ok)
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, v, want string
	}{
		{"unknown version", "\x02{}", "unknown encoding version 2"},
		{"empty", "", "empty value"},
		{"bad json", "\x01{", "unexpected end of JSON input"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := decodeIntent([]byte("k"), []byte(tc.v)); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one with %q", err, tc.want)
			}
		})
	}
	if _, _, ok := decodeCursor([]byte{1, 2}); ok {
		t.Error("a short cursor decoded")
	}
}
