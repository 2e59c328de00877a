package neo4jstore

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Sessions, routing and bookmarks.
//
// Every session of the store is opened by readSession or writeSession:
// with a neo4j:// or neo4j+s:// URI the driver routes the first to a
// reader of the cluster (a follower or read replica) and the second to the
// leader; with bolt:// both go to the one server. Both carry the store's
// bookmark manager, so that each read of this process runs after every
// write this process has seen committed, and the bookmarks of the context
// (diplograph.ReadAfter), so that a read runs after a write made through
// another process. A write session gives the bookmarks of its writes to
// the context (diplograph.RecordBookmarks).

// readSession opens a session routed to a reader.
func (s *Store) readSession(ctx context.Context) neo4j.SessionWithContext {
	return s.session(ctx, neo4j.AccessModeRead)
}

// writeSession opens a session routed to the writer.
func (s *Store) writeSession(ctx context.Context) neo4j.SessionWithContext {
	return s.session(ctx, neo4j.AccessModeWrite)
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      mode,
		Bookmarks:       neo4j.BookmarksFromRawValues(diplograph.ReadAfter(ctx)...),
		BookmarkManager: s.bookmarks,
		BoltLogger:      s.boltLogger,
	})
}

// recordWrite gives the bookmarks of the session's last committed
// transaction to the context.
func recordWrite(ctx context.Context, sess neo4j.SessionWithContext) {
	diplograph.RecordBookmarks(ctx, neo4j.BookmarksToRawValues(sess.LastBookmarks()))
}

// schemaNames are the names of the constraints and indexes schema.cypher
// creates, in order.
func schemaNames() (constraints, indexes []string) {
	re := regexp.MustCompile(`^CREATE (?:\w+ )?(CONSTRAINT|INDEX) (\w+) IF NOT EXISTS`)
	for _, st := range SchemaStatements() {
		if m := re.FindStringSubmatch(st); m != nil {
			if m[1] == "CONSTRAINT" {
				constraints = append(constraints, m[2])
			} else {
				indexes = append(indexes, m[2])
			}
		}
	}
	return constraints, indexes
}

// Ready reports whether the store can serve: Neo4j answers a read routed
// as the service's reads are, and the schema of schema.cypher is in place
// (every constraint present, every index online). It returns EUNAVAILABLE
// saying what is missing otherwise; it is the readiness probe of a
// replica of the service (/readyz).
func (s *Store) Ready(ctx context.Context) error {
	const op = "neo4jstore.Ready"
	sess := s.readSession(ctx)
	defer sess.Close(ctx)
	have := map[string]string{}
	for _, q := range []string{
		"SHOW CONSTRAINTS YIELD name RETURN 'constraint:' + name, 'ONLINE'",
		"SHOW INDEXES YIELD name, state RETURN 'index:' + name, state",
	} {
		res, err := sess.Run(ctx, q, nil)
		var recs []*neo4j.Record
		if err == nil {
			recs, err = res.Collect(ctx)
		}
		if err != nil {
			err = storeError(op, fmt.Errorf("neo4jstore: ready: %w", err))
			if diplograph.ErrorCode(err) != diplograph.EUNAVAILABLE {
				// Not ready, whatever the cause; the probe says so.
				err = &diplograph.Error{Op: op, Code: diplograph.EUNAVAILABLE, Message: "Neo4j does not answer the schema query", Err: err}
			}
			return err
		}
		for _, r := range recs {
			name, _ := r.Values[0].(string)
			state, _ := r.Values[1].(string)
			have[name] = state
		}
	}
	constraints, indexes := schemaNames()
	var missing []string
	for _, c := range constraints {
		if _, ok := have["constraint:"+c]; !ok {
			missing = append(missing, "constraint "+c)
		}
	}
	for _, i := range indexes {
		switch st, ok := have["index:"+i]; {
		case !ok:
			missing = append(missing, "index "+i)
		case st != "ONLINE":
			missing = append(missing, "index "+i+" ("+strings.ToLower(st)+")")
		}
	}
	if len(missing) > 0 {
		return &diplograph.Error{Op: op, Code: diplograph.EUNAVAILABLE,
			Message: "the schema is not migrated (run `diplograph migrate`): missing " + strings.Join(missing, ", ")}
	}
	return nil
}
