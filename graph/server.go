package graph

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/ast"
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

// Server serves GraphQL at /graphql (GET and POST), /healthz, /metrics, and
// Config.Web for the rest.
type Server struct {
	mux     *http.ServeMux
	gql     *handler.Server
	metrics *metrics
	cfg     Config
}

// NewServer builds the server: gqlgen's handler with the GET and POST
// transports, an LRU query cache, introspection, the guard (depth limit,
// page sizes, cursors, dates, country codes, API key), the complexity
// limit, the error presenter and the recover function; around it the
// request body limit, the per-request loaders and a recover handler.
func NewServer(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 10 * time.Second
	}
	cfg.Limits = cfg.Limits.withDefaults()
	m := newMetrics()
	res := &Resolver{
		reader:   &timedReader{r: cfg.Reader, timeout: cfg.QueryTimeout, m: m},
		ingester: cfg.Ingester,
		deleter:  cfg.Deleter,
		log:      cfg.Logger,
		limits:   cfg.Limits,
	}
	ec := generated.Config{Resolvers: res}
	complexity(&ec.Complexity)
	gql := handler.New(generated.NewExecutableSchema(ec))
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(jsonPOST{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	gql.Use(extension.Introspection{})
	gql.Use(&guard{limits: cfg.Limits, apiKey: cfg.APIKey})
	gql.Use(extension.FixedComplexityLimit(cfg.Limits.MaxComplexity))
	gql.SetErrorPresenter(errorPresenter(cfg.Logger))
	gql.SetRecoverFunc(recoverFunc(cfg.Logger))
	gql.AroundResponses(m.observeResponse)
	gql.AroundRootFields(m.observeRootField)

	s := &Server{mux: http.NewServeMux(), gql: gql, metrics: m, cfg: cfg}
	s.mux.Handle("/graphql", s.graphqlHandler())
	s.mux.HandleFunc("/healthz", s.healthz)
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

// graphqlHandler limits the body, records the bearer token and sets up the
// request's loaders.
func (s *Server) graphqlHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > s.cfg.Limits.MaxBodyBytes {
			writeJSON(w, http.StatusRequestEntityTooLarge, map[string]any{"errors": []map[string]any{{
				"message":    "the request body is larger than the limit",
				"extensions": map[string]any{"code": "REQUEST_TOO_LARGE", "limit": s.cfg.Limits.MaxBodyBytes}}}})
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.Limits.MaxBodyBytes)
		}
		ctx := r.Context()
		if h := r.Header.Get("Authorization"); h != "" {
			if tok, ok := strings.CutPrefix(h, "Bearer "); ok {
				ctx = withBearer(ctx, strings.TrimSpace(tok))
			}
		}
		ctx = withLoaders(ctx, newLoaders())
		s.gql.ServeHTTP(w, r.WithContext(ctx))
	})
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
