package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// client sends GraphQL requests to one server.
type client struct {
	url  string // of the GraphQL endpoint
	http *http.Client
}

// newClient returns a client of the GraphQL endpoint url that keeps conns
// idle connections.
func newClient(url string, conns int) *client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 2 * conns
	t.MaxIdleConnsPerHost = 2 * conns
	return &client{url: url, http: &http.Client{Transport: t, Timeout: 2 * time.Minute}}
}

// body encodes a GraphQL request.
func body(query string, vars map[string]any) []byte {
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		panic(err) // strings and plain values only
	}
	return b
}

// post sends one request and returns the response body and how long it
// took, from sending to the last byte read; an HTTP status other than 200
// is an error, GraphQL errors are left to the caller.
func (c *client) post(ctx context.Context, b []byte) ([]byte, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(b))
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("transport: %w", err)
	}
	out, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if err != nil {
		return nil, d, fmt.Errorf("transport: reading the body: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return out, d, fmt.Errorf("HTTP %d: %.300s", resp.StatusCode, out)
	}
	return out, d, nil
}

// data sends one request and returns its decoded data, or an error for
// a failed request or a response with GraphQL errors.
func (c *client) data(ctx context.Context, b []byte) (map[string]any, error) {
	out, _, err := c.post(ctx, b)
	if err != nil {
		return nil, err
	}
	return decodeData(out)
}

// decodeData decodes a GraphQL response body: its data, or an error for
// its first GraphQL error.
func decodeData(b []byte) (map[string]any, error) {
	var r struct {
		Data   map[string]any `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&r); err != nil {
		return nil, fmt.Errorf("undecodable response: %w", err)
	}
	if len(r.Errors) > 0 {
		return nil, fmt.Errorf("GraphQL error: %s", r.Errors[0].Message)
	}
	if r.Data == nil {
		return nil, fmt.Errorf("no data")
	}
	return r.Data, nil
}
