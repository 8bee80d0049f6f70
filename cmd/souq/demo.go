package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/audit"
)

const (
	demoMerchant = "5511988887777" // Brazil: the merchant's replies are in Portuguese
	demoCustomer = "16505551234"
	demoCourier  = "393331234567"
	demoPayout   = "0x1111111111111111111111111111111111111111"
)

func newDemoCmd(cfg *Config) *cobra.Command {
	var keep bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "A scripted sale on the embedded default: opt-in, offer, pay, ship, photo, release, points, redeem, a late-delivery refund and a dispute, then every proof verified",
		Long: "demo starts souq's embedded default in a fresh data directory (removed afterwards unless --keep) " +
			"and plays customer, merchant and courier through the WhatsApp simulator: every message is a signed " +
			"webhook through the real server, every payment a transaction on the dev chain.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.EthRPC != "" || cfg.HorizonURL != "" || cfg.GraphURL != "" {
				return fmt.Errorf("demo runs on the embedded default only (it moves the dev chain's clock)")
			}
			dir, err := os.MkdirTemp("", "souq-demo-")
			if err != nil {
				return err
			}
			if !keep {
				defer os.RemoveAll(dir)
			}
			c := *cfg
			c.DataDir, c.HTTPAddr, c.EthRPCAddr = dir, "127.0.0.1:0", "127.0.0.1:0"
			log := newLogger(&c)
			log.SetLevel(logrus.ErrorLevel)
			return runDemo(cmd.Context(), cmd.OutOrStdout(), &c, log)
		},
	}
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the demo's data directory")
	return cmd
}

type demo struct {
	out  io.Writer
	app  *App
	d    *driver
	ctx  context.Context
	step int
}

func (m *demo) say(format string, args ...any) {
	m.step++
	fmt.Fprintf(m.out, "\n[%2d] %s\n", m.step, fmt.Sprintf(format, args...))
}

func (m *demo) detail(format string, args ...any) {
	fmt.Fprintf(m.out, "     %s\n", fmt.Sprintf(format, args...))
}

// txs prints the transactions recorded on an order's steps since step `from`, and returns the count.
func (m *demo) txs(id souq.OrderID, from int) int {
	var steps []souq.Step
	_ = m.app.DB.Sales().View(m.ctx, func(tx souq.Tx) error {
		o, err := tx.Order(id)
		if err == nil {
			steps = o.Steps
		}
		return err
	})
	for _, s := range steps[min(from, len(steps)):] {
		if s.TxHash == "" {
			continue
		}
		link := m.app.Network.Explorer.TxURL(common.HexToHash(s.TxHash))
		if link == "" {
			link = "(dev chain: eth_getTransactionReceipt on " + m.app.RPCURL + ")"
		}
		m.detail("%-9s tx %s %s", s.Status, s.TxHash, link)
	}
	return len(steps)
}

func runDemo(ctx context.Context, out io.Writer, cfg *Config, log *logrus.Logger) error {
	fmt.Fprintf(out, "souq demo — the embedded default in %s\n", cfg.DataDir)
	app, err := Start(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer app.Close()
	m := &demo{out: out, app: app, d: &driver{app: app, timeout: 90 * time.Second}, ctx: ctx}
	fmt.Fprintf(out, "server %s, chat page %s, dev chain %s, Stellar sandbox %s\n", app.URL, app.SimURL, app.RPCURL, app.HorizonURL)

	m.say("merchant +%s registers a payout address and a loyalty rule (1 point per 10 USDC)", demoMerchant)
	if err := m.chat(demoMerchant, "register "+demoPayout, demoPayout); err != nil {
		return err
	}
	if err := m.chat(demoMerchant, "loyalty 1 per 10 USDC", "10"); err != nil {
		return err
	}
	m.say("merchant names its courier +%s: only its couriers (and itself) can have a delivery attested", demoCourier)
	if err := m.chat(demoMerchant, "courier add +"+demoCourier, "+"+demoCourier); err != nil {
		return err
	}
	m.say("customer +%s opts in by replying YES", demoCustomer)
	if err := m.chat(demoCustomer, "yes", ""); err != nil {
		return err
	}

	// The happy path.
	m.say("merchant offers: sell 2 coffee 30.50 USDC to +%s", demoCustomer)
	o1, err := m.offer("sell 2 coffee 30.50 USDC to +1 650 555 1234", souq.OrderID{})
	if err != nil {
		return err
	}
	m.say("customer taps Pay: the custodial wallet funds the escrow with an EIP-2612 permit, one transaction")
	if err := m.act(demoCustomer, "pay "+o1.ID.Short(), o1.ID, souq.StatusPaid); err != nil {
		return err
	}
	n := m.txs(o1.ID, 0)
	m.say("merchant marks it shipped")
	if err := m.act(demoMerchant, "shipped "+o1.ID.Short(), o1.ID, souq.StatusShipped); err != nil {
		return err
	}
	m.say("merchant assigns the order to the courier, who is told in chat")
	if err := m.chat(demoMerchant, "assign "+o1.ID.Short()+" +"+demoCourier, "+"+demoCourier); err != nil {
		return err
	}
	m.say("courier +%s sends the delivery photo: its sha256 goes into an EIP-712 Delivery signed by the attester", demoCourier)
	photo := []byte("\xff\xd8\xff\xe0 a parcel at the door, " + time.Now().Format(time.RFC3339))
	sum := sha256.Sum256(photo)
	m.detail("photo sha256 %x (the photo stays in souq's store)", sum)
	if err := m.d.photo(demoCourier, o1.ID.Short(), photo); err != nil {
		return err
	}
	if err := m.d.waitStatus(ctx, demoCustomer, o1.ID, souq.StatusDelivered); err != nil {
		return err
	}
	n = m.txs(o1.ID, n)
	m.say("customer confirms receipt: the escrow pays the merchant's wallet (minus the 1%% platform fee)")
	if err := m.act(demoCustomer, "received "+o1.ID.Short(), o1.ID, souq.StatusReleased); err != nil {
		return err
	}
	m.txs(o1.ID, n)
	m.say("points: the released order earns Stellar loyalty tokens")
	if err := m.d.eventually("points", func() bool {
		p, err := app.Service.Points(ctx, souq.Actor{User: demoCustomer})
		return err == nil && p.Points == 3
	}); err != nil {
		return err
	}
	m.detail("3 POINTS on the Stellar sandbox, in the customer's sponsored custodial account")
	m.say("customer redeems 2 points: burned on Stellar, a discount on the next order")
	if err := m.chat(demoCustomer, "redeem 2", "2"); err != nil {
		return err
	}
	if err := m.d.eventually("points burned", func() bool {
		p, err := app.Service.Points(ctx, souq.Actor{User: demoCustomer})
		return err == nil && p.Points == 1 && p.Redeeming == 0 // the burn closed: the voucher applies
	}); err != nil {
		return err
	}

	// The next order carries the discount; nobody ships it: after the deadline the buyer is refunded.
	m.say("merchant offers 10 USDC of beans; the voucher applies; the customer pays")
	o2, err := m.offer("sell 1 beans 10 USDC to +1 650 555 1234", o1.ID)
	if err != nil {
		return err
	}
	m.detail("total %s, discount %s", o2.Total, o2.Discount)
	if err := m.act(demoCustomer, "pay "+o2.ID.Short(), o2.ID, souq.StatusPaid); err != nil {
		return err
	}
	n2 := m.txs(o2.ID, 0)
	m.say("late delivery: nothing ships; the clock passes the delivery deadline and anyone may refund")
	if err := m.travel(o2); err != nil {
		return err
	}
	if err := m.d.waitStatus(ctx, demoCustomer, o2.ID, souq.StatusRefunded); err != nil {
		return err
	}
	m.txs(o2.ID, n2)

	// A dispute with a partial refund.
	m.say("a third order: paid, shipped, delivered — and the customer disputes it")
	o3, err := m.offer("sell 1 teapot 40 USDC to +1 650 555 1234", o2.ID)
	if err != nil {
		return err
	}
	if err := m.act(demoCustomer, "pay "+o3.ID.Short(), o3.ID, souq.StatusPaid); err != nil {
		return err
	}
	if err := m.act(demoMerchant, "shipped "+o3.ID.Short(), o3.ID, souq.StatusShipped); err != nil {
		return err
	}
	if err := m.d.photo(demoCourier, o3.ID.Short(), append(photo, " teapot"...)); err != nil {
		return err
	}
	if err := m.d.waitStatus(ctx, demoCustomer, o3.ID, souq.StatusDelivered); err != nil {
		return err
	}
	n3 := m.txs(o3.ID, 0)
	if err := m.act(demoCustomer, "dispute "+o3.ID.Short()+" the lid arrived broken", o3.ID, souq.StatusDisputed); err != nil {
		return err
	}
	n3 = m.txs(o3.ID, n3)
	m.say("the arbiter refunds half through the API: 20 USDC back to the customer, the rest to the merchant")
	if err := m.resolve(o3.ID, "20 USDC"); err != nil {
		return err
	}
	if err := m.d.waitStatus(ctx, demoCustomer, o3.ID, souq.StatusResolved); err != nil {
		return err
	}
	m.txs(o3.ID, n3)

	return m.verifyAll()
}

func (m *demo) chat(from, text, want string) error {
	m.detail("%s> %s", from, text)
	if err := m.d.send(from, text); err != nil {
		return err
	}
	_, err := m.d.waitReply(from, want)
	return err
}

func (m *demo) offer(text string, prev souq.OrderID) (souq.OrderView, error) {
	m.detail("%s> %s", demoMerchant, text)
	if err := m.d.send(demoMerchant, text); err != nil {
		return souq.OrderView{}, err
	}
	v, err := m.d.latestOrder(m.ctx, demoCustomer, prev)
	if err != nil {
		return v, err
	}
	m.detail("order %s (%s): %s, offered to the customer with Pay / Decline", v.ID.Short(), v.ID, v.Total)
	_, err = m.d.waitReply(demoCustomer, v.ID.Short())
	return v, err
}

func (m *demo) act(from, text string, id souq.OrderID, want souq.OrderStatus) error {
	m.detail("%s> %s", from, text)
	if err := m.d.send(from, text); err != nil {
		return err
	}
	if err := m.d.waitStatus(m.ctx, demoCustomer, id, want); err != nil {
		return err
	}
	m.detail("order %s is %s", id.Short(), want)
	return nil
}

// travel moves the dev chain and the service's clock past the order's delivery deadline.
func (m *demo) travel(v souq.OrderView) error {
	d := time.Until(v.Deadline) + time.Hour
	if err := m.d.eventually("an idle chain to move its clock", func() bool { return m.app.Node.AdjustTime(d) == nil }); err != nil {
		return err
	}
	m.app.Clock.Advance(d)
	m.detail("moved the dev chain and souq's clock %s forward", d.Round(time.Hour))
	return nil
}

func (m *demo) resolve(id souq.OrderID, amount string) error {
	key, err := os.ReadFile(filepath.Join(m.app.cfg.DataDir, "arbiter-key"))
	if err != nil {
		return err
	}
	body, _ := json.Marshal(map[string]string{"buyer_amount": amount, "note": "half: the lid was broken"})
	req, _ := http.NewRequestWithContext(m.ctx, http.MethodPost, m.app.URL+"/api/v1/arbiter/orders/"+id.String()+"/resolve", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(key)))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("resolve: %s %s", resp.Status, b)
	}
	m.detail("POST /api/v1/arbiter/orders/%s/resolve {\"buyer_amount\":%q} → 200", id.Short(), amount)
	return nil
}

// verifyAll waits until every journal event is anchored and verifies each proof bundle against the
// chain alone, as `souq audit verify` does.
func (m *demo) verifyAll() error {
	m.say("audit: every journal event's proof bundle, checked against the chain alone")
	var total uint64
	if err := m.d.eventually("the journal to be anchored", func() bool {
		if _, err := m.app.Service.PumpJournal(m.ctx); err != nil {
			return false
		}
		n, err := m.anchoredLen()
		total = n
		return err == nil && n > 0 && m.allAnchored(n)
	}); err != nil {
		return err
	}
	checkpoints := map[uint64]bool{}
	trust := m.app.TrustRoot()
	for seq := range total {
		b, err := m.app.Anchor.Bundle(m.ctx, seq)
		if err != nil {
			return fmt.Errorf("bundle of event %d: %w", seq, err)
		}
		if _, err := audit.Verify(m.ctx, b, trust, m.app.Client, audit.Options{Confirmations: 1}); err != nil {
			return fmt.Errorf("event %d does not verify: %w", seq, err)
		}
		checkpoints[b.Checkpoint.Size] = true
	}
	m.detail("%d events under %d anchored checkpoints: all verified (souq audit verify <bundle> --trust <%s/.well-known/souq-trust.json> --rpc %s)",
		total, len(checkpoints), m.app.URL, m.app.RPCURL)
	fmt.Fprintln(m.out, "\ndemo complete")
	return nil
}

func (m *demo) anchoredLen() (uint64, error) {
	var n uint64
	err := m.app.DB.Sales().View(m.ctx, func(tx souq.Tx) error {
		evs, err := tx.Events(0, 0)
		n = uint64(len(evs))
		return err
	})
	return n, err
}

func (m *demo) allAnchored(n uint64) bool {
	_, err := m.app.Anchor.Bundle(m.ctx, n-1)
	return err == nil
}
