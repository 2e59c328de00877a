package neo4jstore

import (
	"reflect"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
)

func TestQueryCompileWhere(t *testing.T) {
	w := &diplograph.Where{
		Conds: []diplograph.Cond{
			{Field: "type", Op: diplograph.OpIn, Value: []string{"MEETING", "VISIT"}},
			{Field: "date", Op: diplograph.OpLte, Value: "2024-02"},
			{Field: "countries", Op: diplograph.OpSome, Sub: &diplograph.Where{Conds: []diplograph.Cond{{Field: "code", Op: diplograph.OpEq, Value: "KZ"}}}},
		},
		Or:  []diplograph.Where{{Conds: []diplograph.Cond{{Field: "title", Op: diplograph.OpContains, Value: "Visit"}}}, {}},
		Not: &diplograph.Where{Conds: []diplograph.Cond{{Field: "participants", Op: diplograph.OpNone}}},
	}
	c := newCompiler()
	got, err := c.where(kEvent, "n", w)
	if err != nil {
		t.Fatal(err)
	}
	want := "(n.type IN $p0 AND n.dateFrom <= date($p1) AND EXISTS { MATCH (n)-[:INVOLVES]->(m1:Country) WHERE (m1.code = $p2) }" +
		" AND ((n.titleFold CONTAINS $p3) OR true) AND NOT ((NOT EXISTS { MATCH (m2:Person)-[:PARTICIPATED_IN]->(n) })))"
	if got != want {
		t.Errorf("where:\n got %s\nwant %s", got, want)
	}
	wantParams := map[string]any{"p0": []string{"MEETING", "VISIT"}, "p1": "2024-02-29", "p2": "KZ", "p3": "visit"}
	if !reflect.DeepEqual(c.params, wantParams) {
		t.Errorf("params: got %v, want %v", c.params, wantParams)
	}
}

func TestQueryCompileRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		k    *kind
		cond diplograph.Cond
		msg  string
	}{
		{"unknown field", kEvent, diplograph.Cond{Field: "secret", Op: diplograph.OpEq, Value: "x"}, "no filter field"},
		{"injection", kEvent, diplograph.Cond{Field: "id}) DETACH DELETE n //", Op: diplograph.OpEq, Value: "x"}, "no filter field"},
		{"contains on enum", kEvent, diplograph.Cond{Field: "type", Op: diplograph.OpContains, Value: "M"}, "does not apply"},
		{"bad date", kEvent, diplograph.Cond{Field: "date", Op: diplograph.OpGt, Value: "2024-13"}, "malformed date"},
		{"operator on relation", kEvent, diplograph.Cond{Field: "countries", Op: diplograph.OpEq, Value: "KZ"}, "does not apply to a relation"},
		{"minister op", kPerson, diplograph.Cond{Field: "isMinister", Op: diplograph.OpIn, Value: []string{"x"}}, "does not apply"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := newCompiler().where(tc.k, "n", &diplograph.Where{Conds: []diplograph.Cond{tc.cond}})
			if diplograph.ErrorCode(err) != diplograph.EINVALID || !strings.Contains(diplograph.ErrorMessage(err), tc.msg) {
				t.Errorf("got %v, want EINVALID containing %q", err, tc.msg)
			}
		})
	}
	if _, err := orderBy(kEvent, "n", []diplograph.SortField{{Field: "text"}}); diplograph.ErrorCode(err) != diplograph.EINVALID {
		t.Errorf("sort by unknown field: %v", err)
	}
}

func TestQueryOrderBy(t *testing.T) {
	got, err := orderBy(kEvent, "n", nil)
	if err != nil || got != "n.dateFrom DESC, n.id" {
		t.Errorf("default: %q %v", got, err)
	}
	got, _ = orderBy(kArticle, "a", []diplograph.SortField{{Field: "title"}, {Field: "id", Desc: true}})
	if got != "a.title, a.id DESC" {
		t.Errorf("explicit: %q", got)
	}
}

func TestQueryDateBounds(t *testing.T) {
	for in, want := range map[string][2]string{
		"2024":       {"2024-01-01", "2024-12-31"},
		"2024-02":    {"2024-02-01", "2024-02-29"},
		"2023-02":    {"2023-02-01", "2023-02-28"},
		"2024-03-05": {"2024-03-05", "2024-03-05"},
	} {
		lo, hi, err := dateBounds(in)
		if err != nil || lo != want[0] || hi != want[1] {
			t.Errorf("%s: %s %s %v", in, lo, hi, err)
		}
	}
	for _, bad := range []string{"", "24", "2024-00", "2024-02-30", "2024/01/01"} {
		if _, _, err := dateBounds(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestQueryLucene(t *testing.T) {
	for in, want := range map[string]string{
		"Serikbayeva":        "+(Serikbayeva OR Serikbayeva*)",
		"minister of cult":   "+(minister OR minister*) +of +(cult OR cult*)",
		"Ташкент су":         "+(Ташкент OR Ташкент*) +су",
		`a:b (c) "d"`:        `+a\:b +\(c\) +(\"d\" OR \"d\"*)`,
		"culture AND museum": "+(culture OR culture*) +and +(museum OR museum*)",
		"  ":                 "",
	} {
		if got := luceneQuery(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
