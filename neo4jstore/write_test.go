package neo4jstore_test

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Invented officials of invented documents: nothing here comes from a real
// article.
var wrPeople = []diplograph.Person{
	{Name: "Арман Тестов", Latin: "Arman Testov", Country: "KZ", Portfolio: "culture and information"},
	{Name: "Claire Exemple", Latin: "Claire Exemple", Country: "FR", Portfolio: "culture"},
	{Name: "Бахыт Примеров", Latin: "Bakhyt Primerov", Country: "KZ", Portfolio: "foreign affairs", Deputy: true},
	{Name: "Jean Modele", Latin: "Jean Modele", Country: "FR", Role: "Ambassador"},
	{Name: "Ольга Образцова", Latin: "Olga Obraztsova", Country: "RU", Portfolio: "culture"},
	{Name: "Hans Muster", Latin: "Hans Muster", Country: "DE", Role: "Secretary of State"},
}

func wrPerson(i int) diplograph.Person {
	p := wrPeople[i%len(wrPeople)]
	if i >= len(wrPeople) {
		p.Latin = fmt.Sprintf("%s Number%d", p.Latin, i)
		p.Name = fmt.Sprintf("%s %d", p.Name, i)
	}
	p.ID = diplograph.PersonID(p.Country, p.Latin)
	return p
}

func wrEvidence(text, sentence string) []diplograph.Evidence {
	i := strings.Index(text, sentence)
	if i < 0 {
		return nil
	}
	return []diplograph.Evidence{{Sentence: sentence, Start: i, End: i + len(sentence)}}
}

// wrSynthetic returns document i of a synthetic corpus: 3 persons, 2
// events, 1 agreement, 3 topics and 2 countries each, drawn from pools
// of size pool so that documents share persons and events.
func wrSynthetic(i, pool int) diplograph.Document {
	text := fmt.Sprintf("Synthetic article %d. The ministers met in the capital. A memorandum was signed.", i)
	a := diplograph.Article{ID: fmt.Sprintf("art-%04d", i), URL: fmt.Sprintf("https://example.org/news/%d", i),
		Source: "example.org", Title: fmt.Sprintf("Synthetic %d", i), Language: diplograph.LangEnglish,
		Published: fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28), Text: text, File: "synthetic.jsonl", Line: i + 1}
	var persons []diplograph.Person
	for k := 0; k < 3; k++ {
		p := wrPerson((i + k) % pool)
		p.Evidence = wrEvidence(text, "The ministers met in the capital.")
		persons = append(persons, p)
	}
	countries := []string{persons[0].Country, persons[1].Country}
	if countries[0] == countries[1] {
		countries[1] = "TR"
	}
	sort.Strings(countries)
	var events []diplograph.Event
	for k := 0; k < 2; k++ {
		date := fmt.Sprintf("2025-%02d-%02d", 1+(i/2+k)%pool%12, 1+k)
		typ := []string{diplograph.EventMeeting, diplograph.EventVisit}[k]
		status := diplograph.StatusHeld
		if (i+k)%3 == 0 {
			status = diplograph.StatusPlanned
		}
		events = append(events, diplograph.Event{
			ID: diplograph.EventID(typ, countries, date, a.ID), Type: typ, Status: status, Primary: k == 0,
			Date: date, City: []string{"Astana", "Paris", ""}[i%3], Countries: countries,
			Participants: []string{persons[0].Latin, persons[1].Latin},
			Title:        fmt.Sprintf("%s of %s", strings.ToLower(typ), strings.Join(countries, "-")),
			Topics:       []string{"theatre", "music"}[k : k+1],
			Evidence:     wrEvidence(text, "The ministers met in the capital."),
		})
	}
	ag := diplograph.Agreement{Kind: diplograph.KindMemorandum, Status: diplograph.AgreementSigned,
		Date: events[0].Date, Countries: countries, Parties: []string{fmt.Sprintf("Test Academy %d", i%pool)},
		Signatories: []string{persons[0].Latin}, EventID: events[0].ID, Topics: []string{"education"},
		Title: "Memorandum on synthetic cooperation", Evidence: wrEvidence(text, "A memorandum was signed.")}
	ag.ID = diplograph.AgreementID(ag.Kind, ag.Countries, ag.Parties, ag.EventID)
	return diplograph.Document{Article: a, Facts: diplograph.Facts{
		ArticleID: a.ID, Language: a.Language, Published: a.Published,
		Ministers: persons, Countries: countries, Events: events, Agreements: []diplograph.Agreement{ag},
		Topics: []string{"theatre", "music", "education"},
	}}
}

func wrCorpus(n, pool int) []diplograph.Document {
	docs := make([]diplograph.Document, n)
	for i := range docs {
		docs[i] = wrSynthetic(i, pool)
	}
	return docs
}

func wrCtx(tb testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	tb.Cleanup(cancel)
	return ctx
}

// wrOpen opens the test database, empties it and migrates it.
func wrOpen(tb testing.TB) *neo4jstore.Store {
	tb.Helper()
	s := neo4jtest.MustOpen(tb)
	if err := s.Migrate(wrCtx(tb)); err != nil {
		tb.Fatalf("Migrate: %v", err)
	}
	return s
}

// wrDump returns every node and relationship with all its properties, as
// sorted lines; skip names properties to leave out.
func wrDump(tb testing.TB, s *neo4jstore.Store, skip ...string) []string {
	tb.Helper()
	ctx := wrCtx(tb)
	sess := s.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.Database()})
	defer sess.Close(ctx)
	key := "coalesce(n.id, n.code, n.key)"
	var out []string
	for _, q := range []string{
		"MATCH (n) RETURN " + key + ", labels(n), properties(n)",
		"MATCH (x)-[r]->(y) RETURN coalesce(x.id, x.code, x.key) + ' -' + type(r) + '-> ' + coalesce(y.id, y.code, y.key), [], properties(r)",
	} {
		res, err := sess.Run(ctx, q, nil)
		if err != nil {
			tb.Fatal(err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			tb.Fatal(err)
		}
		for _, r := range recs {
			ls := fmt.Sprint(r.Values[1])
			ps := r.Values[2].(map[string]any)
			for _, k := range skip {
				delete(ps, k)
			}
			keys := make([]string, 0, len(ps))
			for k := range ps {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var b strings.Builder
			fmt.Fprintf(&b, "%v %s", r.Values[0], ls)
			for _, k := range keys {
				fmt.Fprintf(&b, " %s=%v", k, ps[k])
			}
			out = append(out, b.String())
		}
	}
	sort.Strings(out)
	return out
}

// wrRun runs one auto-commit query and returns its records.
func wrRun(tb testing.TB, s *neo4jstore.Store, cypher string, params map[string]any) []*neo4j.Record {
	tb.Helper()
	ctx := wrCtx(tb)
	sess := s.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.Database()})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		tb.Fatalf("%s: %v", cypher, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		tb.Fatalf("%s: %v", cypher, err)
	}
	return recs
}

func wrCounts(tb testing.TB, s *neo4jstore.Store) map[string]int {
	tb.Helper()
	c, err := s.Counts(wrCtx(tb))
	if err != nil {
		tb.Fatalf("Counts: %v", err)
	}
	return c
}

func wrWrite(tb testing.TB, s *neo4jstore.Store, docs ...diplograph.Document) diplograph.WriteStats {
	tb.Helper()
	st, err := s.WriteBatch(wrCtx(tb), docs)
	if err != nil {
		tb.Fatalf("WriteBatch: %v", err)
	}
	return st
}

func wrDiff(a, b []string) string {
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	ma, mb := in(a), in(b)
	var d []string
	for _, x := range a {
		if !mb[x] {
			d = append(d, "- "+x)
		}
	}
	for _, x := range b {
		if !ma[x] {
			d = append(d, "+ "+x)
		}
	}
	if len(d) > 20 {
		d = append(d[:20], "...")
	}
	return strings.Join(d, "\n")
}

func TestWriteBatchIdempotent(t *testing.T) {
	s := wrOpen(t)
	docs := wrCorpus(12, 5)
	first := wrWrite(t, s, docs...)
	if first.Articles != len(docs) || first.NodesCreated == 0 || first.RelationshipsCreated == 0 {
		t.Fatalf("first write: %+v", first)
	}
	before, counts := wrDump(t, s), wrCounts(t, s)
	second := wrWrite(t, s, docs...)
	if second != (diplograph.WriteStats{}) {
		t.Errorf("second write changed the graph: %+v", second)
	}
	if after := wrDump(t, s); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("graph changed on re-write:\n%s", wrDiff(before, after))
	}
	if c := wrCounts(t, s); fmt.Sprint(c) != fmt.Sprint(counts) {
		t.Errorf("counts changed: %v -> %v", counts, c)
	}
	if counts[neo4jstore.LabelArticle] != len(docs) {
		t.Errorf("articles: %d, want %d", counts[neo4jstore.LabelArticle], len(docs))
	}
	// Shared persons and events are one node each.
	if got, want := counts[neo4jstore.LabelPerson], 5; got != want {
		t.Errorf("persons: %d, want %d", got, want)
	}

	// Written in other batches, one document at a time, in reverse order,
	// into an empty graph: the same graph but for ingestedAt.
	want := wrDump(t, s, "ingestedAt")
	s2 := wrOpen(t)
	for i := len(docs) - 1; i >= 0; i-- {
		wrWrite(t, s2, docs[i])
	}
	if got := wrDump(t, s2, "ingestedAt"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("order of writes changes the graph:\n%s", wrDiff(want, got))
	}
}

func TestWriteBatchAtomic(t *testing.T) {
	bad := wrSynthetic(5, 5)
	bad.Article.File, bad.Article.Line = "bad.jsonl", 7
	bad.Facts.Events[1].Type = "PICNIC"

	badDate := wrSynthetic(6, 5)
	badDate.Article.File, badDate.Article.Line = "dates.jsonl", 3
	badDate.Facts.Events[0].Date = "2025-02-30"

	// Two versions of one article in one batch: the second CREATE of the
	// article breaks its uniqueness constraint inside the transaction,
	// after the other documents were written.
	twin := wrSynthetic(4, 5)
	twin.Article.Text += " Corrected."
	storedTwin := wrSynthetic(0, 5)
	storedTwin.Article.Text += " Corrected."

	tests := []struct {
		name     string
		batch    []diplograph.Document
		code     string
		mentions []string
	}{
		{"invalid document", []diplograph.Document{wrSynthetic(2, 5), bad, wrSynthetic(3, 5)},
			diplograph.EINVALID, []string{"art-0005", "bad.jsonl:7", "PICNIC"}},
		{"impossible date", []diplograph.Document{badDate, wrSynthetic(2, 5)},
			diplograph.EINVALID, []string{"art-0006", "dates.jsonl:3", "2025-02-30"}},
		{"constraint violation", []diplograph.Document{wrSynthetic(2, 5), wrSynthetic(3, 5), wrSynthetic(4, 5), twin},
			diplograph.ECONFLICT, []string{"art-0004"}},
		{"two versions of a stored article", []diplograph.Document{wrSynthetic(0, 5), storedTwin, wrSynthetic(3, 5)},
			diplograph.ECONFLICT, []string{"art-0000", "synthetic.jsonl:1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := wrOpen(t)
			wrWrite(t, s, wrSynthetic(0, 5), wrSynthetic(1, 5))
			before := wrDump(t, s)
			_, err := s.WriteBatch(wrCtx(t), tc.batch)
			if code := diplograph.ErrorCode(err); code != tc.code {
				t.Fatalf("WriteBatch: %v (code %q), want %s", err, code, tc.code)
			}
			msg := diplograph.ErrorMessage(err)
			for _, m := range tc.mentions {
				if !strings.Contains(msg, m) {
					t.Errorf("message %q does not mention %q", msg, m)
				}
			}
			if after := wrDump(t, s); strings.Join(after, "\n") != strings.Join(before, "\n") {
				t.Errorf("failed batch changed the graph:\n%s", wrDiff(before, after))
			}
		})
	}
}

func TestWriteBatchConcurrent(t *testing.T) {
	docs := wrCorpus(40, 6)

	// Expected: everything written by one writer.
	s := wrOpen(t)
	wrWrite(t, s, docs...)
	want := wrDump(t, s, "ingestedAt")

	s = wrOpen(t)
	const writers = 8
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for g := 0; g < writers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			// Writer g writes 16 documents, overlapping its neighbours',
			// in batches of 4, half of the writers in reverse order.
			var mine []diplograph.Document
			for i := 0; i < 16; i++ {
				mine = append(mine, docs[(g*5+i)%len(docs)])
			}
			if g%2 == 1 {
				for i, j := 0, len(mine)-1; i < j; i, j = i+1, j-1 {
					mine[i], mine[j] = mine[j], mine[i]
				}
			}
			for i := 0; i < len(mine); i += 4 {
				if _, err := s.WriteBatch(context.Background(), mine[i:i+4]); err != nil {
					errs <- fmt.Errorf("writer %d: %w", g, err)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := wrDump(t, s, "ingestedAt"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("concurrent writers differ from one writer:\n%s", wrDiff(want, got))
	}
	dups := wrRun(t, s, `MATCH (x)-[r]->(y)
WITH x, y, type(r) AS t, r.title AS k, count(*) AS c WHERE c > 1
RETURN count(*)`, nil)
	if n := dups[0].Values[0].(int64); n != 0 {
		t.Errorf("%d duplicated relationships", n)
	}
}

func TestWriteBatchConcurrentReplace(t *testing.T) {
	v1 := wrCorpus(16, 6)
	v2 := wrCorpus(16, 6)
	for i := range v2 {
		// A new version: other text, the second event dropped.
		v2[i].Article.Text += " Updated."
		v2[i].Facts.Events = v2[i].Facts.Events[:1]
	}
	s := wrOpen(t)
	wrWrite(t, s, v2...)
	want := wrDump(t, s, "ingestedAt")

	s = wrOpen(t)
	wrWrite(t, s, v1...)
	const writers = 4
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for g := 0; g < writers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			docs := append([]diplograph.Document(nil), v2...)
			if g%2 == 1 {
				for i, j := 0, len(docs)-1; i < j; i, j = i+1, j-1 {
					docs[i], docs[j] = docs[j], docs[i]
				}
			}
			for i := 0; i < len(docs); i += 4 {
				if _, err := s.WriteBatch(context.Background(), docs[i:i+4]); err != nil {
					errs <- fmt.Errorf("writer %d: %w", g, err)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := wrDump(t, s, "ingestedAt"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("concurrent replacements differ from writing the new versions alone:\n%s", wrDiff(want, got))
	}
}

func TestDeleteConcurrentWithWrites(t *testing.T) {
	docs := wrCorpus(32, 6)
	old, fresh := docs[:16], docs[16:]
	s := wrOpen(t)
	wrWrite(t, s, fresh...)
	want := wrDump(t, s, "ingestedAt")

	// The old articles share persons, events and countries with the new
	// ones: deleting the old while writing the new must neither lose what
	// the new support nor keep what only the old supported.
	s = wrOpen(t)
	wrWrite(t, s, old...)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func(g int) {
			defer wg.Done()
			for i := g; i < len(old); i += 4 {
				if _, err := s.DeleteArticle(context.Background(), old[i].Article.ID); err != nil {
					errs <- fmt.Errorf("deleter %d: %w", g, err)
					return
				}
			}
		}(g)
		go func(g int) {
			defer wg.Done()
			if _, err := s.WriteBatch(context.Background(), fresh[g*4:g*4+4]); err != nil {
				errs <- fmt.Errorf("writer %d: %w", g, err)
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := wrDump(t, s, "ingestedAt"); strings.Join(wrNoReference(got), "\n") != strings.Join(wrNoReference(want), "\n") {
		t.Errorf("concurrent deletes and writes differ from the new articles alone:\n%s", wrDiff(want, got))
	}
}

func TestEventDateRange(t *testing.T) {
	tests := []struct {
		date, end        string
		wantFrom, wantTo string
	}{
		{"2024", "", "2024-01-01", "2024-12-31"},
		{"2024-02", "", "2024-02-01", "2024-02-29"},
		{"2023-12", "", "2023-12-01", "2023-12-31"},
		{"2024-03-05", "2024-03-07", "2024-03-05", "2024-03-07"},
		{"2024-03-05", "2024-04", "2024-03-05", "2024-04-30"},
		{"", "", "<nil>", "<nil>"},
	}
	s := wrOpen(t)
	doc := wrSynthetic(0, 5)
	doc.Facts.Events = nil
	for i, tc := range tests {
		e := wrSynthetic(0, 5).Facts.Events[0]
		e.Date, e.EndDate, e.Type = tc.date, tc.end, diplograph.EventTypes[i]
		e.ID = diplograph.EventID(e.Type, e.Countries, e.Date, fmt.Sprint(doc.Article.ID, i))
		doc.Facts.Events = append(doc.Facts.Events, e)
	}
	doc.Facts.Agreements = nil
	wrWrite(t, s, doc)
	for _, tc := range tests {
		t.Run(tc.date+".."+tc.end, func(t *testing.T) {
			recs := wrRun(t, s, `MATCH (e:Event) WHERE coalesce(e.date, '') = $date AND coalesce(e.endDate, '') = $end
RETURN toString(e.dateFrom), toString(e.dateTo)`, map[string]any{"date": tc.date, "end": tc.end})
			if len(recs) != 1 {
				t.Fatalf("%d events", len(recs))
			}
			from, to := fmt.Sprint(recs[0].Values[0]), fmt.Sprint(recs[0].Values[1])
			if from != tc.wantFrom || to != tc.wantTo {
				t.Errorf("dateFrom, dateTo = %s, %s; want %s, %s", from, to, tc.wantFrom, tc.wantTo)
			}
		})
	}
}

func TestReference(t *testing.T) {
	s := wrOpen(t)
	ctx := wrCtx(t)
	wrWrite(t, s, wrSynthetic(0, 5)) // creates KZ and FR without names
	cs := []diplograph.Country{
		{Code: "KZ", NameEN: "Kazakhstan", NameRU: "Казахстан", NameKK: "Қазақстан"},
		{Code: "FR", NameEN: "France", NameRU: "Франция", NameKK: "Франция"},
		{Code: "JP", NameEN: "Japan"},
	}
	ts := []diplograph.Topic{{Key: "music", NameEN: "Music", NameRU: "Музыка", NameKK: "Музыка"}}
	for i := 0; i < 2; i++ {
		if err := s.UpsertCountries(ctx, cs); err != nil {
			t.Fatal(err)
		}
		if err := s.UpsertTopics(ctx, ts); err != nil {
			t.Fatal(err)
		}
	}
	c := wrCounts(t, s)
	if c[neo4jstore.LabelCountry] != 3 || c[neo4jstore.LabelTopic] != 3 {
		t.Errorf("counts: %v", c)
	}
	kz := wrProps(t, s, "MATCH (c:Country {code: 'KZ'}) RETURN properties(c)", nil)
	if kz["nameRu"] != "Казахстан" || kz["nameEn"] != "Kazakhstan" {
		t.Errorf("KZ = %v", kz)
	}
	// An empty name keeps the stored one.
	if err := s.UpsertCountries(ctx, []diplograph.Country{{Code: "KZ"}}); err != nil {
		t.Fatal(err)
	}
	if kz := wrProps(t, s, "MATCH (c:Country {code: 'KZ'}) RETURN properties(c)", nil); kz["nameEn"] != "Kazakhstan" {
		t.Errorf("KZ after empty upsert = %v", kz)
	}
	for _, err := range []error{
		s.UpsertCountries(ctx, []diplograph.Country{{Code: "kz1"}}),
		s.UpsertTopics(ctx, []diplograph.Topic{{Key: "gardening"}}),
	} {
		if diplograph.ErrorCode(err) != diplograph.EINVALID {
			t.Errorf("bad reference data: %v, want %s", err, diplograph.EINVALID)
		}
	}
}

func TestWriteBatchUnavailable(t *testing.T) {
	neo4jtest.Open(t) // skips when there is no test database
	c := neo4jtest.Config()
	u, err := url.Parse(c.URI)
	if err != nil {
		t.Fatal(err)
	}
	p := neo4jtest.NewProxy(t)
	c.URI = u.Scheme + "://" + p.Addr()
	c.QueryTimeout = 5 * time.Second
	s, err := neo4jstore.Open(wrCtx(t), c)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	p.Kill()
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Second)
	defer cancel()
	_, err = s.WriteBatch(ctx, []diplograph.Document{wrSynthetic(0, 5)})
	if code := diplograph.ErrorCode(err); code != diplograph.EUNAVAILABLE {
		t.Errorf("WriteBatch with Neo4j gone: %v (code %q), want %s", err, code, diplograph.EUNAVAILABLE)
	}
	t.Logf("Neo4j gone: %v", err)
}

// BenchmarkWriteBatch writes batches of new synthetic documents (3
// persons, 2 events, 1 agreement, 3 topics, 2 countries each), sharing
// persons and events with earlier ones, as an ingest of a growing corpus
// does.
func BenchmarkWriteBatch(b *testing.B) {
	for _, size := range []int{1, 200} {
		b.Run(fmt.Sprintf("docs=%d", size), func(b *testing.B) {
			s := wrOpen(b)
			ctx := wrCtx(b)
			next := 0
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				docs := make([]diplograph.Document, size)
				for k := range docs {
					docs[k] = wrSynthetic(next, 50)
					next++
				}
				if _, err := s.WriteBatch(ctx, docs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(next)/time.Since(start).Seconds(), "docs/s")
		})
	}
}

// TestWriteBatchOrderIndependent writes documents whose persons, events
// and agreements get other names, cities, statuses and partial or unknown
// dates from article to article, in one batch and then one by one in
// shuffled orders: writes merge new reports and mentions into the stored
// properties by rank (see planDerive), which must give what deriving from
// all of them at once gives.
func TestWriteBatchOrderIndependent(t *testing.T) {
	var docs []diplograph.Document
	for i := 0; i < 36; i++ {
		d := wrSynthetic(i, 18)
		pub := []string{"2025-03-05", "2025-03", "2025", "", "2024-12-31", "2025-03-05"}[i%6]
		d.Article.Published, d.Facts.Published = pub, pub
		if i%4 == 1 {
			d.Facts.Ministers[1].Role = fmt.Sprintf("Envoy %d", i%3)
			d.Facts.Ministers[1].Aliases = []string{fmt.Sprintf("Alias %d", i%5)}
		}
		if i%5 == 2 {
			d.Facts.Agreements[0].Status = diplograph.AgreementDraft
			d.Facts.Events[0].EndDate = "2025-12"
			d.Facts.Events[1].Status = diplograph.StatusPlanned
		}
		docs = append(docs, d)
	}
	s := wrOpen(t)
	wrWrite(t, s, docs...)
	want := wrDump(t, s, "ingestedAt")
	for _, seed := range []int{1, 7} {
		s := wrOpen(t)
		order := make([]int, len(docs))
		for i := range order {
			order[i] = (i*seed*5 + seed) % len(docs)
		}
		seen := map[int]bool{}
		for _, k := range order {
			if !seen[k] {
				seen[k] = true
				wrWrite(t, s, docs[k])
			}
		}
		for k := range docs {
			if !seen[k] {
				wrWrite(t, s, docs[k])
			}
		}
		if got := wrDump(t, s, "ingestedAt"); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("seed %d: writes one by one differ from one batch:\n%s", seed, wrDiff(want, got))
		}
	}

	// Replacing every article by a version with other text derives its
	// nodes again from all their reports and mentions, in Cypher: the
	// same properties as merging them in Go.
	skip := []string{"ingestedAt", "text", "contentHash", "docHash"}
	want = wrDump(t, s, skip...)
	for i := 0; i < len(docs); i += 6 {
		var batch []diplograph.Document
		for _, d := range docs[i : i+6] {
			d.Article.Text += " Revised."
			batch = append(batch, d)
		}
		wrWrite(t, s, batch...)
	}
	if got := wrDump(t, s, skip...); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("deriving again from all reports and mentions differs from merging them:\n%s", wrDiff(want, got))
	}
}

// BenchmarkWriteBatchGraphSize writes batches of 200 new synthetic
// documents into graphs that already hold 0, 5,000 and 10,000 of them
// (written before the timer starts): the time per batch should not grow
// with the graph, as writes merge into the stored properties instead of
// reading every report and mention of the nodes they touch.
func BenchmarkWriteBatchGraphSize(b *testing.B) {
	const batch = 200
	for _, size := range []int{0, 5000, 10000} {
		b.Run(fmt.Sprintf("graph=%d", size), func(b *testing.B) {
			s := wrOpen(b)
			ctx := wrCtx(b)
			next := 0
			write := func() {
				docs := make([]diplograph.Document, batch)
				for k := range docs {
					docs[k] = wrSynthetic(next, 50)
					next++
				}
				if _, err := s.WriteBatch(ctx, docs); err != nil {
					b.Fatal(err)
				}
			}
			for next < size {
				write()
			}
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				write()
			}
			b.ReportMetric(float64(b.N*batch)/time.Since(start).Seconds(), "docs/s")
		})
	}
}
