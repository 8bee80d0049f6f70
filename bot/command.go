package bot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/souqchain/souq"
)

// Verb is what a message asks for.
type Verb string

// Verbs. Taps carry the same verbs as typed commands (button id "pay:<order>" = "pay <order>").
const (
	VerbOptIn    Verb = "optin"
	VerbOptOut   Verb = "optout"
	VerbHelp     Verb = "help"
	VerbAgent    Verb = "agent"
	VerbLang     Verb = "lang"
	VerbPay      Verb = "pay"
	VerbDecline  Verb = "decline"
	VerbStatus   Verb = "status"
	VerbOrders   Verb = "orders"
	VerbReceipt  Verb = "receipt"
	VerbReceived Verb = "received"
	VerbDispute  Verb = "dispute"
	VerbRefund   Verb = "refund"
	VerbPoints   Verb = "points"
	VerbRedeem   Verb = "redeem"
	VerbRegister Verb = "register"
	VerbName     Verb = "name"
	VerbSell     Verb = "sell"
	VerbShipped  Verb = "shipped"
	VerbAccept   Verb = "accept"
	VerbReply    Verb = "reply"
	VerbLoyalty  Verb = "loyalty"
	VerbDeliver  Verb = "deliver"
	VerbCancel   Verb = "cancel"
	VerbCurrency Verb = "currency"
	VerbCourier  Verb = "courier"  // courier add|remove <number>; alone, the list
	VerbCouriers Verb = "couriers" // the merchant's couriers
	VerbAssign   Verb = "assign"   // assign <order> <courier number>
	VerbWallet   Verb = "wallet"
	VerbWithdraw Verb = "withdraw"
	// VerbWithdrawOK confirms a withdrawal (a tap only: "wok:<request id>").
	VerbWithdrawOK Verb = "wok"
)

// keywords maps every accepted word (all languages at once: people mix them) to its verb.
var keywords = map[string]Verb{}

func init() {
	for v, words := range map[Verb][]string{
		VerbOptIn:    {"yes", "y", "start", "subscribe", "sim", "sì", "si", "نعم", "optin"},
		VerbOptOut:   {"stop", "unsubscribe", "parar", "pare", "basta", "توقف", "إيقاف", "optout"},
		VerbHelp:     {"help", "?", "menu", "hi", "hello", "ajuda", "oi", "olá", "ola", "aiuto", "ciao", "مساعدة", "مرحبا", "القائمة"},
		VerbAgent:    {"agent", "human", "person", "atendente", "humano", "operatore", "persona", "موظف", "وكيل"},
		VerbLang:     {"lang", "language", "idioma", "lingua", "لغة", "اللغة"},
		VerbPay:      {"pay", "pagar", "paga", "ادفع"},
		VerbDecline:  {"decline", "no", "recusar", "rifiuta", "رفض"},
		VerbStatus:   {"status", "track", "situação", "situacao", "stato", "حالة"},
		VerbOrders:   {"orders", "history", "pedidos", "ordini", "طلباتي", "طلبات"},
		VerbReceipt:  {"receipt", "recibo", "ricevuta", "إيصال"},
		VerbReceived: {"received", "confirm", "recebido", "ricevuto", "استلمت"},
		VerbDispute:  {"dispute", "problem", "disputa", "contesta", "نزاع"},
		VerbRefund:   {"refund", "reembolso", "rimborso", "استرداد"},
		VerbPoints:   {"points", "balance", "pontos", "punti", "نقاط", "نقاطي"},
		VerbRedeem:   {"redeem", "resgatar", "riscatta", "استبدال"},
		VerbRegister: {"register", "cadastrar", "registra", "تسجيل"},
		VerbName:     {"name", "nome", "اسم"},
		VerbSell:     {"sell", "offer", "vender", "vendi", "بيع"},
		VerbShipped:  {"shipped", "ship", "enviado", "spedito", "شحن"},
		VerbAccept:   {"accept", "aceitar", "accetta", "قبول"},
		VerbReply:    {"reply", "responder", "rispondi", "رد"},
		VerbLoyalty:  {"loyalty", "fidelidade", "fedeltà", "fedelta", "ولاء"},
		VerbDeliver:  {"deliver", "delivery", "entregar", "consegna", "توصيل"},
		VerbCancel:   {"cancel", "skip", "cancelar", "annulla", "إلغاء"},
		VerbCurrency: {"currency", "moeda", "valuta", "عملة"},
		VerbCourier:  {"courier", "entregador", "corriere", "مندوب"},
		VerbCouriers: {"couriers", "entregadores", "corrieri", "المندوبين", "مندوبين", "مندوبون"},
		VerbAssign:   {"assign", "atribuir", "assegna", "إسناد", "اسناد", "تعيين"},
		VerbWallet:   {"wallet", "deposit", "carteira", "depositar", "portafoglio", "deposita", "محفظة", "محفظتي", "إيداع"},
		VerbWithdraw: {"withdraw", "sacar", "saque", "preleva", "prelievo", "سحب", "اسحب"},
	} {
		for _, w := range words {
			keywords[w] = v
		}
	}
}

var (
	toWords     = map[string]bool{"to": true, "para": true, "a": true, "إلى": true, "الى": true}
	perWords    = map[string]bool{"per": true, "por": true, "ogni": true, "لكل": true}
	stampsWords = map[string]bool{"stamps": true, "selos": true, "timbri": true, "طوابع": true}
	addWords    = map[string]bool{"add": true, "adicionar": true, "aggiungi": true, "أضف": true, "اضف": true}
	removeWords = map[string]bool{"remove": true, "remover": true, "rimuovi": true, "احذف": true, "حذف": true}
	allWords    = map[string]bool{"all": true, "tudo": true, "tutto": true, "الكل": true, "كل": true}
	helpTopics  = map[string]string{"merchant": "merchant", "lojista": "merchant", "negozio": "merchant", "تاجر": "merchant",
		"courier": "courier", "entregador": "courier", "corriere": "courier", "مندوب": "courier"}
)

// Command is a parsed message.
type Command struct {
	Verb     Verb
	Order    souq.OrderRef // for order commands
	Text     string        // dispute reason, dispute answer, payout address, help topic
	Lang     Lang          // lang
	N        int64         // redeem: points; loyalty: points per spend or stamps
	Quantity int           // sell
	Item     string        // sell
	Money    souq.Money    // sell: total; loyalty: spend
	Customer souq.WaID     // sell
	Courier  souq.WaID     // courier add/remove, assign
	Remove   bool          // courier remove
	Stamps   bool          // loyalty
	Asset    souq.Asset    // loyalty: the currency the rule earns and redeems in
}

// ParseError says why a message could not be understood, precisely enough for a helpful reply.
type ParseError struct {
	Verb  Verb   // the command the user was trying (empty: no command recognised)
	Word  string // the keyword as the user wrote it, for the usage reply
	Input string // the offending part
	Err   error  // ErrUnknownCommand, ErrUsage, souq.ErrInvalidOrderRef, souq.ErrInvalidWaID, amount errors…
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s %q: %v", e.Verb, e.Input, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Parse errors of the bot's own.
var (
	ErrUnknownCommand = errors.New("unknown command")
	ErrUsage          = errors.New("missing or extra arguments")
	ErrBadNumber      = errors.New("not a positive whole number")
)

// Parser reads commands; it needs the accepted currencies to read amounts, the writer's language
// to read their numbers ("1.000" is a thousand in pt, one in en) and, for prices written without a
// currency, the merchant's default one (zero: none; the bot asks).
type Parser struct {
	Assets   souq.Assets
	Lang     Lang
	Currency souq.Asset
}

// maxInput bounds what is parsed (WhatsApp text is at most 4096 characters).
const maxInput = 4096

// Parse reads a typed message or a tap id ("pay:3f2a…"). Keywords are case-insensitive and accepted
// in every supported language.
func (p Parser) Parse(text string) (Command, error) {
	if len(text) > maxInput {
		text = text[:maxInput]
	}
	text = strings.TrimSpace(text)
	// Tap ids: "verb:arg" with a known verb.
	if v, arg, ok := strings.Cut(text, ":"); ok && !strings.ContainsAny(v, " \n") {
		if verb, known := tapVerbs[v]; known {
			return p.parseArgs(verb, v, splitFields(arg))
		}
	}
	fields := splitFields(text)
	if len(fields) == 0 {
		return Command{}, &ParseError{Err: ErrUnknownCommand}
	}
	word := strings.ToLower(strings.Trim(fields[0], ".,!؟?¿¡"))
	if word == "" && fields[0] == "?" {
		word = "?"
	}
	verb, ok := keywords[word]
	if !ok {
		return Command{}, &ParseError{Input: truncateRunes(text, 60), Err: ErrUnknownCommand}
	}
	return p.parseArgs(verb, fields[0], fields[1:])
}

// tapVerbs are the verbs allowed in button and row ids.
var tapVerbs = map[string]Verb{}

func init() {
	for _, v := range []Verb{VerbOptIn, VerbOptOut, VerbHelp, VerbAgent, VerbLang, VerbPay, VerbDecline, VerbStatus, VerbOrders,
		VerbReceipt, VerbReceived, VerbDispute, VerbRefund, VerbPoints, VerbShipped, VerbAccept, VerbDeliver, VerbCancel,
		VerbWallet, VerbWithdrawOK} {
		tapVerbs[string(v)] = v
	}
}

// TapID is the button/row id for a verb and optional argument; Parse reads it back.
func TapID(v Verb, arg string) string {
	if arg == "" {
		return string(v) + ":"
	}
	return string(v) + ":" + arg
}

func splitFields(s string) []string {
	return strings.FieldsFunc(s, unicode.IsSpace)
}

func (p Parser) parseArgs(verb Verb, word string, args []string) (Command, error) {
	c := Command{Verb: verb}
	usage := func() (Command, error) {
		return Command{}, &ParseError{Verb: verb, Word: word, Input: truncateRunes(strings.Join(args, " "), 80), Err: ErrUsage}
	}
	order := func(s string) error {
		r, err := souq.ParseOrderRef(s)
		if err != nil {
			return &ParseError{Verb: verb, Input: truncateRunes(s, 70), Err: souq.ErrInvalidOrderRef}
		}
		c.Order = r
		return nil
	}
	switch verb {
	case VerbOptIn, VerbOptOut, VerbAgent, VerbOrders, VerbPoints, VerbCancel, VerbWallet:
		// Extra words are tolerated ("yes please", "agent I need help"): the keyword decides.
		c.Text = strings.Join(args, " ")
	case VerbHelp:
		if len(args) > 0 {
			c.Text = helpTopics[strings.ToLower(args[0])]
		}
	case VerbLang:
		if len(args) == 0 {
			return c, nil // show the picker
		}
		l, ok := ParseLang(args[0])
		if !ok || len(args) > 1 {
			return Command{}, &ParseError{Verb: verb, Input: truncateRunes(strings.Join(args, " "), 30), Err: ErrUsage}
		}
		c.Lang = l
	case VerbStatus, VerbPay, VerbDecline, VerbReceipt, VerbReceived, VerbRefund, VerbShipped, VerbAccept, VerbDeliver:
		switch len(args) {
		case 0:
			if verb == VerbStatus {
				c.Verb = VerbOrders // "status" alone lists the orders
				return c, nil
			}
			return usage()
		case 1:
			if err := order(args[0]); err != nil {
				return Command{}, err
			}
		default:
			return usage()
		}
	case VerbDispute:
		if len(args) == 0 {
			return usage()
		}
		if err := order(args[0]); err != nil {
			return Command{}, err
		}
		c.Text = strings.Join(args[1:], " ")
	case VerbReply:
		if len(args) < 2 {
			return usage()
		}
		if err := order(args[0]); err != nil {
			return Command{}, err
		}
		c.Text = strings.Join(args[1:], " ")
	case VerbCurrency:
		if len(args) == 0 {
			return c, nil // say which one is set
		}
		if len(args) != 1 {
			return usage()
		}
		a, err := currency(p.Assets, args[0])
		if err != nil {
			return Command{}, &ParseError{Verb: verb, Input: truncateRunes(args[0], 30), Err: err}
		}
		c.Asset = a
	case VerbRegister:
		if len(args) != 1 {
			return usage()
		}
		c.Text = args[0]
	case VerbName:
		if len(args) == 0 {
			return usage()
		}
		c.Text = strings.Join(args, " ")
	case VerbRedeem:
		if len(args) != 1 {
			return usage()
		}
		n, err := positive(args[0])
		if err != nil {
			return Command{}, &ParseError{Verb: verb, Input: truncateRunes(args[0], 30), Err: err}
		}
		c.N = n
	case VerbCourier, VerbCouriers:
		c.Verb = VerbCouriers // alone: the list
		if len(args) == 0 {
			return c, nil
		}
		w := strings.ToLower(args[0])
		if verb == VerbCouriers || len(args) < 2 || !addWords[w] && !removeWords[w] {
			return usage()
		}
		cw, err := souq.ParseWaID(strings.Join(args[1:], " "))
		if err != nil {
			return Command{}, &ParseError{Verb: VerbCourier, Input: truncateRunes(strings.Join(args[1:], " "), 30), Err: souq.ErrInvalidWaID}
		}
		c.Verb, c.Courier, c.Remove = VerbCourier, cw, removeWords[w]
	case VerbAssign:
		if len(args) < 2 {
			return usage()
		}
		if err := order(args[0]); err != nil {
			return Command{}, err
		}
		cw, err := souq.ParseWaID(strings.Join(args[1:], " "))
		if err != nil {
			return Command{}, &ParseError{Verb: verb, Input: truncateRunes(strings.Join(args[1:], " "), 30), Err: souq.ErrInvalidWaID}
		}
		c.Courier = cw
	case VerbWithdrawOK:
		if len(args) != 1 {
			return usage()
		}
		c.Text = args[0]
	case VerbWithdraw:
		return p.parseWithdraw(word, args)
	case VerbSell:
		return p.parseSell(args)
	case VerbLoyalty:
		return p.parseLoyalty(args)
	}

	return c, nil
}

// parseSell reads "[qty] <item words> <price> to <phone>"; the price is read by moneyTail ("30 USDC",
// "R$30", "30,50" with a default currency…).
func (p Parser) parseSell(args []string) (Command, error) {
	c := Command{Verb: VerbSell, Quantity: 1}
	usage := &ParseError{Verb: VerbSell, Input: truncateRunes(strings.Join(args, " "), 80), Err: ErrUsage}
	to := -1
	for i := len(args) - 1; i >= 0; i-- {
		if toWords[strings.ToLower(args[i])] {
			to = i
			break
		}
	}
	if to < 2 || to == len(args)-1 {
		return Command{}, usage
	}
	phone := strings.Join(args[to+1:], " ")
	w, err := souq.ParseWaID(normalizeDigits(p.Lang, phone))
	if err != nil {
		return Command{}, &ParseError{Verb: VerbSell, Input: truncateRunes(phone, 30), Err: souq.ErrInvalidWaID}
	}
	c.Customer = w
	m, used, err := p.moneyTail(args[:to])
	if errors.Is(err, ErrUsage) {
		return Command{}, usage
	}
	if err != nil {
		return Command{}, err
	}
	c.Money = m
	item := args[:to-used]
	if len(item) > 0 {
		if q, err := positive(item[0]); err == nil || isDigits(item[0]) {
			if err != nil || q > 99 {
				return Command{}, &ParseError{Verb: VerbSell, Input: item[0], Err: ErrBadNumber}
			}
			c.Quantity, item = int(q), item[1:]
		}
	}
	if len(item) == 0 {
		return Command{}, usage
	}
	c.Item = truncateRunes(strings.Join(item, " "), 60)
	return c, nil
}

// parseLoyalty reads "<points> per <amount> <ASSET>" or "stamps <n> <ASSET>": a rule names its
// currency (only orders in it earn; its vouchers apply only to orders in it).
func (p Parser) parseLoyalty(args []string) (Command, error) {
	c := Command{Verb: VerbLoyalty}
	usage := &ParseError{Verb: VerbLoyalty, Input: truncateRunes(strings.Join(args, " "), 60), Err: ErrUsage}
	switch {
	case len(args) == 3 && stampsWords[strings.ToLower(args[0])]:
		n, err := positive(args[1])
		if err != nil || n > 1000 {
			return Command{}, &ParseError{Verb: VerbLoyalty, Input: truncateRunes(args[1], 30), Err: ErrBadNumber}
		}
		a, err := p.Assets.Lookup(args[2])
		if err != nil {
			return Command{}, &ParseError{Verb: VerbLoyalty, Input: truncateRunes(args[2], 30), Err: err}
		}
		c.Stamps, c.N, c.Asset = true, n, a
	case (len(args) == 3 || len(args) == 4) && perWords[strings.ToLower(args[1])]:
		n, err := positive(args[0])
		if err != nil {
			return Command{}, &ParseError{Verb: VerbLoyalty, Input: truncateRunes(args[0], 30), Err: ErrBadNumber}
		}
		m, used, err := p.moneyTail(args[2:])
		if err == nil && used != len(args)-2 {
			err = ErrUsage
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			pe.Verb = VerbLoyalty
		}
		if errors.Is(err, ErrUsage) {
			return Command{}, usage
		}
		if err != nil {
			return Command{}, err
		}
		c.N, c.Money, c.Asset = n, m, m.Asset
	default:
		return Command{}, usage
	}
	return c, nil
}

// isDigits: only digits, of any of the three scripts ("0", "٢"; not "1.5", an item's size).
func isDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// positive reads a count; Arabic-Indic digits are read too.
func positive(s string) (int64, error) {
	n, err := strconv.ParseInt(normalizeDigits(English, s), 10, 64)
	if err != nil || n <= 0 || n > 1_000_000_000_000 {
		return 0, ErrBadNumber
	}
	return n, nil
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// parseWithdraw reads "<amount|all> <ASSET> to <0x address>". The address is checked by the
// service (EIP-55 checksum when mixed case); "all" leaves Money.Amount nil.
func (p Parser) parseWithdraw(word string, args []string) (Command, error) {
	c := Command{Verb: VerbWithdraw}
	if len(args) != 4 || !toWords[strings.ToLower(args[2])] {
		return Command{}, &ParseError{Verb: VerbWithdraw, Word: word, Input: truncateRunes(strings.Join(args, " "), 80), Err: ErrUsage}
	}
	a, err := p.Assets.Lookup(args[1])
	if err != nil {
		return Command{}, &ParseError{Verb: VerbWithdraw, Input: truncateRunes(args[0]+" "+args[1], 30), Err: err}
	}
	c.Money = souq.Money{Asset: a}
	if !allWords[strings.ToLower(args[0])] {
		m, err := p.Assets.ParseMoney(args[0] + " " + args[1])
		if err != nil {
			return Command{}, &ParseError{Verb: VerbWithdraw, Input: truncateRunes(args[0]+" "+args[1], 30), Err: err}
		}
		c.Money = m
	}
	c.Text = args[3]
	return c, nil
}
