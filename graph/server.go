package graph

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Config is what the server needs.
type Config struct {
	// Reader answers the queries (a *neo4jstore.Store). Required.
	Reader diplograph.GraphReader
	// Ingester serves ingestArticle and ingestArticles (package ingest);
	// nil answers them as unavailable.
	Ingester diplograph.Ingester
	// Deleter serves deleteArticle (a *neo4jstore.Store); nil answers it
	// as unavailable.
	Deleter diplograph.ArticleDeleter
	// Pinger checks Neo4j for /healthz (a *neo4jstore.Store); nil reports
	// healthy.
	Pinger diplograph.Pinger
	// Readier says whether the server is ready for requests, for /readyz
	// (a *neo4jstore.Store: Neo4j answers and the schema is migrated);
	// nil reports ready while not draining.
	Readier diplograph.Readier
	// Explain serves Event.merges: why the reports of an event are one
	// (ingest.Explain with the resolution's window); nil answers it
	// with no pairs.
	Explain func(docs []diplograph.StoredDocument, eventID string) []diplograph.EventMerge
	// APIKey is the key mutations need as "Authorization: Bearer KEY";
	// empty turns mutations off.
	APIKey string
	// Limits bound requests; zero fields take their defaults.
	Limits Limits
	// QueryTimeout bounds every database call of a request; zero means
	// 10 seconds.
	QueryTimeout time.Duration
	// Logger receives internal errors and panics; nil discards them.
	Logger *slog.Logger
	// Web serves every path the server does not (GraphiQL at "/", the
	// dashboard, static files: web.Handler()); nil serves a short text
	// page at "/".
	Web http.Handler
}

// Server serves GraphQL at /graphql (GET and POST), /healthz (alive: does
// Neo4j answer), /readyz (ready for requests: see Drain), /metrics, and
// Config.Web for the rest.
type Server struct {
	mux      *http.ServeMux
	gql      *handler.Server
	metrics  *metrics
	cfg      Config
	health   *storeHealth
	cache    *queryCache
	inFlight chan struct{}
	rlog     *requestLog
	draining atomic.Bool
}

// NewServer builds the server: gqlgen's handler with the GET and POST
// transports, a query cache bounded in bytes that keeps only accepted
// documents, the admission check (nesting, tokens, expanded fields, before
// parsing), introspection, the guard (depth limit, root fields, page
// sizes, cursors, dates, country codes, input depth, API key), the
// complexity limit, the error presenter and the recover function; around
// it the cap on requests in flight, the request timeout, the body limit,
// the request's database budget, its loaders, its log line and a recover
// handler. Every limit comes from Config.Limits.
func NewServer(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 10 * time.Second
	}
	cfg.Limits = cfg.Limits.withDefaults()
	m := newMetrics()
	health := &storeHealth{pinger: cfg.Pinger, probeEvery: time.Second}
	cache := newQueryCache(cfg.Limits.CacheBytes, 64<<10)
	res := &Resolver{
		reader:   &timedReader{r: cfg.Reader, timeout: cfg.QueryTimeout, m: m, health: health},
		ingester: cfg.Ingester,
		deleter:  cfg.Deleter,
		log:      cfg.Logger,
		limits:   cfg.Limits,
		explain:  cfg.Explain,
	}
	ec := generated.Config{Resolvers: res}
	complexity(&ec.Complexity)
	gql := handler.New(generated.NewExecutableSchema(ec))
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(jsonPOST{})
	gql.SetQueryCache(cache)
	gql.SetParserTokenLimit(cfg.Limits.MaxTokens)
	gql.Use(&admission{limits: cfg.Limits, cache: cache})
	gql.Use(extension.Introspection{})
	gql.Use(&guard{limits: cfg.Limits, apiKey: cfg.APIKey})
	gql.Use(extension.FixedComplexityLimit(cfg.Limits.MaxComplexity))
	gql.Use(admitter{cache: cache}) // last: only accepted documents are cached
	gql.SetErrorPresenter(errorPresenter(cfg.Logger))
	gql.SetRecoverFunc(recoverFunc(cfg.Logger))
	gql.AroundResponses(m.observeResponse)
	gql.AroundRootFields(m.observeRootField)
	gql.AroundResponses(noteResponse)
	gql.AroundResponses(noteBookmarks)

	s := &Server{mux: http.NewServeMux(), gql: gql, metrics: m, cfg: cfg, health: health, cache: cache,
		inFlight: make(chan struct{}, cfg.Limits.MaxInFlight),
		rlog:     &requestLog{log: cfg.Logger, perSecond: 20, slow: time.Second}}
	s.mux.Handle("/graphql", s.graphqlHandler())
	s.mux.HandleFunc("/healthz", s.healthz)
	s.mux.HandleFunc("/readyz", s.readyz)
	s.mux.Handle("/metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg}))
	if cfg.Web != nil {
		s.mux.Handle("/", cfg.Web)
	} else {
		s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = io.WriteString(w, "diplograph: the GraphQL API is at /graphql (POST, or GET for queries).\n")
		})
	}
	return s
}

// ServeHTTP implements http.Handler, recovering from panics.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.cfg.Logger.ErrorContext(r.Context(), "http: panic", "path", r.URL.Path, "panic", v)
			writeJSON(w, http.StatusInternalServerError, map[string]any{"errors": []map[string]any{{"message": "internal error"}}})
		}
	}()
	s.mux.ServeHTTP(w, r)
}

// HTTPServer returns an http.Server that serves s with the timeouts of its
// limits: a slow client (a body trickled a byte at a time, an answer
// never read) holds a connection no longer than they allow.
func (s *Server) HTTPServer() *http.Server {
	l := s.cfg.Limits
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: l.ReadHeaderTimeout,
		ReadTimeout:       l.ReadTimeout,
		WriteTimeout:      l.WriteTimeout,
		IdleTimeout:       l.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
}

// graphqlHandler caps the requests in flight, bounds the request's time
// and body, records the bearer token, sets up the request's loaders,
// database budget and query-cache slot, reads the bookmarks it carries
// and prepares its response to carry those of its writes, and logs the
// request's line.
func (s *Server) graphqlHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.inFlight <- struct{}{}:
			defer func() { <-s.inFlight }()
		default:
			w.Header().Set("Retry-After", "1")
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"errors": []map[string]any{{
				"message":    "the server is busy: try again in a moment",
				"extensions": map[string]any{"code": "UNAVAILABLE"}}}})
			return
		}
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		ri := &reqInfo{}
		b := newBudget(s.cfg.Limits.MaxDBCalls, s.cfg.Limits.DBWidth)
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Limits.RequestTimeout)
		defer cancel()
		defer func() { s.rlog.write(ctx, ri, rec.status, time.Since(start), b.used()) }()
		if r.ContentLength > s.cfg.Limits.MaxBodyBytes {
			writeTooLarge(rec, s.cfg.Limits.MaxBodyBytes)
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(rec, r.Body, s.cfg.Limits.MaxBodyBytes)
		}
		if h := r.Header.Get("Authorization"); h != "" {
			if tok, ok := strings.CutPrefix(h, "Bearer "); ok {
				ctx = withBearer(ctx, strings.TrimSpace(tok))
			}
		}
		ctx, ok := withBookmarks(ctx, rec, r)
		if !ok {
			return
		}
		ctx = withLoaders(ctx, newLoaders())
		ctx = withPending(withBudget(withReqInfo(ctx, ri), b))
		s.gql.ServeHTTP(rec, r.WithContext(ctx))
	})
}

// writeTooLarge answers a request whose body is over the limit: 413, and
// nothing of the body.
func writeTooLarge(w http.ResponseWriter, limit int64) {
	writeJSON(w, http.StatusRequestEntityTooLarge, map[string]any{"errors": []map[string]any{{
		"message":    "the request body is larger than the limit",
		"extensions": map[string]any{"code": "REQUEST_TOO_LARGE", "limit": limit}}}})
}

// healthz reports whether Neo4j answers: 200 or 503, with a JSON body.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Pinger == nil {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	start := time.Now()
	err := s.cfg.Pinger.Ping(ctx)
	s.metrics.observe("Ping", start, err)
	if r.Context().Err() == nil {
		s.health.set(err == nil, time.Now())
	}
	if err != nil {
		s.cfg.Logger.WarnContext(r.Context(), "healthz: Neo4j not reachable", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "neo4j": "unreachable",
			"error": diplograph.ErrorMessage(err)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "neo4j": "ok"})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
