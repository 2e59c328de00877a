package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/segment"
)

// benchText joins the test articles and repeats them to about 1 MB.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob("testdata/*.txt")
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		// Keep the part before the first "more news" marker, so that the
		// whole repeated text stays body.
		s := string(raw)
		for _, m := range []string{"\nПоделиться", "\nОқи отырыңыз", "\nShare this", "\nАвтор:"} {
			if i := strings.Index(s, m); i >= 0 {
				s = s[:i]
			}
		}
		sb.WriteString(s)
		sb.WriteString("\n\n")
	}
	return strings.Repeat(sb.String(), 1<<20/sb.Len()+1)
}

func BenchmarkSegment(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		segment.Segment(text, "")
	}
}

func BenchmarkDetectLanguage(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		segment.DetectLanguage(text)
	}
}
