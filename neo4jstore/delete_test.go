package neo4jstore_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/neo4jstore"
)

// wrShared returns two invented articles that report one meeting (same
// event id): A with a minister and an ambassador, planned, plus a
// memorandum; B with the same minister and a foreign minister, held, in a
// named city.
func wrShared() (a, b diplograph.Document) {
	x, y, z := wrPerson(0), wrPerson(3), wrPerson(1)
	countries := []string{"FR", "KZ"}
	date := "2025-03-14"
	eid := diplograph.EventID(diplograph.EventMeeting, countries, date, "")

	textA := "Test article A. The minister and the ambassador prepared talks. A memorandum is ready."
	artA := diplograph.Article{ID: "art-shared-a", Title: "A", Language: diplograph.LangEnglish,
		Published: "2025-03-10", Text: textA, File: "a.txt"}
	evA := diplograph.Event{ID: eid, Type: diplograph.EventMeeting, Status: diplograph.StatusPlanned, Primary: true,
		Date: date, Countries: countries, Participants: []string{x.Latin, y.Latin}, Title: "talks as announced",
		Topics: []string{"theatre"}, Evidence: wrEvidence(textA, "The minister and the ambassador prepared talks.")}
	ag := diplograph.Agreement{Kind: diplograph.KindMemorandum, Status: diplograph.AgreementDraft, Date: date,
		Countries: countries, Parties: []string{"Test Theatre"}, Signatories: []string{x.Latin}, EventID: eid,
		Topics: []string{"theatre"}, Evidence: wrEvidence(textA, "A memorandum is ready.")}
	ag.ID = diplograph.AgreementID(ag.Kind, ag.Countries, ag.Parties, ag.EventID)
	a = diplograph.Document{Article: artA, Facts: diplograph.Facts{ArticleID: artA.ID, Language: "en",
		Published: artA.Published, Ministers: []diplograph.Person{x}, Persons: []diplograph.Person{y},
		Countries: countries, Events: []diplograph.Event{evA}, Agreements: []diplograph.Agreement{ag},
		Topics: []string{"theatre"}}}

	textB := "Test article B. The two ministers held talks in the capital."
	artB := diplograph.Article{ID: "art-shared-b", Title: "B", Language: diplograph.LangEnglish,
		Published: "2025-03-14", Text: textB, File: "b.txt"}
	xb := x
	xb.Aliases = []string{"Arman Testoff"}
	xb.Portfolio = "culture" // B gives a shorter title: another office, another role
	evB := diplograph.Event{ID: eid, Type: diplograph.EventMeeting, Status: diplograph.StatusHeld, Primary: true,
		Date: date, City: "Astana", CityCountry: "KZ", Countries: countries, Participants: []string{x.Latin, z.Latin},
		Title: "talks as held", Topics: []string{"theatre", "music"},
		Evidence: wrEvidence(textB, "The two ministers held talks in the capital.")}
	b = diplograph.Document{Article: artB, Facts: diplograph.Facts{ArticleID: artB.ID, Language: "en",
		Published: artB.Published, Ministers: []diplograph.Person{xb, z}, Countries: countries,
		Events: []diplograph.Event{evB}, Topics: []string{"music", "theatre"}}}
	return a, b
}

// wrNoReference drops the Country and Topic nodes (not their
// relationships) from a dump.
func wrNoReference(dump []string) []string {
	var out []string
	for _, l := range dump {
		if !strings.Contains(l, " [Country]") && !strings.Contains(l, " [Topic]") {
			out = append(out, l)
		}
	}
	return out
}

func wrProps(t *testing.T, s *neo4jstore.Store, cypher string, params map[string]any) map[string]any {
	t.Helper()
	recs := wrRun(t, s, cypher, params)
	if len(recs) != 1 {
		t.Fatalf("%s: %d records, want 1", cypher, len(recs))
	}
	return recs[0].Values[0].(map[string]any)
}

func TestProvenanceAndDelete(t *testing.T) {
	a, b := wrShared()
	eid := a.Facts.Events[0].ID

	// The graph of each article alone, to compare with what a delete leaves.
	alone := map[string][]string{}
	for _, d := range []diplograph.Document{a, b} {
		s := wrOpen(t)
		wrWrite(t, s, d)
		alone[d.Article.ID] = wrDump(t, s, "ingestedAt")
	}

	tests := []struct {
		name  string
		first diplograph.Document // deleted first
		keep  diplograph.Document
	}{
		{"delete A then B", a, b},
		{"delete B then A", b, a},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := wrOpen(t)
			ctx := wrCtx(t)
			wrWrite(t, s, a, b)

			// One event, reported twice, with merged properties.
			c := wrCounts(t, s)
			if c[neo4jstore.LabelEvent] != 1 || c[neo4jstore.RelReports] != 3 {
				t.Fatalf("counts after writing A and B: %v", c)
			}
			ev := wrProps(t, s, "MATCH (e:Event {id: $id}) RETURN properties(e)", map[string]any{"id": eid})
			if ev["status"] != diplograph.StatusHeld || ev["city"] != "Astana" || ev["title"] != "talks as announced" {
				t.Errorf("merged event: %v", ev)
			}
			if got := ev["primaryIn"]; len(got.([]any)) != 2 {
				t.Errorf("primaryIn = %v", got)
			}
			x := wrProps(t, s, "MATCH (p:Person:Minister {id: $id}) RETURN properties(p)",
				map[string]any{"id": a.Facts.Ministers[0].ID})
			if !strings.Contains(x["aliasesText"].(string), "Arman Testoff") {
				t.Errorf("aliases not unioned: %v", x)
			}
			rel := wrProps(t, s, "MATCH (:Person {id: $p})-[r:PARTICIPATED_IN]->(:Event {id: $e}) RETURN properties(r)",
				map[string]any{"p": a.Facts.Ministers[0].ID, "e": eid})
			if srcs := rel["sources"].([]any); len(srcs) != 2 {
				t.Errorf("shared participation sources = %v", srcs)
			}

			st, err := s.DeleteArticle(ctx, tc.first.Article.ID)
			if err != nil {
				t.Fatalf("DeleteArticle: %v", err)
			}
			if st.Articles != 1 || st.NodesDeleted == 0 || st.RelationshipsDeleted == 0 {
				t.Errorf("delete stats: %+v", st)
			}
			// What is left is exactly the graph of the other article alone
			// (reference nodes aside: they stay).
			if got, want := wrNoReference(wrDump(t, s, "ingestedAt")), wrNoReference(alone[tc.keep.Article.ID]); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("after deleting %s, graph differs from %s alone:\n%s", tc.first.Article.ID, tc.keep.Article.ID, wrDiff(want, got))
			}

			if _, err := s.DeleteArticle(ctx, tc.keep.Article.ID); err != nil {
				t.Fatalf("DeleteArticle: %v", err)
			}
			c = wrCounts(t, s)
			for k, n := range c {
				switch k {
				case neo4jstore.LabelCountry, neo4jstore.LabelTopic:
					if n == 0 {
						t.Errorf("reference nodes %s were deleted", k)
					}
				default:
					if n != 0 {
						t.Errorf("%d %s left after deleting every article", n, k)
					}
				}
			}

			_, err = s.DeleteArticle(ctx, tc.keep.Article.ID)
			if code := diplograph.ErrorCode(err); code != diplograph.ENOTFOUND {
				t.Errorf("deleting a deleted article: %v (code %q), want %s", err, code, diplograph.ENOTFOUND)
			}
		})
	}
}

func TestChangedContentReplaces(t *testing.T) {
	a, b := wrShared()
	// A new version of A: other text, the meeting moved to another day,
	// no memorandum.
	a2 := a
	a2.Article.Text = "Test article A, corrected. The minister and the ambassador met a day later."
	a2.Facts.Agreements = nil
	ev := a.Facts.Events[0]
	ev.Date = "2025-03-15"
	ev.ID = diplograph.EventID(ev.Type, ev.Countries, ev.Date, "")
	ev.Evidence = wrEvidence(a2.Article.Text, "The minister and the ambassador met a day later.")
	a2.Facts.Events = []diplograph.Event{ev}

	// Expected: the graph of B and A2 written into an empty database.
	s := wrOpen(t)
	wrWrite(t, s, b, a2)
	want := wrDump(t, s, "ingestedAt")

	s = wrOpen(t)
	wrWrite(t, s, a, b)
	st := wrWrite(t, s, a2)
	if st.Articles != 1 || st.NodesDeleted == 0 {
		t.Errorf("replace stats: %+v", st)
	}
	if got := wrDump(t, s, "ingestedAt"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("replacing A differs from writing its new version alone:\n%s", wrDiff(want, got))
	}
	hashes, err := s.ArticleHash(wrCtx(t), []string{a.Article.ID, "no-such-article"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hashes) != 1 || hashes[a.Article.ID] != diplograph.ContentHash(a2.Article.Text) {
		t.Errorf("ArticleHash = %v", hashes)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestGraphModelGolden pins the graph model of doc.go: the nodes, labels,
// relationships, properties and property types that two articles
// reporting one meeting give. Run with -update after an intended change,
// and tell the read side.
func TestGraphModelGolden(t *testing.T) {
	s := wrOpen(t)
	a, b := wrShared()
	wrWrite(t, s, a, b)
	got := strings.Join(wrTypedDump(t, s), "\n") + "\n"
	path := filepath.Join("testdata", "model.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("graph differs from %s (run with -update if intended):\n%s", path,
			wrDiff(strings.Split(string(want), "\n"), strings.Split(got, "\n")))
	}
}

// wrTypedDump is wrDump with the Go type of every property value, and
// without ingestedAt (a time) and the article text.
func wrTypedDump(t *testing.T, s *neo4jstore.Store) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		"MATCH (n) RETURN coalesce(n.id, n.code, n.key), labels(n), properties(n)",
		"MATCH (x)-[r]->(y) RETURN coalesce(x.id, x.code, x.key) + ' -' + type(r) + '-> ' + coalesce(y.id, y.code, y.key), [], properties(r)",
	} {
		for _, r := range wrRun(t, s, q, nil) {
			ps := r.Values[2].(map[string]any)
			keys := make([]string, 0, len(ps))
			for k := range ps {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var b strings.Builder
			fmt.Fprintf(&b, "%v %v", r.Values[0], r.Values[1])
			for _, k := range keys {
				v := ps[k]
				switch k {
				case "ingestedAt", "text", "contentHash", "docHash":
					v = "..."
				}
				fmt.Fprintf(&b, "\n    %s: %T %v", k, ps[k], v)
			}
			out = append(out, b.String())
		}
	}
	sort.Strings(out)
	return out
}

// TestDeleteSharedOffice deletes one of two articles that give the same
// persons the same offices on other dates: the offices stay, with the
// firstSeen and lastSeen of the article left (HOLDS_OFFICE keeps no
// sources: its support is the mentions with its title and country).
func TestDeleteSharedOffice(t *testing.T) {
	a, b := wrSynthetic(0, 5), wrSynthetic(5, 5)
	s := wrOpen(t)
	wrWrite(t, s, a)
	want := wrNoReference(wrDump(t, s, "ingestedAt"))

	s = wrOpen(t)
	wrWrite(t, s, a, b)
	offices := wrRun(t, s, "MATCH (:Person)-[h:HOLDS_OFFICE]->(:Country) WHERE h.firstSeen < h.lastSeen RETURN count(h)", nil)
	if n := offices[0].Values[0].(int64); n == 0 {
		t.Fatalf("no office spans both articles")
	}
	if _, err := s.DeleteArticle(wrCtx(t), b.Article.ID); err != nil {
		t.Fatal(err)
	}
	if got := wrNoReference(wrDump(t, s, "ingestedAt")); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after deleting %s, graph differs from %s alone:\n%s", b.Article.ID, a.Article.ID, wrDiff(want, got))
	}
}

// TestDeleteAllHighDegree empties a graph with a node of degree 30,000
// (as a country every article mentions): relationships go in chunks
// first, so that the node's do not all go in one transaction.
func TestDeleteAllHighDegree(t *testing.T) {
	s := wrOpen(t)
	wrRun(t, s, `MERGE (c:Country {code: 'ZZ'})
WITH c UNWIND range(1, 30000) AS i
CREATE (a:Article {id: 'hub-' + toString(i)})-[:MENTIONS]->(c)`, nil)
	if err := s.DeleteAll(wrCtx(t)); err != nil {
		t.Fatalf("DeleteAll: %v", err)
	}
	if n := wrRun(t, s, "MATCH (n) RETURN count(n)", nil)[0].Values[0].(int64); n != 0 {
		t.Errorf("%d nodes left", n)
	}
}
