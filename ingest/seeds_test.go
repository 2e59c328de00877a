package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/ingest"
)

// seedPaths returns the paths of the shared seed articles whose names
// start with the given numbers; the test fails under CI when they are
// missing (CI lays ../shared beside the clone) and is skipped elsewhere.
func seedPaths(t *testing.T, numbers ...string) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "seeds")
	var out []string
	for _, n := range numbers {
		m, _ := filepath.Glob(filepath.Join(dir, n+"_*.txt"))
		if len(m) != 1 {
			if os.Getenv("CI") == "true" {
				t.Fatalf("seed article %s not found in %s", n, dir)
			}
			t.Skipf("seed article %s not found in %s", n, dir)
		}
		out = append(out, m[0])
	}
	return out
}

// eventsOfType returns the snapshot lines of the event nodes of type typ.
func eventsOfType(snap []string, typ string) []string {
	var out []string
	for _, l := range snap {
		if strings.HasPrefix(l, "node [Event]") && strings.Contains(l, `"type":"`+typ+`"`) {
			out = append(out, l)
		}
	}
	return out
}

// The seed articles 000 (Russian, no date anywhere) and 001 (Kazakh, dated)
// report one session of a subcommission and the meeting of its two
// co-chairs. In one run or two, in either order, the graph holds one
// session and one meeting of the co-chairs, each reported by both.
func TestSeedReportsOfOneSession(t *testing.T) {
	paths := seedPaths(t, "000", "001")
	for _, tt := range []struct {
		name  string
		order []string
		runs  bool // one run per article
	}{
		{"one run", paths, false},
		{"one run, reversed", []string{paths[1], paths[0]}, false},
		{"two runs", paths, true},
		{"two runs, reversed", []string{paths[1], paths[0]}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t)
			var last ingest.Summary
			if tt.runs {
				for _, p := range tt.order {
					last = ingestPaths(t, realPipeline(s, 200), p)
				}
			} else {
				last = ingestPaths(t, realPipeline(s, 200), tt.order...)
			}
			// The summary of the run that read the second report counts
			// the three events it shares with the first.
			if last.MergedEvents != 3 {
				t.Errorf("summary counts %d events merged across articles, want 3", last.MergedEvents)
			}
			snap := snapshot(t, s)
			sessions := eventsOfType(snap, "COMMISSION_SESSION")
			if len(sessions) != 1 {
				t.Fatalf("%d sessions, want 1:\n%s", len(sessions), strings.Join(sessions, "\n"))
			}
			reports, err := s.EventReports(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			twice := 0
			for _, n := range reports {
				if n == 2 {
					twice++
				}
			}
			// The session, the co-chairs' meeting and the Days of Culture
			// both articles tell.
			if twice != 3 {
				t.Errorf("%d events reported by both articles, want 3 (session, meeting, Days): %v", twice, reports)
			}
		})
	}
}

// Deleting the undated report's partner leaves the graph as if only the
// undated report had been ingested.
func TestSeedDeleteUnmerges(t *testing.T) {
	paths := seedPaths(t, "000", "001")
	s := openStore(t)
	ingestPaths(t, realPipeline(s, 200), paths[0])
	alone := snapshot(t, s)
	p := realPipeline(s, 200)
	ingestPaths(t, p, paths[1])
	var added []string
	for _, l := range snapshot(t, s) {
		if strings.HasPrefix(l, "node [Article]") && !slices.ContainsFunc(alone, func(a string) bool {
			return strings.HasPrefix(a, "node [Article] "+strings.Fields(l)[2]+" ")
		}) {
			added = append(added, strings.Fields(l)[2])
		}
	}
	if len(added) != 1 {
		t.Fatalf("articles added: %v", added)
	}
	if _, err := p.DeleteArticle(context.Background(), added[0]); err != nil {
		t.Fatal(err)
	}
	if after := snapshot(t, s); !slices.Equal(alone, after) {
		t.Errorf("graph after delete differs: %s", firstDiff(alone, after))
	}
}
