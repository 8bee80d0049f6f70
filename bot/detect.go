package bot

import (
	"strings"
	"unicode"
)

// Language from what people write.
//
// A chat starts in the language of the number's calling code (LangForNumber). Until the person
// chooses one ("language pt", "idioma", "lingua", "لغة", or a tap in the picker), every text
// message that shows its language clearly switches the chat to it, and the reply to that
// message is already in it:
//   - more Arabic letters than Latin ones: Arabic (a Portuguese merchant selling "1 شاي" stays
//     Portuguese);
//   - otherwise, words that only one of the supported languages uses ("olá", "pedidos",
//     "grazie", "thanks"…, and the commands in Portuguese and Italian; English commands are
//     everyone's codes and mark nothing); a message with words of two
//     languages, or only shared ones ("ok", "menu", "stop", numbers, order numbers), changes
//     nothing.
// A chosen language is kept (State.LangChosen) whatever the person writes afterwards. The choice
// and the detected language are stored with the chat state, per person.

// markWords are words that mark one language. Words two languages share ("menu", "status",
// "stop", "nome", "no", "si", "per") are left out on purpose.
var markWords = map[Lang][]string{
	// English command words are left out: they are the tap ids, the examples on souq's pages and
	// what people everywhere type as codes ("sell", "help"), so they say nothing about the reply
	// a Brazilian merchant wants. Other languages' command words do mark them.
	English: {"hello", "thanks", "thank", "please", "want", "the", "where", "what", "how", "buy", "price", "my",
		"you", "when", "why", "yes", "received", "broken", "never"},
	Portuguese: {"ajuda", "oi", "olá", "ola", "obrigado", "obrigada", "sim", "parar", "pare", "atendente", "humano",
		"pagar", "recusar", "situação", "situacao", "pedidos", "pedido", "recibo", "recebido", "disputa", "reembolso",
		"pontos", "resgatar", "cadastrar", "vender", "enviado", "aceitar", "responder", "fidelidade", "entregar",
		"cancelar", "idioma", "moeda", "quero", "você", "voce", "meu", "minha", "onde", "está", "tudo", "bom", "boa",
		"não", "nao", "comprar", "preço", "preco", "para", "favor", "tchau"},
	Italian: {"aiuto", "ciao", "grazie", "sì", "basta", "operatore", "persona", "paga", "rifiuta", "stato", "ordini",
		"ordine", "ricevuta", "ricevuto", "contesta", "rimborso", "punti", "riscatta", "registra", "vendi", "spedito",
		"accetta", "rispondi", "fedeltà", "fedelta", "consegna", "annulla", "lingua", "valuta", "voglio", "mio", "mia",
		"dove", "buongiorno", "buonasera", "sono", "comprare", "prezzo", "perché", "vorrei"},
}

// wordLang maps each marking word to its language.
func wordLang(w string) (Lang, bool) {
	for l, words := range markWords {
		for _, m := range words {
			if m == w {
				return l, true
			}
		}
	}
	return "", false
}

// DetectLang returns the language text is clearly written in, or false.
func DetectLang(text string) (Lang, bool) {
	arabic, latin := 0, 0
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if arabic > latin {
		return Arabic, true
	}
	found := Lang("")
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		l, ok := wordLang(f)
		if !ok {
			continue
		}
		if found != "" && found != l {
			return "", false // two languages: keep the chat's
		}
		found = l
	}
	return found, found != ""
}
