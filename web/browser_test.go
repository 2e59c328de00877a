package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/web"
)

// The browser tests drive Debian's headless Chromium over the DevTools
// protocol (chromedp) against the real server (graph.NewServer with
// web.Handler) over the real Neo4j test database holding the fixture of
// fixture_test.go. Without Chromium or Neo4j they are skipped, except under
// CI=true, where they fail. CHROMIUM names another Chromium binary.
// Screenshots of every page at both widths go to each subtest's
// t.ArtifactDir() (kept with `go test -artifacts -outputdir DIR`).

// Widths the pages are tested at: a desktop and a phone.
const (
	wideWidth   = 1400
	narrowWidth = 390
)

// chromiumPath returns the Chromium binary, or skips (fails under
// CI=true) when there is none.
func chromiumPath(t *testing.T) string {
	t.Helper()
	p := os.Getenv("CHROMIUM")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Chromium not found at %s under CI=true (make test installs it: apt-get install chromium): %v", p, err)
		}
		t.Skipf("no Chromium at %s (apt-get install chromium, or set CHROMIUM): %v", p, err)
	}
	return p
}

// site is the server under test and a browser pointed at it.
type site struct {
	base    string          // URL of the server, ending in "/"
	browser context.Context // the Chromium the tabs open in
}

// startSite writes the fixture, starts the server and launches Chromium;
// everything stops when the test ends.
func startSite(t *testing.T) *site {
	t.Helper()
	chromium := chromiumPath(t)
	store := mustLoadFixture(t)
	srv := httptest.NewServer(graph.NewServer(graph.Config{Reader: store, Pinger: store, Web: web.Handler()}))
	t.Cleanup(srv.Close)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(wideWidth, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
	// The first action launches Chromium; it takes no timeout, which
	// would end the browser with it.
	if err := chromedp.Do(browserCtx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return &site{base: srv.URL + "/", browser: browserCtx}
}

// console collects what a tab reports as errors: console.error calls,
// uncaught exceptions, and the browser's own error log (failed loads,
// Content-Security-Policy violations).
type console struct {
	mu     sync.Mutex
	errors []string
}

func (c *console) add(s string) {
	c.mu.Lock()
	c.errors = append(c.errors, s)
	c.mu.Unlock()
}

func (c *console) list() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.errors...)
}

// tab opens a new tab of the given width; it closes when the test ends.
func (s *site) tab(t *testing.T, width int64) (context.Context, *console) {
	t.Helper()
	tabCtx, cancel := chromedp.NewContext(s.browser)
	t.Cleanup(cancel)
	if err := chromedp.Do(tabCtx, chromedp.EmulateViewport(width, 844)); err != nil {
		t.Fatalf("open tab: %v", err)
	}
	c := &console{}
	messages := chromedp.Console(tabCtx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException || m.Type == "assert" {
				c.add(string(m.Type) + ": " + m.Text + " " + m.URL)
			}
		}
	}()
	ctx, cancelTimeout := context.WithTimeout(tabCtx, 90*time.Second)
	t.Cleanup(cancelTimeout)
	return ctx, c
}

// run runs actions in the tab and fails the test on error.
func run(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the tab.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// noErrors fails the test if the tab reported errors.
func noErrors(t *testing.T, c *console) {
	t.Helper()
	for _, e := range c.list() {
		t.Errorf("browser reported: %s", e)
	}
}

// screenshot writes a full-page PNG (quality 100 makes a PNG) to the subtest's artifact directory.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(t.ArtifactDir(), name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
	}
}

// overflowJS lists the elements that stick out to the right of the
// viewport, tables wider than their box and cards whose text spills out;
// empty when none does.
const overflowJS = `(() => {
  const out = [];
  const w = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > w + 1) {
    let widest = null;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right > w + 1 && (!widest || r.right > widest.r)) widest = { r: r.right, el };
    }
    out.push("page scrolls sideways: " + document.documentElement.scrollWidth + " > " + w +
      (widest ? " (widest: " + widest.el.tagName.toLowerCase() + (widest.el.id ? "#" + widest.el.id : "") + "." + String(widest.el.className && widest.el.className.baseVal !== undefined ? widest.el.className.baseVal : widest.el.className) + ")" : ""));
  }
  for (const el of document.querySelectorAll("table, .panel, .card, .controls, header, #cy")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + String(el.className).split(" ").join(".") : "");
    if (r.right > w + 1) out.push(name + " ends at " + Math.round(r.right) + " > " + w);
    if (el.tagName === "TABLE" && el.parentElement.scrollWidth > el.parentElement.clientWidth + 1) {
      out.push(name + " is cut off: " + el.parentElement.scrollWidth + " > " + el.parentElement.clientWidth);
    }
    if (el.classList.contains("card") && el.scrollWidth > el.clientWidth + 1) {
      out.push(name + " spills its text: " + el.scrollWidth + " > " + el.clientWidth);
    }
  }
  return out;
})()`

// noOverflow fails the test if anything is wider than the viewport.
func noOverflow(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, b := range eval[[]string](t, ctx, overflowJS) {
		t.Errorf("overflow: %s", b)
	}
}

// textOf returns the text content of the first node matching sel.
func textOf(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

// count returns how many nodes match sel.
func count(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	return eval[int](t, ctx, fmt.Sprintf("document.querySelectorAll(%q).length", sel))
}

// poll evaluates js in the tab until it returns a non-empty string, or
// fails the test after 30 s. Evaluations that fail while a page is
// replaced by the next are retried.
func poll(t *testing.T, ctx context.Context, js, what string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var lastErr error
	for time.Now().Before(deadline) {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err == nil && s != "" {
			return s
		}
		lastErr = err
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s: timed out (last error: %v)", what, lastErr)
	return ""
}

// waitStatus waits until the page has finished loading (its status line
// has data-state="done") and returns the status line.
func waitStatus(t *testing.T, ctx context.Context) string {
	t.Helper()
	s := poll(t, ctx, `(() => { const s = document.getElementById("status"); `+
		`return s && s.dataset.state === "done" ? "done:" + s.textContent : ""; })()`, "the page never finished loading")
	return strings.TrimPrefix(s, "done:")
}

// waitPath waits until the tab's location has the given path.
func waitPath(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	poll(t, ctx, fmt.Sprintf("location.pathname === %q && document.readyState === 'complete' ? 'yes' : ''", path),
		"never reached "+path)
}
