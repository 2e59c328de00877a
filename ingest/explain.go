package ingest

import (
	"sort"

	"github.com/diplograph/diplograph"
)

// Explain says why the reports of the event id are one event: docs are
// the stored documents of the articles that report it (as
// EventFinder.ReportingDocuments gives them), and the answer is every
// pair of those articles whose reports of the event the rules match, with
// the rule in words, by article. Two reports no rule matches directly are
// one through others (the event is a connected group); reports of one
// article are not paired. It reads the facts only, so that the answer does
// not depend on the order in which the articles came. window is the
// resolution's window in days (0: DefaultWindowDays).
func Explain(docs []diplograph.StoredDocument, id string, window int) []diplograph.EventMerge {
	if window <= 0 {
		window = DefaultWindowDays
	}
	var reps, mine []resolved
	for di, sd := range docs {
		art := articleOf(sd.Document)
		for i, e := range sd.Facts.Events {
			r := reportOf(di, art, e, publishedOf(sd.Document))
			reps = append(reps, r)
			if i < len(sd.EventIDs) && sd.EventIDs[i] == id {
				mine = append(mine, r)
			}
		}
	}
	// Ties, as in cluster: two articles with reports the rules match on
	// their dates or participants.
	tied := ties{}
	for x := range reps {
		for y := x + 1; y < len(reps); y++ {
			a, b := reps[x], reps[y]
			if a.articles[0] != b.articles[0] && blockKey(a.ev) == blockKey(b.ev) && sameEvent(a, b, window, nil) != noMatch {
				tied.add(a, b)
			}
		}
	}
	seen := map[[2]string]bool{}
	var out []diplograph.EventMerge
	for x := range mine {
		for y := x + 1; y < len(mine); y++ {
			a, b := mine[x], mine[y]
			pair := [2]string{a.articles[0], b.articles[0]}
			if pair[0] > pair[1] {
				pair[0], pair[1] = pair[1], pair[0]
				a, b = b, a
			}
			if pair[0] == pair[1] || seen[pair] {
				continue
			}
			m, why := matchRule(a, b, window, nil)
			if m == noMatch {
				m, why = matchRule(a, b, window, tied[a.articles[0]])
			}
			if m == noMatch {
				continue
			}
			seen[pair] = true
			out = append(out, diplograph.EventMerge{Articles: []string{pair[0], pair[1]}, Rule: why})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles[0] != out[j].Articles[0] {
			return out[i].Articles[0] < out[j].Articles[0]
		}
		return out[i].Articles[1] < out[j].Articles[1]
	})
	return out
}
