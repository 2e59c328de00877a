package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"runtime/debug"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/ingest"
	"github.com/diplograph/diplograph/web"
)

// serveCmd serves the graph over GraphQL.
type serveCmd struct {
	addr       string
	retryFor   time.Duration
	drainDelay time.Duration
	// ready, when set (tests), receives the address listened on.
	ready chan<- string
}

func (c *serveCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on (host:port)")
	retryFlag(fs, &c.retryFor)
	fs.DurationVar(&c.drainDelay, "drain-delay", 0, "on SIGTERM, how long /readyz answers 503 while requests are still served, before shutting down (a load balancer's probe interval times its failure threshold)")
}

func (c *serveCmd) args(a []string) error {
	if len(a) > 0 {
		return errors.New("serve takes no arguments")
	}
	return nil
}

// shutdownTimeout bounds the graceful shutdown.
const shutdownTimeout = 15 * time.Second

// serveGCPercent is the garbage collector's target while serving, unless
// GOGC says otherwise. A large GraphQL response (a bilateral dashboard:
// a few thousand fields) allocates a few megabytes of short-lived objects
// over a live heap of a few megabytes, so Go's default of 100 collects
// every request or two; at 400 the collector runs a quarter as often, for
// a heap of tens of megabytes, and such a response is served in two
// thirds of the time (neo4jstore's BenchmarkReadBilateral).
const serveGCPercent = 400

func (c *serveCmd) run(ctx context.Context, m *Main) error {
	if m.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	s, err := m.openStore(ctx, c.retryFor)
	if err != nil {
		return err
	}
	if err := migrate(ctx, m, s); err != nil {
		return err
	}
	p := ingest.New(ingest.Config{Extractor: newExtractor(), Writer: s, Logger: m.logger, Now: m.Now,
		RetryBudget: max(c.retryFor, time.Millisecond)})
	apiKey := m.Getenv("DIPLOGRAPH_API_KEY")
	srv := graph.NewServer(graph.Config{
		Reader: s, Ingester: p, Deleter: p, Pinger: s, Readier: s, APIKey: apiKey, Logger: m.logger, Web: web.Handler(),
		Explain: func(docs []diplograph.StoredDocument, id string) []diplograph.EventMerge {
			return ingest.Explain(docs, id, 0)
		},
	})
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := srv.HTTPServer()
	m.logger.Info("serving", "addr", "http://"+ln.Addr().String(), "graphql", "/graphql", "mutations", apiKey != "")
	if c.ready != nil {
		c.ready <- ln.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	if c.drainDelay > 0 {
		srv.Drain()
		m.logger.Info("draining", "for", c.drainDelay)
		time.Sleep(c.drainDelay)
	}
	m.logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}
