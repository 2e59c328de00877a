package neo4jtest

import (
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
)

// Proxy forwards TCP connections to the test database, so that a test can
// take Neo4j away from a client and give it back: Cut drops every
// connection and refuses new ones until Restore; Kill also closes the
// listening port, for good. It is no stand-in for Neo4j: the bytes go to
// the real database.
type Proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	down   bool
	conns  []net.Conn
}

// NewProxy listens on a free port of 127.0.0.1 and forwards to the host
// and port of the test database's URI (Config). It is killed when the
// test ends.
func NewProxy(tb testing.TB) *Proxy {
	tb.Helper()
	u, err := url.Parse(Config().URI)
	if err != nil {
		tb.Fatalf("neo4jtest: proxy: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("neo4jtest: proxy: %v", err)
	}
	p := &Proxy{ln: ln, target: u.Host}
	tb.Cleanup(p.Kill)
	go p.serve()
	return p
}

// Addr returns the proxy's host:port.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// URI returns the test database's URI with the proxy's address: what a
// client given to the proxy connects to.
func (p *Proxy) URI() string {
	u, _ := url.Parse(Config().URI)
	u.Host = p.Addr()
	return u.String()
}

func (p *Proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := p.down
		p.mu.Unlock()
		if down {
			c.Close()
			continue
		}
		u, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		if p.down {
			c.Close()
			u.Close()
		}
		p.conns = append(p.conns, c, u)
		p.mu.Unlock()
		go func() { _, _ = io.Copy(u, c); u.Close() }()
		go func() { _, _ = io.Copy(c, u); c.Close() }()
	}
}

// Cut closes every connection and refuses new ones until Restore.
func (p *Proxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = true
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// Restore forwards new connections again.
func (p *Proxy) Restore() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = false
}

// Kill cuts the proxy and closes its port: to the client, Neo4j died.
func (p *Proxy) Kill() {
	p.Cut()
	p.ln.Close()
}
