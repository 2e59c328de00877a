package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The read side: the diplograph.GraphReader methods. Each method runs one
// Cypher statement in a read transaction bounded by the store's timeout:
// an auto-commit one, retried as a transaction function (see read).

var _ diplograph.GraphReader = (*Store)(nil)

// includes are the relations a list query may load with its nodes, as
// map projection entries over {n}; see initIncludes.
var includes map[*kind]map[string]string

// read runs one statement as a read with the store's timeout, or in the
// store's write transaction when it has one (WriteSerial).
func (s *Store) read(ctx context.Context, op, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if s.tx != nil {
		res, err := s.tx.Run(ctx, cypher, params)
		var recs []*neo4j.Record
		if err == nil {
			recs, err = res.Collect(ctx)
		}
		if err != nil {
			return nil, readError(op, err)
		}
		return recs, nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	sess := s.readSession(ctx)
	defer sess.Close(ctx)
	// First as an auto-commit query: one round trip (RUN and PULL go
	// together), where a transaction function adds its COMMIT. A read
	// changes nothing, so when that attempt fails in a way the driver
	// would retry (a connection that went stale in the pool, a leader
	// switch), the transaction function runs it again with the driver's
	// retries.
	res, err := sess.Run(ctx, cypher, params, neo4j.WithTxTimeout(s.timeout))
	if err == nil {
		var recs []*neo4j.Record
		if recs, err = res.Collect(ctx); err == nil {
			return recs, nil
		}
	}
	if ctx.Err() != nil {
		// The driver's error of a cancelled write or read does not
		// always wrap the context's.
		return nil, readError(op, fmt.Errorf("%w: %w", ctx.Err(), err))
	}
	if !neo4j.IsRetryable(err) {
		return nil, readError(op, err)
	}
	recs, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	}, neo4j.WithTxTimeout(s.timeout))
	if err != nil {
		return nil, readError(op, err)
	}
	return recs, nil
}

// readError classifies a read failure; the message never shows Cypher.
func readError(op string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return &diplograph.Error{Op: op, Code: diplograph.EUNAVAILABLE, Message: "the query took too long", Err: err}
	}
	if errors.Is(err, context.Canceled) {
		return &diplograph.Error{Op: op, Code: diplograph.EUNAVAILABLE, Message: "the request was cancelled", Err: err}
	}
	return storeError(op, err)
}

// listClauses compiles what a list query over kind k (bound to n) filters
// on (a " WHERE ..." clause or ""), orders by, and includes.
func (c *compiler) listClauses(k *kind, q diplograph.ListQuery) (where, order string, inc []string, err error) {
	if where, err = c.where(k, "n", q.Where); err != nil {
		return "", "", nil, err
	}
	if where != "" {
		where = " WHERE " + where
	}
	if order, err = orderBy(k, "n", q.Sort); err != nil {
		return "", "", nil, err
	}
	if inc, err = c.includeEntries(k, q); err != nil {
		return "", "", nil, err
	}
	return where, order, inc, nil
}

// list runs a list query over kind k and returns the projected maps.
func (s *Store) list(ctx context.Context, op string, k *kind, q diplograph.ListQuery) ([]map[string]any, diplograph.Page[struct{}], error) {
	var page diplograph.Page[struct{}]
	cy, params, err := listStatement(k, q)
	if err != nil {
		return nil, page, err
	}
	recs, err := s.read(ctx, op, cy, params)
	if err != nil {
		return nil, page, err
	}
	if len(recs) != 1 {
		return nil, page, &diplograph.Error{Op: op, Code: diplograph.EINTERNAL, Message: "unexpected result"}
	}
	items := maps(recs[0].Values[0])
	page.Offset = q.Offset
	page.TotalCount = int(toInt(recs[0].Values[1]))
	if len(items) > q.First {
		items = items[:q.First]
		page.HasNextPage = true
	}
	return items, page, nil
}

func listOf[T any](ctx context.Context, s *Store, op string, k *kind, q diplograph.ListQuery, dec func(map[string]any) T) (diplograph.Page[T], error) {
	ms, p, err := s.list(ctx, op, k, q)
	if err != nil {
		return diplograph.Page[T]{}, err
	}
	out := diplograph.Page[T]{Items: make([]T, 0, len(ms)), Offset: p.Offset, HasNextPage: p.HasNextPage, TotalCount: p.TotalCount}
	for _, m := range ms {
		out.Items = append(out.Items, dec(m))
	}
	return out, nil
}

// Countries implements diplograph.GraphReader.
func (s *Store) Countries(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.Country], error) {
	return listOf(ctx, s, "neo4jstore.Countries", kCountry, q, decodeCountry)
}

// Persons implements diplograph.GraphReader.
func (s *Store) Persons(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.PersonNode], error) {
	return listOf(ctx, s, "neo4jstore.Persons", kPerson, q, personDecoder(q))
}

// Organizations implements diplograph.GraphReader.
func (s *Store) Organizations(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.OrganizationNode], error) {
	return listOf(ctx, s, "neo4jstore.Organizations", kOrganization, q, decodeOrganization)
}

// Events implements diplograph.GraphReader.
func (s *Store) Events(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.EventNode], error) {
	return listOf(ctx, s, "neo4jstore.Events", kEvent, q, decodeEvent)
}

// Agreements implements diplograph.GraphReader.
func (s *Store) Agreements(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.AgreementNode], error) {
	return listOf(ctx, s, "neo4jstore.Agreements", kAgreement, q, decodeAgreement)
}

// Articles implements diplograph.GraphReader.
func (s *Store) Articles(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.ArticleNode], error) {
	return listOf(ctx, s, "neo4jstore.Articles", kArticle, q, decodeArticle)
}

// Topics implements diplograph.GraphReader.
func (s *Store) Topics(ctx context.Context, q diplograph.ListQuery) (diplograph.Page[diplograph.Topic], error) {
	return listOf(ctx, s, "neo4jstore.Topics", kTopic, q, decodeTopic)
}

// relation is a relationship read in batches: pattern joins the parent
// (written {m}) to the related node (written {n}); extra, when set, is an
// expression over the pattern's variables kept with each related node and
// projected as extraName.
type relation struct {
	parent, target *kind
	pattern        string
	extra          string
	extraName      string
}

func rel(parent, target *kind, pattern string) relation {
	return relation{parent: parent, target: target, pattern: pattern}
}

var relations = map[diplograph.Relation]relation{
	diplograph.RelCountryEvents:     rel(kCountry, kEvent, "({n}:"+LabelEvent+")-[:"+RelInvolves+"]->({m})"),
	diplograph.RelCountryAgreements: rel(kCountry, kAgreement, "({n}:"+LabelAgreement+")-[:"+RelBetween+"]->({m})"),
	diplograph.RelCountryMinisters:  rel(kCountry, kPerson, "({n}:"+LabelPerson+":"+LabelMinister+")-[:"+RelHoldsOffice+"]->({m})"),
	diplograph.RelCountryOfficials:  rel(kCountry, kPerson, "({n}:"+LabelPerson+")-[:"+RelHoldsOffice+"]->({m})"),
	diplograph.RelCountrySources:    rel(kCountry, kArticle, "({n}:"+LabelArticle+")-[:"+RelMentions+"]->({m})"),
	diplograph.RelPersonCountry:     rel(kPerson, kCountry, "({n}:"+LabelCountry+" {code: {m}.country})"),
	diplograph.RelOrgCountry:        rel(kOrganization, kCountry, "({n}:"+LabelCountry+" {code: {m}.country})"),
	diplograph.RelAgreementEvent:    rel(kAgreement, kEvent, "({m})-[:"+RelConcludedAt+"]->({n}:"+LabelEvent+")"),
	diplograph.RelPersonEvents:      rel(kPerson, kEvent, "({m})-[:"+RelParticipated+"]->({n}:"+LabelEvent+")"),
	diplograph.RelPersonSigned:      rel(kPerson, kAgreement, "({m})-[:"+RelSigned+"]->({n}:"+LabelAgreement+")"),
	diplograph.RelPersonSources:     rel(kPerson, kArticle, "({n}:"+LabelArticle+")-[:"+RelMentions+"]->({m})"),
	diplograph.RelOrgAgreements:     rel(kOrganization, kAgreement, "({n}:"+LabelAgreement+")-[:"+RelBetween+"]->({m})"),
	diplograph.RelOrgSources:        rel(kOrganization, kArticle, "({n}:"+LabelArticle+")-[:"+RelMentions+"]->({m})"),
	diplograph.RelEventCountries:    rel(kEvent, kCountry, "({m})-[:"+RelInvolves+"]->({n}:"+LabelCountry+")"),
	diplograph.RelEventParticipants: {parent: kEvent, target: kPerson,
		pattern: "({n}:" + LabelPerson + ")-[r:" + RelParticipated + "]->({m})", extra: "r.role", extraName: "role"},
	diplograph.RelEventTopics:         rel(kEvent, kTopic, "({m})-[:"+RelAbout+"]->({n}:"+LabelTopic+")"),
	diplograph.RelEventAgreements:     rel(kEvent, kAgreement, "({n}:"+LabelAgreement+")-[:"+RelConcludedAt+"]->({m})"),
	diplograph.RelEventSources:        rel(kEvent, kArticle, "({n}:"+LabelArticle+")-[:"+RelReports+"]->({m})"),
	diplograph.RelAgreementCountries:  rel(kAgreement, kCountry, "({m})-[:"+RelBetween+"]->({n}:"+LabelCountry+")"),
	diplograph.RelAgreementParties:    rel(kAgreement, kOrganization, "({m})-[:"+RelBetween+"]->({n}:"+LabelOrganization+")"),
	diplograph.RelAgreementSignatory:  rel(kAgreement, kPerson, "({n}:"+LabelPerson+")-[:"+RelSigned+"]->({m})"),
	diplograph.RelAgreementTopics:     rel(kAgreement, kTopic, "({m})-[:"+RelAbout+"]->({n}:"+LabelTopic+")"),
	diplograph.RelAgreementSources:    rel(kAgreement, kArticle, "({n}:"+LabelArticle+")-[:"+RelReports+"]->({m})"),
	diplograph.RelTopicEvents:         rel(kTopic, kEvent, "({n}:"+LabelEvent+")-[:"+RelAbout+"]->({m})"),
	diplograph.RelTopicAgreements:     rel(kTopic, kAgreement, "({n}:"+LabelAgreement+")-[:"+RelAbout+"]->({m})"),
	diplograph.RelArticleEvents:       rel(kArticle, kEvent, "({m})-[:"+RelReports+"]->({n}:"+LabelEvent+")"),
	diplograph.RelArticleAgreements:   rel(kArticle, kAgreement, "({m})-[:"+RelReports+"]->({n}:"+LabelAgreement+")"),
	diplograph.RelArticlePersons:      rel(kArticle, kPerson, "({m})-[:"+RelMentions+"]->({n}:"+LabelPerson+")"),
	diplograph.RelArticleCountries:    rel(kArticle, kCountry, "({m})-[:"+RelMentions+"]->({n}:"+LabelCountry+")"),
	diplograph.RelArticleOrganization: rel(kArticle, kOrganization, "({m})-[:"+RelMentions+"]->({n}:"+LabelOrganization+")"),
}

// related runs a relation query and returns, per parent key, the
// projected maps of one page.
func (s *Store) related(ctx context.Context, op string, target *kind, q diplograph.RelationQuery) (map[string][]map[string]any, map[string]diplograph.Page[struct{}], error) {
	r, ok := relations[q.Relation]
	if !ok || r.target != target {
		return nil, nil, invalid("unknown relation %q", q.Relation)
	}
	if err := checkPage(q.ListQuery); err != nil {
		return nil, nil, err
	}
	items := make(map[string][]map[string]any, len(q.Keys))
	pages := make(map[string]diplograph.Page[struct{}], len(q.Keys))
	if len(q.Keys) == 0 {
		return items, pages, nil
	}
	c := newCompiler()
	where, order, inc, err := c.listClauses(target, q.ListQuery)
	if err != nil {
		return nil, nil, err
	}
	extra, proj := "null", target.projection("n", inc...)
	if r.extra != "" {
		extra = r.extra
		proj = target.projection("n", append(inc, r.extraName+": row.extra")...)
	}
	cy := "UNWIND $keys AS key\nMATCH (p:" + r.parent.label + " {" + r.parent.key + ": key})" +
		"\nCALL (p) {\n  MATCH " + bind(r.pattern, "n", "p") + where +
		"\n  WITH DISTINCT n, " + extra + " AS extra ORDER BY " + order +
		"\n  WITH collect({n: n, extra: extra}) AS rows" +
		"\n  RETURN size(rows) AS total, rows[$offset..$end] AS page\n}" +
		"\nCALL (page) {\n  UNWIND page AS row WITH row, row.n AS n\n  RETURN collect(" + proj + ") AS items\n}" +
		"\nRETURN key, total, items"
	c.params["keys"] = q.Keys
	c.params["offset"] = q.Offset
	c.params["end"] = q.Offset + q.First + 1
	recs, err := s.read(ctx, op, cy, c.params)
	if err != nil {
		return nil, nil, err
	}
	for _, rec := range recs {
		key, _ := rec.Values[0].(string)
		total := int(toInt(rec.Values[1]))
		ms := maps(rec.Values[2])
		p := diplograph.Page[struct{}]{Offset: q.Offset, TotalCount: total}
		if len(ms) > q.First {
			ms = ms[:q.First]
			p.HasNextPage = true
		}
		items[key] = ms
		pages[key] = p
	}
	return items, pages, nil
}

func relatedOf[T any](ctx context.Context, s *Store, op string, target *kind, q diplograph.RelationQuery, dec func(map[string]any) T) (map[string]diplograph.Page[T], error) {
	items, pages, err := s.related(ctx, op, target, q)
	if err != nil {
		return nil, err
	}
	out := make(map[string]diplograph.Page[T], len(q.Keys))
	for _, k := range q.Keys {
		p := pages[k]
		page := diplograph.Page[T]{Items: make([]T, 0, len(items[k])), Offset: q.Offset, HasNextPage: p.HasNextPage, TotalCount: p.TotalCount}
		for _, m := range items[k] {
			page.Items = append(page.Items, dec(m))
		}
		out[k] = page
	}
	return out, nil
}

// RelatedCountries implements diplograph.GraphReader.
func (s *Store) RelatedCountries(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.Country], error) {
	return relatedOf(ctx, s, "neo4jstore.RelatedCountries", kCountry, q, decodeCountry)
}

// RelatedPersons implements diplograph.GraphReader.
func (s *Store) RelatedPersons(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.PersonNode], error) {
	return relatedOf(ctx, s, "neo4jstore.RelatedPersons", kPerson, q, decodePerson)
}

// RelatedOrganizations implements diplograph.GraphReader.
func (s *Store) RelatedOrganizations(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.OrganizationNode], error) {
	return relatedOf(ctx, s, "neo4jstore.RelatedOrganizations", kOrganization, q, decodeOrganization)
}

// RelatedEvents implements diplograph.GraphReader.
func (s *Store) RelatedEvents(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.EventNode], error) {
	return relatedOf(ctx, s, "neo4jstore.RelatedEvents", kEvent, q, decodeEvent)
}

// RelatedAgreements implements diplograph.GraphReader.
func (s *Store) RelatedAgreements(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.AgreementNode], error) {
	return relatedOf(ctx, s, "neo4jstore.RelatedAgreements", kAgreement, q, decodeAgreement)
}

// RelatedArticles implements diplograph.GraphReader.
func (s *Store) RelatedArticles(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.ArticleNode], error) {
	return relatedOf(ctx, s, "neo4jstore.RelatedArticles", kArticle, q, decodeArticle)
}

// RelatedTopics implements diplograph.GraphReader.
func (s *Store) RelatedTopics(ctx context.Context, q diplograph.RelationQuery) (map[string]diplograph.Page[diplograph.Topic], error) {
	return relatedOf(ctx, s, "neo4jstore.RelatedTopics", kTopic, q, decodeTopic)
}

// evidenceRels maps the evidence relations to the parent kind and the
// provenance relationship that carries the sentences.
var evidenceRels = map[diplograph.Relation]struct {
	parent *kind
	rel    string
}{
	diplograph.RelPersonEvidence:    {kPerson, RelMentions},
	diplograph.RelOrgEvidence:       {kOrganization, RelMentions},
	diplograph.RelEventEvidence:     {kEvent, RelReports},
	diplograph.RelAgreementEvidence: {kAgreement, RelReports},
}

// Evidence implements diplograph.GraphReader: the sentences of the
// provenance relationships, newest article first, at most q.First per key.
func (s *Store) Evidence(ctx context.Context, q diplograph.RelationQuery) (map[string][]diplograph.EvidenceRef, error) {
	const op = "neo4jstore.Evidence"
	er, ok := evidenceRels[q.Relation]
	if !ok {
		return nil, invalid("unknown evidence relation %q", q.Relation)
	}
	if err := checkPage(q.ListQuery); err != nil {
		return nil, err
	}
	out := make(map[string][]diplograph.EvidenceRef, len(q.Keys))
	if len(q.Keys) == 0 {
		return out, nil
	}
	cy := "UNWIND $keys AS key\nMATCH (p:" + er.parent.label + " {" + er.parent.key + ": key})" +
		"\nCALL (p) {\n  MATCH (a:" + LabelArticle + ")-[r:" + er.rel + "]->(p)" +
		"\n  WITH a, r ORDER BY a.publishedAt DESC, a.id" +
		"\n  UNWIND range(0, size(coalesce(r.evidence, [])) - 1) AS i" +
		"\n  WITH a, r, i LIMIT $limit" +
		"\n  RETURN collect({articleId: a.id, sentence: r.evidence[i], start: r.offsets[2*i], end: r.offsets[2*i+1]}) AS items\n}" +
		"\nRETURN key, items"
	recs, err := s.read(ctx, op, cy, map[string]any{"keys": q.Keys, "limit": q.First})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		key, _ := rec.Values[0].(string)
		var evs []diplograph.EvidenceRef
		for _, m := range maps(rec.Values[1]) {
			evs = append(evs, diplograph.EvidenceRef{ArticleID: str(m, "articleId"), Sentence: str(m, "sentence"),
				Start: int(toInt(m["start"])), End: int(toInt(m["end"]))})
		}
		out[key] = evs
	}
	return out, nil
}

// Offices implements diplograph.GraphReader.
func (s *Store) Offices(ctx context.Context, personIDs []string) (map[string][]diplograph.Office, error) {
	out := make(map[string][]diplograph.Office, len(personIDs))
	if len(personIDs) == 0 {
		return out, nil
	}
	cy := "UNWIND $keys AS key\nMATCH (p:" + LabelPerson + " {id: key})-[o:" + RelHoldsOffice + "]->(c:" + LabelCountry + ")" +
		"\nWITH key, o, c ORDER BY o.lastSeen DESC, o.title, c.code" +
		"\nRETURN key, collect({title: o.title, portfolio: o.portfolio, country: " + kCountry.projection("c") + ", firstSeen: o.firstSeen, lastSeen: o.lastSeen}) AS items"
	recs, err := s.read(ctx, "neo4jstore.Offices", cy, map[string]any{"keys": personIDs})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		key, _ := rec.Values[0].(string)
		for _, m := range maps(rec.Values[1]) {
			out[key] = append(out[key], diplograph.Office{Title: str(m, "title"), Portfolio: str(m, "portfolio"),
				Country: decodeCountry(mapOf(m["country"])), FirstSeen: str(m, "firstSeen"), LastSeen: str(m, "lastSeen")})
		}
	}
	return out, nil
}

// Counterparts implements diplograph.GraphReader.
func (s *Store) Counterparts(ctx context.Context, personIDs []string, first int) (map[string][]diplograph.Counterpart, error) {
	if first < 0 || first > diplograph.MaxPageSize {
		return nil, invalid("first must be between 0 and %d, got %d", diplograph.MaxPageSize, first)
	}
	out := make(map[string][]diplograph.Counterpart, len(personIDs))
	if len(personIDs) == 0 {
		return out, nil
	}
	cy := "UNWIND $keys AS key\nMATCH (p:" + LabelPerson + " {id: key})" +
		"\nCALL (p) {\n  MATCH (p)-[:" + RelParticipated + "]->(e:" + LabelEvent + ")<-[:" + RelParticipated + "]-(n:" + LabelPerson + ")" +
		"\n  WHERE n <> p\n  WITH n, count(DISTINCT e) AS meetings ORDER BY meetings DESC, n.nameLatin, n.id LIMIT $limit" +
		"\n  RETURN collect({person: " + kPerson.projection("n") + ", meetings: meetings}) AS items\n}" +
		"\nRETURN key, items"
	recs, err := s.read(ctx, "neo4jstore.Counterparts", cy, map[string]any{"keys": personIDs, "limit": first})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		key, _ := rec.Values[0].(string)
		for _, m := range maps(rec.Values[1]) {
			out[key] = append(out[key], diplograph.Counterpart{Person: decodePerson(mapOf(m["person"])), Meetings: int(toInt(m["meetings"]))})
		}
	}
	return out, nil
}

// luceneSpecial are the characters with a meaning in Lucene query syntax.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// luceneQuery turns free text into a Lucene query: every word escaped and
// required to match, allowing a suffix on the last word (as it is being
// typed) and on every word of four letters or more (the case endings of
// Russian and Kazakh: "Ташкент" finds "в Ташкенте" and "Ташкентте"), so
// that "minist cult" finds "Minister of Culture".
func luceneQuery(text string) string {
	words := strings.Fields(text)
	var parts []string
	for i, w := range words {
		var b strings.Builder
		for _, r := range w {
			if strings.ContainsRune(luceneSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		t := b.String()
		if n := len([]rune(w)); n >= 4 || (i == len(words)-1 && n >= 3) {
			t = "(" + t + " OR " + t + "*)"
		}
		if strings.EqualFold(w, "AND") || strings.EqualFold(w, "OR") || strings.EqualFold(w, "NOT") {
			t = strings.ToLower(t)
		}
		parts = append(parts, "+"+t)
	}
	return strings.Join(parts, " ")
}

// Search implements diplograph.GraphReader.
func (s *Store) Search(ctx context.Context, text string, first int) ([]diplograph.SearchHit, error) {
	const op = "neo4jstore.Search"
	if first < 1 || first > diplograph.MaxPageSize {
		return nil, invalid("first must be between 1 and %d, got %d", diplograph.MaxPageSize, first)
	}
	q := luceneQuery(text)
	if q == "" {
		return nil, invalid("search text is empty")
	}
	cy := "CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node AS n, score" +
		"\nRETURN score, CASE" +
		"\n  WHEN n:" + LabelPerson + " THEN {kind: 'PERSON', label: n.name, node: " + kPerson.projection("n") + "}" +
		"\n  WHEN n:" + LabelOrganization + " THEN {kind: 'ORGANIZATION', label: n.name, node: " + kOrganization.projection("n") + "}" +
		"\n  WHEN n:" + LabelEvent + " THEN {kind: 'EVENT', label: coalesce(n.title, n.type), node: " + eventFull("n") + "}" +
		"\n  WHEN n:" + LabelAgreement + " THEN {kind: 'AGREEMENT', label: coalesce(n.title, n.kind), node: " + agreementFull("n") + "}" +
		"\n  WHEN n:" + LabelArticle + " THEN {kind: 'ARTICLE', label: coalesce(n.title, n.url, n.id), node: " + kArticle.projection("n") + "}" +
		"\n  WHEN n:" + LabelCountry + " THEN {kind: 'COUNTRY', label: coalesce(n.nameEn, n.code), node: " + kCountry.projection("n") + "}" +
		"\n  WHEN n:" + LabelTopic + " THEN {kind: 'TOPIC', label: coalesce(n.nameEn, n.key), node: " + kTopic.projection("n") + "}" +
		"\nEND AS hit ORDER BY score DESC, hit.kind, hit.label"
	recs, err := s.read(ctx, op, cy, map[string]any{"index": FullTextIndex, "query": q, "limit": first})
	if err != nil {
		return nil, err
	}
	hits := make([]diplograph.SearchHit, 0, len(recs))
	for _, rec := range recs {
		score, _ := rec.Values[0].(float64)
		m := mapOf(rec.Values[1])
		if m == nil {
			continue
		}
		h := diplograph.SearchHit{Kind: str(m, "kind"), Score: score, Label: str(m, "label")}
		node := mapOf(m["node"])
		switch h.Kind {
		case "PERSON":
			p := decodePerson(node)
			h.Person = &p
		case "ORGANIZATION":
			o := decodeOrganization(node)
			h.Organization = &o
		case "EVENT":
			e := decodeEvent(node)
			h.Event = &e
		case "AGREEMENT":
			a := decodeAgreement(node)
			h.Agreement = &a
		case "ARTICLE":
			a := decodeArticle(node)
			h.Article = &a
		case "COUNTRY":
			c := decodeCountry(node)
			h.Country = &c
		case "TOPIC":
			t := decodeTopic(node)
			h.Topic = &t
		}
		hits = append(hits, h)
	}
	return hits, nil
}

// Stats implements diplograph.GraphReader.
func (s *Store) Stats(ctx context.Context) (diplograph.Stats, error) {
	cy := "RETURN COUNT { (:" + LabelArticle + ") } AS articles, COUNT { (:" + LabelCountry + ") } AS countries," +
		" COUNT { (:" + LabelPerson + ") } AS persons, COUNT { (:" + LabelMinister + ") } AS ministers," +
		" COUNT { (:" + LabelOrganization + ") } AS organizations, COUNT { (:" + LabelEvent + ") } AS events," +
		" COUNT { (:" + LabelAgreement + ") } AS agreements, COUNT { (:" + LabelTopic + ") } AS topics"
	recs, err := s.read(ctx, "neo4jstore.Stats", cy, nil)
	if err != nil {
		return diplograph.Stats{}, err
	}
	v := recs[0].Values
	return diplograph.Stats{Articles: int(toInt(v[0])), Countries: int(toInt(v[1])), Persons: int(toInt(v[2])),
		Ministers: int(toInt(v[3])), Organizations: int(toInt(v[4])), Events: int(toInt(v[5])),
		Agreements: int(toInt(v[6])), Topics: int(toInt(v[7]))}, nil
}
