package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowser opens the pages in headless Chromium at a desktop and a
// phone width over the fixture graph and checks what a user sees.
func TestBrowser(t *testing.T) {
	s := startSite(t)
	widths := []int64{wideWidth, narrowWidth}

	// open loads a page of the site in a new tab of the given width.
	open := func(t *testing.T, width int64, path string) (context.Context, *console) {
		t.Helper()
		ctx, c := s.tab(t, width)
		run(t, ctx, chromedp.Navigate(s.base+path))
		return ctx, c
	}

	t.Run("pair page reached by Russian names shows the pair's events, topics and agreement", func(t *testing.T) {
		for _, w := range widths {
			ctx, c := open(t, w, "bilateral?a="+url.QueryEscape("Казахстан")+"&b="+url.QueryEscape("Венгрия"))
			if st := waitStatus(t, ctx); st != "" {
				t.Fatalf("%d px: status %q, want none", w, st)
			}
			if n := count(t, ctx, "#timeline .event"); n != 2 {
				t.Errorf("%d px: %d events, want 2", w, n)
			}
			title := textOf(t, ctx, "#title")
			if !strings.Contains(title, "Kazakhstan") || !strings.Contains(title, "Hungary") {
				t.Errorf("%d px: title %q", w, title)
			}
			topics := textOf(t, ctx, "#topics")
			for _, want := range []string{"Trade", "Water", "Education"} {
				if !strings.Contains(topics, want) {
					t.Errorf("%d px: topics %q lack %s", w, topics, want)
				}
			}
			agreements := textOf(t, ctx, "#agreements")
			for _, want := range []string{"Memorandum on water management", fxKZ.Name, fxHU.Name} {
				if !strings.Contains(agreements, want) {
					t.Errorf("%d px: agreements %q lack %q", w, agreements, want)
				}
			}
			// The parties in the title as the article spells them (in the
			// order the graph lists them), not in Latin letters.
			titles := eval[[]string](t, ctx, `[...document.querySelectorAll('#agreements td[data-label="Title"]')].map(td => td.textContent)`)
			if got := strings.Join(titles, " | "); got != "Memorandum between "+fxPartyHU+" and "+fxPartyKZ+" · event | Memorandum on water management · event" {
				t.Errorf("%d px: titles %q", w, got)
			}
			// "Signed by" of each row: the two ministers of the water
			// memorandum, an honest empty state for the schools one.
			signed := eval[[]string](t, ctx, `[...document.querySelectorAll('#agreements td[data-label="Signed by"]')].map(td => td.textContent)`)
			if got := strings.Join(signed, " | "); got != "not named in the sources | "+fxKZ.Name+", "+fxHU.Name {
				t.Errorf("%d px: Signed by %q", w, got)
			}
			if loc := eval[string](t, ctx, `location.search`); loc != "?a=KZ&b=HU" {
				t.Errorf("%d px: URL rewritten to %q, want ?a=KZ&b=HU", w, loc)
			}
			noOverflow(t, ctx)
			screenshot(t, ctx, fmt.Sprintf("bilateral-ru-%d", w))
			noErrors(t, c)
		}
	})

	t.Run("pair page takes English and Kazakh names, ISO codes and a partial year", func(t *testing.T) {
		tests := []struct {
			query  string
			events int
		}{
			{"a=Kazakhstan&b=Hungary", 2},
			{"a=" + url.QueryEscape("Қазақстан") + "&b=hu", 2},
			{"a=HU&b=KZ&from=2024", 1},
			{"a=KZ&b=HU&to=2023-06", 1},
			{"a=KZ&b=HU&from=2024-03&to=2024-03", 1},
		}
		for _, tt := range tests {
			ctx, c := open(t, wideWidth, "bilateral?"+tt.query)
			if st := waitStatus(t, ctx); st != "" {
				t.Errorf("%s: status %q", tt.query, st)
				continue
			}
			if n := count(t, ctx, "#timeline .event"); n != tt.events {
				t.Errorf("%s: %d events, want %d", tt.query, n, tt.events)
			}
			q, _ := url.ParseQuery(tt.query)
			if from := eval[string](t, ctx, `document.getElementById("date-from").value`); from != q.Get("from") {
				t.Errorf("%s: the From field holds %q, want %q", tt.query, from, q.Get("from"))
			}
			noErrors(t, c)
		}
	})

	t.Run("pair page names an unknown country and shows one empty state for a pair without events", func(t *testing.T) {
		ctx, c := open(t, wideWidth, "bilateral?a=Atlantis&b=KZ")
		if st := waitStatus(t, ctx); !strings.Contains(st, "Unknown country \u201cAtlantis\u201d") {
			t.Errorf("status %q, want it to name Atlantis", st)
		}
		noErrors(t, c)

		ctx, c = open(t, narrowWidth, "bilateral?a=FR&b=KZ")
		if st := waitStatus(t, ctx); !strings.Contains(st, "No shared events or agreements of France and Kazakhstan") {
			t.Errorf("status %q", st)
		}
		if !eval[bool](t, ctx, `document.getElementById("result").hidden`) {
			t.Error("the empty panels are shown beside the empty state")
		}
		noErrors(t, c)
	})

	t.Run("pair page events link to their evidence and source URLs", func(t *testing.T) {
		ctx, c := open(t, wideWidth, "bilateral?a=KZ&b=HU&from=2024")
		waitStatus(t, ctx)
		hrefs := eval[[]string](t, ctx, `[...document.querySelectorAll("#timeline .event a")].map(a => a.getAttribute("href"))`)
		joined := strings.Join(hrefs, " ")
		if !strings.Contains(joined, "event?id="+url.QueryEscape(fxMeeting.ID)) {
			t.Errorf("no link to the event page of the meeting in %v", hrefs)
		}
		for _, u := range []string{"https://example.org/en/astana-talks", "https://example.org/ru/astana-talks"} {
			if !strings.Contains(joined, u) {
				t.Errorf("no link to the source %s in %v", u, hrefs)
			}
		}
		// Follow the evidence link: the event page shows both reports.
		run(t, ctx, chromedp.Click(chromedp.CSS(`#timeline .event .meta a[href^="event?"]`)))
		waitStatus(t, ctx)
		ev := textOf(t, ctx, "#evidence")
		for _, want := range []string{fxMeetingEN, fxMeetingRU} {
			if !strings.Contains(ev, want) {
				t.Errorf("event page evidence %q lacks %q", ev, want)
			}
		}
		noErrors(t, c)
	})

	t.Run("network draws the countries and their ties and follows clicks", func(t *testing.T) {
		for _, w := range widths {
			ctx, c := open(t, w, "network")
			if st := waitStatus(t, ctx); st != "4 countries, 3 ties." {
				t.Fatalf("%d px: status %q", w, st)
			}
			nodes := eval[int](t, ctx, `window.dgNetwork.nodes().length`)
			edges := eval[int](t, ctx, `window.dgNetwork.edges().length`)
			if nodes != 4 || edges != 3 {
				t.Errorf("%d px: drew %d nodes and %d edges, want 4 and 3", w, nodes, edges)
			}
			if weight := eval[int](t, ctx, `window.dgNetwork.getElementById("HU-KZ").data("weight")`); weight != 4 { // the meeting, the visit and the two memoranda
				t.Errorf("%d px: HU-KZ weighs %d, want 4", w, weight)
			}
			noOverflow(t, ctx)
			screenshot(t, ctx, fmt.Sprintf("network-%d", w))
			noErrors(t, c)
		}

		ctx, c := open(t, wideWidth, "network?from=2024&to=2024")
		if st := waitStatus(t, ctx); st != "3 countries, 2 ties." {
			t.Errorf("from 2024 to 2024: status %q", st)
		}
		noErrors(t, c)
	})

	t.Run("network filters every edge by type and topic", func(t *testing.T) {
		// edges lists the drawn edges as id:events/agreements.
		const edgesJS = `window.dgNetwork.edges().map(e => e.id() + ":" + e.data("events") + "/" + e.data("agreements")).sort().join(" ")`
		tests := []struct {
			query, status, edges string
		}{
			// The memorandum was signed at the meeting: it is no phone call.
			{"type=PHONE_CALL", "2 countries, 1 tie.", "KG-KZ:1/0"},
			{"type=MEETING", "2 countries, 1 tie.", "HU-KZ:1/1"},
			{"type=VISIT", "2 countries, 1 tie.", "HU-KZ:1/1"},
			// Every agreement is a signing.
			{"type=SIGNING", "2 countries, 1 tie.", "HU-KZ:0/2"},
			// The schools memorandum has no topic of its own; its article is about education.
			{"topic=education", "2 countries, 1 tie.", "HU-KZ:1/1"},
			{"topic=industry", "2 countries, 1 tie.", "KZ-UZ:1/0"},
			// Energy is a topic of the Russian report of the meeting only.
			{"topic=energy", "2 countries, 1 tie.", "HU-KZ:1/0"},
			{"topic=water&type=PHONE_CALL", "2 countries, 1 tie.", "KG-KZ:1/0"},
		}
		for _, tt := range tests {
			ctx, c := open(t, wideWidth, "network?"+tt.query)
			if st := waitStatus(t, ctx); st != tt.status {
				t.Errorf("%s: status %q, want %q", tt.query, st, tt.status)
				continue
			}
			if got := eval[string](t, ctx, edgesJS); got != tt.edges {
				t.Errorf("%s: edges %s, want %s", tt.query, got, tt.edges)
			}
			noErrors(t, c)
		}
	})

	t.Run("network adds persons on demand and follows a click on one", func(t *testing.T) {
		// counts is the nodes and edges drawn, persons' apart.
		const countsJS = `(() => { const g = window.dgNetwork; return [g.nodes().length, g.edges().length,` +
			` g.nodes(".person").length, g.edges(".person-country").length, g.edges(".person-person").length]; })()`
		tests := []struct {
			query  string
			status string
			counts [5]int // nodes, edges, persons, person-country edges, person-person edges
		}{
			{"", "4 countries, 3 ties.", [5]int{4, 3, 0, 0, 0}},
			// KZ's minister: 4 countries; HU's, UZ's, KG's: 2 each; KZ's with each of the others.
			{"persons=1", "4 countries, 3 ties; 4 persons, 13 person ties.", [5]int{8, 16, 4, 10, 3}},
			// Meetings: the pair HU-KZ and its two ministers.
			{"persons=1&type=MEETING", "2 countries, 1 tie; 2 persons, 5 person ties.", [5]int{4, 6, 2, 4, 1}},
			// Twice or more: only HU-KZ, the KZ minister's tie to KZ and
			// HU, the HU minister's to both, and the two ministers' tie.
			{"persons=1&min=2", "2 countries, 1 tie; 2 persons, 5 person ties.", [5]int{4, 6, 2, 4, 1}},
		}
		for _, tt := range tests {
			for _, w := range widths {
				ctx, c := open(t, w, "network?"+tt.query)
				if st := waitStatus(t, ctx); st != tt.status {
					t.Errorf("%s at %d px: status %q, want %q", tt.query, w, st, tt.status)
					continue
				}
				if got := eval[[]int](t, ctx, countsJS); fmt.Sprint(got) != fmt.Sprint(tt.counts[:]) {
					t.Errorf("%s at %d px: drew %v (nodes, edges, persons, person-country, person-person), want %v", tt.query, w, got, tt.counts)
				}
				if on := eval[bool](t, ctx, `document.getElementById("persons").checked`); on != strings.Contains(tt.query, "persons=1") {
					t.Errorf("%s at %d px: the Persons box is ticked: %v", tt.query, w, on)
				}
				noOverflow(t, ctx)
				if tt.query == "persons=1" {
					screenshot(t, ctx, fmt.Sprintf("network-persons-%d", w))
				}
				noErrors(t, c)
			}
		}

		// Ticking the box and pressing Show adds the persons and puts them in the URL.
		ctx, c := open(t, wideWidth, "network")
		waitStatus(t, ctx)
		run(t, ctx, chromedp.Click(chromedp.CSS("#persons")), chromedp.Click(chromedp.CSS("#run")))
		poll(t, ctx, `document.getElementById("status").textContent.includes("4 persons") ? "yes" : ""`, "the persons never came")
		if loc := eval[string](t, ctx, `location.search`); loc != "?persons=1" {
			t.Errorf("URL after ticking Persons: %q, want ?persons=1", loc)
		}
		// A click on the Uzbek minister opens his page.
		clickAt(t, ctx, fmt.Sprintf(`(() => { const p = window.dgNetwork.getElementById(%q).renderedPosition();`+
			` const r = document.getElementById("cy").getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })()`, fxUZ.ID))
		waitPath(t, ctx, "/person")
		waitStatus(t, ctx)
		if h := textOf(t, ctx, "h1"); h != fxUZ.Name {
			t.Errorf("person page after the node click: heading %q", h)
		}
		noErrors(t, c)
	})

	t.Run("network edge and node clicks open the pair and the country", func(t *testing.T) {
		// A real mouse click in the middle of the HU-KZ edge opens the pair.
		ctx, c := open(t, wideWidth, "network")
		waitStatus(t, ctx)
		clickAt(t, ctx, `(() => { const p = window.dgNetwork.getElementById("HU-KZ").renderedMidpoint();`+
			` const r = document.getElementById("cy").getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })()`)
		waitPath(t, ctx, "/bilateral")
		if st := waitStatus(t, ctx); st != "" {
			t.Errorf("pair page after the edge click: status %q", st)
		}
		if n := count(t, ctx, "#timeline .event"); n != 2 {
			t.Errorf("pair page after the edge click: %d events, want 2", n)
		}
		noErrors(t, c)

		// A click on a node opens the country.
		ctx, c = open(t, wideWidth, "network")
		waitStatus(t, ctx)
		clickAt(t, ctx, `(() => { const p = window.dgNetwork.getElementById("UZ").renderedPosition();`+
			` const r = document.getElementById("cy").getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })()`)
		waitPath(t, ctx, "/country")
		waitStatus(t, ctx)
		if h := textOf(t, ctx, "h1"); h != "Uzbekistan (UZ)" {
			t.Errorf("country page after the node click: heading %q", h)
		}
		noErrors(t, c)
	})

	t.Run("country page shows counterparts over time and the calendar, linked on", func(t *testing.T) {
		for _, w := range widths {
			ctx, c := open(t, w, "country?code="+url.QueryEscape("Қазақстан"))
			if st := waitStatus(t, ctx); st != "" {
				t.Fatalf("%d px: status %q", w, st)
			}
			cp := textOf(t, ctx, "#counterparts")
			for _, want := range []string{"Hungary", "Kyrgyzstan", "Uzbekistan", "2023", "2024", "2025"} {
				if !strings.Contains(cp, want) {
					t.Errorf("%d px: counterparts %q lack %s", w, cp, want)
				}
			}
			if n := count(t, ctx, "#calendar .event"); n != 4 {
				t.Errorf("%d px: calendar has %d events, want 4", w, n)
			}
			if n := count(t, ctx, `#counterparts a[href="bilateral?a=KZ&b=HU"]`); n != 1 {
				t.Errorf("%d px: %d links to the pair KZ-HU, want 1", w, n)
			}
			if !strings.Contains(textOf(t, ctx, "#officials"), fxKZ.Name) {
				t.Errorf("%d px: officials lack %s", w, fxKZ.Name)
			}
			noOverflow(t, ctx)
			screenshot(t, ctx, fmt.Sprintf("country-%d", w))
			noErrors(t, c)
		}
	})

	t.Run("person page shows offices, counterparts and events", func(t *testing.T) {
		for _, w := range widths {
			ctx, c := open(t, w, "person?id="+url.QueryEscape(fxKZ.ID))
			if st := waitStatus(t, ctx); st != "" {
				t.Fatalf("%d px: status %q", w, st)
			}
			if h := textOf(t, ctx, "h1"); h != fxKZ.Name {
				t.Errorf("%d px: heading %q", w, h)
			}
			if o := textOf(t, ctx, "#offices"); !strings.Contains(o, "foreign affairs") || !strings.Contains(o, "2023") {
				t.Errorf("%d px: offices %q", w, o)
			}
			cp := textOf(t, ctx, "#counterparts")
			for _, p := range []string{fxHU.Name, fxUZ.Name, fxKG.Name} {
				if !strings.Contains(cp, p) {
					t.Errorf("%d px: counterparts %q lack %s", w, cp, p)
				}
			}
			if n := count(t, ctx, "#events .event"); n != 4 {
				t.Errorf("%d px: %d events, want 4", w, n)
			}
			noOverflow(t, ctx)
			screenshot(t, ctx, fmt.Sprintf("person-%d", w))
			noErrors(t, c)
		}
	})

	t.Run("event page shows participants and the evidence of every report with its source", func(t *testing.T) {
		for _, w := range widths {
			ctx, c := open(t, w, "event?id="+url.QueryEscape(fxMeeting.ID))
			if st := waitStatus(t, ctx); st != "" {
				t.Fatalf("%d px: status %q", w, st)
			}
			if p := textOf(t, ctx, "#participants"); !strings.Contains(p, fxKZ.Name) || !strings.Contains(p, fxHU.Name) {
				t.Errorf("%d px: participants %q", w, p)
			}
			hrefs := eval[[]string](t, ctx, `[...document.querySelectorAll("#evidence a")].map(a => a.href)`)
			if strings.Join(hrefs, " ") != "https://example.org/en/astana-talks https://example.org/ru/astana-talks" &&
				strings.Join(hrefs, " ") != "https://example.org/ru/astana-talks https://example.org/en/astana-talks" {
				t.Errorf("%d px: evidence sources %v", w, hrefs)
			}
			noOverflow(t, ctx)
			screenshot(t, ctx, fmt.Sprintf("event-%d", w))
			noErrors(t, c)
		}
		ctx, c := open(t, narrowWidth, "event?id=no-such-event")
		if st := waitStatus(t, ctx); !strings.Contains(st, "no event") {
			t.Errorf("unknown event: status %q", st)
		}
		noErrors(t, c)
	})

	t.Run("every page at both widths: no cut-off table, no sideways scroll, no console error", func(t *testing.T) {
		pages := []struct {
			name, path string
			wait       bool // the page has a status line to wait for
		}{
			{"graphiql", "", false},
			{"network-empty-filter", "network?from=2030", true},
			{"bilateral-form", "bilateral", true},
			{"bilateral-all", "bilateral?a=KZ&b=HU", true},
			{"bilateral-unknown", "bilateral?a=Atlantis&b=KZ", true},
			{"country-hu", "country?code=HU", true},
			{"country-unknown", "country?code=Atlantis", true},
			{"person-hu", "person?id=" + url.QueryEscape(fxHU.ID), true},
			{"person-unknown", "person?id=nobody", true},
			{"event-visit", "event?id=" + url.QueryEscape(fxVisit.ID), true},
			{"404", "no/such/page", false},
		}
		for _, p := range pages {
			for _, w := range widths {
				ctx, c := open(t, w, p.path)
				if p.wait {
					waitStatus(t, ctx)
				} else {
					poll(t, ctx, `document.readyState === "complete" && document.querySelector(".topbar") ? "yes" : ""`, p.name+" never loaded")
				}
				if p.name == "graphiql" {
					poll(t, ctx, `document.querySelector(".graphiql-container") ? "yes" : ""`, "GraphiQL never drew")
				}
				noOverflow(t, ctx)
				screenshot(t, ctx, fmt.Sprintf("all-%s-%d", p.name, w))
				for _, e := range c.list() {
					// The 404 page's own status is the one error it should report.
					if p.name == "404" && strings.Contains(e, "status of 404") && strings.HasSuffix(e, "/"+p.path) {
						continue
					}
					t.Errorf("%s at %d px: browser reported: %s", p.name, w, e)
				}
			}
		}
	})

	t.Run("unknown paths give a 404 page with a way back", func(t *testing.T) {
		for _, p := range []string{"no/such/page", "bilateral/x"} {
			resp, err := http.Get(s.base + p)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s: status %d, want 404", p, resp.StatusCode)
			}
			ctx, _ := s.tab(t, narrowWidth)
			run(t, ctx, chromedp.Navigate(s.base+p))
			if h := textOf(t, ctx, "h1"); h != "Page not found" {
				t.Errorf("%s: heading %q", p, h)
			}
			noOverflow(t, ctx)
			screenshot(t, ctx, "404-"+strings.ReplaceAll(p, "/", "-"))
			run(t, ctx, chromedp.Click(chromedp.CSS("#back")))
			waitPath(t, ctx, "/network")
		}
		// A page with a trailing slash goes to the page, query kept.
		ctx, c := s.tab(t, wideWidth)
		run(t, ctx, chromedp.Navigate(s.base+"bilateral/?a=KZ&b=HU"))
		waitPath(t, ctx, "/bilateral")
		if n := count(t, ctx, "#timeline .event"); n != 2 {
			waitStatus(t, ctx)
			if n = count(t, ctx, "#timeline .event"); n != 2 {
				t.Errorf("/bilateral/?a=KZ&b=HU: %d events, want 2", n)
			}
		}
		noErrors(t, c)
	})
}

// clickAt clicks the mouse at the viewport point [x, y] that js returns.
func clickAt(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	xy := eval[[]float64](t, ctx, js)
	if len(xy) != 2 {
		t.Fatalf("no point to click: %v", xy)
	}
	run(t, ctx, chromedp.MouseClickXY(xy[0], xy[1]))
}
