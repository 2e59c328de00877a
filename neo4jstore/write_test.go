package neo4jstore_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
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
