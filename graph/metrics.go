package graph

import (
	"context"
	"regexp"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the Prometheus metrics of one server, in its own registry.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	fields    *prometheus.HistogramVec
	neo4j     *prometheus.HistogramVec
	neo4jErrs *prometheus.CounterVec

	mu    sync.Mutex
	names map[string]bool
}

// maxOperationNames bounds the distinct operation names in the labels;
// later names are counted as "other".
const maxOperationNames = 200

var opNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

func newMetrics() *metrics {
	reg := prometheus.NewRegistry()
	buckets := []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}
	m := &metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "diplograph_graphql_requests_total",
			Help: "GraphQL operations by operation name, type and outcome.",
		}, []string{"operation", "type", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "diplograph_graphql_request_duration_seconds",
			Help:    "Latency of GraphQL operations by operation name.",
			Buckets: buckets,
		}, []string{"operation", "type"}),
		fields: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "diplograph_graphql_root_field_duration_seconds",
			Help:    "Latency of GraphQL root fields.",
			Buckets: buckets,
		}, []string{"field"}),
		neo4j: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "diplograph_neo4j_query_duration_seconds",
			Help:    "Time spent in Neo4j reads and writes by store method.",
			Buckets: buckets,
		}, []string{"method"}),
		neo4jErrs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "diplograph_neo4j_errors_total",
			Help: "Failed Neo4j calls by store method and error code.",
		}, []string{"method", "code"}),
		names: map[string]bool{},
	}
	reg.MustRegister(m.requests, m.duration, m.fields, m.neo4j, m.neo4jErrs,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// opLabel returns the label of an operation name, bounded in cardinality.
func (m *metrics) opLabel(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !opNameRE.MatchString(name) {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.names[name] {
		return name
	}
	if len(m.names) >= maxOperationNames {
		return "other"
	}
	m.names[name] = true
	return name
}

// observeResponse is a gqlgen response middleware that counts operations
// and measures their latency.
func (m *metrics) observeResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	// A body that is not JSON fails before gqlgen makes an operation
	// context, and GetOperationContext panics without one.
	var opCtx *graphql.OperationContext
	if graphql.HasOperationContext(ctx) {
		opCtx = graphql.GetOperationContext(ctx)
	}
	name, typ := "", "unknown"
	start := time.Now()
	if opCtx != nil {
		name = opCtx.OperationName
		if opCtx.Operation != nil {
			typ = string(opCtx.Operation.Operation)
			if name == "" {
				name = opCtx.Operation.Name
			}
		}
		start = opCtx.Stats.OperationStart
	}
	label := m.opLabel(name)
	status := "ok"
	if resp == nil || len(resp.Errors) > 0 {
		status = "error"
	}
	m.requests.WithLabelValues(label, typ, status).Inc()
	if !start.IsZero() {
		m.duration.WithLabelValues(label, typ).Observe(time.Since(start).Seconds())
	}
	return resp
}

// observeRootField measures the root fields.
func (m *metrics) observeRootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	start := time.Now()
	res := next(ctx)
	if fc := graphql.GetRootFieldContext(ctx); fc != nil {
		m.fields.WithLabelValues(fc.Object + "." + fc.Field.Name).Observe(time.Since(start).Seconds())
	}
	return res
}

// observe records one store call.
func (m *metrics) observe(method string, start time.Time, err error) {
	m.neo4j.WithLabelValues(method).Observe(time.Since(start).Seconds())
	if err != nil {
		m.neo4jErrs.WithLabelValues(method, diplograph.ErrorCode(err)).Inc()
	}
}
