package gen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// jsonLine is one article of the JSON Lines output, in the input format of
// `diplograph ingest`.
type jsonLine struct {
	URL       string `json:"url"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Language  string `json:"language"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// WriteJSONL writes every article of g to w, one JSON object a line, and
// returns how many it wrote.
func WriteJSONL(w io.Writer, g *Generator) (int, error) {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n := 0
	for {
		a, ok := g.Next()
		if !ok {
			break
		}
		if err := enc.Encode(jsonLine{a.URL, a.Source, a.Title, a.Language, a.Published, a.Text}); err != nil {
			return n, fmt.Errorf("gen: write: %w", err)
		}
		n++
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("gen: write: %w", err)
	}
	return n, nil
}

// WriteDir writes every article of g into dir (created if needed) as a
// text file with a `date YYYY-MM-DD` header, in subdirectories of 1000
// files, and returns how many it wrote.
func WriteDir(dir string, g *Generator) (int, error) {
	n := 0
	for {
		a, ok := g.Next()
		if !ok {
			return n, nil
		}
		sub := filepath.Join(dir, fmt.Sprintf("%03d", n/1000))
		if n%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return n, fmt.Errorf("gen: %w", err)
			}
		}
		name := filepath.Join(sub, fmt.Sprintf("%06d_%s.txt", n, a.Language))
		text := "date " + a.Published + "\n\n" + a.Text + "\n"
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return n, fmt.Errorf("gen: %w", err)
		}
		n++
	}
}
