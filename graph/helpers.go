package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/model"
)

// Resolver methods shared by several types.

// sources loads the articles behind a fact.
func (r *Resolver) sources(ctx context.Context, kind string, rel diplograph.Relation, key string, first *int) ([]diplograph.ArticleNode, error) {
	q, err := plainQuery(first, defaultSources)
	if err != nil {
		return nil, err
	}
	p, err := related(ctx, kind, rel, q, key, r.reader.RelatedArticles, rememberArticles)
	return p.Items, err
}

// evidence loads the sentences behind a fact.
func (r *Resolver) evidence(ctx context.Context, kind string, rel diplograph.Relation, key string, first *int) ([]diplograph.EvidenceRef, error) {
	n, _, err := pageArgs(first, nil, defaultSources)
	if err != nil {
		return nil, err
	}
	evs, err := load(ctx, kind, groupName(string(rel), n), key, func(ctx context.Context, ks []string) (map[string][]diplograph.EvidenceRef, error) {
		res, err := r.reader.Evidence(ctx, diplograph.RelationQuery{Relation: rel, Keys: ks, ListQuery: diplograph.ListQuery{First: n}})
		if err != nil {
			return nil, err
		}
		var ids []string
		for _, e := range res {
			for _, x := range e {
				ids = append(ids, x.ArticleID)
			}
		}
		remember(ctx, kindArticleRef, dedupe(ids))
		return res, nil
	})
	if evs == nil && err == nil {
		evs = []diplograph.EvidenceRef{}
	}
	return evs, err
}

func dedupe(xs []string) []string { return keys(xs, func(s string) string { return s }) }

// persons serves persons and ministers.
func (r *queryResolver) persons(ctx context.Context, where *model.PersonWhere, sort []model.PersonSort, first *int, after *string, ministers bool) (*model.PersonConnection, error) {
	q, err := listQuery(ctx, where, toSort(sort), first, after)
	if err != nil {
		return nil, err
	}
	if ministers {
		only := diplograph.Cond{Field: "isMinister", Op: diplograph.OpEq, Value: true}
		if q.Where == nil {
			q.Where = &diplograph.Where{}
		}
		q.Where = &diplograph.Where{Conds: []diplograph.Cond{only}, And: []diplograph.Where{*q.Where}}
	}
	includePersons(ctx, &q, nodeFields(ctx, "Person"))
	p, err := r.reader.Persons(ctx, q)
	if err != nil {
		return nil, err
	}
	rememberPersons(ctx, p.Items)
	primePersons(ctx, q, p.Items)
	return personConn(p), nil
}

// ingest runs articles through the ingester.
func (r *mutationResolver) ingest(ctx context.Context, inputs []model.ArticleInput) (*diplograph.IngestResult, error) {
	if r.ingester == nil {
		return nil, diplograph.Errorf(diplograph.EUNAVAILABLE, "ingesting is not configured on this server")
	}
	if len(inputs) == 0 {
		return nil, diplograph.Errorf(diplograph.EINVALID, "no articles given")
	}
	if len(inputs) > r.limits.MaxBatch {
		return nil, diplograph.Errorf(diplograph.EINVALID, "at most %d articles at once, got %d", r.limits.MaxBatch, len(inputs))
	}
	arts := make([]diplograph.Article, len(inputs))
	for i, in := range inputs {
		if strings.TrimSpace(in.Text) == "" {
			return nil, diplograph.Errorf(diplograph.EINVALID, "article %d: text is empty", i+1)
		}
		if len(in.Text) > diplograph.MaxArticleBytes {
			return nil, diplograph.Errorf(diplograph.EINVALID, "article %d: text is longer than %d bytes", i+1, diplograph.MaxArticleBytes)
		}
		a := diplograph.Article{URL: strOr(in.URL), Source: strOr(in.Source), Title: strOr(in.Title),
			Published: strOr(in.Published), Text: in.Text, File: "graphql", Line: i + 1}
		if in.Language != nil {
			a.Language = strings.ToLower(string(*in.Language))
		}
		a.ID = diplograph.ArticleID(a.URL, a.Text)
		arts[i] = a
	}
	res, err := r.ingester.Ingest(ctx, arts)
	if err != nil {
		return nil, err
	}
	if res.ArticleIDs == nil {
		res.ArticleIDs = []string{}
	}
	if res.Errors == nil {
		res.Errors = []string{}
	}
	return &res, nil
}

// graphqlFields returns the fields selected on the current field.
func graphqlFields(ctx context.Context) []graphql.CollectedField {
	if graphql.GetFieldContext(ctx) == nil {
		return nil
	}
	return graphql.CollectFieldsCtx(ctx, nil)
}

func variables(ctx context.Context) map[string]any {
	if oc := graphql.GetOperationContext(ctx); oc != nil {
		return oc.Variables
	}
	return nil
}
