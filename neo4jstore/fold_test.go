package neo4jstore_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// foldSamples are Russian, Kazakh and English letters in both cases.
var foldSamples = []string{
	"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
	"ӘҒҚҢӨҰҮҺІ әғқңөұүһі", "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 -,.«»",
	"Ёлка в Қазақстан", "Türkiye Ça Ğö Şü", "",
}

// TestFoldMatchesCypher checks that the folding of filter arguments (Go)
// and of stored properties (Cypher) agree.
func TestFoldMatchesCypher(t *testing.T) {
	s := neo4jtest.Open(t)
	for _, x := range foldSamples {
		r := wrRun(t, s, "RETURN "+neo4jstore.FoldCypher("$x"), map[string]any{"x": x})
		if got, want := r[0].Values[0], neo4jstore.Fold(x); got != want {
			t.Errorf("fold %q: Cypher %q, Go %q", x, got, want)
		}
	}
	if got := neo4jstore.Fold("ЁЛКА Қазақ"); got != "елка қазақ" {
		t.Errorf("Fold = %q", got)
	}
}

// TestFoldedFilters checks contains (case and ё ignored, Kazakh letters
// too) and startsWith (case kept) on titles and names, and that Migrate
// gives nodes written without the folded copies their copies, once.
func TestFoldedFilters(t *testing.T) {
	s := wrOpen(t)
	ctx := wrCtx(t)
	d := wrSynthetic(0, 5)
	d.Article.Title = "Ёлка Қазақстан"
	d.Facts.Events[0].Title = "Визит в Қазақстан: ёлочный базар"
	d.Facts.Events[1].Title = "Встреча министров"
	wrWrite(t, s, d)
	ids := func(w *diplograph.Where) []string {
		t.Helper()
		p, err := s.Events(ctx, diplograph.ListQuery{First: 10, Count: true, Where: w})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range p.Items {
			out = append(out, e.Title)
		}
		if p.TotalCount != len(out) {
			t.Errorf("total %d for %d items", p.TotalCount, len(out))
		}
		return out
	}
	title := func(op diplograph.Op, v string) *diplograph.Where {
		return &diplograph.Where{Conds: []diplograph.Cond{{Field: "title", Op: op, Value: v}}}
	}
	check := func(name string) {
		for _, tc := range []struct {
			w    *diplograph.Where
			want string
		}{
			{title(diplograph.OpContains, "ЕЛОЧНЫЙ"), "Визит в Қазақстан: ёлочный базар"},
			{title(diplograph.OpContains, "ҚАЗАҚ"), "Визит в Қазақстан: ёлочный базар"},
			{title(diplograph.OpContains, "министров"), "Встреча министров"},
			{title(diplograph.OpContains, "nothing"), ""},
			{title(diplograph.OpStartsWith, "Визит"), "Визит в Қазақстан: ёлочный базар"},
			{title(diplograph.OpStartsWith, "визит"), ""},
		} {
			if got := strings.Join(ids(tc.w), "|"); got != tc.want {
				t.Errorf("%s: %v: got %q, want %q", name, tc.w.Conds[0], got, tc.want)
			}
		}
		p, err := s.Articles(ctx, diplograph.ListQuery{First: 5, Where: title(diplograph.OpContains, "елка")})
		if err != nil || len(p.Items) != 1 {
			t.Errorf("%s: articles containing елка: %v %v", name, p.Items, err)
		}
		pp, err := s.Persons(ctx, diplograph.ListQuery{First: 5, Where: &diplograph.Where{Conds: []diplograph.Cond{
			{Field: "nameLatin", Op: diplograph.OpContains, Value: strings.ToUpper(d.Facts.Ministers[0].Latin)}}}})
		if err != nil || len(pp.Items) != 1 {
			t.Errorf("%s: persons by upper-case Latin name: %v %v", name, pp.Items, err)
		}
	}
	check("as written")

	// Nodes written before the folded copies existed (or with a stale
	// one): Migrate fills them, and a second Migrate changes nothing.
	wrRun(t, s, "MATCH (n) WHERE n:Event OR n:Person OR n:Article REMOVE n.titleFold, n.nameFold, n.nameLatinFold", nil)
	wrRun(t, s, "MATCH (n:Event) WITH n LIMIT 1 SET n.titleFold = 'stale'", nil)
	if got := ids(title(diplograph.OpContains, "ЕЛОЧНЫЙ")); len(got) != 0 {
		t.Fatalf("found without the folded copies: %v", got)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	check("after Migrate")
	before := wrDump(t, s)
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if after := wrDump(t, s); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("a second Migrate changed the graph:\n%s", wrDiff(before, after))
	}
}
