package bot

import (
	"sort"
	"strings"

	"github.com/souqchain/souq/internal/lang"
)

// Lang is a reply language: the languages, their rules and the words the chat shares with the
// web pages are internal/lang's.
type Lang = lang.Lang

// Supported languages. Brazilian Portuguese is "pt" in chat ("lang pt").
const (
	English    = lang.English
	Arabic     = lang.Arabic
	Portuguese = lang.Portuguese
	Italian    = lang.Italian
)

// Langs lists the supported languages in menu order.
var Langs = lang.All

// langWords are the languages' names as people write them after "language"/"idioma"/"لغة".
var langWords = map[string]Lang{
	"english": English, "inglês": English, "ingles": English, "inglese": English, "الإنجليزية": English, "انجليزي": English, "إنجليزي": English,
	"português": Portuguese, "portugues": Portuguese, "portuguese": Portuguese, "portoghese": Portuguese, "brasil": Portuguese, "البرتغالية": Portuguese,
	"italiano": Italian, "italian": Italian, "italiana": Italian, "الإيطالية": Italian,
	"arabic": Arabic, "árabe": Arabic, "arabe": Arabic, "arabo": Arabic, "العربية": Arabic, "عربي": Arabic, "عربية": Arabic,
}

// ParseLang accepts "ar", "pt", "pt-BR", "pt_br", "IT", and the languages' names ("português",
// "italiano", "العربية", "english"…).
func ParseLang(s string) (Lang, bool) {
	if l, ok := langWords[strings.ToLower(strings.TrimSpace(s))]; ok {
		return l, true
	}
	return lang.Parse(s)
}

// templateCode is the language code WhatsApp templates are approved under.
func templateCode(l Lang) string {
	switch l {
	case Portuguese:
		return "pt_BR"
	case English:
		return "en_US"
	}
	return string(l)
}

// arabicCodes are calling codes of Arab League countries.
var arabicCodes = []string{"20", "211", "212", "213", "216", "218", "222", "249", "252", "253", "269",
	"961", "962", "963", "964", "965", "966", "967", "968", "970", "971", "973", "974"}

// LangForNumber picks the first language from the WhatsApp id's calling code; what the person
// writes then decides (detect.go), and "language xx" fixes it.
func LangForNumber(waID string) Lang {
	switch {
	case strings.HasPrefix(waID, "55"):
		return Portuguese
	case strings.HasPrefix(waID, "39"):
		return Italian
	}
	for _, c := range arabicCodes {
		if strings.HasPrefix(waID, c) {
			return Arabic
		}
	}
	return English
}

// Args are the named values a message interpolates ({order}, {total}…).
type Args map[string]string

// T renders message key in l (lang.Render: {name} values, isolated in Arabic), and starts each
// line of a right-to-left message with RLM so a line opening with a number or an order id still
// reads right to left. A missing key or argument is a programming error the message table tests
// catch; at run time it falls back to English, then to the key, rather than failing a reply.
func T(l Lang, key Key, args Args) string {
	msg, ok := messages[l][key]
	if !ok {
		l, msg = English, messages[English][key]
	}
	if msg == "" {
		return string(key)
	}
	out := lang.Render(l, msg, args)
	if l.RTL() {
		lines := strings.Split(out, "\n")
		for i, line := range lines {
			if line != "" {
				lines[i] = lang.RLM + line
			}
		}
		out = strings.Join(lines, "\n")
	}
	return out
}

// StatusName is the translated name of an order status, or the status itself when it has none.
func StatusName(l Lang, s string) string {
	if w, ok := lang.StatusName(l, s); ok {
		return w
	}
	return s
}

// allKeys lists every key (the message table tests).
func allKeys() []Key {
	keys := make([]Key, 0, len(messages[English]))
	for k := range messages[English] {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}
