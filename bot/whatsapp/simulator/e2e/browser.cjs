// Browser test of the WhatsApp simulator page: headless Chromium (Debian's package) driven by
// playwright-core. It starts the e2e stack (go run ./bot/whatsapp/simulator/e2e), opens the page,
// and as a person would: opts in by tapping YES, sends commands, taps an offer's Pay button, and
// checks the replies — including that Arabic replies render right to left.
//
//   node bot/whatsapp/simulator/e2e/browser.cjs        (from the repository root)
// Env: CHROMIUM (default /usr/bin/chromium), SOUQ_E2E_URL (use a running stack instead),
// SOUQ_E2E_STACK=serve: run the real `souq serve` (dev chain, Stellar sandbox, the sale service) in a
// temporary data directory instead of the e2e stack (the sale service on fakes of the chain and
// ledger), and play a whole sale through the
// page at a person's pace: pay, ship, the named courier's photo, confirm receipt, points, a redeem,
// a dispute the arbiter splits, an offer WhatsApp could not deliver; people write in English,
// Portuguese, Italian and Arabic. Screenshots go to bench/browser/ (SOUQ_E2E_SHOTS to change).
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
const shots = process.env.SOUQ_E2E_SHOTS || path.join(root, "bench", "browser");

// think is a person's pause between two actions (people read, then tap): 300–900 ms, seeded.
let seed = 7;
function think() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return new Promise(r => setTimeout(r, 300 + (seed % 600)));
}

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
        // souq serve writes the arbiter key on first start (the support agent's pane needs it).
        key: () => fs.readFileSync(path.join(data, "data", "arbiter-key"), "utf8").trim(),
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
  if (process.env.SOUQ_E2E_URL) return Promise.resolve({ url: process.env.SOUQ_E2E_URL, key: () => process.env.SOUQ_ARBITER_KEY || "", stop() {} });
  if (realServer) return startServe();
  return new Promise((resolve, reject) => {
    const go = process.env.GO || "go";
    const child = spawn(go, ["run", "./bot/whatsapp/simulator/e2e"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
    const timer = setTimeout(() => { child.kill(); reject(new Error("stack did not start in 120 s")); }, 120000);
    child.on("exit", code => reject(new Error("stack exited with " + code)));
    readline.createInterface({ input: child.stdout }).once("line", line => {
      clearTimeout(timer);
      const { url, arbiter_key } = JSON.parse(line);
      resolve({ url, key: () => arbiter_key, stop() { child.stdin.end(); child.kill("SIGINT"); } });
    });
  });
}

function pane(page, role) {
  return page.locator(`section.pane[data-role="${role}"]`);
}

async function say(page, role, text) {
  await think();
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

// newReply says text and waits for a new bubble from souq containing want (one more than before).
async function newReply(page, role, text, want) {
  const bubbles = pane(page, role).locator("li.bubble.out", { hasText: want });
  const n = await bubbles.count();
  await say(page, role, text);
  await bubbles.nth(n).waitFor({ state: "visible", timeout });
  return bubbles.nth(n);
}

// offeredOrderID finds the full order id in the Pay button of the latest offer the customer
// received, as the simulator recorded it.
async function offeredOrderID(url) {
  const res = await fetch(url + "/sim/api/messages?chat=16505551234&after=0");
  const all = [...(await res.text()).matchAll(/"pay:(?:0x)?([0-9a-f]{64})"/g)];
  if (all.length === 0) throw new Error("no offer with a Pay button in the customer's messages");
  return "0x" + all[all.length - 1][1];
}

// arbiter calls souq's arbiter API as the support desk would.
async function arbiter(stack, method, p, body) {
  const res = await fetch(stack.url + "/api/v1" + p, { method, body: body && JSON.stringify(body),
    headers: { Authorization: "Bearer " + stack.key(), "Content-Type": "application/json" } });
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
  return res.json();
}

// shot saves a screenshot of the whole page (looked at by people, not compared by the test).
async function shot(page, name) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name + ".png"), fullPage: true });
}

// parcelPhoto is a real PNG (a parcel at a door, 64×48) the chat page can show, with a note and
// the time after its end so each run's photo hash differs (decoders ignore bytes after IEND).
const parcelPNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAWUlEQVR42u3YsQ0AEABEUdOZSUxlDGtoNJbQqVWCvOS3V7z2Quvj6QIAAAAAAAAAwEFAyXGzXtNqfwUAAAAAAAAAAAAAAAAAAAAAAAAAcCPAOw0AAADwFWACI/RCRaJ921oAAAAASUVORK5CYII=", "base64");
function parcelPhoto(note) {
  return Buffer.concat([parcelPNG, Buffer.from(" " + note + " " + Date.now())]);
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
    check("three chats and the support agent's pane", (await page.locator("section.pane").count()) === 4 && (await pane(page, "agent").count()) === 1);

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

    // A 👍 on souq's reply draws no answer: the next answer is the one to the next command.
    const cust = pane(page, "customer");
    const before = await cust.locator("li.bubble.out").count();
    await cust.locator('select[name="kind"]').selectOption("reaction");
    await cust.locator("button.send-kind").click();
    await cust.locator("li.bubble.in", { hasText: "👍 (reaction)" }).waitFor();
    await newReply(page, "customer", "orders", "no orders yet");
    check("a reaction is recorded and not answered", (await cust.locator("li.bubble.out").count()) === before + 1);

    // A person to talk to: the customer asks, the agent answers in the fourth pane and hands back.
    await say(page, "customer", "agent");
    await reply(page, "customer", "a person from our team will answer");
    const desk = pane(page, "agent");
    await desk.locator("input.key").fill(stack.key());
    await desk.locator("input.key").dispatchEvent("change");
    const ticket = desk.locator("li.ticket").first();
    await ticket.waitFor();
    await say(page, "customer", "where is my order?");
    await ticket.locator("li.customer", { hasText: "where is my order?" }).waitFor();
    await ticket.locator('input[name="text"]').fill("Hello, I'm Rana. Let me check.");
    await ticket.locator('form.agent-reply button[type="submit"]').click();
    await reply(page, "customer", "Rana (souq support");
    await desk.locator("li.ticket").first().locator("button.hand-back").click();
    await reply(page, "customer", "back with the souq assistant");
    await desk.locator("li.hint", { hasText: "No open tickets" }).waitFor();
    await newReply(page, "customer", "points", "You have 0 points");
    check("agent hand-off and hand-back in the fourth pane; the bot answers again", true);
    await shot(page, "01-agent-hand-back");

    // Merchant (Portuguese, from +55) registers and offers; the customer pays with one tap.
    await say(page, "merchant", "cadastrar 0x1111111111111111111111111111111111111111");
    await reply(page, "merchant", "Cadastro de lojista feito");
    await say(page, "merchant", "entregador adicionar +39 333 123 4567");
    await reply(page, "merchant", "agora é um dos seus entregadores");
    await say(page, "merchant", "vender 2 café 30 USDC para +1 650 555 1234");
    const offer = await reply(page, "customer", "offers you 2× café.");
    await offer.locator("span.text", { hasText: "You pay: 30.00 USDC" }).waitFor(); // the amount charged, before any tap
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
      await think();
      await courier.locator('input[name="caption"]').fill(ref);
      await courier.locator('input[type="file"]').setInputFiles({ name: "door.png", mimeType: "image/png", buffer: parcelPhoto("parcel at the door") });
      await reply(page, "courier", ref); // the courier (+39) is answered in Italian
      await reply(page, "customer", `Order ${ref} was delivered`);
      const shown = await courier.locator(".bubble img").last().evaluate(img => img.complete && img.naturalWidth === 64);
      check("the courier's photo shows in their chat", shown);
      await say(page, "merchant", "fidelidade 1 por 10 USDC");
      await reply(page, "merchant", "Regra de fidelidade salva");
      await say(page, "customer", "received " + ref);
      const done = await reply(page, "customer", `Order ${ref} is complete`);
      await reply(page, "customer", "You earned 3 points"); // on Stellar, when the escrow released
      check("whole sale on the dev chain: shipped, courier photo (answered in Italian), delivered, released, 3 points", true);

      // The release notice links souq's own transaction page (the dev chain has no explorer): the
      // transaction and its Released event, read from the chain, amounts in the token's decimals.
      const link = /https?:\/\/\S+\/tx\/0x[0-9a-fA-F]{64}/.exec(await done.innerText());
      check("the release notice links its transaction", link !== null);
      const tx = await ctx.newPage();
      await tx.goto(link[0]);
      await tx.locator("h3", { hasText: "Released to the seller" }).waitFor();
      const txText = await tx.locator("body").innerText();
      check("the transaction page shows the Released event: 29.70 USDC to the seller, 0.30 USDC fee", txText.includes("29.70 USDC") && txText.includes("0.30 USDC"));
      await shot(tx, "02a-tx-release");
      await tx.close();
      await shot(page, "02-sale-complete");

      // Redeem: the answer says the burn is under way; the ledger's close is told next.
      await say(page, "customer", "redeem 2");
      await reply(page, "customer", "Redeeming 2 points");
      await reply(page, "customer", "Points burned (2 points)");
      check("redeem 2: under way, then burned on the ledger", true);

      // A second sale ends in a dispute the arbiter splits; each side told in their language.
      await say(page, "merchant", "vender 1 bolo 20 USDC para +1 650 555 1234");
      const offer2 = await reply(page, "customer", "offers you 1× bolo.");
      await think();
      await offer2.locator("button.reply", { hasText: "Pay" }).click();
      const id2 = await offeredOrderID(stack.url);
      const ref2 = id2.slice(2, 10);
      await reply(page, "merchant", `${ref2} foi pago`);
      await say(page, "merchant", "enviado " + ref2);
      await reply(page, "customer", `Order ${ref2} has shipped`);
      await say(page, "merchant", `atribuir ${ref2} +39 333 123 4567`);
      await reply(page, "courier", `consegnare l'ordine ${ref2}`);
      await think();
      await courier.locator('input[name="caption"]').fill(ref2);
      await courier.locator('input[type="file"]').setInputFiles({ name: "door2.png", mimeType: "image/png", buffer: parcelPhoto("cake at the door") });
      await reply(page, "customer", `Order ${ref2} was delivered`);
      await say(page, "customer", `dispute ${ref2} the cake arrived crushed`);
      await reply(page, "merchant", `Foi aberta uma disputa no pedido ${ref2}`);
      await think();
      await arbiter(stack, "POST", `/arbiter/orders/${id2}/resolve`, { buyer_amount: "8.00 USDC", note: "half the cake was fine" });
      await reply(page, "customer", `The dispute on order ${ref2} was resolved: 8.00 USDC back to the buyer`);
      await reply(page, "merchant", `A disputa do pedido ${ref2} foi resolvida: 8,00 USDC devolvidos`);
      // The refund lands in the customer's souq wallet, and the deposit watcher says so (before the
      // next offer: the fault below takes the next message to the customer).
      await reply(page, "customer", "Received 8.00 USDC on your souq wallet");
      check("dispute split by the arbiter; the customer told in English, the merchant in Portuguese (8,00); the refund told as a deposit", true);
      await shot(page, "03-dispute-resolved");

      // An offer WhatsApp accepts and then cannot deliver (131026): the merchant is told, in Portuguese.
      const fault = await fetch(stack.url + "/sim/api/faults", { method: "POST", body: JSON.stringify({ code: 131026, count: 1, to: "16505551234", async: true }) });
      if (fault.status !== 204) throw new Error("fault not set: " + fault.status);
      await say(page, "merchant", "vender 1 chá 5 USDC para +1 650 555 1234");
      await reply(page, "merchant", "não chegou ao cliente");
      check("failed delivery status of an offer: the merchant told in Portuguese", true);
      await shot(page, "04-offer-undelivered");
    }

    // A failure is a helpful reply.
    await say(page, "customer", "status 12");
    await reply(page, "customer", "isn't an order number");
    check("bad order number explained", true);

    // Arabic renders right to left.
    // A new bubble: English menus name العربية too.
    const ar = await newReply(page, "customer", "lang ar", "العربية");
    const rtl = await ar.locator("span.text").first().evaluate(el => el.matches(":dir(rtl)") && getComputedStyle(el).direction === "rtl");
    const ltr = await (await reply(page, "customer", "Payment confirmed")).locator("span.text").first().evaluate(el => el.matches(":dir(ltr)"));
    check("Arabic reply laid out right-to-left, English left-to-right", rtl === true && ltr === true);

    await shot(page, "05-arabic");
    if (realServer) {
      // The next offer's payment page speaks the customer's chat language (Arabic now, right to
      // left), and its wallet link is live, with its QR code.
      await say(page, "merchant", "vender 1 chá 12.50 USDC para +1 650 555 1234");
      await reply(page, "customer", "12.50 USDC");
      const pay = await ctx.newPage();
      await pay.goto(stack.url + "/pay/" + (await offeredOrderID(stack.url)));
      const href = await pay.locator("a.btn").getAttribute("href");
      const dir = await pay.locator("html").getAttribute("dir");
      const qr = await pay.locator("img.qr").evaluate(img => img.complete && img.naturalWidth > 0);
      check("the payment page in Arabic (rtl) with a live EIP-681 link and its QR code", dir === "rtl" && /^ethereum:0x[0-9a-fA-F]{40}@\d+\/transfer\?address=0x[0-9a-fA-F]{40}&uint256=12500000$/.test(href) && qr);
      await shot(pay, "06-pay-ar");
      await pay.goto(pay.url() + "?lang=pt");
      const ptText = await pay.locator("body").innerText();
      check("the payment page in Portuguese writes money and time as the chat does (12,50 USDC, 2 dias)", ptText.includes("Você paga") && ptText.includes("12,50 USDC") && ptText.includes("2 dias"));
      await shot(pay, "07-pay-pt");
      await pay.close();
    }
    console.log(`browser: ${checks.length} passed, 0 failed`);
  } finally {
    if (ctx) await ctx.close();
    stack.stop();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), err => { console.error(err); process.exit(1); });
