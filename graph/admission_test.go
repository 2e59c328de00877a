package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

func TestTextNesting(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want int
	}{
		{`{ a { b } }`, 2},
		{`{ a(where: {x: [1]}) }`, 4},
		{`{ a(s: "{{{{") }`, 2},
		{`{ a(s: """ {{{ \""" {{ """) }`, 2},
		{"{ a # {{{{\n}", 1},
		{`}}}{`, 1},
	} {
		if got := textNesting(tc.q, 100); got != tc.want {
			t.Errorf("textNesting(%q) = %d, want %d", tc.q, got, tc.want)
		}
	}
	if got := textNesting(strings.Repeat("{", 1000), 10); got != 11 {
		t.Errorf("textNesting stops just past the limit: got %d, want 11", got)
	}
}

func TestExpandedFields(t *testing.T) {
	doc, err := parser.ParseQuery(&ast.Source{Input: `query { ...F2 x }
fragment F0 on Query { a b }
fragment F1 on Query { ...F0 ...F0 }
fragment F2 on Query { ...F1 ...F1 c { d } }`})
	if err != nil {
		t.Fatal(err)
	}
	// The operation: 4*2 + 2 + 1 = 11; the fragments: 2, 4, 10.
	if n, ok := expandedFields(doc, 1000); n != 27 || !ok {
		t.Errorf("expandedFields = %d, %v, want 27, true", n, ok)
	}
	if n, _ := expandedFields(doc, 5); n != 6 {
		t.Errorf("expandedFields saturates just past the limit: got %d, want 6", n)
	}
	cyc, _ := parser.ParseQuery(&ast.Source{Input: `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`})
	if _, ok := expandedFields(cyc, 1000); ok {
		t.Error("a cycle of fragments was not found")
	}
}

func TestQueryCacheAdmitsOnlyAccepted(t *testing.T) {
	c := newQueryCache(100, 40)
	doc := &ast.QueryDocument{}
	// gqlgen adds a document; no check admitted it: not cached.
	ctx := withPending(context.Background())
	c.Add(ctx, "{ a }", doc)
	if c.has("{ a }") {
		t.Fatal("a document was cached before it was admitted")
	}
	c.admit(ctx)
	if !c.has("{ a }") {
		t.Fatal("an admitted document was not cached")
	}
	// Too large for an entry: never cached.
	big := "{ " + strings.Repeat("a ", 30) + "}"
	ctx = withPending(context.Background())
	c.Add(ctx, big, doc)
	c.admit(ctx)
	if c.has(big) {
		t.Error("a document over the entry limit was cached")
	}
	// Bounded in bytes: the least recently used go first.
	for i := range 50 {
		q := "{ field" + strings.Repeat("x", i%7) + itoa3(i) + " }"
		ctx := withPending(context.Background())
		c.Add(ctx, q, doc)
		c.admit(ctx)
	}
	if _, b := c.size(); b > 100 {
		t.Errorf("cache holds %d bytes of queries, over its 100", b)
	}
}

func itoa3(i int) string { return string(rune('a'+i/26%26)) + string(rune('a'+i%26)) }
