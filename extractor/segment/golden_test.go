package segment_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenDoc is the readable form of a Doc kept in testdata/*.golden.json.
type goldenDoc struct {
	Language  string           `json:"language"`
	Published string           `json:"published"`
	Title     string           `json:"title"`
	Body      []string         `json:"body"`
	Sentences []goldenSentence `json:"sentences"`
}

type goldenSentence struct {
	Para  int    `json:"para"`
	Quote bool   `json:"quote,omitempty"`
	Text  string `json:"text"`
}

func TestSegmentGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			d := segment.Segment(text, "")
			checkDoc(t, text, d)
			g := goldenDoc{Language: d.Language, Published: d.Header.Published, Title: d.Title}
			for _, p := range d.Body {
				g.Body = append(g.Body, text[p.Start:p.End])
			}
			for _, s := range d.Sentences {
				g.Sentences = append(g.Sentences, goldenSentence{s.Para, s.Quote, s.Text})
			}
			out, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("Segment(%s) differs from %s:\n%s", file, golden, out)
			}
		})
	}
}

// checkDoc checks the invariants of a Doc: spans in order and inside the
// text, sentences inside their paragraphs, Text equal to the text at the
// offsets.
func checkDoc(t testing.TB, text string, d segment.Doc) {
	t.Helper()
	prev := d.Header.BodyStart
	if prev < 0 || prev > len(text) {
		t.Fatalf("BodyStart %d out of range", prev)
	}
	for i, p := range d.Body {
		if p.Start < prev || p.End <= p.Start || p.End > len(text) {
			t.Fatalf("paragraph %d: bad span %+v (previous end %d, len %d)", i, p, prev, len(text))
		}
		prev = p.End
	}
	prevS := 0
	for i, s := range d.Sentences {
		if s.Para < 0 || s.Para >= len(d.Body) {
			t.Fatalf("sentence %d: paragraph %d out of range", i, s.Para)
		}
		p := d.Body[s.Para]
		if s.Start < p.Start || s.End > p.End || s.End <= s.Start || s.Start < prevS {
			t.Fatalf("sentence %d %+v outside paragraph %+v or out of order", i, s, p)
		}
		prevS = s.End
		if text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d: Text %q is not text[%d:%d]", i, s.Text, s.Start, s.End)
		}
	}
	switch d.Language {
	case "ru", "kk", "en":
	default:
		t.Fatalf("language %q", d.Language)
	}
}
