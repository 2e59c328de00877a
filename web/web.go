// Package web holds the browser side of diplograph, embedded in the binary:
// GraphiQL for exploring the GraphQL API, and the dashboard: a network of
// countries, the relations of two countries, and pages of a country, a
// person and an event, linked to each other.
//
// Everything the pages load is served from the embedded file system, so
// the pages work on machines without Internet access. The third-party
// scripts (GraphiQL, React, ReactDOM, Cytoscape.js) are vendored from npm
// under static/vendor/, one directory per package and version;
// static/vendor/README.md lists their versions and licenses, and
// package.json with package-lock.json pins Cytoscape.js for vendor.sh.
//
// The dashboard pages are plain JavaScript without a build step:
// static/common.js (building elements, GraphQL, the country list with its
// English, Russian and Kazakh names, partial dates, links between pages)
// and one script per page. They are tested in headless Chromium by the
// browser tests of this package (browser_test.go), over the real server
// and Neo4j.
//
// Handler serves:
//
//	/            GraphiQL, talking to the GraphQL endpoint at /graphql
//	/bilateral   the relations of two countries (?a=KZ&b=UZ&from=2024)
//	/network     countries as nodes, shared events and agreements as edges
//	/country     one country (?code=KZ): counterparts over time, calendar
//	/person      one official (?id=...): offices, counterparts, events
//	/event       one event (?id=...): participants, evidence, sources
//	/static/...  the files the pages use
//
// A page path with a trailing slash ("/bilateral/") is redirected to the
// page; any other unknown path gets a 404 page with links back.
//
// The pages address /graphql and /static/ by relative URLs, so Handler
// may also be mounted under a prefix with http.StripPrefix, provided the
// GraphQL endpoint is mounted under the same prefix.
//
// Caching: files under /static/vendor/ have the version in their path and
// never change, so they are cached for a year as immutable. Pages and the
// project's own scripts are revalidated on every use by their ETag (a hash of
// the content), which makes an unchanged file a cheap 304. Text files are
// sent gzip-compressed to clients that accept it.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed static
var staticFS embed.FS

// Content types by file extension. The table is fixed here rather than
// taken from the system's MIME database, so responses do not depend on the
// machine the binary runs on.
var contentTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".ico":   "image/x-icon",
	".json":  "application/json",
	".md":    "text/plain; charset=utf-8",
	".txt":   "text/plain; charset=utf-8",
	".woff2": "font/woff2",
	"":       "text/plain; charset=utf-8", // LICENSE
}

// contentSecurityPolicy keeps the pages to their own origin: no script,
// style, font or request may reach another host. GraphiQL sets inline
// styles and inlines its fonts as data: URLs.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; " +
	"style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'"

const (
	cacheImmutable   = "public, max-age=31536000, immutable"
	cacheRevalidate  = "no-cache"
	minGzipSize      = 1024
	vendorPathPrefix = "static/vendor/"
)

// asset is one embedded file, ready to serve.
type asset struct {
	name        string // path inside staticFS, e.g. "static/bilateral.js"
	data        []byte
	contentType string
	etag        string
	cache       string

	gzipOnce sync.Once
	gzipped  []byte // nil when compression does not pay
}

// mayCompress reports whether the asset is text large enough to be worth
// sending compressed.
func (a *asset) mayCompress() bool {
	return len(a.data) >= minGzipSize && compressible(a.contentType)
}

// compressed returns the gzip form of the asset, or nil when compression
// does not make it smaller. It is computed on first use.
func (a *asset) compressed() []byte {
	a.gzipOnce.Do(func() {
		if !a.mayCompress() {
			return
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(a.data)
		zw.Close()
		if buf.Len() < len(a.data) {
			a.gzipped = buf.Bytes()
		}
	})
	return a.gzipped
}

func compressible(contentType string) bool {
	return strings.HasPrefix(contentType, "text/") ||
		strings.HasPrefix(contentType, "application/json") ||
		strings.HasPrefix(contentType, "image/svg+xml")
}

// pages maps the URL path of each page to its embedded file.
var pages = map[string]string{
	"/":          "static/index.html",
	"/bilateral": "static/bilateral.html",
	"/network":   "static/network.html",
	"/country":   "static/country.html",
	"/person":    "static/person.html",
	"/event":     "static/event.html",
}

// notFoundPage is the body of every 404. Root is the relative path from
// the requested URL back to the root of the handler, so the links and the
// style sheet work at any depth and under any prefix.
var notFoundPage = template.Must(template.New("404").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph · Page not found</title>
<link rel="icon" href="{{.Root}}static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{{.Root}}static/bilateral.css">
</head>
<body>
<header class="topbar">
  <strong>diplograph</strong>
  <nav>
    <a href="{{.Root}}network">Network</a>
    <a href="{{.Root}}bilateral">Bilateral relations</a>
    <a href="{{.Root}}">GraphiQL</a>
  </nav>
</header>
<main class="notfound">
  <h1>Page not found</h1>
  <p>There is no page at <code>{{.Path}}</code>.</p>
  <p><a id="back" href="{{.Root}}network">Back to the network of countries</a> or open the <a href="{{.Root}}bilateral">relations of two countries</a>.</p>
</main>
</body>
</html>
`))

// handler serves the embedded assets.
type handler struct {
	assets map[string]*asset // by URL path
}

// Handler returns the handler of the web pages and their assets: GraphiQL
// at "/", the dashboard pages (see the package comment), and the embedded
// files under "/static/". Other paths get a 404 page. Only GET and HEAD
// are allowed.
func Handler() http.Handler {
	h := &handler{assets: make(map[string]*asset)}
	err := fs.WalkDir(staticFS, "static", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := staticFS.ReadFile(name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		a := &asset{
			name:        name,
			data:        data,
			contentType: contentTypes[path.Ext(name)],
			etag:        `"` + hex.EncodeToString(sum[:8]) + `"`,
			cache:       cacheRevalidate,
		}
		if a.contentType == "" {
			a.contentType = "application/octet-stream"
		}
		if strings.HasPrefix(name, vendorPathPrefix) {
			a.cache = cacheImmutable
		}
		h.assets["/"+name] = a
		return nil
	})
	if err != nil {
		// The embedded file system is part of the binary; failing to
		// walk it is a build defect, not a run-time condition.
		panic("web: read embedded files: " + err.Error())
	}
	for p, name := range pages {
		a, ok := h.assets["/"+name]
		if !ok {
			panic("web: page " + p + " lacks its file " + name)
		}
		h.assets[p] = a
	}
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	a, ok := h.assets[r.URL.Path]
	if !ok {
		if p := strings.TrimRight(r.URL.Path, "/"); p != r.URL.Path && p != "" && pages[p] != "" {
			// "/bilateral/" to "/bilateral": relative to the request, so
			// the redirect also works under a prefix.
			target := "../" + path.Base(p)
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			w.Header().Set("Location", target)
			w.WriteHeader(http.StatusMovedPermanently)
			return
		}
		h.notFound(w, r)
		return
	}

	hdr := w.Header()
	hdr.Set("Content-Type", a.contentType)
	hdr.Set("Cache-Control", a.cache)
	hdr.Set("X-Content-Type-Options", "nosniff")
	if strings.HasPrefix(a.contentType, "text/html") {
		hdr.Set("Content-Security-Policy", contentSecurityPolicy)
		hdr.Set("Referrer-Policy", "same-origin")
	}

	data, etag := a.data, a.etag
	if a.mayCompress() {
		hdr.Add("Vary", "Accept-Encoding")
		if gz := a.compressed(); gz != nil && acceptsGzip(r) {
			data = gz
			etag = strings.TrimSuffix(etag, `"`) + `-gz"`
			hdr.Set("Content-Encoding", "gzip")
		}
	}
	hdr.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

// notFound answers 404 with a page that leads back to the dashboard.
func (h *handler) notFound(w http.ResponseWriter, r *http.Request) {
	depth := strings.Count(r.URL.Path, "/") - 1
	root := "./"
	if depth > 0 {
		root = strings.Repeat("../", depth)
	}
	var buf bytes.Buffer
	if err := notFoundPage.Execute(&buf, struct{ Root, Path string }{root, r.URL.Path}); err != nil {
		http.NotFound(w, r)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	hdr.Set("Cache-Control", cacheRevalidate)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Content-Security-Policy", contentSecurityPolicy)
	w.WriteHeader(http.StatusNotFound)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}

// acceptsGzip reports whether the request's Accept-Encoding lists gzip
// with a non-zero quality.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		return params != "q=0" && params != "q=0.0" && params != "q=0.00" && params != "q=0.000"
	}
	return false
}
