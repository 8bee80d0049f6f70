package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/chain/bindings/testtoken"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/server"
	"github.com/souqchain/souq/store"
)

// faucetWallets tops up every custodial wallet it hands out on the EMBEDDED DEV CHAIN: 10 ETH for
// payments and gas, and 1,000 test USD. Each top-up is one exactly-once intent keyed by the address,
// so a wallet is funded once however often it is asked for; the address is handed out once its
// top-ups are confirmed (at most a block, a second, the first time), so a payment that follows at
// once never estimates against an empty wallet.
type faucetWallets struct {
	*keys.Book
	faucet *sender.Sender
	token  common.Address
	log    logrus.FieldLogger
	// funded holds the addresses whose top-ups this process has recorded: every offer asks for two
	// wallets, and submitting again (a no-op by key) costs a write transaction on the shared store.
	funded sync.Map
	wait   time.Duration // for the top-ups to be mined (0: faucetWait)
}

var (
	faucetETH   = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	faucetToken = big.NewInt(1_000_000_000) // 1,000.000000 (6 decimals)
)

// devFaucetText is what the dev faucet gives a new wallet, for the wallet command.
func devFaucetText(token souq.Asset) string {
	s := souq.Money{Asset: souq.Asset{Symbol: "ETH", Decimals: 18}, Amount: faucetETH}.String()
	if token.Token != "" {
		s += " + " + souq.Money{Asset: token, Amount: faucetToken}.String()
	}
	return s
}

// faucetWait bounds the wait for a new wallet's top-ups to be mined (a block, on the dev chain); past
// it the wallet is handed out anyway, and a payment that meets the top-up in flight waits for it.
const faucetWait = 10 * time.Second

// CustodialAddress tops a new wallet up once and waits (at most faucetWait) for the top-ups.
func (f *faucetWallets) CustodialAddress(ctx context.Context, customer string) (string, error) {
	addr, err := f.Book.CustodialAddress(ctx, customer)
	if err != nil {
		return "", err
	}
	if _, ok := f.funded.Load(addr); ok {
		return addr, nil
	}
	to := common.HexToAddress(addr)
	// A merchant's seller wallet never pays gas (the relayer sends its signed refunds, and the
	// escrow pays the payout address directly), so it gets nothing: the dev chain proves it.
	if strings.HasPrefix(customer, "seller/") {
		return addr, nil
	}
	// ETH here is a customer's deposit for ETH-priced orders (their wallet sends the value itself).
	topUps := []string{"faucet/eth/" + addr}
	if _, err := f.faucet.Submit(ctx, topUps[0], "faucet", sender.Call{To: &to, Value: faucetETH}); err != nil {
		return "", fmt.Errorf("dev faucet: %w", err)
	}
	if f.token != (common.Address{}) {
		tok := f.token
		data := testtoken.NewTestToken().PackMint(to, faucetToken)
		topUps = append(topUps, "faucet/token/"+addr)
		if _, err := f.faucet.Submit(ctx, topUps[1], "faucet", sender.Call{To: &tok, Data: data}); err != nil {
			return "", fmt.Errorf("dev faucet: %w", err)
		}
	}
	f.funded.Store(addr, struct{}{})
	wait := cmp.Or(f.wait, faucetWait)
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	for _, k := range topUps {
		in, err := f.faucet.Wait(wctx, k)
		switch {
		case err != nil:
			return addr, nil // still on its way: the payment's funds grace covers it
		case in.State == sender.Reverted:
			return "", fmt.Errorf("dev faucet: top-up %s reverted: %s", k, in.Revert)
		}
	}
	return addr, nil
}

// API keys: <data>/api-keys holds one "sha256-hex merchant-number" line per key; the keys
// themselves are shown once, when created, and never stored.
func loadAPIKeys(path string) (map[[32]byte]souq.WaID, error) {
	out := map[[32]byte]souq.WaID{}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		digest, who, ok := strings.Cut(line, " ")
		raw, err := hex.DecodeString(digest)
		w, werr := souq.ParseWaID(who)
		if !ok || err != nil || len(raw) != 32 || werr != nil {
			return nil, fmt.Errorf("%s:%d: want \"<sha256 hex> <merchant number>\"", path, n)
		}
		out[[32]byte(raw)] = w
	}
	return out, sc.Err()
}

// auditContracts are the chain facts the audit API publishes.
func (a *App) auditContracts() server.Contracts {
	n := a.Network
	return server.Contracts{ChainID: n.ChainID, RPCURL: a.RPCURL, Confirmations: n.Confirmations,
		Escrow:      server.ContractRef{Address: n.Contracts.Escrow.Hex(), Explorer: n.Explorer.AddressURL(n.Contracts.Escrow)},
		EventAnchor: server.ContractRef{Address: n.Contracts.EventAnchor.Hex(), Explorer: n.Explorer.AddressURL(n.Contracts.EventAnchor)},
	}
}

// The store implements the interfaces the WhatsApp adapters declare for what they keep; they do
// not import it (see deps_test.go).
var (
	_ bot.Storage      = (*store.DB)(nil)
	_ bot.Inbox        = (*store.DB)(nil)
	_ whatsapp.Inbox   = (*store.DB)(nil)
	_ whatsapp.SentLog = (*store.DB)(nil)
	_ server.Backup    = (*store.DB)(nil)
)
