package main

import (
	"context"
	"errors"
	"flag"
)

// serveCmd serves the graph over GraphQL.
type serveCmd struct {
	addr string
}

func (c *serveCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on")
}

func (c *serveCmd) args(a []string) error {
	if len(a) > 0 {
		return errors.New("serve takes no arguments")
	}
	return nil
}

func (c *serveCmd) run(ctx context.Context, m *Main) error {
	return errors.New("serve: the GraphQL server (package graph) is not wired yet")
}
