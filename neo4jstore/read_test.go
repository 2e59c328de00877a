package neo4jstore_test

import (
	"context"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// readStore writes n synthetic documents (those of the benchmark) into a
// wiped test database.
func readStore(t *testing.T, n int) *neo4jstore.Store {
	t.Helper()
	s := neo4jtest.MustOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var cs []diplograph.Country
	for _, c := range benchCountries {
		cs = append(cs, diplograph.Country{Code: c, NameEN: "Country " + c})
	}
	if err := s.UpsertCountries(ctx, cs); err != nil {
		t.Fatal(err)
	}
	var docs []diplograph.Document
	for i := 0; i < n; i++ {
		docs = append(docs, benchDoc(i))
	}
	if _, err := s.WriteBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	return s
}

func kz() *diplograph.Where {
	return &diplograph.Where{Conds: []diplograph.Cond{{Field: "countries", Op: diplograph.OpSome,
		Sub: &diplograph.Where{Conds: []diplograph.Cond{{Field: "code", Op: diplograph.OpEq, Value: "KZ"}}}}}}
}

func eventIDs(es []diplograph.EventNode) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

// TestReadConsistency checks the reads against each other: pages add up to
// the whole list, relation reads agree with filtered lists, the bilateral
// dashboard agrees with both.
func TestReadConsistency(t *testing.T) {
	s := readStore(t, 120)
	ctx := context.Background()

	all, err := s.Events(ctx, diplograph.ListQuery{Where: kz(), First: 100, Count: true, Include: []string{"countries", "participants", "topics"}})
	if err != nil {
		t.Fatal(err)
	}
	if all.TotalCount == 0 || all.TotalCount > 100 {
		t.Fatalf("total %d: want 1..100 events of KZ in the sample", all.TotalCount)
	}
	for _, e := range all.Items {
		if len(e.Countries) != 2 || len(e.Participants) != 2 || e.Topics == nil {
			t.Fatalf("includes missing: %+v", e)
		}
	}
	// Pages of 7 add up to the whole list.
	var paged []string
	for off := 0; ; off += 7 {
		p, err := s.Events(ctx, diplograph.ListQuery{Where: kz(), First: 7, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, eventIDs(p.Items)...)
		if !p.HasNextPage {
			break
		}
	}
	if !reflect.DeepEqual(paged, eventIDs(all.Items)) {
		t.Errorf("pages differ from the whole list")
	}
	// The relation read of KZ and UZ agrees with the filtered lists.
	rel, err := s.RelatedEvents(ctx, diplograph.RelationQuery{Relation: diplograph.RelCountryEvents, Keys: []string{"KZ", "UZ", "XK"},
		ListQuery: diplograph.ListQuery{First: 100}})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(eventIDs(rel["KZ"].Items), eventIDs(all.Items)) || rel["KZ"].TotalCount != all.TotalCount {
		t.Errorf("Country.events of KZ differs from events where countries some KZ")
	}
	if len(rel["XK"].Items) != 0 {
		t.Errorf("XK has events: %v", rel["XK"])
	}
	// The bilateral dashboard counts the events both lists share.
	uz := map[string]bool{}
	for _, id := range eventIDs(rel["UZ"].Items) {
		uz[id] = true
	}
	shared := 0
	for _, id := range eventIDs(all.Items) {
		if uz[id] {
			shared++
		}
	}
	bi, err := s.Bilateral(ctx, diplograph.BilateralQuery{A: "KZ", B: "UZ"})
	if err != nil {
		t.Fatal(err)
	}
	if bi.EventCount != shared || len(bi.Events) != shared {
		t.Errorf("bilateral: %d events, want %d", bi.EventCount, shared)
	}
	if !sort.SliceIsSorted(bi.Events, func(i, j int) bool { return bi.Events[i].Date < bi.Events[j].Date }) {
		t.Errorf("bilateral events not in date order")
	}
	sum := 0
	for _, c := range bi.ByYear {
		sum += c.Count
	}
	if sum != shared || (shared > 0 && (bi.FirstContact == "" || len(bi.Sources) == 0 || len(bi.People) == 0)) {
		t.Errorf("bilateral aggregates: %+v", bi)
	}
	if _, err := s.Bilateral(ctx, diplograph.BilateralQuery{A: "KZ", B: "XK"}); diplograph.ErrorCode(err) != diplograph.ENOTFOUND {
		t.Errorf("bilateral with a country the graph lacks: %v", err)
	}
	// Timeline in date order, counterparts without the country itself.
	tl, err := s.Timeline(ctx, diplograph.TimelineQuery{Country: "KZ", First: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl) != all.TotalCount {
		t.Errorf("timeline has %d events, want %d", len(tl), all.TotalCount)
	}
	for i, e := range tl {
		if i > 0 && e.Event.Date < tl[i-1].Event.Date {
			t.Errorf("timeline out of order at %d", i)
		}
		for _, c := range e.Counterparts {
			if c.Code == "KZ" {
				t.Errorf("KZ is its own counterpart")
			}
		}
	}
	// Evidence and sources of the first event.
	id := all.Items[0].ID
	ev, err := s.Evidence(ctx, diplograph.RelationQuery{Relation: diplograph.RelEventEvidence, Keys: []string{id}, ListQuery: diplograph.ListQuery{First: 10}})
	if err != nil || len(ev[id]) == 0 || ev[id][0].Sentence == "" || ev[id][0].End <= ev[id][0].Start {
		t.Errorf("evidence: %v %v", ev, err)
	}
	// Search finds a synthetic minister by name.
	hits, err := s.Search(ctx, "Synthetic Sarsenbay KZ", 5)
	if err != nil || len(hits) == 0 || hits[0].Kind != "PERSON" {
		t.Errorf("search: %+v %v", hits, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 120 || st.Countries != len(benchCountries) {
		t.Errorf("stats: %+v %v", st, err)
	}
}

// TestReadRejects checks that bad queries fail with EINVALID before any
// Cypher runs.
func TestReadRejects(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := context.Background()
	for name, q := range map[string]diplograph.ListQuery{
		"page":    {First: 101},
		"field":   {First: 1, Where: &diplograph.Where{Conds: []diplograph.Cond{{Field: "nope", Op: diplograph.OpEq, Value: "x"}}}},
		"sort":    {First: 1, Sort: []diplograph.SortField{{Field: "nope"}}},
		"include": {First: 1, Include: []string{"nope"}},
	} {
		if _, err := s.Events(ctx, q); diplograph.ErrorCode(err) != diplograph.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := s.RelatedEvents(ctx, diplograph.RelationQuery{Relation: "Country.secrets", Keys: []string{"KZ"}, ListQuery: diplograph.ListQuery{First: 1}}); diplograph.ErrorCode(err) != diplograph.EINVALID {
		t.Errorf("unknown relation: %v", err)
	}
}

// TestReadFieldsPerRelation checks that an entry of Fields keyed by a
// relation limits the nodes under that relation alone.
func TestReadFieldsPerRelation(t *testing.T) {
	s := readStore(t, 20)
	ctx := context.Background()
	byKind := map[string][]string{"Event": {"id", "title"}, "Country": {"code", "name"}}
	perRel := map[string][]string{"Event": {"id", "title"}, "Country": {"code", "name"}, "Event.countries": {"code"}}
	for _, tc := range []struct {
		fields   map[string][]string
		wantName bool
	}{{byKind, true}, {perRel, false}} {
		p, err := s.Events(ctx, diplograph.ListQuery{First: 5, Include: []string{"countries"}, Fields: tc.fields})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) == 0 || len(p.Items[0].Countries) == 0 {
			t.Fatalf("fields %v: no events with countries", tc.fields)
		}
		for _, e := range p.Items {
			for _, c := range e.Countries {
				if c.Code == "" || (c.NameEN != "") != tc.wantName {
					t.Errorf("fields %v: event %s has country %+v, want a code and a name: %v", tc.fields, e.ID, c, tc.wantName)
				}
			}
		}
		b, err := s.Bilateral(ctx, diplograph.BilateralQuery{A: "KZ", B: "UZ", EventInclude: []string{"countries"}, Fields: tc.fields})
		if err != nil {
			t.Fatal(err)
		}
		if b.A.NameEN == "" {
			t.Errorf("fields %v: the bilateral's own country lost its name: %+v", tc.fields, b.A)
		}
		for _, e := range b.Events {
			for _, c := range e.Countries {
				if (c.NameEN != "") != tc.wantName {
					t.Errorf("fields %v: bilateral event %s has country %+v", tc.fields, e.ID, c)
				}
			}
		}
	}
}

// TestReadBilateralParts checks that the bilateral dashboard computes only
// the parts selected, and those as the whole dashboard has them.
func TestReadBilateralParts(t *testing.T) {
	s := readStore(t, 60)
	ctx := context.Background()
	full, err := s.Bilateral(ctx, diplograph.BilateralQuery{A: "KZ", B: "UZ"})
	if err != nil {
		t.Fatal(err)
	}
	if full.EventCount == 0 || len(full.ByYear) == 0 || len(full.Sources) == 0 {
		t.Fatalf("the synthetic graph has no KZ-UZ relations to compare: %+v", full)
	}
	part, err := s.Bilateral(ctx, diplograph.BilateralQuery{A: "KZ", B: "UZ",
		Fields: map[string][]string{"Bilateral": {"byYear", "eventCount", "lastContact"}, "Country": {"code"}}})
	if err != nil {
		t.Fatal(err)
	}
	if part.EventCount != full.EventCount || !reflect.DeepEqual(part.ByYear, full.ByYear) || part.LastContact != full.LastContact {
		t.Errorf("selected parts differ: got %d %v %q, want %d %v %q", part.EventCount, part.ByYear, part.LastContact,
			full.EventCount, full.ByYear, full.LastContact)
	}
	if len(part.Events) != 0 || len(part.Sources) != 0 || len(part.People) != 0 || len(part.Agreements) != 0 || len(part.Topics) != 0 {
		t.Errorf("unselected parts were computed: %d events, %d sources, %d people, %d agreements, %d topics",
			len(part.Events), len(part.Sources), len(part.People), len(part.Agreements), len(part.Topics))
	}
	if part.A.Code != "KZ" || part.B.Code != "UZ" {
		t.Errorf("countries %+v %+v", part.A, part.B)
	}
	only, err := s.Bilateral(ctx, diplograph.BilateralQuery{A: "KZ", B: "UZ",
		Fields: map[string][]string{"Bilateral": {"agreements"}, "Agreement": {"id"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(only.Agreements) != len(full.Agreements) || only.EventCount != 0 {
		t.Errorf("agreements only: %d agreements and %d events, want %d and 0", len(only.Agreements), only.EventCount, len(full.Agreements))
	}
}
