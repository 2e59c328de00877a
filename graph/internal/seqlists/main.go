// Command seqlists rewrites gqlgen's generated executor so that lists of
// objects are marshalled one element after another instead of with a
// goroutine per element.
//
// gqlgen v0.17.90 marshals every list of objects with
// graphql.MarshalSliceConcurrently, whatever the resolver configuration.
// That pays when list elements have resolvers that wait on I/O; in this
// API they have none that do (nested relations come with their nodes from
// one Cypher statement), so the goroutines only add scheduling, stack
// growth and garbage: a third of the CPU time of a large bilateral
// response. `make generate` runs this after gqlgen; it fails when the call
// it rewrites is missing, so that a gqlgen upgrade that changes the
// generated code is noticed rather than silently left concurrent.
//
// Usage:
//
//	go run ./graph/internal/seqlists graph/generated/generated.go
package main

import (
	"bytes"
	"fmt"
	"os"
)

const (
	concurrent = "graphql.MarshalSliceConcurrently("
	sequential = "marshalSlice("
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: seqlists FILE")
		os.Exit(2)
	}
	if err := rewrite(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "seqlists:", err)
		os.Exit(1)
	}
}

// rewrite replaces every call of graphql.MarshalSliceConcurrently in the
// file at path by a call of the generated package's marshalSlice.
func rewrite(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read generated code: %w", err)
	}
	n := bytes.Count(src, []byte(concurrent))
	if n == 0 && !bytes.Contains(src, []byte(sequential)) {
		return fmt.Errorf("%s: no call of %s to rewrite (has gqlgen changed?)", path, concurrent[:len(concurrent)-1])
	}
	out := bytes.ReplaceAll(src, []byte(concurrent), []byte(sequential))
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return fmt.Errorf("write generated code: %w", err)
	}
	fmt.Printf("seqlists: %s: %d list marshallers made sequential\n", path, n)
	return nil
}
