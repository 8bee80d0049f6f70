package server

import (
	"net/http"

	"github.com/souqchain/souq/internal/lang"
)

// pageLang picks a page's language (internal/lang's, the bot's): ?lang= when it names one of
// ours, else the given default (the customer's chat language), else the browser's
// Accept-Language, else English.
func pageLang(r *http.Request, def string) lang.Lang {
	for _, s := range []string{r.URL.Query().Get("lang"), def} {
		if l, ok := lang.Parse(s); ok {
			return l
		}
	}
	if l, ok := lang.Negotiate(r.Header.Get("Accept-Language")); ok {
		return l
	}
	return lang.English
}

// pageText is the public pages' own words, per language; the words the chat says too (order
// statuses, refund reasons, durations) are internal/lang's. Field and event names are the escrow
// contract's (see chain/escrow TxInspector).
var pageText = map[lang.Lang]map[string]string{
	lang.English: {
		"pay_title": "Pay order {ref}", "seller": "Seller", "items": "Items", "you_pay": "You pay",
		"fee_note": "Platform fee, paid by the seller out of this amount", "fee": "Platform fee", "deliver_by": "Deliver by",
		"inspection":  "Time to check the goods after delivery",
		"refund_rule": "If it is not delivered by {deliver_by}, your payment comes back to you automatically. The seller is paid only after delivery.",
		"how":         "Pay from your own wallet: send {amount} to your souq wallet below, then tap “Pay” in the chat to put it in escrow.",
		"how_eth":     "Add a little ETH for the network fee of the escrow payment.",
		"open_wallet": "Open in wallet", "scan": "Or scan this code with your wallet app", "deposit": "Your souq wallet",
		"network": "Network", "not_open": "This order is {status}: there is nothing to pay here.",
		"tx_title": "Transaction", "block": "Block", "time": "Time", "from": "From", "to": "To", "value": "Value", "status": "Status",
		"gas_used": "Gas used", "gas_price": "Gas price", "success": "succeeded", "failed": "failed", "pending": "pending",
		"events": "Escrow events", "no_events": "No escrow event in this transaction.", "order": "Order",
		"rpc_note": "Read from the chain by souq: this chain has no public block explorer.",
		"Funded":   "Paid into escrow", "Delivered": "Delivered", "Disputed": "Disputed", "Released": "Released to the seller",
		"Refunded": "Refunded to the buyer", "Resolved": "Resolved by the arbiter",
		"amount": "Amount", "seller_amount": "To the seller", "buyer_amount": "To the buyer", "by_buyer": "Confirmed by the buyer",
		"reason": "Reason", "buyer": "Buyer wallet", "payee": "Payout address", "funder": "Paid from", "token": "Token",
		"true": "yes", "false": "no",
		"proof_hash": "Delivery proof", "delivered_at": "Delivered at", "releasable_at": "Releasable at", "reason_hash": "Reason (hash)",
	},
	lang.Portuguese: {
		"pay_title": "Pagar pedido {ref}", "seller": "Vendedor", "items": "Itens", "you_pay": "Você paga",
		"fee_note": "Taxa da plataforma, paga pelo vendedor a partir deste valor", "fee": "Taxa da plataforma", "deliver_by": "Entrega até",
		"inspection":  "Prazo para conferir a mercadoria após a entrega",
		"refund_rule": "Se não for entregue até {deliver_by}, seu pagamento volta para você automaticamente. O vendedor só recebe depois da entrega.",
		"how":         "Pague com sua própria carteira: envie {amount} para sua carteira souq abaixo e depois toque em “Pagar” no chat para colocá-lo em custódia.",
		"how_eth":     "Envie também um pouco de ETH para a taxa de rede do pagamento em custódia.",
		"open_wallet": "Abrir na carteira", "scan": "Ou escaneie este código com o app da sua carteira", "deposit": "Sua carteira souq",
		"network": "Rede", "not_open": "Este pedido está {status}: não há nada a pagar aqui.",
		"tx_title": "Transação", "block": "Bloco", "time": "Hora", "from": "De", "to": "Para", "value": "Valor", "status": "Situação",
		"gas_used": "Gás usado", "gas_price": "Preço do gás", "success": "confirmada", "failed": "falhou", "pending": "pendente",
		"events": "Eventos da custódia", "no_events": "Nenhum evento da custódia nesta transação.", "order": "Pedido",
		"rpc_note": "Lido da blockchain pelo souq: esta rede não tem um explorador público.",
		"Funded":   "Pago em custódia", "Delivered": "Entregue", "Disputed": "Em disputa", "Released": "Liberado ao vendedor",
		"Refunded": "Reembolsado ao comprador", "Resolved": "Resolvido pelo árbitro",
		"amount": "Valor", "seller_amount": "Ao vendedor", "buyer_amount": "Ao comprador", "by_buyer": "Confirmado pelo comprador",
		"reason": "Motivo", "buyer": "Carteira do comprador", "payee": "Endereço de recebimento", "funder": "Pago de", "token": "Token",
		"true": "sim", "false": "não",
		"proof_hash": "Prova de entrega", "delivered_at": "Entregue em", "releasable_at": "Liberável em", "reason_hash": "Motivo (hash)",
	},
	lang.Italian: {
		"pay_title": "Paga l'ordine {ref}", "seller": "Venditore", "items": "Articoli", "you_pay": "Paghi",
		"fee_note": "Commissione della piattaforma, pagata dal venditore su questo importo", "fee": "Commissione della piattaforma", "deliver_by": "Consegna entro",
		"inspection":  "Tempo per controllare la merce dopo la consegna",
		"refund_rule": "Se non arriva entro {deliver_by}, il pagamento ti viene restituito automaticamente. Il venditore viene pagato solo dopo la consegna.",
		"how":         "Paga dal tuo wallet: invia {amount} al tuo wallet souq qui sotto, poi tocca “Paga” nella chat per metterlo in deposito.",
		"how_eth":     "Aggiungi un po' di ETH per la commissione di rete del pagamento in deposito.",
		"open_wallet": "Apri nel wallet", "scan": "Oppure inquadra questo codice con l'app del tuo wallet", "deposit": "Il tuo wallet souq",
		"network": "Rete", "not_open": "Questo ordine è {status}: non c'è niente da pagare qui.",
		"tx_title": "Transazione", "block": "Blocco", "time": "Ora", "from": "Da", "to": "A", "value": "Valore", "status": "Stato",
		"gas_used": "Gas usato", "gas_price": "Prezzo del gas", "success": "riuscita", "failed": "fallita", "pending": "in attesa",
		"events": "Eventi del deposito", "no_events": "Nessun evento del deposito in questa transazione.", "order": "Ordine",
		"rpc_note": "Letto dalla blockchain da souq: questa rete non ha un explorer pubblico.",
		"Funded":   "Pagato in deposito", "Delivered": "Consegnato", "Disputed": "Contestato", "Released": "Rilasciato al venditore",
		"Refunded": "Rimborsato all'acquirente", "Resolved": "Risolto dall'arbitro",
		"amount": "Importo", "seller_amount": "Al venditore", "buyer_amount": "All'acquirente", "by_buyer": "Confermato dall'acquirente",
		"reason": "Motivo", "buyer": "Wallet dell'acquirente", "payee": "Indirizzo di pagamento", "funder": "Pagato da", "token": "Token",
		"true": "sì", "false": "no",
		"proof_hash": "Prova di consegna", "delivered_at": "Consegnato il", "releasable_at": "Rilasciabile il", "reason_hash": "Motivo (hash)",
	},
	lang.Arabic: {
		"pay_title": "ادفع الطلب {ref}", "seller": "البائع", "items": "المنتجات", "you_pay": "تدفع",
		"fee_note": "رسوم المنصة، يدفعها البائع من هذا المبلغ", "fee": "رسوم المنصة", "deliver_by": "التسليم قبل",
		"inspection":  "مدة فحص البضاعة بعد التسليم",
		"refund_rule": "إن لم يُسلَّم الطلب قبل {deliver_by} يُعاد إليك مبلغك تلقائياً. لا يحصل البائع على المال إلا بعد التسليم.",
		"how":         "ادفع من محفظتك: أرسل {amount} إلى محفظتك في souq أدناه، ثم اضغط «ادفع» في المحادثة لإيداعه لدى الطرف الضامن.",
		"how_eth":     "أضف قليلاً من ETH لرسوم الشبكة عند الإيداع.",
		"open_wallet": "افتح في المحفظة", "scan": "أو امسح هذا الرمز بتطبيق محفظتك", "deposit": "محفظتك في souq",
		"network": "الشبكة", "not_open": "حالة هذا الطلب: {status}. لا شيء للدفع هنا.",
		"tx_title": "المعاملة", "block": "الكتلة", "time": "الوقت", "from": "من", "to": "إلى", "value": "القيمة", "status": "الحالة",
		"gas_used": "الغاز المستخدم", "gas_price": "سعر الغاز", "success": "نجحت", "failed": "فشلت", "pending": "قيد الانتظار",
		"events": "أحداث الضمان", "no_events": "لا يوجد حدث ضمان في هذه المعاملة.", "order": "الطلب",
		"rpc_note": "قرأها souq من السلسلة مباشرة: لا يوجد مستكشف عام لهذه الشبكة.",
		"Funded":   "دُفع إلى الضمان", "Delivered": "سُلِّم", "Disputed": "متنازع عليه", "Released": "صُرف للبائع",
		"Refunded": "أُعيد إلى المشتري", "Resolved": "حسمه المحكّم",
		"amount": "المبلغ", "seller_amount": "للبائع", "buyer_amount": "للمشتري", "by_buyer": "أكده المشتري",
		"reason": "السبب", "buyer": "محفظة المشتري", "payee": "عنوان الاستلام", "funder": "دُفع من", "token": "الرمز",
		"true": "نعم", "false": "لا",
		"proof_hash": "إثبات التسليم", "delivered_at": "سُلِّم في", "releasable_at": "قابل للصرف في", "reason_hash": "السبب (بصمة)",
	},
}

// tr renders key in l with {name} arguments given in pairs (lang.Render), falling back to
// English and then to the key.
func tr(l lang.Lang, key string, args ...string) string {
	s, ok := pageText[l][key]
	if !ok {
		if s, ok = pageText[lang.English][key]; !ok {
			s = key
		}
	}
	if len(args) == 0 {
		return s
	}
	a := make(map[string]string, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		a[args[i]] = args[i+1]
	}
	return lang.Render(l, s, a)
}
