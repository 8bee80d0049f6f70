package sandbox

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"time"

	"github.com/stellar/go-stellar-sdk/amount"
	"github.com/stellar/go-stellar-sdk/keypair"
	"github.com/stellar/go-stellar-sdk/protocols/horizon"
	"github.com/stellar/go-stellar-sdk/protocols/horizon/base"
	"github.com/stellar/go-stellar-sdk/protocols/horizon/operations"
	"github.com/stellar/go-stellar-sdk/xdr"
)

// Threshold levels an operation needs from its source account.
const (
	levelLow = iota
	levelMedium
	levelHigh
)

// opThreshold returns the threshold level stellar-core requires for an operation.
func opThreshold(op xdr.Operation) int {
	switch op.Body.Type {
	case xdr.OperationTypeSetTrustLineFlags, xdr.OperationTypeAllowTrust, xdr.OperationTypeBumpSequence,
		xdr.OperationTypeClaimClaimableBalance:
		return levelLow
	case xdr.OperationTypeAccountMerge:
		return levelHigh
	case xdr.OperationTypeSetOptions:
		o := op.Body.SetOptionsOp
		if o.MasterWeight != nil || o.LowThreshold != nil || o.MedThreshold != nil || o.HighThreshold != nil || o.Signer != nil {
			return levelHigh
		}
	}
	return levelMedium
}

// sigChecker matches an envelope's decorated signatures to signer keys, verifying each ed25519
// signature against the transaction hash once, and remembers which signatures were used so extra
// signatures can be rejected (tx_bad_auth_extra), as stellar-core does.
type sigChecker struct {
	hash     [32]byte
	sigs     []xdr.DecoratedSignature
	used     []bool
	verified map[string]int // signer key → index of a valid signature, -1 if none
}

func newSigChecker(hash [32]byte, sigs []xdr.DecoratedSignature) *sigChecker {
	return &sigChecker{hash: hash, sigs: sigs, used: make([]bool, len(sigs)), verified: map[string]int{}}
}

func (c *sigChecker) signedBy(key string) bool {
	if i, ok := c.verified[key]; ok {
		if i >= 0 {
			c.used[i] = true
		}
		return i >= 0
	}
	c.verified[key] = -1
	kp, err := keypair.ParseAddress(key)
	if err != nil {
		return false
	}
	hint := kp.Hint()
	for i, s := range c.sigs {
		if [4]byte(s.Hint) != hint {
			continue
		}
		if kp.Verify(c.hash[:], s.Signature) == nil {
			c.verified[key] = i
			c.used[i] = true
			return true
		}
	}
	return false
}

// authorized reports whether the signatures meet the account's threshold at the given level. An
// account that does not exist yet (created earlier in the same transaction) must be signed by its
// own key, which is how the sponsorship sandwich works.
func (c *sigChecker) authorized(addr string, a *account, level int) bool {
	if a == nil {
		return c.signedBy(addr)
	}
	var w uint32
	if a.Thresholds[0] > 0 && c.signedBy(a.ID) {
		w += uint32(a.Thresholds[0])
	}
	for _, s := range a.Signers {
		if s.Weight > 0 && c.signedBy(s.Key) {
			w += s.Weight
		}
	}
	need := uint32(a.Thresholds[1+level])
	return w > 0 && w >= need
}

func (c *sigChecker) allUsed() bool {
	for _, u := range c.used {
		if !u {
			return false
		}
	}
	return true
}

// applier applies the operations of one transaction to a view.
type applier struct {
	v           *view
	baseReserve int64
	now         time.Time
	ledger      uint32
	txSource    string
	txSeq       int64
	sponsoring  map[string]string // sponsored account → sponsor, for open sandwiches
}

func (ap *applier) minBalance(a *account) int64 {
	n := int64(2) + int64(a.SubEntries) + int64(a.NumSponsoring) - int64(a.NumSponsored)
	return n * ap.baseReserve
}

func (ap *applier) available(a *account) int64 { return a.Balance - ap.minBalance(a) }

// assetOf splits an xdr asset into code and issuer ("" for native).
func assetOf(a xdr.Asset) (code, issuer string, native bool) {
	if a.Type == xdr.AssetTypeAssetTypeNative {
		return "", "", true
	}
	return assetCode(a), a.GetIssuer(), false
}

// assetCode is the asset code without the XDR's NUL padding.
func assetCode(a xdr.Asset) string { return strings.TrimRight(a.GetCode(), "\x00") }

func assetString(a xdr.Asset) string {
	if a.Type == xdr.AssetTypeAssetTypeNative {
		return "native"
	}
	return assetCode(a) + ":" + a.GetIssuer()
}

func baseAsset(a xdr.Asset) base.Asset {
	if a.Type == xdr.AssetTypeAssetTypeNative {
		return base.Asset{Type: "native"}
	}
	t := "credit_alphanum4"
	if a.Type == xdr.AssetTypeAssetTypeCreditAlphanum12 {
		t = "credit_alphanum12"
	}
	return base.Asset{Type: t, Code: assetCode(a), Issuer: a.GetIssuer()}
}

// apply runs one operation and returns its result, the Horizon JSON record for history, and the
// accounts it involves (for the per-account operation and transaction lists).
func (ap *applier) apply(i int, op xdr.Operation) (opResult, any, []string) {
	src := ap.txSource
	if op.SourceAccount != nil {
		src = op.SourceAccount.ToAccountId().Address()
	}
	res := opResult{Type: op.Body.Type, Code: opSuccess}
	fail := func(code string) (opResult, any, []string) { res.Code = code; return res, nil, nil }
	sa := ap.v.account(src)
	if sa == nil {
		return fail(opNoSourceAccount)
	}
	b := operations.Base{SourceAccount: src, Type: operations.TypeNames[op.Body.Type], TypeI: int32(op.Body.Type)}
	switch op.Body.Type {
	case xdr.OperationTypeCreateAccount:
		o := op.Body.CreateAccountOp
		dest := o.Destination.Address()
		amt := int64(o.StartingBalance)
		if amt < 0 || dest == src {
			return fail(opMalformed)
		}
		if ap.v.account(dest) != nil {
			return fail(opAlreadyExists)
		}
		sponsor := ap.sponsoring[dest]
		if sponsor == "" && amt < 2*ap.baseReserve {
			return fail(opLowReserve)
		}
		if ap.available(sa) < amt {
			return fail(opUnderfunded)
		}
		sa.Balance -= amt
		na := &account{ID: dest, Balance: amt, Seq: int64(ap.ledger) << 32, SeqLedger: ap.ledger, Thresholds: [4]byte{1, 0, 0, 0}}
		if sponsor != "" {
			sp := ap.v.account(sponsor)
			if sp == nil || ap.available(sp) < 2*ap.baseReserve {
				return fail(opLowReserve)
			}
			sp.NumSponsoring += 2
			na.NumSponsored = 2
			na.Sponsor = sponsor
			b.Sponsor = sponsor
		}
		ap.v.accounts[dest] = na
		return res, operations.CreateAccount{Base: b, StartingBalance: amount.String(o.StartingBalance), Funder: src, Account: dest}, []string{src, dest}

	case xdr.OperationTypePayment:
		o := op.Body.PaymentOp
		dest := o.Destination.ToAccountId().Address()
		amt := int64(o.Amount)
		if amt <= 0 {
			return fail(opMalformed)
		}
		da := ap.v.account(dest)
		if da == nil {
			return fail(opNoDestination)
		}
		code, issuer, native := assetOf(o.Asset)
		if native {
			if ap.available(sa) < amt {
				return fail(opUnderfunded)
			}
			sa.Balance -= amt
			da.Balance += amt
		} else {
			if ap.v.account(issuer) == nil {
				return fail(opNoIssuer)
			}
			if dest != issuer {
				dt := ap.v.trustline(dest, code, issuer)
				switch {
				case dt == nil:
					return fail(opNoTrust)
				case dt.Flags&tlAuthorized == 0:
					return fail(opNotAuthorized)
				case dt.Limit-dt.Balance < amt:
					return fail(opLineFull)
				}
				dt.Balance += amt
			}
			if src != issuer {
				st := ap.v.trustline(src, code, issuer)
				switch {
				case st == nil:
					return fail(opSrcNoTrust)
				case st.Flags&tlAuthorized == 0:
					return fail(opSrcNotAuthorized)
				case st.Balance < amt:
					return fail(opUnderfunded)
				}
				st.Balance -= amt
			}
		}
		return res, operations.Payment{Base: b, Asset: baseAsset(o.Asset), From: src, To: dest, Amount: amount.String(o.Amount)}, []string{src, dest}

	case xdr.OperationTypeChangeTrust:
		o := op.Body.ChangeTrustOp
		if o.Line.Type != xdr.AssetTypeAssetTypeCreditAlphanum4 && o.Line.Type != xdr.AssetTypeAssetTypeCreditAlphanum12 {
			return fail(opMalformed)
		}
		asset := o.Line.ToAsset()
		code, issuer, _ := assetOf(asset)
		limit := int64(o.Limit)
		if issuer == src || limit < 0 {
			return fail(opMalformed)
		}
		t := ap.v.trustline(src, code, issuer)
		if t != nil {
			if limit == 0 {
				if t.Balance != 0 {
					return fail(opInvalidLimit)
				}
				ap.v.trustlines[tlKey(src, code, issuer)] = nil
				sa.SubEntries--
				if t.Sponsor != "" {
					if sp := ap.v.account(t.Sponsor); sp != nil {
						sp.NumSponsoring--
					}
					sa.NumSponsored--
				}
			} else {
				if limit < t.Balance {
					return fail(opInvalidLimit)
				}
				t.Limit = limit
			}
		} else {
			if limit == 0 {
				return fail(opInvalidLimit)
			}
			ia := ap.v.account(issuer)
			if ia == nil {
				return fail(opNoIssuer)
			}
			nt := &trustline{Account: src, Code: code, Issuer: issuer, Limit: limit}
			if ia.Flags&authRequiredFlag == 0 {
				nt.Flags |= tlAuthorized
			}
			if ia.Flags&authClawbackEnabledFlag != 0 {
				nt.Flags |= tlClawbackEnabled
			}
			sa.SubEntries++
			if sponsor := ap.sponsoring[src]; sponsor != "" {
				sp := ap.v.account(sponsor)
				if sp == nil || ap.available(sp) < ap.baseReserve {
					return fail(opLowReserve)
				}
				sp.NumSponsoring++
				sa.NumSponsored++
				nt.Sponsor = sponsor
				b.Sponsor = sponsor
			} else if ap.available(sa) < 0 {
				return fail(opLowReserve)
			}
			ap.v.trustlines[tlKey(src, code, issuer)] = nt
		}
		ct := operations.ChangeTrust{Base: b, Limit: amount.String(o.Limit), Trustor: src, Trustee: issuer}
		ct.LiquidityPoolOrAsset.Asset = baseAsset(asset)
		return res, ct, []string{src}

	case xdr.OperationTypeSetOptions:
		o := op.Body.SetOptionsOp
		so := operations.SetOptions{Base: b}
		if o.SetFlags != nil || o.ClearFlags != nil {
			if sa.Flags&authImmutableFlag != 0 {
				return fail(opCantChange)
			}
			f := sa.Flags
			if o.ClearFlags != nil {
				if uint32(*o.ClearFlags)&^0xF != 0 {
					return fail(opMalformed)
				}
				f &^= uint32(*o.ClearFlags)
			}
			if o.SetFlags != nil {
				if uint32(*o.SetFlags)&^0xF != 0 {
					return fail(opMalformed)
				}
				f |= uint32(*o.SetFlags)
			}
			if f&authClawbackEnabledFlag != 0 && f&authRevocableFlag == 0 {
				return fail(opAuthRevocableRequired)
			}
			sa.Flags = f
		}
		if o.MasterWeight != nil {
			sa.Thresholds[0] = byte(*o.MasterWeight)
			w := int(*o.MasterWeight)
			so.MasterKeyWeight = &w
		}
		if o.LowThreshold != nil {
			sa.Thresholds[1] = byte(*o.LowThreshold)
		}
		if o.MedThreshold != nil {
			sa.Thresholds[2] = byte(*o.MedThreshold)
		}
		if o.HighThreshold != nil {
			sa.Thresholds[3] = byte(*o.HighThreshold)
		}
		if o.HomeDomain != nil {
			if len(*o.HomeDomain) > 32 {
				return fail(opMalformed)
			}
			sa.HomeDomain = string(*o.HomeDomain)
			so.HomeDomain = sa.HomeDomain
		}
		if o.Signer != nil {
			if o.Signer.Key.Type != xdr.SignerKeyTypeSignerKeyTypeEd25519 {
				return fail(opNotSupported)
			}
			key := o.Signer.Key.Address()
			if key == src {
				return fail(opMalformed)
			}
			w := uint32(o.Signer.Weight)
			idx := -1
			for j, s := range sa.Signers {
				if s.Key == key {
					idx = j
				}
			}
			switch {
			case w == 0 && idx >= 0:
				sa.Signers = append(sa.Signers[:idx], sa.Signers[idx+1:]...)
				sa.SubEntries--
			case w > 0 && idx >= 0:
				sa.Signers[idx].Weight = w
			case w > 0:
				if len(sa.Signers) >= 20 {
					return fail(opTooManySigners)
				}
				sa.Signers = append(sa.Signers, signer{Key: key, Weight: w})
				sa.SubEntries++
				if ap.available(sa) < 0 {
					return fail(opLowReserve)
				}
			}
			so.SignerKey = key
			wi := int(w)
			so.SignerWeight = &wi
		}
		return res, so, []string{src}

	case xdr.OperationTypeBeginSponsoringFutureReserves:
		sponsored := op.Body.BeginSponsoringFutureReservesOp.SponsoredId.Address()
		if sponsored == src {
			return fail(opMalformed)
		}
		if _, ok := ap.sponsoring[sponsored]; ok {
			return fail(opAlreadySponsored)
		}
		if _, ok := ap.sponsoring[src]; ok {
			return fail(opRecursive)
		}
		for _, sp := range ap.sponsoring {
			if sp == sponsored {
				return fail(opRecursive)
			}
		}
		ap.sponsoring[sponsored] = src
		return res, operations.BeginSponsoringFutureReserves{Base: b, SponsoredID: sponsored}, []string{src, sponsored}

	case xdr.OperationTypeEndSponsoringFutureReserves:
		sponsor, ok := ap.sponsoring[src]
		if !ok {
			return fail(opNotSponsored)
		}
		delete(ap.sponsoring, src)
		return res, operations.EndSponsoringFutureReserves{Base: b, BeginSponsor: sponsor}, []string{src, sponsor}

	case xdr.OperationTypeCreateClaimableBalance:
		o := op.Body.CreateClaimableBalanceOp
		amt := int64(o.Amount)
		if amt <= 0 || len(o.Claimants) == 0 || len(o.Claimants) > 10 {
			return fail(opMalformed)
		}
		seen := map[string]bool{}
		cb := &claimableBalance{Asset: assetString(o.Asset), Amount: amt, CreatedAt: ap.now.Unix()}
		var hcl []horizon.Claimant
		involved := []string{src}
		for _, c := range o.Claimants {
			d := c.V0.Destination.Address()
			if seen[d] {
				return fail(opMalformed)
			}
			seen[d] = true
			pred := absolutePredicate(c.V0.Predicate, ap.now)
			p64, err := xdr.MarshalBase64(pred)
			if err != nil {
				return fail(opMalformed)
			}
			cb.Claimants = append(cb.Claimants, claimant{Destination: d, Predicate: p64})
			hcl = append(hcl, horizon.Claimant{Destination: d, Predicate: pred})
			involved = append(involved, d)
		}
		code, issuer, native := assetOf(o.Asset)
		if native {
			if ap.available(sa) < amt {
				return fail(opUnderfunded)
			}
			sa.Balance -= amt
		} else if src == issuer {
			cb.ClawbackEnabled = sa.Flags&authClawbackEnabledFlag != 0
		} else {
			t := ap.v.trustline(src, code, issuer)
			switch {
			case t == nil:
				return fail(opNoTrust)
			case t.Flags&tlAuthorized == 0:
				return fail(opNotAuthorized)
			case t.Balance < amt:
				return fail(opUnderfunded)
			}
			t.Balance -= amt
			cb.ClawbackEnabled = t.Flags&tlClawbackEnabled != 0
		}
		sponsor := src
		if s := ap.sponsoring[src]; s != "" {
			sponsor = s
		}
		sp := ap.v.account(sponsor)
		n := int64(len(o.Claimants))
		if sp == nil || ap.available(sp) < n*ap.baseReserve {
			return fail(opLowReserve)
		}
		sp.NumSponsoring += uint32(n)
		cb.Sponsor = sponsor
		id := claimableBalanceID(ap.txSource, ap.txSeq, i)
		hexID, _ := xdr.MarshalHex(id)
		cb.ID = hexID
		ap.v.cbs[hexID] = cb
		res.BalanceID = &id
		b.Sponsor = sponsor
		return res, operations.CreateClaimableBalance{Base: b, Asset: cb.Asset, Amount: amount.String(o.Amount), Claimants: hcl}, involved

	case xdr.OperationTypeClaimClaimableBalance:
		hexID, _ := xdr.MarshalHex(op.Body.ClaimClaimableBalanceOp.BalanceId)
		cb := ap.v.cb(hexID)
		if cb == nil {
			return fail(opDoesNotExist)
		}
		can := false
		for _, c := range cb.Claimants {
			if c.Destination == src && predicateHolds(c.Predicate, ap.now) {
				can = true
			}
		}
		if !can {
			return fail(opCannotClaim)
		}
		if cb.Asset == "native" {
			sa.Balance += cb.Amount
		} else {
			code, issuer := splitAsset(cb.Asset)
			if src != issuer {
				t := ap.v.trustline(src, code, issuer)
				switch {
				case t == nil:
					return fail(opNoTrust)
				case t.Flags&tlAuthorized == 0:
					return fail(opNotAuthorized)
				case t.Limit-t.Balance < cb.Amount:
					return fail(opLineFull)
				}
				t.Balance += cb.Amount
			}
		}
		if sp := ap.v.account(cb.Sponsor); sp != nil {
			sp.NumSponsoring -= uint32(len(cb.Claimants))
		}
		ap.v.cbs[hexID] = nil
		return res, operations.ClaimClaimableBalance{Base: b, BalanceID: hexID, Claimant: src}, []string{src}

	case xdr.OperationTypeClawback:
		o := op.Body.ClawbackOp
		from := o.From.ToAccountId().Address()
		code, issuer, native := assetOf(o.Asset)
		if native || issuer != src || from == src || o.Amount <= 0 {
			return fail(opMalformed)
		}
		t := ap.v.trustline(from, code, issuer)
		switch {
		case t == nil:
			return fail(opNoTrust)
		case t.Flags&tlClawbackEnabled == 0:
			return fail(opNotClawbackEnabled)
		case t.Balance < int64(o.Amount):
			return fail(opUnderfunded)
		}
		t.Balance -= int64(o.Amount)
		return res, operations.Clawback{Base: b, Asset: baseAsset(o.Asset), From: from, Amount: amount.String(o.Amount)}, []string{src, from}

	case xdr.OperationTypeClawbackClaimableBalance:
		hexID, _ := xdr.MarshalHex(op.Body.ClawbackClaimableBalanceOp.BalanceId)
		cb := ap.v.cb(hexID)
		if cb == nil {
			return fail(opDoesNotExist)
		}
		if _, issuer := splitAsset(cb.Asset); issuer != src {
			return fail(opNotIssuer)
		}
		if !cb.ClawbackEnabled {
			return fail(opNotClawbackEnabled)
		}
		if sp := ap.v.account(cb.Sponsor); sp != nil {
			sp.NumSponsoring -= uint32(len(cb.Claimants))
		}
		ap.v.cbs[hexID] = nil
		return res, operations.ClawbackClaimableBalance{Base: b, BalanceID: hexID}, []string{src}

	case xdr.OperationTypeSetTrustLineFlags:
		o := op.Body.SetTrustLineFlagsOp
		trustor := o.Trustor.Address()
		code, issuer, native := assetOf(o.Asset)
		set, clr := uint32(o.SetFlags), uint32(o.ClearFlags)
		if native || issuer != src || trustor == src || set&tlClawbackEnabled != 0 || (set|clr)&^0x7 != 0 || set&clr != 0 {
			return fail(opMalformed)
		}
		t := ap.v.trustline(trustor, code, issuer)
		if t == nil {
			return fail(opNoTrust)
		}
		if clr&(tlAuthorized|tlAuthorizedToMaintainLiabs) != 0 && sa.Flags&authRevocableFlag == 0 {
			return fail(opCantRevoke)
		}
		t.Flags = (t.Flags &^ clr) | set
		return res, operations.SetTrustLineFlags{Base: b, Asset: baseAsset(o.Asset), Trustor: trustor}, []string{src, trustor}
	}
	return fail(opNotSupported)
}

func splitAsset(s string) (code, issuer string) {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

// claimableBalanceID is SHA-256 of the OperationID preimage (tx source, tx sequence, op index),
// as stellar-core and txnbuild compute it.
func claimableBalanceID(source string, seq int64, opIndex int) xdr.ClaimableBalanceId {
	pre := xdr.HashIdPreimage{
		Type: xdr.EnvelopeTypeEnvelopeTypeOpId,
		OperationId: &xdr.HashIdPreimageOperationId{
			SourceAccount: xdr.MustAddress(source),
			SeqNum:        xdr.SequenceNumber(seq),
			OpNum:         xdr.Uint32(opIndex),
		},
	}
	bin, _ := pre.MarshalBinary()
	h := xdr.Hash(sha256.Sum256(bin))
	return xdr.ClaimableBalanceId{Type: xdr.ClaimableBalanceIdTypeClaimableBalanceIdTypeV0, V0: &h}
}

// absolutePredicate converts relative time predicates to absolute ones at creation, as core does.
func absolutePredicate(p xdr.ClaimPredicate, now time.Time) xdr.ClaimPredicate {
	switch p.Type {
	case xdr.ClaimPredicateTypeClaimPredicateBeforeRelativeTime:
		t := xdr.Int64(now.Unix() + int64(*p.RelBefore))
		return xdr.ClaimPredicate{Type: xdr.ClaimPredicateTypeClaimPredicateBeforeAbsoluteTime, AbsBefore: &t}
	case xdr.ClaimPredicateTypeClaimPredicateNot:
		if p.NotPredicate != nil && *p.NotPredicate != nil {
			inner := absolutePredicate(**p.NotPredicate, now)
			ip := &inner
			return xdr.ClaimPredicate{Type: p.Type, NotPredicate: &ip}
		}
	case xdr.ClaimPredicateTypeClaimPredicateAnd, xdr.ClaimPredicateTypeClaimPredicateOr:
		var list []xdr.ClaimPredicate
		src := p.AndPredicates
		if p.Type == xdr.ClaimPredicateTypeClaimPredicateOr {
			src = p.OrPredicates
		}
		if src != nil {
			for _, q := range *src {
				list = append(list, absolutePredicate(q, now))
			}
		}
		if p.Type == xdr.ClaimPredicateTypeClaimPredicateAnd {
			return xdr.ClaimPredicate{Type: p.Type, AndPredicates: &list}
		}
		return xdr.ClaimPredicate{Type: p.Type, OrPredicates: &list}
	}
	return p
}

func predicateHolds(p64 string, now time.Time) bool {
	var p xdr.ClaimPredicate
	if err := xdr.SafeUnmarshalBase64(p64, &p); err != nil {
		return false
	}
	return evalPredicate(p, now)
}

func evalPredicate(p xdr.ClaimPredicate, now time.Time) bool {
	switch p.Type {
	case xdr.ClaimPredicateTypeClaimPredicateUnconditional:
		return true
	case xdr.ClaimPredicateTypeClaimPredicateBeforeAbsoluteTime:
		return now.Unix() < int64(*p.AbsBefore)
	case xdr.ClaimPredicateTypeClaimPredicateNot:
		return p.NotPredicate != nil && *p.NotPredicate != nil && !evalPredicate(**p.NotPredicate, now)
	case xdr.ClaimPredicateTypeClaimPredicateAnd:
		for _, q := range *p.AndPredicates {
			if !evalPredicate(q, now) {
				return false
			}
		}
		return true
	case xdr.ClaimPredicateTypeClaimPredicateOr:
		for _, q := range *p.OrPredicates {
			if evalPredicate(q, now) {
				return true
			}
		}
	}
	return false
}

// toid builds Horizon's 64-bit ids: ledger (32 bits), transaction order (20), operation (12).
func toid(ledger uint32, txOrder uint32, opIndex int) int64 {
	return int64(ledger)<<32 | int64(txOrder)<<12 | int64(opIndex)
}

func idKey(id int64) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], uint64(id))
	return k[:]
}

func hexHash(h [32]byte) string { return hex.EncodeToString(h[:]) }
