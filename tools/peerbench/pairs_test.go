package main

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"
)

// decode reads JSON as the client does (numbers kept as json.Number).
func decode(t *testing.T, s string) map[string]any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader([]byte(s)))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestPeerEvidenceOrder(t *testing.T) {
	edges := list(decode(t, `{"e": [
  {"properties": {"evidence": ["old one", "old two"], "offsets": [0, 7, 8, 15]}, "node": {"id": "a1", "publishedAt": "2023-01-02"}},
  {"properties": {"evidence": ["undated"], "offsets": [3, 10]}, "node": {"id": "a0", "publishedAt": null}},
  {"properties": {"evidence": ["new"], "offsets": [1, 4]}, "node": {"id": "a2", "publishedAt": "2024-05"}}
]}`)["e"])
	got := peerEvidence(edges, 3)
	want := []evidence{{"a0", "undated", 3, 10}, {"a2", "new", 1, 4}, {"a1", "old one", 0, 7}}
	if ok, a, b := same(got, want); !ok {
		t.Errorf("got %s\nwant %s", a, b)
	}
}

func TestBilateralNormalFormsAgree(t *testing.T) {
	project := decode(t, `{"bilateral": {"eventCount": 3,
  "events": [{"id": "e1", "date": "2019-03", "type": "VISIT"}, {"id": "e2", "date": "2020-01-05", "type": "MEETING"}, {"id": "e3", "date": "2020-02-01", "type": "MEETING"}],
  "byYear": [{"key": "2019", "count": 1}, {"key": "2020", "count": 2}],
  "byType": [{"type": "MEETING", "count": 2}, {"type": "VISIT", "count": 1}],
  "agreements": [{"id": "g1", "status": "SIGNED"}],
  "people": [{"person": {"id": "p2"}, "count": 2}, {"person": {"id": "p1"}, "count": 1}, {"person": {"id": "p3"}, "count": 1}],
  "firstContact": "2019-03", "lastContact": "2020-02-01"}}`)
	peer := decode(t, `{"events": [
  {"id": "e1", "date": "2019-03", "type": "VISIT", "participants": [{"id": "p2", "nameLatin": "Bek"}]},
  {"id": "e2", "date": "2020-01-05", "type": "MEETING", "participants": [{"id": "p3", "nameLatin": null}, {"id": "p1", "nameLatin": "Ali"}]},
  {"id": "e3", "date": "2020-02-01", "type": "MEETING", "participants": [{"id": "p2", "nameLatin": "Bek"}]}],
  "agreements": [{"id": "g1", "status": "SIGNED"}]}`)
	if ok, a, b := same(projectBilateral(project), peerBilateral(peer)); !ok {
		t.Errorf("project %s\npeer %s", a, b)
	}
}

func TestSearchMergesKinds(t *testing.T) {
	project := decode(t, `{"search": [
  {"kind": "COUNTRY", "score": 2.5, "label": "Uzbekistan", "node": {"code": "UZ"}},
  {"kind": "EVENT", "score": 1.25, "label": "talks", "node": {"id": "e1"}}]}`)
	peer := decode(t, `{"countriesSearch": {"edges": [{"score": 2.5000000001, "node": {"code": "UZ", "nameEn": "Uzbekistan"}}]},
  "eventsSearch": {"edges": [{"score": 1.25, "node": {"id": "e1", "title": "talks", "type": "MEETING"}}]},
  "personsSearch": {"edges": []}}`)
	if ok, a, b := same(projectSearch(project), peerSearch(peer)); !ok {
		t.Errorf("project %s\npeer %s", a, b)
	}
}

func TestParseFlags(t *testing.T) {
	c, err := parseFlags([]string{"--levels", "1, 4", "--articles", "500"}, func(string) string { return "bolt://x:1" }, io.Discard)
	if err != nil || c.neo4j != "bolt://x:1" || len(c.levels) != 2 || c.levels[1] != 4 || c.articles != 500 || c.runs != 3 {
		t.Errorf("got %+v, %v", c, err)
	}
	if _, err := parseFlags([]string{"--levels", "0"}, func(string) string { return "" }, io.Discard); err == nil {
		t.Error("--levels 0 accepted")
	}
}

func TestLuceneWord(t *testing.T) {
	for in, want := range map[string]string{"Asoforin": "+(Asoforin OR Asoforin*)", "Al": "+Al", "a-b": `+(a\-b OR a\-b*)`} {
		if got := luceneWord(in); got != want {
			t.Errorf("luceneWord(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSelectPairs(t *testing.T) {
	ps := pairs("p1", "Surname")
	all, err := selectPairs(ps, nil)
	if err != nil || len(all) != len(ps) {
		t.Fatalf("no --only: %d pairs, %v; want %d", len(all), err, len(ps))
	}
	got, err := selectPairs(ps, []string{"person", "events page"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].name != "person" || got[1].name != "events page" {
		var names []string
		for _, p := range got {
			names = append(names, p.name)
		}
		t.Errorf("got %q, want person and events page in that order", names)
	}
	if _, err := selectPairs(ps, []string{"no such query"}); err == nil {
		t.Error("an unknown name is accepted")
	}
}
