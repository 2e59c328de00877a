//go:build unix

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/ingest"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// shardPartners are the counterparts of Kazakhstan in the sharded corpus,
// with the Latin names of their invented ministers' first and last names.
var shardPartners = []struct{ country, first, last string }{
	{"Hungary", "Gabor", "Keleti"}, {"Uzbekistan", "Sardor", "Yuldashev"}, {"Kyrgyzstan", "Almaz", "Toktogulov"},
	{"Azerbaijan", "Elchin", "Mammadli"}, {"Georgia", "Levan", "Beridze"}, {"Turkey", "Emre", "Kaplan"},
	{"Poland", "Marek", "Zielinski"}, {"Austria", "Lukas", "Brunner"}, {"Finland", "Mikko", "Laaksonen"},
	{"Italy", "Paolo", "Ferrante"}, {"Greece", "Nikos", "Papadakis"}, {"Mongolia", "Bat", "Erdene"},
}

var shardHosts = []struct{ first, last string }{
	{"Aidar", "Temirkhanov"}, {"Berik", "Abenov"}, {"Daniyar", "Zhaksylykov"}, {"Yerlan", "Omarov"}, {"Kanat", "Kassymov"},
}

// shardArticle is one line of the corpus's JSON Lines file.
type shardArticle struct {
	URL       string `json:"url"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// shardCorpus writes a corpus of n events, each reported by two articles
// that fall into different shards of two (ingest.ShardOf): one dated on
// the day of the talks, one published the day after without a date (so
// dated the day after by the extractor: the two have different extracted
// ids and are one event only through resolution); every third event has a
// third report, dated the day after, in the first article's shard. It
// returns the file and the number of articles.
func shardCorpus(t *testing.T, n int) (string, int) {
	t.Helper()
	day0 := time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)
	var lines []string
	add := func(event int, kind string, shard int, published, text string) {
		for salt := 0; ; salt++ {
			url := fmt.Sprintf("https://news.example.org/shards/%03d/%s/%d", event, kind, salt)
			if ingest.ShardOf(diplograph.ArticleID(url, text), 2) == shard {
				b, _ := json.Marshal(shardArticle{URL: url, Published: published, Text: text})
				lines = append(lines, string(b))
				return
			}
		}
	}
	for k := range n {
		p := shardPartners[k%len(shardPartners)]
		h := shardHosts[(k/len(shardPartners))%len(shardHosts)]
		// A host and a guest of their own for each event: no two events
		// share a participant, so each report can only join its own.
		host := fmt.Sprintf("%s %s", h.first, h.last)
		guest := fmt.Sprintf("%s %s", p.first, p.last)
		if k >= len(shardPartners)*len(shardHosts) {
			t.Fatalf("shardCorpus: at most %d events", len(shardPartners)*len(shardHosts))
		}
		day := day0.AddDate(0, 0, 2*k)
		next := day.AddDate(0, 0, 1)
		iso, nextISO := day.Format("2006-01-02"), next.Format("2006-01-02")
		first := k % 2 // the shard of the dated report
		add(k, "dated", first, iso, fmt.Sprintf(
			"Kazakhstan and %[1]s hold talks in Astana\n\nOn %[2]s in Astana, Minister of Foreign Affairs of Kazakhstan %[3]s held talks with Minister of Foreign Affairs of %[1]s %[4]s.\n\nThe ministers discussed trade, transport corridors and cooperation in higher education.",
			p.country, day.Format("2 January 2006"), host, guest))
		add(k, "undated", 1-first, nextISO, fmt.Sprintf(
			"Kazakhstan and %[1]s agree to widen transport links\n\nMinister of Foreign Affairs of Kazakhstan %[2]s and Minister of Foreign Affairs of %[1]s %[3]s held talks in Astana, the ministry said.\n\nThe sides agreed to prepare a road map on transport and logistics.",
			p.country, host, guest))
		if k%3 == 0 {
			add(k, "next", first, next.AddDate(0, 0, 1).Format("2006-01-02"), fmt.Sprintf(
				"Astana and %[1]s to draft a logistics road map\n\nOn %[2]s in Astana, Minister of Foreign Affairs of Kazakhstan %[3]s met Minister of Foreign Affairs of %[1]s %[4]s.\n\nThe ministers reviewed the schedule of joint projects.",
				p.country, next.Format("2 January"), host, guest))
		}
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, len(lines)
}

// ingestProcesses runs one `diplograph ingest` process for each argument
// list, all at once, and fails the test unless each ends with exit code 0.
func ingestProcesses(t *testing.T, env map[string]string, argLists ...[]string) {
	t.Helper()
	type proc struct {
		cmd  *exec.Cmd
		out  fmt.Stringer
		done chan error
	}
	var ps []proc
	for _, args := range argLists {
		cmd, out := startCommand(t, env, nil, append([]string{"ingest"}, args...)...)
		p := proc{cmd, out, make(chan error, 1)}
		go func() { p.done <- p.cmd.Wait() }()
		ps = append(ps, p)
	}
	for i, p := range ps {
		select {
		case err := <-p.done:
			if err != nil {
				t.Errorf("ingest %v: %v\n%s", argLists[i], err, p.out)
			}
		case <-time.After(5 * time.Minute):
			_ = p.cmd.Process.Kill()
			t.Fatalf("ingest %v still running after 5 minutes:\n%s", argLists[i], p.out)
		}
	}
}

// TestShardedIngestFingerprint: two `diplograph ingest` processes, each
// given the whole corpus and its own --shard of two, running at once,
// leave the same graph (neo4jstore.Snapshot: every node and relationship
// with its properties but the time of writing) as one process ingesting
// the whole corpus, although every event of the corpus is reported by
// articles of both shards and is one event only through resolution.
// Small batches make the two processes interleave their writes often.
func TestShardedIngestFingerprint(t *testing.T) {
	env := testEnv(t)
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK {
		t.Fatalf("migrate: %d %s", code, errs)
	}
	const events = 48
	path, articles := shardCorpus(t, events)
	s := testStore(t)
	ctx := context.Background()

	ingestProcesses(t, env, []string{"--batch-size", "4", path})
	want, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The corpus is what it says: every event is one node, reported by
	// articles of both shards.
	reports, err := s.EventReports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c[neo4jstore.LabelArticle] != articles || len(reports) != events {
		t.Fatalf("one process: %d articles and %d events, want %d and %d", c[neo4jstore.LabelArticle], len(reports), articles, events)
	}
	for id, n := range reports {
		if n < 2 {
			t.Errorf("event %s has %d report(s), want 2 or 3", id, n)
		}
	}

	neo4jtest.Wipe(t, s)
	if code, _, errs := run(t, env, "", "migrate"); code != ExitOK { // countries and topics again
		t.Fatalf("migrate: %d %s", code, errs)
	}
	ingestProcesses(t, env,
		[]string{"--batch-size", "4", "--shard", "0/2", path},
		[]string{"--batch-size", "4", "--shard", "1/2", path})
	got, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		if r, err := s.EventReports(ctx); err == nil {
			t.Logf("two processes: %d events, want %d", len(r), events)
		}
		t.Errorf("two shards at once differ from one process (%d vs %d lines):%s", len(got), len(want), snapshotDiff(want, got))
	}
}

// snapshotDiff lists the lines of want missing from got and those of got
// not in want (at most ten of each).
func snapshotDiff(want, got []string) string {
	var b strings.Builder
	for _, x := range []struct {
		sign     string
		from, in []string
	}{{"-", want, got}, {"+", got, want}} {
		n := 0
		for _, l := range x.from {
			if _, found := slices.BinarySearch(x.in, l); !found {
				if n++; n <= 10 {
					fmt.Fprintf(&b, "\n%s %.300s", x.sign, l)
				}
			}
		}
		if n > 10 {
			fmt.Fprintf(&b, "\n%s ... %d more", x.sign, n-10)
		}
	}
	return b.String()
}
