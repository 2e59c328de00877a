package main

import (
	"context"
	"errors"
	"flag"
)

type migrateCmd struct{}

func (c *migrateCmd) flags(fs *flag.FlagSet) {}
func (c *migrateCmd) args(a []string) error  { return nil }
func (c *migrateCmd) run(ctx context.Context, m *Main) error {
	return errors.New("not implemented yet")
}

type ingestCmd struct{}

func (c *ingestCmd) flags(fs *flag.FlagSet) {}
func (c *ingestCmd) args(a []string) error  { return nil }
func (c *ingestCmd) run(ctx context.Context, m *Main) error {
	return errors.New("not implemented yet")
}

type deleteCmd struct{}

func (c *deleteCmd) flags(fs *flag.FlagSet) {}
func (c *deleteCmd) args(a []string) error  { return nil }
func (c *deleteCmd) run(ctx context.Context, m *Main) error {
	return errors.New("not implemented yet")
}

type serveCmd struct{}

func (c *serveCmd) flags(fs *flag.FlagSet) {}
func (c *serveCmd) args(a []string) error  { return nil }
func (c *serveCmd) run(ctx context.Context, m *Main) error {
	return errors.New("not implemented yet")
}

type genCmd struct{}

func (c *genCmd) flags(fs *flag.FlagSet) {}
func (c *genCmd) args(a []string) error  { return nil }
func (c *genCmd) run(ctx context.Context, m *Main) error {
	return errors.New("not implemented yet")
}
