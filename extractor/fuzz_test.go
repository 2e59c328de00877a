package extractor_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
)

// FuzzExtract runs the whole pipeline on arbitrary text: no panic, a
// bounded time, valid facts with evidence at valid offsets, and an
// EINVALID error exactly for empty or invalid UTF-8 input.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Add("министр иностранных дел РК встретился с министром")
	f.Add("«»—– . , Мәскеуде 2025 жылы 10 қазанда кездесті")
	f.Add("date 2024-01-01\nMinister of of of Foreign Minister , , and")
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		start := time.Now()
		facts, err := x.Extract(diplograph.Article{Text: text})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("extraction took %v", d)
		}
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
			if diplograph.ErrorCode(err) != diplograph.EINVALID {
				t.Fatalf("want EINVALID, got %v", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		checkFacts(t, text, facts)
	})
}
