package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

var (
	_ diplograph.GraphWriter = (*Store)(nil)
	_ diplograph.Reference   = (*Store)(nil)
)

// conflictRetries bounds how often WriteBatch runs a batch again after a
// concurrent writer created one of its articles first.
const conflictRetries = 5

// WriteBatch writes the documents in one transaction: all of them or none.
// See the package documentation for the statements and the merge rules.
//
// Every document is validated first; an invalid one fails the batch with
// EINVALID naming the article and its file and line. A document stored
// already with the same content and facts is skipped; one stored with
// other content or facts replaces what the stored version supported. Two
// different versions of one article in a batch fail it with ECONFLICT
// naming the article. Neo4j out of reach gives EUNAVAILABLE.
func (s *Store) WriteBatch(ctx context.Context, docs []diplograph.Document) (diplograph.WriteStats, error) {
	return s.WriteResolved(ctx, docs, nil)
}

// WriteResolved writes docs as WriteBatch does, after giving the event and
// agreement nodes of renames their new ids, in the same transaction (see
// package ingest: event resolution).
func (s *Store) WriteResolved(ctx context.Context, docs []diplograph.Document, renames []diplograph.Rename) (diplograph.WriteStats, error) {
	const op = "neo4jstore.WriteBatch"
	if len(docs) == 0 && len(renames) == 0 {
		return diplograph.WriteStats{}, nil
	}
	prep, err := prepare(docs)
	if err != nil {
		return diplograph.WriteStats{}, err
	}
	uniq, seen := uniqPrepared(prep)
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	for attempt := 0; ; attempt++ {
		res, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			var st diplograph.WriteStats
			if err := applyRenames(ctx, tx, &st, renames); err != nil {
				return st, err
			}
			ws, err := writeTx(ctx, tx, uniq)
			st.Add(ws)
			return st, err
		}, neo4j.WithTxTimeout(s.timeout))
		if err == nil {
			recordWrite(ctx, sess)
			return res.(diplograph.WriteStats), nil
		}
		if label, key, ok := conflictKey(err); ok && label == LabelArticle {
			if len(seen[key]) > 1 {
				return diplograph.WriteStats{}, conflictError(op, err, key, prep,
					"two different versions of the article in one batch")
			}
			if attempt < conflictRetries {
				// Another transaction created the article first: run
				// again, now seeing what it wrote.
				continue
			}
			return diplograph.WriteStats{}, conflictError(op, err, key, prep,
				"the article keeps being written concurrently by another writer")
		}
		if label, key, ok := conflictKey(err); ok {
			return diplograph.WriteStats{}, &diplograph.Error{Op: op, Code: diplograph.ECONFLICT,
				Message: fmt.Sprintf("%s %q conflicts with the graph", label, key), Err: err}
		}
		return diplograph.WriteStats{}, storeError(op, fmt.Errorf("neo4jstore: write batch: %w", err))
	}
}

// uniqPrepared returns the documents with identical copies left out (they
// are written once), and the content hashes of each article's versions.
func uniqPrepared(prep []prepared) ([]prepared, map[string]map[string]bool) {
	seen := map[string]map[string]bool{}
	uniq := prep[:0:0]
	for _, p := range prep {
		id := p.doc.Article.ID
		if seen[id] == nil {
			seen[id] = map[string]bool{}
		}
		if !seen[id][p.docHash] {
			seen[id][p.docHash] = true
			uniq = append(uniq, p)
		}
	}
	return uniq, seen
}

// applyRenames gives nodes their new ids, in two steps (through a
// temporary id), so that two groups may swap ids.
func applyRenames(ctx context.Context, tx neo4j.ManagedTransaction, st *diplograph.WriteStats, renames []diplograph.Rename) error {
	for _, kind := range []struct{ name, label string }{{"event", LabelEvent}, {"agreement", LabelAgreement}} {
		var rows []map[string]any
		for _, r := range renames {
			if r.Kind == kind.name && r.From != r.To {
				rows = append(rows, map[string]any{"from": r.From, "to": r.To})
			}
		}
		if len(rows) == 0 {
			continue
		}
		sortRows(rows, "from")
		for _, q := range []string{
			"UNWIND $rows AS r MATCH (n:" + kind.label + " {id: r.from}) SET n.id = '~' + r.from",
			"UNWIND $rows AS r MATCH (n:" + kind.label + " {id: '~' + r.from}) SET n.id = r.to",
		} {
			if _, err := stmt(ctx, tx, st, true, q, map[string]any{"rows": rows}); err != nil {
				return err
			}
		}
	}
	return nil
}

// conflictError is the ECONFLICT error about one article of the batch,
// located at the file and line the article was read from.
func conflictError(op string, err error, article string, prep []prepared, why string) error {
	e := &diplograph.Error{Op: op, Code: diplograph.ECONFLICT, Err: err,
		Message: fmt.Sprintf("article %s: %s", article, why)}
	for _, p := range prep {
		if p.doc.Article.ID == article {
			e.File, e.Line = p.doc.Article.File, p.doc.Article.Line
			break
		}
	}
	return e
}

var conflictRE = regexp.MustCompile("already exists with label `([^`]+)` and property `[^`]+` = '((?:[^'\\\\]|\\\\.)*)'")

// conflictKey extracts the label and key of the node a uniqueness
// constraint violation is about.
func conflictKey(err error) (label, key string, ok bool) {
	var n4 *neo4j.Neo4jError
	if !errors.As(err, &n4) || !strings.Contains(n4.Code, "ConstraintValidationFailed") {
		return "", "", false
	}
	m := conflictRE.FindStringSubmatch(n4.Msg)
	if m == nil {
		return "", "", true
	}
	return m[1], m[2], true
}

// stmt runs one statement in tx and adds its counters to st. When
// countProps is false, the properties it sets are not counted (the lock
// statements set and remove a marker property).
func stmt(ctx context.Context, tx neo4j.ManagedTransaction, st *diplograph.WriteStats, countProps bool,
	cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	c := sum.Counters()
	st.NodesCreated += c.NodesCreated()
	st.NodesDeleted += c.NodesDeleted()
	st.RelationshipsCreated += c.RelationshipsCreated()
	st.RelationshipsDeleted += c.RelationshipsDeleted()
	if countProps {
		st.PropertiesSet += c.PropertiesSet()
	}
	return recs, nil
}

// touched collects node ids per label (Person, Organization, Event,
// Agreement) whose derived properties must be computed again.
type touched map[string]map[string]bool

func (t touched) add(label string, ids ...string) {
	if t[label] == nil {
		t[label] = map[string]bool{}
	}
	for _, id := range ids {
		t[label][id] = true
	}
}

func (t touched) ids(label string) []string { return sortedSet(t[label]) }

// derivedLabels are the labels whose properties are derived from REPORTS
// or MENTIONS, in the order their nodes are locked.
var derivedLabels = []string{LabelPerson, LabelOrganization, LabelEvent, LabelAgreement}

func writeTx(ctx context.Context, tx neo4j.ManagedTransaction, docs []prepared) (diplograph.WriteStats, error) {
	var st diplograph.WriteStats
	ids := make([]string, 0, len(docs))
	for _, p := range docs {
		ids = append(ids, p.doc.Article.ID)
	}
	sort.Strings(ids)
	recs, err := stmt(ctx, tx, &st, true,
		"UNWIND $ids AS id MATCH (a:"+LabelArticle+" {id: id}) RETURN a.id, a.docHash", map[string]any{"ids": ids})
	if err != nil {
		return st, err
	}
	stored := map[string]string{}
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		h, _ := r.Values[1].(string)
		stored[id] = h
	}
	versions := map[string]int{}
	for _, p := range docs {
		versions[p.doc.Article.ID]++
	}
	var write []prepared
	var replaced []string
	for _, p := range docs {
		h, ok := stored[p.doc.Article.ID]
		// An unchanged document is skipped, unless another version of it
		// is in the batch: then both are written, and the uniqueness
		// constraint on Article.id fails the batch.
		if ok && h == p.docHash && versions[p.doc.Article.ID] == 1 && !p.doc.Rewrite {
			continue
		}
		if ok {
			replaced = append(replaced, p.doc.Article.ID)
		}
		write = append(write, p)
	}
	if len(write) == 0 {
		return st, nil
	}
	t := touched{}
	if len(replaced) > 0 {
		sort.Strings(replaced)
		replaced = uniqStrings(replaced)
		if err := removeSupport(ctx, tx, &st, replaced, t); err != nil {
			return st, err
		}
	}
	b := buildBatch(write)
	cur, err := writeRows(ctx, tx, &st, b)
	if err != nil {
		return st, err
	}
	// Only what the replaced versions supported can have lost its last
	// report or mention or a source; what this batch writes has them.
	if err := deleteOrphans(ctx, tx, &st, t); err != nil {
		return st, err
	}
	offices := t.ids(LabelPerson)
	patches := planDerive(b, cur, t)
	if err := derive(ctx, tx, &st, t, offices); err != nil {
		return st, err
	}
	if err := patchDerived(ctx, tx, &st, patches); err != nil {
		return st, err
	}
	st.Articles = len(write)
	return st, nil
}

func uniqStrings(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// lockCypher takes the write lock of each node: statements that read
// REPORTS or MENTIONS to derive a node's properties run after it, so a
// concurrent writer of the same node waits and then sees this one's
// relationships.
func lockCypher(label string) string {
	return "UNWIND $ids AS id MATCH (n:" + label + " {id: id}) SET n._lock = true REMOVE n._lock"
}

// mergeLockCypher merges and locks the nodes, and returns their
// properties as committed before this transaction touched them: the
// values the batch's reports and mentions are merged into (see
// planDerive).
func mergeLockCypher(label string) string {
	return "UNWIND $ids AS id MERGE (n:" + label + " {id: id}) SET n._lock = true REMOVE n._lock RETURN n.id, properties(n)"
}

// writeRows runs the statements of a batch: a fixed number, whatever the
// number of documents. It returns the properties the Person,
// Organization, Event and Agreement nodes of the batch had before it
// (label -> id -> properties; a node the batch creates has only its id).
func writeRows(ctx context.Context, tx neo4j.ManagedTransaction, st *diplograph.WriteStats, b *batch) (map[string]map[string]map[string]any, error) {
	type step struct {
		cypher string
		params map[string]any
		props  bool
		label  string // derived label whose properties the statement returns
	}
	cur := map[string]map[string]map[string]any{}
	steps := []step{
		{`UNWIND $rows AS row
CREATE (a:` + LabelArticle + ` {id: row.id})
SET a += row.props, a.ingestedAt = datetime()` + foldSet(LabelArticle, "a"), map[string]any{"rows": b.articles}, true, ""},
		{"UNWIND $codes AS code MERGE (:" + LabelCountry + " {code: code})", map[string]any{"codes": b.countries}, true, ""},
		{"UNWIND $keys AS key MERGE (:" + LabelTopic + " {key: key})", map[string]any{"keys": b.topics}, true, ""},
	}
	for _, l := range derivedLabels {
		steps = append(steps, step{mergeLockCypher(l), map[string]any{"ids": b.nodeIDs[l]}, false, l})
	}
	prov := func(rel, label, key string, rows []map[string]any) step {
		return step{`UNWIND $rows AS row
MATCH (a:` + LabelArticle + ` {id: row.article})
MATCH (n:` + label + ` {` + key + `: row.` + key + `})
CREATE (a)-[m:` + rel + `]->(n)
SET m = row.props`, map[string]any{"rows": rows}, true, ""}
	}
	steps = append(steps,
		prov(RelMentions, LabelPerson, "id", b.mentionsPerson),
		prov(RelMentions, LabelOrganization, "id", b.mentionsOrg),
		prov(RelMentions, LabelCountry, "code", b.mentionsCountry),
		prov(RelReports, LabelEvent, "id", b.reportsEvent),
		prov(RelReports, LabelAgreement, "id", b.reportsAgree),
		prov(RelAbout, LabelTopic, "key", b.articleTopics),
	)
	for _, k := range factKinds {
		steps = append(steps, step{k.cypher(), map[string]any{"rows": b.facts[k]}, true, ""})
	}
	for _, s := range steps {
		if rowsEmpty(s.params) {
			continue
		}
		recs, err := stmt(ctx, tx, st, s.props, s.cypher, s.params)
		if err != nil {
			return nil, err
		}
		if s.label != "" {
			m := make(map[string]map[string]any, len(recs))
			for _, r := range recs {
				id, _ := r.Values[0].(string)
				ps, _ := r.Values[1].(map[string]any)
				m[id] = ps
			}
			cur[s.label] = m
		}
	}
	return cur, nil
}

func rowsEmpty(params map[string]any) bool {
	for _, v := range params {
		switch x := v.(type) {
		case []map[string]any:
			return len(x) == 0
		case []string:
			return len(x) == 0
		}
	}
	return false
}

// firstDay and lastDay are Cypher expressions for the first and last day
// of the (possibly partial) ISO date in the expression x.
func firstDay(x string) string {
	return fmt.Sprintf("CASE WHEN %[1]s IS NULL THEN null WHEN size(%[1]s) = 4 THEN date(%[1]s + '-01-01') "+
		"WHEN size(%[1]s) = 7 THEN date(%[1]s + '-01') ELSE date(%[1]s) END", x)
}

func lastDay(x string) string {
	return fmt.Sprintf("CASE WHEN %[1]s IS NULL THEN null WHEN size(%[1]s) = 4 THEN date(%[1]s + '-12-31') "+
		"WHEN size(%[1]s) = 7 THEN date(%[1]s + '-01') + duration('P1M') - duration('P1D') ELSE date(%[1]s) END", x)
}

// first is the Cypher expression for the first non-null value of property
// p in the ranked list of relationships rs.
func first(rs, p string) string {
	return fmt.Sprintf("head([r IN %s WHERE r.%s IS NOT NULL | r.%s])", rs, p, p)
}

var (
	// reportRankCypher is the rank key of report r by article a: keys
	// compare as strings in the order reports are ranked (primary first,
	// then by publishedAt, earliest first and unknown last, then by
	// article id). See reportRank.
	reportRankCypher = `CASE WHEN r.primary THEN '0' ELSE '1' END +
    CASE WHEN a.publishedAt IS NULL THEN '1' ELSE '0' + a.publishedAt END + ' ' + a.id`

	// mentionRankCypher is the rank key of mention m by article a: keys
	// compare as strings in the order mentions are ranked (by publishedAt,
	// latest first and unknown last, then by article id): the digits of
	// publishedAt are complemented to 9 and a "~" ends it, so that a
	// later date sorts first. See mentionRank.
	mentionRankCypher = `CASE WHEN a.publishedAt IS NULL THEN '1' ELSE '0' +
    reduce(s = '', c IN split(a.publishedAt, '') | s + CASE c WHEN '-' THEN '-' ELSE toString(9 - toInteger(c)) END) +
    '~' END + ' ' + a.id`

	// ranksCypher is the list of the rank keys of the reports or mentions
	// that gave the ranked properties $ranked ("" for none), from the
	// ranked relationships rs and their keys ks.
	ranksCypher = `[k IN $ranked | coalesce(head([i IN range(0, size(rs) - 1) WHERE rs[i][k] IS NOT NULL | ks[i]]), '')]`

	deriveEventCypher = `UNWIND $ids AS id
MATCH (e:` + LabelEvent + ` {id: id})
CALL (e) {
  MATCH (a:` + LabelArticle + `)-[r:` + RelReports + `]->(e)
  WITH a, r ORDER BY r.primary DESC, a.publishedAt IS NULL, a.publishedAt, a.id
  RETURN collect(r) AS rs, collect(CASE WHEN r.primary THEN a.id END) AS prim, collect(` + reportRankCypher + `) AS ks
}
WITH e, rs, prim, ks WHERE size(rs) > 0
WITH e, rs, prim, ks, ` + first("rs", "date") + ` AS date, ` + first("rs", "endDate") + ` AS endDate
SET e.type = ` + first("rs", "type") + `,
    e.status = head([s IN $statuses WHERE any(r IN rs WHERE r.status = s)]),
    e.title = ` + first("rs", "title") + `,
    e.city = ` + first("rs", "city") + `,
    e.cityCountry = ` + first("rs", "cityCountry") + `,
    e.date = date,
    e.endDate = endDate,
    e.dateFrom = ` + firstDay("date") + `,
    e.dateTo = ` + lastDay("coalesce(endDate, date)") + `,
    e.primaryIn = CASE WHEN size(prim) = 0 THEN null ELSE COLLECT { UNWIND prim AS p RETURN p ORDER BY p } END,
    e._ranks = ` + ranksCypher + foldSet(LabelEvent, "e")

	deriveAgreementCypher = `UNWIND $ids AS id
MATCH (g:` + LabelAgreement + ` {id: id})
CALL (g) {
  MATCH (a:` + LabelArticle + `)-[r:` + RelReports + `]->(g)
  WITH a, r ORDER BY r.primary DESC, a.publishedAt IS NULL, a.publishedAt, a.id
  RETURN collect(r) AS rs, collect(` + reportRankCypher + `) AS ks
}
WITH g, rs, ks WHERE size(rs) > 0
WITH g, rs, ks, ` + first("rs", "date") + ` AS date
SET g.kind = ` + first("rs", "kind") + `,
    g.status = head([s IN $statuses WHERE any(r IN rs WHERE r.status = s)]),
    g.title = ` + first("rs", "title") + `,
    g.date = date,
    g.dateFrom = ` + firstDay("date") + `,
    g._ranks = ` + ranksCypher + foldSet(LabelAgreement, "g")

	aliasesCypher = `COLLECT { UNWIND rs AS m UNWIND [m.name, m.nameLatin] + coalesce(m.aliases, []) AS x
    WITH x WHERE x IS NOT NULL AND trim(x) <> '' RETURN DISTINCT x ORDER BY x }`

	derivePersonCypher = `UNWIND $ids AS id
MATCH (p:` + LabelPerson + ` {id: id})
CALL (p) {
  MATCH (a:` + LabelArticle + `)-[m:` + RelMentions + `]->(p)
  WITH a, m ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  RETURN collect(m) AS rs, collect(` + mentionRankCypher + `) AS ks
}
WITH p, rs, ks WHERE size(rs) > 0
WITH p, rs, ks, ` + aliasesCypher + ` AS aliases,
     head([r IN rs WHERE r.portfolio IS NOT NULL]) AS office
SET p.name = ` + first("rs", "name") + `,
    p.nameLatin = ` + first("rs", "nameLatin") + `,
    p.country = ` + first("rs", "country") + `,
    p.role = ` + first("rs", "role") + `,
    p.portfolio = office.portfolio,
    p.deputy = CASE WHEN office IS NULL THEN null ELSE coalesce(office.deputy, false) END,
    p.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END,
    p.aliasesText = CASE WHEN size(aliases) = 0 THEN null
      ELSE reduce(t = head(aliases), x IN tail(aliases) | t + $sep + x) END,
    p._ranks = ` + ranksCypher + foldSet(LabelPerson, "p") + `
FOREACH (_ IN CASE WHEN office IS NOT NULL AND NOT p:` + LabelMinister + ` THEN [1] ELSE [] END | SET p:` + LabelMinister + `)
FOREACH (_ IN CASE WHEN office IS NULL AND p:` + LabelMinister + ` THEN [1] ELSE [] END | REMOVE p:` + LabelMinister + `)`

	deriveOrganizationCypher = `UNWIND $ids AS id
MATCH (o:` + LabelOrganization + ` {id: id})
CALL (o) {
  MATCH (a:` + LabelArticle + `)-[m:` + RelMentions + `]->(o)
  WITH a, m ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  RETURN collect(m) AS rs, collect(` + mentionRankCypher + `) AS ks
}
WITH o, rs, ks WHERE size(rs) > 0
WITH o, rs, ks, ` + aliasesCypher + ` AS aliases
SET o.name = ` + first("rs", "name") + `,
    o.nameLatin = ` + first("rs", "nameLatin") + `,
    o.country = ` + first("rs", "country") + `,
    o.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END,
    o.aliasesText = CASE WHEN size(aliases) = 0 THEN null
      ELSE reduce(t = head(aliases), x IN tail(aliases) | t + $sep + x) END,
    o._ranks = ` + ranksCypher + foldSet(LabelOrganization, "o")

	deriveRoleCypher = `UNWIND $ids AS id
MATCH (p:` + LabelPerson + ` {id: id})-[r:` + RelParticipated + `]->(:` + LabelEvent + `)
CALL (p, r) {
  MATCH (a:` + LabelArticle + `)-[m:` + RelMentions + `]->(p)
  WHERE a.id IN r.sources
  RETURN min(m.title) AS role
}
SET r.role = role`

	deriveOfficeCypher = `UNWIND $ids AS id
MATCH (p:` + LabelPerson + ` {id: id})-[h:` + RelHoldsOffice + `]->(c:` + LabelCountry + `)
CALL (p, h, c) {
  MATCH (a:` + LabelArticle + `)-[m:` + RelMentions + `]->(p)
  WHERE m.title = h.title AND m.country = c.code AND a.publishedAt IS NOT NULL
  RETURN min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
}
SET h.firstSeen = firstSeen, h.lastSeen = lastSeen`
)

// derive computes again the properties of the touched nodes from the
// REPORTS or MENTIONS they have (see "Merge rules" in the package
// documentation), and the firstSeen and lastSeen of their offices.
//
// HOLDS_OFFICE firstSeen and lastSeen only grow with writes and
// PARTICIPATED_IN role only falls, and writes keep them up to date (see
// factHoldsOffice, factParticipated); they are computed again (from the
// mentions with the office's title and country, from the sources of
// PARTICIPATED_IN) only for the persons in offices, those that lost a
// mention or a source.
func derive(ctx context.Context, tx neo4j.ManagedTransaction, st *diplograph.WriteStats, t touched, offices []string) error {
	steps := []struct {
		cypher string
		ids    []string
		extra  map[string]any
	}{
		{derivePersonCypher, t.ids(LabelPerson), map[string]any{"sep": aliasesSeparator, "ranked": derivedRules[LabelPerson].ranked()}},
		{deriveOfficeCypher, offices, nil},
		{deriveRoleCypher, offices, nil},
		{deriveOrganizationCypher, t.ids(LabelOrganization), map[string]any{"sep": aliasesSeparator,
			"ranked": derivedRules[LabelOrganization].ranked()}},
		{deriveEventCypher, t.ids(LabelEvent), map[string]any{"statuses": derivedRules[LabelEvent].statuses,
			"ranked": derivedRules[LabelEvent].ranked()}},
		{deriveAgreementCypher, t.ids(LabelAgreement), map[string]any{"statuses": derivedRules[LabelAgreement].statuses,
			"ranked": derivedRules[LabelAgreement].ranked()}},
	}
	for _, s := range steps {
		if len(s.ids) == 0 {
			continue
		}
		params := map[string]any{"ids": s.ids}
		for k, v := range s.extra {
			params[k] = v
		}
		if _, err := stmt(ctx, tx, st, true, s.cypher, params); err != nil {
			return err
		}
	}
	return nil
}

// derivedRule says how the properties of a derived label follow from the
// REPORTS or MENTIONS of its nodes (see "Merge rules" in the package
// documentation), for planDerive.
type derivedRule struct {
	// first are the ranked properties: each comes from the first ranked
	// report or mention that has it. For Person, portfolio comes with
	// deputy.
	first []string
	// mentions: ranked by mentionRank, else by reportRank.
	mentions bool
	// aliases: the node's aliases are the union of the names, Latin
	// forms and aliases of its mentions.
	aliases bool
	// statuses, most advanced first: the node's status is the most
	// advanced any report gives.
	statuses []string
	// primary: primaryIn lists the articles whose report is primary.
	primary bool
}

// ranked returns the properties whose rank keys the node keeps in _ranks,
// in order.
func (r derivedRule) ranked() []string { return r.first }

var derivedRules = map[string]derivedRule{
	LabelPerson: {first: []string{"name", "nameLatin", "country", "role", "portfolio"},
		mentions: true, aliases: true},
	LabelOrganization: {first: []string{"name", "nameLatin", "country"}, mentions: true, aliases: true},
	LabelEvent: {first: []string{"type", "title", "city", "cityCountry", "date", "endDate"},
		statuses: []string{diplograph.StatusHeld, diplograph.StatusPlanned}, primary: true},
	LabelAgreement: {first: []string{"kind", "title", "date"},
		statuses: []string{diplograph.AgreementSigned, diplograph.AgreementDraft, diplograph.AgreementPlanned, diplograph.AgreementDiscussed}},
}

// reportRank is reportRankCypher in Go.
func reportRank(primary bool, published, article string) string {
	k := "1"
	if primary {
		k = "0"
	}
	if published == "" {
		return k + "1 " + article
	}
	return k + "0" + published + " " + article
}

// mentionRank is mentionRankCypher in Go.
func mentionRank(published, article string) string {
	if published == "" {
		return "1 " + article
	}
	b := []byte(published)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '9' - c + '0'
		}
	}
	return "0" + string(b) + "~ " + article
}

// derivedPatch is the change the reports or mentions of a batch make to
// one node: properties to set (with _ranks), aliases and primaryIn
// entries to add.
type derivedPatch struct {
	id      string
	props   map[string]any
	aliases []string
	primary []string
}

// planDerive decides, for every node the batch reports or mentions, how
// its properties change, without reading the reports and mentions of
// other articles: cur holds the node's properties before the batch,
// derived from all the others.
//
// The node keeps in _ranks the rank key (reportRank, mentionRank) of the
// report or mention each ranked property comes from: a new one gives the
// property when it has it and ranks before. Aliases and primaryIn are
// unions and status the most advanced value, which merge whatever the
// order. So the result is what deriving from all of them gives; a node
// that has nothing but its id (new) is derived here from the batch's
// alone. A node with properties but no _ranks (written by an older
// version) is added to t,
// whose nodes derive computes from all their reports and mentions, as are
// the nodes in t already (they lost those of replaced articles). The
// other nodes get the patches returned (label -> sorted by id), if
// anything changes.
func planDerive(b *batch, cur map[string]map[string]map[string]any, t touched) map[string][]derivedPatch {
	published := map[string]string{}
	for _, a := range b.articles {
		id, _ := a["id"].(string)
		pub, _ := a["props"].(map[string]any)["publishedAt"].(string)
		published[id] = pub
	}
	rows := map[string][]map[string]any{
		LabelPerson: b.mentionsPerson, LabelOrganization: b.mentionsOrg,
		LabelEvent: b.reportsEvent, LabelAgreement: b.reportsAgree,
	}
	out := map[string][]derivedPatch{}
	for _, l := range derivedLabels {
		rule := derivedRules[l]
		byID := map[string][]map[string]any{}
		for _, r := range rows[l] {
			id, _ := r["id"].(string)
			byID[id] = append(byID[id], r)
		}
		for _, id := range b.nodeIDs[l] {
			if t[l][id] {
				continue
			}
			p, ok := planNode(rule, cur[l][id], byID[id], published)
			if !ok {
				t.add(l, id)
				continue
			}
			if len(p.props) > 0 || p.aliases != nil || p.primary != nil {
				p.id = id
				out[l] = append(out[l], p)
			}
		}
	}
	return out
}

// planNode merges the new reports or mentions rows into the node's
// properties cur; ok is false when the node has derived properties but
// no rank keys.
func planNode(rule derivedRule, cur map[string]any, rows []map[string]any, published map[string]string) (p derivedPatch, ok bool) {
	stored, _ := cur["_ranks"].([]any)
	ranks := make([]string, len(rule.first))
	changedRanks := false
	switch {
	case len(stored) == len(rule.first):
		for i, x := range stored {
			s, ok := x.(string)
			if !ok {
				return p, false
			}
			ranks[i] = s
		}
	case len(cur) == 1 && cur["id"] != nil:
		// A node with nothing derived (the batch created it): no report
		// or mention gives anything yet.
		changedRanks = true
	default:
		return p, false
	}
	p.props = map[string]any{}
	var have map[string]bool
	if rule.aliases {
		have = map[string]bool{}
		if xs, ok := cur["aliases"].([]any); ok {
			for _, x := range xs {
				if s, ok := x.(string); ok {
					have[s] = true
				}
			}
		}
	}
	status := cur["status"]
	rank := func(s any) int {
		for i, x := range rule.statuses {
			if s == x {
				return i
			}
		}
		return len(rule.statuses)
	}
	var prim map[string]bool
	for _, r := range rows {
		m, _ := r["props"].(map[string]any)
		article, _ := r["article"].(string)
		var key string
		if rule.mentions {
			key = mentionRank(published[article], article)
		} else {
			isPrim, _ := m["primary"].(bool)
			key = reportRank(isPrim, published[article], article)
		}
		for i, k := range rule.first {
			v, ok := m[k]
			if !ok || v == nil || (ranks[i] != "" && ranks[i] <= key) {
				continue
			}
			ranks[i], changedRanks = key, true
			p.props[k] = v
			if k == "portfolio" {
				p.props["deputy"] = m["deputy"]
			}
		}
		if rule.aliases {
			names := []any{m["name"], m["nameLatin"]}
			if xs, ok := m["aliases"].([]string); ok {
				for _, x := range xs {
					names = append(names, x)
				}
			}
			for _, x := range names {
				if s, ok := x.(string); ok && strings.TrimSpace(s) != "" && !have[s] {
					have[s] = true
					p.aliases = append(p.aliases, s)
				}
			}
		}
		if len(rule.statuses) > 0 {
			if s, ok := m["status"]; ok && rank(s) < rank(status) {
				status = s
				p.props["status"] = s
			}
		}
		if rule.primary && m["primary"] == true {
			if prim == nil {
				prim = map[string]bool{}
				if xs, ok := cur["primaryIn"].([]any); ok {
					for _, x := range xs {
						if s, ok := x.(string); ok {
							prim[s] = true
						}
					}
				}
			}
			if !prim[article] {
				prim[article] = true
				p.primary = append(p.primary, article)
			}
		}
	}
	// Values equal to the stored ones change nothing but the ranks.
	for k, v := range p.props {
		if cur[k] == v {
			delete(p.props, k)
		}
	}
	if changedRanks {
		p.props["_ranks"] = ranks
	}
	return p, true
}

// patchCypher returns the statement that applies patches to nodes of
// label l: rows of id, props (set as they are), aliases and primary (to
// add); then the properties that follow from those set.
func patchCypher(l string) string {
	c := `UNWIND $rows AS row
MATCH (n:` + l + ` {id: row.id})
SET n += row.props`
	switch l {
	case LabelPerson, LabelOrganization:
		c += `
WITH n, row, CASE WHEN size(row.aliases) = 0 THEN n.aliases ELSE
  COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS x
    WITH x WHERE x IS NOT NULL AND trim(x) <> '' RETURN DISTINCT x ORDER BY x } END AS aliases
SET n.aliases = aliases,
    n.aliasesText = CASE WHEN aliases IS NULL THEN null
      ELSE reduce(t = head(aliases), x IN tail(aliases) | t + $sep + x) END`
		if l == LabelPerson {
			c += `
FOREACH (_ IN CASE WHEN n.portfolio IS NOT NULL AND NOT n:` + LabelMinister + ` THEN [1] ELSE [] END | SET n:` + LabelMinister + `)`
		}
	case LabelEvent:
		c += `,
    n.primaryIn = CASE WHEN size(row.primary) = 0 THEN n.primaryIn
      ELSE COLLECT { UNWIND coalesce(n.primaryIn, []) + row.primary AS p RETURN DISTINCT p ORDER BY p } END
SET n.dateFrom = ` + firstDay("n.date") + `,
    n.dateTo = ` + lastDay("coalesce(n.endDate, n.date)")
	case LabelAgreement:
		c += `
SET n.dateFrom = ` + firstDay("n.date")
	}
	return c + foldPatch(l, "n")
}

// patchDerived applies the patches of planDerive.
func patchDerived(ctx context.Context, tx neo4j.ManagedTransaction, st *diplograph.WriteStats, patches map[string][]derivedPatch) error {
	for _, l := range derivedLabels {
		if len(patches[l]) == 0 {
			continue
		}
		rows := make([]map[string]any, 0, len(patches[l]))
		for _, p := range patches[l] {
			aliases, prim := p.aliases, p.primary
			if aliases == nil {
				aliases = []string{}
			}
			if prim == nil {
				prim = []string{}
			}
			rows = append(rows, map[string]any{"id": p.id, "props": p.props, "aliases": aliases, "primary": prim})
		}
		if _, err := stmt(ctx, tx, st, true, patchCypher(l), map[string]any{"rows": rows, "sep": aliasesSeparator}); err != nil {
			return err
		}
	}
	return nil
}
