package chaintest

import (
	"net"
	"testing"
)

// SilentNode is the URL of a node that accepts connections and never answers (a hung node): a
// client's calls to it end only by their own deadline. It closes when the test ends.
func SilentNode(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		var conns []net.Conn
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c) // held open, never read or answered
		}
	}()
	return "http://" + ln.Addr().String()
}
