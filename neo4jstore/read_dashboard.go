package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph"
)

// The dashboard reads: bilateral relations, the network of countries and a
// country's calendar. Each is one Cypher statement.

// rangeParams adds the bounds of r to params as "from" and "to" (first
// and last day; nil when open).
func rangeParams(r diplograph.DateRange, params map[string]any) error {
	params["from"], params["to"] = nil, nil
	if r.From != "" {
		lo, _, err := dateBounds(r.From)
		if err != nil {
			return err
		}
		params["from"] = lo
	}
	if r.To != "" {
		_, hi, err := dateBounds(r.To)
		if err != nil {
			return err
		}
		params["to"] = hi
	}
	if r.From != "" && r.To != "" && params["from"].(string) > params["to"].(string) {
		return invalid("the period ends (%s) before it starts (%s)", r.To, r.From)
	}
	return nil
}

// inRange is the condition that v.dateFrom lies in $from..$to; an open
// range also admits undated nodes.
func inRange(v string) string {
	return fmt.Sprintf("(($from IS NULL AND $to IS NULL) OR (($from IS NULL OR %[1]s.dateFrom >= date($from)) AND ($to IS NULL OR %[1]s.dateFrom <= date($to))))", v)
}

func limitOr(n int) int {
	if n <= 0 || n > diplograph.MaxPageSize {
		return diplograph.MaxPageSize
	}
	return n
}

// eventFull projects an event with every relation it can include.
func eventFull(v string) string {
	inc := includes[kEvent]
	return kEvent.projection(v, inc["countries"], inc["topics"], inc["participants"], inc["agreements"])
}

// agreementFull projects an agreement with every relation it can include.
func agreementFull(v string) string {
	inc := includes[kAgreement]
	return kAgreement.projection(v, inc["countries"], inc["topics"])
}

// includeEntriesOf returns the entries of incs for k of the names given,
// or of all when names is nil.
func includeEntriesOf(incs map[*kind]map[string]string, k *kind, names, all []string) ([]string, error) {
	if names == nil {
		names = all
	}
	var out []string
	for _, name := range names {
		e, ok := incs[k][name]
		if !ok {
			return nil, invalid("%s cannot include %q", k.name, name)
		}
		out = append(out, e)
	}
	return out, nil
}

// Bilateral implements diplograph.GraphReader. The graph model has at most
// one relationship of a type between two nodes, so the patterns below
// meet each event, agreement and participation once and need no DISTINCT
// (which costs a third of the query's time).
func (s *Store) Bilateral(ctx context.Context, q diplograph.BilateralQuery) (diplograph.Bilateral, error) {
	const op = "neo4jstore.Bilateral"
	var out diplograph.Bilateral
	cy, params, err := bilateralCypher(q)
	if err != nil {
		return out, err
	}
	recs, err := s.read(ctx, op, cy, params)
	if err != nil {
		return out, err
	}
	if len(recs) == 0 {
		return out, &diplograph.Error{Op: op, Code: diplograph.ENOTFOUND,
			Message: fmt.Sprintf("the graph holds no country %s or %s", q.A, q.B)}
	}
	return decodeBilateral(recs[0].AsMap()), nil
}

// bilateralCypher builds the one statement of Bilateral.
func bilateralCypher(q diplograph.BilateralQuery) (string, map[string]any, error) {
	if q.A == q.B {
		return "", nil, invalid("bilateral needs two different countries, got %s twice", q.A)
	}
	params := map[string]any{"a": q.A, "b": q.B,
		"evLimit": limitOr(q.EventLimit), "agLimit": limitOr(q.AgreementLimit),
		"peopleLimit": limitOr(q.PeopleLimit), "srcLimit": limitOr(q.SourceLimit)}
	if err := rangeParams(q.DateRange, params); err != nil {
		return "", nil, err
	}
	incs, proj := includes, func(k *kind, v string, extra ...string) string { return k.projection(v, extra...) }
	if q.Fields != nil {
		incs = makeIncludes(q.Fields)
		proj = func(k *kind, v string, extra ...string) string {
			return k.projectionOf(v, k.projFor(q.Fields[k.name]), extra...)
		}
	}
	evInc, err := includeEntriesOf(incs, kEvent, q.EventInclude, []string{"countries", "topics", "participants", "agreements"})
	if err != nil {
		return "", nil, err
	}
	agInc, err := includeEntriesOf(incs, kAgreement, q.AgreementInclude, []string{"countries", "topics"})
	if err != nil {
		return "", nil, err
	}
	evProj, agProj := proj(kEvent, "e", evInc...), proj(kAgreement, "ag", agInc...)
	dir := ""
	if q.EventsDesc {
		dir = " DESC"
	}
	// The parts of the dashboard: each a subquery, computed only when
	// selected (Fields["Bilateral"]; nil selects all). An unselected
	// part comes back empty.
	want := func(names ...string) bool {
		if q.Fields == nil {
			return true
		}
		for _, n := range names {
			if slices.Contains(q.Fields["Bilateral"], n) {
				return true
			}
		}
		return false
	}
	type part struct {
		name, cypher, empty string
	}
	parts := []part{
		{"events", `CALL (evs) {
  UNWIND evs AS e WITH e ORDER BY e.dateFrom` + dir + `, e.id` + dir + ` LIMIT $evLimit
  RETURN collect(` + evProj + `) AS events
}`, "[] AS events"},
		{"byYear", `CALL (evs) {
  UNWIND evs AS e WITH substring(e.date, 0, 4) AS k WHERE k IS NOT NULL
  WITH k, count(*) AS c ORDER BY k RETURN collect({key: k, count: c}) AS byYear
}`, "[] AS byYear"},
		{"byMonth", `CALL (evs) {
  UNWIND evs AS e WITH e WHERE size(e.date) >= 7
  WITH substring(e.date, 0, 7) AS k, count(*) AS c ORDER BY k RETURN collect({key: k, count: c}) AS byMonth
}`, "[] AS byMonth"},
		{"byType", `CALL (evs) {
  UNWIND evs AS e WITH e.type AS k, count(*) AS c ORDER BY c DESC, k RETURN collect({key: k, count: c}) AS byType
}`, "[] AS byType"},
		{"firstContact", `CALL (evs) {
  UNWIND evs AS e RETURN min(e.date) AS firstContact, max(e.date) AS lastContact
}`, "null AS firstContact, null AS lastContact"},
		{"people", `CALL (evs) {
  UNWIND evs AS e MATCH (p:` + LabelPerson + `)-[:` + RelParticipated + `]->(e)
  WITH p, count(*) AS c ORDER BY c DESC, p.nameLatin, p.id LIMIT $peopleLimit
  RETURN collect({person: ` + proj(kPerson, "p") + `, count: c}) AS people
}`, "[] AS people"},
		// The pair's topics are those of the articles that report its
		// events and agreements (an event's own topics come only from
		// the sentence that reports it); the weight is the number of such
		// articles, with the event's and agreement's own topics counted
		// once each.
		{"topics", `CALL (evs, ags) {
  CALL (evs, ags) {
    UNWIND evs + ags AS x MATCH (art:` + LabelArticle + `)-[:` + RelReports + `]->(x)
    WITH DISTINCT art MATCH (art)-[:` + RelAbout + `]->(t:` + LabelTopic + `)
    RETURN t
    UNION ALL
    UNWIND evs + ags AS x MATCH (x)-[:` + RelAbout + `]->(t:` + LabelTopic + `)
    RETURN t
  }
  WITH t, count(*) AS w ORDER BY w DESC, t.key
  RETURN collect({topic: ` + proj(kTopic, "t") + `, weight: w}) AS topics
}`, "[] AS topics"},
		{"sources", `CALL (evs, ags) {
  UNWIND evs + ags AS x MATCH (art:` + LabelArticle + `)-[:` + RelReports + `]->(x)
  WITH DISTINCT art ORDER BY art.publishedAt DESC, art.id LIMIT $srcLimit
  RETURN collect(` + proj(kArticle, "art") + `) AS sources
}`, "[] AS sources"},
		{"agreements", `CALL (ags) {
  UNWIND ags AS ag WITH ag ORDER BY ag.dateFrom DESC, ag.id LIMIT $agLimit
  RETURN collect(` + agProj + `) AS agreements
}`, "[] AS agreements"},
	}
	var b strings.Builder
	b.WriteString(`MATCH (ca:` + LabelCountry + ` {code: $a}), (cb:` + LabelCountry + ` {code: $b})`)
	// The shared events and agreements, collected once for the parts.
	shared := func(v, label, rel, name string, need bool) {
		if !need {
			b.WriteString("\nWITH *, [] AS " + name)
			return
		}
		b.WriteString(`
CALL (ca, cb) {
  MATCH (ca)<-[:` + rel + `]-(` + v + `:` + label + `)-[:` + rel + `]->(cb)
  WHERE ` + inRange(v) + `
  RETURN collect(` + v + `) AS ` + name + `
}`)
	}
	shared("e", LabelEvent, RelInvolves, "evs",
		want("eventCount", "events", "byYear", "byMonth", "byType", "firstContact", "lastContact", "people", "topics", "sources"))
	shared("ag", LabelAgreement, RelBetween, "ags", want("agreements", "topics", "sources"))
	var empty []string
	for _, p := range parts {
		names := []string{p.name}
		if p.name == "firstContact" {
			names = append(names, "lastContact")
		}
		if want(names...) {
			b.WriteString("\n" + p.cypher)
		} else {
			empty = append(empty, p.empty)
		}
	}
	if len(empty) > 0 {
		b.WriteString("\nWITH *, " + strings.Join(empty, ", "))
	}
	b.WriteString(`
RETURN ` + proj(kCountry, "ca") + ` AS a, ` + proj(kCountry, "cb") + ` AS b, size(evs) AS eventCount,
  events, byYear, byMonth, byType, firstContact, lastContact, people, topics, sources, agreements`)
	cy := b.String()
	return cy, params, nil
}

func decodeBilateral(r map[string]any) diplograph.Bilateral {
	var out diplograph.Bilateral
	out.A = decodeCountry(mapOf(r["a"]))
	out.B = decodeCountry(mapOf(r["b"]))
	out.EventCount = int(toInt(r["eventCount"]))
	for _, m := range maps(r["events"]) {
		out.Events = append(out.Events, decodeEvent(m))
	}
	out.ByYear = decodeCounts(r["byYear"])
	out.ByMonth = decodeCounts(r["byMonth"])
	out.ByType = decodeCounts(r["byType"])
	out.FirstContact, _ = r["firstContact"].(string)
	out.LastContact, _ = r["lastContact"].(string)
	for _, m := range maps(r["people"]) {
		out.People = append(out.People, diplograph.PersonCount{Person: decodePerson(mapOf(m["person"])), Count: int(toInt(m["count"]))})
	}
	for _, m := range maps(r["topics"]) {
		out.Topics = append(out.Topics, diplograph.TopicWeight{Topic: decodeTopic(mapOf(m["topic"])), Weight: int(toInt(m["weight"]))})
	}
	for _, m := range maps(r["sources"]) {
		out.Sources = append(out.Sources, decodeArticle(m))
	}
	for _, m := range maps(r["agreements"]) {
		out.Agreements = append(out.Agreements, decodeAgreement(m))
	}
	return out
}

func decodeCounts(v any) []diplograph.Count {
	ms := maps(v)
	out := make([]diplograph.Count, 0, len(ms))
	for _, m := range ms {
		out = append(out, diplograph.Count{Key: str(m, "key"), Count: int(toInt(m["count"]))})
	}
	return out
}

// topicSets is the statement that collects, once, the events (tev) and
// agreements (tag) about one of $topics: about it themselves, or reported
// by an article about it (an event's own topics come only from the
// sentence that reports it; the pair page counts the articles' topics
// too). Starting from the few topic nodes is much cheaper than testing
// every event's articles.
func topicSets() string {
	about := func(x, label, name string) string {
		return `CALL () {
  MATCH (t:` + LabelTopic + `) WHERE t.key IN $topics
  CALL (t) {
    MATCH (t)<-[:` + RelAbout + `]-(` + x + `:` + label + `) RETURN ` + x + `
    UNION
    MATCH (t)<-[:` + RelAbout + `]-(:` + LabelArticle + `)-[:` + RelReports + `]->(` + x + `:` + label + `) RETURN ` + x + `
  }
  RETURN collect(DISTINCT ` + x + `) AS ` + name + `
}
`
	}
	return about("e", LabelEvent, "tev") + about("ag", LabelAgreement, "tag")
}

// Network implements diplograph.GraphReader.
func (s *Store) Network(ctx context.Context, q diplograph.NetworkQuery) (diplograph.Network, error) {
	const op = "neo4jstore.Network"
	var out diplograph.Network
	params := map[string]any{"persons": 0}
	if err := rangeParams(q.DateRange, params); err != nil {
		return out, err
	}
	if q.Persons < 0 || q.Persons > diplograph.MaxPageSize {
		return out, invalid("persons must be between 0 and %d, got %d", diplograph.MaxPageSize, q.Persons)
	}
	params["persons"] = q.Persons
	evCond := []string{inRange("e")}
	agCond := []string{inRange("ag")}
	if len(q.Types) > 0 {
		params["types"] = q.Types
		evCond = append(evCond, "e.type IN $types")
		// An agreement is a signing, and of the type of the event it
		// was concluded at.
		agCond = append(agCond, "('"+diplograph.EventSigning+"' IN $types OR EXISTS { MATCH (ag)-[:"+RelConcludedAt+"]->(ce:"+LabelEvent+") WHERE ce.type IN $types })")
	}
	// The events and agreements of the filters: every event and agreement,
	// or those about the topics, collected before the parts (each a
	// subquery importing the sets).
	var b strings.Builder
	evFrom, agFrom := "MATCH (e:"+LabelEvent+")", "MATCH (ag:"+LabelAgreement+")"
	imports := func(vars ...string) string { return "(" + strings.Join(vars, ", ") + ")" }
	if len(q.Topics) > 0 {
		params["topics"] = q.Topics
		b.WriteString(topicSets())
		evFrom, agFrom = "UNWIND tev AS e WITH e", "UNWIND tag AS ag WITH ag"
		imports = func(vars ...string) string { return "(" + strings.Join(append(vars, "tev", "tag"), ", ") + ")" }
	}
	evMatch := evFrom + " WHERE " + strings.Join(evCond, " AND ")
	agMatch := agFrom + " WHERE " + strings.Join(agCond, " AND ")
	b.WriteString(`CALL ` + imports() + ` {
  ` + evMatch + `
  MATCH (e)-[:` + RelInvolves + `]->(c1:` + LabelCountry + `), (e)-[:` + RelInvolves + `]->(c2:` + LabelCountry + `)
  WHERE c1.code < c2.code
  WITH c1.code AS s, c2.code AS t, count(DISTINCT e) AS n
  RETURN collect({s: s, t: t, n: n}) AS evEdges
}
CALL ` + imports() + ` {
  ` + agMatch + `
  MATCH (ag)-[:` + RelBetween + `]->(c1:` + LabelCountry + `), (ag)-[:` + RelBetween + `]->(c2:` + LabelCountry + `)
  WHERE c1.code < c2.code
  WITH c1.code AS s, c2.code AS t, count(DISTINCT ag) AS n
  RETURN collect({s: s, t: t, n: n}) AS agEdges
}
CALL ` + imports() + ` {
  CALL ` + imports() + ` {
    ` + evMatch + `
    MATCH (e)-[:` + RelInvolves + `]->(c:` + LabelCountry + `)
    RETURN c, count(DISTINCT e) AS n
    UNION ALL
    ` + agMatch + `
    MATCH (ag)-[:` + RelBetween + `]->(c:` + LabelCountry + `)
    RETURN DISTINCT c, 0 AS n
  }
  WITH c, sum(n) AS n ORDER BY c.code
  RETURN collect({country: ` + kCountry.projection("c") + `, events: n}) AS nodes
}`)
	persons := "[] AS personNodes, [] AS pcEdges, [] AS ppEdges"
	if q.Persons > 0 {
		persons = "personNodes, pcEdges, ppEdges"
		// The persons in the most events of the filters, then their
		// events by country and the events they share.
		b.WriteString(`
CALL ` + imports() + ` {
  ` + evMatch + `
  MATCH (p:` + LabelPerson + `)-[:` + RelParticipated + `]->(e)
  WITH p, count(DISTINCT e) AS n ORDER BY n DESC, p.nameLatin, p.id LIMIT $persons
  WITH collect(p) AS ps, collect({person: ` + kPerson.projection("p") + `, events: n}) AS personNodes
  CALL ` + imports("ps") + ` {
    ` + evMatch + `
    MATCH (p:` + LabelPerson + `)-[:` + RelParticipated + `]->(e)-[:` + RelInvolves + `]->(c:` + LabelCountry + `)
    WHERE p IN ps
    WITH p, c, count(DISTINCT e) AS n
    RETURN collect({s: p.id, t: c.code, n: n}) AS pcEdges
  }
  CALL ` + imports("ps") + ` {
    ` + evMatch + `
    MATCH (p:` + LabelPerson + `)-[:` + RelParticipated + `]->(e)<-[:` + RelParticipated + `]-(p2:` + LabelPerson + `)
    WHERE p.id < p2.id AND p IN ps AND p2 IN ps
    WITH p, p2, count(DISTINCT e) AS n
    RETURN collect({s: p.id, t: p2.id, n: n}) AS ppEdges
  }
  RETURN personNodes, pcEdges, ppEdges
}`)
	}
	b.WriteString(`
RETURN evEdges, agEdges, nodes, ` + persons)
	cy := b.String()
	recs, err := s.read(ctx, op, cy, params)
	if err != nil {
		return out, err
	}
	r := recs[0].AsMap()
	type pair struct{ s, t string }
	edges := map[pair]*diplograph.NetworkEdge{}
	get := func(m map[string]any) *diplograph.NetworkEdge {
		p := pair{str(m, "s"), str(m, "t")}
		e, ok := edges[p]
		if !ok {
			e = &diplograph.NetworkEdge{Source: p.s, Target: p.t}
			edges[p] = e
		}
		return e
	}
	for _, m := range maps(r["evEdges"]) {
		get(m).Events = int(toInt(m["n"]))
	}
	for _, m := range maps(r["agEdges"]) {
		get(m).Agreements = int(toInt(m["n"]))
	}
	minWeight := q.MinWeight
	if minWeight < 1 {
		minWeight = 1
	}
	used := map[string]bool{}
	for _, e := range edges {
		if e.Events+e.Agreements >= minWeight {
			out.Edges = append(out.Edges, *e)
			used[e.Source], used[e.Target] = true, true
		}
	}
	sort.Slice(out.Edges, func(i, j int) bool {
		a, b := out.Edges[i], out.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	for _, m := range maps(r["nodes"]) {
		c := decodeCountry(mapOf(m["country"]))
		if used[c.Code] {
			out.Nodes = append(out.Nodes, diplograph.NetworkNode{Country: c, Events: int(toInt(m["events"]))})
		}
	}
	decodeNetworkPersons(r, minWeight, used, &out)
	return out, nil
}

// decodeNetworkPersons adds the persons of r and their edges of at least
// minWeight events to out: an edge to a country only when the country is
// drawn (in used), a person only when an edge of it is kept.
func decodeNetworkPersons(r map[string]any, minWeight int, used map[string]bool, out *diplograph.Network) {
	tied := map[string]bool{}
	for _, m := range maps(r["pcEdges"]) {
		e := diplograph.NetworkPersonEdge{Source: str(m, "s"), Target: str(m, "t"), Kind: diplograph.TiePersonCountry, Events: int(toInt(m["n"]))}
		if e.Events >= minWeight && used[e.Target] {
			out.PersonEdges = append(out.PersonEdges, e)
			tied[e.Source] = true
		}
	}
	for _, m := range maps(r["ppEdges"]) {
		e := diplograph.NetworkPersonEdge{Source: str(m, "s"), Target: str(m, "t"), Kind: diplograph.TiePersonPerson, Events: int(toInt(m["n"]))}
		if e.Events >= minWeight {
			out.PersonEdges = append(out.PersonEdges, e)
			tied[e.Source], tied[e.Target] = true, true
		}
	}
	sort.Slice(out.PersonEdges, func(i, j int) bool {
		a, b := out.PersonEdges[i], out.PersonEdges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	for _, m := range maps(r["personNodes"]) {
		p := decodePerson(mapOf(m["person"]))
		if tied[p.ID] {
			out.Persons = append(out.Persons, diplograph.NetworkPerson{Person: p, Events: int(toInt(m["events"]))})
		}
	}
}

// Timeline implements diplograph.GraphReader.
func (s *Store) Timeline(ctx context.Context, q diplograph.TimelineQuery) ([]diplograph.TimelineEntry, error) {
	const op = "neo4jstore.Timeline"
	params := map[string]any{"c": q.Country, "first": limitOr(q.First)}
	if err := rangeParams(q.DateRange, params); err != nil {
		return nil, err
	}
	cy := `MATCH (:` + LabelCountry + ` {code: $c})<-[:` + RelInvolves + `]-(e:` + LabelEvent + `)
WHERE ` + inRange("e") + `
WITH DISTINCT e ORDER BY e.dateFrom, e.id LIMIT $first
RETURN collect(` + eventFull("e") + `) AS events`
	recs, err := s.read(ctx, op, cy, params)
	if err != nil {
		return nil, err
	}
	out := []diplograph.TimelineEntry{}
	for _, m := range maps(recs[0].Values[0]) {
		e := decodeEvent(m)
		te := diplograph.TimelineEntry{Event: e, Counterparts: []diplograph.Country{}}
		for _, c := range e.Countries {
			if c.Code != q.Country {
				te.Counterparts = append(te.Counterparts, c)
			}
		}
		out = append(out, te)
	}
	return out, nil
}
