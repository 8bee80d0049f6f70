# souq — build, test and run. `make run` needs Go only; Node (22, from npm) is needed to build and
# test the contracts and is installed into node_modules by `make setup`.
SHELL := /bin/bash
GO ?= go
NODE := node_modules/.bin/node
HARDHAT := $(NODE) node_modules/.bin/hardhat
ABIGEN := $(GO) run github.com/ethereum/go-ethereum/cmd/abigen
CONTRACTS := Escrow EventAnchor TestToken
GOTEST_FLAGS ?= -count=1 -timeout 15m

.PHONY: all setup node-setup go-setup contracts bindings test test-contracts test-go test-nodes test-browser browser-setup bench lint run build clean soak soak-short

all: build

setup: node-setup go-setup

# npm run under an old system Node skips EDR's native package (it wants Node >= 22), so it is pinned
# in package.json's devDependencies; the `node` package then gives Node 22 to everything below.
node-setup: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	$(NODE) --version
	@touch $@

go-setup:
	$(GO) mod download

contracts: node-setup
	$(HARDHAT) build --quiet

# Go bindings (generated, committed): one package per contract under chain/bindings/<name>.
bindings: contracts
	$(GO) run ./scripts/genbindings -artifacts artifacts -out chain/bindings $(CONTRACTS)

test: test-contracts test-go test-nodes soak-short test-browser

test-contracts: contracts
	$(HARDHAT) test solidity

# The bindings test compares the committed bindings with a fresh abigen run over the artifacts.
test-go: contracts
	$(GO) vet ./...
	SOUQ_ARTIFACTS=$(CURDIR)/artifacts $(GO) test $(GOTEST_FLAGS) ./...

# souq against a node we did not write, by configuration only: Hardhat's node (EDR, from our npm
# devDependencies) on a free port; `souq keys create` funded once, `souq deploy`, `souq serve
# --eth-rpc … --deployment …`, and sales through the simulator's signed webhooks (about 20 s).
test-nodes: node-setup
	$(GO) test -tags externalnode -count=1 -timeout 5m -run 'TestHardhatNode' ./cmd/souq

# The simulator's chat page in headless Chromium (Debian's package), driven by playwright-core, on the
# real `souq serve` (dev chain, Stellar sandbox): opt-in, commands, a whole sale by taps, languages.
test-browser: node-setup browser-setup
	SOUQ_E2E_STACK=serve $(NODE) bot/whatsapp/simulator/e2e/browser.cjs

# Chromium comes from Debian: installed here when missing and we are root (CI, a fresh machine), with
# a colour emoji font so the chat page's 📷 and reactions show in the screenshots, not as boxes.
browser-setup:
	@if [ ! -x "$${CHROMIUM:-/usr/bin/chromium}" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "the browser test needs Chromium: sudo apt-get install chromium (or set CHROMIUM)"; exit 1; fi; fi
	@if [ ! -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] && [ "$$(id -u)" = 0 ]; then \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-color-emoji >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-color-emoji >/dev/null; }; fi

# Benchmarks: every Go benchmark, each one iteration of its whole workload: the contracts' gas table
# (chain/bindings), anchoring, sender, Stellar and webhook throughput, and complete sales with 1, 10 and
# 50 customers on the embedded default (cmd/souq BenchmarkSales, some 6 minutes; its settings are
# SOUQ_BENCH_SALES_* in cmd/souq/sales_bench_test.go; its tables also go to bench/sales.txt).
bench:
	mkdir -p bench
	set -o pipefail; SOUQ_BENCH_DIR=$(CURDIR)/bench $(GO) test -run '^$$' -bench . -benchtime 1x -timeout 30m ./... | tee bench/go-bench.txt
	@echo "gas table: bench/gas.md; all figures: bench/go-bench.txt"

# The soak: real `souq serve` processes driven through every path of a sale at human pace by signed
# webhooks, killed with SIGKILL and restarted, judged from the chains (see internal/soak). It exits 1 on
# any violation and prints where souq's logs are. SOAK_CHAIN=separate runs the chain in its own process
# (`souq devchain`), stopped, restarted and stalled; SOAK_FLAGS adds any other flag (-seed N …).
SOAK_CHAIN ?= embedded
SOAK_FLAGS ?=
# Short form (~10 sales, a few kills, under 3 minutes): meant for `make test`.
# Each writes its figures as JSON (internal/soak Summary, "souq.soak.v1") to bench/soak-short.json or
# bench/soak.json for a benchmark or CI step.
soak-short:
	mkdir -p bench
	$(GO) run ./cmd/soak -chain $(SOAK_CHAIN) -seed 1 -sales 10 -customers 4 -merchants 2 -kills 3 -graph-faults 2 -horizon-faults 2 \
	  -think-min 500ms -think-max 2s -duration 170s -settle 50s -json bench/soak-short.json $(SOAK_FLAGS)

# Long form: at least 100 sales over every path and 30 kills, human pacing (think 1–8 s).
soak:
	mkdir -p bench
	$(GO) run ./cmd/soak -chain $(SOAK_CHAIN) -seed 1 -sales 120 -customers 12 -merchants 4 -kills 48 -graph-faults 8 -horizon-faults 6 \
	  -chain-faults 6 -think-min 1s -think-max 8s -step-timeout 3m -travel-gap 60s -duration 60m -settle 3m -json bench/soak.json $(SOAK_FLAGS)

# Lint: gofmt, go vet and staticcheck (its checks, and ST1000 — every package has a doc comment —
# are set in staticcheck.conf). staticcheck runs at a pinned version through the Go module proxy,
# outside go.mod so its dependencies never move the product's.
STATICCHECK_VERSION := v0.8.2
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt: $$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

build:
	$(GO) build -o bin/souq ./cmd/souq

run: build
	./bin/souq serve

clean:
	rm -rf artifacts cache bin bench
