package neo4jstore

import (
	"context"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Read queries for the resolution step of the ingest pipeline (package
// ingest): which stored events may be the same as a newly extracted one.

// eventCandidatesQuery finds, for each probe, the stored events of the same
// type that are dated within the probe's dates (the probe's date and, for
// a full date, the day before and after); for an undated probe, the
// undated events reported by an article published within the probe's
// window; and, whatever the dates, the events of the same type that one of
// the probe's participants took part in (anchored on the Person key, so
// cheap), and for Days of Culture, those of the same guest country. The country set is compared by the caller's rules: here only
// events involving every country of the probe are returned, with their
// full country list and the publication date of their earliest dated
// report.
const eventCandidatesQuery = `
UNWIND $probes AS p
CALL (p) {
 CALL (p) {
  MATCH (e:` + LabelEvent + `)
  USING INDEX e:` + LabelEvent + `(date)
  WHERE p.dated AND e.date IN p.dates AND e.type = p.type
  RETURN e
  UNION
  MATCH (a:` + LabelArticle + `)-[:` + RelReports + `]->(e:` + LabelEvent + `)
  USING INDEX a:` + LabelArticle + `(publishedDate)
  WHERE p.windowed AND a.publishedDate >= date(p.from) AND a.publishedDate <= date(p.to)
    AND e.date IS NULL AND e.type = p.type
  RETURN DISTINCT e
  UNION
  UNWIND p.persons AS pid
  MATCH (:` + LabelPerson + ` {id: pid})-[:` + RelParticipated + `]->(e:` + LabelEvent + `)
  WHERE e.type = p.type
  RETURN DISTINCT e
  UNION
  UNWIND p.guests AS code
  MATCH (:` + LabelCountry + ` {code: code})<-[:` + RelInvolves + `]-(e:` + LabelEvent + `)
  WHERE e.type = p.type
  RETURN DISTINCT e
 }
 RETURN e LIMIT $limit
}
MATCH (e)-[:` + RelInvolves + `]->(c:` + LabelCountry + `)
WITH p, e, collect(c.code) AS countries
WHERE all(x IN p.countries WHERE x IN countries)
OPTIONAL MATCH (per:` + LabelPerson + `)-[:` + RelParticipated + `]->(e)
WITH p, e, countries, collect(DISTINCT per.nameLatin) AS participants
RETURN p.i AS i, e.id AS id, e.type AS type, e.status AS status, e.date AS date,
       e.city AS city, e.title AS title, countries, participants,
       COLLECT { MATCH (a:` + LabelArticle + `)-[:` + RelReports + `]->(e) WHERE a.publishedAt IS NOT NULL
                 RETURN a.publishedAt AS d ORDER BY d LIMIT 1 } AS reported,
       COLLECT { MATCH (a:` + LabelArticle + `)-[:` + RelReports + `]->(e) RETURN a.id AS a ORDER BY a LIMIT 20 } AS articles,
       COLLECT { MATCH (:` + LabelArticle + `)-[r:` + RelReports + `]->(e) WHERE r.monthDay IS NOT NULL
                 RETURN DISTINCT r.monthDay AS d ORDER BY d LIMIT 5 } AS monthDays,
       COLLECT { MATCH (:` + LabelArticle + `)-[r:` + RelReports + `]->(e) WHERE r.ordinal IS NOT NULL
                 RETURN DISTINCT r.ordinal AS o ORDER BY o LIMIT 5 } AS ordinals
ORDER BY i, id`

// maxCandidates bounds the candidates of one probe, so that no article,
// however crafted, makes the resolution query expensive.
const maxCandidates = 200

// EventCandidates returns, for each probe (a newly extracted event), the
// stored events that may be the same event (see eventCandidatesQuery),
// each with the publication date of its earliest dated report. The
// result is parallel to probes.
func (s *Store) EventCandidates(ctx context.Context, probes []diplograph.EventProbe, days int) ([][]diplograph.EventCandidate, error) {
	out := make([][]diplograph.EventCandidate, len(probes))
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
		m := map[string]any{"i": i, "type": p.Type, "countries": p.Countries, "persons": persons, "guests": guests,
			"dated": false, "windowed": false, "dates": []string{}, "from": nil, "to": nil}
		switch {
		case p.Date != "":
			m["dated"] = true
			m["dates"] = adjacentDates(p.Date)
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
	if len(ps) == 0 {
		return out, nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, eventCandidatesQuery, map[string]any{"probes": ps, "limit": maxCandidates},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, storeError("neo4jstore.EventCandidates", err)
	}
	for _, r := range res.Records {
		m := r.AsMap()
		i, _ := m["i"].(int64)
		if i < 0 || int(i) >= len(out) {
			continue
		}
		e := diplograph.Event{
			ID: resolveStr(m["id"]), Type: resolveStr(m["type"]), Status: resolveStr(m["status"]), Date: resolveStr(m["date"]),
			City: resolveStr(m["city"]), Title: resolveStr(m["title"]),
			Countries: resolveStrs(m["countries"]), Participants: resolveStrs(m["participants"]),
		}
		reported := ""
		if ds := resolveStrs(m["reported"]); len(ds) > 0 && len(ds[0]) >= 10 {
			reported = ds[0][:10]
		}
		out[i] = append(out[i], diplograph.EventCandidate{Event: e, Reported: reported, Articles: resolveStrs(m["articles"]),
			MonthDays: resolveStrs(m["monthDays"]), Ordinals: resolveInts(m["ordinals"])})
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
