package soak

import (
	"io"
	"net"
	"sync"
	"time"
)

// stallProxy forwards TCP connections to a target; while stalled it accepts connections and holds
// them without forwarding a byte, as an overloaded or partitioned RPC node does.
type stallProxy struct {
	ln     net.Listener
	target string

	mu       sync.Mutex
	stallEnd time.Time
}

func startProxy(target string) (*stallProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &stallProxy{ln: ln, target: target}
	go p.serve()
	return p, nil
}

func (p *stallProxy) addr() string { return p.ln.Addr().String() }
func (p *stallProxy) close()       { _ = p.ln.Close() }

func (p *stallProxy) stall(d time.Duration) {
	p.mu.Lock()
	p.stallEnd = time.Now().Add(d)
	p.mu.Unlock()
}

func (p *stallProxy) stalledFor() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return time.Until(p.stallEnd)
}

func (p *stallProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.handle(c)
	}
}

func (p *stallProxy) handle(c net.Conn) {
	defer c.Close()
	if d := p.stalledFor(); d > 0 {
		time.Sleep(d)
	}
	up, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		return
	}
	defer up.Close()
	done := make(chan struct{}, 2)
	go func() { p.copy(up, c); done <- struct{}{} }()
	go func() { p.copy(c, up); done <- struct{}{} }()
	<-done
}

// copy forwards bytes, holding each chunk while the proxy is stalled: kept-alive connections
// stall too, not only new ones.
func (p *stallProxy) copy(dst io.Writer, src io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if d := p.stalledFor(); d > 0 {
				time.Sleep(d)
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}
