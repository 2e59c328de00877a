package graph

import (
	"context"
	"log/slog"
	"sort"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/vektah/gqlparser/v2/ast"
)

// Resolver is the root of the resolvers: the services they call. The
// resolvers hold no Cypher; they translate GraphQL arguments into the
// domain's queries, call the reader, and batch nested reads through the
// per-request loaders.
type Resolver struct {
	reader   diplograph.GraphReader
	ingester diplograph.Ingester
	deleter  diplograph.ArticleDeleter
	log      *slog.Logger
	limits   Limits
	explain  func(docs []diplograph.StoredDocument, eventID string) []diplograph.EventMerge
}

// Default page sizes of the list fields, as in the schema.
const (
	defaultPage    = 20
	defaultSources = 10
)

// listQuery builds the domain query of a connection field.
func listQuery(ctx context.Context, where any, sort []diplograph.SortField, first *int, after *string) (diplograph.ListQuery, error) {
	n, off, err := pageArgs(first, after, defaultPage)
	if err != nil {
		return diplograph.ListQuery{}, err
	}
	w, err := toWhere(where)
	if err != nil {
		return diplograph.ListQuery{}, err
	}
	return diplograph.ListQuery{Where: w, Sort: sort, First: n, Offset: off, Count: selected(ctx, "totalCount")}, nil
}

// plainQuery is the query of an unfiltered list field with a page size.
func plainQuery(first *int, def int) (diplograph.ListQuery, error) {
	n, _, err := pageArgs(first, nil, def)
	return diplograph.ListQuery{First: n}, err
}

// personCountryQuery is the query of the relation Person.country.
var personCountryQuery = diplograph.ListQuery{First: 1}

// allQuery is the query of an unpaged list of related nodes.
var allQuery = diplograph.ListQuery{First: diplograph.MaxPageSize}

// selected reports whether the current field selects the child name.
func selected(ctx context.Context, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return false
	}
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == name {
			return true
		}
	}
	return false
}

// nodeSelection returns the names of the fields selected on the nodes of
// the current connection field (edges { node { ... } }), or on the current
// field itself when it is not a connection.
func nodeSelection(ctx context.Context, typeName string) map[string]bool {
	out := map[string]bool{}
	opCtx := graphql.GetOperationContext(ctx)
	if opCtx == nil || graphql.GetFieldContext(ctx) == nil {
		return out
	}
	for _, f := range graphql.CollectFieldsCtx(ctx, []string{typeName}) {
		out[f.Name] = true
		if f.Name != "edges" {
			continue
		}
		for _, e := range graphql.CollectFields(opCtx, f.Selections, nil) {
			if e.Name != "node" {
				continue
			}
			for _, n := range graphql.CollectFields(opCtx, e.Selections, []string{typeName}) {
				out[n.Name] = true
			}
		}
	}
	return out
}

// eventIncludes lists the relations of events selected by the query, to
// be loaded in the same Cypher query as the events.
func eventIncludes(ctx context.Context) []string {
	sel := nodeSelection(ctx, "Event")
	var inc []string
	for _, r := range []string{"countries", "topics", "participants", "agreements"} {
		if sel[r] {
			inc = append(inc, r)
		}
	}
	return inc
}

// includesOf lists the relations among rels that the sub-field f selects
// on its objects of type typeName; never nil.
func includesOf(ctx context.Context, f graphql.CollectedField, typeName string, rels []string) []string {
	inc := []string{}
	sel := map[string]bool{}
	for _, c := range graphql.CollectFields(graphql.GetOperationContext(ctx), f.Selections, []string{typeName}) {
		sel[c.Name] = true
	}
	for _, r := range rels {
		if sel[r] {
			inc = append(inc, r)
		}
	}
	return inc
}

// selectedFieldsByType returns, for each object type met in the
// selection of the current field (at any depth), the names of the fields
// selected of it; nil outside of a field. It also has an entry for each
// object field met, keyed "Type.field", with the fields selected of the
// objects under that field alone, so that the store can load the nested
// nodes of a relation with just what that relation's selection needs
// (an event's countries by their codes when only codes are asked for,
// though the names of other countries are).
func selectedFieldsByType(ctx context.Context) map[string][]string {
	fc := graphql.GetFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if fc == nil || oc == nil || fc.Field.Field == nil || fc.Field.Definition == nil {
		return nil
	}
	seen := map[string]map[string]bool{}
	add := func(key, name string) {
		if seen[key] == nil {
			seen[key] = map[string]bool{}
		}
		seen[key][name] = true
	}
	var walk func(sel ast.SelectionSet, typeName, path string)
	walk = func(sel ast.SelectionSet, typeName, path string) {
		for _, f := range graphql.CollectFields(oc, sel, []string{typeName}) {
			add(typeName, f.Name)
			if path != "" {
				add(path, f.Name)
			}
			if len(f.Selections) > 0 && f.Definition != nil && f.Definition.Type != nil {
				walk(f.Selections, f.Definition.Type.Name(), typeName+"."+f.Name)
			}
		}
	}
	walk(fc.Field.Selections, fc.Field.Definition.Type.Name(), "")
	out := make(map[string][]string, len(seen))
	for t, fs := range seen {
		for f := range fs {
			out[t] = append(out[t], f)
		}
		sort.Strings(out[t])
	}
	return out
}

// agreementIncludes is eventIncludes for agreements.
func agreementIncludes(ctx context.Context) []string {
	sel := nodeSelection(ctx, "Agreement")
	var inc []string
	for _, r := range []string{"countries", "topics"} {
		if sel[r] {
			inc = append(inc, r)
		}
	}
	return inc
}

// Kinds of the known-node registry of the loaders.
const (
	kindCountry      = "Country"
	kindTopic        = "Topic"
	kindPerson       = "Person"
	kindOrganization = "Organization"
	kindEvent        = "Event"
	kindAgreement    = "Agreement"
	kindArticle      = "Article"
	kindArticleRef   = "ArticleRef"
)

func countryKey(c diplograph.Country) string         { return c.Code }
func topicKey(t diplograph.Topic) string             { return t.Key }
func personKey(p diplograph.PersonNode) string       { return p.ID }
func orgKey(o diplograph.OrganizationNode) string    { return o.ID }
func eventKey(e diplograph.EventNode) string         { return e.ID }
func agreementKey(a diplograph.AgreementNode) string { return a.ID }
func articleKey(a diplograph.ArticleNode) string     { return a.ID }

func keys[T any](xs []T, key func(T) string) []string {
	out := make([]string, 0, len(xs))
	seen := map[string]bool{}
	for _, x := range xs {
		k := key(x)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// rememberEvents records events, and the related nodes included with
// them, as known nodes for the loaders.
func rememberEvents(ctx context.Context, es []diplograph.EventNode) {
	if len(es) > 0 {
		rememberLater(ctx, func(add func(string, []string)) { addEvents(add, es) })
	}
}

func rememberAgreements(ctx context.Context, as []diplograph.AgreementNode) {
	if len(as) > 0 {
		rememberLater(ctx, func(add func(string, []string)) { addAgreements(add, as) })
	}
}

func addEvents(add func(string, []string), es []diplograph.EventNode) {
	add(kindEvent, keys(es, eventKey))
	var cs []diplograph.Country
	var ts []diplograph.Topic
	var ps []diplograph.PersonNode
	var as []diplograph.AgreementNode
	var arts []string
	for _, e := range es {
		for _, ev := range e.Evidence {
			if ev.Article != nil {
				arts = append(arts, ev.Article.ID)
			}
		}
		cs = append(cs, e.Countries...)
		ts = append(ts, e.Topics...)
		for _, p := range e.Participants {
			ps = append(ps, p.Person)
		}
		as = append(as, e.Agreements...)
	}
	add(kindCountry, keys(cs, countryKey))
	add(kindTopic, keys(ts, topicKey))
	add(kindPerson, keys(ps, personKey))
	add(kindArticle, dedupe(arts))
	addAgreements(add, as)
}

func addAgreements(add func(string, []string), as []diplograph.AgreementNode) {
	add(kindAgreement, keys(as, agreementKey))
	var cs []diplograph.Country
	var ts []diplograph.Topic
	for _, a := range as {
		cs = append(cs, a.Countries...)
		ts = append(ts, a.Topics...)
	}
	add(kindCountry, keys(cs, countryKey))
	add(kindTopic, keys(ts, topicKey))
}

// related loads one page of a relation of the parent through the loaders
// and records the related nodes of the whole batch as known nodes.
func related[T any](ctx context.Context, parentKind string, rel diplograph.Relation, q diplograph.ListQuery, key string,
	fetch func(context.Context, diplograph.RelationQuery) (map[string]diplograph.Page[T], error),
	remembered func(context.Context, []T)) (diplograph.Page[T], error) {
	return load(ctx, parentKind, groupName(string(rel), q), key, func(ctx context.Context, ks []string) (map[string]diplograph.Page[T], error) {
		res, err := fetch(ctx, diplograph.RelationQuery{Relation: rel, Keys: ks, ListQuery: q})
		if err != nil {
			return nil, err
		}
		var all []T
		for _, p := range res {
			all = append(all, p.Items...)
		}
		remembered(ctx, all)
		return res, nil
	})
}

func rememberer[T any](kind string, key func(T) string) func(context.Context, []T) {
	return func(ctx context.Context, xs []T) { remember(ctx, kind, keys(xs, key)) }
}

var (
	rememberCountries = rememberer(kindCountry, countryKey)
	rememberTopics    = rememberer(kindTopic, topicKey)
	rememberPersons   = rememberer(kindPerson, personKey)
	rememberOrgs      = rememberer(kindOrganization, orgKey)
	rememberArticles  = rememberer(kindArticle, articleKey)
)

// Connections.

func edgesOf[T any, E any](p diplograph.Page[T], mk func(string, *T) E) []E {
	out := make([]E, len(p.Items))
	for i := range p.Items {
		out[i] = mk(encodeCursor(p.Offset+i), &p.Items[i])
	}
	return out
}

func countryConn(p diplograph.Page[diplograph.Country]) *model.CountryConnection {
	return &model.CountryConnection{PageInfo: pageInfo(p), TotalCount: p.TotalCount,
		Edges: edgesOf(p, func(c string, n *diplograph.Country) model.CountryEdge { return model.CountryEdge{Cursor: c, Node: n} })}
}

func personConn(p diplograph.Page[diplograph.PersonNode]) *model.PersonConnection {
	return &model.PersonConnection{PageInfo: pageInfo(p), TotalCount: p.TotalCount,
		Edges: edgesOf(p, func(c string, n *diplograph.PersonNode) model.PersonEdge { return model.PersonEdge{Cursor: c, Node: n} })}
}

func orgConn(p diplograph.Page[diplograph.OrganizationNode]) *model.OrganizationConnection {
	return &model.OrganizationConnection{PageInfo: pageInfo(p), TotalCount: p.TotalCount,
		Edges: edgesOf(p, func(c string, n *diplograph.OrganizationNode) model.OrganizationEdge {
			return model.OrganizationEdge{Cursor: c, Node: n}
		})}
}

func eventConn(p diplograph.Page[diplograph.EventNode]) *model.EventConnection {
	return &model.EventConnection{PageInfo: pageInfo(p), TotalCount: p.TotalCount,
		Edges: edgesOf(p, func(c string, n *diplograph.EventNode) model.EventEdge { return model.EventEdge{Cursor: c, Node: n} })}
}

func agreementConn(p diplograph.Page[diplograph.AgreementNode]) *model.AgreementConnection {
	return &model.AgreementConnection{PageInfo: pageInfo(p), TotalCount: p.TotalCount,
		Edges: edgesOf(p, func(c string, n *diplograph.AgreementNode) model.AgreementEdge {
			return model.AgreementEdge{Cursor: c, Node: n}
		})}
}

func articleConn(p diplograph.Page[diplograph.ArticleNode]) *model.ArticleConnection {
	return &model.ArticleConnection{PageInfo: pageInfo(p), TotalCount: p.TotalCount,
		Edges: edgesOf(p, func(c string, n *diplograph.ArticleNode) model.ArticleEdge {
			return model.ArticleEdge{Cursor: c, Node: n}
		})}
}

func topicConn(p diplograph.Page[diplograph.Topic]) *model.TopicConnection {
	return &model.TopicConnection{PageInfo: pageInfo(p), TotalCount: p.TotalCount,
		Edges: edgesOf(p, func(c string, n *diplograph.Topic) model.TopicEdge { return model.TopicEdge{Cursor: c, Node: n} })}
}

// byKey builds the query of a lookup by key.
func byKey(field, key string) diplograph.ListQuery {
	return diplograph.ListQuery{First: 1, Where: &diplograph.Where{Conds: []diplograph.Cond{{Field: field, Op: diplograph.OpEq, Value: key}}}}
}

// first returns a pointer to the first item, or nil.
func firstOf[T any](p diplograph.Page[T]) *T {
	if len(p.Items) == 0 {
		return nil
	}
	return &p.Items[0]
}

// byIDs loads nodes by key in pages of at most MaxPageSize.
func byIDs[T any](ctx context.Context, field string, ids []string, key func(T) string,
	list func(context.Context, diplograph.ListQuery) (diplograph.Page[T], error)) (map[string]T, error) {
	out := make(map[string]T, len(ids))
	for i := 0; i < len(ids); i += diplograph.MaxPageSize {
		chunk := ids[i:min(i+diplograph.MaxPageSize, len(ids))]
		p, err := list(ctx, diplograph.ListQuery{First: len(chunk),
			Where: &diplograph.Where{Conds: []diplograph.Cond{{Field: field, Op: diplograph.OpIn, Value: chunk}}}})
		if err != nil {
			return nil, err
		}
		for _, x := range p.Items {
			out[key(x)] = x
		}
	}
	return out, nil
}

func langName(lang *model.Language, en, ru, kk string) string {
	l := model.LanguageEn
	if lang != nil {
		l = *lang
	}
	switch l {
	case model.LanguageRu:
		if ru != "" {
			return ru
		}
	case model.LanguageKk:
		if kk != "" {
			return kk
		}
	}
	return en
}
