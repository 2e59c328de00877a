package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
)

// Snapshot returns the whole graph as sorted lines of text, one per node
// (labels, key, properties) and per relationship (type, the keys of its
// ends, properties), without the properties that record when something
// was written (ingestedAt) and without the ingest clock (see
// WriteSerial). Two graphs with the same snapshot hold the same facts;
// tests of idempotent and concurrent ingestion compare snapshots.
// It reads everything: for tests and small graphs.
func (s *Store) Snapshot(ctx context.Context) ([]string, error) {
	const q = `
MATCH (n) WHERE NOT n:` + LabelIngestClock + `
RETURN 'N' AS k, labels(n) AS labels, coalesce(n.id, n.code, n.key) AS key, properties(n) AS props, null AS a, null AS b
UNION ALL
MATCH (x)-[r]->(y)
RETURN 'R' AS k, [type(r)] AS labels, null AS key, properties(r) AS props,
       coalesce(x.id, x.code, x.key) AS a, coalesce(y.id, y.code, y.key) AS b`
	recs, err := s.read(ctx, "neo4jstore.Snapshot", q, nil)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		m := r.AsMap()
		props, _ := m["props"].(map[string]any)
		delete(props, "ingestedAt")
		labels := resolveStrs(m["labels"])
		sort.Strings(labels)
		p, err := json.Marshal(props) // map keys are sorted
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: snapshot: %w", err)
		}
		if m["k"] == "N" {
			out = append(out, fmt.Sprintf("node %v %v %s", labels, m["key"], p))
		} else {
			out = append(out, fmt.Sprintf("rel %v %v->%v %s", labels, m["a"], m["b"], p))
		}
	}
	sort.Strings(out)
	return out, nil
}

// EventReports returns, for every event, the number of articles that
// report it.
func (s *Store) EventReports(ctx context.Context) (map[string]int, error) {
	recs, err := s.read(ctx, "neo4jstore.EventReports",
		"MATCH (e:"+LabelEvent+") OPTIONAL MATCH (a:"+LabelArticle+")-[:"+RelReports+"]->(e) RETURN e.id AS id, count(a) AS n", nil)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		n, _ := r.Values[1].(int64)
		out[id] = int(n)
	}
	return out, nil
}
