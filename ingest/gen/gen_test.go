package gen_test

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/ingest/gen"
)

func corpus(t *testing.T, n int, seed uint64) string {
	t.Helper()
	var b bytes.Buffer
	got, err := gen.WriteJSONL(&b, gen.New(gen.Options{N: n, Rand: rand.New(rand.NewPCG(seed, 0))}))
	if err != nil {
		t.Fatal(err)
	}
	if got != n {
		t.Fatalf("wrote %d articles, want %d", got, n)
	}
	return b.String()
}

func TestGenerate(t *testing.T) {
	a := corpus(t, 300, 7)
	t.Run("deterministic for a seed", func(t *testing.T) {
		if b := corpus(t, 300, 7); a != b {
			t.Error("two corpora of one seed differ")
		}
		if c := corpus(t, 300, 8); a == c {
			t.Error("corpora of two seeds are equal")
		}
	})
	t.Run("three languages, valid lines", func(t *testing.T) {
		lines := strings.Split(strings.TrimSpace(a), "\n")
		if len(lines) != 300 {
			t.Fatalf("%d lines", len(lines))
		}
		for _, l := range []string{`"language":"ru"`, `"language":"kk"`, `"language":"en"`} {
			if !strings.Contains(a, l) {
				t.Errorf("no %s article", l)
			}
		}
		if !utf8.ValidString(a) {
			t.Error("not UTF-8")
		}
	})
	t.Run("events reported more than once", func(t *testing.T) {
		if !strings.Contains(a, "-000001-1\"") {
			// the url of a second report of an event ends in -1
			if !strings.Contains(a, "-1\",\"source\"") {
				t.Error("no event has a second report")
			}
		}
	})
}
