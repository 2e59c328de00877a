package graph

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph"
)

// Several copies of the server over one Neo4j cluster, behind a load
// balancer: bookmarks carry causal consistency from one copy to another,
// and /readyz tells the balancer which copies to send requests to.

// BookmarkHeader is the HTTP header of bookmarks. A response to a request
// that wrote to the graph (ingestArticle, ingestArticles, deleteArticle)
// carries the bookmarks of its writes in it, comma-separated, and in the
// extension "bookmarks" of the GraphQL response; a request that carries
// them in it (one header or several, comma-separated) reads after those
// writes, whichever copy of the service and whichever database server
// answers it.
const BookmarkHeader = "X-Diplograph-Bookmark"

// bookmarkRE is what a bookmark may look like: Neo4j's are "FB:" and
// base64.
var bookmarkRE = regexp.MustCompile(`^[A-Za-z0-9+/=:_.-]+$`)

// CodeBadBookmark is the extensions.code of a request whose bookmark
// header is malformed.
const CodeBadBookmark = "BAD_BOOKMARK"

// requestBookmarks returns the bookmarks of the request's headers, or a
// message saying what is wrong with them.
func requestBookmarks(h http.Header) ([]string, string) {
	var out []string
	for _, v := range h.Values(BookmarkHeader) {
		for _, b := range strings.Split(v, ",") {
			b = strings.TrimSpace(b)
			switch {
			case b == "":
				continue
			case len(b) > diplograph.MaxBookmarkLen || !bookmarkRE.MatchString(b):
				return nil, "a bookmark of the " + BookmarkHeader + " header is not one the server gave"
			}
			out = append(out, b)
		}
	}
	if len(out) > diplograph.MaxBookmarks {
		return nil, "the " + BookmarkHeader + " header carries too many bookmarks"
	}
	return out, ""
}

// bookmarkState is what a request knows of bookmarks: the writes it made
// and the header of its response.
type bookmarkState struct {
	written diplograph.WriteBookmarks
	header  http.Header
}

type bookmarkStateKey struct{}

// withBookmarks reads the bookmarks of r into ctx, and prepares ctx to
// record the bookmarks of the request's writes for the response header
// h. It returns false, having answered 400, when the header is malformed.
func withBookmarks(ctx context.Context, w http.ResponseWriter, r *http.Request) (context.Context, bool) {
	after, msg := requestBookmarks(r.Header)
	if msg != "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"errors": []map[string]any{{
			"message": msg, "extensions": map[string]any{"code": CodeBadBookmark}}}})
		return ctx, false
	}
	st := &bookmarkState{header: w.Header()}
	ctx = context.WithValue(ctx, bookmarkStateKey{}, st)
	ctx = diplograph.WithWriteBookmarks(ctx, &st.written)
	return diplograph.WithReadAfter(ctx, after), true
}

// noteBookmarks puts the bookmarks of the operation's writes into the
// response: in the header (before the transport writes it) and in the
// extension "bookmarks".
func noteBookmarks(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	st, _ := ctx.Value(bookmarkStateKey{}).(*bookmarkState)
	if st == nil || resp == nil {
		return resp
	}
	bms := st.written.List()
	if len(bms) == 0 {
		return resp
	}
	st.header.Set(BookmarkHeader, strings.Join(bms, ", "))
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	resp.Extensions["bookmarks"] = bms
	return resp
}

// readyz reports whether this copy of the server should get requests:
// Config.Readier (for a *neo4jstore.Store: Neo4j answers and the schema is
// migrated) and not draining. 200 or 503, with a JSON body saying why.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "draining"})
		return
	}
	if s.cfg.Readier == nil {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	start := time.Now()
	err := s.cfg.Readier.Ready(ctx)
	s.metrics.observe("Ready", start, err)
	if err != nil {
		s.cfg.Logger.WarnContext(r.Context(), "readyz: not ready", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready",
			"error": diplograph.ErrorMessage(err)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

// Drain makes /readyz answer 503 from now on, so that a load balancer
// stops sending requests to this copy before it shuts down; requests that
// come still are served.
func (s *Server) Drain() { s.draining.Store(true) }
