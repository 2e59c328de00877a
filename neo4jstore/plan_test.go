package neo4jstore_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/neo4jstore"
)

// The tests of the planner (plan.go) and of the folded properties
// (fold.go) run against a generated graph of planArticles synthetic
// articles (benchDoc, as the read benchmarks): PROFILE pins the plans of
// the key queries, and every planned answer is compared with the plain
// statement's.

const planArticles = 4000

// planStore empties the test database and writes the generated graph.
func planStore(t *testing.T) *neo4jstore.Store {
	t.Helper()
	s := wrOpen(t)
	ctx := wrCtx(t)
	var cs []diplograph.Country
	for _, c := range benchCountries {
		cs = append(cs, diplograph.Country{Code: c, NameEN: "Country " + c, NameRU: "Страна " + c, NameKK: "Ел " + c})
	}
	if err := s.UpsertCountries(ctx, cs); err != nil {
		t.Fatal(err)
	}
	var ts []diplograph.Topic
	for _, k := range diplograph.Topics {
		ts = append(ts, diplograph.Topic{Key: k, NameEN: k})
	}
	if err := s.UpsertTopics(ctx, ts); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	for i := 0; i < planArticles; i += 500 {
		docs := make([]diplograph.Document, 0, 500)
		for j := i; j < i+500; j++ {
			docs = append(docs, benchDoc(j))
		}
		if _, err := s.WriteBatch(ctx, docs); err != nil {
			t.Fatalf("batch at %d: %v", i, err)
		}
	}
	t.Logf("%d articles written in %v", planArticles, time.Since(start).Round(time.Millisecond))
	// Plans made by earlier tests on another graph stay cached until
	// Neo4j replans (after cypher.min_replan_interval, once statistics
	// diverge), and index samples lag behind writes: resample the
	// indexes, wait, and clear the caches, so that the profiles are of
	// plans made on this graph whatever ran before and how fast.
	wrRun(t, s, "CALL db.prepareForReplanning(120)", nil)
	return s
}

// some is the condition that a related node's key field equals v.
func some(field, key, v string) diplograph.Cond {
	return diplograph.Cond{Field: field, Op: diplograph.OpSome,
		Sub: &diplograph.Where{Conds: []diplograph.Cond{{Field: key, Op: diplograph.OpEq, Value: v}}}}
}

// and is the AND of the conditions, each in a Where of its own (as
// GraphQL's AND: [...] gives them).
func and(cs ...diplograph.Cond) *diplograph.Where {
	w := &diplograph.Where{}
	for _, c := range cs {
		w.And = append(w.And, diplograph.Where{Conds: []diplograph.Cond{c}})
	}
	return w
}

func TestPlan(t *testing.T) {
	s := planStore(t)
	ctx := wrCtx(t)
	events := int64(wrCounts(t, s)[neo4jstore.LabelEvent])
	degree := func(code string) int64 {
		r := wrRun(t, s, "MATCH (:Country {code: $c})<-[:INVOLVES]-(e:Event) RETURN count(e)", map[string]any{"c": code})
		return r[0].Values[0].(int64)
	}
	kz, uz, tr := degree("KZ"), degree("UZ"), degree("TR")
	t.Logf("%d events; KZ %d, UZ %d, TR %d", events, kz, uz, tr)
	if kz < 4*uz {
		t.Fatalf("the generated graph should have KZ far more often than UZ: %d, %d", kz, uz)
	}
	person := benchDoc(7).Facts.Ministers[0].ID
	article := benchDoc(7).Article.ID
	topic := benchDoc(7).Facts.Events[0].Topics[0]

	t.Run("plans", func(t *testing.T) {
		// The cost of a plan that visits every event once (a label scan
		// with a relationship check costs ten or more db hits an event:
		// the code before the planner ran two of them, ~39 per event).
		scan := events
		for _, tc := range []struct {
			name string
			q    diplograph.ListQuery
			// maxHits bounds the plan's db hits.
			maxHits int64
			// uses is an operator the plan must have, with a detail.
			uses, detail string
		}{
			// Issue #11: the events of two countries with their count.
			// Expanded from UZ, each candidate checked for KZ (~10 db
			// hits: an event has ~10 relationships), one pass.
			{"pair KZ UZ", diplograph.ListQuery{First: 20, Count: true,
				Where: and(some("countries", "code", "KZ"), some("countries", "code", "UZ"))},
				15*uz + 500, "NodeUniqueIndexSeek", ":Country"},
			// The same in the other order: the rarer country still leads.
			{"pair UZ KZ", diplograph.ListQuery{First: 20, Count: true,
				Where: and(some("countries", "code", "UZ"), some("countries", "code", "KZ"))},
				15*uz + 500, "NodeUniqueIndexSeek", ":Country"},
			{"pair TR UZ, page only", diplograph.ListQuery{First: 20,
				Where: and(some("countries", "code", "TR"), some("countries", "code", "UZ"))},
				15*min(tr, uz) + 500, "NodeUniqueIndexSeek", ":Country"},
			// A participant and a topic: the person's few events lead.
			{"person and topic", diplograph.ListQuery{First: 20, Count: true,
				Where: &diplograph.Where{Conds: []diplograph.Cond{some("topics", "key", topic), some("participants", "id", person)}}},
				scan / 4, "NodeUniqueIndexSeek", ":Person"},
			{"source", diplograph.ListQuery{First: 20, Count: true,
				Where: &diplograph.Where{Conds: []diplograph.Cond{some("sources", "id", article)}}},
				500, "NodeUniqueIndexSeek", ":Article"},
			// The events page of the benchmarks: one country, a date
			// range and types, with the count. Neo4j chooses between the
			// country's index and the date index by its statistics (seen
			// both ways on the same data), at about the same cost: the
			// bound pins the cost, not the index.
			{"events page", diplograph.ListQuery{First: 20, Count: true, Include: []string{"countries"},
				Where: &diplograph.Where{Conds: []diplograph.Cond{some("countries", "code", "KZ"),
					{Field: "date", Op: diplograph.OpGte, Value: "2020-01"}, {Field: "date", Op: diplograph.OpLt, Value: "2024"},
					{Field: "type", Op: diplograph.OpIn, Value: []string{diplograph.EventMeeting, diplograph.EventVisit}}}}},
				3 * scan, "", ""},
			// Case-insensitive contains with the count: the folded
			// title's TEXT index, one pass.
			{"title contains", diplograph.ListQuery{First: 20, Count: true,
				Where: &diplograph.Where{Conds: []diplograph.Cond{{Field: "title", Op: diplograph.OpContains, Value: "EVENT 42"}}}},
				scan / 2, "NodeIndexContainsScan", "titleFold"},
			{"title startsWith", diplograph.ListQuery{First: 20, Count: true,
				Where: &diplograph.Where{Conds: []diplograph.Cond{{Field: "title", Op: diplograph.OpStartsWith, Value: "Synthetic event 42"}}}},
				scan / 2, "NodeIndexSeekByRange", "titleFold"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				p, err := s.ProfileList(ctx, "Event", tc.q)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%d db hits (bound %d)\n%s", p.DbHits, tc.maxHits, p.Plan)
				if p.Has("NodeByLabelScan", ":Event") || p.Has("AllNodesScan", "") {
					t.Errorf("the plan scans every event")
				}
				if tc.uses != "" && !p.Has(tc.uses, tc.detail) {
					t.Errorf("the plan has no %s on %s", tc.uses, tc.detail)
				}
				if p.DbHits > tc.maxHits {
					t.Errorf("%d db hits, want at most %d", p.DbHits, tc.maxHits)
				}
			})
		}
	})

	t.Run("plans of included relations", func(t *testing.T) {
		// The events page with its evidence is one statement: the
		// evidence costs a few db hits an event of the page (~20 here:
		// an event has ~10 relationships and 2 or 3 reports), not a pass
		// over the evidence of every event.
		plain, err := s.ProfileList(ctx, "Event", eventsPage(0))
		if err != nil {
			t.Fatal(err)
		}
		full, err := s.ProfileList(ctx, "Event", eventsPage(10))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("events page: %d db hits, %d with evidence\n%s", plain.DbHits, full.DbHits, full.Plan)
		if extra := full.DbHits - plain.DbHits; extra > 40*21 {
			t.Errorf("the evidence of the events page costs %d db hits, want at most %d", extra, 40*21)
		}
		if full.Has("NodeByLabelScan", ":Article") || full.Has("NodeByLabelScan", ":Event") {
			t.Errorf("the events page with evidence scans a label")
		}
		// The page walks the date index in order; the count reads the
		// composite index of status, type and date alone: about one db
		// hit for each event it counts (~7 when it read the type and
		// status of every event of the period), besides ~2,000 for the
		// page with its relations and evidence.
		if !full.Has("NodeIndexSeekByRange", "(dateFrom)") || !full.Has("NodeIndexSeek", "(status, type, dateFrom)") {
			t.Errorf("the events page does not walk the date index and count from the composite index")
		}
		counted := int64(wrRun(t, s, `MATCH (e:Event) WHERE e.status = 'HELD' AND e.type IN ['MEETING', 'VISIT']
		  AND e.dateFrom >= date('2020-01-01') AND e.dateFrom < date('2024-01-01') RETURN count(e)`, nil)[0].Values[0].(int64))
		if bound := counted + 2000 + 40*21; full.DbHits > bound {
			t.Errorf("the events page costs %d db hits for a count of %d, want at most %d", full.DbHits, counted, bound)
		}
		// One person with country, offices and a page of events with
		// their count: from the person's index entry, ~5 db hits for
		// each event of the person (22 here: the relationship, and the
		// date and id the page is sorted by), one more for each when
		// counted, and the relations included with the page's events.
		// An event's label is not checked (148 and 345 db hits here;
		// 170 and 415 when it was, which these bounds refuse).
		d := wrRun(t, s, "MATCH (:Person {id: $id})-[:PARTICIPATED_IN]->(e:Event) RETURN count(e)", map[string]any{"id": person})[0].Values[0].(int64)
		for _, evq := range []diplograph.ListQuery{{First: 10}, {First: 10, Count: true, Include: []string{"countries"}}} {
			p, err := s.ProfileList(ctx, "Person", personPage(person, evq))
			if err != nil {
				t.Fatal(err)
			}
			bound := 5*d + 50
			if evq.Count {
				bound += d + 10
			}
			if len(evq.Include) > 0 { // an event's countries: ~15 db hits
				bound += 15 * int64(evq.First+1)
			}
			t.Logf("person of %d events, count %v: %d db hits (bound %d)\n%s", d, evq.Count, p.DbHits, bound, p.Plan)
			if p.DbHits > bound {
				t.Errorf("%d db hits, want at most %d", p.DbHits, bound)
			}
			if !p.Has("NodeUniqueIndexSeek", ":Person") || p.Has("NodeByLabelScan", "") {
				t.Errorf("the person's statement does not start from its index entry")
			}
		}
	})

	t.Run("included relations answer as their own reads", func(t *testing.T) {
		testIncludes(t, s, person)
	})

	t.Run("same answers as the plain statement", func(t *testing.T) {
		date := diplograph.Cond{Field: "date", Op: diplograph.OpGte, Value: "2018"}
		for _, tc := range []struct {
			name string
			q    diplograph.ListQuery
		}{
			{"pair", diplograph.ListQuery{First: 20, Count: true, Where: and(some("countries", "code", "KZ"), some("countries", "code", "UZ"))}},
			{"pair, page 3", diplograph.ListQuery{First: 10, Offset: 20, Count: true, Where: and(some("countries", "code", "UZ"), some("countries", "code", "KZ"))}},
			{"pair, no count, sorted by title", diplograph.ListQuery{First: 15, Sort: []diplograph.SortField{{Field: "title"}},
				Where: and(some("countries", "code", "KZ"), some("countries", "code", "TR"))}},
			{"pair and date", diplograph.ListQuery{First: 20, Count: true, Where: &diplograph.Where{
				Conds: []diplograph.Cond{date}, And: []diplograph.Where{*and(some("countries", "code", "KZ"), some("countries", "code", "UZ"))}}}},
			{"pair and date, no count", diplograph.ListQuery{First: 20, Where: &diplograph.Where{
				Conds: []diplograph.Cond{date, some("countries", "code", "KZ"), some("countries", "code", "UZ")}}}},
			{"country with a condition besides its code", diplograph.ListQuery{First: 20, Count: true, Where: &diplograph.Where{
				Conds: []diplograph.Cond{{Field: "countries", Op: diplograph.OpSome, Sub: &diplograph.Where{Conds: []diplograph.Cond{
					{Field: "code", Op: diplograph.OpEq, Value: "UZ"}, {Field: "nameEn", Op: diplograph.OpContains, Value: "country"}}}}}}}},
			{"country whose other condition fails", diplograph.ListQuery{First: 20, Count: true, Where: &diplograph.Where{
				Conds: []diplograph.Cond{{Field: "countries", Op: diplograph.OpSome, Sub: &diplograph.Where{Conds: []diplograph.Cond{
					{Field: "code", Op: diplograph.OpEq, Value: "UZ"}, {Field: "nameEn", Op: diplograph.OpEq, Value: "Atlantis"}}}}}}}},
			{"unknown country", diplograph.ListQuery{First: 20, Count: true, Where: and(some("countries", "code", "XX"), some("countries", "code", "KZ"))}},
			{"country or country (no anchor)", diplograph.ListQuery{First: 20, Count: true, Where: &diplograph.Where{
				Or: []diplograph.Where{{Conds: []diplograph.Cond{some("countries", "code", "UZ")}}, {Conds: []diplograph.Cond{some("countries", "code", "TR")}}}}}},
			{"country but not another", diplograph.ListQuery{First: 20, Count: true, Where: &diplograph.Where{
				Conds: []diplograph.Cond{some("countries", "code", "UZ")}, Not: &diplograph.Where{Conds: []diplograph.Cond{some("countries", "code", "KZ")}}}}},
			{"person and topic", diplograph.ListQuery{First: 20, Count: true, Include: []string{"countries", "participants"},
				Where: &diplograph.Where{Conds: []diplograph.Cond{some("topics", "key", topic), some("participants", "id", person)}}}},
			{"source", diplograph.ListQuery{First: 5, Count: true, Where: &diplograph.Where{Conds: []diplograph.Cond{some("sources", "id", article)}}}},
			{"type only", diplograph.ListQuery{First: 20, Count: true, Where: &diplograph.Where{Conds: []diplograph.Cond{
				{Field: "type", Op: diplograph.OpEq, Value: diplograph.EventVisit}}}}},
			{"no filter", diplograph.ListQuery{First: 20, Count: true}},
			{"title contains, folded", diplograph.ListQuery{First: 20, Count: true, Where: &diplograph.Where{Conds: []diplograph.Cond{
				{Field: "title", Op: diplograph.OpContains, Value: "EVENT 42"}}}}},
			{"title startsWith keeps to case", diplograph.ListQuery{First: 20, Count: true, Where: &diplograph.Where{Conds: []diplograph.Cond{
				{Field: "title", Op: diplograph.OpStartsWith, Value: "synthetic"}}}}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := s.Events(ctx, tc.q)
				if err != nil {
					t.Fatal(err)
				}
				want, err := s.EventsUnplanned(ctx, tc.q)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("planned answer differs:\n got %d items, total %d, next %v: %v\nwant %d items, total %d, next %v: %v",
						len(got.Items), got.TotalCount, got.HasNextPage, got.Items, len(want.Items), want.TotalCount, want.HasNextPage, want.Items)
				}
			})
		}
	})
}

// eventsPage is the events page of issue #11 (the peer benchmark's):
// types, status and a date range, sorted by date, 20, with countries,
// participants, the first evidence sentences and the count.
func eventsPage(evidence int) diplograph.ListQuery {
	q := diplograph.ListQuery{First: 20, Count: true, Sort: []diplograph.SortField{{Field: "date", Desc: true}},
		Include: []string{"countries", "participants"},
		Where: &diplograph.Where{Conds: []diplograph.Cond{
			{Field: "type", Op: diplograph.OpIn, Value: []string{diplograph.EventMeeting, diplograph.EventVisit}},
			{Field: "status", Op: diplograph.OpEq, Value: diplograph.StatusHeld},
			{Field: "date", Op: diplograph.OpGte, Value: "2020-01"}, {Field: "date", Op: diplograph.OpLt, Value: "2024"}}}}
	if evidence > 0 {
		q.Include = append(q.Include, "evidence")
		q.Pages = map[string]diplograph.ListQuery{"evidence": {First: evidence}}
	}
	return q
}

// personPage is the person query of issue #11: one person by id with the
// country, offices and a page of events.
func personPage(id string, events diplograph.ListQuery) diplograph.ListQuery {
	return diplograph.ListQuery{First: 1, Include: []string{"country", "offices", "events"},
		Pages: map[string]diplograph.ListQuery{"events": events},
		Where: &diplograph.Where{Conds: []diplograph.Cond{{Field: "id", Op: diplograph.OpEq, Value: id}}}}
}

// testIncludes checks that the relations included with events and persons
// (one statement) are what the reads of those relations give.
func testIncludes(t *testing.T, s *neo4jstore.Store, person string) {
	ctx := wrCtx(t)
	for _, n := range []int{1, 3, 10} {
		page, err := s.Events(ctx, eventsPage(n))
		if err != nil {
			t.Fatal(err)
		}
		plain, err := s.Events(ctx, eventsPage(0))
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) == 0 || len(page.Items) != len(plain.Items) || page.TotalCount != plain.TotalCount {
			t.Fatalf("evidence %d: %d items, total %d; without evidence %d, %d", n, len(page.Items), page.TotalCount, len(plain.Items), plain.TotalCount)
		}
		var ids []string
		for _, e := range page.Items {
			ids = append(ids, e.ID)
		}
		want, err := s.Evidence(ctx, diplograph.RelationQuery{Relation: diplograph.RelEventEvidence, Keys: ids, ListQuery: diplograph.ListQuery{First: n}})
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range page.Items {
			if e.Evidence == nil {
				t.Fatalf("event %s: no evidence included", e.ID)
			}
			var got []diplograph.EvidenceRef
			for _, ev := range e.Evidence {
				if ev.Article == nil || ev.Article.ID != ev.ArticleID || ev.Article.URL == "" {
					t.Errorf("event %s: evidence of %s without its article: %+v", e.ID, ev.ArticleID, ev.Article)
				}
				ev.Article = nil
				got = append(got, ev)
			}
			if !reflect.DeepEqual(got, want[e.ID]) {
				t.Errorf("event %s, first %d: included evidence\n%+v\nwant\n%+v", e.ID, n, got, want[e.ID])
			}
			e.Evidence = nil
			if !reflect.DeepEqual(e, plain.Items[i]) {
				t.Errorf("event %d differs with evidence included:\n%+v\n%+v", i, e, plain.Items[i])
			}
		}
	}

	for _, evq := range []diplograph.ListQuery{
		{First: 10},
		{First: 3, Offset: 2, Count: true, Include: []string{"countries", "participants"}},
		{First: 5, Count: true, Sort: []diplograph.SortField{{Field: "title"}},
			Where: &diplograph.Where{Conds: []diplograph.Cond{{Field: "type", Op: diplograph.OpIn, Value: []string{diplograph.EventMeeting, diplograph.EventVisit}}}}},
	} {
		p, err := s.Persons(ctx, personPage(person, evq))
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) != 1 {
			t.Fatalf("person %s: %d items", person, len(p.Items))
		}
		got := p.Items[0]
		keys := []string{person}
		offices, err := s.Offices(ctx, keys)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Offices, offices[person]) || len(got.Offices) == 0 {
			t.Errorf("included offices\n%+v\nwant\n%+v", got.Offices, offices[person])
		}
		country, err := s.RelatedCountries(ctx, diplograph.RelationQuery{Relation: diplograph.RelPersonCountry, Keys: keys, ListQuery: diplograph.ListQuery{First: 1}})
		if err != nil {
			t.Fatal(err)
		}
		if got.CountryNode == nil || len(country[person].Items) != 1 || *got.CountryNode != country[person].Items[0] {
			t.Errorf("included country %+v, want %+v", got.CountryNode, country[person].Items)
		}
		events, err := s.RelatedEvents(ctx, diplograph.RelationQuery{Relation: diplograph.RelPersonEvents, Keys: keys, ListQuery: evq})
		if err != nil {
			t.Fatal(err)
		}
		want := events[person]
		if !evq.Count {
			want.TotalCount = 0
		}
		if got.Events == nil || !reflect.DeepEqual(*got.Events, want) || len(want.Items) == 0 {
			t.Errorf("included events, %+v:\n%+v\nwant\n%+v", evq, got.Events, want)
		}
		got.CountryNode, got.Offices, got.Events = nil, nil, nil
		plain, err := s.Persons(ctx, diplograph.ListQuery{First: 1, Where: personPage(person, evq).Where})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, plain.Items[0]) {
			t.Errorf("person differs with relations included:\n%+v\n%+v", got, plain.Items[0])
		}
	}
}

// TestCandidatesPlan pins the cost of the statement of EventCandidates,
// which resolution runs for every batch: a probe's date finds every report
// of its type that day, whatever its countries (here 60 meetings of other
// pairs and the one of the probe's pair), and each costs a few db hits:
// its index entry and one pass over the event's relationships for its
// countries. The labels of a report's ends are not checked, and reports'
// bodies are read only for a probe that has one (Neo4j read them for every
// candidate whose countries differ when the statement said "p.body IS NOT
// NULL AND EXISTS {...}"): 495 db hits for 61 candidates, 2,401 before.
func TestCandidatesPlan(t *testing.T) {
	s := wrOpen(t)
	ctx := wrCtx(t)
	const date = "2024-03-05"
	doc := func(i int, countries []string) diplograph.Document {
		e := diplograph.Event{Type: diplograph.EventMeeting, Status: diplograph.StatusHeld, Date: date, Countries: countries,
			Title: fmt.Sprintf("Meeting %d of %s and %s", i, countries[0], countries[1])}
		e.ID = diplograph.EventID(e.Type, e.Countries, e.Date, "")
		text := fmt.Sprintf("Candidate article %d. The delegations of %s and %s met on 5 March.", i, countries[0], countries[1])
		sent := fmt.Sprintf("The delegations of %s and %s met on 5 March.", countries[0], countries[1])
		start := strings.Index(text, sent)
		e.Evidence = []diplograph.Evidence{{Sentence: sent, Start: start, End: start + len(sent)}}
		a := diplograph.Article{URL: fmt.Sprintf("https://candidates.example/%d", i), Source: "candidates.example",
			Title: e.Title, Language: diplograph.LangEnglish, Published: date, Text: text}
		a.ID = diplograph.ArticleID(a.URL, a.Text)
		return diplograph.Document{Article: a, Facts: diplograph.Facts{ArticleID: a.ID, Language: a.Language, Published: date,
			Countries: countries, Events: []diplograph.Event{e}}}
	}
	others := benchCountries[2:] // neither KZ nor UZ
	var docs []diplograph.Document
	for i := 0; len(docs) < 60; i++ {
		a, b := others[i%len(others)], others[(i/len(others)+i+1)%len(others)]
		if a == b {
			continue
		}
		docs = append(docs, doc(len(docs), []string{min(a, b), max(a, b)}))
	}
	target := doc(len(docs), []string{"KZ", "UZ"})
	docs = append(docs, target)
	if _, err := s.WriteBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	wrRun(t, s, "CALL db.prepareForReplanning(120)", nil)
	events := int64(wrCounts(t, s)[neo4jstore.LabelEvent])
	probe := []diplograph.EventProbe{{Event: diplograph.Event{Type: diplograph.EventMeeting, Date: date, Countries: []string{"KZ", "UZ"}}}}
	got, err := s.EventCandidates(ctx, probe, 3)
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{target.Facts.Events[0].ID}}; !reflect.DeepEqual(got, want) {
		t.Errorf("candidates %v, want %v", got, want)
	}
	p, err := s.ProfileCandidates(ctx, probe, 3)
	if err != nil {
		t.Fatal(err)
	}
	bound := 10*events + 60
	t.Logf("one probe, %d events of its type that day: %d db hits (bound %d)\n%s", events, p.DbHits, bound, p.Plan)
	if p.DbHits > bound {
		t.Errorf("%d db hits, want at most %d", p.DbHits, bound)
	}
}
