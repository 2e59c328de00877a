package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/log"
)

// Defaults match the local launcher in tools/neo4j.
const (
	DefaultURI      = "bolt://127.0.0.1:7687"
	DefaultUser     = "neo4j"
	DefaultPassword = "diplograph"
	DefaultDatabase = "neo4j"
)

// Config says how to reach Neo4j.
type Config struct {
	// URI is bolt://host:port for one server, or neo4j://host:port (TLS:
	// neo4j+s://, bolt+s://; +ssc accepts a self-signed certificate) for
	// a cluster, whose members the driver learns from the server named:
	// reads then go to readers, writes to the leader (see session.go).
	URI      string
	User     string
	Password string
	Database string
	// QueryTimeout bounds every transaction; zero means 30 seconds.
	QueryTimeout time.Duration
	// RetryFor bounds how long the driver keeps trying while Neo4j does
	// not answer (the --retry-for of the commands), so that its own
	// retries fit in the caller's budget: a transaction is retried for
	// up to RetryFor (at most 30 s), a connection is waited for up to
	// RetryFor (between 1 s and 30 s) and a socket connects within
	// RetryFor (between 1 s and 5 s). Zero means the upper bounds.
	RetryFor time.Duration
	// BoltLogger, when set, receives every Bolt message the store's
	// sessions exchange: for debugging, and for the tests that check how
	// sessions are routed.
	BoltLogger log.BoltLogger
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
// NEO4J_DATABASE through getenv, with the launcher's defaults.
func ConfigFromEnv(getenv func(string) string) Config {
	c := Config{
		URI:      getenv("NEO4J_URI"),
		User:     getenv("NEO4J_USER"),
		Password: getenv("NEO4J_PASSWORD"),
		Database: getenv("NEO4J_DATABASE"),
	}
	if c.URI == "" {
		c.URI = DefaultURI
	}
	if c.User == "" {
		c.User = DefaultUser
	}
	if c.Password == "" {
		c.Password = DefaultPassword
	}
	if c.Database == "" {
		c.Database = DefaultDatabase
	}
	return c
}

// Store is the Neo4j adapter: it owns all Cypher of the project.
type Store struct {
	driver     neo4j.DriverWithContext
	db         string
	timeout    time.Duration
	bookmarks  neo4j.BookmarkManager
	boltLogger log.BoltLogger
	// tx, when set, is the write transaction every read runs in: the
	// store as a serialised write's plan sees it (see WriteSerial).
	tx neo4j.ManagedTransaction
}

// schemes are the URI schemes the driver accepts.
var schemes = []string{"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}

// Open connects to Neo4j and checks that it answers. A failed connection
// is EUNAVAILABLE and says what was tried and how to start a local Neo4j.
func Open(ctx context.Context, c Config) (*Store, error) {
	if c.QueryTimeout == 0 {
		c.QueryTimeout = 30 * time.Second
	}
	if scheme, _, ok := strings.Cut(c.URI, "://"); !ok || !slices.Contains(schemes, scheme) {
		return nil, &diplograph.Error{Op: "neo4jstore.Open", Code: diplograph.EINVALID,
			Message: fmt.Sprintf("bad Neo4j URI %q: want one of the schemes %s", c.URI, strings.Join(schemes, ", "))}
	}
	retryTime, acquire, connect := 30*time.Second, 30*time.Second, 5*time.Second
	if c.RetryFor > 0 {
		retryTime = min(c.RetryFor, retryTime)
		acquire = min(max(c.RetryFor, time.Second), acquire)
		connect = min(max(c.RetryFor, time.Second), connect)
	}
	drv, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""),
		func(cf *config.Config) {
			cf.MaxTransactionRetryTime = retryTime
			cf.SocketConnectTimeout = connect
			cf.ConnectionAcquisitionTimeout = acquire
			cf.MaxConnectionPoolSize = 50
		})
	if err != nil {
		return nil, &diplograph.Error{Op: "neo4jstore.Open", Code: diplograph.EINVALID,
			Message: fmt.Sprintf("bad Neo4j URI %q", c.URI), Err: err}
	}
	vctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		_ = drv.Close(ctx)
		return nil, &diplograph.Error{Op: "neo4jstore.Open", Code: diplograph.EUNAVAILABLE,
			Message: fmt.Sprintf("cannot reach Neo4j at %s as user %q (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, or start a local one with `make neo4j-start`)", c.URI, c.User),
			Err:     err}
	}
	return &Store{driver: drv, db: c.Database, timeout: c.QueryTimeout,
		bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{}), boltLogger: c.BoltLogger}, nil
}

// Close closes the driver.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4jstore: close: %w", err)
	}
	return nil
}

// Ping checks that Neo4j answers; for health checks.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return &diplograph.Error{Op: "neo4jstore.Ping", Code: diplograph.EUNAVAILABLE, Message: "Neo4j is not reachable", Err: err}
	}
	return nil
}

// Driver returns the underlying driver, for the store's own tests and
// benchmarks that compare against direct Cypher.
func (s *Store) Driver() neo4j.DriverWithContext { return s.driver }

// Database returns the name of the database the store uses.
func (s *Store) Database() string { return s.db }

// DeleteAll removes every node and relationship (the schema stays), in
// chunks so that a large graph does not need one huge transaction: the
// relationships first, so that a node of high degree is not deleted with
// all its relationships in one chunk, then the nodes. It is for tests and
// for resetting a local database.
func (s *Store) DeleteAll(ctx context.Context) error {
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
	} {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("neo4jstore: delete all: %w", err)
		}
	}
	recordWrite(ctx, sess)
	return nil
}

// Counts returns the number of nodes of each label and of relationships
// of each type of the model (zero for those the graph has none of; the
// ingest clock of WriteSerial is not counted), for tests and the summary
// of an ingest.
func (s *Store) Counts(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	for _, l := range Labels() {
		out[l] = 0
	}
	for _, r := range RelTypes() {
		out[r] = 0
	}
	sess := s.readSession(ctx)
	defer sess.Close(ctx)
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, q := range []string{
			"MATCH (n) WHERE NOT n:" + LabelIngestClock + " UNWIND labels(n) AS l RETURN l, count(*)",
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
	recs, err := s.read(ctx, "neo4jstore.ArticleHash",
		"UNWIND $ids AS id MATCH (a:"+LabelArticle+" {id: id}) RETURN a.id, a.contentHash",
		map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		h, _ := r.Values[1].(string)
		out[id] = h
	}
	return out, nil
}
