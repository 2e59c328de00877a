package graph

import (
	"context"
	"time"

	"github.com/diplograph/diplograph"
)

// timedReader wraps the reader: every call is refused at once while Neo4j
// is known down, is taken from the request's budget (budget), gets the
// server's deadline and is measured in the Neo4j metrics.
type timedReader struct {
	r       diplograph.GraphReader
	timeout time.Duration
	m       *metrics
	health  *storeHealth
}

var _ diplograph.GraphReader = (*timedReader)(nil)

func timed[T any](ctx context.Context, t *timedReader, method string, f func(context.Context) (T, error)) (T, error) {
	var zero T
	op := "graph." + method
	if !t.health.admit(time.Now()) {
		err := &diplograph.Error{Op: op, Code: diplograph.EUNAVAILABLE, Message: "Neo4j is not reachable", Err: errKnownDown}
		t.m.observe(method, time.Now(), err)
		return zero, err
	}
	if b := budgetFrom(ctx); b != nil {
		release, err := b.acquire(ctx)
		if err != nil {
			return zero, err
		}
		defer release()
	}
	callCtx := ctx
	if t.timeout > 0 {
		var cancel context.CancelFunc
		callCtx, cancel = context.WithTimeout(ctx, t.timeout)
		defer cancel()
	}
	start := time.Now()
	v, err := f(callCtx)
	t.m.observe(method, start, err)
	switch {
	case err == nil:
		if t.health.isDown() {
			t.health.set(true, time.Now())
		}
	case ctx.Err() != nil:
		// The request ended; that says nothing of Neo4j.
	case diplograph.ErrorCode(err) == diplograph.EUNAVAILABLE:
		t.health.confirm(ctx)
	}
	return v, err
}

// Countries implements diplograph.GraphReader.
func (t *timedReader) Countries(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.Country], error) {
	return timed(ctx, t, "Countries", func(ctx context.Context) (diplograph.Page[diplograph.Country], error) { return t.r.Countries(ctx, q) })
}

// Persons implements diplograph.GraphReader.
func (t *timedReader) Persons(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.PersonNode], error) {
	return timed(ctx, t, "Persons", func(ctx context.Context) (diplograph.Page[diplograph.PersonNode], error) { return t.r.Persons(ctx, q) })
}

// Organizations implements diplograph.GraphReader.
func (t *timedReader) Organizations(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.OrganizationNode], error) {
	return timed(ctx, t, "Organizations", func(ctx context.Context) (diplograph.Page[diplograph.OrganizationNode], error) {
		return t.r.Organizations(ctx, q)
	})
}

// Events implements diplograph.GraphReader.
func (t *timedReader) Events(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.EventNode], error) {
	return timed(ctx, t, "Events", func(ctx context.Context) (diplograph.Page[diplograph.EventNode], error) { return t.r.Events(ctx, q) })
}

// Agreements implements diplograph.GraphReader.
func (t *timedReader) Agreements(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.AgreementNode], error) {
	return timed(ctx, t, "Agreements", func(ctx context.Context) (diplograph.Page[diplograph.AgreementNode], error) {
		return t.r.Agreements(ctx, q)
	})
}

// Articles implements diplograph.GraphReader.
func (t *timedReader) Articles(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.ArticleNode], error) {
	return timed(ctx, t, "Articles", func(ctx context.Context) (diplograph.Page[diplograph.ArticleNode], error) {
		return t.r.Articles(ctx, q)
	})
}

// Topics implements diplograph.GraphReader.
func (t *timedReader) Topics(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.Topic], error) {
	return timed(ctx, t, "Topics", func(ctx context.Context) (diplograph.Page[diplograph.Topic], error) { return t.r.Topics(ctx, q) })
}

// RelatedCountries implements diplograph.GraphReader.
func (t *timedReader) RelatedCountries(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.Country], error) {
	return timed(ctx, t, "RelatedCountries", func(ctx context.Context) (map[string]diplograph.Page[diplograph.Country], error) {
		return t.r.RelatedCountries(ctx, q)
	})
}

// RelatedPersons implements diplograph.GraphReader.
func (t *timedReader) RelatedPersons(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.PersonNode], error) {
	return timed(ctx, t, "RelatedPersons", func(ctx context.Context) (map[string]diplograph.Page[diplograph.PersonNode], error) {
		return t.r.RelatedPersons(ctx, q)
	})
}

// RelatedOrganizations implements diplograph.GraphReader.
func (t *timedReader) RelatedOrganizations(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.OrganizationNode], error) {
	return timed(ctx, t, "RelatedOrganizations", func(ctx context.Context) (map[string]diplograph.Page[diplograph.OrganizationNode], error) {
		return t.r.RelatedOrganizations(ctx, q)
	})
}

// RelatedEvents implements diplograph.GraphReader.
func (t *timedReader) RelatedEvents(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.EventNode], error) {
	return timed(ctx, t, "RelatedEvents", func(ctx context.Context) (map[string]diplograph.Page[diplograph.EventNode], error) {
		return t.r.RelatedEvents(ctx, q)
	})
}

// RelatedAgreements implements diplograph.GraphReader.
func (t *timedReader) RelatedAgreements(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.AgreementNode], error) {
	return timed(ctx, t, "RelatedAgreements", func(ctx context.Context) (map[string]diplograph.Page[diplograph.AgreementNode], error) {
		return t.r.RelatedAgreements(ctx, q)
	})
}

// RelatedArticles implements diplograph.GraphReader.
func (t *timedReader) RelatedArticles(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.ArticleNode], error) {
	return timed(ctx, t, "RelatedArticles", func(ctx context.Context) (map[string]diplograph.Page[diplograph.ArticleNode], error) {
		return t.r.RelatedArticles(ctx, q)
	})
}

// RelatedTopics implements diplograph.GraphReader.
func (t *timedReader) RelatedTopics(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.Topic], error) {
	return timed(ctx, t, "RelatedTopics", func(ctx context.Context) (map[string]diplograph.Page[diplograph.Topic], error) {
		return t.r.RelatedTopics(ctx, q)
	})
}

// Evidence implements diplograph.GraphReader.
func (t *timedReader) Evidence(ctx context.Context, q diplograph.RelationQuery) (map[string][]diplograph.EvidenceRef, error) {
	return timed(ctx, t, "Evidence", func(ctx context.Context) (map[string][]diplograph.EvidenceRef, error) { return t.r.Evidence(ctx, q) })
}

// Offices implements diplograph.GraphReader.
func (t *timedReader) Offices(ctx context.Context, ids []string) (map[string][]diplograph.Office, error) {
	return timed(ctx, t, "Offices", func(ctx context.Context) (map[string][]diplograph.Office, error) { return t.r.Offices(ctx, ids) })
}

// Counterparts implements diplograph.GraphReader.
func (t *timedReader) Counterparts(ctx context.Context, ids []string, first int) (map[string][]diplograph.Counterpart, error) {
	return timed(ctx, t, "Counterparts", func(ctx context.Context) (map[string][]diplograph.Counterpart, error) {
		return t.r.Counterparts(ctx, ids, first)
	})
}

// EventDocuments implements diplograph.GraphReader.
func (t *timedReader) EventDocuments(ctx context.Context, id string) ([]diplograph.StoredDocument, error) {
	return timed(ctx, t, "EventDocuments", func(ctx context.Context) ([]diplograph.StoredDocument, error) {
		return t.r.EventDocuments(ctx, id)
	})
}

// Search implements diplograph.GraphReader.
func (t *timedReader) Search(ctx context.Context, text string, first int) ([]diplograph.SearchHit, error) {
	return timed(ctx, t, "Search", func(ctx context.Context) ([]diplograph.SearchHit, error) { return t.r.Search(ctx, text, first) })
}

// Stats implements diplograph.GraphReader.
func (t *timedReader) Stats(ctx context.Context) (diplograph.Stats, error) {
	return timed(ctx, t, "Stats", func(ctx context.Context) (diplograph.Stats, error) { return t.r.Stats(ctx) })
}

// Bilateral implements diplograph.GraphReader.
func (t *timedReader) Bilateral(ctx context.Context, q diplograph.BilateralQuery) (diplograph.Bilateral, error) {
	return timed(ctx, t, "Bilateral", func(ctx context.Context) (diplograph.Bilateral, error) { return t.r.Bilateral(ctx, q) })
}

// Network implements diplograph.GraphReader.
func (t *timedReader) Network(ctx context.Context, q diplograph.NetworkQuery) (diplograph.Network, error) {
	return timed(ctx, t, "Network", func(ctx context.Context) (diplograph.Network, error) { return t.r.Network(ctx, q) })
}

// Timeline implements diplograph.GraphReader.
func (t *timedReader) Timeline(ctx context.Context, q diplograph.TimelineQuery) ([]diplograph.TimelineEntry, error) {
	return timed(ctx, t, "Timeline", func(ctx context.Context) ([]diplograph.TimelineEntry, error) { return t.r.Timeline(ctx, q) })
}
