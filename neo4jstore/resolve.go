package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/diplograph/diplograph"
)

// Read queries for the resolution step of the ingest pipeline (package
// ingest): which stored events may be the same as a newly extracted one,
// and the documents that report them.

// eventCandidatesQuery finds, for each probe (an extracted event), the
// stored events of the same type that may be the same real-world event:
// those an article reports on one of the probe's dates (its day and the
// days before and after, its month; for a probe dated to the month, any
// day of it), whatever date the event node took from its other reports;
// for an undated probe, those an article published within the probe's
// window reports undated; whatever the dates, those one of the probe's
// participants took part in (anchored on the Person key; for a dated
// probe only the events that a report leaves undated, since the dated
// ones are found by their dates: a person takes part in many events; an
// undated report that joined a dated event may belong elsewhere once the
// probe is stored, so its event is a candidate too), and for Days of
// Culture those of the same guest country. Only events that involve every
// country of the probe are returned, or, for a gathering of a body (a
// summit of the SCO), those a report gives the same body. The caller's
// rules decide.
//
// Cost (PROFILE over 10,400 generated articles, a batch of 262 probes):
// the reports of a probe's dates are found by the index on REPORTS (date,
// type) without checking the labels of their ends (only an Article
// reports, and only a report of an Event has a type), and the body of a
// report is read only for a probe that has one (Neo4j turned "OR p.body
// IS NOT NULL AND EXISTS {...}" into a check of every candidate's
// reports): 178,887 -> 102,076 db hits, the same answer. The countries
// of a candidate are read in one pass over its relationships (a check of
// each country walked them once a country, and checked that an INVOLVES
// ends at a Country, which it always does): on 6,000 articles 49,960 ->
// 41,492. What is left is mostly that pass, over ~30 candidates a probe
// (the reports of its dates of its type, of any countries).
const eventCandidatesQuery = `
UNWIND $probes AS p
CALL (p) {
 CALL (p) {
  UNWIND p.dates AS d
  MATCH ()-[r:` + RelReports + `]->(e)
  WHERE r.date = d AND r.type = p.type
  RETURN e
  UNION
  MATCH ()-[r:` + RelReports + `]->(e)
  WHERE p.month IS NOT NULL AND r.date STARTS WITH p.month AND r.type = p.type
  RETURN e
  UNION
  MATCH (a:` + LabelArticle + `)-[r:` + RelReports + `]->(e:` + LabelEvent + `)
  USING INDEX a:` + LabelArticle + `(publishedDate)
  WHERE p.windowed AND a.publishedDate >= date(p.from) AND a.publishedDate <= date(p.to)
    AND r.date IS NULL AND r.type = p.type
  RETURN e
  UNION
  UNWIND p.persons AS pid
  MATCH (:` + LabelPerson + ` {id: pid})-[:` + RelParticipated + `]->(e:` + LabelEvent + `)
  WHERE e.type = p.type AND (NOT p.dated OR e.date IS NULL
        OR EXISTS { (:` + LabelArticle + `)-[u:` + RelReports + `]->(e) WHERE u.date IS NULL })
  RETURN e
  UNION
  UNWIND p.guests AS code
  MATCH (:` + LabelCountry + ` {code: code})<-[:` + RelInvolves + `]-(e:` + LabelEvent + `)
  WHERE e.type = p.type
  RETURN e
 }
 WITH DISTINCT e
 WITH e, [(e)-[:` + RelInvolves + `]->(c) | c.code] AS codes
 WHERE all(x IN p.countries WHERE x IN codes)
    OR EXISTS { WITH p, e WHERE p.body IS NOT NULL MATCH (:` + LabelArticle + `)-[b:` + RelReports + `]->(e) WHERE b.body = p.body }
 RETURN e.id AS id ORDER BY id LIMIT $limit
}
RETURN p.i AS i, id
ORDER BY i, id`

// maxCandidates bounds the candidates of one probe, so that no article,
// however crafted, makes the resolution query expensive.
const maxCandidates = 200

// EventCandidates returns, for each probe (a newly extracted event), the
// ids of the stored events that may be the same event (see
// eventCandidatesQuery), at most 200 a probe. days is the window, in days
// of publication, of an undated probe. The result is parallel to probes.
func (s *Store) EventCandidates(ctx context.Context, probes []diplograph.EventProbe, days int) ([][]string, error) {
	out := make([][]string, len(probes))
	ps := candidateProbes(probes, days)
	if len(ps) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, "neo4jstore.EventCandidates", eventCandidatesQuery, map[string]any{"probes": ps, "limit": maxCandidates})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		m := r.AsMap()
		i, _ := m["i"].(int64)
		if i < 0 || int(i) >= len(out) {
			continue
		}
		out[i] = append(out[i], resolveStr(m["id"]))
	}
	return out, nil
}

// candidateProbes returns the parameter $probes of eventCandidatesQuery.
func candidateProbes(probes []diplograph.EventProbe, days int) []map[string]any {
	var ps []map[string]any
	for i, pr := range probes {
		p := pr.Event
		persons := pr.PersonIDs
		if persons == nil {
			persons = []string{}
		}
		guests := []string{}
		if p.Type == diplograph.EventCultureDays && len(p.Countries) > 0 {
			// Days of Culture are few per country: all of a guest's are
			// candidates, the resolver's rules compare their places.
			guests = p.Countries[:1]
		}
		var body any
		if p.Type == diplograph.EventForum && p.Body != "" {
			body = p.Body
		}
		m := map[string]any{"i": i, "type": p.Type, "countries": p.Countries, "persons": persons, "guests": guests, "body": body,
			"dated": p.Date != "", "windowed": false, "dates": []string{}, "month": nil, "from": nil, "to": nil}
		switch {
		case len(p.Date) == 10:
			m["dates"] = append(adjacentDates(p.Date), p.Date[:7])

		case len(p.Date) == 7:
			m["dates"] = []string{p.Date}
			m["month"] = p.Date + "-"
		case p.Date != "":
			m["dates"] = []string{p.Date}
		case len(pr.Published) == 10:
			t, err := time.Parse("2006-01-02", pr.Published)
			if err == nil {
				m["windowed"] = true
				m["from"] = t.AddDate(0, 0, -days).Format("2006-01-02")
				m["to"] = t.AddDate(0, 0, days).Format("2006-01-02")
			}
		}
		ps = append(ps, m)
	}
	return ps
}

// storedDocumentsReturn returns each article a with its extracted facts
// and, for each REPORTS relationship to an event, the event's id and the
// indexes of the extracted events it carries.
const storedDocumentsReturn = `
RETURN a.id AS id, a.url AS url, a.source AS source, a.title AS title, a.language AS language,
       a.publishedAt AS published, CASE WHEN $texts THEN a.text END AS text, a.file AS file, a.facts AS facts,
       [(a)-[r:` + RelReports + `]->(x:` + LabelEvent + `) | {id: x.id, keys: r.keys}] AS reports
ORDER BY id`

// EventDocuments implements diplograph.GraphReader: the documents of the
// articles that report the event, as resolution reads them.
func (s *Store) EventDocuments(ctx context.Context, id string) ([]diplograph.StoredDocument, error) {
	return s.ReportingDocuments(ctx, []string{id}, diplograph.MaxEventReports)
}

// ReportingDocuments returns the documents of the articles that report
// the events (at most limit, by article id), with the facts their
// extractor gave and the event each of those is reported as now, but not
// their texts. An article stored without its extracted facts is left out.
func (s *Store) ReportingDocuments(ctx context.Context, eventIDs []string, limit int) ([]diplograph.StoredDocument, error) {
	if len(eventIDs) == 0 {
		return nil, nil
	}
	return s.storedDocuments(ctx, "neo4jstore.ReportingDocuments", `
MATCH (e:`+LabelEvent+`) WHERE e.id IN $ids
MATCH (a:`+LabelArticle+`)-[:`+RelReports+`]->(e)
WITH DISTINCT a ORDER BY a.id LIMIT $limit`+storedDocumentsReturn, map[string]any{"ids": eventIDs, "limit": limit, "texts": false})
}

// ArticleDocuments returns the stored documents of the articles ids, as
// ReportingDocuments does, with their texts.
func (s *Store) ArticleDocuments(ctx context.Context, ids []string) ([]diplograph.StoredDocument, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return s.storedDocuments(ctx, "neo4jstore.ArticleDocuments", `
MATCH (a:`+LabelArticle+`) WHERE a.id IN $ids`+storedDocumentsReturn, map[string]any{"ids": ids, "texts": true})
}

func (s *Store) storedDocuments(ctx context.Context, op, query string, params map[string]any) ([]diplograph.StoredDocument, error) {
	recs, err := s.read(ctx, op, query, params)
	if err != nil {
		return nil, err
	}
	var out []diplograph.StoredDocument
	for _, r := range recs {
		m := r.AsMap()
		raw := resolveStr(m["facts"])
		if raw == "" {
			continue
		}
		var f diplograph.Facts
		if err := json.Unmarshal([]byte(raw), &f); err != nil {
			return nil, &diplograph.Error{Op: op, Code: diplograph.EINTERNAL,
				Message: fmt.Sprintf("article %s: stored facts unreadable", resolveStr(m["id"])), Err: err}
		}
		d := diplograph.StoredDocument{Document: diplograph.Document{Article: diplograph.Article{
			ID: resolveStr(m["id"]), URL: resolveStr(m["url"]), Source: resolveStr(m["source"]), Title: resolveStr(m["title"]),
			Language: resolveStr(m["language"]), Published: resolveStr(m["published"]), Text: resolveStr(m["text"]),
			File: resolveStr(m["file"])}, Facts: f}}
		d.EventIDs = make([]string, len(f.Events))
		reps, _ := m["reports"].([]any)
		for _, x := range reps {
			rm, _ := x.(map[string]any)
			id := resolveStr(rm["id"])
			for _, k := range resolveInts(rm["keys"]) {
				if k >= 0 && k < len(d.EventIDs) {
					d.EventIDs[k] = id
				}
			}
		}
		out = append(out, d)
	}
	return out, nil
}

// adjacentDates returns d with the day before and after when d is a full
// ISO date, else d alone.
func adjacentDates(d string) []string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return []string{d}
	}
	return []string{t.AddDate(0, 0, -1).Format("2006-01-02"), d, t.AddDate(0, 0, 1).Format("2006-01-02")}
}

func resolveStr(v any) string {
	s, _ := v.(string)
	return s
}

func resolveInts(v any) []int {
	xs, _ := v.([]any)
	var out []int
	for _, x := range xs {
		if n, ok := x.(int64); ok {
			out = append(out, int(n))
		}
	}
	return out
}

func resolveStrs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok && s != "" {
			out = append(out, s)
		}
	}
	return out
}
