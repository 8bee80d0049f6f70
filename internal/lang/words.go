package lang

import (
	"time"

	"golang.org/x/text/feature/plural"
)

// Arabic forms: 1 and 2 are written without the digit (the dual is the number), 3–10 with the
// plural, 11–99 and 100+ with the singular (accusative for 11–99). The dual is written in its
// oblique form (ساعتين), as chat and shop apps do in every position, rather than varying by case.

// durationUnits are the units Duration counts in: days, hours, minutes.
var durationUnits = map[Lang][3]Forms{
	English: {
		{plural.One: "{n} day", plural.Other: "{n} days"},
		{plural.One: "{n} hour", plural.Other: "{n} hours"},
		{plural.One: "{n} minute", plural.Other: "{n} minutes"},
	},
	Portuguese: {
		{plural.One: "{n} dia", plural.Other: "{n} dias"},
		{plural.One: "{n} hora", plural.Other: "{n} horas"},
		{plural.One: "{n} minuto", plural.Other: "{n} minutos"},
	},
	Italian: {
		{plural.One: "{n} giorno", plural.Other: "{n} giorni"},
		{plural.One: "{n} ora", plural.Other: "{n} ore"},
		{plural.One: "{n} minuto", plural.Other: "{n} minuti"},
	},
	Arabic: {
		{plural.One: "يوم واحد", plural.Two: "يومين", plural.Few: "{n} أيام", plural.Many: "{n} يومًا", plural.Other: "{n} يوم"},
		{plural.One: "ساعة واحدة", plural.Two: "ساعتين", plural.Few: "{n} ساعات", plural.Many: "{n} ساعة", plural.Other: "{n} ساعة"},
		{plural.One: "دقيقة واحدة", plural.Two: "دقيقتين", plural.Few: "{n} دقائق", plural.Many: "{n} دقيقة", plural.Other: "{n} دقيقة"},
	},
}

// Duration says how long d is: in days when it is whole days, else in hours when whole hours,
// else in minutes, with l's plural form ("2 days", "36 hours", "90 minuti", "يومين"). The chat's
// offer and the payment page both say the inspection window with it.
func Duration(l Lang, d time.Duration) string {
	unit, n := 2, int64(d/time.Minute)
	switch {
	case d > 0 && d%(24*time.Hour) == 0:
		unit, n = 0, int64(d/(24*time.Hour))
	case d > 0 && d%time.Hour == 0:
		unit, n = 1, int64(d/time.Hour)
	}
	forms, ok := durationUnits[l]
	if !ok {
		l, forms = English, durationUnits[English]
	}
	return Count(l, n, forms[unit])
}

// statusNames are the order statuses (souq.Status values) in words.
var statusNames = map[Lang]map[string]string{
	English: {
		"offered": "waiting for payment", "declined": "declined", "paying": "payment in progress",
		"paid": "paid (in escrow)", "shipped": "shipped", "delivered": "delivered",
		"released": "complete", "refund_requested": "refund requested", "refunded": "refunded",
		"disputed": "in dispute", "resolved": "resolved", "expired": "expired",
	},
	Portuguese: {
		"offered": "aguardando pagamento", "declined": "recusado", "paying": "pagamento em andamento",
		"paid": "pago (em custódia)", "shipped": "enviado", "delivered": "entregue",
		"released": "concluído", "refund_requested": "reembolso solicitado", "refunded": "reembolsado",
		"disputed": "em disputa", "resolved": "resolvido", "expired": "expirado",
	},
	Italian: {
		"offered": "in attesa di pagamento", "declined": "rifiutato", "paying": "pagamento in corso",
		"paid": "pagato (in deposito)", "shipped": "spedito", "delivered": "consegnato",
		"released": "concluso", "refund_requested": "rimborso richiesto", "refunded": "rimborsato",
		"disputed": "contestato", "resolved": "risolto", "expired": "scaduto",
	},
	Arabic: {
		"offered": "بانتظار الدفع", "declined": "مرفوض", "paying": "الدفع جارٍ",
		"paid": "مدفوع (لدى الضامن)", "shipped": "مشحون", "delivered": "تم التسليم",
		"released": "مكتمل", "refund_requested": "طُلب الاسترداد", "refunded": "تم الاسترداد",
		"disputed": "قيد النزاع", "resolved": "تمت التسوية", "expired": "منتهي",
	},
}

// refundReasons are the escrow's refund reasons (its Refunded event: chain/escrow's RefundReasons)
// in words.
var refundReasons = map[Lang]map[string]string{
	English:    {"by_seller": "by the seller", "late_delivery": "not delivered in time", "dispute_expired": "the arbiter did not decide in time"},
	Portuguese: {"by_seller": "pelo vendedor", "late_delivery": "não entregue no prazo", "dispute_expired": "o árbitro não decidiu a tempo"},
	Italian:    {"by_seller": "dal venditore", "late_delivery": "non consegnato in tempo", "dispute_expired": "l'arbitro non ha deciso in tempo"},
	Arabic:     {"by_seller": "من البائع", "late_delivery": "لم يُسلَّم في الموعد", "dispute_expired": "لم يبتّ المحكّم في الوقت المحدد"},
}

// StatusName is an order status (a souq.Status value) in words; false for a status it does not
// know. An unknown language gets English.
func StatusName(l Lang, status string) (string, bool) { return word(statusNames, l, status) }

// RefundReason is one of the escrow's refund reasons ("by_seller", "late_delivery",
// "dispute_expired") in words; false for a reason it does not know.
func RefundReason(l Lang, reason string) (string, bool) { return word(refundReasons, l, reason) }

func word(table map[Lang]map[string]string, l Lang, key string) (string, bool) {
	words, ok := table[l]
	if !ok {
		words = table[English]
	}
	w, ok := words[key]
	return w, ok
}
