package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/ingest"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// Event.merges says why the reports of two outlets are one event, from
// their stored facts: the pair of articles and the rule; an event one
// article reports has none.
func TestEventMerges(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	ctx := context.Background()
	arts := []diplograph.Article{
		{URL: "https://example.kz/news/1", Published: "2026-03-14", Text: "Министр иностранных дел Казахстана Нурлан Абенов " +
			"14 марта 2026 года провел в Ташкенте переговоры с министром иностранных дел Узбекистана Бекзодом Рахимовым."},
		{URL: "https://example.uz/en/2", Published: "2026-03-14", Text: "Foreign Minister of Uzbekistan Bekzod Rakhimov held talks " +
			"in Tashkent on 14 March 2026 with Foreign Minister of Kazakhstan Nurlan Abenov."},
		{URL: "https://example.kz/news/3", Published: "2026-05-02", Text: "Министр иностранных дел Казахстана Нурлан Абенов " +
			"2 мая 2026 года провел телефонный разговор с министром иностранных дел Турции Кемалем Аксоем."},
	}
	p := ingest.New(ingest.Config{Extractor: extractor.New(extractor.Options{}), Writer: s})
	if res, err := p.Ingest(ctx, arts); err != nil || len(res.ArticleIDs) != len(arts) {
		t.Fatalf("ingest: %+v, %v", res, err)
	}
	srv := graph.NewServer(graph.Config{Reader: s, Pinger: s, Logger: testLogger(t),
		Explain: func(docs []diplograph.StoredDocument, id string) []diplograph.EventMerge {
			return ingest.Explain(docs, id, 0)
		}})
	_, resp := do(t, srv, `{ events(sort: [{date: ASC}]) { edges { node { type merges { rule articles { url } } } } } }`, nil, nil)
	if resp["errors"] != nil {
		t.Fatalf("errors: %v", resp["errors"])
	}
	edges := resp["data"].(map[string]any)["events"].(map[string]any)["edges"].([]any)
	got := map[string][]string{}
	for _, e := range edges {
		n := e.(map[string]any)["node"].(map[string]any)
		for _, m := range n["merges"].([]any) {
			m := m.(map[string]any)
			var urls []string
			for _, a := range m["articles"].([]any) {
				urls = append(urls, a.(map[string]any)["url"].(string))
			}
			got[n["type"].(string)] = append(got[n["type"].(string)], strings.Join(urls, " ")+": "+m["rule"].(string))
		}
	}
	meetings := got["MEETING"]
	if len(meetings) != 1 || !strings.Contains(meetings[0], "example.kz/news/1") || !strings.Contains(meetings[0], "example.uz/en/2") ||
		!strings.Contains(meetings[0], "date, 2 common participants") {
		t.Errorf("meeting merges %q, want the two reports on the same date with 2 common participants", meetings)
	}
	if len(got["PHONE_CALL"]) != 0 {
		t.Errorf("a call one article reports has merges %q", got["PHONE_CALL"])
	}
}
