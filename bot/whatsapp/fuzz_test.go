package whatsapp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse: the parser never panics, and every event it returns has a key and round-trips
// through the inbox encoding.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.json")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"id":"x","from":"1","timestamp":"1","type":"order","order":{"product_items":[{"quantity":1e400,"item_price":-1}]}}]}}]}]}`))
	// Names that only match case-insensitively: "ſ" (U+017F) folds to "s" in encoding/json.
	f.Add([]byte("{\"Object\":\"whatsapp_business_account\",\"ENTRY\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"me\u017f\u017fages\":[{\"from\":\"1\",\"id\":\"x\",\"timestamp\":\"1\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}],\"wa_id\":1,\"waid\":2}}]}]}"))
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := Parse(body, received)
		if err != nil {
			return
		}
		for _, ev := range p.Events {
			if ev.Key() == "" || ev.Key() == "m:" {
				t.Fatalf("event without key: %+v", ev)
			}
			data, err := json.Marshal(ev)
			if err != nil {
				t.Fatal(err)
			}
			back, err := DecodeEvent(data)
			if err != nil || back.Key() != ev.Key() || back.Chat() != ev.Chat() {
				t.Fatalf("round trip: %v %q %q", err, back.Key(), ev.Key())
			}
			if ev.Kind == KindMessage && ev.Message.Type == TypeOrder {
				for _, it := range ev.Message.Order.Items {
					if it.Quantity <= 0 {
						t.Fatalf("non-positive quantity accepted: %+v", it)
					}
				}
			}
		}
	})
}

// FuzzVerifySignature: only the exact HMAC of the exact body verifies.
func FuzzVerifySignature(f *testing.F) {
	f.Add([]byte(`{"a":1}`), []byte("secret"), "")
	f.Add([]byte(`{}`), []byte("s"), "sha256=00")
	f.Fuzz(func(t *testing.T, body, secret []byte, header string) {
		good := Sign(body, secret)
		if err := VerifySignature(good, body, secret); err != nil {
			t.Fatalf("own signature rejected: %v", err)
		}
		if header != good && VerifySignature(header, body, secret) == nil {
			// A different header string may still decode to the same bytes (upper-case hex).
			if len(header) != len(good) {
				t.Fatalf("forged header %q accepted", header)
			}
		}
		if len(body) > 0 {
			other := append([]byte{body[0] ^ 1}, body[1:]...)
			if VerifySignature(good, other, secret) == nil {
				t.Fatal("signature verified for a different body")
			}
		}
	})
}
