package ingest_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/ingest"
)

func walk(t *testing.T, opt ingest.ReadOptions, paths ...string) []ingest.Item {
	t.Helper()
	var items []ingest.Item
	if err := ingest.Walk(context.Background(), paths, opt, func(it ingest.Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return items
}

func TestReadTXT(t *testing.T) {
	tests := []struct {
		name, text, published, wantPublished string
		wantErr                              string
	}{
		{name: "header sets published", text: "date 2025-03-14\n\nText.", wantPublished: "2025-03-14"},
		{name: "header after blank lines", text: "\n\ndate 2025-03-14\nText.", wantPublished: "2025-03-14"},
		{name: "no header keeps the flag", text: "Text without header.", published: "2020-01-02", wantPublished: "2020-01-02"},
		{name: "header wins over the flag", text: "date 2025-03-14\nText.", published: "2020-01-02", wantPublished: "2025-03-14"},
		{name: "bad header date is text", text: "date 2025-13-40\nText.", wantPublished: ""},
		{name: "empty", text: " \n\t\n", wantErr: "empty article"},
		{name: "invalid UTF-8", text: "a\xffb", wantErr: "not valid UTF-8"},
		{name: "oversized", text: strings.Repeat("x", 101), wantErr: "larger than 100 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ingest.ReadTXT(strings.NewReader(tt.text), "dir/a.txt", ingest.ReadOptions{Published: tt.published, MaxBytes: 100, Source: "S"})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				var e *diplograph.Error
				if !errors.As(err, &e) || e.File != "dir/a.txt" || e.Code != diplograph.EINVALID {
					t.Errorf("err = %#v, want an EINVALID *diplograph.Error naming the file", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tt.wantPublished || a.Text != tt.text || a.File != "dir/a.txt" || a.Source != "S" {
				t.Errorf("got %+v", a)
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"text": "First article.", "url": "https://x.org/1", "source": "X", "title": "T", "language": "RU", "published": "2024-05-06T10:00:00Z"}`,
		``,
		`{"text": "broken`,
		`{"url": "https://x.org/3"}`,
		`{"text": "Third.", "published": "last week"}`,
		`{"text": "Fourth."} {"text": "more"}`,
		`{"text": "` + strings.Repeat("y", 300) + `"}`,
		"{\"text\": \"bad \xff utf8\"}",
		`{"text": "   "}`,
		`{"text": "` + strings.Repeat("z", 70000) + `"}`,
		`{"text": "Last, without newline, takes the default date."}`,
	}, "\n")
	var items []ingest.Item
	err := ingest.ReadJSONL(context.Background(), strings.NewReader(in), "in.jsonl",
		ingest.ReadOptions{MaxBytes: 100, Published: "2001-02-03", Source: "Default"}, func(it ingest.Item) error {
			items = append(items, it)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		line int
		err  string
	}
	wants := []want{{1, ""}, {3, "malformed JSON"}, {4, `no "text"`}, {5, "not a date"}, {6, "more than one value"},
		{7, "larger than 100 bytes"}, {8, "not valid UTF-8"}, {9, "empty article"}, {10, "longer than"}, {11, ""}}
	if len(items) != len(wants) {
		t.Fatalf("%d items, want %d: %+v", len(items), len(wants), items)
	}
	for i, w := range wants {
		it := items[i]
		if w.err == "" {
			if it.Err != nil {
				t.Errorf("line %d: %v", w.line, it.Err)
			}
			if it.Article.Line != w.line || it.Article.File != "in.jsonl" {
				t.Errorf("line %d: article at %s:%d", w.line, it.Article.File, it.Article.Line)
			}
			continue
		}
		var e *diplograph.Error
		if !errors.As(it.Err, &e) || e.Line != w.line || e.File != "in.jsonl" || !strings.Contains(e.Error(), w.err) {
			t.Errorf("line %d: err = %v, want %q at in.jsonl:%d", w.line, it.Err, w.err, w.line)
		}
	}
	first := items[0].Article
	if first.URL != "https://x.org/1" || first.Source != "X" || first.Title != "T" || first.Language != "ru" || first.Published != "2024-05-06" {
		t.Errorf("first article: %+v", first)
	}
	last := items[len(items)-1].Article
	if last.Published != "2001-02-03" || last.Source != "Default" {
		t.Errorf("defaults not applied: %+v", last)
	}
}

func TestReadHTML(t *testing.T) {
	tests := []struct {
		file                  string
		title, url, published string
		contains, notContains []string
	}{
		{
			file: "page.html", title: "Kazakhstan and Egypt sign a health memorandum",
			url: "https://example.org/press/kz-eg-health", published: "2024-04-18",
			contains:    []string{"Minister of Health of Kazakhstan Dana Ermekova", "exchanges of medical specialists"},
			notContains: []string{"Home", "Popular", "Another headline", "Photo: press service", "tracker", "font-family", "All rights reserved"},
		},
		{
			file: "br.html", title: "Visit to Tashkent",
			contains:    []string{"Arman Zhaksybekov", "border trade centre"},
			notContains: []string{"Contacts", "Subscribe"},
		},
		{
			file: "dense.html", title: "Talks in Baku", url: "https://example.org/baku-talks",
			contains:    []string{"Timur Seitkazin", "renewable energy"},
			notContains: []string{"About", "Read also"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			items := walk(t, ingest.ReadOptions{}, filepath.Join("testdata", "html", tt.file))
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("items: %+v", items)
			}
			a := items[0].Article
			if a.Title != tt.title || a.URL != tt.url || a.Published != tt.published {
				t.Errorf("title %q url %q published %q", a.Title, a.URL, a.Published)
			}
			if !strings.HasPrefix(a.Text, tt.title) {
				t.Errorf("text does not start with the title: %q", a.Text)
			}
			for _, s := range tt.contains {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.notContains {
				if strings.Contains(a.Text, s) {
					t.Errorf("text has %q:\n%s", s, a.Text)
				}
			}
		})
	}
}

func TestWalkDirectory(t *testing.T) {
	items := walk(t, ingest.ReadOptions{}, filepath.Join("testdata", "bad"), filepath.Join("testdata", "missing.txt"))
	var good, bad []string
	for _, it := range items {
		if it.Err != nil {
			bad = append(bad, it.Err.Error())
		} else {
			good = append(good, filepath.Base(it.Article.File))
		}
	}
	if len(good) != 2 {
		t.Errorf("good: %v", good)
	}
	for _, want := range []string{"empty.txt: ", "lines.jsonl:2: ", "lines.jsonl:3: ", "not_utf8.txt: ", "missing.txt: "} {
		found := false
		for _, b := range bad {
			if strings.Contains(b, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no error naming %q in %q", want, bad)
		}
	}
	if n := ingest.Count([]string{filepath.Join("testdata", "bad")}); n != 6 {
		t.Errorf("Count = %d, want 6 (3 files + 3 lines)", n)
	}
}

func TestReadHTMLInWindows1251(t *testing.T) {
	page := `<html><head><meta charset="windows-1251"><title>Переговоры в Баку</title></head><body><article>` +
		`<p>3 октября 2023 года в Баку министр энергетики Казахстана Тимур Сейтказин провел переговоры.</p></article></body></html>`
	enc, err := charmap.Windows1251.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ingest.ReadHTML(strings.NewReader(enc), "cp1251.html", ingest.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Переговоры в Баку" || !strings.Contains(a.Text, "министр энергетики Казахстана") {
		t.Errorf("got %+v", a)
	}
}
