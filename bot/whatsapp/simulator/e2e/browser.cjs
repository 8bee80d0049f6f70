// Browser test of the WhatsApp simulator page: headless Chromium (Debian's package) driven by
// playwright-core. It starts the e2e stack (go run ./bot/whatsapp/simulator/e2e), opens the page,
// and as a person would: opts in by tapping YES, sends commands, taps an offer's Pay button, and
// checks the replies — including that Arabic replies render right to left.
//
//   node bot/whatsapp/simulator/e2e/browser.cjs        (from the repository root)
// Env: CHROMIUM (default /usr/bin/chromium), SOUQ_E2E_URL (use a running stack instead),
// SOUQ_E2E_STACK=serve: run the real `souq serve` (dev chain, Stellar sandbox, the sale service) in a
// temporary data directory instead of the in-memory sale service, and play a whole sale through the
// page: pay, ship, the courier's photo, confirm receipt, points.
"use strict";

const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const readline = require("node:readline");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "../../../..");
const timeout = process.env.SOUQ_E2E_STACK === "serve" ? 60000 : 20000;

const realServer = process.env.SOUQ_E2E_STACK === "serve";

// startServe builds and runs `souq serve` on free ports in a temporary data directory and resolves
// with the server's URL from the lines it prints. (The binary is built first so that stopping it
// stops souq itself: `go run` does not pass signals on.)
function startServe() {
  const go = process.env.GO || "go";
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "souq-browser-"));
  const bin = path.join(data, "souq");
  const build = spawnSync(go, ["build", "-o", bin, "./cmd/souq"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) return Promise.reject(new Error("go build ./cmd/souq failed"));
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ["serve", "--data", path.join(data, "data"), "--http-addr", "127.0.0.1:0", "--eth-rpc-addr", "127.0.0.1:0"],
      { cwd: data, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, SOUQ_LOG_LEVEL: "error" } });
    const timer = setTimeout(() => { child.kill(); reject(new Error("souq serve did not start in 120 s")); }, 120000);
    child.on("exit", code => reject(new Error("souq serve exited with " + code)));
    readline.createInterface({ input: child.stdout }).on("line", line => {
      const m = /^\s*server\s+(http\S+)/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1],
        stop() {
          child.removeAllListeners("exit");
          child.on("exit", () => fs.rmSync(data, { recursive: true, force: true }));
          child.kill("SIGINT");
        },
      });
    });
  });
}

function startStack() {
  if (process.env.SOUQ_E2E_URL) return Promise.resolve({ url: process.env.SOUQ_E2E_URL, stop() {} });
  if (realServer) return startServe();
  return new Promise((resolve, reject) => {
    const go = process.env.GO || "go";
    const child = spawn(go, ["run", "./bot/whatsapp/simulator/e2e"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
    const timer = setTimeout(() => { child.kill(); reject(new Error("stack did not start in 120 s")); }, 120000);
    child.on("exit", code => reject(new Error("stack exited with " + code)));
    readline.createInterface({ input: child.stdout }).once("line", line => {
      clearTimeout(timer);
      const { url } = JSON.parse(line);
      resolve({ url, stop() { child.stdin.end(); child.kill("SIGINT"); } });
    });
  });
}

function pane(page, role) {
  return page.locator(`section.pane[data-role="${role}"]`);
}

async function say(page, role, text) {
  const p = pane(page, role);
  await p.locator('input[name="text"]').fill(text);
  await p.locator('.composer button[type="submit"]').click();
}

// reply waits for a bubble from souq in the pane containing text, and returns it.
async function reply(page, role, text) {
  const b = pane(page, role).locator("li.bubble.out", { hasText: text }).last();
  await b.waitFor({ state: "visible", timeout });
  return b;
}

// offeredOrderID finds the full order id (the courier's caption) in the Pay button of the offer the
// customer received, as the simulator recorded it.
async function offeredOrderID(url) {
  const res = await fetch(url + "/sim/api/messages?chat=16505551234&after=0");
  const m = /"pay:(?:0x)?([0-9a-f]{64})"/.exec(await res.text());
  if (!m) throw new Error("no offer with a Pay button in the customer's messages");
  return "0x" + m[1];
}

async function main() {
  const stack = await startStack();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "souq-chromium-"));
  let ctx;
  const checks = [];
  const check = (name, ok) => { checks.push(name); if (!ok) throw new Error("check failed: " + name); console.log("ok  " + name); };
  try {
    ctx = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = await ctx.newPage();
    page.setDefaultTimeout(timeout);
    await page.goto(stack.url + "/sim/");
    await pane(page, "courier").waitFor();
    check("three panes", (await page.locator("section.pane").count()) === 3);

    // Opt-in by taps: hi -> welcome with a YES button -> tap it.
    await say(page, "customer", "hi");
    const welcome = await reply(page, "customer", "Reply YES");
    await welcome.locator("button.reply", { hasText: "YES" }).click();
    await reply(page, "customer", "You're in");
    check("opt-in by tapping YES", true);

    // A command, with its reply.
    await say(page, "customer", "points");
    await reply(page, "customer", "You have 0 points");
    check("points command answered", true);

    // Merchant (Portuguese, from +55) registers and offers; the customer pays with one tap.
    await say(page, "merchant", "cadastrar 0x1111111111111111111111111111111111111111");
    await reply(page, "merchant", "Cadastro de lojista feito");
    await say(page, "merchant", "vender 2 café 30 USDC para +1 650 555 1234");
    const offer = await reply(page, "customer", "offers you 2× café for 30.00 USDC");
    await offer.locator("button.reply", { hasText: "Pay" }).click();
    await reply(page, "customer", "Payment confirmed");
    await reply(page, "merchant", "foi pago");
    check("offer paid by tapping Pay; merchant told in Portuguese", true);

    if (realServer) {
      // The rest of the sale, on the dev chain: ship, the courier's photo, confirm, points.
      const id = await offeredOrderID(stack.url);
      const ref = id.slice(2, 10);
      await say(page, "merchant", "enviado " + ref);
      await reply(page, "customer", `Order ${ref} has shipped`);
      const courier = pane(page, "courier");
      await courier.locator('input[name="caption"]').fill(id);
      await courier.locator('input[type="file"]').setInputFiles({ name: "door.png", mimeType: "image/png", buffer: Buffer.from("parcel at the door " + Date.now()) });
      await reply(page, "courier", ref); // the courier (+39) is answered in Italian
      await reply(page, "customer", `Order ${ref} was delivered`);
      await say(page, "merchant", "fidelidade 1 por 10 USDC");
      await reply(page, "merchant", "Regra de fidelidade salva");
      await say(page, "customer", "received " + ref);
      await reply(page, "customer", `Order ${ref} is complete`);
      await reply(page, "customer", "You earned 3 points"); // on Stellar, when the escrow released
      check("whole sale on the dev chain: shipped, courier photo (answered in Italian), delivered, released, 3 points", true);
    }

    // A failure is a helpful reply.
    await say(page, "customer", "status 12");
    await reply(page, "customer", "isn't an order number");
    check("bad order number explained", true);

    // Arabic renders right to left.
    await say(page, "customer", "lang ar");
    const ar = await reply(page, "customer", "العربية");
    const rtl = await ar.locator("span.text").first().evaluate(el => el.matches(":dir(rtl)") && getComputedStyle(el).direction === "rtl");
    const ltr = await (await reply(page, "customer", "Payment confirmed")).locator("span.text").first().evaluate(el => el.matches(":dir(ltr)"));
    check("Arabic reply laid out right-to-left, English left-to-right", rtl === true && ltr === true);

    if (process.env.SOUQ_E2E_SCREENSHOT) await page.screenshot({ path: process.env.SOUQ_E2E_SCREENSHOT, fullPage: true });
    console.log(`browser: ${checks.length} passed, 0 failed`);
  } finally {
    if (ctx) await ctx.close();
    stack.stop();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), err => { console.error(err); process.exit(1); });
