package graph

import (
	"container/list"
	"context"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// Error codes of the admission checks, in extensions.code.
const (
	codeNesting = "NESTING_LIMIT_EXCEEDED"
	codeFields  = "FIELD_LIMIT_EXCEEDED"
	codeRoots   = "ROOT_FIELD_LIMIT_EXCEEDED"
)

// admission is a gqlgen extension that checks the text of an operation
// and its variables before gqlgen parses and validates them, in time
// linear in their size:
//
//   - the nesting of brackets in the text and of the variables' values
//     (a query nested 300,000 levels, or a filter nested 1,000 levels,
//     is refused before any parser or Cypher builder recurses into it);
//   - the number of tokens (gqlparser's token limit);
//   - the number of fields once every fragment spread is expanded,
//     counted with one visit per fragment (a few fragments that each
//     spread the one before twice describe millions of fields, and
//     gqlgen's validation and complexity walk every one of them).
//
// A document already in the query cache has passed all of this before
// and is not checked again.
type admission struct {
	limits Limits
	cache  *queryCache
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = (*admission)(nil)

// ExtensionName implements graphql.HandlerExtension.
func (a *admission) ExtensionName() string { return "DiplographAdmission" }

// Validate implements graphql.HandlerExtension.
func (a *admission) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters implements graphql.OperationParameterMutator.
func (a *admission) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if err := a.checkVariables(p.Variables); err != nil {
		return err
	}
	if a.cache.has(p.Query) {
		return nil
	}
	if d := textNesting(p.Query, a.limits.MaxNesting); d > a.limits.MaxNesting {
		return gqlErr(codeNesting, "the query nests brackets more than %d levels deep", a.limits.MaxNesting)
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, a.limits.MaxTokens)
	if err != nil {
		if ge, ok := err.(*gqlerror.Error); ok {
			errcode.Set(ge, errcode.ParseFailed)
			return ge
		}
		return gqlErr(errcode.ParseFailed, "the query does not parse")
	}
	n, ok := expandedFields(doc, a.limits.MaxFields)
	if !ok {
		return gqlErr(errcode.ValidationFailed, "the query's fragments spread each other in a cycle")
	}
	if n > a.limits.MaxFields {
		return gqlErr(codeFields, "the query selects more than %d fields once its fragments are expanded", a.limits.MaxFields)
	}
	return nil
}

// checkVariables refuses variables nested deeper than the limit.
func (a *admission) checkVariables(vars map[string]any) *gqlerror.Error {
	for name, v := range vars {
		if valueNesting(v, 1, a.limits.MaxNesting) > a.limits.MaxNesting {
			return gqlErr(codeNesting, "variable $%s nests values more than %d levels deep", name, a.limits.MaxNesting)
		}
	}
	return nil
}

// valueNesting returns the nesting depth of v (a decoded JSON value), or
// a number past limit as soon as it is known to exceed it.
func valueNesting(v any, depth, limit int) int {
	if depth > limit {
		return depth
	}
	deepest := depth
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			if d := valueNesting(e, depth+1, limit); d > deepest {
				if deepest = d; d > limit {
					return d
				}
			}
		}
	case []any:
		for _, e := range x {
			if d := valueNesting(e, depth+1, limit); d > deepest {
				if deepest = d; d > limit {
					return d
				}
			}
		}
	}
	return deepest
}

// textNesting returns the deepest nesting of the brackets {, ( and [ in a
// GraphQL document, outside strings and comments, or limit+1 as soon as it
// goes past limit. It does not check that the brackets match: the parser
// does.
func textNesting(q string, limit int) int {
	depth, deepest := 0, 0
	for i := 0; i < len(q); i++ {
		switch q[i] {
		case '#':
			for i < len(q) && q[i] != '\n' && q[i] != '\r' {
				i++
			}
		case '"':
			if strings.HasPrefix(q[i:], `"""`) {
				i = blockStringEnd(q, i+3)
				continue
			}
			for i++; i < len(q) && q[i] != '"' && q[i] != '\n'; i++ {
				if q[i] == '\\' {
					i++
				}
			}
		case '{', '(', '[':
			depth++
			if depth > deepest {
				if deepest = depth; deepest > limit {
					return deepest
				}
			}
		case '}', ')', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	return deepest
}

// blockStringEnd returns the index of the last quote of the block string
// whose text starts at i (after its opening quotes), or len(q).
func blockStringEnd(q string, i int) int {
	for {
		j := strings.Index(q[i:], `"""`)
		if j < 0 {
			return len(q)
		}
		if j > 0 && q[i+j-1] == '\\' {
			i += j + 3
			continue
		}
		return i + j + 2
	}
}

// expandedFields counts the fields of every operation and fragment of doc
// with each fragment spread replaced by the fragment's fields, visiting
// each fragment once. The count saturates just past limit. ok is false
// when fragments spread each other in a cycle.
func expandedFields(doc *ast.QueryDocument, limit int) (n int, ok bool) {
	c := fieldCounter{doc: doc, limit: limit, memo: map[string]int{}, visiting: map[string]bool{}}
	for _, op := range doc.Operations {
		n = c.add(n, c.set(op.SelectionSet))
	}
	for _, f := range doc.Fragments {
		n = c.add(n, c.fragment(f.Name))
	}
	return n, !c.cycle
}

type fieldCounter struct {
	doc      *ast.QueryDocument
	limit    int
	memo     map[string]int
	visiting map[string]bool
	cycle    bool
}

// add adds two counts, saturating just past the limit.
func (c *fieldCounter) add(a, b int) int {
	if a+b > c.limit {
		return c.limit + 1
	}
	return a + b
}

func (c *fieldCounter) set(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n = c.add(n, c.add(1, c.set(s.SelectionSet)))
		case *ast.InlineFragment:
			n = c.add(n, c.set(s.SelectionSet))
		case *ast.FragmentSpread:
			n = c.add(n, c.fragment(s.Name))
		}
		if n > c.limit || c.cycle {
			return n
		}
	}
	return n
}

func (c *fieldCounter) fragment(name string) int {
	if n, ok := c.memo[name]; ok {
		return n
	}
	if c.visiting[name] {
		c.cycle = true
		return 0
	}
	f := c.doc.Fragments.ForName(name)
	if f == nil {
		return 0 // validation reports the unknown fragment
	}
	c.visiting[name] = true
	n := c.set(f.SelectionSet)
	delete(c.visiting, name)
	c.memo[name] = n
	return n
}

// queryCache is the server's cache of parsed and validated documents. It
// is bounded in bytes of query text (the parsed document takes some
// twenty times its text), and it keeps only documents that passed every
// check: gqlgen adds a document once it validates, before the guard and
// the complexity limit have seen it, so an addition waits in the request's
// context until the last check admits it (admit).
type queryCache struct {
	maxBytes, maxEntry int

	mu    sync.Mutex
	bytes int
	order *list.List // of *cacheEntry, most recently used first
	index map[string]*list.Element
}

type cacheEntry struct {
	query string
	doc   *ast.QueryDocument
}

func newQueryCache(maxBytes, maxEntry int) *queryCache {
	return &queryCache{maxBytes: maxBytes, maxEntry: maxEntry, order: list.New(), index: map[string]*list.Element{}}
}

var _ graphql.Cache[*ast.QueryDocument] = (*queryCache)(nil)

// pendingKey carries the request's *pendingDoc.
type pendingKey struct{}

// pendingDoc is a document gqlgen asked to cache during this request.
type pendingDoc struct {
	query string
	doc   *ast.QueryDocument
}

// withPending prepares ctx to hold the request's document until admitted.
func withPending(ctx context.Context) context.Context {
	return context.WithValue(ctx, pendingKey{}, &pendingDoc{})
}

// Get implements graphql.Cache.
func (c *queryCache) Get(_ context.Context, query string) (*ast.QueryDocument, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.index[query]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cacheEntry).doc, true
}

// has reports whether query is cached.
func (c *queryCache) has(query string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.index[query]
	return ok
}

// Add implements graphql.Cache: it records the document in the request's
// context; admit caches it.
func (c *queryCache) Add(ctx context.Context, query string, doc *ast.QueryDocument) {
	if p, ok := ctx.Value(pendingKey{}).(*pendingDoc); ok {
		p.query, p.doc = query, doc
	}
}

// admit caches the request's pending document, if it has one and it is
// not larger than an entry may be.
func (c *queryCache) admit(ctx context.Context) {
	p, ok := ctx.Value(pendingKey{}).(*pendingDoc)
	if !ok || p.doc == nil || len(p.query) > c.maxEntry {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.index[p.query]; ok {
		return
	}
	c.index[p.query] = c.order.PushFront(&cacheEntry{query: p.query, doc: p.doc})
	c.bytes += len(p.query)
	for c.bytes > c.maxBytes {
		last := c.order.Back()
		e := last.Value.(*cacheEntry)
		c.order.Remove(last)
		delete(c.index, e.query)
		c.bytes -= len(e.query)
	}
}

// size returns the entries and the bytes of query text in the cache.
func (c *queryCache) size() (entries, bytes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.index), c.bytes
}

// admitter is the last gqlgen extension to check an operation: reached
// only when every check before it passed, it admits the operation's
// document into the query cache.
type admitter struct{ cache *queryCache }

// ExtensionName implements graphql.HandlerExtension.
func (a admitter) ExtensionName() string { return "DiplographAdmitter" }

// Validate implements graphql.HandlerExtension.
func (a admitter) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (a admitter) MutateOperationContext(ctx context.Context, _ *graphql.OperationContext) *gqlerror.Error {
	a.cache.admit(ctx)
	return nil
}
