package server

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/gin-gonic/gin"
	qrcode "github.com/skip2/go-qrcode"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/internal/lang"
)

// PayPages gives what an order's payment page shows. The wiring implements it over the sale
// service, the escrow client and the bot's chat language.
type PayPages interface {
	// PayPage returns the page of order id; an error wrapping souq.ErrNotFound when there is none.
	PayPage(ctx context.Context, id souq.OrderID) (PayPage, error)
}

// PayPage is an order as its payment page shows it: no personal data.
type PayPage struct {
	Order   souq.OrderView // as its customer sees it
	Lang    string         // the customer's chat language (en, pt, it, ar)
	ChainID uint64
	Escrow  string // the escrow contract
	// Deposit is the customer's custodial wallet: money sent there from the customer's own wallet
	// pays the order when they tap Pay in the chat.
	Deposit string
	// WalletURI is the EIP-681 request that sends the order's amount to Deposit ("" when the order
	// is no longer payable).
	WalletURI string
	// Steps are the escrow calls that fund the order straight from any wallet, for a wallet page
	// (EIP-1193); the JSON response carries them.
	Steps []WalletCall
}

// WalletCall is one transaction a wallet sends, as eth_sendTransaction takes it.
type WalletCall struct {
	Label string `json:"label"` // approve, fund
	To    string `json:"to"`
	Value string `json:"value"` // wei, decimal
	Data  string `json:"data"`  // 0x calldata
}

// TxPages reads a transaction and its decoded escrow events from the chain, for the transaction
// page souq serves where the chain has no block explorer.
type TxPages interface {
	// TxPage returns transaction hash (0x + 64 hex); an error wrapping souq.ErrNotFound when the
	// node does not know it.
	TxPage(ctx context.Context, hash string) (TxPage, error)
}

// TxPage is one transaction as the chain records it.
type TxPage struct {
	Hash     string      `json:"hash"`
	Pending  bool        `json:"pending"`
	Block    uint64      `json:"block"`
	Time     time.Time   `json:"time"`
	From     string      `json:"from"`
	To       string      `json:"to"`
	Value    string      `json:"value"` // wei, decimal
	Success  bool        `json:"success"`
	GasUsed  uint64      `json:"gas_used"`
	GasPrice string      `json:"gas_price"` // effective, wei per gas, decimal
	Events   []TxPageEvt `json:"events"`
}

// TxPageEvt is one decoded escrow event; amounts are formatted in the token's decimals.
type TxPageEvt struct {
	Name   string       `json:"name"` // Funded, Delivered, Disputed, Released, Refunded, Resolved
	Order  string       `json:"order"`
	Fields []TxPageAttr `json:"fields"`
}

// TxPageAttr is one field of an event.
type TxPageAttr struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Pages serves the public pages people open from chat: GET /pay/:id (an order's payment page)
// and GET /tx/:hash (a transaction and its escrow events). Both answer JSON to
// Accept: application/json, and speak ?lang= (en, pt, it, ar).
type Pages struct {
	Pay PayPages // nil: no /pay route
	Tx  TxPages  // nil: no /tx route
}

// Register mounts the pages on r.
func (p *Pages) Register(r gin.IRouter) {
	if p.Pay != nil {
		r.GET("/pay/:id", p.pay)
	}
	if p.Tx != nil {
		r.GET("/tx/:hash", p.tx)
	}
}

func wantsJSON(c *gin.Context) bool {
	return strings.Contains(c.GetHeader("Accept"), "application/json")
}

// walletURI lets an EIP-681 URI through html/template, which blocks every scheme but http(s) and
// mailto: only "ethereum:" with the URL characters EIP-681 uses passes.
var walletURIChars = regexp.MustCompile(`^ethereum:[A-Za-z0-9:@/?=&.+%_-]+$`)

func walletURI(s string) (template.URL, bool) {
	if !walletURIChars.MatchString(s) {
		return "", false
	}
	return template.URL(s), true
}

// qrDataURI renders s as a QR code (PNG, medium error correction) inside a data: URI.
func qrDataURI(s string) (template.URL, error) {
	png, err := qrcode.Encode(s, qrcode.Medium, 320)
	if err != nil {
		return "", fmt.Errorf("qr code: %w", err)
	}
	return template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(png)), nil
}

func (p *Pages) pay(c *gin.Context) {
	id, err := souq.ParseOrderID(c.Param("id"))
	if err != nil {
		Error(c, http.StatusBadRequest, "bad_order_id", err.Error())
		return
	}
	pg, err := p.Pay.PayPage(c.Request.Context(), id)
	switch {
	case errors.Is(err, souq.ErrNotFound):
		Error(c, http.StatusNotFound, "not_found", "no such order")
		return
	case err != nil:
		Error(c, http.StatusInternalServerError, "internal", "the payment page is unavailable")
		return
	}
	o := pg.Order
	l := pageLang(c.Request, pg.Lang)
	payable := o.Status == souq.StatusOffered && pg.WalletURI != ""
	if wantsJSON(c) {
		steps := pg.Steps
		if steps == nil {
			steps = []WalletCall{}
		}
		body := gin.H{"order": payOrderJSON(o), "lang": l, "chain_id": pg.ChainID, "escrow": pg.Escrow,
			"deposit": pg.Deposit, "amount_minor": minorUnits(o.Amount), "steps": steps}
		if payable {
			body["uri"] = pg.WalletURI
		}
		c.JSON(http.StatusOK, body)
		return
	}
	deliverBy := o.Deadline.UTC().Format("2006-01-02 15:04 UTC")
	d := map[string]any{
		"Lang": l, "RTL": l.RTL(), "Title": tr(l, "pay_title", "ref", o.ID.Short()), "T": func(k string) string { return tr(l, k) },
		"Merchant": o.Merchant, "Items": o.Items, "Amount": moneyText(l, o.Amount, lang.Exact), "Fee": moneyText(l, o.Fee, lang.Exact), "DeliverBy": deliverBy,
		"Inspection": lang.Duration(l, o.Inspection), "RefundRule": tr(l, "refund_rule", "deliver_by", deliverBy),
		"Network": "chain " + strconv.FormatUint(pg.ChainID, 10), "Payable": payable, "Deposit": pg.Deposit, "ETH": o.Amount.Asset.Token == "",
		"How":     tr(l, "how", "amount", moneyText(l, o.Amount, lang.RoundUp)),
		"NotOpen": tr(l, "not_open", "status", statusText(l, o.Status)),
	}
	if payable {
		u, ok := walletURI(pg.WalletURI)
		if !ok {
			Error(c, http.StatusInternalServerError, "internal", "the payment link is malformed")
			return
		}
		qr, err := qrDataURI(pg.WalletURI)
		if err != nil {
			Error(c, http.StatusInternalServerError, "internal", err.Error())
			return
		}
		d["URI"], d["URIText"], d["QR"] = u, pg.WalletURI, qr
	}
	renderPage(c, payTmpl, d)
}

// statusText is an order's status in words (the chat's, internal/lang), its code if it has none.
func statusText(l lang.Lang, s souq.OrderStatus) string {
	if w, ok := lang.StatusName(l, string(s)); ok {
		return w
	}
	return string(s)
}

// minorUnits is an amount in its smallest unit, "0" when unset.
func minorUnits(m souq.Money) string {
	if m.Amount == nil {
		return "0"
	}
	return m.Amount.String()
}

// payOrderJSON is the part of an order the payment page's JSON shows.
// moneyText is an amount as the chat says it in l: the language's separators, every digit the
// chain moves ("30,195 USDC"), an amount to send rounded up.
func moneyText(l lang.Lang, m souq.Money, r lang.Rounding) string {
	return lang.Money(l, m.Amount, int(m.Asset.Decimals), m.Asset.Symbol, r)
}

func payOrderJSON(o souq.OrderView) gin.H {
	items := make([]gin.H, len(o.Items))
	for i, it := range o.Items {
		items[i] = gin.H{"name": it.Name, "quantity": it.Quantity}
	}
	return gin.H{"id": o.ID.String(), "ref": o.ID.Short(), "merchant": o.Merchant, "items": items, "status": string(o.Status),
		"amount": o.Amount.String(), "fee": o.Fee.String(), "deliver_by": o.Deadline.UTC(), "inspection_seconds": int64(o.Inspection / time.Second)}
}

var txHash = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

func (p *Pages) tx(c *gin.Context) {
	h := c.Param("hash")
	if !txHash.MatchString(h) {
		Error(c, http.StatusBadRequest, "bad_tx_hash", "want 0x and 64 hex digits")
		return
	}
	tx, err := p.Tx.TxPage(c.Request.Context(), h)
	switch {
	case errors.Is(err, souq.ErrNotFound):
		Error(c, http.StatusNotFound, "not_found", "no such transaction on this chain")
		return
	case err != nil:
		Error(c, http.StatusServiceUnavailable, "chain_unavailable", "the chain could not be read; try again")
		return
	}
	if tx.Events == nil {
		tx.Events = []TxPageEvt{}
	}
	if wantsJSON(c) {
		c.JSON(http.StatusOK, tx)
		return
	}
	l := pageLang(c.Request, "")
	// Enumerated values are words to translate; amounts, hashes and times are shown as they are.
	tx.Events = slices.Clone(tx.Events) // the port's answer is not ours to change
	for i, ev := range tx.Events {
		fields := make([]TxPageAttr, len(ev.Fields))
		for j, f := range ev.Fields {
			switch {
			case f.Value == "true" || f.Value == "false":
				f.Value = tr(l, f.Value)
			case f.Name == "reason":
				if w, ok := lang.RefundReason(l, f.Value); ok {
					f.Value = w
				}
			}
			fields[j] = f
		}
		tx.Events[i].Fields = fields
	}
	status := "success"
	switch {
	case tx.Pending:
		status = "pending"
	case !tx.Success:
		status = "failed"
	}
	renderPage(c, txTmpl, map[string]any{"Lang": l, "RTL": l.RTL(), "Title": tr(l, "tx_title"), "T": func(k string) string { return tr(l, k) },
		"Tx": tx, "Status": tr(l, status), "Time": tx.Time.UTC().Format("2006-01-02 15:04:05 UTC"),
		"Value": tx.Value + " wei", "GasPrice": tx.GasPrice + " wei"})
}

func renderPage(c *gin.Context, t *template.Template, data map[string]any) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		Error(c, http.StatusInternalServerError, "internal", "page: "+err.Error())
		return
	}
	c.Header("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'")
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(b.String()))
}

const pageHead = `<!doctype html><html lang="{{.Lang}}"{{if .RTL}} dir="rtl"{{end}}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{{.Title}} — souq</title>
<style>body{font:16px system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#111}
code{word-break:break-all;font-size:.9em}dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{color:#555}dd{margin:0}
a.btn{display:inline-block;background:#075e54;color:#fff;padding:.7rem 1.2rem;border-radius:.5rem;text-decoration:none;font-weight:600}
.qr{display:block;width:240px;height:240px;image-rendering:pixelated;margin:1rem 0}.note{color:#555;font-size:.9em}
section{border:1px solid #ddd;border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}</style></head><body>`

var payTmpl = template.Must(template.New("pay").Funcs(pageFuncs).Parse(pageHead + `<h1>{{.Title}}</h1>
<dl><dt>{{call .T "seller"}}</dt><dd>{{bidi .Merchant}}</dd>
<dt>{{call .T "items"}}</dt><dd>{{bidi .Items}}</dd>
<dt>{{call .T "you_pay"}}</dt><dd><b>{{bidi .Amount}}</b></dd>
<dt>{{call .T "fee_note"}}</dt><dd>{{bidi .Fee}}</dd>
<dt>{{call .T "deliver_by"}}</dt><dd>{{bidi .DeliverBy}}</dd>
<dt>{{call .T "inspection"}}</dt><dd>{{bidi .Inspection}}</dd></dl>
<p>{{.RefundRule}}</p>
{{if .Payable}}<section><p>{{.How}}{{if .ETH}} {{call .T "how_eth"}}{{end}}</p>
<p><a class="btn" href="{{.URI}}">{{call .T "open_wallet"}}</a></p>
<p>{{call .T "scan"}}</p><img class="qr" alt="{{.URIText}}" src="{{.QR}}">
<dl><dt>{{call .T "deposit"}}</dt><dd><code>{{bidi .Deposit}}</code></dd><dt>{{call .T "network"}}</dt><dd>{{bidi .Network}}</dd></dl>
<p class="note" dir="ltr"><code>{{.URIText}}</code></p></section>
{{else}}<p><b>{{.NotOpen}}</b></p>{{end}}
</body></html>`))

var txTmpl = template.Must(template.New("tx").Funcs(pageFuncs).Parse(pageHead + `<h1>{{.Title}}</h1>
<p><code>{{bidi .Tx.Hash}}</code></p>
<dl><dt>{{call .T "status"}}</dt><dd>{{bidi .Status}}</dd>
{{if not .Tx.Pending}}<dt>{{call .T "block"}}</dt><dd>{{bidi .Tx.Block}}</dd><dt>{{call .T "time"}}</dt><dd>{{bidi .Time}}</dd>{{end}}
<dt>{{call .T "from"}}</dt><dd><code>{{bidi .Tx.From}}</code></dd><dt>{{call .T "to"}}</dt><dd><code>{{bidi .Tx.To}}</code></dd>
<dt>{{call .T "value"}}</dt><dd>{{bidi .Value}}</dd>
{{if not .Tx.Pending}}<dt>{{call .T "gas_used"}}</dt><dd>{{bidi .Tx.GasUsed}}</dd><dt>{{call .T "gas_price"}}</dt><dd>{{bidi .GasPrice}}</dd>{{end}}</dl>
<h2>{{call .T "events"}}</h2>
{{range .Tx.Events}}<section><h3>{{call $.T .Name}}</h3><dl><dt>{{call $.T "order"}}</dt><dd><code>{{bidi .Order}}</code></dd>
{{range .Fields}}<dt>{{call $.T .Name}}</dt><dd>{{bidi .Value}}</dd>{{end}}</dl></section>
{{else}}<p>{{call .T "no_events"}}</p>{{end}}
<p class="note">{{call .T "rpc_note"}}</p>
</body></html>`))

// pageFuncs: bidi isolates a value in its own direction — right to left when it holds Arabic or
// Hebrew letters, else left to right — so "12.50 USDC", a date or "+55…7777" keeps its order on an
// Arabic page (a <bdi> without dir would take the page's direction for text with no letters).
var pageFuncs = template.FuncMap{"bidi": func(v any) template.HTML {
	var s string
	switch v := v.(type) {
	case []souq.Item:
		parts := make([]string, len(v))
		for i, it := range v {
			parts[i] = fmt.Sprintf("%d× %s", it.Quantity, it.Name)
		}
		s = strings.Join(parts, ", ")
	default:
		s = fmt.Sprint(v)
	}
	dir := "ltr"
	if strings.ContainsFunc(s, func(r rune) bool { return unicode.In(r, unicode.Arabic, unicode.Hebrew) }) {
		dir = "rtl"
	}
	return template.HTML(`<bdi dir="` + dir + `">` + template.HTMLEscapeString(s) + `</bdi>`)
}}
