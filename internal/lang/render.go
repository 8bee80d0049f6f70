package lang

import (
	"sort"
	"strings"
)

// Unicode bidi controls: RLM makes an Arabic line's base direction right-to-left even when it
// starts with a number or an order id; FSI…PDI isolates each inserted value so "30.50 USDC" or a
// Latin item name keeps its own direction without reordering the sentence around it.
const (
	RLM = "\u200f"
	FSI = "\u2068"
	PDI = "\u2069"
)

// Render fills msg's {name} placeholders from args. In a right-to-left language each non-empty
// value is isolated (FSI…PDI). A placeholder without an argument is left as written, so a
// missing argument shows rather than failing a reply.
func Render(l Lang, msg string, args map[string]string) string {
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
		if l.RTL() && v != "" {
			v = FSI + v + PDI
		}
		b.WriteString(v)
		msg = msg[i+j+1:]
	}
	return b.String()
}

// Placeholders lists the {names} in msg, sorted (tests compare them across languages).
func Placeholders(msg string) []string {
	var out []string
	for {
		i := strings.IndexByte(msg, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(msg[i:], '}')
		if j < 0 {
			break
		}
		out = append(out, msg[i+1:i+j])
		msg = msg[i+j+1:]
	}
	sort.Strings(out)
	return out
}
