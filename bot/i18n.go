package bot

import (
	"sort"
	"strings"
)

// Lang is a reply language.
type Lang string

// Supported languages. Brazilian Portuguese is "pt" in chat ("lang pt").
const (
	English    Lang = "en"
	Arabic     Lang = "ar"
	Portuguese Lang = "pt"
	Italian    Lang = "it"
)

// Langs lists the supported languages in menu order.
var Langs = []Lang{English, Arabic, Portuguese, Italian}

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
	s = strings.ToLower(strings.TrimSpace(s))
	if l, ok := langWords[s]; ok {
		return l, true
	}
	s, _, _ = strings.Cut(strings.ReplaceAll(s, "_", "-"), "-")
	for _, l := range Langs {
		if string(l) == s {
			return l, true
		}
	}
	return "", false
}

// RTL reports whether the language is written right to left.
func (l Lang) RTL() bool { return l == Arabic }

// TemplateCode is the language code WhatsApp templates are approved under.
func (l Lang) TemplateCode() string {
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

// Unicode bidi controls: RLM makes an Arabic line's base direction right-to-left even when it
// starts with a number or an order id; FSI…PDI isolates each inserted value so "30.50 USDC" or a
// Latin item name keeps its own direction without reordering the sentence around it.
const (
	rlm = "\u200f"
	fsi = "\u2068"
	pdi = "\u2069"
)

// Args are the named values a message interpolates ({order}, {total}…).
type Args map[string]string

// T renders message key in lang. A missing key or argument is a programming error the catalogue
// tests catch; at run time it falls back to English, then to the key, rather than failing a reply.
func T(lang Lang, key Key, args Args) string {
	msg, ok := catalogue[lang][key]
	if !ok {
		lang, msg = English, catalogue[English][key]
	}
	if msg == "" {
		return string(key)
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(msg, '{')
		if i < 0 {
			b.WriteString(msg)
			break
		}
		j := strings.IndexByte(msg[i:], '}')
		if j < 0 {
			b.WriteString(msg)
			break
		}
		b.WriteString(msg[:i])
		name := msg[i+1 : i+j]
		v, ok := args[name]
		if !ok {
			v = "{" + name + "}"
		}
		if lang.RTL() && v != "" {
			v = fsi + v + pdi
		}
		b.WriteString(v)
		msg = msg[i+j+1:]
	}
	out := b.String()
	if lang.RTL() {
		lines := strings.Split(out, "\n")
		for i, l := range lines {
			if l != "" {
				lines[i] = rlm + l
			}
		}
		out = strings.Join(lines, "\n")
	}
	return out
}

// placeholders lists the {names} in a catalogue string (tests compare them across languages).
func placeholders(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
	sort.Strings(out)
	return out
}

// StatusName is the translated name of an order status.
func StatusName(lang Lang, s string) string {
	k := Key("status_" + s)
	if _, ok := catalogue[English][k]; !ok {
		return s
	}
	return rawT(lang, k, nil)
}

// mustKeys is used by tests to list every key.
func allKeys() []Key {
	keys := make([]Key, 0, len(catalogue[English]))
	for k := range catalogue[English] {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}
