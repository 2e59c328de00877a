package neo4jstore

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph"
)

// The query compiler of the read side: it turns diplograph.Where filters
// and sort fields into Cypher WHERE and ORDER BY clauses. Only the fields
// of the allow-lists below compile; labels, relationship types and
// property names come from this file, and every value becomes a parameter.

// fieldType says how a filterable field compares.
type fieldType int

const (
	ftString   fieldType = iota // eq, in, contains (folded: case-insensitive, ё = е), startsWith
	ftID                        // eq, in, startsWith
	ftEnum                      // eq, in
	ftDate                      // eq, gt, gte, lt, lte over a Date property
	ftMinister                  // eq over the Minister label
)

// field is a filterable property.
type field struct {
	prop string
	typ  fieldType
}

// relFilter is a filter over related nodes: pattern joins the filtered
// node (written {n}) to the related node (written {m}).
type relFilter struct {
	pattern string
	target  *kind
}

// kind describes a node kind of the read side.
type kind struct {
	name  string
	label string
	key   string
	// proj is the inside of the Cypher map projection of a node bound
	// to {n}.
	proj string
	// parts are the entries of proj with the GraphQL fields of the kind
	// that need each (the key's entry comes first and is always kept);
	// see projFor.
	parts []projPart
	// fields and rels are the allow-lists of filters; sorts maps sort
	// fields to property expressions over {n}; defaultSort orders pages
	// when the query gives no sort.
	fields      map[string]field
	rels        map[string]relFilter
	sorts       map[string]string
	defaultSort []diplograph.SortField
	// sortIndexed names the sort fields whose property has a range
	// index, which Neo4j walks in order when the filter has a range
	// condition on the field of the same name (see sortServed).
	sortIndexed map[string]bool
}

var (
	kCountry      = &kind{name: "Country", label: LabelCountry, key: "code"}
	kTopic        = &kind{name: "Topic", label: LabelTopic, key: "key"}
	kPerson       = &kind{name: "Person", label: LabelPerson, key: "id"}
	kOrganization = &kind{name: "Organization", label: LabelOrganization, key: "id"}
	kEvent        = &kind{name: "Event", label: LabelEvent, key: "id"}
	kAgreement    = &kind{name: "Agreement", label: LabelAgreement, key: "id"}
	kArticle      = &kind{name: "Article", label: LabelArticle, key: "id"}
)

func init() {
	kCountry.setProj(projPart{".code", nil}, projPart{".nameEn", []string{"name", "nameEn"}},
		projPart{".nameRu", []string{"name", "nameRu"}}, projPart{".nameKk", []string{"name", "nameKk"}})
	kCountry.fields = map[string]field{
		"code": {"code", ftID}, "nameEn": {"nameEn", ftString}, "nameRu": {"nameRu", ftString}, "nameKk": {"nameKk", ftString},
	}
	kCountry.sorts = map[string]string{"code": "{n}.code", "nameEn": "{n}.nameEn"}
	kCountry.defaultSort = []diplograph.SortField{{Field: "code"}}

	kTopic.setProj(projPart{".key", nil}, projPart{".nameEn", []string{"name", "nameEn"}},
		projPart{".nameRu", []string{"name", "nameRu"}}, projPart{".nameKk", []string{"name", "nameKk"}})
	kTopic.fields = map[string]field{"key": {"key", ftID}, "nameEn": {"nameEn", ftString}}
	kTopic.sorts = map[string]string{"key": "{n}.key", "nameEn": "{n}.nameEn"}
	kTopic.defaultSort = []diplograph.SortField{{Field: "key"}}

	kPerson.setProj(projPart{".id", nil}, projPart{".name", []string{"name"}}, projPart{".nameLatin", []string{"nameLatin"}},
		projPart{".aliases", []string{"aliases"}}, projPart{".country", []string{"country"}},
		projPart{"minister: {n}:" + LabelMinister, []string{"isMinister"}})
	kPerson.fields = map[string]field{
		"id": {"id", ftID}, "name": {"name", ftString}, "nameLatin": {"nameLatin", ftString},
		"portfolio": {"portfolio", ftString}, "isMinister": {"", ftMinister},
	}
	kPerson.rels = map[string]relFilter{
		"country": {"({m}:" + LabelCountry + " {code: {n}.country})", kCountry},
		"events":  {"({n})-[:" + RelParticipated + "]->({m}:" + LabelEvent + ")", kEvent},
	}
	kPerson.sorts = map[string]string{"name": "{n}.name", "nameLatin": "{n}.nameLatin", "id": "{n}.id"}
	kPerson.defaultSort = []diplograph.SortField{{Field: "nameLatin"}}

	kOrganization.proj = ".id, .name, .nameLatin, .country"
	kOrganization.fields = map[string]field{
		"id": {"id", ftID}, "name": {"name", ftString}, "nameLatin": {"nameLatin", ftString},
	}
	kOrganization.rels = map[string]relFilter{
		"country": {"({m}:" + LabelCountry + " {code: {n}.country})", kCountry},
	}
	kOrganization.sorts = map[string]string{"name": "{n}.name", "id": "{n}.id"}
	kOrganization.defaultSort = []diplograph.SortField{{Field: "name"}}

	kEvent.setProj(projPart{".id", nil}, projPart{".type", []string{"type"}}, projPart{".status", []string{"status"}},
		projPart{".title", []string{"title"}}, projPart{".date", []string{"date"}}, projPart{".endDate", []string{"endDate"}},
		projPart{".city", []string{"city"}})
	kEvent.fields = map[string]field{
		"id": {"id", ftID}, "type": {"type", ftEnum}, "status": {"status", ftEnum},
		"title": {"title", ftString}, "city": {"city", ftString}, "date": {"dateFrom", ftDate},
	}
	kEvent.rels = map[string]relFilter{
		"countries":    {"({n})-[:" + RelInvolves + "]->({m}:" + LabelCountry + ")", kCountry},
		"participants": {"({m}:" + LabelPerson + ")-[:" + RelParticipated + "]->({n})", kPerson},
		"topics":       {"({n})-[:" + RelAbout + "]->({m}:" + LabelTopic + ")", kTopic},
		"sources":      {"({m}:" + LabelArticle + ")-[:" + RelReports + "]->({n})", kArticle},
	}
	kEvent.sorts = map[string]string{"date": "{n}.dateFrom", "title": "{n}.title", "type": "{n}.type", "id": "{n}.id"}
	kEvent.defaultSort = []diplograph.SortField{{Field: "date", Desc: true}}
	kEvent.sortIndexed = map[string]bool{"date": true}

	kAgreement.setProj(projPart{".id", nil}, projPart{".kind", []string{"kind"}}, projPart{".status", []string{"status"}},
		projPart{".title", []string{"title"}}, projPart{".date", []string{"date"}},
		projPart{"eventId: head([({n})-[:" + RelConcludedAt + "]->(cx_ev:" + LabelEvent + ") | cx_ev.id])", []string{"event"}})
	kAgreement.fields = map[string]field{
		"id": {"id", ftID}, "kind": {"kind", ftEnum}, "status": {"status", ftEnum},
		"title": {"title", ftString}, "date": {"dateFrom", ftDate},
	}
	kAgreement.rels = map[string]relFilter{
		"countries":   {"({n})-[:" + RelBetween + "]->({m}:" + LabelCountry + ")", kCountry},
		"signatories": {"({m}:" + LabelPerson + ")-[:" + RelSigned + "]->({n})", kPerson},
		"topics":      {"({n})-[:" + RelAbout + "]->({m}:" + LabelTopic + ")", kTopic},
		"sources":     {"({m}:" + LabelArticle + ")-[:" + RelReports + "]->({n})", kArticle},
	}
	kAgreement.sorts = map[string]string{"date": "{n}.dateFrom", "title": "{n}.title", "kind": "{n}.kind", "status": "{n}.status", "id": "{n}.id"}
	kAgreement.defaultSort = []diplograph.SortField{{Field: "date", Desc: true}}
	kAgreement.sortIndexed = map[string]bool{"date": true}

	kArticle.setProj(projPart{".id", nil}, projPart{".url", []string{"url"}}, projPart{".source", []string{"source"}},
		projPart{".title", []string{"title"}}, projPart{".language", []string{"language"}},
		projPart{"published: {n}.publishedAt", []string{"published"}}, projPart{".contentHash", []string{"contentHash"}},
		projPart{".ingestedAt", []string{"ingestedAt"}})
	kArticle.fields = map[string]field{
		"id": {"id", ftID}, "url": {"url", ftString}, "source": {"source", ftString},
		"title": {"title", ftString}, "language": {"language", ftEnum}, "published": {"publishedDate", ftDate},
	}
	kArticle.sorts = map[string]string{"published": "{n}.publishedAt", "title": "{n}.title", "source": "{n}.source", "id": "{n}.id"}
	kArticle.defaultSort = []diplograph.SortField{{Field: "published", Desc: true}}

	initIncludes()
}

// initIncludes sets includes, once the projections of the kinds are set.
// Variable names inside the pattern comprehensions start with cx_ so that
// they never capture a variable of the enclosing query.
func initIncludes() {
	includes = makeIncludes(nil)
}

// makeIncludes returns the include entries with the nodes of each kind
// projected for the fields that fields gives for its name (see projFor;
// a nil fields projects everything). An entry of fields for the relation
// itself ("Event.countries", "Participant.person"; see ListQuery.Fields)
// takes precedence over the one for the kind.
func makeIncludes(fields map[string][]string) map[*kind]map[string]string {
	p := func(k *kind, rel string) string {
		if fields == nil {
			return k.proj
		}
		if fs, ok := fields[rel]; ok {
			return k.projFor(fs)
		}
		return k.projFor(fields[k.name])
	}
	// node is the expression of a related node v of kind k: its map
	// projection, or its key alone when that is all the selection needs
	// (cheaper to build, send and read; decodeCountries and decodeTopics
	// take either).
	node := func(k *kind, rel, v string) string {
		inner := p(k, rel)
		if inner == k.parts[0].entry && strings.HasPrefix(inner, ".") {
			return v + inner
		}
		return v + " {" + inner + "}"
	}
	return map[*kind]map[string]string{
		kEvent: {
			"countries":    "countries: [({n})-[:" + RelInvolves + "]->(cx_c:" + LabelCountry + ") | " + node(kCountry, "Event.countries", "cx_c") + "]",
			"topics":       "topics: [({n})-[:" + RelAbout + "]->(cx_t:" + LabelTopic + ") | " + node(kTopic, "Event.topics", "cx_t") + "]",
			"participants": "participants: [(cx_p:" + LabelPerson + ")-[cx_r:" + RelParticipated + "]->({n}) | {person: cx_p {" + bind(p(kPerson, "Participant.person"), "cx_p", "") + "}, role: cx_r.role}]",
			"agreements": "agreements: [(cx_a:" + LabelAgreement + ")-[:" + RelConcludedAt + "]->({n}) | cx_a {.id, .kind, .status, .title, .date, eventId: {n}.id," +
				" countries: [(cx_a)-[:" + RelBetween + "]->(cx_ac:" + LabelCountry + ") | " + node(kCountry, "Agreement.countries", "cx_ac") + "]," +
				" topics: [(cx_a)-[:" + RelAbout + "]->(cx_at:" + LabelTopic + ") | " + node(kTopic, "Agreement.topics", "cx_at") + "]}]",
		},
		kAgreement: {
			"countries": "countries: [({n})-[:" + RelBetween + "]->(cx_c:" + LabelCountry + ") | " + node(kCountry, "Agreement.countries", "cx_c") + "]",
			"topics":    "topics: [({n})-[:" + RelAbout + "]->(cx_t:" + LabelTopic + ") | " + node(kTopic, "Agreement.topics", "cx_t") + "]",
		},
	}
}

// bind replaces {n} and {m} in a Cypher template by variable names.
func bind(tmpl, n, m string) string {
	return strings.NewReplacer("{n}", n, "{m}", m).Replace(tmpl)
}

// projPart is one entry of a kind's projection and the fields it serves.
type projPart struct {
	entry  string
	fields []string
}

// setProj sets the projection of k from its parts: the key first, then
// each entry with the fields that need it.
func (k *kind) setProj(parts ...projPart) {
	k.parts = parts
	es := make([]string, len(parts))
	for i, p := range parts {
		es[i] = p.entry
	}
	k.proj = strings.Join(es, ", ")
}

// projFor is the inside of the projection of k limited to the entries
// that the fields named need (the key is always kept); nil fields give
// the whole projection.
func (k *kind) projFor(fields []string) string {
	if fields == nil {
		return k.proj
	}
	want := map[string]bool{}
	for _, f := range fields {
		want[f] = true
	}
	var es []string
	for i, p := range k.parts {
		keep := i == 0
		for _, f := range p.fields {
			keep = keep || want[f]
		}
		if keep {
			es = append(es, p.entry)
		}
	}
	return strings.Join(es, ", ")
}

// projection returns the map projection of k for variable v, with the
// extra entries given (each "name: expression" over {n}).
func (k *kind) projection(v string, extra ...string) string {
	return k.projectionOf(v, k.proj, extra...)
}

// projectionOf is projection with the inside proj (over {n}) instead of
// the kind's whole one.
func (k *kind) projectionOf(v, proj string, extra ...string) string {
	s := v + " {" + bind(proj, v, "")
	for _, e := range extra {
		s += ", " + bind(e, v, "")
	}
	return s + "}"
}

// compiler accumulates the parameters of one Cypher statement.
type compiler struct {
	params map[string]any
	vars   int
	// bound maps the anchor conditions of the filter being compiled to
	// the variables their nodes are bound to, and active is the anchor
	// the statement expands from (see the planner, plan.go): the active
	// one holds by construction and compiles to nothing, the others to a
	// check of the relationship to their bound node.
	bound  map[*diplograph.Cond]string
	active *diplograph.Cond
}

func newCompiler() *compiler { return &compiler{params: map[string]any{}} }

// param binds v to a fresh parameter and returns its reference.
func (c *compiler) param(v any) string {
	name := "p" + strconv.Itoa(len(c.params))
	c.params[name] = v
	return "$" + name
}

// fresh returns a fresh variable name.
func (c *compiler) fresh() string {
	c.vars++
	return "m" + strconv.Itoa(c.vars)
}

func invalid(format string, args ...any) error {
	return &diplograph.Error{Op: "neo4jstore.compile", Code: diplograph.EINVALID, Message: fmt.Sprintf(format, args...)}
}

// where compiles w over the node bound to v; "" means no condition.
func (c *compiler) where(k *kind, v string, w *diplograph.Where) (string, error) {
	if w.IsZero() {
		return "", nil
	}
	var parts []string
	for i := range w.Conds {
		s, err := c.cond(k, v, &w.Conds[i])
		if err != nil {
			return "", err
		}
		if s != "" {
			parts = append(parts, s)
		}
	}
	for i := range w.And {
		s, err := c.where(k, v, &w.And[i])
		if err != nil {
			return "", err
		}
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(w.Or) > 0 {
		var ors []string
		for i := range w.Or {
			s, err := c.where(k, v, &w.Or[i])
			if err != nil {
				return "", err
			}
			if s == "" {
				s = "true"
			}
			ors = append(ors, s)
		}
		parts = append(parts, "("+strings.Join(ors, " OR ")+")")
	}
	if w.Not != nil {
		s, err := c.where(k, v, w.Not)
		if err != nil {
			return "", err
		}
		if s == "" {
			s = "true"
		}
		parts = append(parts, "NOT ("+s+")")
	}
	if len(parts) == 0 {
		return "", nil
	}
	return "(" + strings.Join(parts, " AND ") + ")", nil
}

// cond compiles one condition over the node bound to v; "" means none
// (an anchor that holds by construction).
func (c *compiler) cond(k *kind, v string, cd *diplograph.Cond) (string, error) {
	if a, ok := c.bound[cd]; ok {
		if cd == c.active {
			return "", nil
		}
		return "EXISTS { " + k.rels[cd.Field].bare(v, a) + " }", nil
	}
	if r, ok := k.rels[cd.Field]; ok {
		if cd.Op != diplograph.OpSome && cd.Op != diplograph.OpNone {
			return "", invalid("%s.%s: operator %s does not apply to a relation", k.name, cd.Field, cd.Op)
		}
		m := c.fresh()
		sub, err := c.where(r.target, m, cd.Sub)
		if err != nil {
			return "", err
		}
		s := "EXISTS { MATCH " + bind(r.pattern, v, m)
		if sub != "" {
			s += " WHERE " + sub
		}
		s += " }"
		if cd.Op == diplograph.OpNone {
			s = "NOT " + s
		}
		return s, nil
	}
	f, ok := k.fields[cd.Field]
	if !ok {
		return "", invalid("%s has no filter field %q", k.name, cd.Field)
	}
	prop := v + "." + f.prop
	bad := func() (string, error) {
		return "", invalid("%s.%s: operator %s does not apply", k.name, cd.Field, cd.Op)
	}
	switch f.typ {
	case ftMinister:
		b, ok := cd.Value.(bool)
		if !ok || cd.Op != diplograph.OpEq {
			return bad()
		}
		if b {
			return v + ":" + LabelMinister, nil
		}
		return "NOT " + v + ":" + LabelMinister, nil
	case ftDate:
		s, ok := cd.Value.(string)
		if !ok {
			return bad()
		}
		lo, hi, err := dateBounds(s)
		if err != nil {
			return "", err
		}
		switch cd.Op {
		case diplograph.OpEq:
			return fmt.Sprintf("(%s >= date(%s) AND %s <= date(%s))", prop, c.param(lo), prop, c.param(hi)), nil
		case diplograph.OpGt:
			return fmt.Sprintf("%s > date(%s)", prop, c.param(hi)), nil
		case diplograph.OpGte:
			return fmt.Sprintf("%s >= date(%s)", prop, c.param(lo)), nil
		case diplograph.OpLt:
			return fmt.Sprintf("%s < date(%s)", prop, c.param(lo)), nil
		case diplograph.OpLte:
			return fmt.Sprintf("%s <= date(%s)", prop, c.param(hi)), nil
		}
		return bad()
	}
	switch cd.Op {
	case diplograph.OpEq:
		if _, ok := cd.Value.(string); !ok {
			return bad()
		}
		return prop + " = " + c.param(cd.Value), nil
	case diplograph.OpIn:
		if _, ok := cd.Value.([]string); !ok {
			return bad()
		}
		return prop + " IN " + c.param(cd.Value), nil
	case diplograph.OpStartsWith:
		s, ok := cd.Value.(string)
		if !ok || f.typ == ftEnum {
			return bad()
		}
		if f.typ == ftString && isFolded(k.label, f.prop) {
			// startsWith keeps to case: the folded copy's TEXT index
			// finds the candidates, the property itself decides.
			return "(" + v + "." + foldedName(f.prop) + " STARTS WITH " + c.param(fold(s)) +
				" AND " + prop + " STARTS WITH " + c.param(s) + ")", nil
		}
		return prop + " STARTS WITH " + c.param(s), nil
	case diplograph.OpContains:
		s, ok := cd.Value.(string)
		if !ok || f.typ != ftString {
			return bad()
		}
		if isFolded(k.label, f.prop) {
			return v + "." + foldedName(f.prop) + " CONTAINS " + c.param(fold(s)), nil
		}
		return foldCypher(prop) + " CONTAINS " + c.param(fold(s)), nil
	}
	return bad()
}

// orderBy compiles the sort of k over variable v, with the key as the
// final tie-breaker so that pages are stable.
func orderBy(k *kind, v string, sort []diplograph.SortField) (string, error) {
	if len(sort) == 0 {
		sort = k.defaultSort
	}
	var parts []string
	seenKey := false
	for _, s := range sort {
		expr, ok := k.sorts[s.Field]
		if !ok {
			return "", invalid("%s cannot be sorted by %q", k.name, s.Field)
		}
		if s.Field == k.key {
			seenKey = true
		}
		e := bind(expr, v, "")
		if s.Desc {
			e += " DESC"
		}
		parts = append(parts, e)
	}
	if !seenKey {
		parts = append(parts, v+"."+k.key)
	}
	return strings.Join(parts, ", "), nil
}

// dateBounds returns the first and last day of a full or partial ISO date.
func dateBounds(s string) (lo, hi string, err error) {
	bad := invalid("malformed date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	if !diplograph.ValidDate(s) {
		return "", "", bad
	}
	switch len(s) {
	case 4:
		if _, err := time.Parse("2006", s); err != nil {
			return "", "", bad
		}
		return s + "-01-01", s + "-12-31", nil
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return "", "", bad
		}
		return s + "-01", t.AddDate(0, 1, -1).Format("2006-01-02"), nil
	default:
		if _, err := time.Parse("2006-01-02", s); err != nil {
			return "", "", bad
		}
		return s, s, nil
	}
}

// checkPage validates the page of q.
func checkPage(q diplograph.ListQuery) error {
	if q.First < 0 || q.First > diplograph.MaxPageSize {
		return invalid("first must be between 0 and %d, got %d", diplograph.MaxPageSize, q.First)
	}
	if q.Offset < 0 {
		return invalid("bad page offset %d", q.Offset)
	}
	return nil
}
