package extractor_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
)

// BenchmarkExtract extracts the fixture articles in turn; the throughput
// is reported in MB/s of article text.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var arts []diplograph.Article
	total := 0
	for _, file := range files {
		t, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, diplograph.Article{Text: string(t), File: file})
		total += len(t)
	}
	if len(arts) == 0 {
		b.Skip("no fixtures")
	}
	x := newExtractor(b)
	b.Run("fixtures", func(b *testing.B) {
		b.SetBytes(int64(total / len(arts)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := x.Extract(arts[i%len(arts)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	// One long article: the fixtures of one language run together.
	var long strings.Builder
	for _, a := range arts {
		if strings.HasPrefix(filepath.Base(a.File), "ru_") {
			long.WriteString(a.Text)
			long.WriteString("\n\n")
		}
	}
	art := diplograph.Article{Text: long.String()}
	b.Run("long", func(b *testing.B) {
		b.SetBytes(int64(len(art.Text)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := x.Extract(art); err != nil {
				b.Fatal(err)
			}
		}
	})
}
