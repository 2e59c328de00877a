package segment_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extractor/segment"
)

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
