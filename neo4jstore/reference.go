package neo4jstore

import (
	"context"
	"fmt"
	"sort"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// UpsertCountries creates or updates the Country nodes, idempotently. An
// empty name leaves the stored one as it is. A code that is not an ISO
// 3166-1 alpha-2 code fails the whole call with EINVALID.
func (s *Store) UpsertCountries(ctx context.Context, cs []diplograph.Country) error {
	const op = "neo4jstore.UpsertCountries"
	rows := make([]map[string]any, 0, len(cs))
	for _, c := range cs {
		if !diplograph.ValidCountryCode(c.Code) {
			return &diplograph.Error{Op: op, Code: diplograph.EINVALID,
				Message: fmt.Sprintf("country code %q is not an ISO 3166-1 alpha-2 code", c.Code)}
		}
		rows = append(rows, map[string]any{"key": c.Code, "nameEn": nz(c.NameEN), "nameRu": nz(c.NameRU), "nameKk": nz(c.NameKK)})
	}
	return s.upsertReference(ctx, op, LabelCountry, "code", rows)
}

// UpsertTopics creates or updates the Topic nodes, idempotently. A key
// outside the topic vocabulary (diplograph.Topics) fails the whole call
// with EINVALID.
func (s *Store) UpsertTopics(ctx context.Context, ts []diplograph.Topic) error {
	const op = "neo4jstore.UpsertTopics"
	rows := make([]map[string]any, 0, len(ts))
	for _, t := range ts {
		if !validTopic(t.Key) {
			return &diplograph.Error{Op: op, Code: diplograph.EINVALID, Message: fmt.Sprintf("unknown topic %q", t.Key)}
		}
		rows = append(rows, map[string]any{"key": t.Key, "nameEn": nz(t.NameEN), "nameRu": nz(t.NameRU), "nameKk": nz(t.NameKK)})
	}
	return s.upsertReference(ctx, op, LabelTopic, "key", rows)
}

func (s *Store) upsertReference(ctx context.Context, op, label, key string, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	sortRows(rows, "key")
	cypher := `UNWIND $rows AS row
MERGE (n:` + label + ` {` + key + `: row.key})
SET n.nameEn = coalesce(row.nameEn, n.nameEn),
    n.nameRu = coalesce(row.nameRu, n.nameRu),
    n.nameKk = coalesce(row.nameKk, n.nameKk)`
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db})
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var st diplograph.WriteStats
		return stmt(ctx, tx, &st, true, cypher, map[string]any{"rows": rows})
	}, neo4j.WithTxTimeout(s.timeout))
	if err != nil {
		return storeError(op, fmt.Errorf("neo4jstore: upsert %s: %w", label, err))
	}
	return nil
}

// Counts returns the number of nodes of each label and of relationships
// of each type of the model (zero for those the graph has none of), for
// tests and the summary of an ingest.
func (s *Store) Counts(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	for _, l := range Labels() {
		out[l] = 0
	}
	for _, r := range RelTypes() {
		out[r] = 0
	}
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, q := range []string{
			"MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)",
			"MATCH ()-[r]->() RETURN type(r), count(*)",
		} {
			res, err := tx.Run(ctx, q, nil)
			if err != nil {
				return nil, err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				k, _ := r.Values[0].(string)
				n, _ := r.Values[1].(int64)
				out[k] = int(n)
			}
		}
		return nil, nil
	}, neo4j.WithTxTimeout(s.timeout))
	if err != nil {
		return nil, storeError("neo4jstore.Counts", fmt.Errorf("neo4jstore: counts: %w", err))
	}
	return out, nil
}

// ArticleHash returns the content hash (diplograph.ContentHash) of each of
// the articles that is stored, by id; ids not stored are absent. The
// pipeline uses it to skip articles that have not changed.
func (s *Store) ArticleHash(ctx context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	ids = append([]string(nil), ids...)
	sort.Strings(ids)
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		clear(out)
		res, err := tx.Run(ctx, "UNWIND $ids AS id MATCH (a:"+LabelArticle+" {id: id}) RETURN a.id, a.contentHash",
			map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			id, _ := r.Values[0].(string)
			h, _ := r.Values[1].(string)
			out[id] = h
		}
		return nil, nil
	}, neo4j.WithTxTimeout(s.timeout))
	if err != nil {
		return nil, storeError("neo4jstore.ArticleHash", fmt.Errorf("neo4jstore: article hash: %w", err))
	}
	return out, nil
}
