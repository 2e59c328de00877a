package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extractor/segment"
)

func TestSegmentPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for name, text := range map[string]string{
		"guillemets":   strings.Repeat("«а ", 100000),
		"closing":      strings.Repeat("а» ", 100000),
		"straight":     strings.Repeat(" \"а", 100000),
		"curly":        strings.Repeat(" “а „б", 50000),
		"dots":         strings.Repeat(".", 300000),
		"dots spaced":  strings.Repeat(". ", 150000),
		"one line":     strings.Repeat("Министры встретились в Астане. ", 20000),
		"many lines":   strings.Repeat("Фото: А\n", 50000),
		"short lines":  strings.Repeat("Новость дня\n", 50000),
		"abbreviation": strings.Repeat("т.е. ", 100000),
	} {
		start := time.Now()
		d := segment.Segment(text, "")
		if el := time.Since(start); el > 3*time.Second {
			t.Errorf("%s: Segment took %v on %d bytes", name, el, len(text))
		}
		checkDoc(t, text, d)
	}
}

func FuzzSegment(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "date 2024-01-01", " date 2024-01-01 «", "«»", "\"\"\"", "«a «b» c", "a. B", "\xff\xfe\n\xd0", "Фото:\n", "т.е.\nА.", "«x y», – z."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		done := make(chan segment.Doc, 1)
		go func() { done <- segment.Segment(text, "") }()
		select {
		case d := <-done:
			checkDoc(t, text, d)
		case <-time.After(5 * time.Second):
			t.Fatalf("Segment did not return within 5s on %d bytes", len(text))
		}
	})
}
