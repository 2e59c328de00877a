package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/segment"
)

// benchText joins the kept bodies of the test articles, with a few
// boilerplate lines after each paragraph but no "more news" marker (which
// would end the body), and repeats them to about 1 MB.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob("testdata/*.txt")
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(raw)
		d := segment.Segment(text, "")
		for _, p := range d.Body {
			sb.WriteString(text[p.Start:p.End])
			sb.WriteString("\n\nФото: пресс-служба\n1520\n\n")
		}
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
