package neo4jstore

import (
	"context"
	"fmt"

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
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var st diplograph.WriteStats
		return stmt(ctx, tx, &st, true, cypher, map[string]any{"rows": rows})
	}, neo4j.WithTxTimeout(s.timeout))
	if err != nil {
		return storeError(op, fmt.Errorf("neo4jstore: upsert %s: %w", label, err))
	}
	recordWrite(ctx, sess)
	return nil
}
