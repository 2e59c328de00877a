package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DeleteArticle removes the article and everything only it supported, in
// one transaction: its id leaves the sources of every fact relationship,
// relationships left without sources go, and so do the events, agreements,
// persons and organizations that no article reports or mentions any more;
// what remains has its properties derived again from the articles left.
// Country and Topic nodes stay. Returns ENOTFOUND when no article has the
// id.
func (s *Store) DeleteArticle(ctx context.Context, id string) (diplograph.WriteStats, error) {
	return s.DeleteArticleWith(ctx, id, nil, nil)
}

// DeleteArticleWith deletes the article as DeleteArticle does and, in the
// same transaction, writes docs as WriteBatch does: the other articles
// whose events the deleted one tied together, with their events resolved
// again (package ingest), so that the graph is as if the article had never
// been ingested; renames are applied first, after the delete.
func (s *Store) DeleteArticleWith(ctx context.Context, id string, docs []diplograph.Document, renames []diplograph.Rename) (diplograph.WriteStats, error) {
	const op = "neo4jstore.DeleteArticle"
	if strings.TrimSpace(id) == "" {
		return diplograph.WriteStats{}, &diplograph.Error{Op: op, Code: diplograph.EINVALID, Message: "no article id"}
	}
	prep, err := prepare(docs)
	if err != nil {
		return diplograph.WriteStats{}, err
	}
	for _, p := range prep {
		if p.doc.Article.ID == id {
			return diplograph.WriteStats{}, &diplograph.Error{Op: op, Code: diplograph.EINVALID,
				Message: fmt.Sprintf("article %s is both deleted and written", id)}
		}
	}
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	res, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var st diplograph.WriteStats
		err := deleteTx(ctx, tx, &st, id, prep, renames)
		return st, err
	}, neo4j.WithTxTimeout(s.timeout))
	if err != nil {
		return diplograph.WriteStats{}, storeError(op, fmt.Errorf("neo4jstore: delete article %s: %w", id, err))
	}
	recordWrite(ctx, sess)
	return res.(diplograph.WriteStats), nil
}

// deleteTx deletes the article id in tx (ENOTFOUND when there is none),
// then applies renames and writes docs (see DeleteArticleWith).
func deleteTx(ctx context.Context, tx neo4j.ManagedTransaction, st *diplograph.WriteStats, id string, prep []prepared, renames []diplograph.Rename) error {
	recs, err := stmt(ctx, tx, st, true, "MATCH (a:"+LabelArticle+" {id: $id}) RETURN a.id", map[string]any{"id": id})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return &diplograph.Error{Op: "neo4jstore.DeleteArticle", Code: diplograph.ENOTFOUND, Message: fmt.Sprintf("no article %q", id)}
	}
	t := touched{}
	if err := removeSupport(ctx, tx, st, []string{id}, t); err != nil {
		return err
	}
	if err := deleteOrphans(ctx, tx, st, t); err != nil {
		return err
	}
	if err := derive(ctx, tx, st, t, t.ids(LabelPerson)); err != nil {
		return err
	}
	if err := applyRenames(ctx, tx, st, renames); err != nil {
		return err
	}
	if len(prep) > 0 {
		ws, err := writeTx(ctx, tx, prep)
		if err != nil {
			return err
		}
		st.Add(ws)
	}
	st.Articles++
	return nil
}

// removeSupport takes the articles out of the graph: it locks what they
// report or mentions (recording it in t), removes their ids from the
// sources of the fact relationships around those nodes, deletes the
// relationships left without sources, deletes the article nodes with
// their REPORTS, MENTIONS and ABOUT relationships, and deletes the
// HOLDS_OFFICE of the persons that no article left supports. Nodes left without any
// report or mention are deleted later, by deleteOrphans.
func removeSupport(ctx context.Context, tx neo4j.ManagedTransaction, st *diplograph.WriteStats, ids []string, t touched) error {
	recs, err := stmt(ctx, tx, st, true, `MATCH (a:`+LabelArticle+`)-[:`+RelReports+`|`+RelMentions+`]->(n)
WHERE a.id IN $ids AND NOT n:`+LabelCountry+`
RETURN DISTINCT labels(n), n.id`, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	for _, r := range recs {
		ls, _ := r.Values[0].([]any)
		id, _ := r.Values[1].(string)
		for _, l := range ls {
			for _, d := range derivedLabels {
				if l == d {
					t.add(d, id)
				}
			}
		}
	}
	for _, l := range derivedLabels {
		if ids := t.ids(l); len(ids) > 0 {
			if _, err := stmt(ctx, tx, st, false, lockCypher(l), map[string]any{"ids": ids}); err != nil {
				return err
			}
		}
	}
	if _, err := stmt(ctx, tx, st, true, `MATCH (a:`+LabelArticle+`)-[:`+RelReports+`|`+RelMentions+`]->(n)
WHERE a.id IN $ids AND NOT n:`+LabelCountry+`
WITH DISTINCT n
MATCH (n)-[r:`+strings.Join(factRelTypes, "|")+`]-()
WHERE any(s IN r.sources WHERE s IN $ids)
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE NOT s IN $ids]
WITH r WHERE size(r.sources) = 0
DELETE r`, map[string]any{"ids": ids}); err != nil {
		return err
	}
	if _, err := stmt(ctx, tx, st, true, "MATCH (a:"+LabelArticle+") WHERE a.id IN $ids DETACH DELETE a",
		map[string]any{"ids": ids}); err != nil {
		return err
	}
	// HOLDS_OFFICE keeps no sources: an office is supported while an
	// article mentions the person with its title and country.
	if persons := t.ids(LabelPerson); len(persons) > 0 {
		if _, err := stmt(ctx, tx, st, true, `UNWIND $ids AS id
MATCH (p:`+LabelPerson+` {id: id})-[h:`+RelHoldsOffice+`]->(c:`+LabelCountry+`)
WHERE NOT EXISTS {
  MATCH (:`+LabelArticle+`)-[m:`+RelMentions+`]->(p)
  WHERE m.title = h.title AND m.country = c.code
}
DELETE h`, map[string]any{"ids": persons}); err != nil {
			return err
		}
	}
	return nil
}

// deleteOrphans deletes the touched nodes that no article reports or
// mentions any more, with their relationships.
func deleteOrphans(ctx context.Context, tx neo4j.ManagedTransaction, st *diplograph.WriteStats, t touched) error {
	for _, l := range derivedLabels {
		ids := t.ids(l)
		if len(ids) == 0 {
			continue
		}
		if _, err := stmt(ctx, tx, st, true, `UNWIND $ids AS id
MATCH (n:`+l+` {id: id})
WHERE NOT EXISTS { (:`+LabelArticle+`)-[:`+RelReports+`|`+RelMentions+`]->(n) }
DETACH DELETE n`, map[string]any{"ids": ids}); err != nil {
			return err
		}
	}
	return nil
}
