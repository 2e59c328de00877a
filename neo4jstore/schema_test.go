package neo4jstore_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/neo4jstore"
)

func TestSchemaStatementsAreIdempotent(t *testing.T) {
	stmts := neo4jstore.SchemaStatements()
	if len(stmts) < 10 {
		t.Fatalf("only %d schema statements", len(stmts))
	}
	for _, s := range stmts {
		if !strings.Contains(s, "IF NOT EXISTS") && !strings.Contains(s, "IF EXISTS") {
			t.Errorf("statement is not idempotent: %s", s)
		}
	}
}

func TestMigrate(t *testing.T) {
	s := wrOpen(t) // migrated once
	ctx := wrCtx(t)
	before, err := s.SchemaObjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, o := range before {
		have[o] = true
	}
	want := []string{
		"constraint:article_id", "constraint:country_code", "constraint:person_id", "constraint:organization_id",
		"constraint:event_id", "constraint:agreement_id", "constraint:topic_key",
		"index:event_date_from", "index:event_date", "index:event_type", "index:event_status", "index:event_status_type_date",
		"index:agreement_kind", "index:agreement_status", "index:agreement_date_from",
		"index:article_published_date", "index:person_country", "index:person_name_latin",
		"index:organization_country", "index:reports_date_type", "index:" + neo4jstore.FullTextIndex,
		"index:article_title_fold", "index:person_name_fold", "index:person_name_latin_fold", "index:organization_name_fold",
		"index:organization_name_latin_fold", "index:event_title_fold", "index:agreement_title_fold",
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("missing %s after Migrate; have %v", w, before)
		}
	}
	// The index on the report's date alone gave way to (date, type).
	if have["index:reports_date"] {
		t.Errorf("index:reports_date left after Migrate")
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("second Migrate: %v", err)
	}
	after, err := s.SchemaObjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(after, ",") != strings.Join(before, ",") {
		t.Errorf("second Migrate changed the schema:\nbefore %v\nafter  %v", before, after)
	}
}

// TestFullTextSearch checks that the full-text index finds persons by any
// alias and articles by their text.
func TestFullTextSearch(t *testing.T) {
	s := wrOpen(t)
	doc := wrSynthetic(0, 5)
	doc.Facts.Ministers[0].Aliases = []string{"Arman Testoff"}
	wrWrite(t, s, doc)
	for _, tc := range []struct{ query, wantLabel string }{
		{"Testoff", neo4jstore.LabelPerson},
		{"Тестов", neo4jstore.LabelPerson},
		{"memorandum", neo4jstore.LabelArticle},
	} {
		recs := wrRun(t, s, "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN labels(node)",
			map[string]any{"index": neo4jstore.FullTextIndex, "q": tc.query})
		found := false
		for _, r := range recs {
			for _, l := range r.Values[0].([]any) {
				found = found || l == tc.wantLabel
			}
		}
		if !found {
			t.Errorf("full-text %q: no %s among %d hits", tc.query, tc.wantLabel, len(recs))
		}
	}
}
