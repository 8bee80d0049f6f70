package soak

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// person is a WhatsApp user: a number that types, taps and sends photos. Every message goes to
// souq's webhook signed with the app secret as Meta signs it; while souq is down the message is
// retried with the same id, as Meta retries a webhook.
type person struct {
	Number string // digits, with country code
	Role   string // customer, merchant, courier
	g      *graph
}

// retryFor bounds how long a message is retried while souq is down or restarting.
const retryFor = 3 * time.Minute

func wamid() string {
	var b [18]byte
	_, _ = rand.Read(b[:])
	return "wamid.HBgM" + base64.StdEncoding.EncodeToString(b[:])
}

func (p *person) message(typ string, v any, replyTo string) map[string]any {
	m := map[string]any{"from": p.Number, "id": wamid(), "timestamp": strconv.FormatInt(time.Now().Unix(), 10), "type": typ, typ: v}
	if replyTo != "" {
		m["context"] = map[string]string{"from": "15550783881", "id": replyTo}
	}
	return m
}

// say types text.
func (p *person) say(ctx context.Context, text string) error {
	return p.post(ctx, p.message("text", map[string]string{"body": text}, ""))
}

// tap taps a reply button of a message souq sent.
func (p *person) tap(ctx context.Context, on outMsg, b button) error {
	return p.post(ctx, p.message("interactive", map[string]any{"type": "button_reply",
		"button_reply": map[string]string{"id": b.ID, "title": b.Title}}, on.WAMID))
}

func (p *person) post(ctx context.Context, msg map[string]any) error {
	value := map[string]any{
		"contacts": []any{map[string]any{"profile": map[string]string{"name": p.Role + " " + p.Number}, "wa_id": p.Number}},
		"messages": []any{msg},
	}
	return retry(ctx, func() error {
		// Post adds the metadata to the map it is given: each attempt gets the same payload.
		_, err := p.g.sim.Post(ctx, value)
		return err
	})
}

// photo sends a photo with a caption (the courier's delivery proof), through the simulator's
// media store so souq downloads it from the fake Graph API.
func (p *person) photo(ctx context.Context, caption string, data []byte) error {
	return retry(ctx, func() error {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		_ = mw.WriteField("from", p.Number)
		_ = mw.WriteField("caption", caption)
		fw, _ := mw.CreateFormFile("photo", "delivery.jpg")
		_, _ = fw.Write(data)
		mw.Close()
		base := strings.TrimSuffix(p.g.url, "/graph")
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/sim/api/upload", &buf)
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", mw.FormDataContentType())
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode >= 300 {
			return fmt.Errorf("upload: %s", resp.Status)
		}
		return nil
	})
}

func retry(ctx context.Context, f func() error) error {
	deadline := time.Now().Add(retryFor)
	for {
		err := f()
		var perm *permanent
		if err == nil || errors.As(err, &perm) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
