package stellar

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq/kv"
	"github.com/souqchain/souq/souqtest"
)

// TestRecordGolden pins the stored bytes of every record and counter in testdata/record_*.golden
// (rewrite them with `go test ./chain/stellar -run TestRecordGolden -update`), and decodes each
// golden back to the record it was made from.
func TestRecordGolden(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 11, 30, 11, 11, 7, 165398959, time.UTC)
	in := &intent{Kind: kindRedeem, Key: "redeem/m1/r1", MerchantID: "m1", CustomerID: "c1", Ref: "r1",
		Commit: strings.Repeat("ab", 32), Amount: "30500000", Points: 3, Stamps: 1, Dest: "GDEST", State: stateConfirmed,
		Seq: 7, TxHash: strings.Repeat("cd", 32), OpIndex: 4, Ledger: 9, Memo: strings.Repeat("ef", 32), BalanceID: "00b1",
		VoucherID: "v1", Reason: "r", Codes: "tx_failed op_underfunded", Attempts: 2, CreatedAt: at, UpdatedAt: at.Add(time.Second)}
	tx := &sentTx{Hash: strings.Repeat("cd", 32), XDR: "AAAA", Keys: []string{"earn/m1/o1", "earn/m1/o2"},
		Ranges: [][2]int{{0, 4}, {5, 5}}, Channel: 1, MaxTime: 1796037127, State: stateSubmitted, SavedAt: at}
	cust := custState{Exists: true, Trust: map[string]bool{"m1": true, "m2": false}}
	prog := Program{ProgramConfig: ProgramConfig{MerchantID: "m1", AssetCode: "POINTS", Name: "souq points", Description: "d",
		HomeDomain: "shop.example", Rule: Rule{Kind: Stamps, PointsPerUnit: 1, UnitAmount: big.NewInt(10000000),
			MinAmount: big.NewInt(500), StampsPerReward: 5, RewardPoints: 1}, PointValue: big.NewInt(1000000), Currency: "USDC",
		RedeemMode: Clawback, FloatPoints: 1000000000}, Issuer: "GISSUER", Distribution: "GDISTRIB"}
	vouch := Voucher{ID: "v1", MerchantID: "m1", CustomerID: "c1", Key: "r1", Points: 2, Discount: big.NewInt(2000000),
		Currency: "USDC", TxHash: strings.Repeat("cd", 32), TxURL: "http://explorer/tx", CreatedAt: at, UsedOrderID: "o9", UsedAt: at.Add(time.Minute)}

	must := func(b []byte, err error) []byte {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name   string
		stored []byte
		decode func([]byte) (any, error)
		want   any
	}{
		{"intent", must(encodeIntent(in)), func(b []byte) (any, error) { return decodeIntent(b) }, in},
		{"tx", must(encodeSentTx(tx)), func(b []byte) (any, error) { return decodeSentTx(b) }, tx},
		{"account", must(encodeCust(cust)), func(b []byte) (any, error) { return decodeCust(b) }, cust},
		{"program", must(encodeProgram(prog)), func(b []byte) (any, error) { return decodeProgram(b) }, prog},
		{"voucher", must(encodeVoucher(vouch)), func(b []byte) (any, error) { return decodeVoucher(b) }, vouch},
		{"counter", encodeCounter(-3), func(b []byte) (any, error) { return decodeCounter("stamps", b) }, int64(-3)},
	}
	for _, tt := range tests {
		golden := souqtest.Golden(t, filepath.Join("testdata", "record_"+tt.name+".golden"), tt.stored, *update)
		if golden[0] != encodingV1 {
			t.Errorf("%s: golden starts with %#x, want version 1", tt.name, golden[0])
		}
		got, err := tt.decode(golden)
		if err != nil {
			t.Errorf("%s: decode golden: %v", tt.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: golden decodes to\n%+v\nwant\n%+v", tt.name, got, tt.want)
		}
	}
}

// Values written before versioned encodings (JSON alone, counters as JSON text) still decode, and
// an unknown version is an error that names it.
func TestRecordVersions(t *testing.T) {
	t.Parallel()
	legacyVoucher := []byte(`{"ID":"v1","MerchantID":"m1","CustomerID":"c1","Key":"k","Points":2,"Discount":2000000,"Currency":"USDC","TxHash":"h","TxURL":"u","CreatedAt":"2026-11-30T11:11:08.163962404Z","UsedOrderID":"","UsedAt":"0001-01-01T00:00:00Z"}`)
	v, err := decodeVoucher(legacyVoucher)
	if err != nil || v.ID != "v1" || v.Discount.Cmp(big.NewInt(2000000)) != 0 || v.Points != 2 || !v.UsedAt.IsZero() {
		t.Fatalf("legacy voucher = %+v, %v", v, err)
	}
	// A legacy record re-encoded is the same JSON after the version byte.
	if again, _ := encodeVoucher(v); !bytes.Equal(again[1:], legacyVoucher) {
		t.Fatalf("re-encoded legacy voucher:\n%s\nwant\n%s", again[1:], legacyVoucher)
	}
	for _, c := range []struct {
		in   string
		want int64
	}{{"2", 2}, {"0", 0}, {"-1", -1}, {"18446744", 18446744}} {
		if n, err := decodeCounter("seq", []byte(c.in)); err != nil || n != c.want {
			t.Errorf("decodeCounter(%q) = %d, %v", c.in, n, err)
		}
	}
	for _, bad := range [][]byte{{0x02, '{', '}'}, {0x00}, {'['}} {
		err := decodeRecord("intent", bad, new(intent))
		if !errors.Is(err, errUnknownVersion) || !strings.Contains(err.Error(), "0x") {
			t.Errorf("decodeRecord(%q) = %v, want an unknown version named", bad, err)
		}
	}
	if _, err := decodeCounter("seq", []byte{0x02, 0, 0, 0, 0, 0, 0, 0, 1}); !errors.Is(err, errUnknownVersion) || !strings.Contains(err.Error(), "0x02") {
		t.Errorf("decodeCounter(version 2) = %v", err)
	}
	if _, err := decodeCounter("seq", []byte{encodingV1, 1}); err == nil {
		t.Error("a short counter decoded")
	}
	if err := decodeRecord("intent", nil, new(intent)); err == nil {
		t.Error("an empty record decoded")
	}
}

// A souq.db written by b1c9294's demo opens as is: the service reads its program, intents,
// transactions, account and open voucher, the balance index and queue work, and a new intent
// takes the next seq next to the old ones.
func TestReadsB1c9294Store(t *testing.T) {
	t.Parallel()
	db := souqtest.OpenStoreCopy(t, filepath.Join("..", "testdata", "souq_b1c9294.db"))
	ctx := context.Background()
	counts := map[string]int{}
	buckets := []string{"accounts", "bycust", "intents", "meta", "open_vouchers", "programs", "txs", "vouchers", "pending", "open_txs"}
	if err := db.KV().View(ctx, func(tx kv.Tx) error {
		for _, b := range buckets {
			if err := tx.Ascend(space(b), nil, func(_, _ []byte) error { counts[b]++; return nil }); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"accounts": 1, "bycust": 2, "intents": 2, "meta": 1, "open_vouchers": 1, "programs": 1, "txs": 2, "vouchers": 1}
	if !reflect.DeepEqual(counts, want) {
		t.Fatalf("fixture records %v, want %v", counts, want)
	}

	// Not started: the service reads and writes the store without Horizon.
	svc, err := New(Config{HorizonURL: "http://127.0.0.1:1/", NetworkPassphrase: "fixture network",
		KeySeed: []byte("test seed, 32 bytes of secret!!!")}, db.KV())
	if err != nil {
		t.Fatal(err)
	}
	const merchant = "77ddbd28a7fd98b77c94f29f6fe084c1f55d3bdab1f5a6c22ca6243580706d14"
	const customer = "beaec26967aacab2ce105ea197ce8b9ccdee31d847e1472e05bb40c6436495d2"
	p, err := svc.Program(ctx, merchant)
	if err != nil {
		t.Fatal(err)
	}
	if p.AssetCode != "POINTS" || p.Rule.Kind != PerAmount || p.Rule.UnitAmount.Cmp(big.NewInt(10000000)) != 0 || p.Rule.MinAmount != nil ||
		p.PointValue.Cmp(big.NewInt(1000000)) != 0 || p.RedeemMode != Burn || p.FloatPoints != 1000000000 ||
		p.Issuer != "GADJIYWHDXPVRDOE2BZABYFRLKQY6YT3O6K6JHXG47JMC7DTOI6N7CQJ" || p.Currency != "USDC" {
		t.Fatalf("program = %+v", p)
	}
	if ps, err := svc.Programs(ctx); err != nil || len(ps) != 1 || ps[0].MerchantID != merchant {
		t.Fatalf("programs = %+v, %v", ps, err)
	}
	vs, err := svc.Vouchers(ctx, merchant, customer)
	if err != nil || len(vs) != 1 {
		t.Fatalf("open vouchers = %+v, %v", vs, err)
	}
	if v := vs[0]; v.ID != "vce044d5872fde042" || v.Points != 2 || v.Discount.Cmp(big.NewInt(2000000)) != 0 || v.UsedOrderID != "" ||
		v.TxHash != "95817b0ac99f05e41bdb4e828fc21a59f0fad04be3a92c8442c718999b40b34a" {
		t.Fatalf("voucher = %+v", v)
	}
	var intents []*intent
	var txs []*sentTx
	var cs custState
	if err := svc.view(ctx, func(tx storeTx) error {
		if err := tx.ForEach("bycust", merchant+"/"+customer+"/", func(k string, _ []byte) error {
			in, err := getIntent(tx, k[len(merchant+"/"+customer+"/"):])
			if err != nil || in == nil {
				return errors.Join(err, errors.New("bycust names a missing intent "+k))
			}
			intents = append(intents, in)
			t, err := getTx(tx, in.TxHash)
			txs = append(txs, t)
			return err
		}); err != nil {
			return err
		}
		var err error
		cs, err = decodeCust(tx.Get("accounts", "GAK63DB3IZN477DZDCF6W5JD4YMUR5CICVZXKXFKPEFEYXH7AHDKSZBE"))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(intents) != 2 || intents[0].Kind != kindEarn || intents[0].Points != 3 || intents[0].Amount != "30500000" ||
		intents[0].State != stateConfirmed || intents[0].Seq != 1 || intents[0].Ledger != 9 ||
		intents[1].Kind != kindRedeem || intents[1].VoucherID != "vce044d5872fde042" || intents[1].Seq != 2 {
		t.Fatalf("intents = %+v", intents)
	}
	if txs[0] == nil || txs[0].State != stateConfirmed || len(txs[0].Keys) != 1 || txs[0].Keys[0] != intents[0].Key ||
		txs[0].Ranges[0] != [2]int{0, 4} || txs[1] == nil || txs[1].Channel != 1 {
		t.Fatalf("transactions = %+v", txs)
	}
	if !cs.Exists || !cs.Trust[merchant] {
		t.Fatalf("account = %+v", cs)
	}

	// A new redemption queued next to the old records takes seq 3 and the queue; the voucher is
	// used once.
	in := &intent{Kind: kindRedeem, Key: intentKey(kindRedeem, merchant, "r-new"), MerchantID: merchant, CustomerID: customer, Ref: "r-new", Points: 1}
	if err := svc.update(ctx, func(tx storeTx) error { return enqueue(tx, in) }); err != nil {
		t.Fatal(err)
	}
	if in.Seq != 3 {
		t.Fatalf("new intent seq %d, want 3", in.Seq)
	}
	var queued []string
	var seq []byte
	_ = svc.view(ctx, func(tx storeTx) error {
		seq = tx.Get("meta", "seq")
		return tx.ForEach("pending", "", func(k string, _ []byte) error { queued = append(queued, k); return nil })
	})
	if len(queued) != 1 || queued[0] != pendingKey(3, in.Key) || !bytes.Equal(seq, encodeCounter(3)) {
		t.Fatalf("queue %q, seq %x", queued, seq)
	}
	if _, err := svc.UseVoucher(ctx, "vce044d5872fde042", "order-1"); err != nil {
		t.Fatal(err)
	}
	if vs, err := svc.Vouchers(ctx, merchant, customer); err != nil || len(vs) != 0 {
		t.Fatalf("open vouchers after use = %+v, %v", vs, err)
	}
	if _, err := svc.UseVoucher(ctx, "vce044d5872fde042", "order-2"); !errors.Is(err, ErrVoucherUsed) {
		t.Fatalf("voucher used twice: %v", err)
	}
}
