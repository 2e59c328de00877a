package web_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/web"
)

// get requests path from h and returns the response with its body read.
func get(t *testing.T, h http.Handler, method, path string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

// embeddedPaths lists the URL paths of every embedded file.
func embeddedPaths(t *testing.T) []string {
	t.Helper()
	var paths []string
	err := fs.WalkDir(web.StaticFS, "static", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		paths = append(paths, "/"+name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no embedded files")
	}
	return paths
}

func TestPages(t *testing.T) {
	h := web.Handler()
	tests := []struct {
		path        string
		contentType string
		contains    []string
	}{
		{"/", "text/html; charset=utf-8", []string{"graphiql.min.js", "react.production.min.js", `data-endpoint="graphql"`}},
		{"/bilateral", "text/html; charset=utf-8", []string{"static/common.js", "static/bilateral.js", `id="country-a"`}},
		{"/network", "text/html; charset=utf-8", []string{"static/vendor/cytoscape-3.34.4/cytoscape.min.js", "static/network.js", `id="cy"`}},
		{"/country", "text/html; charset=utf-8", []string{"static/common.js", "static/country.js"}},
		{"/person", "text/html; charset=utf-8", []string{"static/common.js", "static/person.js"}},
		{"/event", "text/html; charset=utf-8", []string{"static/common.js", "static/event.js"}},
		{"/static/network.js", "text/javascript; charset=utf-8", []string{"network(from: $from, to: $to, types: $types, topics: $topics, minWeight: $min, persons: $persons)"}},
		{"/static/vendor/cytoscape-3.34.4/cytoscape.min.js", "text/javascript; charset=utf-8", nil},
		{"/static/index.html", "text/html; charset=utf-8", nil},
		{"/static/bilateral.js", "text/javascript; charset=utf-8", []string{"bilateral(a: $a, b: $b, from: $from, to: $to)"}},
		{"/static/graphiql-init.js", "text/javascript; charset=utf-8", []string{"createFetcher", "defaultQuery"}},
		{"/static/bilateral.css", "text/css; charset=utf-8", nil},
		{"/static/vendor/graphiql-3.8.3/graphiql.min.js", "text/javascript; charset=utf-8", nil},
		{"/static/vendor/graphiql-3.8.3/graphiql.min.css", "text/css; charset=utf-8", nil},
		{"/static/vendor/react-18.3.1/react.production.min.js", "text/javascript; charset=utf-8", nil},
		{"/static/vendor/react-dom-18.3.1/react-dom.production.min.js", "text/javascript; charset=utf-8", nil},
		{"/static/favicon.svg", "image/svg+xml", nil},
	}
	for _, tt := range tests {
		t.Run(strings.TrimPrefix(tt.path, "/"), func(t *testing.T) {
			resp, body := get(t, h, http.MethodGet, tt.path, nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200", resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.contentType {
				t.Errorf("Content-Type %q, want %q", got, tt.contentType)
			}
			if len(body) == 0 {
				t.Error("empty body")
			}
			for _, s := range tt.contains {
				if !bytes.Contains(body, []byte(s)) {
					t.Errorf("body lacks %q", s)
				}
			}
		})
	}
}

func TestEveryEmbeddedFileIsServed(t *testing.T) {
	h := web.Handler()
	for _, p := range embeddedPaths(t) {
		resp, body := get(t, h, http.MethodGet, p, nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d, want 200", p, resp.StatusCode)
			continue
		}
		ct := resp.Header.Get("Content-Type")
		if ct == "" || ct == "application/octet-stream" {
			t.Errorf("%s: no specific Content-Type (%q)", p, ct)
		}
		want, err := fs.ReadFile(web.StaticFS, strings.TrimPrefix(p, "/"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(body, want) {
			t.Errorf("%s: body differs from the embedded file", p)
		}
		if resp.Header.Get("ETag") == "" {
			t.Errorf("%s: no ETag", p)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no X-Content-Type-Options: nosniff", p)
		}
	}
}

func TestCacheHeaders(t *testing.T) {
	h := web.Handler()
	tests := []struct {
		path  string
		cache string
	}{
		{"/", "no-cache"},
		{"/bilateral", "no-cache"},
		{"/static/bilateral.js", "no-cache"},
		{"/static/vendor/graphiql-3.8.3/graphiql.min.js", "public, max-age=31536000, immutable"},
		{"/static/vendor/react-18.3.1/react.production.min.js", "public, max-age=31536000, immutable"},
	}
	for _, tt := range tests {
		resp, _ := get(t, h, http.MethodGet, tt.path, nil)
		if got := resp.Header.Get("Cache-Control"); got != tt.cache {
			t.Errorf("%s: Cache-Control %q, want %q", tt.path, got, tt.cache)
		}
	}

	t.Run("unchanged file revalidates to 304", func(t *testing.T) {
		resp, _ := get(t, h, http.MethodGet, "/bilateral", nil)
		etag := resp.Header.Get("ETag")
		resp, body := get(t, h, http.MethodGet, "/bilateral", http.Header{"If-None-Match": {etag}})
		if resp.StatusCode != http.StatusNotModified {
			t.Fatalf("status %d, want 304", resp.StatusCode)
		}
		if len(body) != 0 {
			t.Errorf("304 with a body of %d bytes", len(body))
		}
	})
}

func TestGzip(t *testing.T) {
	h := web.Handler()
	plainResp, plain := get(t, h, http.MethodGet, "/static/vendor/graphiql-3.8.3/graphiql.min.js", nil)
	resp, body := get(t, h, http.MethodGet, "/static/vendor/graphiql-3.8.3/graphiql.min.js",
		http.Header{"Accept-Encoding": {"br, gzip;q=0.8"}})
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q, want gzip", resp.Header.Get("Content-Encoding"))
	}
	if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
		t.Error("no Vary: Accept-Encoding")
	}
	if resp.Header.Get("ETag") == plainResp.Header.Get("ETag") {
		t.Error("the gzip and plain forms share an ETag")
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(unzipped, plain) {
		t.Error("gzip body does not decompress to the file")
	}

	resp, _ = get(t, h, http.MethodGet, "/static/bilateral.js", http.Header{"Accept-Encoding": {"gzip;q=0"}})
	if resp.Header.Get("Content-Encoding") != "" {
		t.Error("gzip sent to a client that refused it")
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	h := web.Handler()
	tests := []struct {
		path, root string // root: the relative way back to "/"
	}{
		{"/nope", "./"},
		{"/static/", "../"},
		{"/static", "./"},
		{"/static/vendor/", "../../"},
		{"/static/../web.go", "../../"},
		{"/graphql", "./"},
		{"/a/b/c", "../../"},
	}
	for _, tt := range tests {
		resp, body := get(t, h, http.MethodGet, tt.path, nil)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", tt.path, resp.StatusCode)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q, want an HTML page", tt.path, ct)
		}
		if want := `id="back" href="` + tt.root + `network"`; !bytes.Contains(body, []byte(want)) {
			t.Errorf("GET %s: the 404 page lacks the way back %s:\n%s", tt.path, want, body)
		}
	}
	resp, body := get(t, h, http.MethodGet, "/<script>", nil)
	if bytes.Contains(body, []byte("<script>")) {
		t.Errorf("the 404 page echoes the path unescaped (status %d)", resp.StatusCode)
	}

	t.Run("a page with a trailing slash redirects to the page, query kept", func(t *testing.T) {
		for path, want := range map[string]string{
			"/bilateral/?a=KZ&b=UZ": "../bilateral?a=KZ&b=UZ",
			"/network/":             "../network",
		} {
			resp, _ := get(t, h, http.MethodGet, path, nil)
			if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != want {
				t.Errorf("GET %s: %d to %q, want 301 to %q", path, resp.StatusCode, resp.Header.Get("Location"), want)
			}
		}
	})

	resp, body = get(t, h, http.MethodHead, "/bilateral", nil)
	if resp.StatusCode != http.StatusOK || len(body) != 0 {
		t.Errorf("HEAD /bilateral: status %d, %d body bytes", resp.StatusCode, len(body))
	}
	resp, _ = get(t, h, http.MethodPost, "/", nil)
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", resp.StatusCode)
	}
}

// cdnURL matches an absolute URL on a well-known CDN or hosted-library domain.
var cdnURL = regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]*(unpkg\.com|jsdelivr|cdnjs|googleapis\.com|gstatic\.com|cloudflare|bootstrapcdn|esm\.sh|skypack|jspm\.io|cdn\.)`)

// remoteRef matches an HTML src/href attribute or CSS url() that points to
// another host.
var remoteRef = regexp.MustCompile(`(?i)(\b(src|href)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?\s*(https?:)?//|@import\s+["']?(https?:)?//)`)

func TestNoCDN(t *testing.T) {
	h := web.Handler()
	pages := []string{"/", "/bilateral", "/network", "/country", "/person", "/event", "/no-such-page"}
	paths := append(pages, embeddedPaths(t)...)
	for i, p := range paths {
		if !strings.HasSuffix(p, ".html") && !strings.HasSuffix(p, ".js") &&
			!strings.HasSuffix(p, ".css") && i >= len(pages) {
			continue
		}
		_, body := get(t, h, http.MethodGet, p, nil)
		if m := cdnURL.Find(body); m != nil {
			t.Errorf("%s references a CDN: %q", p, m)
		}
		if strings.HasSuffix(p, ".js") {
			continue // scripts mention URLs in comments and strings; only CDNs matter there
		}
		if m := remoteRef.Find(body); m != nil {
			t.Errorf("%s loads from another host: %q", p, m)
		}
	}
}

func TestContentSecurityPolicy(t *testing.T) {
	h := web.Handler()
	for _, p := range []string{"/", "/bilateral", "/network", "/country", "/person", "/event", "/no-such-page"} {
		resp, _ := get(t, h, http.MethodGet, p, nil)
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
			t.Errorf("%s: Content-Security-Policy %q does not keep scripts and requests on the origin", p, csp)
		}
	}
}

// The API rejects pages larger than 100 (graph.Limits.MaxBatch); a page of
// ours that asks for more fails for every user.
func TestPagesAskForAtMostAPageOf100(t *testing.T) {
	firstArg := regexp.MustCompile(`first:\s*(\d+)`)
	for _, script := range []string{"bilateral.js", "common.js", "network.js", "country.js", "person.js", "event.js"} {
		_, body := get(t, web.Handler(), http.MethodGet, "/static/"+script, nil)
		ms := firstArg.FindAllSubmatch(body, -1)
		if script == "bilateral.js" && len(ms) == 0 {
			t.Fatal("no `first:` argument found in bilateral.js; did the query move?")
		}
		for _, m := range ms {
			if n, _ := strconv.Atoi(string(m[1])); n > 100 {
				t.Errorf("%s asks for first: %d, over the API's page cap of 100", script, n)
			}
		}
	}
}
