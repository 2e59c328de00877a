package neo4jstore

import "github.com/diplograph/diplograph"

// Built includes: the relations a list query loads with its nodes whose
// entries depend on the query (a page size, a filter), so that a page of
// events with its evidence, or a person with its offices and events, is one
// statement. The entries are built by the compiler of the statement (their
// values are its parameters) and use variables of their own (cx_ea, cx_er,
// cx_i, cx_pc, cx_o, cx_oc, cx_pe), none of the static includes'.

// includeEntries returns the map projection entries of the relations q
// includes with the nodes of kind k: the static ones (includes, limited
// to q.Fields) and the built ones.
func (c *compiler) includeEntries(k *kind, q diplograph.ListQuery) ([]string, error) {
	incs := includes
	if q.Fields != nil {
		incs = makeIncludes(q.Fields)
	}
	var out []string
	for _, name := range q.Include {
		if e, ok := incs[k][name]; ok {
			out = append(out, e)
			continue
		}
		es, err := c.builtInclude(k, name, q)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

// builtInclude returns the entries of the built include name of kind k.
func (c *compiler) builtInclude(k *kind, name string, q diplograph.ListQuery) ([]string, error) {
	switch {
	case k == kEvent && name == "evidence":
		pq, err := pageOf(k, name, q)
		if err != nil {
			return nil, err
		}
		// The article with the fields selected of it under the evidence;
		// all of them when the query names no fields, none when it names
		// fields but not the evidence's article.
		article := ""
		if q.Fields == nil {
			article = ", article: " + kArticle.projection("cx_ea")
		} else if fs, ok := q.Fields["Evidence.article"]; ok {
			article = ", article: " + kArticle.projectionOf("cx_ea", kArticle.projFor(fs))
		}
		// As Store.Evidence: articles newest first, each one's sentences
		// in order, the first pq.First of them.
		return []string{"evidence: COLLECT { MATCH (cx_ea:" + LabelArticle + ")-[cx_er:" + RelReports + "]->({n})" +
			" WITH cx_ea, cx_er ORDER BY cx_ea.publishedAt DESC, cx_ea.id" +
			" UNWIND range(0, size(coalesce(cx_er.evidence, [])) - 1) AS cx_i" +
			" WITH cx_ea, cx_er, cx_i LIMIT " + c.param(pq.First) +
			" RETURN {articleId: cx_ea.id, sentence: cx_er.evidence[cx_i], start: cx_er.offsets[2*cx_i], end: cx_er.offsets[2*cx_i+1]" +
			article + "} }"}, nil
	case k == kPerson && name == "country":
		// As the relation Person.country: every property of the country.
		return []string{"countryNode: head(COLLECT { MATCH (cx_pc:" + LabelCountry + " {code: {n}.country}) RETURN " +
			kCountry.projection("cx_pc") + " })"}, nil
	case k == kPerson && name == "offices":
		// As Store.Offices.
		return []string{"offices: COLLECT { MATCH ({n})-[cx_o:" + RelHoldsOffice + "]->(cx_oc:" + LabelCountry + ")" +
			" WITH cx_o, cx_oc ORDER BY cx_o.lastSeen DESC, cx_o.title, cx_oc.code" +
			" RETURN {title: cx_o.title, portfolio: cx_o.portfolio, country: " + kCountry.projection("cx_oc") +
			", firstSeen: cx_o.firstSeen, lastSeen: cx_o.lastSeen} }"}, nil
	case k == kPerson && name == "events":
		pq, err := pageOf(k, name, q)
		if err != nil {
			return nil, err
		}
		// As the relation Person.events: the distinct events matching
		// the filter, in order, one more than the page to tell whether
		// a next one exists.
		where, err := c.where(kEvent, "cx_pe", pq.Where)
		if err != nil {
			return nil, err
		}
		if where != "" {
			where = " WHERE " + where
		}
		order, err := orderBy(kEvent, "cx_pe", pq.Sort)
		if err != nil {
			return nil, err
		}
		inc, err := c.includeEntries(kEvent, pq)
		if err != nil {
			return nil, err
		}
		// Only events are PARTICIPATED_IN: the label of cx_pe is not
		// checked (a db hit for each event of the person).
		match := "MATCH ({n})-[:" + RelParticipated + "]->(cx_pe)" + where
		es := []string{"events: COLLECT { " + match + " WITH DISTINCT cx_pe ORDER BY " + order +
			" SKIP " + c.param(pq.Offset) + " LIMIT " + c.param(pq.First+1) +
			" RETURN " + kEvent.projectionOf("cx_pe", kEvent.projFor(pq.Fields[kEvent.name]), inc...) + " }"}
		if pq.Count {
			es = append(es, "eventsTotal: COUNT { "+match+" }")
		}
		return es, nil
	}
	return nil, invalid("%s cannot include %q", k.name, name)
}

// pageOf returns the page of the paged include name of q, checked.
func pageOf(k *kind, name string, q diplograph.ListQuery) (diplograph.ListQuery, error) {
	pq, ok := q.Pages[name]
	if !ok {
		return pq, invalid("%s includes %q without its page", k.name, name)
	}
	if err := checkPage(pq); err != nil {
		return pq, err
	}
	if pq.First < 1 {
		return pq, invalid("the page of %s.%s must have at least one item", k.name, name)
	}
	return pq, nil
}

// decodeEvidence reads included evidence (see builtInclude); never nil.
func decodeEvidence(v any) []diplograph.EvidenceRef {
	ms := maps(v)
	out := make([]diplograph.EvidenceRef, 0, len(ms))
	for _, m := range ms {
		e := diplograph.EvidenceRef{ArticleID: str(m, "articleId"), Sentence: str(m, "sentence"),
			Start: int(toInt(m["start"])), End: int(toInt(m["end"]))}
		if am := mapOf(m["article"]); am != nil {
			a := decodeArticle(am)
			e.Article = &a
		}
		out = append(out, e)
	}
	return out
}

// decodeOffices reads offices, as Store.Offices returns them.
func decodeOffices(v any) []diplograph.Office {
	var out []diplograph.Office
	for _, m := range maps(v) {
		out = append(out, diplograph.Office{Title: str(m, "title"), Portfolio: str(m, "portfolio"),
			Country: decodeCountry(mapOf(m["country"])), FirstSeen: str(m, "firstSeen"), LastSeen: str(m, "lastSeen")})
	}
	return out
}

// personDecoder returns the decoder of the persons of list query q: with
// the relations q includes, the page of events cut as q.Pages asks.
func personDecoder(q diplograph.ListQuery) func(map[string]any) diplograph.PersonNode {
	pq := q.Pages["events"]
	return func(m map[string]any) diplograph.PersonNode {
		p := decodePerson(m)
		if v, ok := m["countryNode"]; ok && v != nil {
			c := decodeCountry(mapOf(v))
			p.CountryNode = &c
		}
		if v, ok := m["offices"]; ok {
			p.Offices = decodeOffices(v)
			if p.Offices == nil {
				p.Offices = []diplograph.Office{}
			}
		}
		if v, ok := m["events"]; ok {
			ms := maps(v)
			page := diplograph.Page[diplograph.EventNode]{Items: make([]diplograph.EventNode, 0, len(ms)), Offset: pq.Offset,
				TotalCount: int(toInt(m["eventsTotal"]))}
			if len(ms) > pq.First {
				ms, page.HasNextPage = ms[:pq.First], true
			}
			for _, em := range ms {
				page.Items = append(page.Items, decodeEvent(em))
			}
			p.Events = &page
		}
		return p
	}
}
