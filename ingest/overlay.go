package ingest

import (
	"context"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// pending is a resolved batch as the store will keep it once written: its
// documents and the stored ones its resolution rewrites (by article), and
// the event nodes it renames. While the batch is being written, the next
// one is resolved against the graph seen through it (overlay), so that
// resolving and writing overlap and the outcome is the one of resolving
// after the write.
type pending struct {
	docs    map[string]diplograph.StoredDocument
	renames map[string]string // event id -> its new id
}

// newPending snapshots a resolved batch: docs and rewrite as ResolveBatch
// left them (their events carry the ids of their groups), and its renames.
// The snapshot shares no slice that resolution changes.
func newPending(docs, rewrite []diplograph.Document, renames []diplograph.Rename) *pending {
	p := &pending{docs: map[string]diplograph.StoredDocument{}, renames: map[string]string{}}
	for _, ds := range [][]diplograph.Document{docs, rewrite} {
		for i := range ds {
			d := &ds[i]
			f := d.Facts
			if d.Extracted != nil {
				f = *d.Extracted
			}
			sd := diplograph.StoredDocument{Document: diplograph.Document{Article: d.StoredArticle(), Facts: f}}
			sd.EventIDs = make([]string, len(f.Events))
			for k := range sd.EventIDs {
				if k < len(d.Facts.Events) {
					sd.EventIDs[k] = d.Facts.Events[k].ID
				}
			}
			p.docs[articleOf(*d)] = sd
		}
	}
	for _, rn := range renames {
		if rn.Kind == "event" {
			p.renames[rn.From] = rn.To
		}
	}
	return p
}

// fingerprint identifies what a pending batch leaves in the graph for
// resolution: the event ids of each document, and the renames.
func (p *pending) fingerprint() string {
	var b strings.Builder
	for _, art := range slices.Sorted(maps.Keys(p.docs)) {
		b.WriteString(art)
		b.WriteByte('=')
		b.WriteString(strings.Join(p.docs[art].EventIDs, ","))
		b.WriteByte(';')
	}
	for _, from := range slices.Sorted(maps.Keys(p.renames)) {
		b.WriteString(from + ">" + p.renames[from] + ";")
	}
	return b.String()
}

// rename returns the id the event id will have.
func (p *pending) rename(id string) string {
	if to, ok := p.renames[id]; ok {
		return to
	}
	return id
}

// overlay is the graph (an EventFinder) as it will be once a pending batch
// is written, whether or not the write has committed yet: the pending
// documents replace the stored versions of their articles, and the events
// the batch renames are read under their new ids.
type overlay struct {
	graph EventFinder
	p     *pending
}

// EventCandidates returns the graph's candidates, renamed, and the events
// of the pending documents that the graph's query would return had they
// been written (see neo4jstore's eventCandidatesQuery): of the probe's
// type and countries, and reported on one of its dates, or undated within
// its window, or with one of its participants, or, for Days of Culture,
// of its guest.
func (o overlay) EventCandidates(ctx context.Context, probes []diplograph.EventProbe, days int) ([][]string, error) {
	out, err := o.graph.EventCandidates(ctx, probes, days)
	if err != nil {
		return nil, err
	}
	for i, pr := range probes {
		seen := map[string]bool{}
		var ids []string
		add := func(id string) {
			if id != "" && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		for _, id := range out[i] {
			add(o.p.rename(id))
		}
		for _, art := range slices.Sorted(maps.Keys(o.p.docs)) {
			sd := o.p.docs[art]
			for k, e := range sd.Facts.Events {
				if sd.EventIDs[k] != "" && pendingCandidate(pr, e, sd, days) {
					add(sd.EventIDs[k])
				}
			}
		}
		out[i] = ids
	}
	return out, nil
}

// pendingCandidate says whether the report e of the pending document sd
// may be the event of probe pr (over-inclusive: the rules decide).
func pendingCandidate(pr diplograph.EventProbe, e diplograph.Event, sd diplograph.StoredDocument, days int) bool {
	p := pr.Event
	if e.Type != p.Type {
		return false
	}
	for _, c := range p.Countries {
		if !slices.Contains(e.Countries, c) {
			return false
		}
	}
	switch {
	case p.Date != "" && e.Date != "" && (dateDistance(p.Date, e.Date) <= 1 || strings.HasPrefix(e.Date, p.Date) || strings.HasPrefix(p.Date, e.Date)):
		return true
	case p.Date == "" && e.Date == "" && len(pr.Published) == 10 && len(sd.Article.Published) >= 10:
		if a, err := time.Parse("2006-01-02", pr.Published); err == nil {
			if b, err := time.Parse("2006-01-02", sd.Article.Published[:10]); err == nil && b.Sub(a).Abs() <= time.Duration(days)*24*time.Hour {
				return true
			}
		}
	case p.Type == diplograph.EventCultureDays && len(p.Countries) > 0 && len(e.Countries) > 0:
		return true
	}
	if len(pr.PersonIDs) > 0 {
		ids := personIDs(sd.Facts, e.Participants)
		for _, id := range pr.PersonIDs {
			if slices.Contains(ids, id) {
				return true
			}
		}
	}
	return false
}

// ReportingDocuments returns the documents that report the events: the
// stored ones (asked under the events' old ids too), each replaced by its
// pending version when the batch has one, and the pending ones.
func (o overlay) ReportingDocuments(ctx context.Context, eventIDs []string, limit int) ([]diplograph.StoredDocument, error) {
	want := map[string]bool{}
	ask := slices.Clone(eventIDs)
	for _, id := range eventIDs {
		want[id] = true
	}
	for from, to := range o.p.renames {
		if want[to] {
			ask = append(ask, from)
		}
	}
	slices.Sort(ask)
	stored, err := o.graph.ReportingDocuments(ctx, slices.Compact(ask), limit)
	if err != nil {
		return nil, err
	}
	byArt := map[string]diplograph.StoredDocument{}
	for _, sd := range stored {
		byArt[articleOf(sd.Document)] = o.view(sd)
	}
	for art, sd := range o.p.docs {
		for _, id := range sd.EventIDs {
			if want[id] {
				byArt[art] = sd
				break
			}
		}
	}
	var out []diplograph.StoredDocument
	for _, art := range slices.Sorted(maps.Keys(byArt)) {
		sd := byArt[art]
		for _, id := range sd.EventIDs {
			if want[id] {
				out = append(out, sd)
				break
			}
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// ArticleDocuments returns the stored documents of the articles ids, the
// pending version of those the batch has.
func (o overlay) ArticleDocuments(ctx context.Context, ids []string) ([]diplograph.StoredDocument, error) {
	stored, err := o.graph.ArticleDocuments(ctx, ids)
	if err != nil {
		return nil, err
	}
	byArt := map[string]diplograph.StoredDocument{}
	for _, sd := range stored {
		byArt[articleOf(sd.Document)] = o.view(sd)
	}
	for _, id := range ids {
		if sd, ok := o.p.docs[id]; ok {
			byArt[id] = sd
		}
	}
	var out []diplograph.StoredDocument
	for _, art := range slices.Sorted(maps.Keys(byArt)) {
		out = append(out, byArt[art])
	}
	return out, nil
}

// view returns a stored document as the pending batch leaves it.
func (o overlay) view(sd diplograph.StoredDocument) diplograph.StoredDocument {
	if p, ok := o.p.docs[articleOf(sd.Document)]; ok {
		if sd.Article.Text != "" && p.Article.Text == "" {
			p.Article.Text = sd.Article.Text
		}
		return p
	}
	ids := slices.Clone(sd.EventIDs)
	for i, id := range ids {
		ids[i] = o.p.rename(id)
	}
	sd.EventIDs = ids
	return sd
}
