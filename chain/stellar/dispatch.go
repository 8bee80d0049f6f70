package stellar

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/stellar/go-stellar-sdk/amount"
	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	"github.com/stellar/go-stellar-sdk/keypair"
	hProtocol "github.com/stellar/go-stellar-sdk/protocols/horizon"
	"github.com/stellar/go-stellar-sdk/txnbuild"
	"github.com/stellar/go-stellar-sdk/xdr"

	"github.com/souqchain/souq/internal/backoff"
)

// maxSigs is the most signatures a Stellar envelope carries.
const maxSigs = 20

// exportReclaimAfter: an exported claimable balance can be reclaimed by the customer's custodial
// account after 30 days if the destination never claims it, so points do not sit on the ledger
// forever.
const exportReclaimAfter = 30 * 24 * 3600

func (s *Service) loop(ctx context.Context) {
	defer close(s.done)
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	for {
		s.dispatch(ctx)
		select {
		case <-ctx.Done():
			return
		case <-s.kick:
		case <-t.C:
			s.reconcile(ctx)
		}
	}
}

// custState is what souq knows of a customer's custodial account.
type custState struct {
	Exists bool            `json:"exists"`
	Trust  map[string]bool `json:"trust"` // merchant id → has trustline
}

// customerState is what the store knows of a custodial account. Only souq creates these accounts
// and confirmIntent records each one when its transaction lands (also after a crash, through
// reconcile), so no record means no account. Should the store ever be behind the ledger,
// CreateAccount fails with op_already_exists, finish records the account and the intent is
// retried.
func (s *Service) customerState(ctx context.Context, addr string) (custState, error) {
	cs := custState{Trust: map[string]bool{}}
	err := s.view(ctx, func(tx storeTx) error {
		if v := tx.Get("accounts", addr); v != nil {
			var err error
			cs, err = decodeCust(v)
			return err
		}
		return nil
	})
	return cs, err
}

func putCust(tx storeTx, addr string, cs custState) error {
	data, err := encodeCust(cs)
	if err != nil {
		return err
	}
	return tx.Put("accounts", addr, data)
}

// batch is a set of intents of one merchant and kind going into one transaction.
type batch struct {
	prog    Program
	intents []*intent
	ops     []txnbuild.Operation
	ranges  [][2]int
	signers map[string]*keypair.Full
	commits [][32]byte
	cbOps   map[int]int // intent index → CreateClaimableBalance op index
}

// dispatch batches queued intents onto free channels.
func (s *Service) dispatch(ctx context.Context) {
	s.mu.Lock()
	wait := time.Until(s.backoffUntil)
	s.mu.Unlock()
	if wait > 0 || ctx.Err() != nil {
		return
	}
	var queued []*intent
	err := s.view(ctx, func(tx storeTx) error {
		return tx.ForEach("pending", "", func(k string, _ []byte) error {
			key := k[strings.IndexByte(k, '|')+1:]
			s.mu.Lock()
			claimed := s.claimed[key]
			s.mu.Unlock()
			if claimed {
				return nil
			}
			in, err := getIntent(tx, key)
			if err != nil || in == nil {
				return err
			}
			queued = append(queued, in)
			if len(queued) >= 20_000 {
				return errStop
			}
			return nil
		})
	})
	if err != nil && !errors.Is(err, errStop) {
		s.log.WithError(err).Warn("stellar: load queue")
		return
	}
	if len(queued) == 0 {
		return
	}
	progs, err := s.programMap(ctx)
	if err != nil {
		s.log.WithError(err).Warn("stellar: load programs")
		return
	}
	groups := map[string][]*intent{}
	var order []string
	for _, in := range queued {
		g := in.MerchantID + "/" + in.Kind
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], in)
	}
	local := map[string]custState{}
	for _, g := range order {
		group := groups[g]
		for len(group) > 0 {
			ch, ok := s.tryAcquireChannel()
			if !ok {
				return
			}
			b, rest, err := s.buildBatch(ctx, progs, group, local)
			if err != nil || len(b.intents) == 0 {
				s.releaseChannel(ch)
				if err != nil {
					s.log.WithError(err).Warn("stellar: build batch")
					s.setBackoff()
				}
				return
			}
			s.mu.Lock()
			for _, in := range b.intents {
				s.claimed[in.Key] = true
			}
			s.mu.Unlock()
			s.wg.Add(1)
			go s.sendBatch(ctx, ch, b)
			group = rest
		}
	}
}

var errStop = errors.New("stop")

func (s *Service) programMap(ctx context.Context) (map[string]Program, error) {
	ps, err := s.Programs(ctx)
	m := map[string]Program{}
	for _, p := range ps {
		m[p.MerchantID] = p
	}
	return m, err
}

// buildBatch takes intents from the front of group while they fit in one transaction.
func (s *Service) buildBatch(ctx context.Context, progs map[string]Program, group []*intent, local map[string]custState) (*batch, []*intent, error) {
	prog, ok := progs[group[0].MerchantID]
	b := &batch{prog: prog, signers: map[string]*keypair.Full{}, cbOps: map[int]int{}}
	if !ok {
		return b, nil, ErrUnknownProgram
	}
	asset := txnbuild.CreditAsset{Code: prog.AssetCode, Issuer: prog.Issuer}
	op := s.keys.operator()
	for i, in := range group {
		cust := s.keys.customer(in.CustomerID)
		var ops []txnbuild.Operation
		var signers []*keypair.Full
		onboard := false
		cbIdx := -1
		stroops := amount.StringFromInt64(in.Points * StroopsPerPoint)
		switch in.Kind {
		case kindEarn:
			cs, seen := local[cust.Address()]
			if !seen {
				var err error
				if cs, err = s.customerState(ctx, cust.Address()); err != nil {
					return b, nil, err
				}
				local[cust.Address()] = cs
			}
			if !cs.Exists || !cs.Trust[prog.MerchantID] {
				onboard = true
				line, _ := asset.ToChangeTrustAsset()
				ops = append(ops, &txnbuild.BeginSponsoringFutureReserves{SponsoredID: cust.Address(), SourceAccount: op.Address()})
				if !cs.Exists {
					ops = append(ops, &txnbuild.CreateAccount{Destination: cust.Address(), Amount: "0", SourceAccount: op.Address()})
				}
				ops = append(ops, &txnbuild.ChangeTrust{Line: line, SourceAccount: cust.Address()},
					&txnbuild.EndSponsoringFutureReserves{SourceAccount: cust.Address()})
				signers = append(signers, op, cust)
			}
			ops = append(ops, &txnbuild.Payment{Destination: cust.Address(), Asset: asset, Amount: stroops, SourceAccount: prog.Distribution})
			signers = append(signers, s.keys.distrib(prog.MerchantID))
		case kindRedeem:
			if prog.RedeemMode == Clawback {
				ops = append(ops, &txnbuild.Clawback{From: cust.Address(), Asset: asset, Amount: stroops, SourceAccount: prog.Issuer})
				signers = append(signers, s.keys.issuer(prog.MerchantID))
			} else {
				ops = append(ops, &txnbuild.Payment{Destination: prog.Issuer, Asset: asset, Amount: stroops, SourceAccount: cust.Address()})
				signers = append(signers, cust)
			}
		case kindExport:
			reclaim := txnbuild.NotPredicate(txnbuild.BeforeRelativeTimePredicate(exportReclaimAfter))
			ops = append(ops,
				&txnbuild.BeginSponsoringFutureReserves{SponsoredID: cust.Address(), SourceAccount: op.Address()},
				&txnbuild.CreateClaimableBalance{Amount: stroops, Asset: asset, SourceAccount: cust.Address(), Destinations: []txnbuild.Claimant{
					txnbuild.NewClaimant(in.Dest, nil), txnbuild.NewClaimant(cust.Address(), &reclaim)}},
				&txnbuild.EndSponsoringFutureReserves{SourceAccount: cust.Address()})
			signers = append(signers, op, cust)
			cbIdx = len(b.ops) + 1
		}
		newSigs := 0
		for _, k := range dedupe(signers) {
			if b.signers[k.Address()] == nil {
				newSigs++
			}
		}
		if len(b.ops)+len(ops) > s.cfg.MaxOpsPerTx || len(b.signers)+newSigs > maxSigs-1 {
			return b, group[i:], nil
		}
		for _, k := range signers {
			b.signers[k.Address()] = k
		}
		if onboard {
			cs := local[cust.Address()]
			trust := map[string]bool{}
			for k, v := range cs.Trust {
				trust[k] = v
			}
			trust[prog.MerchantID] = true
			local[cust.Address()] = custState{Exists: true, Trust: trust}
		}
		if cbIdx >= 0 {
			b.cbOps[len(b.intents)] = cbIdx
		}
		b.ranges = append(b.ranges, [2]int{len(b.ops), len(b.ops) + len(ops) - 1})
		b.ops = append(b.ops, ops...)
		b.intents = append(b.intents, in)
		var c [32]byte
		copy(c[:], mustHex(in.Commit))
		b.commits = append(b.commits, c)
	}
	return b, nil, nil
}

// sendBatch builds, saves, submits and settles one batch on channel ch.
func (s *Service) sendBatch(ctx context.Context, ch int, b *batch) {
	defer s.wg.Done()
	defer func() {
		s.mu.Lock()
		for _, in := range b.intents {
			delete(s.claimed, in.Key)
		}
		s.mu.Unlock()
		s.poke()
	}()
	chKP := s.keys.channel(ch)
	acct, err := s.account(chKP.Address())
	if err != nil {
		s.log.WithError(err).Warn("stellar: load channel account")
		s.setBackoff()
		s.releaseChannel(ch)
		return
	}
	signers := []*keypair.Full{chKP}
	for _, k := range b.signers {
		signers = append(signers, k)
	}
	memo := batchMemo(b.commits)
	tx, err := s.buildTx(chKP.Address(), acct.Sequence, b.ops, memo, signers)
	if err != nil {
		s.log.WithError(err).Error("stellar: build batch transaction")
		s.releaseChannel(ch)
		return
	}
	hash, _ := tx.HashHex(s.cfg.NetworkPassphrase)
	b64, _ := tx.Base64()
	t := &sentTx{Hash: hash, XDR: b64, Channel: ch, MaxTime: tx.Timebounds().MaxTime, State: stateSubmitted, SavedAt: time.Now().UTC(), Ranges: b.ranges}
	for _, in := range b.intents {
		t.Keys = append(t.Keys, in.Key)
	}
	// Save the hash and envelope before submitting: after a crash this is how we find out.
	err = s.update(ctx, func(stx storeTx) error {
		for i, in := range b.intents {
			cur, err := getIntent(stx, in.Key)
			if err != nil {
				return err
			}
			if cur == nil || cur.State != stateQueued {
				return errors.New("intent " + in.Key + " changed while batching")
			}
			if err := stx.Delete("pending", pendingKey(cur.Seq, cur.Key)); err != nil {
				return err
			}
			cur.State, cur.TxHash, cur.OpIndex, cur.Memo = stateSubmitted, hash, b.ranges[i][1], hashHex(memo)
			if idx, ok := b.cbOps[i]; ok {
				cur.BalanceID, _ = tx.ClaimableBalanceID(idx)
				cur.OpIndex = idx
			}
			if err := putIntent(stx, cur); err != nil {
				return err
			}
		}
		return putTx(stx, t)
	})
	if err != nil {
		s.log.WithError(err).Warn("stellar: save batch")
		s.releaseChannel(ch)
		return
	}
	s.mu.Lock()
	s.inflight[hash] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.inflight, hash)
		s.mu.Unlock()
	}()
	if h := s.hooks.afterSave; h != nil && h(hash) != nil {
		return
	}
	res, err := s.hc.SubmitTransactionXDR(b64)
	if h := s.hooks.afterSubmit; h != nil && h(hash) != nil {
		return
	}
	if s.settle(ctx, t, res, err) {
		s.releaseChannel(ch)
	}
}

// settle records a submission's outcome. It returns false when the outcome is unknown (the
// transaction stays "submitted" and its channel busy until reconcile finds out).
func (s *Service) settle(ctx context.Context, t *sentTx, res hProtocol.Transaction, err error) bool {
	class, rc := Classify(err)
	log := s.log.WithField("tx", t.Hash).WithField("class", class.String())
	switch class {
	case ClassOK:
		s.resetBackoff()
		return s.finish(ctx, t, res.Ledger, nil, nil, "")
	case ClassOpFailed:
		var failed []int
		var codes []string
		for i, c := range rc.OperationCodes {
			if c != "op_success" {
				failed = append(failed, i)
				codes = append(codes, c)
			}
		}
		log.WithField("codes", rc.OperationCodes).Warn("stellar: transaction failed in ledger")
		return s.finish(ctx, t, 0, failed, codes, rc.TransactionCode)
	case ClassUnknown:
		log.WithError(err).Warn("stellar: submission outcome unknown; will look the hash up")
		s.setBackoff()
		return false
	default:
		if class == ClassBackoff {
			s.setBackoff()
		}
		s.bumpFee(rc)
		reason := "rejected"
		if rc != nil {
			reason = rc.TransactionCode
		}
		if class == ClassBackoff {
			reason = "backoff" // load, not the intents' fault: requeued without using an attempt
		}
		log.WithField("reason", reason).Info("stellar: transaction rejected before the ledger; requeueing")
		return s.finish(ctx, t, 0, nil, nil, reason)
	}
}

// finish stores a transaction's final outcome and moves its intents on: all confirmed
// (txCode == "" and ledger > 0); or, if the transaction failed or was rejected, the intents whose
// operations failed fail for good and the others go back to the queue.
func (s *Service) finish(ctx context.Context, t *sentTx, ledger int32, failedOps []int, codes []string, txCode string) bool {
	progs, err := s.programMap(ctx)
	if err != nil {
		return false
	}
	err = s.update(ctx, func(stx storeTx) error {
		for i, key := range t.Keys {
			in, err := getIntent(stx, key)
			if err != nil || in == nil {
				return err
			}
			if in.TxHash != t.Hash || in.State != stateSubmitted {
				continue
			}
			if txCode == "" {
				if err := s.confirmIntent(stx, in, ledger, progs); err != nil {
					return err
				}
				continue
			}
			opCode := ""
			for j, idx := range failedOps {
				if idx >= t.Ranges[i][0] && idx <= t.Ranges[i][1] {
					opCode = codes[j]
				}
			}
			switch {
			case opCode == "op_already_exists":
				// Our view of the customer's account was stale: it exists. Retry with that.
				if err := putCust(stx, s.keys.customer(in.CustomerID).Address(), custState{Exists: true, Trust: map[string]bool{}}); err != nil {
					return err
				}
				fallthrough
			case opCode == "":
				if err := requeue(stx, in, txCode, s.cfg.MaxAttempts); err != nil {
					return err
				}
			default:
				in.State, in.Reason, in.Codes = stateFailed, opCodeError(opCode).Error(), txCode+" "+opCode
				if err := putIntent(stx, in); err != nil {
					return err
				}
			}
		}
		t.State = stateConfirmed
		if txCode != "" {
			t.State = stateFailed
		}
		return putTx(stx, t)
	})
	if err != nil {
		s.log.WithError(err).Error("stellar: record outcome")
		return false
	}
	s.notify()
	return true
}

func requeue(stx storeTx, in *intent, reason string, maxAttempts int) error {
	if reason != "backoff" {
		in.Attempts++
	}
	in.TxHash, in.Memo, in.BalanceID = "", "", ""
	if in.Attempts >= maxAttempts {
		in.State, in.Reason, in.Codes = stateFailed, ErrRejected.Error(), reason
		return putIntent(stx, in)
	}
	in.State = stateQueued
	if err := stx.Put("pending", pendingKey(in.Seq, in.Key), nil); err != nil {
		return err
	}
	return putIntent(stx, in)
}

// confirmIntent marks an intent done and records what its transaction changed.
func (s *Service) confirmIntent(stx storeTx, in *intent, ledger int32, progs map[string]Program) error {
	in.State, in.Ledger = stateConfirmed, ledger
	switch in.Kind {
	case kindEarn:
		addr := s.keys.customer(in.CustomerID).Address()
		cs := custState{Trust: map[string]bool{}}
		if v := stx.Get("accounts", addr); v != nil {
			var err error
			if cs, err = decodeCust(v); err != nil {
				return err
			}
		}
		cs.Exists, cs.Trust[in.MerchantID] = true, true
		if err := putCust(stx, addr, cs); err != nil {
			return err
		}
	case kindRedeem:
		p := progs[in.MerchantID]
		v := newVoucher(in, p, s.explorer)
		in.VoucherID = v.ID
		if err := putVoucher(stx, v); err != nil {
			return err
		}
	}
	return putIntent(stx, in)
}

// reconcile settles transactions saved but not settled: found by hash → recorded; not found and
// expired → requeued; not found and still valid → the saved envelope is resubmitted (Horizon
// treats a resubmission of the same envelope idempotently).
func (s *Service) reconcile(ctx context.Context) {
	var open []*sentTx
	_ = s.view(ctx, func(stx storeTx) error {
		return stx.ForEach("open_txs", "", func(k string, _ []byte) error {
			s.mu.Lock()
			busy := s.inflight[k]
			s.mu.Unlock()
			if busy {
				return nil
			}
			t, err := getTx(stx, k)
			if err == nil && t != nil && t.State == stateSubmitted {
				open = append(open, t)
			}
			return nil
		})
	})
	for _, t := range open {
		if ctx.Err() != nil {
			return
		}
		s.mu.Lock()
		if t.Channel < len(s.channels) {
			s.channels[t.Channel] = true // the channel's sequence is tied up until this settles
		}
		s.inflight[t.Hash] = true
		s.mu.Unlock()
		if s.reconcileOne(ctx, t) && t.Channel < len(s.channels) {
			s.releaseChannel(t.Channel)
		}
		s.mu.Lock()
		delete(s.inflight, t.Hash)
		s.mu.Unlock()
	}
}

func (s *Service) reconcileOne(ctx context.Context, t *sentTx) bool {
	got, err := s.hc.TransactionDetail(t.Hash)
	if err == nil {
		if got.Successful {
			return s.finish(ctx, t, got.Ledger, nil, nil, "")
		}
		failed, codes := failedOpsFromResult(got.ResultXdr)
		return s.finish(ctx, t, 0, failed, codes, "tx_failed")
	}
	if !horizonclient.IsNotFoundError(err) {
		return false
	}
	root, err := s.hc.Root()
	if err != nil {
		return false
	}
	if root.HorizonLatestClosedAt.Unix() > t.MaxTime {
		return s.finish(ctx, t, 0, nil, nil, "expired")
	}
	res, err := s.hc.SubmitTransactionXDR(t.XDR)
	return s.settle(ctx, t, res, err)
}

func (s *Service) setBackoff() {
	s.mu.Lock()
	defer s.mu.Unlock()
	// Start near one ledger's worth and cap at a few ledgers: a full ledger or a busy source is
	// the normal signal to wait for the next one.
	s.backoffUntil = time.Now().Add(backoff.Delay(50*time.Millisecond, 2, s.backoffs, 2*time.Second))
	s.backoffs++
}

func (s *Service) resetBackoff() {
	s.mu.Lock()
	s.backoffs = 0
	s.mu.Unlock()
}

func mustHex(s string) []byte {
	b := make([]byte, 32)
	for i := 0; i < 32 && 2*i+1 < len(s); i++ {
		b[i] = unhex(s[2*i])<<4 | unhex(s[2*i+1])
	}
	return b
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return 0
}

var _ = xdr.MaxOpsPerTx
