package neo4jstore

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Serialised writes: the ingest lock.
//
// Event resolution reads the graph (the stored reports an event may be one
// with) and then writes what it decided. Two ingest processes that do
// this at once can each miss the other's fresh reports of the same event
// and write two events where one process would write one. WriteSerial
// closes that gap: every serialised write first takes the write lock of
// one node, (:IngestClock {key: "ingest"}), and holds it until it
// commits; its plan (the resolution) runs after the lock is taken, inside
// the same transaction, so it reads every serialised write committed
// before and none commits until it does. A write transaction runs on the
// leader of a cluster, so this holds there too.
//
// The clock node also counts the serialised writes (epoch:seq, the epoch
// a random UUID given when the node is created, so that a graph emptied
// and written again never repeats a value). A pipeline that resolves a
// batch ahead, outside the lock, uses it only when the clock shows that
// nothing but its own writes committed since it read the graph; otherwise
// the plan resolves again under the lock.

// LabelIngestClock labels the node whose lock serialises the writes of
// WriteSerial. It is not part of the graph model: Snapshot and Counts
// leave it out.
const LabelIngestClock = "IngestClock"

// clockCypher takes the write lock of the clock node, creating it (under
// the uniqueness constraint of schema.cypher, so that two writers cannot
// both create it) when missing; then, the lock held, reads the clock and
// advances it. One statement: a round trip less on every write.
const clockCypher = `MERGE (c:` + LabelIngestClock + ` {key: 'ingest'})
ON CREATE SET c.epoch = randomUUID(), c.seq = 0
SET c._lock = true REMOVE c._lock
WITH c, c.epoch + ':' + toString(c.seq) AS before
SET c.seq = c.seq + 1
RETURN before, c.epoch + ':' + toString(c.seq) AS after`

// WriteSerial runs a write of the ingest pipeline serialised with every
// other: in one write transaction it takes the ingest lock, advances the
// clock, calls plan with the clock as it was (the last serialised write
// committed) and with the store reading inside the transaction, and
// writes what the plan returns (delete, renames, documents: see
// diplograph.SerialWrite). It returns the write's stats and the clock it
// left, which the next plan of the same writer sees when nothing else was
// written in between. Errors as WriteBatch and DeleteArticle; an error of
// the plan is returned as it is.
func (s *Store) WriteSerial(ctx context.Context, plan diplograph.SerialPlan) (diplograph.WriteStats, string, error) {
	const op = "neo4jstore.WriteSerial"
	type result struct {
		st    diplograph.WriteStats
		clock string
	}
	var planErr error
	var seen map[string]map[string]bool
	var prep []prepared
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	for attempt := 0; ; attempt++ {
		planErr = nil
		res, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			var r result
			recs, err := stmt(ctx, tx, &r.st, false, clockCypher, nil)
			if err != nil {
				return r, err
			}
			if len(recs) != 1 {
				return r, fmt.Errorf("neo4jstore: the ingest clock is missing")
			}
			before, _ := recs[0].Values[0].(string)
			r.clock, _ = recs[0].Values[1].(string)
			in := *s
			in.tx = tx
			w, err := plan(ctx, before, &in)
			if err != nil {
				planErr = err
				return r, err
			}
			if prep, err = prepare(w.Docs); err != nil {
				planErr = err
				return r, err
			}
			var uniq []prepared
			uniq, seen = uniqPrepared(prep)
			if w.Delete != "" {
				for _, p := range uniq {
					if p.doc.Article.ID == w.Delete {
						planErr = &diplograph.Error{Op: op, Code: diplograph.EINVALID,
							Message: fmt.Sprintf("article %s is both deleted and written", w.Delete)}
						return r, planErr
					}
				}
				err = deleteTx(ctx, tx, &r.st, w.Delete, uniq, w.Renames)
				if diplograph.ErrorCode(err) == diplograph.ENOTFOUND {
					planErr = err
				}
				return r, err
			}
			if err := applyRenames(ctx, tx, &r.st, w.Renames); err != nil {
				return r, err
			}
			ws, err := writeTx(ctx, tx, uniq)
			r.st.Add(ws)
			return r, err
		}, neo4j.WithTxTimeout(s.timeout))
		if err == nil {
			recordWrite(ctx, sess)
			r := res.(result)
			return r.st, r.clock, nil
		}
		if planErr != nil {
			return diplograph.WriteStats{}, "", planErr
		}
		if label, key, ok := conflictKey(err); ok && label == LabelArticle {
			if len(seen[key]) > 1 {
				return diplograph.WriteStats{}, "", conflictError(op, err, key, prep,
					"two different versions of the article in one batch")
			}
			if attempt < conflictRetries {
				// A writer outside the lock created the article first:
				// run again, now seeing what it wrote.
				continue
			}
			return diplograph.WriteStats{}, "", conflictError(op, err, key, prep,
				"the article keeps being written concurrently by another writer")
		}
		if label, key, ok := conflictKey(err); ok {
			return diplograph.WriteStats{}, "", &diplograph.Error{Op: op, Code: diplograph.ECONFLICT,
				Message: fmt.Sprintf("%s %q conflicts with the graph", label, key), Err: err}
		}
		return diplograph.WriteStats{}, "", storeError(op, fmt.Errorf("neo4jstore: serialised write: %w", err))
	}
}
