package soak

import (
	"bufio"
	"net"
	"testing"
	"time"
)

// TestStallProxy: bytes flow through; while stalled, a kept-alive connection holds them.
func TestStallProxy(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() { // a line echo server
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					l, err := r.ReadString('\n')
					if err != nil {
						return
					}
					_, _ = c.Write([]byte(l))
				}
			}()
		}
	}()
	p, err := startProxy(ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer p.close()
	c, err := net.Dial("tcp", p.addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	roundTrip := func() time.Duration {
		start := time.Now()
		if _, err := c.Write([]byte("ping\n")); err != nil {
			t.Fatal(err)
		}
		if l, err := r.ReadString('\n'); err != nil || l != "ping\n" {
			t.Fatalf("echo %q, %v", l, err)
		}
		return time.Since(start)
	}
	if d := roundTrip(); d > 300*time.Millisecond {
		t.Fatalf("unstalled round trip took %s", d)
	}
	p.stall(700 * time.Millisecond)
	if d := roundTrip(); d < 500*time.Millisecond {
		t.Fatalf("stalled round trip took only %s", d)
	}
}
