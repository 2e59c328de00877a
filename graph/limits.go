package graph

import (
	"context"
	"crypto/subtle"
	"fmt"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limits bound what one request may ask for, and what the HTTP server
// gives one connection. They are the one place where the server's limits
// are set; the README lists them.
type Limits struct {
	// MaxDepth is the deepest nesting of fields (introspection aside);
	// default 10.
	MaxDepth int
	// MaxComplexity bounds the complexity of an operation, where a list
	// field costs its page size times its children; default 20000.
	MaxComplexity int
	// MaxBodyBytes bounds the request body; default 1 MiB.
	MaxBodyBytes int64
	// MaxBatch bounds the articles of one ingestArticles; default 100.
	MaxBatch int

	// MaxNesting bounds the nesting of brackets in the query text and of
	// values in the variables, checked before parsing; default 64.
	MaxNesting int
	// MaxTokens bounds the tokens of the query text (gqlparser's token
	// limit); default 10000.
	MaxTokens int
	// MaxFields bounds the fields of a document once its fragment spreads
	// are expanded, checked before validation; default 2000.
	MaxFields int
	// MaxRootFields bounds the root fields of an operation (aliases
	// included); default 20.
	MaxRootFields int
	// MaxDBCalls bounds the database reads of one request; default 100.
	MaxDBCalls int
	// DBWidth bounds the database reads one request makes at once;
	// default 2.
	DBWidth int
	// MaxInFlight bounds the GraphQL requests served at once; more are
	// answered 503 at once; default 64.
	MaxInFlight int
	// RequestTimeout bounds the whole of one GraphQL request; default 30 s.
	RequestTimeout time.Duration
	// CacheBytes bounds the query text of the parsed documents kept in
	// the query cache (documents take about twenty times their text);
	// default 2 MiB, and no document of more than 64 KiB is kept.
	CacheBytes int

	// ReadHeaderTimeout, ReadTimeout, WriteTimeout and IdleTimeout are
	// those of the http.Server (HTTPServer); defaults 5 s, 30 s, 60 s and
	// 2 minutes.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	defDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxDepth, 10)
	def(&l.MaxComplexity, 20000)
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = 1 << 20
	}
	def(&l.MaxBatch, 100)
	def(&l.MaxNesting, 64)
	def(&l.MaxTokens, 10000)
	def(&l.MaxFields, 2000)
	def(&l.MaxRootFields, 20)
	def(&l.MaxDBCalls, 100)
	def(&l.DBWidth, 2)
	def(&l.MaxInFlight, 64)
	defDur(&l.RequestTimeout, 30*time.Second)
	def(&l.CacheBytes, 2<<20)
	defDur(&l.ReadHeaderTimeout, 5*time.Second)
	defDur(&l.ReadTimeout, 30*time.Second)
	defDur(&l.WriteTimeout, 60*time.Second)
	defDur(&l.IdleTimeout, 2*time.Minute)
	return l
}

// Error codes of the checks below, in extensions.code.
const (
	codeDepth        = "DEPTH_LIMIT_EXCEEDED"
	codeInvalid      = "INVALID"
	codeUnauthorized = "UNAUTHORIZED"
)

// guard is a gqlgen extension that checks a whole operation before any
// resolver runs: the depth limit, page sizes, cursors, dates, country
// codes, and the API key for mutations. So a rejected request does no
// database work at all.
type guard struct {
	limits Limits
	apiKey string
	schema *ast.Schema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*guard)(nil)

// ExtensionName implements graphql.HandlerExtension.
func (g *guard) ExtensionName() string { return "DiplographGuard" }

// Validate implements graphql.HandlerExtension.
func (g *guard) Validate(es graphql.ExecutableSchema) error {
	g.schema = es.Schema()
	return nil
}

type bearerKey struct{}

// withBearer records the bearer token of the request.
func withBearer(ctx context.Context, token string) context.Context {
	return context.WithValue(ctx, bearerKey{}, token)
}

func gqlErr(code, format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	errcode.Set(e, code)
	return e
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (g *guard) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	op := opCtx.Operation
	if op == nil {
		return nil
	}
	if op.Operation == ast.Mutation {
		if g.apiKey == "" {
			return gqlErr(codeUnauthorized, "mutations are disabled: the server was started without an API key (DIPLOGRAPH_API_KEY)")
		}
		token, _ := ctx.Value(bearerKey{}).(string)
		if token == "" {
			return gqlErr(codeUnauthorized, "mutations need the API key: send the header Authorization: Bearer KEY")
		}
		if subtle.ConstantTimeCompare([]byte(token), []byte(g.apiKey)) != 1 {
			return gqlErr(codeUnauthorized, "the API key is wrong")
		}
	}
	if n := rootFields(op.SelectionSet); n > g.limits.MaxRootFields {
		return gqlErr(codeRoots, "the operation has %d root fields (aliases included), more than the limit of %d", n, g.limits.MaxRootFields)
	}
	return g.walk(opCtx, op.SelectionSet, 0, map[string]bool{})
}

// rootFields counts the root fields of an operation, through fragments;
// the admission check has bounded the expanded size already.
func rootFields(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if !strings.HasPrefix(s.Name, "__") {
				n++
			}
		case *ast.InlineFragment:
			n += rootFields(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				n += rootFields(s.Definition.SelectionSet)
			}
		}
	}
	return n
}

func (g *guard) walk(opCtx *graphql.OperationContext, set ast.SelectionSet, depth int, seen map[string]bool) *gqlerror.Error {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d := depth + 1
			if d > g.limits.MaxDepth {
				e := gqlErr(codeDepth, "the query is nested %d levels deep at %q, deeper than the limit of %d", d, s.Alias, g.limits.MaxDepth)
				e.Locations = []gqlerror.Location{{Line: s.Position.Line, Column: s.Position.Column}}
				return e
			}
			if err := g.checkArgs(opCtx, s); err != nil {
				return err
			}
			if err := g.walk(opCtx, s.SelectionSet, d, seen); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := g.walk(opCtx, s.SelectionSet, depth, seen); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			if s.Definition == nil {
				continue
			}
			if err := g.walk(opCtx, s.Definition.SelectionSet, depth, seen); err != nil {
				return err
			}
		}
	}
	return nil
}

// countryArgs are the arguments that name one country by its code.
var countryArgs = map[string]bool{"Query.country.code": true, "Query.bilateral.a": true,
	"Query.bilateral.b": true, "Query.timeline.country": true}

func (g *guard) checkArgs(opCtx *graphql.OperationContext, f *ast.Field) *gqlerror.Error {
	if f.Definition == nil || len(f.Definition.Arguments) == 0 {
		return nil
	}
	args := f.ArgumentMap(opCtx.Variables)
	at := func(e *gqlerror.Error) *gqlerror.Error {
		e.Locations = []gqlerror.Location{{Line: f.Position.Line, Column: f.Position.Column}}
		return e
	}
	owner := ""
	if f.ObjectDefinition != nil {
		owner = f.ObjectDefinition.Name
	}
	for _, a := range f.Definition.Arguments {
		v, ok := args[a.Name]
		if !ok || v == nil {
			continue
		}
		switch a.Name {
		case "first":
			n, ok := asInt(v)
			if !ok || n < 0 || n > diplograph.MaxPageSize {
				return at(gqlErr(codeInvalid, "%s: first must be between 0 and %d, got %v", f.Name, diplograph.MaxPageSize, v))
			}
		case "after":
			s, _ := v.(string)
			if _, err := decodeCursor(&s); err != nil {
				return at(gqlErr(codeInvalid, "%s: %s", f.Name, diplograph.ErrorMessage(err)))
			}
		case "inputs":
			if xs, ok := v.([]any); ok && len(xs) > g.limits.MaxBatch {
				return at(gqlErr(codeInvalid, "%s: at most %d articles at once, got %d", f.Name, g.limits.MaxBatch, len(xs)))
			}
		}
		if countryArgs[owner+"."+f.Name+"."+a.Name] {
			s, _ := v.(string)
			if !knownCountry(s) {
				return at(gqlErr(codeInvalid, "%s: unknown country code %q: use an ISO 3166-1 alpha-2 code such as KZ", f.Name, s))
			}
		}
		if err := g.checkValue(a.Type, v, 0); err != nil {
			return at(gqlErr(codeInvalid, "%s: argument %s: %s", f.Name, a.Name, err.Error()))
		}
	}
	return nil
}

// maxInputDepth bounds the nesting of input objects in one argument (a
// filter's AND, OR and NOT); the Cypher of a filter grows with it.
const maxInputDepth = 12

// checkValue validates the Date values inside an argument value of type t,
// at depth input objects deep, and the depth of its input objects.
func (g *guard) checkValue(t *ast.Type, v any, depth int) error {
	if v == nil {
		return nil
	}
	if depth > maxInputDepth {
		return fmt.Errorf("input objects nested more than %d levels deep", maxInputDepth)
	}
	if t.Elem != nil {
		xs, ok := v.([]any)
		if !ok {
			return g.checkValue(t.Elem, v, depth)
		}
		for _, x := range xs {
			if err := g.checkValue(t.Elem, x, depth); err != nil {
				return err
			}
		}
		return nil
	}
	switch t.NamedType {
	case "Date":
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("a Date must be a string")
		}
		return model.ValidateDate(s)
	}
	def := g.schema.Types[t.NamedType]
	if def == nil || def.Kind != ast.InputObject {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	for _, fd := range def.Fields {
		if err := g.checkValue(fd.Type, m[fd.Name], depth+1); err != nil {
			return fmt.Errorf("%s: %w", fd.Name, err)
		}
	}
	return nil
}

func asInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case int32:
		return int(n), true
	case float64:
		return int(n), float64(int(n)) == n
	}
	return 0, false
}

// complexity sets the complexity functions: a field with a page size
// costs its children times the page size.
func complexity(c *generated.ComplexityRoot) {
	page := func(child int, first *int, def int) int {
		n := intOr(first, def)
		if n < 1 {
			n = 1
		}
		return 1 + child*n
	}
	conn := func(def int) func(int, *int) int {
		return func(child int, first *int) int { return page(child, first, def) }
	}
	c.Query.Countries = func(ch int, _ *model.CountryWhere, _ []model.CountrySort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Query.Persons = func(ch int, _ *model.PersonWhere, _ []model.PersonSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Query.Ministers = func(ch int, _ *model.PersonWhere, _ []model.PersonSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Query.Organizations = func(ch int, _ *model.OrganizationWhere, _ []model.OrganizationSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Query.Events = func(ch int, _ *model.EventWhere, _ []model.EventSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Query.Agreements = func(ch int, _ *model.AgreementWhere, _ []model.AgreementSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Query.Articles = func(ch int, _ *model.ArticleWhere, _ []model.ArticleSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Query.Topics = func(ch int, _ *model.TopicWhere, _ []model.TopicSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Query.Search = func(ch int, _ string, first *int) int { return page(ch, first, 10) }
	c.Query.Timeline = func(ch int, _ string, _, _ *string, first *int) int { return page(ch, first, 100) }
	c.Query.Network = func(ch int, _, _ *string, _, _ []string, _ *int, persons *int) int {
		return 1 + ch*max(50, intOr(persons, 0))
	}

	c.Country.Events = func(ch int, _ *model.EventWhere, _ []model.EventSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Country.Agreements = func(ch int, _ *model.AgreementWhere, _ []model.AgreementSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Country.Ministers = conn(20)
	c.Country.Officials = conn(20)
	c.Country.Sources = conn(10)
	c.Person.Events = func(ch int, _ *model.EventWhere, _ []model.EventSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Person.Counterparts = conn(20)
	c.Person.Signed = conn(20)
	c.Person.Sources = conn(10)
	c.Person.Evidence = conn(10)
	c.Organization.Agreements = conn(20)
	c.Organization.Sources = conn(10)
	c.Organization.Evidence = conn(10)
	c.Event.Sources = conn(10)
	c.Event.Evidence = conn(10)
	c.Agreement.Sources = conn(10)
	c.Agreement.Evidence = conn(10)
	c.Topic.Events = func(ch int, _ *model.EventWhere, _ []model.EventSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Topic.Agreements = func(ch int, _ *model.AgreementWhere, _ []model.AgreementSort, first *int, _ *string) int {
		return page(ch, first, 20)
	}
	c.Bilateral.Events = func(ch int, first *int, _ *model.SortDirection) int { return page(ch, first, 100) }
	c.Bilateral.Agreements = conn(100)
	c.Bilateral.People = conn(50)
	c.Bilateral.Sources = conn(20)
	// Unpaged lists of related nodes: a handful each.
	few := func(ch int) int { return 1 + ch*10 }
	c.Event.Countries, c.Event.Participants, c.Event.Topics, c.Event.Agreements = few, few, few, few
	c.Agreement.Countries, c.Agreement.Parties, c.Agreement.Signatories, c.Agreement.Topics = few, few, few, few
	c.Article.Events, c.Article.Agreements, c.Article.Persons, c.Article.Countries, c.Article.Organizations = few, few, few, few, few
	c.Person.Offices = few
	c.Bilateral.ByYear, c.Bilateral.ByMonth, c.Bilateral.ByType, c.Bilateral.Topics = few, few, few, few
	c.TimelineEntry.Counterparts = few
}
