package graph

import (
	"context"
	"encoding/json"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/model"
)

// Relations loaded with the nodes of a root field, so that a page of
// events with their evidence, or a person with offices and events, is one
// statement (one round trip) instead of one per level.
//
// Two ways bring them to their resolvers. An event's evidence is kept on
// the node (EventNode.Evidence): the nodes of a root list belong to that
// field alone, so the evidence may carry just the properties of its
// article that the field selects. A person's country, offices and events
// are recorded in the loaders (prime) under the very group and key the
// nested resolver asks for, as the loader would have fetched them (every
// property): when the resolver asks for something else (other arguments
// than the ones read here), it misses and reads as before, so a relation
// folded wrongly costs a read, never a wrong answer.

// selectionOf returns the fields selected of the nodes of a connection
// field (edges { node { ... } }) of type typeName.
func selectionOf(oc *graphql.OperationContext, conn graphql.CollectedField, typeName string) []graphql.CollectedField {
	var out []graphql.CollectedField
	for _, f := range graphql.CollectFields(oc, conn.Selections, nil) {
		if f.Name != "edges" {
			continue
		}
		for _, e := range graphql.CollectFields(oc, f.Selections, nil) {
			if e.Name == "node" {
				out = append(out, graphql.CollectFields(oc, e.Selections, []string{typeName})...)
			}
		}
	}
	return out
}

// nodeFields returns the fields selected of the nodes of the current
// connection field, of type typeName.
func nodeFields(ctx context.Context, typeName string) []graphql.CollectedField {
	oc, fc := graphql.GetOperationContext(ctx), graphql.GetFieldContext(ctx)
	if oc == nil || fc == nil {
		return nil
	}
	return selectionOf(oc, graphql.CollectedField{Field: fc.Field.Field, Selections: fc.Field.Selections}, typeName)
}

// includeEvidence adds the evidence of the events to q when the nodes
// select it: the largest page any evidence field of theirs asks for (each
// resolver takes the first sentences it wants of it). It adds nothing when
// a page is invalid: the resolver then says so.
func includeEvidence(ctx context.Context, q *diplograph.ListQuery, nodes []graphql.CollectedField) {
	most := 0
	for _, f := range nodes {
		if f.Name != "evidence" {
			continue
		}
		first, ok := intArg(f.ArgumentMap(variables(ctx)), "first")
		if !ok {
			return
		}
		n, _, err := pageArgs(first, nil, defaultSources)
		if err != nil {
			return
		}
		most = max(most, n)
	}
	if most == 0 {
		return
	}
	q.Include = append(q.Include, "evidence")
	if q.Pages == nil {
		q.Pages = map[string]diplograph.ListQuery{}
	}
	q.Pages["evidence"] = diplograph.ListQuery{First: most}
}

// intArg reads the integer argument name: nil when absent or null, false
// when it is no integer.
func intArg(args map[string]any, name string) (*int, bool) {
	v := args[name]
	if v == nil {
		return nil, true
	}
	n, ok := asInt(v)
	return &n, ok
}

// includePersons adds to q the relations of persons that nodes (the
// fields selected of them) ask for and that one statement can load: the
// country, the offices, and the events when one events field asks for them.
func includePersons(ctx context.Context, q *diplograph.ListQuery, nodes []graphql.CollectedField) {
	var events []graphql.CollectedField
	seen := map[string]bool{}
	for _, f := range nodes {
		switch f.Name {
		case "country", "offices":
			if !seen[f.Name] {
				seen[f.Name] = true
				q.Include = append(q.Include, f.Name)
			}
		case "events":
			events = append(events, f)
		}
	}
	if len(events) != 1 {
		return
	}
	eq, ok := personEventsQuery(ctx, events[0])
	if !ok {
		return
	}
	q.Include = append(q.Include, "events")
	if q.Pages == nil {
		q.Pages = map[string]diplograph.ListQuery{}
	}
	q.Pages["events"] = eq
}

// personEventsQuery is the query personResolver.Events makes for the
// field f, read from its arguments; false when they do not convert.
func personEventsQuery(ctx context.Context, f graphql.CollectedField) (diplograph.ListQuery, bool) {
	args := f.ArgumentMap(variables(ctx))
	var where *model.EventWhere
	var sort []model.EventSort
	if !fromJSON(args["where"], &where) || !fromJSON(args["sort"], &sort) {
		return diplograph.ListQuery{}, false
	}
	first, ok := intArg(args, "first")
	if !ok {
		return diplograph.ListQuery{}, false
	}
	var after *string
	if v := args["after"]; v != nil {
		s, ok := v.(string)
		if !ok {
			return diplograph.ListQuery{}, false
		}
		after = &s
	}
	n, off, err := pageArgs(first, after, defaultPage)
	if err != nil {
		return diplograph.ListQuery{}, false
	}
	w, err := toWhere(where)
	if err != nil {
		return diplograph.ListQuery{}, false
	}
	q := diplograph.ListQuery{Where: w, Sort: toSort(sort), First: n, Offset: off}
	oc := graphql.GetOperationContext(ctx)
	for _, c := range graphql.CollectFields(oc, f.Selections, nil) {
		q.Count = q.Count || c.Name == "totalCount"
	}
	sel := map[string]bool{}
	for _, c := range selectionOf(oc, f, "Event") {
		sel[c.Name] = true
	}
	for _, r := range []string{"countries", "topics", "participants", "agreements"} {
		if sel[r] {
			q.Include = append(q.Include, r)
		}
	}
	return q, true
}

// fromJSON converts a raw argument value into the model type of out
// through its JSON form; a nil value leaves out as it is.
func fromJSON(v any, out any) bool {
	if v == nil {
		return true
	}
	b, err := json.Marshal(v)
	return err == nil && json.Unmarshal(b, out) == nil
}

// primePersons records the relations loaded with the persons in the
// loaders, as the nested resolvers ask for them. Only what the reader
// gave is recorded: a person whose country has no node of its own (the
// included country is nil then) is left to the loader.
func primePersons(ctx context.Context, q diplograph.ListQuery, ps []diplograph.PersonNode) {
	for i := range ps {
		p := &ps[i]
		if p.CountryNode != nil {
			cs := []diplograph.Country{*p.CountryNode}
			prime(ctx, groupName(string(diplograph.RelPersonCountry), personCountryQuery), p.ID,
				diplograph.Page[diplograph.Country]{Items: cs, TotalCount: 1})
			rememberCountries(ctx, cs)
		}
		if p.Offices != nil {
			prime(ctx, "Person.offices", p.ID, p.Offices)
		}
		if p.Events != nil {
			prime(ctx, groupName(string(diplograph.RelPersonEvents), q.Pages["events"]), p.ID, *p.Events)
			rememberEvents(ctx, p.Events.Items)
		}
	}
}
