package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/souqchain/souq"
)

// shiftClock is the service's clock: the wall clock, moved forward only by the demo (together with
// the dev chain's time) to show deadlines passing.
type shiftClock struct {
	mu    sync.Mutex
	shift time.Duration
}

func (c *shiftClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.shift)
}

func (c *shiftClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.shift += d
	c.mu.Unlock()
}

// driver plays the three people of the simulator against a running App: it types and sends photos
// through the simulator (which signs real webhooks) and waits for what souq answers and records.
type driver struct {
	app     *App
	timeout time.Duration
}

func (d *driver) send(from, text string) error {
	body, _ := json.Marshal(map[string]string{"from": from, "text": text})
	resp, err := http.Post(d.app.URL+"/sim/api/send", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("send %q: %s", text, resp.Status)
	}
	return nil
}

func (d *driver) photo(from, caption string, data []byte) error {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("from", from)
	_ = mw.WriteField("caption", caption)
	fw, _ := mw.CreateFormFile("photo", "delivery.jpg")
	_, _ = fw.Write(data)
	mw.Close()
	resp, err := http.Post(d.app.URL+"/sim/api/upload", mw.FormDataContentType(), &buf)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("upload: %s", resp.Status)
	}
	return nil
}

func (d *driver) eventually(what string, ok func() bool) error {
	deadline := time.Now().Add(d.timeout)
	for time.Now().Before(deadline) {
		if ok() {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("timed out after %s waiting for %s", d.timeout, what)
}

// waitReply waits for a message from souq to chat whose body contains want, and returns its text.
func (d *driver) waitReply(chat, want string) (string, error) {
	var got string
	err := d.eventually("a reply to "+chat+" containing "+want, func() bool {
		for _, m := range d.app.Sim.Messages(chat, 0) {
			if m.Dir == "out" && strings.Contains(string(m.Body), want) {
				got = string(m.Body)
				return true
			}
		}
		return false
	})
	return got, err
}

func (d *driver) latestOrder(ctx context.Context, user string, not souq.OrderID) (souq.OrderView, error) {
	var v souq.OrderView
	err := d.eventually("a new order of "+user, func() bool {
		h, err := d.app.Service.History(ctx, souq.Actor{User: souq.WaID(user)}, 1)
		if err != nil || len(h) == 0 || h[0].ID == not {
			return false
		}
		v = h[0]
		return true
	})
	return v, err
}

func (d *driver) waitStatus(ctx context.Context, customer string, id souq.OrderID, st souq.OrderStatus) error {
	return d.eventually(fmt.Sprintf("order %s to be %s", id.Short(), st), func() bool {
		v, err := d.app.Service.Status(ctx, souq.Actor{User: souq.WaID(customer)}, id.Ref())
		return err == nil && v.Status == st
	})
}
