package neo4jstore_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"runtime/debug"
	"sort"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The read benchmarks run against a generated graph of benchArticles
// synthetic articles, written once with WriteBatch in batches of 500 and
// kept: a later run finds them by their source and skips the generation.
// The graph tests wipe the test database, so run the benchmarks after
// them:
//
//	NEO4J_TEST_URI=bolt://127.0.0.1:7692 go test ./neo4jstore/ -run '^$' -bench Read -benchtime 200x
//
// Each benchmark alternates the request through the GraphQL handler (in
// process) with a direct Cypher query that fetches the same data, and
// reports the p50 and p99 of both and their ratio.

const (
	benchArticles = 50000
	benchEvents   = 20000
	benchSource   = "bench2.example"
)

var benchCountries = []string{"KZ", "UZ", "KG", "TJ", "TM", "RU", "CN", "TR", "FR", "DE",
	"IT", "GB", "US", "JP", "KR", "IN", "AZ", "GE", "AM", "BY"}

// benchSurnames are invented surnames whose name keys differ
// (diplograph.NameKey keeps letters only, and consonants after the first).
var benchSurnames = []string{"Abdrakhmov", "Bekmurzin", "Dzhaksyl", "Galimtov", "Kudaiberg", "Mukhtarev", "Nurpeis", "Sarsenbay"}

var benchTypes = []string{diplograph.EventMeeting, diplograph.EventVisit, diplograph.EventPhoneCall,
	diplograph.EventCommissionSession, diplograph.EventForum, diplograph.EventCulturalEvent}

// benchEvent derives event k of the synthetic corpus, with its ministers.
func benchEvent(k int) (diplograph.Event, []diplograph.Person, *diplograph.Agreement) {
	r := rand.New(rand.NewPCG(uint64(k), 7))
	a := "KZ"
	if r.IntN(2) == 0 {
		a = benchCountries[r.IntN(len(benchCountries))]
	}
	b := a
	for b == a {
		b = benchCountries[r.IntN(len(benchCountries))]
	}
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(11*365))
	e := diplograph.Event{Type: benchTypes[r.IntN(len(benchTypes))], Status: diplograph.StatusHeld,
		Date: day.Format("2006-01-02"), Countries: []string{a, b}, City: "City" + a,
		Title:  fmt.Sprintf("Synthetic event %d between %s and %s", k, a, b),
		Topics: []string{diplograph.Topics[r.IntN(20)], diplograph.Topics[20+r.IntN(10)]}}
	e.ID = diplograph.EventID(e.Type, e.Countries, e.Date, "")
	var ps []diplograph.Person
	for _, c := range []string{a, b} {
		i := r.IntN(len(benchSurnames))
		p := diplograph.Person{Name: benchSurnames[i] + " " + c, Latin: "Synthetic " + benchSurnames[i] + " " + c,
			Country: c, Portfolio: []string{"foreign affairs", "culture", "economy", "energy"}[i%4]}
		p.ID = diplograph.PersonID(p.Country, p.Latin)
		ps = append(ps, p)
		e.Participants = append(e.Participants, p.Latin)
	}
	if k%4 != 0 {
		return e, ps, nil
	}
	ag := diplograph.Agreement{Kind: diplograph.KindMemorandum, Status: diplograph.AgreementSigned, Date: e.Date,
		Countries: e.Countries, Title: fmt.Sprintf("Synthetic memorandum %d", k), EventID: e.ID, Topics: e.Topics[:1],
		Signatories: e.Participants}
	ag.ID = diplograph.AgreementID(ag.Kind, ag.Countries, nil, ag.EventID)
	return e, ps, &ag
}

// benchDoc is article i: it reports one of the benchEvents events.
func benchDoc(i int) diplograph.Document {
	k := int(rand.New(rand.NewPCG(uint64(i), 11)).IntN(benchEvents))
	e, ps, ag := benchEvent(k)
	text := fmt.Sprintf("Synthetic article %d. %s met %s. They discussed %s and %s.", i, ps[0].Latin, ps[1].Latin, e.Topics[0], e.Topics[1])
	sent := fmt.Sprintf("%s met %s.", ps[0].Latin, ps[1].Latin)
	start := bytes.Index([]byte(text), []byte(sent))
	evid := []diplograph.Evidence{{Sentence: sent, Start: start, End: start + len(sent)}}
	lang := []string{diplograph.LangEnglish, diplograph.LangRussian, diplograph.LangKazakh}[i%3]
	a := diplograph.Article{URL: fmt.Sprintf("https://%s/%d", benchSource, i), Source: benchSource,
		Title: fmt.Sprintf("Synthetic article %d", i), Language: lang, Published: e.Date, Text: text}
	a.ID = diplograph.ArticleID(a.URL, a.Text)
	e.Evidence = evid
	for j := range ps {
		ps[j].Evidence = evid
	}
	f := diplograph.Facts{ArticleID: a.ID, Language: lang, Published: e.Date, Ministers: ps,
		Countries: e.Countries, Events: []diplograph.Event{e}, Topics: e.Topics}
	if ag != nil {
		ag.Evidence = evid
		f.Agreements = []diplograph.Agreement{*ag}
	}
	return diplograph.Document{Article: a, Facts: f}
}

// benchStore opens the test database and fills it once.
func benchStore(b *testing.B) *neo4jstore.Store {
	b.Helper()
	s := neo4jtest.Open(b)
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, s.Driver(), "MATCH (a:"+neo4jstore.LabelArticle+" {source: $src}) RETURN count(a) AS n",
		map[string]any{"src": benchSource}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	if err != nil {
		b.Fatal(err)
	}
	if n, _ := res.Records[0].Values[0].(int64); n >= benchArticles {
		return s
	}
	b.Logf("generating %d synthetic articles (once)", benchArticles)
	neo4jtest.Wipe(b, s)
	if err := s.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	var cs []diplograph.Country
	for _, c := range benchCountries {
		cs = append(cs, diplograph.Country{Code: c, NameEN: "Country " + c, NameRU: "Страна " + c, NameKK: "Ел " + c})
	}
	if err := s.UpsertCountries(ctx, cs); err != nil {
		b.Fatal(err)
	}
	var ts []diplograph.Topic
	for _, t := range diplograph.Topics {
		ts = append(ts, diplograph.Topic{Key: t, NameEN: t})
	}
	if err := s.UpsertTopics(ctx, ts); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	for i := 0; i < benchArticles; i += 500 {
		docs := make([]diplograph.Document, 0, 500)
		for j := i; j < i+500 && j < benchArticles; j++ {
			docs = append(docs, benchDoc(j))
		}
		if _, err := s.WriteBatch(ctx, docs); err != nil {
			b.Fatalf("batch at %d: %v", i, err)
		}
		if i%5000 == 0 {
			b.Logf("%d articles written in %v", i+500, time.Since(start).Round(time.Second))
		}
	}
	b.Logf("generated in %v", time.Since(start).Round(time.Second))
	return s
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(float64(len(s)-1) * p)
	return s[i]
}

// compare runs gql (the GraphQL handler), store (the store method the
// resolver calls) and direct (hand-written Cypher) in turn b.N times and
// reports their percentiles and the ratios of gql to direct.
func compare(b *testing.B, gql, store, direct func() error) {
	// The collector's target of `diplograph serve` (serveGCPercent there).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	fs := []func() error{gql, store, direct}
	for i := 0; i < 3; i++ { // warm the plan caches
		for _, f := range fs {
			if err := f(); err != nil {
				b.Fatal(err)
			}
		}
	}
	ts := make([][]time.Duration, len(fs))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, f := range fs {
			t0 := time.Now()
			if err := f(); err != nil {
				b.Fatal(err)
			}
			ts[j] = append(ts[j], time.Since(t0))
		}
	}
	b.StopTimer()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for j, name := range []string{"gql", "store", "cypher"} {
		b.ReportMetric(ms(percentile(ts[j], .5)), name+"-p50-ms")
		b.ReportMetric(ms(percentile(ts[j], .99)), name+"-p99-ms")
	}
	b.ReportMetric(float64(percentile(ts[0], .5))/float64(percentile(ts[2], .5)), "p50-ratio")
	b.ReportMetric(float64(percentile(ts[0], .99))/float64(percentile(ts[2], .99)), "p99-ratio")
	b.ReportMetric(0, "ns/op")
}

func postGraphQL(h http.Handler, query string) error {
	body, _ := json.Marshal(map[string]any{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	// The server's work ends with the encoded response: the benchmark does
	// not decode it, only looks for errors.
	if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors":`)) {
		return fmt.Errorf("graphql: %d %s", rec.Code, rec.Body.String())
	}
	return nil
}

// directQuery runs cypher as the store runs a read: an auto-commit query,
// one round trip.
func directQuery(s *neo4jstore.Store, cypher string, params map[string]any) func() error {
	return func() error {
		ctx := context.Background()
		sess := s.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.Database(), AccessMode: neo4j.AccessModeRead})
		defer sess.Close(ctx)
		res, err := sess.Run(ctx, cypher, params)
		if err != nil {
			return err
		}
		_, err = res.Collect(ctx)
		return err
	}
}

const benchBilateralGQL = `{ bilateral(a: "KZ", b: "UZ", from: "2018", to: "2024") {
  a { code name } b { code name } eventCount
  events(first: 100) { id type date title countries { code } topics { key } participants { role person { name nameLatin } } }
  byYear { key count } byMonth { key count } byType { type count }
  agreements(first: 100) { id kind status title date countries { code } topics { key } }
  people(first: 50) { person { id name nameLatin isMinister } count }
  topics { topic { key name } weight }
  firstContact lastContact
  sources(first: 20) { id title published language url }
} }`

// benchBilateralCypher fetches the same data as benchBilateralGQL by hand.
// Its date conditions are written so that the planner expands from the two
// countries, as for the store's query: written as plain index ranges they
// make it scan the date index instead, which is twice as slow here.
const benchBilateralCypher = `MATCH (ca:Country {code: $a}), (cb:Country {code: $b})
CALL (ca, cb) {
  MATCH (ca)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(cb)
  WHERE ($from IS NULL OR e.dateFrom >= date($from)) AND ($to IS NULL OR e.dateFrom <= date($to))
  RETURN collect(e) AS evs
}
CALL (ca, cb) {
  MATCH (ca)<-[:BETWEEN]-(ag:Agreement)-[:BETWEEN]->(cb)
  WHERE ($from IS NULL OR ag.dateFrom >= date($from)) AND ($to IS NULL OR ag.dateFrom <= date($to))
  RETURN collect(ag) AS ags
}
CALL (evs) {
  UNWIND evs AS e WITH e ORDER BY e.dateFrom, e.id LIMIT 100
  RETURN collect(e {.id, .type, .date, .title,
    countries: [(e)-[:INVOLVES]->(c:Country) | c.code],
    topics: [(e)-[:ABOUT]->(t:Topic) | t.key],
    participants: [(p:Person)-[r:PARTICIPATED_IN]->(e) | {role: r.role, name: p.name, nameLatin: p.nameLatin}]}) AS events
}
CALL (evs) { UNWIND evs AS e WITH substring(e.date, 0, 4) AS k, count(*) AS c ORDER BY k RETURN collect({key: k, count: c}) AS byYear }
CALL (evs) { UNWIND evs AS e WITH substring(e.date, 0, 7) AS k, count(*) AS c ORDER BY k RETURN collect({key: k, count: c}) AS byMonth }
CALL (evs) { UNWIND evs AS e WITH e.type AS k, count(*) AS c RETURN collect({key: k, count: c}) AS byType }
CALL (evs) { UNWIND evs AS e RETURN min(e.date) AS first, max(e.date) AS last }
CALL (evs) {
  UNWIND evs AS e MATCH (p:Person)-[:PARTICIPATED_IN]->(e)
  WITH p, count(*) AS c ORDER BY c DESC LIMIT 50
  RETURN collect({id: p.id, name: p.name, nameLatin: p.nameLatin, minister: p:Minister, count: c}) AS people
}
CALL (evs, ags) {
  UNWIND evs + ags AS x MATCH (x)-[:ABOUT]->(t:Topic)
  WITH t, count(*) AS w RETURN collect({key: t.key, name: t.nameEn, weight: w}) AS topics
}
CALL (evs, ags) {
  UNWIND evs + ags AS x MATCH (art:Article)-[:REPORTS]->(x)
  WITH DISTINCT art ORDER BY art.publishedAt DESC LIMIT 20
  RETURN collect(art {.id, .title, .publishedAt, .language, .url}) AS sources
}
CALL (ags) {
  UNWIND ags AS ag WITH ag ORDER BY ag.dateFrom DESC LIMIT 100
  RETURN collect(ag {.id, .kind, .status, .title, .date,
    countries: [(ag)-[:BETWEEN]->(c:Country) | c.code], topics: [(ag)-[:ABOUT]->(t:Topic) | t.key]}) AS agreements
}
RETURN ca.nameEn, cb.nameEn, size(evs), events, byYear, byMonth, byType, first, last, people, topics, sources, agreements`

// recordingReader is the store as the GraphQL server sees it, keeping the
// last queries the resolvers sent so that the benchmarks can time the
// very same store calls without GraphQL.
type recordingReader struct {
	*neo4jstore.Store
	bilateral diplograph.BilateralQuery
	events    diplograph.ListQuery
}

func (r *recordingReader) Bilateral(ctx context.Context, q diplograph.BilateralQuery) (diplograph.Bilateral, error) {
	r.bilateral = q
	return r.Store.Bilateral(ctx, q)
}

func (r *recordingReader) Events(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.EventNode], error) {
	r.events = q
	return r.Store.Events(ctx, q)
}

// BenchmarkReadBilateral measures the bilateral dashboard query: through
// GraphQL, the store call the resolver makes, and hand-written Cypher.
func BenchmarkReadBilateral(b *testing.B) {
	s := benchStore(b)
	rr := &recordingReader{Store: s}
	srv := graph.NewServer(graph.Config{Reader: rr})
	if err := postGraphQL(srv, benchBilateralGQL); err != nil {
		b.Fatal(err)
	}
	q := rr.bilateral
	compare(b, func() error { return postGraphQL(srv, benchBilateralGQL) },
		func() error {
			_, err := s.Bilateral(context.Background(), q)
			return err
		},
		directQuery(s, benchBilateralCypher, map[string]any{"a": "KZ", "b": "UZ", "from": "2018-01-01", "to": "2024-12-31"}))
}

const benchEventsGQL = `{ events(first: 20,
  where: { countries: { some: { code: { eq: "KZ" } } }, date: { gte: "2020-01", lt: "2024" }, type: { in: [MEETING, VISIT] } },
  sort: [{ date: DESC }]) {
  totalCount
  edges { cursor node { id type status date title city countries { code name } topics { key } participants { role person { id name } } } }
  pageInfo { hasNextPage endCursor }
} }`

// benchEventsCypher fetches the same page by hand.
const benchEventsCypher = `MATCH (e:Event)
WHERE EXISTS { (e)-[:INVOLVES]->(:Country {code: $c}) } AND e.dateFrom >= date($from) AND e.dateFrom < date($to) AND e.type IN $types
WITH e ORDER BY e.dateFrom DESC, e.id SKIP 0 LIMIT 21
WITH collect(e {.id, .type, .status, .date, .title, .city,
  countries: [(e)-[:INVOLVES]->(c:Country) | c {.code, .nameEn}],
  topics: [(e)-[:ABOUT]->(t:Topic) | t.key],
  participants: [(p:Person)-[r:PARTICIPATED_IN]->(e) | {role: r.role, id: p.id, name: p.name}]}) AS items
CALL () {
  MATCH (:Country {code: $c})<-[:INVOLVES]-(e:Event)
  WHERE e.dateFrom >= date($from) AND e.dateFrom < date($to) AND e.type IN $types
  RETURN count(e) AS total
}
RETURN items, total`

// BenchmarkReadEvents measures a filtered, sorted page of events: through
// GraphQL, the store call the resolver makes, and hand-written Cypher.
func BenchmarkReadEvents(b *testing.B) {
	s := benchStore(b)
	rr := &recordingReader{Store: s}
	srv := graph.NewServer(graph.Config{Reader: rr})
	if err := postGraphQL(srv, benchEventsGQL); err != nil {
		b.Fatal(err)
	}
	q := rr.events
	compare(b, func() error { return postGraphQL(srv, benchEventsGQL) },
		func() error {
			_, err := s.Events(context.Background(), q)
			return err
		},
		directQuery(s, benchEventsCypher, map[string]any{"c": "KZ", "from": "2020-01-01", "to": "2024-01-01",
			"types": []string{"MEETING", "VISIT"}}))
	reportDBHits(b, s, "Event", q)
}

// reportDBHits profiles the store's statement for q and reports its db
// hits as a metric of b (after compare: ResetTimer drops the metrics
// reported before it).
func reportDBHits(b *testing.B, s *neo4jstore.Store, kind string, q diplograph.ListQuery) {
	b.Helper()
	p, err := s.ProfileList(context.Background(), kind, q)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(p.DbHits), "dbhits")
}

// benchPairGQL asks for the events of two countries with their count
// (issue #11: an AND of two countries.some.code.eq).
const benchPairGQL = `{ events(first: 20,
  where: { AND: [{ countries: { some: { code: { eq: "KZ" } } } }, { countries: { some: { code: { eq: "UZ" } } } }] }) {
  totalCount
  edges { cursor node { id type status date title countries { code } } }
  pageInfo { hasNextPage endCursor }
} }`

// benchPairCypher fetches the same page and count by hand: from the
// rarer country (UZ), filtered by the other, one pass for both.
const benchPairCypher = `MATCH (b:Country {code: $b})<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(a:Country {code: $a})
WITH e ORDER BY e.dateFrom DESC, e.id
WITH collect(e) AS es
RETURN size(es) AS total, [e IN es[0..21] | e {.id, .type, .status, .date, .title,
  countries: [(e)-[:INVOLVES]->(c:Country) | c.code]}] AS items`

// BenchmarkReadEventsPair measures the events of two countries with
// totalCount: through GraphQL, the store call, and hand-written Cypher.
func BenchmarkReadEventsPair(b *testing.B) {
	s := benchStore(b)
	rr := &recordingReader{Store: s}
	srv := graph.NewServer(graph.Config{Reader: rr})
	if err := postGraphQL(srv, benchPairGQL); err != nil {
		b.Fatal(err)
	}
	q := rr.events
	compare(b, func() error { return postGraphQL(srv, benchPairGQL) },
		func() error {
			_, err := s.Events(context.Background(), q)
			return err
		},
		directQuery(s, benchPairCypher, map[string]any{"a": "KZ", "b": "UZ"}))
	reportDBHits(b, s, "Event", q)
}

// benchContainsGQL asks for the events whose title contains a word, in
// another case than the title's, with their count.
const benchContainsGQL = `{ events(first: 20, where: { title: { contains: "EVENT 42" } }) {
  totalCount
  edges { cursor node { id type date title } }
  pageInfo { hasNextPage endCursor }
} }`

// benchContainsCypher fetches the same page and count by hand, in one
// pass over the events the folded title's TEXT index finds.
const benchContainsCypher = `MATCH (e:Event) WHERE e.titleFold CONTAINS $q
WITH e ORDER BY e.dateFrom DESC, e.id
WITH collect(e) AS es
RETURN size(es) AS total, [e IN es[0..21] | e {.id, .type, .date, .title}] AS items`

// BenchmarkReadEventsContains measures a case-insensitive title filter
// with totalCount: through GraphQL, the store call, and hand-written
// Cypher (the best the schema allows: the folded title's TEXT index
// when there is one).
func BenchmarkReadEventsContains(b *testing.B) {
	s := benchStore(b)
	rr := &recordingReader{Store: s}
	srv := graph.NewServer(graph.Config{Reader: rr})
	if err := postGraphQL(srv, benchContainsGQL); err != nil {
		b.Fatal(err)
	}
	q := rr.events
	compare(b, func() error { return postGraphQL(srv, benchContainsGQL) },
		func() error {
			_, err := s.Events(context.Background(), q)
			return err
		},
		directQuery(s, benchContainsCypher, map[string]any{"q": "event 42"}))
	reportDBHits(b, s, "Event", q)
}

// benchPageGQL is the events page of the peer benchmark (tools/peerbench):
// types, status, a date range, sorted, 20, with countries, participants,
// the first evidence sentences with their articles, and the count.
const benchPageGQL = `{ events(first: 20,
  where: { type: { in: [MEETING, VISIT] }, status: { eq: HELD }, date: { gte: "2020-01", lt: "2024" } },
  sort: [{ date: DESC }]) {
  totalCount
  edges { node { id type status date title countries { code }
    participants { role person { id name } }
    evidence(first: 10) { sentence start end article { id } } } }
} }`

// benchPageCypher fetches the same page by hand: the page walked in the
// date index's order (the hint keeps Neo4j from taking the composite
// index of status, type and date, which gives the page out of order), its
// relations in the projection, the count apart (from the composite
// index).
const benchPageCypher = `MATCH (e:Event) USING INDEX e:Event(dateFrom)
WHERE e.dateFrom >= date($from) AND e.dateFrom < date($to) AND e.type IN $types AND e.status = $status
WITH e ORDER BY e.dateFrom DESC, e.id LIMIT 21
WITH collect(e {.id, .type, .status, .date, .title,
  countries: [(e)-[:INVOLVES]->(c:Country) | c.code],
  participants: [(p:Person)-[r:PARTICIPATED_IN]->(e) | {role: r.role, id: p.id, name: p.name}],
  evidence: COLLECT { MATCH (a:Article)-[r:REPORTS]->(e) WITH a, r ORDER BY a.publishedAt DESC, a.id
    UNWIND range(0, size(coalesce(r.evidence, [])) - 1) AS i WITH a, r, i LIMIT 10
    RETURN {sentence: r.evidence[i], start: r.offsets[2*i], end: r.offsets[2*i+1], article: a.id} }}) AS items
CALL () {
  MATCH (e:Event)
  WHERE e.dateFrom >= date($from) AND e.dateFrom < date($to) AND e.type IN $types AND e.status = $status
  RETURN count(e) AS total
}
RETURN items, total`

// BenchmarkReadEventsPage measures the events page of the peer benchmark
// (issue #11): through GraphQL, the store call the resolver makes, and
// hand-written Cypher.
func BenchmarkReadEventsPage(b *testing.B) {
	s := benchStore(b)
	rr := &recordingReader{Store: s}
	srv := graph.NewServer(graph.Config{Reader: rr})
	if err := postGraphQL(srv, benchPageGQL); err != nil {
		b.Fatal(err)
	}
	q := rr.events
	compare(b, func() error { return postGraphQL(srv, benchPageGQL) },
		func() error {
			_, err := s.Events(context.Background(), q)
			return err
		},
		directQuery(s, benchPageCypher, map[string]any{"from": "2020-01-01", "to": "2024-01-01",
			"types": []string{"MEETING", "VISIT"}, "status": "HELD"}))
	reportDBHits(b, s, "Event", q)
}

// benchPersonGQL is the person query of the peer benchmark: one person
// with country, offices and 10 events.
const benchPersonGQL = `query ($id: ID!) { person(id: $id) { id name nameLatin isMinister country { code }
  offices { title portfolio country { code } firstSeen lastSeen }
  events(first: 10) { edges { node { id date title type } } } } }`

// benchPersonCypher fetches the same by hand.
const benchPersonCypher = `MATCH (p:Person {id: $id})
RETURN p {.id, .name, .nameLatin, minister: p:Minister, .country,
  offices: [(p)-[o:HOLDS_OFFICE]->(c:Country) | {title: o.title, portfolio: o.portfolio, country: c.code, firstSeen: o.firstSeen, lastSeen: o.lastSeen}],
  events: COLLECT { MATCH (p)-[:PARTICIPATED_IN]->(e:Event) WITH e ORDER BY e.dateFrom DESC, e.id LIMIT 11 RETURN e {.id, .date, .title, .type} }} AS person`

// personReader records the last person query, as recordingReader does.
type personReader struct {
	*neo4jstore.Store
	persons diplograph.ListQuery
}

func (r *personReader) Persons(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.PersonNode], error) {
	r.persons = q
	return r.Store.Persons(ctx, q)
}

// BenchmarkReadPerson measures one person with offices and 10 events:
// through GraphQL, the store call the resolver makes, and hand-written
// Cypher.
func BenchmarkReadPerson(b *testing.B) {
	s := benchStore(b)
	pr := &personReader{Store: s}
	srv := graph.NewServer(graph.Config{Reader: pr})
	id := benchDoc(7).Facts.Ministers[0].ID
	gql := func() error {
		body, _ := json.Marshal(map[string]any{"query": benchPersonGQL, "variables": map[string]any{"id": id}})
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors":`)) || !bytes.Contains(rec.Body.Bytes(), []byte(id)) {
			return fmt.Errorf("graphql: %d %s", rec.Code, rec.Body.String())
		}
		return nil
	}
	if err := gql(); err != nil {
		b.Fatal(err)
	}
	q := pr.persons
	compare(b, gql,
		func() error {
			_, err := s.Persons(context.Background(), q)
			return err
		},
		directQuery(s, benchPersonCypher, map[string]any{"id": id}))
	reportDBHits(b, s, "Person", q)
}
