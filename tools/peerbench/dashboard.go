package main

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// The queries the dashboard's pair page (/bilateral, web/static/bilateral.js
// and common.js) sends: the list of countries, a page of 100 at a time,
// and the bilateral query of the page, as the page writes them. The peer
// answers the bilateral query with its best: the countries, every shared
// event and agreement of the period with what the page shows of them, in
// one request of three root fields, and the client computes the rest as
// neo4jstore.bilateralCypher does.

// pairPageFrom and pairPageTo are the period of the pair page's query:
// one year, as a user of the page looks at (from=2024&to=2024).
const pairPageFrom, pairPageTo = "2024", "2024"

// dashboardPairs returns the pairs of the pair page's queries.
func dashboardPairs() []pair {
	vars := map[string]any{"a": countryA, "b": countryB, "from": pairPageFrom, "to": pairPageTo}
	shared := `AND: [{ countries: { some: { code: { eq: "` + countryA + `" } } } }, { countries: { some: { code: { eq: "` + countryB + `" } } } }],
    dateFrom: { gte: "` + pairPageFrom + `-01-01", lte: "` + pairPageTo + `-12-31" }`
	article := `id url title source publishedAt language topics { key nameEn }`
	return []pair{
		{
			name: "pair page countries",
			note: "dashboard: the countries of the pair page's form, 100 a page by English name",
			project: body(`query Countries($after: String) { countries(first: 100, after: $after, sort: [{ nameEn: ASC }]) {
  edges { node { code nameEn nameRu nameKk } } pageInfo { hasNextPage endCursor } } }`, map[string]any{"after": nil}),
			peer: body(`{ countriesConnection(first: 100, sort: [{ nameEn: ASC }, { code: ASC }]) {
  edges { node { code nameEn nameRu nameKk } } pageInfo { hasNextPage } } }`, nil),
			normProject: func(d map[string]any) any { return countriesPage(obj(d["countries"])) },
			normPeer:    func(d map[string]any) any { return countriesPage(obj(d["countriesConnection"])) },
		},
		{
			name: "pair page",
			note: "dashboard: the pair page's bilateral query; peer: countries, events and agreements (3 root fields) + aggregation in the client",
			project: body(`query Bilateral($a: ID!, $b: ID!, $from: Date, $to: Date) {
  bilateral(a: $a, b: $b, from: $from, to: $to) {
    a { code nameEn } b { code nameEn } from to eventCount firstContact lastContact
    events(first: 100, direction: ASC) {
      id type status title date endDate city
      countries { code }
      participants { role person { id name nameLatin country { code } } }
      topics { key nameEn }
      sources(first: 3) { id url title source }
    }
    byYear { key count } byType { type count }
    agreements(first: 100) {
      id kind status title date
      parties { name } signatories { id name } event { id } sources(first: 1) { url title }
    }
    people(first: 50) { count person { id name nameLatin isMinister country { code } offices { title portfolio } } }
    topics { weight topic { key nameEn } }
    sources(first: 50) { id url title source published language }
  } }`, vars),
			peer: body(`{ countries(where: { code: { in: ["`+countryA+`", "`+countryB+`"] } }) { code nameEn }
  events(where: { `+shared+` }, sort: [{ dateFrom: ASC }, { id: ASC }]) {
    id type status title date endDate city
    countries { code }
    participantsConnection { edges { properties { role } node { id name nameLatin country isMinister
      officesConnection { edges { properties { title portfolio } } } } } }
    topics { key nameEn }
    sources { `+article+` } }
  agreements(where: { `+shared+` }, sort: [{ dateFrom: DESC }, { id: ASC }]) {
    id kind status title date
    parties { name } signatories { id name } event { id }
    topics { key nameEn }
    sources { `+article+` } } }`, nil),
			normProject: projectPairPage,
			normPeer:    peerPairPage,
		},
	}
}

func countriesPage(c map[string]any) any {
	var nodes []any
	for _, e := range list(c["edges"]) {
		nodes = append(nodes, obj(e)["node"])
	}
	return map[string]any{"nodes": nodes, "hasNextPage": obj(c["pageInfo"])["hasNextPage"]}
}

// countryOf is a country given by its code, nil without one.
func countryOf(code string) any {
	if code == "" {
		return nil
	}
	return map[string]any{"code": code}
}

// sortedBy sorts maps by the string of a key.
func sortedBy(xs []map[string]any, keys ...string) []map[string]any {
	slices.SortFunc(xs, func(a, b map[string]any) int {
		for _, k := range keys {
			if c := cmp.Compare(str(a[k]), str(b[k])); c != 0 {
				return c
			}
		}
		return 0
	})
	return xs
}

func offices(xs []map[string]any) []map[string]any { return sortedBy(xs, "title", "portfolio") }

func projectPairPage(d map[string]any) any {
	b := obj(d["bilateral"])
	var events []any
	for _, x := range list(b["events"]) {
		e := obj(x)
		var codes []string
		for _, c := range list(e["countries"]) {
			codes = append(codes, str(obj(c)["code"]))
		}
		slices.Sort(codes)
		var ps []map[string]any
		for _, p := range list(e["participants"]) {
			pp := obj(obj(p)["person"])
			ps = append(ps, map[string]any{"role": obj(p)["role"], "id": pp["id"], "name": str(pp["name"]), "nameLatin": str(pp["nameLatin"]),
				"country": countryOf(str(obj(pp["country"])["code"]))})
		}
		var ts []map[string]any
		for _, t := range list(e["topics"]) {
			ts = append(ts, obj(t))
		}
		events = append(events, map[string]any{"id": e["id"], "type": e["type"], "status": e["status"], "title": str(e["title"]),
			"date": str(e["date"]), "endDate": str(e["endDate"]), "city": str(e["city"]), "countries": codes, "participants": sortByID(ps),
			"topics": sortedBy(ts, "key"), "sources": e["sources"]})
	}
	var agreements []any
	for _, x := range list(b["agreements"]) {
		a := obj(x)
		agreements = append(agreements, projectAgreement(a))
	}
	var people []any
	for _, x := range list(b["people"]) {
		p := obj(obj(x)["person"])
		var os []map[string]any
		for _, o := range list(p["offices"]) {
			os = append(os, map[string]any{"title": str(obj(o)["title"]), "portfolio": str(obj(o)["portfolio"])})
		}
		people = append(people, map[string]any{"count": integer(obj(x)["count"]), "id": p["id"], "name": str(p["name"]),
			"nameLatin": str(p["nameLatin"]), "isMinister": p["isMinister"], "country": countryOf(str(obj(p["country"])["code"])),
			"offices": offices(os)})
	}
	var topics []any
	for _, x := range list(b["topics"]) {
		t := obj(obj(x)["topic"])
		topics = append(topics, map[string]any{"key": t["key"], "nameEn": t["nameEn"], "weight": integer(obj(x)["weight"])})
	}
	var byYear, byType []any
	for _, x := range list(b["byYear"]) {
		byYear = append(byYear, map[string]any{"key": obj(x)["key"], "count": integer(obj(x)["count"])})
	}
	for _, x := range list(b["byType"]) {
		byType = append(byType, map[string]any{"key": obj(x)["type"], "count": integer(obj(x)["count"])})
	}
	return map[string]any{"a": b["a"], "b": b["b"], "eventCount": integer(b["eventCount"]), "firstContact": b["firstContact"],
		"lastContact": b["lastContact"], "events": events, "byYear": byYear, "byType": byType, "agreements": agreements,
		"people": people, "topics": topics, "sources": b["sources"]}
}

func projectAgreement(a map[string]any) any {
	var parties []string
	for _, p := range list(a["parties"]) {
		parties = append(parties, str(obj(p)["name"]))
	}
	slices.Sort(parties)
	var signs []map[string]any
	for _, s := range list(a["signatories"]) {
		signs = append(signs, map[string]any{"id": obj(s)["id"], "name": str(obj(s)["name"])})
	}
	var event any
	if e := obj(a["event"]); e != nil {
		event = e["id"]
	}
	return map[string]any{"id": a["id"], "kind": a["kind"], "status": a["status"], "title": str(a["title"]), "date": str(a["date"]),
		"parties": parties, "signatories": sortByID(signs), "event": event, "sources": a["sources"]}
}

// source is an article reporting an event or agreement, as the peer gives it.
type source struct {
	m         map[string]any
	id        string
	published string
	known     bool
}

// newestFirst orders articles as the project's statements do: publishedAt
// descending (an unknown date first, as Cypher's DESC puts null), then id.
func newestFirst(a, b source) int {
	if a.known != b.known {
		if !a.known {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(b.published, a.published), cmp.Compare(a.id, b.id))
}

func sourcesOf(v any) []source {
	var out []source
	for _, x := range list(v) {
		m := obj(x)
		out = append(out, source{m, str(m["id"]), str(m["publishedAt"]), m["publishedAt"] != nil})
	}
	slices.SortFunc(out, newestFirst)
	return out
}

// firstSources projects the first n sources on the fields given.
func firstSources(ss []source, n int, fields ...string) []any {
	out := []any{}
	for _, s := range ss[:min(n, len(ss))] {
		m := map[string]any{}
		for _, f := range fields {
			m[f] = s.m[f]
		}
		out = append(out, m)
	}
	return out
}

// language is the project's Language enum of an article's language.
func language(v any) any {
	switch l := strings.ToUpper(str(v)); l {
	case "EN", "RU", "KK":
		return l
	}
	return nil
}

// peerPairPage computes the pair page from the peer's countries, events
// and agreements as neo4jstore.bilateralCypher does.
func peerPairPage(d map[string]any) any {
	countries := map[string]any{}
	for _, x := range list(d["countries"]) {
		countries[str(obj(x)["code"])] = obj(x)
	}
	evs, ags := list(d["events"]), list(d["agreements"])
	type person struct {
		m     map[string]any
		count int64
	}
	persons := map[string]*person{}
	articles := map[string]source{}
	topicWeight := map[string]int64{}
	topicName := map[string]any{}
	countTopics := func(ts any) {
		for _, t := range list(ts) {
			k := str(obj(t)["key"])
			topicWeight[k]++
			topicName[k] = obj(t)["nameEn"]
		}
	}
	years, types := map[string]int64{}, map[string]int64{}
	var first, last string
	var events []any
	for i, x := range evs {
		e := obj(x)
		ss := sourcesOf(e["sources"])
		for _, s := range ss {
			articles[s.id] = s
		}
		countTopics(e["topics"])
		tallyDate(years, &first, &last, str(e["date"]))
		types[str(e["type"])]++
		var ps []map[string]any
		for _, y := range list(obj(e["participantsConnection"])["edges"]) {
			n := obj(obj(y)["node"])
			id := str(n["id"])
			ps = append(ps, map[string]any{"role": obj(obj(y)["properties"])["role"], "id": n["id"], "name": str(n["name"]),
				"nameLatin": str(n["nameLatin"]), "country": countryOf(str(n["country"]))})
			if persons[id] == nil {
				persons[id] = &person{m: n}
			}
			persons[id].count++
		}
		if i >= 100 {
			continue
		}
		var codes []string
		for _, c := range list(e["countries"]) {
			codes = append(codes, str(obj(c)["code"]))
		}
		slices.Sort(codes)
		var ts []map[string]any
		for _, t := range list(e["topics"]) {
			ts = append(ts, obj(t))
		}
		events = append(events, map[string]any{"id": e["id"], "type": e["type"], "status": e["status"], "title": str(e["title"]),
			"date": str(e["date"]), "endDate": str(e["endDate"]), "city": str(e["city"]), "countries": codes, "participants": sortByID(ps),
			"topics": sortedBy(ts, "key"), "sources": firstSources(ss, 3, "id", "url", "title", "source")})
	}
	var agreements []any
	for i, x := range ags {
		a := obj(x)
		ss := sourcesOf(a["sources"])
		for _, s := range ss {
			articles[s.id] = s
		}
		countTopics(a["topics"])
		if i >= 100 {
			continue
		}
		pa := projectAgreement(a).(map[string]any)
		pa["sources"] = firstSources(ss, 1, "url", "title")
		agreements = append(agreements, pa)
	}
	// The topics of the articles that report the events and agreements,
	// each article once.
	for _, s := range articles {
		countTopics(s.m["topics"])
	}
	tkeys := slices.Sorted(maps.Keys(topicWeight))
	slices.SortStableFunc(tkeys, func(a, b string) int { return cmp.Compare(topicWeight[b], topicWeight[a]) })
	var topics []any
	for _, k := range tkeys {
		topics = append(topics, map[string]any{"key": k, "nameEn": topicName[k], "weight": topicWeight[k]})
	}
	all := slices.SortedFunc(maps.Values(articles), newestFirst)
	sources := []any{}
	for _, s := range all[:min(50, len(all))] {
		sources = append(sources, map[string]any{"id": s.m["id"], "url": s.m["url"], "title": s.m["title"], "source": s.m["source"],
			"published": s.m["publishedAt"], "language": language(s.m["language"])})
	}
	ps := slices.Collect(maps.Values(persons))
	slices.SortFunc(ps, func(a, b *person) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		ak, bk := a.m["nameLatin"] != nil, b.m["nameLatin"] != nil
		if ak != bk { // null last, as Cypher's ASC puts it
			if ak {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(str(a.m["nameLatin"]), str(b.m["nameLatin"])), cmp.Compare(str(a.m["id"]), str(b.m["id"])))
	})
	var people []any
	for _, p := range ps[:min(50, len(ps))] {
		var os []map[string]any
		for _, o := range list(obj(p.m["officesConnection"])["edges"]) {
			pr := obj(obj(o)["properties"])
			os = append(os, map[string]any{"title": str(pr["title"]), "portfolio": str(pr["portfolio"])})
		}
		people = append(people, map[string]any{"count": p.count, "id": p.m["id"], "name": str(p.m["name"]),
			"nameLatin": str(p.m["nameLatin"]), "isMinister": p.m["isMinister"], "country": countryOf(str(p.m["country"])),
			"offices": offices(os)})
	}
	byYear, byType := keyCounts(years, false), keyCounts(types, true)
	var fc, lc any
	if first != "" {
		fc, lc = first, last
	}
	return map[string]any{"a": countries[countryA], "b": countries[countryB], "eventCount": int64(len(evs)), "firstContact": fc,
		"lastContact": lc, "events": events, "byYear": byYear, "byType": byType, "agreements": agreements,
		"people": people, "topics": topics, "sources": sources}
}
