package neo4jstore

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Node labels of the graph model (see the package documentation).
const (
	LabelArticle      = "Article"
	LabelCountry      = "Country"
	LabelPerson       = "Person"
	LabelMinister     = "Minister"
	LabelOrganization = "Organization"
	LabelEvent        = "Event"
	LabelAgreement    = "Agreement"
	LabelTopic        = "Topic"
)

// Relationship types of the graph model (see the package documentation).
const (
	RelHoldsOffice   = "HOLDS_OFFICE"
	RelParticipated  = "PARTICIPATED_IN"
	RelInvolves      = "INVOLVES"
	RelAbout         = "ABOUT"
	RelBetween       = "BETWEEN"
	RelConcludedAt   = "CONCLUDED_AT"
	RelSigned        = "SIGNED"
	RelReports       = "REPORTS"
	RelMentions      = "MENTIONS"
	FullTextIndex    = "diplograph_search"
	aliasesSeparator = " | "
)

// Labels lists every node label of the model.
func Labels() []string {
	return []string{LabelArticle, LabelCountry, LabelPerson, LabelMinister, LabelOrganization,
		LabelEvent, LabelAgreement, LabelTopic}
}

// RelTypes lists every relationship type of the model.
func RelTypes() []string {
	return []string{RelHoldsOffice, RelParticipated, RelInvolves, RelAbout, RelBetween,
		RelConcludedAt, RelSigned, RelReports, RelMentions}
}

// factRelTypes are the relationship types that carry sources.
var factRelTypes = []string{RelHoldsOffice, RelParticipated, RelInvolves, RelAbout, RelBetween,
	RelConcludedAt, RelSigned}

//go:embed schema.cypher
var schemaCypher string

// SchemaStatements returns the statements of schema.cypher, in order,
// without comments.
func SchemaStatements() []string {
	var lines []string
	for _, l := range strings.Split(schemaCypher, "\n") {
		if t := strings.TrimSpace(l); t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		lines = append(lines, l)
	}
	var out []string
	for _, s := range strings.Split(strings.Join(lines, "\n"), ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Migrate creates the constraints and indexes of the graph model and
// gives the nodes written before them the folded copies of their titles
// and names (see foldedProps). Every statement is IF NOT EXISTS and the
// copies are only written where missing or stale, so running it again
// changes nothing. It waits until the indexes are online.
func (s *Store) Migrate(ctx context.Context) error {
	const op = "neo4jstore.Migrate"
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	for _, stmt := range SchemaStatements() {
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return storeError(op, fmt.Errorf("neo4jstore: migrate: %q: %w", firstLine(stmt), err))
		}
	}
	if err := s.backfillFolds(ctx); err != nil {
		return storeError(op, fmt.Errorf("neo4jstore: migrate: %w", err))
	}
	res, err := sess.Run(ctx, "CALL db.awaitIndexes($seconds)", map[string]any{"seconds": 300})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return storeError(op, fmt.Errorf("neo4jstore: migrate: await indexes: %w", err))
	}
	recordWrite(ctx, sess)
	return nil
}

// SchemaObjects returns the names of the constraints and indexes the
// database has, as "constraint:NAME" and "index:NAME", sorted. Migrate's
// tests compare it before and after a second run.
func (s *Store) SchemaObjects(ctx context.Context) ([]string, error) {
	sess := s.readSession(ctx)
	defer sess.Close(ctx)
	var out []string
	for _, q := range []struct{ kind, cypher string }{
		{"constraint", "SHOW CONSTRAINTS YIELD name RETURN name"},
		{"index", "SHOW INDEXES YIELD name, state RETURN name"},
	} {
		res, err := sess.Run(ctx, q.cypher, nil)
		if err != nil {
			return nil, storeError("neo4jstore.SchemaObjects", fmt.Errorf("neo4jstore: schema objects: %w", err))
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, storeError("neo4jstore.SchemaObjects", fmt.Errorf("neo4jstore: schema objects: %w", err))
		}
		for _, r := range recs {
			name, _ := r.Values[0].(string)
			out = append(out, q.kind+":"+name)
		}
	}
	sort.Strings(out)
	return out, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// storeError turns a driver error into a *diplograph.Error of operation op:
// EUNAVAILABLE when Neo4j cannot be reached, ECONFLICT for a constraint
// violation, EINVALID for a bookmark of another database or none at all,
// EINTERNAL otherwise. An error that already is a
// *diplograph.Error keeps its code.
func storeError(op string, err error) error {
	if err == nil {
		return nil
	}
	if c := diplograph.ErrorCode(err); c != diplograph.EINTERNAL {
		return err
	}
	var n4 *neo4j.Neo4jError
	switch {
	case isConnectivity(err) || lastRetryUnreachable(err):
		return &diplograph.Error{Op: op, Code: diplograph.EUNAVAILABLE, Message: "Neo4j is not reachable", Err: err}
	case isTxLimit(err):
		return &diplograph.Error{Op: op, Code: diplograph.EUNAVAILABLE, Message: "Neo4j did not complete the transaction in time", Err: err}
	case asNeo4jError(err, &n4) && strings.HasPrefix(n4.Code, "Neo.ClientError.Schema.ConstraintValidationFailed"):
		return &diplograph.Error{Op: op, Code: diplograph.ECONFLICT, Message: "the write conflicts with the graph", Err: err}
	case asNeo4jError(err, &n4) && strings.HasPrefix(n4.Code, "Neo.ClientError.Transaction.InvalidBookmark"):
		return &diplograph.Error{Op: op, Code: diplograph.EINVALID, Message: "the bookmark is not one of this database", Err: err}
	case asNeo4jError(err, &n4) && strings.HasPrefix(n4.Code, "Neo.TransientError"):
		return &diplograph.Error{Op: op, Code: diplograph.EUNAVAILABLE, Message: "Neo4j is busy; try again", Err: err}
	}
	return &diplograph.Error{Op: op, Code: diplograph.EINTERNAL, Err: err}
}

func asNeo4jError(err error, target **neo4j.Neo4jError) bool { return errors.As(err, target) }

func isTxLimit(err error) bool {
	var l *neo4j.TransactionExecutionLimit
	return errors.As(err, &l)
}

// lastRetryUnreachable reports whether err is the driver giving up
// retrying a transaction whose last attempt could not reach Neo4j.
func lastRetryUnreachable(err error) bool {
	var l *neo4j.TransactionExecutionLimit
	if !errors.As(err, &l) || len(l.Errors) == 0 {
		return false
	}
	return isConnectivity(l.Errors[len(l.Errors)-1])
}

// isConnectivity reports whether err, or an error it wraps, is the
// driver's ConnectivityError (neo4j.IsConnectivityError does not unwrap).
func isConnectivity(err error) bool {
	var c *neo4j.ConnectivityError
	return errors.As(err, &c)
}
