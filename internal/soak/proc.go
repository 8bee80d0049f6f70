package soak

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// proc is a child process (souq serve or souq devchain) whose output is appended to one log file
// per start, and which can be killed with SIGKILL or stopped with SIGTERM and started again.
type proc struct {
	name   string
	bin    string
	args   []string
	env    []string
	logDir string

	mu     sync.Mutex
	cmd    *exec.Cmd
	done   chan struct{}
	starts int
	lines  map[string]string // "key" → value of "  key   value" lines printed at start (souq serve)
}

func (p *proc) logPath(n int) string {
	return filepath.Join(p.logDir, fmt.Sprintf("%s-%02d.log", p.name, n))
}

// start launches the process; its stdout and stderr go to the start's log file.
func (p *proc) start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.starts++
	f, err := os.Create(p.logPath(p.starts))
	if err != nil {
		return err
	}
	cmd := exec.Command(p.bin, p.args...)
	cmd.Env = append(os.Environ(), p.env...)
	cmd.Stderr = f
	out, err := cmd.StdoutPipe()
	if err != nil {
		f.Close()
		return err
	}
	// Its own process group: a SIGKILL of the group leaves nothing behind.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		f.Close()
		return fmt.Errorf("start %s: %w", p.name, err)
	}
	p.cmd, p.done, p.lines = cmd, make(chan struct{}), map[string]string{}
	done := p.done
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(f, line)
			if k, v, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
				p.mu.Lock()
				if p.lines != nil {
					p.lines[k] = strings.Fields(v)[0]
				}
				p.mu.Unlock()
			}
		}
		_, _ = io.Copy(f, out)
		_ = cmd.Wait()
		f.Close()
		close(done)
	}()
	return nil
}

// line returns the first word after key in the start's output ("horizon" → its URL).
func (p *proc) line(key string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.lines[key]
}

func (p *proc) running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done == nil {
		return false
	}
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// signal sends sig to the process group and waits for the process to end (SIGKILL after wait).
func (p *proc) signal(sig syscall.Signal, wait time.Duration) {
	p.mu.Lock()
	cmd, done := p.cmd, p.done
	p.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-cmd.Process.Pid, sig)
	select {
	case <-done:
	case <-time.After(wait):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
}

func (p *proc) kill() { p.signal(syscall.SIGKILL, 10*time.Second) }
func (p *proc) stop() { p.signal(syscall.SIGTERM, 15*time.Second) }

// freePort returns a loopback port free right now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// waitReady polls url until it answers 200 or the process ends.
func waitReady(ctx context.Context, p *proc, url string, limit time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	c := &http.Client{Timeout: 2 * time.Second}
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if resp, err := c.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if !p.running() {
			return fmt.Errorf("%s exited during start (log %s)", p.name, p.logPath(p.starts))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s not ready at %s after %s: %w", p.name, url, limit, errors.Join(ctx.Err()))
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// buildSouq compiles ./cmd/souq of the repository at dir into out.
func buildSouq(ctx context.Context, dir, out string) error {
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./cmd/souq")
	cmd.Dir = dir
	b, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go build ./cmd/souq: %w\n%s", err, b)
	}
	return nil
}

// tail returns the last n non-empty lines of the latest start's log.
func (p *proc) tail(n int) []string {
	p.mu.Lock()
	path := p.logPath(p.starts)
	p.mu.Unlock()
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, filepath.Base(path)+": "+l)
		}
	}
	return lines[max(0, len(lines)-n):]
}
