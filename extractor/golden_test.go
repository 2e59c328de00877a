package extractor_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

var (
	sharedOnce sync.Once
	shared     *extractor.Extractor
)

// newExtractor returns one Extractor for all tests: it is safe for
// concurrent use and its tables are built once.
func newExtractor(tb testing.TB) *extractor.Extractor {
	tb.Helper()
	sharedOnce.Do(func() { shared = extractor.New(extractor.Options{}) })
	return shared
}

// TestGolden extracts every testdata/*.txt article and compares the facts
// with testdata/*.golden.json; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	x := newExtractor(t)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			f, err := x.Extract(diplograph.Article{Text: string(text), File: filepath.Base(file)})
			if err != nil {
				t.Fatal(err)
			}
			checkFacts(t, string(text), f)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(f); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("facts differ from %s (run go test -update and review the diff):\n%s", golden, buf.String())
			}
		})
	}
}

// checkFacts checks what every extraction must satisfy: non-nil slices,
// valid document, evidence that is a sentence of the text at its offsets.
func checkFacts(t *testing.T, text string, f diplograph.Facts) {
	t.Helper()
	if f.Ministers == nil || f.Persons == nil || f.Countries == nil || f.Events == nil || f.Agreements == nil || f.Topics == nil {
		t.Fatalf("nil slice in facts: %+v", f)
	}
	doc := diplograph.Document{Article: diplograph.Article{ID: f.ArticleID, Text: text}, Facts: f}
	if err := doc.Validate(); err != nil {
		t.Errorf("invalid facts: %v", err)
	}
	ev := func(what string, es ...diplograph.Evidence) {
		for _, e := range es {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Sentence {
				t.Errorf("%s: evidence %d..%d does not match the text: %q", what, e.Start, e.End, e.Sentence)
			}
		}
	}
	for _, p := range append(append([]diplograph.Person{}, f.Ministers...), f.Persons...) {
		ev("person "+p.Latin, p.Evidence...)
	}
	primaries := 0
	for _, e := range f.Events {
		ev("event "+e.Title, e.Evidence...)
		if e.Primary {
			primaries++
		}
		if len(e.Countries) < 1 {
			t.Errorf("event %s without countries", e.Title)
		}
	}
	if len(f.Events) > 0 && primaries != 1 {
		t.Errorf("%d primary events, want 1", primaries)
	}
	for _, a := range f.Agreements {
		ev("agreement "+a.Title, a.Evidence...)
	}
	for _, e := range f.CountryEvidence {
		ev("country", e)
	}
	for _, e := range f.TopicEvidence {
		ev("topic", e)
	}
}
