// souq WhatsApp simulator page: three chats, each polling the simulator for its messages and
// sending what the person types, taps or uploads (the simulator turns it into a signed webhook),
// and a support agent's pane on souq's arbiter API (open tickets, a person's reply, hand-back).
"use strict";

const roles = ["customer", "merchant", "courier"];
const panes = {};

function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

async function send(pane, payload) {
  const res = await fetch("api/send", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ from: pane.phone.value, ...payload }) });
  if (!res.ok) alert("not sent: " + await res.text());
  poll(pane, false);
}

// Each text gets dir="auto": its first strong character (the RLM souq puts before Arabic lines)
// decides its direction, as WhatsApp does.
function text(s) { return el("span", { class: "text", dir: "auto" }, s); }

function renderOut(pane, e) {
  const m = JSON.parse(JSON.stringify(e.body));
  const b = el("li", { class: "bubble out", "data-id": e.id });
  const reply = (id, title, kind) => el("button", { class: "reply", type: "button", dir: "auto", "data-reply-id": id,
    onclick: () => send(pane, { button_id: id, title, kind, reply_to: e.id }) }, title);
  if (m.type === "text") {
    b.append(text(m.text.body));
  } else if (m.type === "template") {
    b.classList.add("template");
    const t = m.template, comps = t.components || [];
    const body = comps.find(c => c.type === "body");
    b.append(el("span", { class: "header" }, "Template " + t.name + " (" + t.language.code + ")"));
    if (body) b.append(text(body.parameters.map(p => p.text).join("\n")));
    const qr = comps.filter(c => c.type === "button" && c.sub_type === "quick_reply");
    if (qr.length) b.append(el("div", { class: "actions" }, ...qr.map(c => reply(c.parameters[0].payload, c.parameters[0].payload.replace(/:$/, ""), "quick_reply"))));
  } else if (m.type === "interactive") {
    const i = m.interactive;
    if (i.header && i.header.text) b.append(el("span", { class: "header", dir: "auto" }, i.header.text));
    b.append(text(i.body.text));
    if (i.footer) b.append(el("span", { class: "footer", dir: "auto" }, i.footer.text));
    if (i.type === "button") {
      b.append(el("div", { class: "actions" }, ...i.action.buttons.map(x => reply(x.reply.id, x.reply.title, "button_reply"))));
    } else if (i.type === "list") {
      const rows = el("div", { class: "actions rows" });
      for (const s of i.action.sections) for (const r of s.rows) {
        const btn = reply(r.id, r.title, "list_reply");
        if (r.description) btn.append(el("small", { dir: "auto" }, r.description));
        rows.append(btn);
      }
      b.append(el("div", { class: "actions" }, el("button", { type: "button", class: "list-open", onclick: () => rows.classList.toggle("open") }, "☰ " + i.action.button)), rows);
    } else if (i.type === "cta_url") {
      b.append(el("div", { class: "actions" }, el("a", { href: i.action.parameters.url, target: "_blank", rel: "noopener", class: "cta" }, "↗ " + i.action.parameters.display_text)));
    } else if (i.type === "location_request_message") {
      b.append(el("div", { class: "actions" }, el("button", { type: "button", class: "send-location", onclick: () => sendLocation(pane) }, "📍 Send location")));
    }
  } else {
    b.append(text("[" + m.type + "]"));
  }
  b.append(el("span", { class: "meta", dir: "ltr" }, (e.status || "") + " · " + new Date(e.at).toLocaleTimeString()));
  return b;
}

function renderIn(e) {
  const m = e.body;
  const b = el("li", { class: "bubble in", "data-id": e.id });
  if (m.type === "text") b.append(text(m.text.body));
  else if (m.type === "interactive") b.append(text("↩ " + (m.interactive.button_reply || m.interactive.list_reply).title));
  else if (m.type === "button") b.append(text("↩ " + m.button.text));
  else if (m.type === "location") b.append(text("📍 " + m.location.latitude + ", " + m.location.longitude));
  else if (m.type === "image") b.append(el("img", { src: "api/media/" + encodeURIComponent(m.image.id), alt: "photo" }), m.image.caption ? text(m.image.caption) : null);
  else if (m.type === "reaction") b.append(text(m.reaction.emoji ? m.reaction.emoji + " (reaction)" : "reaction removed"));
  else if (m.type === "sticker") b.append(text("[sticker]"));
  else if (m.type === "contacts") b.append(text("👤 " + m.contacts.map(c => c.name.formatted_name + " " + c.phones.map(p => p.phone).join(", ")).join("; ")));
  else if (m.type === "system") b.append(text("⚙ " + m.system.body));
  else if (m.type === "order") b.append(text("🛒 " + m.order.product_items.map(i => i.quantity + "× " + i.product_retailer_id + " @ " + i.item_price + " " + i.currency).join(", ")));
  if (m.referral) b.append(el("span", { class: "footer" }, "from the ad “" + m.referral.headline + "”"));
  b.append(el("span", { class: "meta", dir: "ltr" }, "webhook " + (e.status || "…")));
  return b;
}

// sendKind sends one of the other kinds Meta documents (the text box gives its parameter).
async function sendKind(pane, kind) {
  const input = pane.node.querySelector('input[name="text"]');
  const arg = input.value.trim();
  const lastOut = [...pane.chat.querySelectorAll("li.bubble.out")].pop();
  switch (kind) {
    case "reaction": case "unreaction":
      if (!lastOut) { alert("nothing from souq to react to yet"); return; }
      return send(pane, { type: "reaction", reply_to: lastOut.dataset.id, emoji: kind === "reaction" ? "👍" : "" });
    case "sticker": return send(pane, { type: "sticker" });
    case "contacts": input.value = ""; return send(pane, { type: "contacts", contact: "Ana Souza", text: arg || "+55 11 98888-7777" });
    case "system":
      if (!arg) { alert("write the new number in the text box"); return; }
      input.value = "";
      await send(pane, { type: "system", new_number: arg });
      pane.phone.value = arg.replace(/\D/g, "").replace(/^00/, "");
      pane.chat.replaceChildren(); pane.after = 0;
      return;
    case "referral": input.value = ""; return send(pane, { type: "referral", text: arg || "Hi! I saw your ad." });
    case "order": input.value = ""; return send(pane, { type: "order", text: arg, items: [
      { product_retailer_id: "di9ozbzfi4", quantity: 2, item_price: "7.99", currency: "USD" },
      { product_retailer_id: "nqryix03ez", quantity: 1, item_price: "30", currency: "USD" }] });
    case "fail": {
      const res = await fetch("api/faults", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code: 131026, count: 1, to: pane.phone.value, async: true }) });
      if (!res.ok) alert("not set: " + await res.text());
      return;
    }
  }
}

// The support agent's pane: souq's arbiter API, with the key the agent types.
const agent = { node: null, key: "", seen: "" };

async function arbiter(method, path, body) {
  const res = await fetch("../api/v1/arbiter" + path, { method, headers: { "Authorization": "Bearer " + agent.key,
    "Content-Type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  if (!res.ok && res.status !== 204) throw new Error(res.status + " " + await res.text());
  return res.status === 204 ? null : res.json();
}

function renderTicket(t) {
  const lines = el("ol", { class: "lines" }, ...t.messages.map(l => el("li", { class: l.from, dir: "auto" }, l.text)));
  const orders = t.orders.map(o => o.ref + " " + o.status + " " + o.total).join(" · ");
  const form = el("form", { class: "agent-reply" }, el("input", { name: "text", autocomplete: "off", placeholder: t.in_window ? "Answer as a person" : "window closed: no free-form reply", "aria-label": "reply to " + t.id, dir: "auto" }),
    el("button", { type: "submit" }, "Send"));
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const input = form.elements.text;
    if (!input.value.trim()) return;
    try { await arbiter("POST", "/tickets/" + encodeURIComponent(t.id) + "/messages", { text: input.value, agent: "Rana" }); input.value = ""; }
    catch (err) { alert("not sent: " + err.message); }
    refreshTickets();
  });
  const back = el("button", { type: "button", class: "hand-back", onclick: async () => {
    try { await arbiter("POST", "/tickets/" + encodeURIComponent(t.id) + "/hand-back"); } catch (err) { alert(err.message); }
    refreshTickets();
  } }, "Hand back to the bot");
  return el("li", { class: "ticket", "data-ticket": t.id }, el("h3", {}, t.id + " · " + t.customer + (t.reason ? " · “" + t.reason + "”" : "")),
    orders ? el("div", { class: "orders" }, "Orders: " + orders) : null, lines, form, back);
}

async function refreshTickets() {
  if (!agent.key) return;
  try {
    const { tickets } = await arbiter("GET", "/tickets");
    const sig = JSON.stringify(tickets);
    if (sig === agent.seen) return; // keep what the agent is typing
    agent.seen = sig;
    const list = agent.node.querySelector(".tickets");
    list.replaceChildren(...(tickets.length ? tickets.map(renderTicket) : [el("li", { class: "hint" }, "No open tickets.")]));
  } catch (err) {
    agent.node.querySelector(".tickets").replaceChildren(el("li", { class: "hint" }, "arbiter API: " + err.message));
  }
}

function sendLocation(pane) {
  send(pane, { latitude: "-23.5613", longitude: "-46.6565" });
}

async function poll(pane, wait) {
  const q = new URLSearchParams({ chat: pane.phone.value, after: pane.after });
  if (wait) q.set("wait", "1");
  try {
    const res = await fetch("api/messages?" + q);
    const entries = await res.json();
    for (const e of entries) {
      pane.after = Math.max(pane.after, e.seq);
      const old = pane.chat.querySelector(`[data-id="${CSS.escape(e.id)}"]`);
      const node = e.dir === "out" ? renderOut(pane, e) : renderIn(e);
      if (old) old.replaceWith(node); else pane.chat.append(node);
    }
    if (entries.length) pane.chat.scrollTop = pane.chat.scrollHeight;
  } catch (err) { await new Promise(r => setTimeout(r, 1000)); }
}

async function loop(pane) {
  for (;;) {
    await poll(pane, true);
    // Statuses change entries already shown: refresh them now and then.
    if (Math.random() < 0.2) { pane.after = 0; }
  }
}

async function main() {
  const cfg = await (await fetch("api/config")).json();
  document.getElementById("business").textContent = "+" + cfg.business;
  const tpl = document.getElementById("pane-tpl");
  for (const role of roles) {
    const node = tpl.content.firstElementChild.cloneNode(true);
    node.dataset.role = role;
    node.querySelector(".role").textContent = role;
    const pane = { role, node, after: 0, phone: node.querySelector(".phone"), chat: node.querySelector(".chat") };
    pane.phone.value = cfg[role];
    pane.phone.addEventListener("change", () => { pane.chat.replaceChildren(); pane.after = 0; });
    node.querySelector(".composer").addEventListener("submit", ev => {
      ev.preventDefault();
      const input = ev.target.elements.text;
      if (!input.value.trim()) return;
      send(pane, { text: input.value });
      input.value = "";
    });
    node.querySelector(".location").addEventListener("click", () => sendLocation(pane));
    node.querySelector(".send-kind").addEventListener("click", () => sendKind(pane, node.querySelector('select[name="kind"]').value));
    node.querySelector("input[type=file]").addEventListener("change", async ev => {
      const f = ev.target.files[0];
      if (!f) return;
      const fd = new FormData();
      fd.append("from", pane.phone.value);
      fd.append("photo", f);
      fd.append("caption", node.querySelector("input[name=caption]").value);
      const res = await fetch("api/upload", { method: "POST", body: fd });
      if (!res.ok) alert("not sent: " + await res.text());
      ev.target.value = "";
      poll(pane, false);
    });
    document.getElementById("panes").append(node);
    panes[role] = pane;
    loop(pane);
  }
  agent.node = document.getElementById("agent-tpl").content.firstElementChild.cloneNode(true);
  const key = agent.node.querySelector(".key");
  key.value = agent.key = sessionStorage.getItem("souq-arbiter-key") || "";
  key.addEventListener("change", () => { agent.key = key.value.trim(); agent.seen = ""; sessionStorage.setItem("souq-arbiter-key", agent.key); refreshTickets(); });
  document.getElementById("panes").append(agent.node);
  refreshTickets();
  setInterval(refreshTickets, 1500);
}
main();
