package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/bot/whatsapp/simulator"
)

func start(t *testing.T) *Stack {
	t.Helper()
	log := logrus.New()
	log.SetOutput(io.Discard)
	s, err := Start("127.0.0.1:0", t.TempDir(), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func send(t *testing.T, s *Stack, m simulator.UserMessage) {
	t.Helper()
	b, _ := json.Marshal(m)
	resp, err := http.Post(s.URL+"/sim/api/send", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("send %+v: %d %s", m, resp.StatusCode, body)
	}
}

// waitOut waits for souq's reply to chat containing all of want, and returns its Graph request.
func waitOut(t *testing.T, s *Stack, chat string, want ...string) map[string]any {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		for _, e := range s.Sim.Messages(chat, 0) {
			if e.Dir != "out" {
				continue
			}
			raw := string(e.Body)
			ok := true
			for _, w := range want {
				if !strings.Contains(raw, w) {
					ok = false
				}
			}
			if ok {
				var m map[string]any
				_ = json.Unmarshal(e.Body, &m)
				m["_id"] = e.ID
				return m
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no reply to %s containing %q; chat: %+v", chat, want, s.Sim.Messages(chat, 0))
	return nil
}

func firstButton(m map[string]any) (id, title string) {
	b := m["interactive"].(map[string]any)["action"].(map[string]any)["buttons"].([]any)[0].(map[string]any)["reply"].(map[string]any)
	return b["id"].(string), b["title"].(string)
}

// TestStackSale drives a whole sale through the simulator's API (what the page does): signed
// webhooks in, Graph API requests out, taps, a photo, status webhooks.
func TestStackSale(t *testing.T) {
	t.Parallel()
	s := start(t)
	const c, m, k = "16505551234", "5511988887777", "393331234567"
	send(t, s, simulator.UserMessage{From: m, Text: "cadastrar 0x1111111111111111111111111111111111111111"})
	waitOut(t, s, m, "Cadastro de lojista feito")
	send(t, s, simulator.UserMessage{From: c, Text: "yes"})
	waitOut(t, s, c, "You're in")
	send(t, s, simulator.UserMessage{From: m, Text: "vender 2 café 30 USDC para +1 650 555 1234"})
	offer := waitOut(t, s, c, "offers you 2", "pay:")
	id, title := firstButton(offer)
	send(t, s, simulator.UserMessage{From: c, ButtonID: id, Title: title, Kind: "button_reply", ReplyTo: offer["_id"].(string)})
	waitOut(t, s, c, "Payment confirmed")
	paid := waitOut(t, s, m, "foi pago", "shipped:")
	id, title = firstButton(paid)
	send(t, s, simulator.UserMessage{From: m, ButtonID: id, Title: title, Kind: "button_reply"})
	waitOut(t, s, c, "has shipped")

	short := strings.TrimPrefix(id, "shipped:")[:8]
	send(t, s, simulator.UserMessage{From: m, Text: "entregador adicionar +" + k})
	waitOut(t, s, m, "agora é um dos seus entregadores")
	send(t, s, simulator.UserMessage{From: m, Text: "atribuir " + short + " +" + k})
	waitOut(t, s, k, "ti ha chiesto di consegnare", short)
	send(t, s, simulator.UserMessage{From: k, Text: "consegna " + short})
	waitOut(t, s, k, "location_request_message")
	lat, lng := "-23.5613", "-46.6565"
	send(t, s, simulator.UserMessage{From: k, Lat: &lat, Lng: &lng})
	waitOut(t, s, k, "Posizione salvata")
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("from", k)
	fw, _ := mw.CreateFormFile("photo", "door.jpg")
	_, _ = fw.Write([]byte("\xff\xd8\xff\xe0 photo of a parcel at the door"))
	_ = mw.Close()
	resp, err := http.Post(s.URL+"/sim/api/upload", mw.FormDataContentType(), &buf)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("upload: %v %v", err, resp)
	}
	resp.Body.Close()
	// The chat page shows the photo the courier sent, without the Graph API's token.
	var sent struct {
		Image struct{ ID string } `json:"image"`
	}
	for _, e := range s.Sim.Messages(k, 0) {
		if e.Dir == "in" && json.Unmarshal(e.Body, &sent) == nil && sent.Image.ID != "" {
			break
		}
	}
	if resp, err := http.Get(s.URL + "/sim/api/media/" + sent.Image.ID); err != nil || resp.StatusCode != 200 {
		t.Fatalf("the chat page cannot show the courier's photo %q: %v %v", sent.Image.ID, err, resp)
	} else if b, _ := io.ReadAll(resp.Body); !bytes.Contains(b, []byte("photo of a parcel")) {
		t.Fatalf("the chat page's photo is %q", b)
	}
	waitOut(t, s, k, "Prova di consegna")
	waitOut(t, s, c, "was delivered")

	// Status webhooks flow back and are recorded against souq's messages.
	deadline := time.Now().Add(5 * time.Second)
	for {
		sm, ok, _ := s.DB.Sent(context.Background(), offer["_id"].(string))
		if ok && sm.Status == "delivered" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status of the offer never recorded as delivered: %+v", sm)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestStackFaults: the fake Graph API throttles, and the sender backs off and gets through.
func TestStackFaults(t *testing.T) {
	t.Parallel()
	s := start(t)
	s.Sim.AddFault(simulator.Fault{Code: 131056, Count: 1, To: "16505551234"})
	send(t, s, simulator.UserMessage{From: "16505551234", Text: "help"})
	waitOut(t, s, "16505551234", "What you can say here")
	// Wrong token at the fake Graph API is refused like Meta's (code 190).
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graph/v24.0/106540352242922/messages", strings.NewReader(`{"messaging_product":"whatsapp","to":"1","type":"text"}`))
	req.Header.Set("Authorization", "Bearer wrong")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 401 || !strings.Contains(string(b), `"code":190`) {
		t.Fatalf("wrong token: %d %s", resp.StatusCode, b)
	}
}

// TestStackSupportAgent plays the support agent's pane: a customer asks for a person, the agent
// lists the ticket on the arbiter API, answers as a person and hands back; the bot answers again.
// On the way the customer's 👍 and sticker draw no reply, and a failed offer reaches the merchant.
func TestStackSupportAgent(t *testing.T) {
	t.Parallel()
	s := start(t)
	const customer, merchant = "16505551234", "5511988887777"
	arb := func(method, path, body string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, s.URL+"/api/v1/arbiter"+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+s.ArbiterKey)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	send(t, s, simulator.UserMessage{From: customer, Text: "agent"})
	m := waitOut(t, s, customer, "Ticket T", "is open")
	ticket := regexp.MustCompile(`Ticket (T[0-9A-F]{8}) is open`).FindStringSubmatch(fmt.Sprint(m["text"]))
	if ticket == nil {
		t.Fatalf("no ticket id in %v", m)
	}
	tid := ticket[1] // the service names tickets
	send(t, s, simulator.UserMessage{From: customer, Type: "reaction", ReplyTo: m["_id"].(string), Emoji: "👍"})
	send(t, s, simulator.UserMessage{From: customer, Type: "sticker"})
	send(t, s, simulator.UserMessage{From: customer, Text: "my parcel is late"})
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, body := arb("GET", "/tickets", "")
		if code == 200 && strings.Contains(body, "my parcel is late") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("tickets: %d %s", code, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code, body := arb("POST", "/tickets/"+tid+"/messages", `{"text":"It left today.","agent":"Rana"}`); code != 201 {
		t.Fatalf("agent reply %d %s", code, body)
	}
	waitOut(t, s, customer, "Rana (souq support, ticket "+tid+"): It left today.")
	if code, body := arb("POST", "/tickets/"+tid+"/hand-back", ""); code != 204 {
		t.Fatalf("hand-back %d %s", code, body)
	}
	waitOut(t, s, customer, "back with the souq assistant")
	send(t, s, simulator.UserMessage{From: customer, Text: "points"})
	waitOut(t, s, customer, "You have 0 points")
	for _, e := range s.Sim.Messages(customer, 0) {
		if e.Dir == "out" && strings.Contains(string(e.Body), "not this kind of message") {
			t.Fatalf("a reaction or sticker was answered: %s", e.Body)
		}
	}
	// The merchant's offer never reaches the customer (131026): the merchant is told.
	send(t, s, simulator.UserMessage{From: customer, Text: "yes"})
	send(t, s, simulator.UserMessage{From: merchant, Text: "cadastrar 0x1111111111111111111111111111111111111111"})
	waitOut(t, s, merchant, "Cadastro")
	s.Sim.AddFault(simulator.Fault{Code: 131026, Count: 1, To: customer, Async: true})
	send(t, s, simulator.UserMessage{From: merchant, Text: "vender 1 chá 5 USDC para +16505551234"})
	waitOut(t, s, merchant, "131026")
}
