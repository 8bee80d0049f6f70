package stellar

import (
	"context"
	"crypto/sha256"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq/chain/stellar/sandbox"
	"github.com/stellar/go-stellar-sdk/keypair"
	"github.com/stellar/go-stellar-sdk/txnbuild"
	"github.com/stellar/go-stellar-sdk/xdr"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// TestGoldenXDR pins the exact envelopes the builders produce for fixed keys, sequence and clock:
// a change in operations, order, memo, fee, time bounds or signatures shows up as a diff in
// testdata/*.xdr.
func TestGoldenXDR(t *testing.T) {
	t.Parallel()
	svc, err := New(Config{HorizonURL: "http://127.0.0.1:1/", NetworkPassphrase: sandbox.NetworkPassphrase,
		KeySeed: []byte("golden seed, 32 bytes of secret!")}, openStore(t).KV())
	if err != nil {
		t.Fatal(err)
	}
	svc.now = func() time.Time { return time.Unix(1_800_000_000, 0) }
	prog := Program{ProgramConfig: perAmount("m1"), Issuer: svc.keys.issuer("m1").Address(), Distribution: svc.keys.distrib("m1").Address()}
	progs := map[string]Program{"m1": prog}
	clawProg := prog
	clawProg.RedeemMode = Clawback
	ev := func(s string) string { h := sha256.Sum256([]byte(s)); return hashHex(h) }
	newCust, oldCust := svc.keys.customer("new").Address(), svc.keys.customer("old").Address()
	known := func() map[string]custState {
		return map[string]custState{newCust: {}, oldCust: {Exists: true, Trust: map[string]bool{"m1": true}}}
	}
	own := keypair.MustParseAddress("GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7")
	for _, tc := range []struct {
		name    string
		progs   map[string]Program
		intents []*intent
		ops     int
	}{
		{"earn_batch", progs, []*intent{
			{Kind: kindEarn, Key: "earn/m1/o1", MerchantID: "m1", CustomerID: "new", Commit: ev("o1"), Points: 25},
			{Kind: kindEarn, Key: "earn/m1/o2", MerchantID: "m1", CustomerID: "old", Commit: ev("o2"), Points: 3},
		}, 6},
		{"earn_single", progs, []*intent{{Kind: kindEarn, Key: "earn/m1/o3", MerchantID: "m1", CustomerID: "old", Commit: ev("o3"), Points: 7}}, 1},
		{"redeem_burn", progs, []*intent{{Kind: kindRedeem, Key: "redeem/m1/r1", MerchantID: "m1", CustomerID: "old", Commit: ev("r1"), Points: 10}}, 1},
		{"redeem_clawback", map[string]Program{"m1": clawProg}, []*intent{{Kind: kindRedeem, Key: "redeem/m1/r2", MerchantID: "m1", CustomerID: "old", Commit: ev("r2"), Points: 10}}, 1},
		{"export", progs, []*intent{{Kind: kindExport, Key: "export/m1/x1", MerchantID: "m1", CustomerID: "old", Commit: ev("x1"), Points: 4, Dest: own.Address()}}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, rest, err := svc.buildBatch(context.Background(), tc.progs, tc.intents, known())
			if err != nil || len(rest) != 0 || len(b.ops) != tc.ops {
				t.Fatalf("batch: %v rest %d ops %d", err, len(rest), len(b.ops))
			}
			signers := []*keypair.Full{svc.keys.channel(0)}
			for _, addr := range sortedKeys(b.signers) {
				signers = append(signers, b.signers[addr])
			}
			memo := batchMemo(b.commits)
			tx, err := svc.buildTx(svc.keys.channel(0).Address(), 4_294_967_296, b.ops, memo, signers)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := tx.Base64()
			path := filepath.Join("testdata", tc.name+".xdr")
			if *update {
				if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if strings.TrimSpace(string(want)) != got {
				t.Fatalf("envelope changed:\n got %s\nwant %s", got, want)
			}
			// The golden envelope decodes to what we meant: ops, fee, memo, signatures.
			var env xdr.TransactionEnvelope
			if err := xdr.SafeUnmarshalBase64(got, &env); err != nil {
				t.Fatal(err)
			}
			if len(env.Operations()) != tc.ops || env.Fee() != uint32(100*tc.ops) || env.Memo().Hash == nil || *env.Memo().Hash != xdr.Hash(memo) ||
				len(env.Signatures()) != len(signers) || env.TimeBounds().MaxTime != xdr.TimePoint(1_800_000_060) {
				t.Fatalf("decoded envelope: ops %d fee %d sigs %d", len(env.Operations()), env.Fee(), len(env.Signatures()))
			}
		})
	}
}

func sortedKeys(m map[string]*keypair.Full) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

func TestBatchMemo(t *testing.T) {
	t.Parallel()
	a, b := sha256.Sum256([]byte("a")), sha256.Sum256([]byte("b"))
	if batchMemo([][32]byte{a}) != a {
		t.Fatal("single memo must be the event hash itself")
	}
	if batchMemo([][32]byte{a, b}) == batchMemo([][32]byte{b, a}) {
		t.Fatal("batch memo must commit to the order")
	}
	_ = big.NewInt
	_ = txnbuild.MinBaseFee
}
