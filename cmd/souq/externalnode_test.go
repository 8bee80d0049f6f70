//go:build externalnode

// The external-node test runs in `make test` (target test-nodes), which installs Hardhat first:
// go test -tags externalnode ./cmd/souq -run TestHardhatNode

package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"mime/multipart"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
)

// hardhatKey0 is Hardhat's first default account, funded on every Hardhat node: the test plays
// the operator's one funding from it, and the customer's own wallet.
const hardhatKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

type extNode struct {
	t      *testing.T
	ctx    context.Context
	bin    string // the souq binary
	data   string
	env    []string
	rpc    string
	client *ethclient.Client
	url    string // souq serve's base URL
	apiKey string
}

// startHardhat runs Hardhat's node (EDR) from our npm devDependencies on a free port.
func startHardhat(t *testing.T, ctx context.Context, root string) (url string, stop func()) {
	t.Helper()
	cmd := exec.CommandContext(ctx, filepath.Join(root, "node_modules/.bin/node"), filepath.Join(root, "node_modules/.bin/hardhat"),
		"node", "--hostname", "127.0.0.1", "--port", "0")
	cmd.Dir = root
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("hardhat node: %v (run `make setup` first)", err)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
			_ = cmd.Wait()
		})
	}
	t.Cleanup(stop)
	urls := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if u := re.FindString(sc.Text()); u != "" {
				select {
				case urls <- u:
				default:
				}
			}
		}
	}()
	select {
	case u := <-urls:
		return u, stop
	case <-time.After(60 * time.Second):
		t.Fatal("hardhat node did not start within 60s")
	}
	return "", stop
}

func (e *extNode) souq(args ...string) string {
	e.t.Helper()
	cmd := exec.CommandContext(e.ctx, e.bin, append(args, "--data", e.data)...)
	cmd.Env = e.env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		e.t.Fatalf("souq %s: %v\n%s%s", strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

// send pays value from key to `to` (with data) and waits for it to be mined.
func (e *extNode) send(key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) {
	e.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := e.client.PendingNonceAt(e.ctx, from)
	if err != nil {
		e.t.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	gas, err := e.client.EstimateGas(e.ctx, ethereumCall(from, to, value, data))
	if err != nil {
		e.t.Fatalf("estimate: %v", err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(31337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(31337), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       gas * 2, To: &to, Value: value, Data: data,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.client.SendTransaction(e.ctx, tx); err != nil {
		e.t.Fatal(err)
	}
	e.eventually("transaction "+tx.Hash().Hex()+" mined", func() bool {
		r, err := e.client.TransactionReceipt(e.ctx, tx.Hash())
		if err == nil && r.Status != types.ReceiptStatusSuccessful {
			e.t.Fatalf("transaction %s reverted", tx.Hash())
		}
		return err == nil
	})
}

func (e *extNode) eventually(what string, ok func() bool) {
	e.t.Helper()
	deadline := time.Now().Add(45 * time.Second)
	for time.Now().Before(deadline) {
		if ok() {
			return
		}
		time.Sleep(150 * time.Millisecond)
	}
	e.t.Fatalf("timed out waiting for %s", what)
}

func (e *extNode) chat(from, text string) {
	e.t.Helper()
	body, _ := json.Marshal(map[string]string{"from": from, "text": text})
	resp, err := http.Post(e.url+"/sim/api/send", "application/json", bytes.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		e.t.Fatalf("send %q: %s", text, resp.Status)
	}
}

func (e *extNode) photo(from, caption string) {
	e.t.Helper()
	var buf bytes.Buffer
	mw := newMultipart(&buf, from, caption)
	resp, err := http.Post(e.url+"/sim/api/upload", mw, &buf)
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		e.t.Fatalf("upload: %s", resp.Status)
	}
}

type apiOrder struct {
	ID, Ref, Status, Total string
}

// orders lists the merchant's orders through the merchant API, newest first.
func (e *extNode) orders() []apiOrder {
	e.t.Helper()
	req, _ := http.NewRequestWithContext(e.ctx, http.MethodGet, e.url+"/api/v1/orders", nil)
	req.Header.Set("Authorization", "Bearer "+e.apiKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct{ Orders []apiOrder }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		e.t.Fatal(err)
	}
	return body.Orders
}

func (e *extNode) waitStatus(ref, status string) {
	e.t.Helper()
	e.eventually("order "+ref+" to be "+status, func() bool {
		for _, o := range e.orders() {
			if o.Ref == ref && o.Status == status {
				return true
			}
		}
		return false
	})
}

// newOffer has the merchant offer text and returns the new order.
func (e *extNode) newOffer(text string) apiOrder {
	e.t.Helper()
	before := len(e.orders())
	e.chat(merchantWa, text)
	var o apiOrder
	e.eventually("the offer", func() bool {
		os := e.orders()
		if len(os) > before {
			o = os[0]
			return true
		}
		return false
	})
	return o
}

// buyer reads the order's buyer (the customer's custodial wallet) from its payment link.
func (e *extNode) buyer(id string) common.Address {
	e.t.Helper()
	req, _ := http.NewRequestWithContext(e.ctx, http.MethodGet, e.url+"/pay/"+id, nil)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var pr struct {
		Steps []struct {
			Data string `json:"data"`
		} `json:"steps"`
	}
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &pr); err != nil || len(pr.Steps) == 0 {
		e.t.Fatalf("payment request: %v %s", err, raw)
	}
	data := common.FromHex(pr.Steps[len(pr.Steps)-1].Data)
	parsed := escrowabi.NewEscrow().GetABI()
	m, err := parsed.MethodById(data[:4])
	if err != nil {
		e.t.Fatal(err)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		e.t.Fatal(err)
	}
	raw, _ = json.Marshal(args[0])
	var terms struct{ Buyer common.Address }
	if err := json.Unmarshal(raw, &terms); err != nil {
		e.t.Fatal(err)
	}
	return terms.Buyer
}

const (
	arbiterKey = "ak_external_node_test_arbiter"
	merchantWa = "5511988887777"
	customerWa = "16505551234"
	courierWa  = "393331234567"
)

// souq against a node we did not write, by configuration only: Hardhat's node (EDR, automine),
// `souq keys init` (the relayer and arbiter funded once from a Hardhat account), `souq deploy`, `souq serve --eth-rpc …
// --deployment …`, and an ETH sale driven through the simulator's signed webhooks.
func TestHardhatNode(t *testing.T) {
	started := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "souq")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("souq built in %s", time.Since(started).Round(time.Millisecond))
	rpcURL, stopHardhat := startHardhat(t, ctx, root)
	t.Logf("hardhat node at %s after %s", rpcURL, time.Since(started).Round(time.Millisecond))
	client, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	e := &extNode{t: t, ctx: ctx, bin: bin, data: filepath.Join(dir, "data"), rpc: rpcURL, client: client}
	e.env = append(os.Environ(), "SOUQ_PASSPHRASE=external-node-test", "SOUQ_SECRET="+strings.Repeat("5a", 32), "SOUQ_LOG_LEVEL=warning")

	// A key per power; the relayer and the arbiter (which sends its own resolutions) are funded.
	e.souq("keys", "init")
	book := map[string]common.Address{}
	for _, line := range strings.Split(e.souq("keys", "roles"), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && common.IsHexAddress(f[1]) {
			book[f[0]] = common.HexToAddress(f[1])
		}
	}
	if len(book) != 4 {
		t.Fatalf("roles %v, want owner, relayer, arbiter and attester", book)
	}
	addr := book["relayer"]
	e.souq("keys", "seed-create")
	logKey := strings.TrimPrefix(strings.SplitN(e.souq("audit", "keygen", "souq.test/hardhat"), "\n", 2)[0], "SOUQ_LOG_KEY=")
	e.env = append(e.env, "SOUQ_LOG_KEY="+logKey)
	whale, _ := crypto.HexToECDSA(hardhatKey0)
	e.send(whale, addr, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), nil)
	e.send(whale, book["arbiter"], big.NewInt(1e18), nil)

	dep := filepath.Join(dir, "deployment.json")
	out := e.souq("deploy", "--eth-rpc", rpcURL, "--eth-chain-id", "31337", "--out", dep)
	if !strings.Contains(out, "--deploy-block") {
		t.Fatalf("deploy output lacks the deploy block:\n%s", out)
	}
	e.apiKey = strings.TrimSpace(e.souq("keys", "api-key", merchantWa))

	// A USDC-style token (EIP-2612 permit under domain version "2", no eip712Domain()), issued by
	// someone else: souq is told only its address and reads its symbol and decimals.
	token := e.deploy(whale, filepath.Join(root, "chain/escrow/testdata/PermitV2Token.bin"))

	// souq serve by configuration only.
	serve := exec.CommandContext(ctx, bin, "serve", "--data", e.data, "--eth-rpc", rpcURL, "--eth-chain-id", "31337",
		"--deployment", dep, "--token", token.Hex(), "--http-addr", "127.0.0.1:0")
	serve.Env = append(e.env, "SOUQ_ARBITER_KEY="+arbiterKey)
	serve.Stderr = os.Stderr
	sout, err := serve.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	var stopServe sync.Once
	t.Cleanup(func() {
		stopServe.Do(func() {
			_ = serve.Process.Signal(syscall.SIGTERM)
			_ = serve.Wait()
		})
	})
	lines := make(chan string, 64)
	go func() {
		sc := bufio.NewScanner(sout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	for e.url == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("souq serve exited")
			}
			if f := strings.Fields(l); len(f) == 2 && f[0] == "server" {
				e.url = f[1]
			}
		case <-time.After(60 * time.Second):
			t.Fatal("souq serve did not start within 60s")
		}
	}
	t.Logf("souq serving at %s after %s", e.url, time.Since(started).Round(time.Millisecond))

	// An ETH sale.
	payout := common.HexToAddress("0x1111111111111111111111111111111111111111")
	e.chat(merchantWa, "register "+payout.Hex())
	e.chat(merchantWa, "courier add +"+courierWa)
	e.chat(customerWa, "yes")
	o := e.newOffer("sell 1 tea 0.01 ETH to +1 650 555 1234")
	if o.Status != "offered" || o.Total != "0.01 ETH" {
		t.Fatalf("offer = %+v", o)
	}
	// Today the customer's custodial wallet pays its own gas: the customer deposits ETH into it
	// (amount + gas). When gasless lands, the relayer pays the gas and this deposit shrinks to
	// the price for ETH orders.
	wallet := e.buyer(o.ID)
	e.send(whale, wallet, big.NewInt(2e16), nil)
	e.chat(customerWa, "pay "+o.Ref)
	e.waitStatus(o.Ref, "paid")
	e.chat(merchantWa, "shipped "+o.Ref)
	e.waitStatus(o.Ref, "shipped")
	e.photo(courierWa, o.ID)
	e.waitStatus(o.Ref, "delivered")
	e.chat(customerWa, "received "+o.Ref)
	e.waitStatus(o.Ref, "released")
	t.Logf("ETH sale released after %s", time.Since(started).Round(time.Millisecond))

	// A token sale, paid by permit (domain version "2") from a wallet holding the tokens. Today
	// the custodial wallet also needs ETH for its gas (deposited above, what is left of it); when
	// gasless lands the relayer submits the permit and the customer holds only tokens.
	o = e.newOffer("sell 1 mug 5 USDC to +1 650 555 1234")
	if o.Total != "5.00 USDC" && o.Total != "5 USDC" {
		t.Fatalf("token offer = %+v", o)
	}
	if got := e.buyer(o.ID); got != wallet {
		t.Fatalf("buyer %s, want the customer's wallet %s", got, wallet)
	}
	e.send(whale, token, nil, mintCall(wallet, big.NewInt(5_000_000)))
	e.chat(customerWa, "pay "+o.Ref)
	e.waitStatus(o.Ref, "paid")
	e.chat(merchantWa, "shipped "+o.Ref)
	e.waitStatus(o.Ref, "shipped")
	e.photo(courierWa, o.ID)
	e.waitStatus(o.Ref, "delivered")
	e.chat(customerWa, "received "+o.Ref)
	e.waitStatus(o.Ref, "released")
	t.Logf("token sale released after %s", time.Since(started).Round(time.Millisecond))

	// A dispute, resolved by the arbiter in the customer's favour.
	o = e.newOffer("sell 1 vase 2 USDC to +1 650 555 1234")
	e.send(whale, token, nil, mintCall(wallet, big.NewInt(2_000_000)))
	e.chat(customerWa, "pay "+o.Ref)
	e.waitStatus(o.Ref, "paid")
	e.chat(customerWa, "dispute "+o.Ref+" it never came")
	e.waitStatus(o.Ref, "disputed")
	body, _ := json.Marshal(map[string]string{"buyer_amount": "2 USDC", "note": "no delivery"})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, e.url+"/api/v1/arbiter/orders/"+o.ID+"/resolve", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+arbiterKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	rb, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		t.Fatalf("resolve: %d %s", resp.StatusCode, rb)
	}
	e.waitStatus(o.Ref, "resolved")
	t.Logf("dispute resolved after %s", time.Since(started).Round(time.Millisecond))

	// A refund by the merchant from chat, before shipping. Today it is sent from the merchant's
	// custodial seller wallet, which pays its gas from what its stuck ETH payout holds (finding 2);
	// when gasless lands the relayer submits the merchant's signed refund.
	o = e.newOffer("sell 1 cup 1 USDC to +1 650 555 1234")
	e.send(whale, token, nil, mintCall(wallet, big.NewInt(1_000_000)))
	e.chat(customerWa, "pay "+o.Ref)
	e.waitStatus(o.Ref, "paid")
	e.chat(merchantWa, "refund "+o.Ref)
	e.waitStatus(o.Ref, "refunded")
	t.Logf("refund done after %s", time.Since(started).Round(time.Millisecond))

	// /readyz: the relayer is funded, the chain answers.
	resp, err = http.Get(e.url + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	rb, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(rb), `"status":"ready"`) {
		t.Fatalf("readyz %d: %s", resp.StatusCode, rb)
	}

	// The node restarts from genesis (Hardhat keeps no state) and the operator deploys again —
	// the contracts (and the token) land at the same addresses. souq, started on its old data directory, refuses
	// and says the chain was reset; before, it sent with nonces the chain refused ("nonce too
	// high") for ever.
	stopServe.Do(func() {
		_ = serve.Process.Signal(syscall.SIGTERM)
		_ = serve.Wait()
	})
	stopHardhat()
	rpcURL, _ = startHardhat(t, ctx, root)
	e.client.Close()
	if e.client, err = ethclient.DialContext(ctx, rpcURL); err != nil {
		t.Fatal(err)
	}
	e.send(whale, addr, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), nil)
	e.send(whale, book["arbiter"], big.NewInt(1e18), nil) // as before the reset: the token lands where it did
	e.souq("deploy", "--eth-rpc", rpcURL, "--eth-chain-id", "31337")
	if again := e.deploy(whale, filepath.Join(root, "chain/escrow/testdata/PermitV2Token.bin")); again != token {
		t.Fatalf("token redeployed at %s, was %s", again, token)
	}
	again := exec.CommandContext(ctx, bin, "serve", "--data", e.data, "--eth-rpc", rpcURL, "--eth-chain-id", "31337",
		"--deployment", dep, "--token", token.Hex(), "--http-addr", "127.0.0.1:0")
	again.Env = e.env
	out2, err := again.CombinedOutput()
	if err == nil || !strings.Contains(string(out2), "chain was reset") {
		t.Fatalf("souq serve on a reset chain: %v\n%s", err, out2)
	}
	t.Logf("reset chain refused: %s", lastLine(string(out2)))
	fmt.Fprintf(os.Stderr, "external node test: %s\n", time.Since(started).Round(time.Millisecond))
}

func ethereumCall(from, to common.Address, value *big.Int, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Value: value, Data: data}
}

// newMultipart writes the simulator's upload form (a delivery photo) and returns its content type.
func newMultipart(buf *bytes.Buffer, from, caption string) string {
	mw := multipart.NewWriter(buf)
	_ = mw.WriteField("from", from)
	_ = mw.WriteField("caption", caption)
	fw, _ := mw.CreateFormFile("photo", "delivery.jpg")
	_, _ = fw.Write([]byte("\xff\xd8\xff\xe0 a delivery photo"))
	mw.Close()
	return mw.FormDataContentType()
}

// deploy sends the creation code in binFile (hex) from key and returns the contract's address.
func (e *extNode) deploy(key *ecdsa.PrivateKey, binFile string) common.Address {
	e.t.Helper()
	raw, err := os.ReadFile(binFile)
	if err != nil {
		e.t.Fatal(err)
	}
	code := common.FromHex(strings.TrimSpace(string(raw)))
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := e.client.PendingNonceAt(e.ctx, from)
	if err != nil {
		e.t.Fatal(err)
	}
	head, _ := e.client.HeaderByNumber(e.ctx, nil)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(31337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(31337), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: 3_000_000, Data: code,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.client.SendTransaction(e.ctx, tx); err != nil {
		e.t.Fatal(err)
	}
	var addr common.Address
	e.eventually("the token deployed", func() bool {
		r, err := e.client.TransactionReceipt(e.ctx, tx.Hash())
		if err != nil {
			return false
		}
		if r.Status != types.ReceiptStatusSuccessful {
			e.t.Fatal("token deployment reverted")
		}
		addr = r.ContractAddress
		return true
	})
	return addr
}

// mintCall is PermitV2Token's mint(to, amount).
func mintCall(to common.Address, amount *big.Int) []byte {
	data := crypto.Keccak256([]byte("mint(address,uint256)"))[:4]
	data = append(data, common.LeftPadBytes(to.Bytes(), 32)...)
	return append(data, common.LeftPadBytes(amount.Bytes(), 32)...)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
