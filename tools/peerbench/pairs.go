package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// pair is one question asked of both servers: the project's request, the
// peer's request (one HTTP request each; the peer's may hold several root
// fields), and for each side a function that turns its data into one
// normal form, so that the answers compare as JSON.
type pair struct {
	name, note    string
	project, peer []byte
	normProject   func(map[string]any) any
	normPeer      func(map[string]any) any
}

// The parameters of the queries: a pair of countries and a word of event
// titles. The person and the search word are taken from the graph (see
// run): the most active person of the pair, and that person's surname,
// which finds the person and articles with scores that mostly differ (the
// generated articles are much alike: a country's name finds ten articles
// of one score).
const (
	countryA, countryB = "KZ", "UZ"
	titleWord          = "uzbek"
)

// luceneWord is the project's Lucene query for a search text of one word
// (neo4jstore.luceneQuery: special characters escaped; a word of three
// letters or more matches itself or as a prefix), given to the peer as its
// phrase.
func luceneWord(w string) string {
	var b strings.Builder
	for _, r := range w {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	t := b.String()
	if len([]rune(w)) >= 3 {
		t = "(" + t + " OR " + t + "*)"
	}
	return "+" + t
}

// twoCountries is the peer's (and the project's) filter of events or
// agreements on both countries.
const twoCountries = `AND: [{ countries: { some: { code: { eq: "` + countryA + `" } } } }, { countries: { some: { code: { eq: "` + countryB + `" } } } }]`

// pairs returns the pairs of the benchmark; personID is the person of the
// person query, searchText a word for the search query.
func pairs(personID, searchText string) []pair {
	return append(keyPairs(personID, searchText), dashboardPairs()...)
}

// keyPairs returns the pairs of the key queries of issue #11.
func keyPairs(personID, searchText string) []pair {
	return []pair{
		{
			name: "events page",
			note: "type, status, date range, sorted, 20, countries, participants, evidence, totalCount",
			project: body(`{ events(first: 20,
  where: { type: { in: [MEETING, VISIT] }, status: { eq: HELD }, date: { gte: "2020-01", lt: "2024" } },
  sort: [{ date: DESC }]) {
  totalCount
  edges { node { id type status date title countries { code }
    participants { role person { id name } }
    evidence(first: 10) { sentence start end article { id } } } }
} }`, nil),
			peer: body(`{ eventsConnection(first: 20,
  where: { type: { in: [MEETING, VISIT] }, status: { eq: HELD }, dateFrom: { gte: "2020-01-01", lt: "2024-01-01" } },
  sort: [{ dateFrom: DESC }, { id: ASC }]) {
  totalCount
  edges { node { id type status date title countries { code }
    participantsConnection { edges { properties { role } node { id name } } }
    sourcesConnection { edges { properties { evidence offsets } node { id publishedAt } } } } }
} }`, nil),
			normProject: func(d map[string]any) any { return projectEventPage(d, true) },
			normPeer:    func(d map[string]any) any { return peerEventPage(d, true) },
		},
		{
			name: "two countries",
			note: "AND of two countries.some.code.eq, sorted, 20, totalCount",
			project: body(`{ events(first: 20, where: { `+twoCountries+` }, sort: [{ date: DESC }]) {
  totalCount edges { node { id date title } } } }`, nil),
			peer: body(`{ eventsConnection(first: 20, where: { `+twoCountries+` }, sort: [{ dateFrom: DESC }, { id: ASC }]) {
  totalCount edges { node { id date title } } } }`, nil),
			normProject: func(d map[string]any) any { return projectEventPage(d, false) },
			normPeer:    func(d map[string]any) any { return peerEventPage(d, false) },
		},
		{
			name: "title contains",
			note: "case-insensitive title contains, sorted, 20, totalCount",
			project: body(`{ events(first: 20, where: { title: { contains: "`+titleWord+`" } }, sort: [{ date: DESC }]) {
  totalCount edges { node { id date title } } } }`, nil),
			peer: body(`{ eventsConnection(first: 20, where: { title: { caseInsensitive: { contains: "`+titleWord+`" } } }, sort: [{ dateFrom: DESC }, { id: ASC }]) {
  totalCount edges { node { id date title } } } }`, nil),
			normProject: func(d map[string]any) any { return projectEventPage(d, false) },
			normPeer:    func(d map[string]any) any { return peerEventPage(d, false) },
		},
		{
			name: "person",
			note: "one person with offices and 10 events",
			project: body(`query ($id: ID!) { person(id: $id) { id name nameLatin isMinister country { code }
  offices { title portfolio country { code } firstSeen lastSeen }
  events(first: 10) { edges { node { id date title type } } } } }`, map[string]any{"id": personID}),
			peer: body(`query ($id: ID!) { people(where: { id: { eq: $id } }) { id name nameLatin isMinister country
  officesConnection { edges { properties { title portfolio firstSeen lastSeen } node { code } } }
  events(limit: 10, sort: [{ dateFrom: DESC }, { id: ASC }]) { id date title type } } }`, map[string]any{"id": personID}),
			normProject: projectPerson,
			normPeer:    peerPerson,
		},
		{
			name: "bilateral",
			note: "peer: events and agreements of the pair (2 root fields) + aggregation in the client",
			project: body(`{ bilateral(a: "`+countryA+`", b: "`+countryB+`", from: "2018", to: "2024") {
  eventCount events(first: 100) { id date type }
  byYear { key count } byType { type count }
  agreements(first: 100) { id status }
  people(first: 10) { person { id } count }
  firstContact lastContact } }`, nil),
			peer: body(`{ events(where: { `+twoCountries+`, dateFrom: { gte: "2018-01-01", lte: "2024-12-31" } },
    sort: [{ dateFrom: ASC }, { id: ASC }]) { id date type participants { id nameLatin } }
  agreements(where: { `+twoCountries+`, dateFrom: { gte: "2018-01-01", lte: "2024-12-31" } },
    sort: [{ dateFrom: DESC }, { id: ASC }], limit: 100) { id status } }`, nil),
			normProject: projectBilateral,
			normPeer:    peerBilateral,
		},
		{
			name: "search",
			note: "peer: the full-text query of each of the 7 kinds (7 root fields), merged in the client",
			project: body(`query ($text: String!) { search(text: $text, first: `+strconv.Itoa(searchFirst)+`) { kind score label node {
  ... on Person { id } ... on Organization { id } ... on Event { id } ... on Agreement { id }
  ... on Article { id } ... on Country { code } ... on Topic { key } } } }`, map[string]any{"text": searchText}),
			peer: body(`query ($p: String!, $n: Int!) {
  personsSearch(phrase: $p, first: $n, sort: [{ score: DESC }]) { edges { score node { id name } } }
  organizationsSearch(phrase: $p, first: $n, sort: [{ score: DESC }]) { edges { score node { id name } } }
  eventsSearch(phrase: $p, first: $n, sort: [{ score: DESC }]) { edges { score node { id title type } } }
  agreementsSearch(phrase: $p, first: $n, sort: [{ score: DESC }]) { edges { score node { id title kind } } }
  articlesSearch(phrase: $p, first: $n, sort: [{ score: DESC }]) { edges { score node { id title url } } }
  countriesSearch(phrase: $p, first: $n, sort: [{ score: DESC }]) { edges { score node { code nameEn } } }
  topicsSearch(phrase: $p, first: $n, sort: [{ score: DESC }]) { edges { score node { key nameEn } } } }`,
				map[string]any{"p": luceneWord(searchText), "n": searchFirst}),
			normProject: projectSearch,
			normPeer:    peerSearch,
		},
	}
}

// ---------------------------------------------------------------- events pages

// evidence is one supporting sentence in normal form.
type evidence struct {
	Article    string
	Sentence   string
	Start, End int64
}

func projectEventPage(d map[string]any, full bool) any {
	c := obj(d["events"])
	var items []any
	for _, e := range list(c["edges"]) {
		n := obj(obj(e)["node"])
		item := map[string]any{"id": n["id"], "date": n["date"], "title": n["title"]}
		if full {
			item["type"], item["status"] = n["type"], n["status"]
			var codes []string
			for _, x := range list(n["countries"]) {
				codes = append(codes, str(obj(x)["code"]))
			}
			slices.Sort(codes)
			item["countries"] = codes
			var ps []map[string]any
			for _, x := range list(n["participants"]) {
				p := obj(obj(x)["person"])
				ps = append(ps, map[string]any{"id": p["id"], "name": p["name"], "role": obj(x)["role"]})
			}
			item["participants"] = sortByID(ps)
			var evs []evidence
			for _, x := range list(n["evidence"]) {
				v := obj(x)
				evs = append(evs, evidence{str(obj(v["article"])["id"]), str(v["sentence"]), integer(v["start"]), integer(v["end"])})
			}
			item["evidence"] = evs
		}
		items = append(items, item)
	}
	return map[string]any{"totalCount": integer(c["totalCount"]), "items": items}
}

func peerEventPage(d map[string]any, full bool) any {
	c := obj(d["eventsConnection"])
	var items []any
	for _, e := range list(c["edges"]) {
		n := obj(obj(e)["node"])
		item := map[string]any{"id": n["id"], "date": n["date"], "title": n["title"]}
		if full {
			item["type"], item["status"] = n["type"], n["status"]
			var codes []string
			for _, x := range list(n["countries"]) {
				codes = append(codes, str(obj(x)["code"]))
			}
			slices.Sort(codes)
			item["countries"] = codes
			var ps []map[string]any
			for _, x := range list(obj(n["participantsConnection"])["edges"]) {
				p := obj(obj(x)["node"])
				ps = append(ps, map[string]any{"id": p["id"], "name": p["name"], "role": obj(obj(x)["properties"])["role"]})
			}
			item["participants"] = sortByID(ps)
			item["evidence"] = peerEvidence(list(obj(n["sourcesConnection"])["edges"]), 10)
		}
		items = append(items, item)
	}
	return map[string]any{"totalCount": integer(c["totalCount"]), "items": items}
}

// peerEvidence flattens the REPORTS edges into the project's evidence:
// articles newest first (an unknown date first, as Cypher's DESC puts
// null), then by id, each article's sentences in order, at most first.
func peerEvidence(edges []any, first int) []evidence {
	type src struct {
		id, published string
		known         bool
		props         map[string]any
	}
	var srcs []src
	for _, x := range edges {
		n := obj(obj(x)["node"])
		srcs = append(srcs, src{str(n["id"]), str(n["publishedAt"]), n["publishedAt"] != nil, obj(obj(x)["properties"])})
	}
	slices.SortFunc(srcs, func(a, b src) int {
		if a.known != b.known {
			if !a.known {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.published, a.published), cmp.Compare(a.id, b.id))
	})
	var out []evidence
	for _, s := range srcs {
		offs := list(s.props["offsets"])
		for i, x := range list(s.props["evidence"]) {
			if len(out) == first {
				return out
			}
			var start, end int64
			if 2*i+1 < len(offs) {
				start, end = integer(offs[2*i]), integer(offs[2*i+1])
			}
			out = append(out, evidence{s.id, str(x), start, end})
		}
	}
	return out
}

// ---------------------------------------------------------------- person

func projectPerson(d map[string]any) any {
	p := obj(d["person"])
	var offices []map[string]any
	for _, x := range list(p["offices"]) {
		o := obj(x)
		offices = append(offices, map[string]any{"title": str(o["title"]), "portfolio": str(o["portfolio"]),
			"country": str(obj(o["country"])["code"]), "firstSeen": o["firstSeen"], "lastSeen": o["lastSeen"]})
	}
	var events []any
	for _, e := range list(obj(p["events"])["edges"]) {
		events = append(events, obj(obj(e)["node"]))
	}
	return map[string]any{"id": p["id"], "name": p["name"], "nameLatin": p["nameLatin"], "isMinister": p["isMinister"],
		"country": str(obj(p["country"])["code"]), "offices": sortOffices(offices), "events": events}
}

func peerPerson(d map[string]any) any {
	ps := list(d["people"])
	if len(ps) != 1 {
		return fmt.Sprintf("%d persons", len(ps))
	}
	p := obj(ps[0])
	var offices []map[string]any
	for _, x := range list(obj(p["officesConnection"])["edges"]) {
		o := obj(obj(x)["properties"])
		offices = append(offices, map[string]any{"title": str(o["title"]), "portfolio": str(o["portfolio"]),
			"country": str(obj(obj(x)["node"])["code"]), "firstSeen": o["firstSeen"], "lastSeen": o["lastSeen"]})
	}
	return map[string]any{"id": p["id"], "name": p["name"], "nameLatin": p["nameLatin"], "isMinister": p["isMinister"],
		"country": str(p["country"]), "offices": sortOffices(offices), "events": list(p["events"])}
}

func sortOffices(os []map[string]any) []map[string]any {
	slices.SortFunc(os, func(a, b map[string]any) int {
		return cmp.Or(cmp.Compare(str(a["country"]), str(b["country"])), cmp.Compare(str(a["title"]), str(b["title"])))
	})
	return os
}

// ---------------------------------------------------------------- bilateral

func projectBilateral(d map[string]any) any {
	b := obj(d["bilateral"])
	var people []any
	for _, x := range list(b["people"]) {
		people = append(people, map[string]any{"id": obj(obj(x)["person"])["id"], "count": integer(obj(x)["count"])})
	}
	var byType []any
	for _, x := range list(b["byType"]) {
		byType = append(byType, map[string]any{"key": obj(x)["type"], "count": integer(obj(x)["count"])})
	}
	var byYear []any
	for _, x := range list(b["byYear"]) {
		byYear = append(byYear, map[string]any{"key": obj(x)["key"], "count": integer(obj(x)["count"])})
	}
	return map[string]any{"eventCount": integer(b["eventCount"]), "events": b["events"], "byYear": byYear, "byType": byType,
		"agreements": b["agreements"], "people": people, "firstContact": b["firstContact"], "lastContact": b["lastContact"]}
}

// peerBilateral computes the dashboard from the peer's events and
// agreements as the project's statement does (neo4jstore.bilateralCypher).
func peerBilateral(d map[string]any) any {
	evs := list(d["events"])
	years, types := map[string]int64{}, map[string]int64{}
	type person struct {
		id, nameLatin string
		known         bool
		count         int64
	}
	persons := map[string]*person{}
	var first, last string
	var events []any
	for i, x := range evs {
		e := obj(x)
		if i < 100 {
			events = append(events, map[string]any{"id": e["id"], "date": e["date"], "type": e["type"]})
		}
		tallyDate(years, &first, &last, str(e["date"]))
		types[str(e["type"])]++
		for _, y := range list(e["participants"]) {
			p := obj(y)
			id := str(p["id"])
			if persons[id] == nil {
				persons[id] = &person{id: id, nameLatin: str(p["nameLatin"]), known: p["nameLatin"] != nil}
			}
			persons[id].count++
		}
	}
	byYear, byType := keyCounts(years, false), keyCounts(types, true)
	ps := slices.Collect(maps.Values(persons))
	slices.SortFunc(ps, func(a, b *person) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		if a.known != b.known { // null last, as Cypher's ASC puts it
			if a.known {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(a.nameLatin, b.nameLatin), cmp.Compare(a.id, b.id))
	})
	var people []any
	for _, p := range ps[:min(10, len(ps))] {
		people = append(people, map[string]any{"id": p.id, "count": p.count})
	}
	var fc, lc any
	if first != "" {
		fc, lc = first, last
	}
	return map[string]any{"eventCount": int64(len(evs)), "events": events, "byYear": byYear, "byType": byType,
		"agreements": d["agreements"], "people": people, "firstContact": fc, "lastContact": lc}
}

// ---------------------------------------------------------------- search

// hit is a search hit in normal form; the score is rounded (the two sides
// print the same float differently).
type hit struct {
	Kind, ID, Label string
	Score           float64
}

func roundScore(v any) float64 { return math.Round(number(v)*1e4) / 1e4 }

// searchFirst is the number of hits the search pair asks for.
const searchFirst = 10

func sortHits(hs []hit) []hit {
	slices.SortFunc(hs, func(a, b hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Label, b.Label), cmp.Compare(a.ID, b.ID))
	})
	return hs
}

// cutTies blanks the hits that share the score of the last of a full
// list: Lucene keeps any of the nodes tied at the cut, so which ones is
// no part of the answer (how many is).
func cutTies(hs []hit) []hit {
	if len(hs) < searchFirst {
		return hs
	}
	last := hs[len(hs)-1].Score
	for i := range hs {
		if hs[i].Score == last {
			hs[i] = hit{Kind: "(tied at the cut)", Score: last}
		}
	}
	return sortHits(hs)
}

func projectSearch(d map[string]any) any {
	var hs []hit
	for _, x := range list(d["search"]) {
		h := obj(x)
		n := obj(h["node"])
		id := cmp.Or(str(n["id"]), str(n["code"]), str(n["key"]))
		hs = append(hs, hit{str(h["kind"]), id, str(h["label"]), roundScore(h["score"])})
	}
	return cutTies(sortHits(hs))
}

// peerSearch merges the per-kind hits best first and keeps 10, with the
// project's labels (neo4jstore.Search).
func peerSearch(d map[string]any) any {
	kinds := []struct{ field, kind, id string }{
		{"personsSearch", "PERSON", "id"}, {"organizationsSearch", "ORGANIZATION", "id"},
		{"eventsSearch", "EVENT", "id"}, {"agreementsSearch", "AGREEMENT", "id"},
		{"articlesSearch", "ARTICLE", "id"}, {"countriesSearch", "COUNTRY", "code"}, {"topicsSearch", "TOPIC", "key"},
	}
	var hs []hit
	for _, k := range kinds {
		for _, x := range list(obj(d[k.field])["edges"]) {
			n := obj(obj(x)["node"])
			var label string
			switch k.kind {
			case "PERSON", "ORGANIZATION":
				label = str(n["name"])
			case "EVENT":
				label = cmp.Or(str(n["title"]), str(n["type"]))
			case "AGREEMENT":
				label = cmp.Or(str(n["title"]), str(n["kind"]))
			case "ARTICLE":
				label = cmp.Or(str(n["title"]), str(n["url"]), str(n["id"]))
			case "COUNTRY":
				label = cmp.Or(str(n["nameEn"]), str(n["code"]))
			case "TOPIC":
				label = cmp.Or(str(n["nameEn"]), str(n["key"]))
			}
			hs = append(hs, hit{k.kind, str(n[k.id]), label, roundScore(obj(x)["score"])})
		}
	}
	hs = sortHits(hs)
	return cutTies(hs[:min(searchFirst, len(hs))])
}

// ---------------------------------------------------------------- JSON helpers

func obj(v any) map[string]any { m, _ := v.(map[string]any); return m }
func list(v any) []any         { l, _ := v.([]any); return l }

// str returns a string or a number as a string, "" for anything else.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	}
	return ""
}

func integer(v any) int64 {
	n, _ := strconv.ParseInt(str(v), 10, 64)
	return n
}

func number(v any) float64 {
	f, _ := strconv.ParseFloat(str(v), 64)
	return f
}

func sortByID(xs []map[string]any) []map[string]any {
	slices.SortFunc(xs, func(a, b map[string]any) int { return cmp.Compare(str(a["id"]), str(b["id"])) })
	return xs
}

// same reports whether two normal forms are equal, and returns both as
// JSON.
func same(a, b any) (bool, []byte, []byte) {
	ja, _ := json.MarshalIndent(a, "", " ")
	jb, _ := json.MarshalIndent(b, "", " ")
	return string(ja) == string(jb), ja, jb
}

// tallyDate counts the year of date in years and widens [first, last] to
// it, as the dashboard's summaries do; an empty date counts nowhere.
func tallyDate(years map[string]int64, first, last *string, date string) {
	if date == "" {
		return
	}
	years[date[:min(4, len(date))]]++
	if *first == "" || date < *first {
		*first = date
	}
	if date > *last {
		*last = date
	}
}

// keyCounts lists the counts of m as {key, count} objects, as the
// dashboard's summaries answer them: by key, or by count (the largest
// first, ties by key) when byCount is set.
func keyCounts(m map[string]int64, byCount bool) []any {
	keys := slices.Sorted(maps.Keys(m))
	if byCount {
		slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(m[b], m[a]) })
	}
	var out []any
	for _, k := range keys {
		out = append(out, map[string]any{"key": k, "count": m[k]})
	}
	return out
}
