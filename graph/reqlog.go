package graph

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
)

// requestLog writes one structured line per GraphQL request: operation,
// type, HTTP status, error codes, duration, complexity and database
// calls. Failed (internal) and slow requests are always logged; the rest
// are sampled: at most perSecond lines a second, and the next line logged
// says how many were left out ("sampled_out"), so that a flood of
// requests, rejected or not, cannot flood the log.
type requestLog struct {
	log       *slog.Logger
	perSecond int
	slow      time.Duration

	mu      sync.Mutex
	window  time.Time
	inWin   int
	skipped int
}

// reqInfo is what the handlers learn about one request, for its line.
type reqInfo struct {
	mu         sync.Mutex
	op, typ    string
	complexity int
	codes      []string
}

type reqInfoKey struct{}

func withReqInfo(ctx context.Context, ri *reqInfo) context.Context {
	return context.WithValue(ctx, reqInfoKey{}, ri)
}

// noteResponse is a gqlgen response middleware: it records the
// operation and the error codes of the response in the request's info.
func noteResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	ri, ok := ctx.Value(reqInfoKey{}).(*reqInfo)
	if !ok {
		return resp
	}
	ri.mu.Lock()
	defer ri.mu.Unlock()
	if graphql.HasOperationContext(ctx) {
		opCtx := graphql.GetOperationContext(ctx)
		ri.op = opCtx.OperationName
		if opCtx.Operation != nil {
			ri.typ = string(opCtx.Operation.Operation)
			if ri.op == "" {
				ri.op = opCtx.Operation.Name
			}
		}
		if cs := extension.GetComplexityStats(ctx); cs != nil {
			ri.complexity = cs.Complexity
		}
	}
	if resp != nil {
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" {
				code = "UNKNOWN"
			}
			if len(ri.codes) < 5 && !slices.Contains(ri.codes, code) {
				ri.codes = append(ri.codes, code)
			}
		}
	}
	return resp
}

// write logs the line of one request, unless sampling leaves it out.
func (l *requestLog) write(ctx context.Context, ri *reqInfo, status int, took time.Duration, dbCalls int) {
	ri.mu.Lock()
	op, typ, cx, codes := ri.op, ri.typ, ri.complexity, append([]string(nil), ri.codes...)
	ri.mu.Unlock()
	level := slog.LevelInfo
	switch {
	case status >= 500 && status != http.StatusServiceUnavailable || slices.Contains(codes, "INTERNAL"):
		level = slog.LevelError
	case status == http.StatusServiceUnavailable || slices.Contains(codes, "UNAVAILABLE"):
		level = slog.LevelWarn
	}
	always := level == slog.LevelError || took >= l.slow
	skipped, ok := l.admit(time.Now(), always)
	if !ok {
		return
	}
	if op == "" {
		op = "anonymous"
	}
	attrs := []slog.Attr{
		slog.String("operation", op), slog.String("type", typ), slog.Int("status", status),
		slog.Duration("duration", took), slog.Int("complexity", cx), slog.Int("db_calls", dbCalls),
	}
	if len(codes) > 0 {
		attrs = append(attrs, slog.Any("errors", codes))
	}
	if skipped > 0 {
		attrs = append(attrs, slog.Int("sampled_out", skipped))
	}
	l.log.LogAttrs(ctx, level, "graphql request", attrs...)
}

// admit decides whether a line is written now; it returns how many lines
// were left out since the last one written.
func (l *requestLog) admit(now time.Time, always bool) (skipped int, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.window) >= time.Second {
		l.window, l.inWin = now, 0
	}
	if !always && l.inWin >= l.perSecond {
		l.skipped++
		return 0, false
	}
	l.inWin++
	skipped, l.skipped = l.skipped, 0
	return skipped, true
}

// statusRecorder remembers the status code written through it.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
