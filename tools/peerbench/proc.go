package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/diplograph/diplograph/internal/subproc"
)

// startPeer starts the peer (node server.mjs in dir, its dependencies
// installed by `npm ci`) on a free port and returns it with its GraphQL
// URL once it answers.
func startPeer(ctx context.Context, node, dir string, env []string, logPath string) (*subproc.Process, string, error) {
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@neo4j", "graphql")); err != nil {
		return nil, "", fmt.Errorf("peer: %s has no node_modules/@neo4j/graphql: run `npm ci` there (make bench-peer does)", dir)
	}
	addr, err := subproc.FreeAddr()
	if err != nil {
		return nil, "", err
	}
	_, port, _ := net.SplitHostPort(addr)
	cmd := exec.Command(node, "server.mjs")
	cmd.Dir = dir
	cmd.Env = append(append([]string(nil), env...), "PORT="+port, "NODE_ENV=production")
	p, err := subproc.Start("peer", cmd, logPath)
	if err != nil {
		return nil, "", err
	}
	url := "http://" + addr + "/"
	if err := subproc.WaitReady(ctx, p, url, subproc.HTTPOK(http.MethodPost, url, `{"query":"{ __typename }"}`)); err != nil {
		return nil, "", err
	}
	return p, url, nil
}

// nodeVersion returns `node --version`, or "?".
func nodeVersion(node string) string {
	out, err := exec.Command(node, "--version").Output()
	if err != nil {
		return "?"
	}
	return string(bytes.TrimSpace(out))
}
