// souq WhatsApp simulator page: three chats, each polling the simulator for its messages and
// sending what the person types, taps or uploads (the simulator turns it into a signed webhook).
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
  else if (m.type === "image") b.append(el("img", { src: "../graph/media-bytes/" + m.image.id, alt: "photo" }), m.image.caption ? text(m.image.caption) : null);
  b.append(el("span", { class: "meta", dir: "ltr" }, "webhook " + (e.status || "…")));
  return b;
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
}
main();
