package neo4jstore

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// prepared is a validated document with what the store derives from it.
type prepared struct {
	doc     diplograph.Document
	docHash string
}

// batch holds the parameter rows of the statements that write a set of
// documents: one slice per node or relationship kind, each sorted, so that
// a batch runs a fixed number of statements whatever its size.
type batch struct {
	articleIDs []string
	articles   []map[string]any

	countries []string
	topics    []string
	nodeIDs   map[string][]string // label -> sorted ids (Person, Organization, Event, Agreement)

	mentionsPerson  []map[string]any
	mentionsOrg     []map[string]any
	mentionsCountry []map[string]any
	reportsEvent    []map[string]any
	reportsAgree    []map[string]any
	articleTopics   []map[string]any

	facts map[*factKind][]map[string]any
}

// factKind is one kind of fact relationship: its type, end labels and keys,
// an optional property that is part of its identity (HOLDS_OFFICE.title)
// and extra SET clauses.
type factKind struct {
	rel           string
	from, fromKey string
	to, toKey     string
	keyProp       string
	set           string
	// noSources: the relationship keeps no sources; its support is
	// derived from MENTIONS (HOLDS_OFFICE: see removeSupport).
	noSources bool
}

var (
	factHoldsOffice = &factKind{rel: RelHoldsOffice, from: LabelPerson, fromKey: "id", to: LabelCountry, toKey: "code",
		keyProp: "title", noSources: true, set: `r.portfolio = row.portfolio, r.deputy = row.deputy,
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END`}
	factParticipated = &factKind{rel: RelParticipated, from: LabelPerson, fromKey: "id", to: LabelEvent, toKey: "id",
		set: "r.role = CASE WHEN row.role IS NOT NULL AND (r.role IS NULL OR row.role < r.role) THEN row.role ELSE r.role END"}
	factInvolves      = &factKind{rel: RelInvolves, from: LabelEvent, fromKey: "id", to: LabelCountry, toKey: "code"}
	factEventAbout    = &factKind{rel: RelAbout, from: LabelEvent, fromKey: "id", to: LabelTopic, toKey: "key"}
	factBetweenCtry   = &factKind{rel: RelBetween, from: LabelAgreement, fromKey: "id", to: LabelCountry, toKey: "code"}
	factBetweenOrg    = &factKind{rel: RelBetween, from: LabelAgreement, fromKey: "id", to: LabelOrganization, toKey: "id"}
	factConcludedAt   = &factKind{rel: RelConcludedAt, from: LabelAgreement, fromKey: "id", to: LabelEvent, toKey: "id"}
	factSigned        = &factKind{rel: RelSigned, from: LabelPerson, fromKey: "id", to: LabelAgreement, toKey: "id"}
	factAgreementAbou = &factKind{rel: RelAbout, from: LabelAgreement, fromKey: "id", to: LabelTopic, toKey: "key"}

	factKinds = []*factKind{factHoldsOffice, factParticipated, factInvolves, factEventAbout,
		factBetweenCtry, factBetweenOrg, factConcludedAt, factSigned, factAgreementAbou}
)

// cypher returns the statement that merges rows of this kind: each row has
// from, to, sources (sorted) and the kind's own properties.
func (k *factKind) cypher() string {
	rel := "(x)-[r:" + k.rel + "]->(y)"
	if k.keyProp != "" {
		rel = "(x)-[r:" + k.rel + " {" + k.keyProp + ": row." + k.keyProp + "}]->(y)"
	}
	var set []string
	if !k.noSources {
		set = append(set, "r.sources = COLLECT { UNWIND coalesce(r.sources, []) + row.sources AS s RETURN DISTINCT s ORDER BY s }")
	}
	if k.set != "" {
		set = append(set, k.set)
	}
	return fmt.Sprintf(`UNWIND $rows AS row
MATCH (x:%s {%s: row.from})
MATCH (y:%s {%s: row.to})
MERGE %s
SET %s`,
		k.from, k.fromKey, k.to, k.toKey, rel, strings.Join(set, ", "))
}

// prepare validates every document (the root rules and the store's own:
// facts of the right article, real calendar dates) and computes its hash.
func prepare(docs []diplograph.Document) ([]prepared, error) {
	out := make([]prepared, 0, len(docs))
	for i := range docs {
		d := docs[i]
		if err := d.Validate(); err != nil {
			return nil, err
		}
		if err := validateForStore(&d); err != nil {
			return nil, err
		}
		out = append(out, prepared{doc: d, docHash: docHash(&d)})
	}
	return out, nil
}

func validateForStore(d *diplograph.Document) error {
	fail := func(format string, args ...any) error {
		return &diplograph.Error{Op: "neo4jstore.WriteBatch", Code: diplograph.EINVALID, File: d.Article.File, Line: d.Article.Line,
			Message: fmt.Sprintf("article %s: ", d.Article.ID) + fmt.Sprintf(format, args...)}
	}
	if d.Facts.ArticleID != "" && d.Facts.ArticleID != d.Article.ID {
		return fail("facts are of article %q", d.Facts.ArticleID)
	}
	dates := []string{d.Article.Published, d.Facts.Published}
	for _, e := range d.Facts.Events {
		dates = append(dates, e.Date, e.EndDate)
	}
	for _, a := range d.Facts.Agreements {
		dates = append(dates, a.Date)
	}
	for _, s := range dates {
		if s != "" && !calendarDate(s) {
			return fail("date %q is not a calendar date", s)
		}
	}
	for _, o := range d.Facts.Organizations {
		if o.Country != "" && !diplograph.ValidCountryCode(o.Country) {
			return fail("organization %q: country %q is not an ISO code", o.Name, o.Country)
		}
	}
	for _, e := range d.Facts.Events {
		if e.CityCountry != "" && !diplograph.ValidCountryCode(e.CityCountry) {
			return fail("event %s: city country %q is not an ISO code", e.ID, e.CityCountry)
		}
	}

	for _, t := range d.Facts.Events {
		for _, tp := range t.Topics {
			if !validTopic(tp) {
				return fail("event %s: unknown topic %q", t.ID, tp)
			}
		}
	}
	for _, a := range d.Facts.Agreements {
		for _, tp := range a.Topics {
			if !validTopic(tp) {
				return fail("agreement %s: unknown topic %q", a.ID, tp)
			}
		}
	}
	return nil
}

func validTopic(t string) bool {
	for _, x := range diplograph.Topics {
		if x == t {
			return true
		}
	}
	return false
}

// calendarDate reports whether s is a full or partial ISO date that exists.
func calendarDate(s string) bool {
	if !diplograph.ValidDate(s) {
		return false
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	_, err := time.Parse(layout, s)
	return err == nil
}

// docHash identifies one version of a document: its article as the store
// keeps it (Document.StoredArticle, so that a document read back from the graph
// hashes the same) and the facts its extractor gave (Extracted, else its
// facts). Event resolution moves a stored document's events without
// changing its version (Document.Rewrite).
func docHash(d *diplograph.Document) string {
	f := d.Facts
	if d.Extracted != nil {
		f = *d.Extracted
	}
	b, _ := json.Marshal(struct {
		Article diplograph.Article
		File    string
		Facts   diplograph.Facts
	}{d.StoredArticle(), d.StoredArticle().File, f})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// extractedJSON is the JSON of the facts the extractor gave d's article
// (Document.Extracted, else its facts), kept on the article so that event
// resolution can run again; Facts.Events is parallel to them, so a
// REPORTS relationship's keys (the indexes of the events it carries)
// index them too.
func extractedJSON(d *diplograph.Document) string {
	f := d.Extracted
	if f == nil || len(f.Events) != len(d.Facts.Events) {
		f = &d.Facts
	}
	b, _ := json.Marshal(f)
	return string(b)
}

// nz returns nil for the empty string, so that unknown properties are
// absent rather than empty.
func nz(s string) any {
	if s = strings.TrimSpace(s); s == "" {
		return nil
	}
	return s
}

// props drops nil values.
func props(kv ...any) map[string]any {
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != nil {
			m[kv[i].(string)] = kv[i+1]
		}
	}
	return m
}

// evidence returns the sentences and the flat offsets of ev.
func evidence(ev []diplograph.Evidence) ([]string, []int64) {
	ss := []string{}
	os := []int64{}
	seen := map[diplograph.Evidence]bool{}
	for _, e := range ev {
		k := e
		if seen[k] {
			continue
		}
		seen[k] = true
		ss = append(ss, e.Sentence)
		os = append(os, int64(e.Start), int64(e.End))
	}
	return ss, os
}

// fullDate returns s as a Neo4j Date when it is a full date, else nil.
func fullDate(s string) any {
	if len(s) != 10 {
		return nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return nil
	}
	return dbtype.Date(t)
}

// officeTitle is the title of p's office: "Minister of <portfolio>" for
// ministers, else the role.
func officeTitle(p diplograph.Person) string {
	if pf := strings.TrimSpace(p.Portfolio); pf != "" {
		if p.Deputy {
			return "Deputy Minister of " + pf
		}
		return "Minister of " + pf
	}
	return strings.TrimSpace(p.Role)
}

func sortedSet(xs map[string]bool) []string {
	out := make([]string, 0, len(xs))
	for x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// buildBatch turns the documents into statement rows. Every row is keyed
// and sorted, so that concurrent batches take locks in the same order.
func buildBatch(docs []prepared) *batch {
	b := &batch{nodeIDs: map[string][]string{}, facts: map[*factKind][]map[string]any{}}
	countries, topics := map[string]bool{}, map[string]bool{}
	nodes := map[string]map[string]bool{LabelPerson: {}, LabelOrganization: {}, LabelEvent: {}, LabelAgreement: {}}
	type factKey struct {
		kind          *factKind
		from, to, key string
	}
	facts := map[factKey]map[string]any{}
	published := map[string]string{} // article id -> publishedAt
	addFact := func(k *factKind, from, to, article string, extra map[string]any) {
		key := factKey{kind: k, from: from, to: to}
		if k.keyProp != "" {
			key.key, _ = extra[k.keyProp].(string)
		}
		row, ok := facts[key]
		if !ok {
			row = map[string]any{"from": from, "to": to, "srcset": map[string]bool{}}
			for name, v := range extra {
				row[name] = v
			}
			facts[key] = row
		} else if k == factParticipated {
			if r, _ := extra["role"].(string); r != "" {
				if old, _ := row["role"].(string); old == "" || r < old {
					row["role"] = r
				}
			}
		}
		row["srcset"].(map[string]bool)[article] = true
		if k == factHoldsOffice && published[article] != "" {
			pub := published[article]
			if f, _ := row["firstSeen"].(string); f == "" || pub < f {
				row["firstSeen"] = pub
			}
			if l, _ := row["lastSeen"].(string); pub > l {
				row["lastSeen"] = pub
			}
		}
	}

	for _, p := range docs {
		d := p.doc
		aid := d.Article.ID
		b.articleIDs = append(b.articleIDs, aid)
		lang := d.Article.Language
		if lang == "" {
			lang = d.Facts.Language
		}
		pub := d.Article.Published
		if pub == "" {
			pub = d.Facts.Published
		}
		published[aid] = pub
		file := d.Article.File
		if file == "" {
			file = d.Facts.File
		}
		b.articles = append(b.articles, map[string]any{"id": aid, "props": props(
			"url", nz(d.Article.URL), "source", nz(d.Article.Source), "title", nz(d.Article.Title),
			"language", nz(lang), "publishedAt", nz(pub), "publishedDate", fullDate(pub),
			"contentHash", diplograph.ContentHash(d.Article.Text), "docHash", p.docHash,
			"text", d.Article.Text, "file", nz(file), "facts", extractedJSON(&d))})

		// Persons: one per id, merged across the ministers, persons and
		// officials lists: an official who only speaks is mentioned and
		// holds his office too.
		persons := map[string]*diplograph.Person{}
		var personOrder []string
		for _, list := range [][]diplograph.Person{d.Facts.Ministers, d.Facts.Persons, d.Facts.Officials} {
			for _, x := range list {
				cur, ok := persons[x.ID]
				if !ok {
					c := x
					c.Aliases = append([]string(nil), x.Aliases...)
					c.Evidence = append([]diplograph.Evidence(nil), x.Evidence...)
					persons[x.ID] = &c
					personOrder = append(personOrder, x.ID)
					continue
				}
				cur.Aliases = append(cur.Aliases, x.Name, x.Latin)
				cur.Aliases = append(cur.Aliases, x.Aliases...)
				cur.Evidence = append(cur.Evidence, x.Evidence...)
				if cur.Latin == "" {
					cur.Latin = x.Latin
				}
				if cur.Country == "" {
					cur.Country = x.Country
				}
				if cur.Portfolio == "" {
					cur.Portfolio, cur.Deputy = x.Portfolio, x.Deputy
				}
				if cur.Role == "" {
					cur.Role = x.Role
				}
			}
		}
		// Name keys of the persons, to resolve participants and signatories.
		byName := map[string]string{}
		for _, id := range personOrder {
			x := persons[id]
			for _, n := range append([]string{x.Latin, x.Name}, x.Aliases...) {
				for _, k := range []string{diplograph.NameKey(n), diplograph.NormaliseText(n)} {
					if k != "" {
						if _, dup := byName[k]; !dup {
							byName[k] = id
						}
					}
				}
			}
		}
		resolvePerson := func(name string) string {
			for _, k := range []string{diplograph.NameKey(name), diplograph.NormaliseText(name)} {
				if id, ok := byName[k]; ok && k != "" {
					return id
				}
			}
			return ""
		}
		for _, id := range personOrder {
			x := persons[id]
			nodes[LabelPerson][id] = true
			aliases := map[string]bool{}
			for _, a := range x.Aliases {
				aliases[strings.TrimSpace(a)] = true
			}
			delete(aliases, x.Name)
			delete(aliases, x.Latin)
			ev, off := evidence(x.Evidence)
			var deputy any
			if x.Portfolio != "" {
				deputy = x.Deputy
			}
			b.mentionsPerson = append(b.mentionsPerson, map[string]any{"article": aid, "id": id, "props": props(
				"evidence", ev, "offsets", off, "name", nz(x.Name), "nameLatin", nz(x.Latin),
				"aliases", nonEmpty(sortedSet(aliases)), "country", nz(x.Country), "portfolio", nz(x.Portfolio),
				"role", nz(x.Role), "deputy", deputy, "title", nz(officeTitle(*x)))})
			if t := officeTitle(*x); t != "" && x.Country != "" {
				countries[x.Country] = true
				addFact(factHoldsOffice, id, x.Country, aid, props("title", t, "portfolio", nz(x.Portfolio), "deputy", deputy))
			}
		}

		// Organizations: listed ones, and parties no listed one matches.
		orgs := map[string]diplograph.Organization{}
		orgByName := map[string]string{}
		addOrg := func(o diplograph.Organization) {
			if cur, ok := orgs[o.ID]; ok {
				cur.Evidence = append(cur.Evidence, o.Evidence...)
				if cur.Latin == "" {
					cur.Latin = o.Latin
				}
				orgs[o.ID] = cur
			} else {
				orgs[o.ID] = o
			}
			for _, n := range []string{o.Name, o.Latin} {
				if k := diplograph.NormaliseText(n); k != "" {
					if _, dup := orgByName[k]; !dup {
						orgByName[k] = o.ID
					}
				}
			}
		}
		for _, o := range d.Facts.Organizations {
			addOrg(o)
		}
		resolveOrg := func(party string) string {
			if id, ok := orgByName[diplograph.NormaliseText(party)]; ok {
				return id
			}
			o := diplograph.Organization{ID: diplograph.OrganizationID("", party), Name: strings.TrimSpace(party)}
			addOrg(o)
			return o.ID
		}
		type partyOf struct{ agreement, org string }
		var parties []partyOf
		for _, a := range d.Facts.Agreements {
			for _, party := range a.Parties {
				if strings.TrimSpace(party) != "" {
					parties = append(parties, partyOf{a.ID, resolveOrg(party)})
				}
			}
		}
		orgIDs := make([]string, 0, len(orgs))
		for id := range orgs {
			orgIDs = append(orgIDs, id)
		}
		sort.Strings(orgIDs)
		for _, id := range orgIDs {
			o := orgs[id]
			nodes[LabelOrganization][id] = true
			ev, off := evidence(o.Evidence)
			b.mentionsOrg = append(b.mentionsOrg, map[string]any{"article": aid, "id": id, "props": props(
				"evidence", ev, "offsets", off, "name", nz(o.Name), "nameLatin", nz(o.Latin), "country", nz(o.Country))})
		}

		// Countries the article is about: its own list and those of its
		// events and agreements.
		artCountries := map[string]bool{}
		for _, c := range d.Facts.Countries {
			artCountries[c] = true
		}

		// Events: one report per id.
		events := map[string]diplograph.Event{}
		var eventOrder []string
		for _, e := range d.Facts.Events {
			if cur, ok := events[e.ID]; ok {
				cur.Evidence = append(cur.Evidence, e.Evidence...)
				cur.Primary = cur.Primary || e.Primary
				cur.Countries = append(cur.Countries, e.Countries...)
				cur.Participants = append(cur.Participants, e.Participants...)
				cur.Topics = append(cur.Topics, e.Topics...)
				events[e.ID] = cur
				continue
			}
			events[e.ID] = e
			eventOrder = append(eventOrder, e.ID)
		}
		keys := map[string][]int64{}
		for i, e := range d.Facts.Events {
			keys[e.ID] = append(keys[e.ID], int64(i))
		}
		for _, id := range eventOrder {
			e := events[id]
			nodes[LabelEvent][id] = true
			ev, off := evidence(e.Evidence)
			b.reportsEvent = append(b.reportsEvent, map[string]any{"article": aid, "id": id, "props": props(
				"keys", keys[id],
				"evidence", ev, "offsets", off, "primary", e.Primary, "type", nz(e.Type), "status", nz(e.Status),
				"title", nz(e.Title), "city", nz(e.City), "cityCountry", nz(e.CityCountry),
				"date", nz(e.Date), "endDate", nz(e.EndDate), "monthDay", nz(e.MonthDay), "ordinal", nzInt(e.Ordinal), "body", nz(e.Body))})
			for _, c := range e.Countries {
				artCountries[c] = true
				addFact(factInvolves, id, c, aid, nil)
			}
			for _, t := range e.Topics {
				topics[t] = true
				addFact(factEventAbout, id, t, aid, nil)
			}
			for _, n := range e.Participants {
				if pid := resolvePerson(n); pid != "" {
					addFact(factParticipated, pid, id, aid, props("role", nz(officeTitle(*persons[pid]))))
				}
			}
		}

		// Agreements: one report per id.
		agreements := map[string]diplograph.Agreement{}
		var agreementOrder []string
		for _, a := range d.Facts.Agreements {
			if cur, ok := agreements[a.ID]; ok {
				cur.Evidence = append(cur.Evidence, a.Evidence...)
				cur.Countries = append(cur.Countries, a.Countries...)
				cur.Signatories = append(cur.Signatories, a.Signatories...)
				cur.Topics = append(cur.Topics, a.Topics...)
				agreements[a.ID] = cur
				continue
			}
			agreements[a.ID] = a
			agreementOrder = append(agreementOrder, a.ID)
		}
		for _, id := range agreementOrder {
			a := agreements[id]
			nodes[LabelAgreement][id] = true
			ev, off := evidence(a.Evidence)
			b.reportsAgree = append(b.reportsAgree, map[string]any{"article": aid, "id": id, "props": props(
				"evidence", ev, "offsets", off, "primary", false, "kind", nz(a.Kind), "status", nz(a.Status),
				"title", nz(a.Title), "date", nz(a.Date))})
			for _, c := range a.Countries {
				artCountries[c] = true
				addFact(factBetweenCtry, id, c, aid, nil)
			}
			for _, t := range a.Topics {
				topics[t] = true
				addFact(factAgreementAbou, id, t, aid, nil)
			}
			for _, n := range a.Signatories {
				if pid := resolvePerson(n); pid != "" {
					addFact(factSigned, pid, id, aid, nil)
				}
			}
			if a.EventID != "" {
				addFact(factConcludedAt, id, a.EventID, aid, nil)
			}
		}
		for _, po := range parties {
			addFact(factBetweenOrg, po.agreement, po.org, aid, nil)
		}

		for _, c := range sortedSet(artCountries) {
			countries[c] = true
			ev, off := evidence(evidenceOf(d.Facts.CountryEvidence, c))
			b.mentionsCountry = append(b.mentionsCountry, map[string]any{"article": aid, "code": c,
				"props": props("evidence", ev, "offsets", off)})
		}
		artTopics := map[string]bool{}
		for _, t := range d.Facts.Topics {
			artTopics[t] = true
		}
		for _, t := range sortedSet(artTopics) {
			topics[t] = true
			ev, off := evidence(evidenceOf(d.Facts.TopicEvidence, t))
			b.articleTopics = append(b.articleTopics, map[string]any{"article": aid, "key": t,
				"props": props("evidence", ev, "offsets", off)})
		}
	}

	b.countries = sortedSet(countries)
	b.topics = sortedSet(topics)
	for label, set := range nodes {
		b.nodeIDs[label] = sortedSet(set)
	}
	for k, row := range facts {
		row["sources"] = sortedSet(row["srcset"].(map[string]bool))
		delete(row, "srcset")
		b.facts[k.kind] = append(b.facts[k.kind], row)
	}
	for _, rows := range b.facts {
		sortRows(rows, "from", "to", "title")
	}
	for _, rows := range [][]map[string]any{b.articles, b.mentionsPerson, b.mentionsOrg, b.reportsEvent, b.reportsAgree} {
		sortRows(rows, "id", "article")
	}
	sortRows(b.mentionsCountry, "code", "article")
	sortRows(b.articleTopics, "key", "article")
	sort.Strings(b.articleIDs)
	return b
}

// nonEmpty returns nil for an empty list, so that the property is absent.
func nonEmpty(xs []string) any {
	if len(xs) == 0 {
		return nil
	}
	return xs
}

func evidenceOf(m map[string]diplograph.Evidence, key string) []diplograph.Evidence {
	if e, ok := m[key]; ok {
		return []diplograph.Evidence{e}
	}
	return nil
}

// sortRows sorts rows by the string values of keys, in turn.
func sortRows(rows []map[string]any, keys ...string) {
	sort.SliceStable(rows, func(i, j int) bool {
		for _, k := range keys {
			a, _ := rows[i][k].(string)
			c, _ := rows[j][k].(string)
			if a != c {
				return a < c
			}
		}
		return false
	})
}

// nzInt is n, or nil for 0 (no property).
func nzInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}
