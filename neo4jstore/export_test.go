package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// This file exports, to the tests of package neo4jstore_test only, a way
// to PROFILE the statements the store runs, so that tests can pin their
// plans (no label scan) and their cost (db hits) against the real Neo4j.

// Profile is what PROFILE tells of one statement.
type Profile struct {
	// DbHits sums the db hits of every operator of the plan.
	DbHits int64
	// Operators are the plan's operators, depth first, each as its name
	// without the runtime suffix and its details ("NodeByLabelScan n:Event").
	Operators []string
	// Plan is the plan as an indented tree with rows and db hits, for
	// test logs.
	Plan string
}

// Has reports whether the plan has an operator whose name is op and whose
// details contain detail.
func (p Profile) Has(op, detail string) bool {
	for _, o := range p.Operators {
		name, details, _ := strings.Cut(o, " ")
		if name == op && strings.Contains(details, detail) {
			return true
		}
	}
	return false
}

// ProfileList runs the statement of a list query over the kind named
// ("Event", "Agreement", "Person", ...) with PROFILE and returns its
// profile.
func (s *Store) ProfileList(ctx context.Context, kindName string, q diplograph.ListQuery) (Profile, error) {
	var k *kind
	for _, x := range []*kind{kCountry, kTopic, kPerson, kOrganization, kEvent, kAgreement, kArticle} {
		if x.name == kindName {
			k = x
		}
	}
	if k == nil {
		return Profile{}, fmt.Errorf("neo4jstore: profile: no kind %q", kindName)
	}
	cy, params, err := listStatement(k, q)
	if err != nil {
		return Profile{}, err
	}
	return s.profile(ctx, cy, params)
}

// profile runs cypher with PROFILE in a read session.
func (s *Store) profile(ctx context.Context, cypher string, params map[string]any) (Profile, error) {
	sess := s.readSession(ctx)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "PROFILE "+cypher, params)
	if err != nil {
		return Profile{}, fmt.Errorf("neo4jstore: profile: %w", err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return Profile{}, fmt.Errorf("neo4jstore: profile: %w", err)
	}
	var p Profile
	var b strings.Builder
	var walk func(pl neo4j.ProfiledPlan, depth int)
	walk = func(pl neo4j.ProfiledPlan, depth int) {
		name, _, _ := strings.Cut(pl.Operator(), "@")
		details, _ := pl.Arguments()["Details"].(string)
		p.DbHits += pl.DbHits()
		p.Operators = append(p.Operators, name+" "+details)
		fmt.Fprintf(&b, "%s%s %s (rows %d, db hits %d)\n", strings.Repeat("  ", depth), name, details, pl.Records(), pl.DbHits())
		for _, c := range pl.Children() {
			walk(c, depth+1)
		}
	}
	if pl := sum.Profile(); pl != nil {
		walk(pl, 0)
	}
	p.Plan = b.String()
	return p, nil
}

// ProfileCandidates runs the statement of EventCandidates with PROFILE
// and returns its profile.
func (s *Store) ProfileCandidates(ctx context.Context, probes []diplograph.EventProbe, days int) (Profile, error) {
	return s.profile(ctx, eventCandidatesQuery, map[string]any{"probes": candidateProbes(probes, days), "limit": maxCandidates})
}

// ProfileCypher runs cypher with PROFILE and returns its profile.
func (s *Store) ProfileCypher(ctx context.Context, cypher string, params map[string]any) (Profile, error) {
	return s.profile(ctx, cypher, params)
}

// EventsUnplanned is Events with the plain statement of a list query
// (see planList): the oracle of the planner's answers.
func (s *Store) EventsUnplanned(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.EventNode], error) {
	cy, params, err := planList(kEvent, q, false)
	if err != nil {
		return diplograph.Page[diplograph.EventNode]{}, err
	}
	recs, err := s.read(ctx, "neo4jstore.EventsUnplanned", cy, params)
	if err != nil {
		return diplograph.Page[diplograph.EventNode]{}, err
	}
	out := diplograph.Page[diplograph.EventNode]{Items: []diplograph.EventNode{}, Offset: q.Offset, TotalCount: int(toInt(recs[0].Values[1]))}
	ms := maps(recs[0].Values[0])
	if len(ms) > q.First {
		ms, out.HasNextPage = ms[:q.First], true
	}
	for _, m := range ms {
		out.Items = append(out.Items, decodeEvent(m))
	}
	return out, nil
}

// Fold and FoldCypher export fold and foldCypher to the tests.
var (
	Fold       = fold
	FoldCypher = foldCypher
)
