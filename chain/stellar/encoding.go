package stellar

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"
)

// The stored records of the loyalty program, one encoder and decoder each. Buckets (kv spaces
// "stellar/<bucket>", see store.go), their keys and values:
//
//	intents        intentKey(kind, merchant, ref)  record: intent
//	pending        pendingKey(seq, intent key)     empty: the queue, in seq order
//	bycust         custKey(merchant, customer, intent key)  empty: a customer's intents
//	txs            transaction hash (hex)          record: sentTx
//	open_txs       transaction hash (hex)          empty: transactions not yet settled
//	accounts       customer's account (G…)         record: custState
//	programs       merchant id                     record: programRecord
//	vouchers       voucher id                      record: voucherRecord
//	open_vouchers  merchant/customer/voucher id    empty: a customer's unused vouchers
//	stamps         merchant/customer               counter: stamps collected toward a reward
//	meta           "seq"                           counter: the last intent's seq
//
// A record is a version byte, 0x01, then the record as JSON with the field names of its json tags.
// Before versioned encodings a record was the same JSON without the version byte; it starts with
// '{' and decodes as version 1. A counter is 0x01 then an 8-byte big-endian integer (two's
// complement for stamps); before, it was the integer as JSON text ("2"), which decodes too.
// Any other leading byte is an unknown version: an error that names it.
const encodingV1 byte = 0x01

// errUnknownVersion is a stored value whose leading byte is no version this code knows.
var errUnknownVersion = errors.New("unknown encoding version")

func encodeRecord(rec any) ([]byte, error) {
	data, err := json.Marshal(rec)
	if err != nil {
		return nil, err
	}
	return append([]byte{encodingV1}, data...), nil
}

func decodeRecord(what string, v []byte, rec any) error {
	if len(v) == 0 {
		return fmt.Errorf("%s: empty record", what)
	}
	body := v
	switch v[0] {
	case '{': // before versions: the JSON alone
	case encodingV1:
		body = v[1:]
	default:
		return fmt.Errorf("%s: %w %#02x", what, errUnknownVersion, v[0])
	}
	if err := json.Unmarshal(body, rec); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

func encodeCounter(n int64) []byte {
	return binary.BigEndian.AppendUint64([]byte{encodingV1}, uint64(n))
}

func decodeCounter(what string, v []byte) (int64, error) {
	switch {
	case len(v) == 0:
		return 0, fmt.Errorf("%s: empty counter", what)
	case v[0] == encodingV1:
		if len(v) != 9 {
			return 0, fmt.Errorf("%s: counter of %d bytes, want 9", what, len(v))
		}
		return int64(binary.BigEndian.Uint64(v[1:])), nil
	case v[0] == '-' || v[0] >= '0' && v[0] <= '9': // before versions: JSON text
		n, err := strconv.ParseInt(string(v), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", what, err)
		}
		return n, nil
	}
	return 0, fmt.Errorf("%s: %w %#02x", what, errUnknownVersion, v[0])
}

func encodeIntent(in *intent) ([]byte, error) { return encodeRecord(in) }

func decodeIntent(v []byte) (*intent, error) {
	in := new(intent)
	return in, decodeRecord("intent", v, in)
}

func encodeSentTx(t *sentTx) ([]byte, error) { return encodeRecord(t) }

func decodeSentTx(v []byte) (*sentTx, error) {
	t := new(sentTx)
	return t, decodeRecord("transaction", v, t)
}

func encodeCust(cs custState) ([]byte, error) { return encodeRecord(cs) }

func decodeCust(v []byte) (custState, error) {
	var cs custState
	err := decodeRecord("account", v, &cs)
	if cs.Trust == nil {
		cs.Trust = map[string]bool{}
	}
	return cs, err
}

// programRecord is a stored Program. It is its own type so a change to the API's Program cannot
// change stored bytes unnoticed; the names are the Go field names the untagged Program had.
type programRecord struct {
	MerchantID   string     `json:"MerchantID"`
	AssetCode    string     `json:"AssetCode"`
	Name         string     `json:"Name"`
	Description  string     `json:"Description"`
	HomeDomain   string     `json:"HomeDomain"`
	Rule         ruleRecord `json:"Rule"`
	PointValue   *big.Int   `json:"PointValue"`
	Currency     string     `json:"Currency"`
	RedeemMode   string     `json:"RedeemMode"`
	FloatPoints  int64      `json:"FloatPoints"`
	Issuer       string     `json:"Issuer"`
	Distribution string     `json:"Distribution"`
}

type ruleRecord struct {
	Kind            string   `json:"Kind"`
	PointsPerUnit   int64    `json:"PointsPerUnit"`
	UnitAmount      *big.Int `json:"UnitAmount"`
	MinAmount       *big.Int `json:"MinAmount"`
	StampsPerReward int64    `json:"StampsPerReward"`
	RewardPoints    int64    `json:"RewardPoints"`
}

func encodeProgram(p Program) ([]byte, error) {
	r := p.Rule
	return encodeRecord(programRecord{MerchantID: p.MerchantID, AssetCode: p.AssetCode, Name: p.Name,
		Description: p.Description, HomeDomain: p.HomeDomain,
		Rule: ruleRecord{Kind: string(r.Kind), PointsPerUnit: r.PointsPerUnit, UnitAmount: r.UnitAmount,
			MinAmount: r.MinAmount, StampsPerReward: r.StampsPerReward, RewardPoints: r.RewardPoints},
		PointValue: p.PointValue, Currency: p.Currency, RedeemMode: string(p.RedeemMode),
		FloatPoints: p.FloatPoints, Issuer: p.Issuer, Distribution: p.Distribution})
}

func decodeProgram(v []byte) (Program, error) {
	var rec programRecord
	if err := decodeRecord("program", v, &rec); err != nil {
		return Program{}, err
	}
	r := rec.Rule
	return Program{ProgramConfig: ProgramConfig{MerchantID: rec.MerchantID, AssetCode: rec.AssetCode, Name: rec.Name,
		Description: rec.Description, HomeDomain: rec.HomeDomain,
		Rule: Rule{Kind: RuleKind(r.Kind), PointsPerUnit: r.PointsPerUnit, UnitAmount: r.UnitAmount,
			MinAmount: r.MinAmount, StampsPerReward: r.StampsPerReward, RewardPoints: r.RewardPoints},
		PointValue: rec.PointValue, Currency: rec.Currency, RedeemMode: RedeemMode(rec.RedeemMode),
		FloatPoints: rec.FloatPoints}, Issuer: rec.Issuer, Distribution: rec.Distribution}, nil
}

// voucherRecord is a stored Voucher, with the Go field names the untagged Voucher had.
type voucherRecord struct {
	ID          string    `json:"ID"`
	MerchantID  string    `json:"MerchantID"`
	CustomerID  string    `json:"CustomerID"`
	Key         string    `json:"Key"`
	Points      int64     `json:"Points"`
	Discount    *big.Int  `json:"Discount"`
	Currency    string    `json:"Currency"`
	TxHash      string    `json:"TxHash"`
	TxURL       string    `json:"TxURL"`
	CreatedAt   time.Time `json:"CreatedAt"`
	UsedOrderID string    `json:"UsedOrderID"`
	UsedAt      time.Time `json:"UsedAt"`
}

func encodeVoucher(v Voucher) ([]byte, error) { return encodeRecord(voucherRecord(v)) }

func decodeVoucher(data []byte) (Voucher, error) {
	var rec voucherRecord
	err := decodeRecord("voucher", data, &rec)
	return Voucher(rec), err
}
