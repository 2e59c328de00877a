package neo4jstore

import (
	"strconv"
	"strings"

	"github.com/diplograph/diplograph"
)

// The planner of list queries: it chooses where the statement of a list
// starts and whether the page and the count share one pass.
//
// Anchors. A condition that requires a relation to one node given by its
// key (events.countries some code eq "KZ", events.participants some id
// eq "...", events.topics some key eq "...") anywhere in the conjunction
// of a filter (its conditions and its AND, not under OR or NOT) pins the
// result to the neighbours of that node, found by the key's unique
// index. With anchors, the statement matches the anchor nodes first and
// expands from the one of least degree (the rarer country of a pair),
// chosen when the statement runs: the degrees come from the nodes'
// relationship counts, one UNION ALL branch per anchor, of which only the
// chosen one gets a row. The other anchors become checks that the
// candidate is linked to their (bound) nodes, and the rest of the filter
// applies as it would to every node.
//
// Sort index. A range condition on the property the page is sorted by
// (events and agreements by date) lets Neo4j walk that property's index
// in order and stop at the end of the page; the planner then leaves the
// page to it (the filter form, MATCH (n:Label) WHERE ..., with a hint to
// that index: another one may serve the filter better, as the composite
// index of events on status, type and date does the count of the events
// page, but would give the page out of order), and the count, a pass of
// its own, to whichever index suits the filter.
//
// One pass. When the count is asked for and the filter is not empty, the
// count must visit every matching node anyway; unless the sort index
// serves the page and no anchor narrows the count, the page is cut from
// the same pass: the matching nodes are sorted, collected, counted and
// sliced, instead of being found twice.

// maxAnchors bounds the anchors a statement expands from: each is one
// branch of the statement.
const maxAnchors = 4

// anchor is a condition of a list filter that requires a relation to the
// node of one key.
type anchor struct {
	cond *diplograph.Cond
	rel  relFilter
	// v is the variable the anchor node is bound to.
	v string
}

// conjuncts returns the conditions that every match of w satisfies: its
// Conds and, recursively, those of its And (not those under Or or Not).
// They point into w.
func conjuncts(w *diplograph.Where) []*diplograph.Cond {
	if w == nil {
		return nil
	}
	var out []*diplograph.Cond
	for i := range w.Conds {
		out = append(out, &w.Conds[i])
	}
	for i := range w.And {
		out = append(out, conjuncts(&w.And[i])...)
	}
	return out
}

// anchorsOf returns the anchors of a filter over kind k: the conditions
// among its conjuncts that require a related node (through a
// relationship) whose filter pins its key with eq.
func anchorsOf(k *kind, w *diplograph.Where) []anchor {
	var out []anchor
	for _, cd := range conjuncts(w) {
		r, ok := k.rels[cd.Field]
		if !ok || cd.Op != diplograph.OpSome || !strings.Contains(r.pattern, "-[") {
			continue
		}
		for _, sc := range conjuncts(cd.Sub) {
			if _, isStr := sc.Value.(string); isStr && sc.Field == r.target.key && sc.Op == diplograph.OpEq {
				out = append(out, anchor{cond: cd, rel: r, v: "a" + strconv.Itoa(len(out))})
				break
			}
		}
		if len(out) == maxAnchors {
			break
		}
	}
	return out
}

// bare is the pattern of r with the label of the related node left out
// (the node is bound already), over n and m.
func (r relFilter) bare(n, m string) string {
	p := strings.Replace(r.pattern, "({m}:"+r.target.label+")", "({m})", 1)
	return bind(p, n, m)
}

// sortServed reports whether the first sort field of the page has an
// index Neo4j can walk in order, given the range conditions of w: events
// and agreements sorted by date with a condition on the date.
func sortServed(k *kind, sort []diplograph.SortField, w *diplograph.Where) bool {
	if len(sort) == 0 {
		sort = k.defaultSort
	}
	if len(sort) == 0 || k.sortIndexed == nil || !k.sortIndexed[sort[0].Field] {
		return false
	}
	for _, cd := range conjuncts(w) {
		if cd.Field == sort[0].Field {
			return true
		}
	}
	return false
}

// sortProp is the property of the first sort field of a page of k.
func sortProp(k *kind, sort []diplograph.SortField) string {
	if len(sort) == 0 {
		sort = k.defaultSort
	}
	return k.fields[sort[0].Field].prop
}

// anchoredMatch returns the clauses that bind n to the nodes of kind k
// matching w, expanded from the anchors (at least one): the anchor
// nodes, then from the one of least degree.
func (c *compiler) anchoredMatch(k *kind, w *diplograph.Where, as []anchor) (string, error) {
	var b strings.Builder
	c.bound = map[*diplograph.Cond]string{}
	for _, a := range as {
		sub, err := c.where(a.rel.target, a.v, a.cond.Sub)
		if err != nil {
			return "", err
		}
		b.WriteString("MATCH (" + a.v + ":" + a.rel.target.label + ") WHERE " + sub + "\n")
		c.bound[a.cond] = a.v
	}
	branch := func(a anchor) (string, error) {
		c.active = a.cond
		defer func() { c.active = nil }()
		where, err := c.where(k, "n", w)
		if err != nil {
			return "", err
		}
		s := "MATCH " + a.rel.bare("n:"+k.label, a.v)
		if where != "" {
			s += " WHERE " + where
		}
		return s, nil
	}
	if len(as) == 1 {
		s, err := branch(as[0])
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		return b.String(), nil
	}
	vars := make([]string, len(as))
	degs := make([]string, len(as))
	for i, a := range as {
		vars[i] = a.v
		degs[i] = "COUNT { " + a.rel.bare("", a.v) + " }"
	}
	imports := strings.Join(vars, ", ")
	b.WriteString("WITH " + imports + ", [" + strings.Join(degs, ", ") + "] AS deg\n")
	b.WriteString("WITH " + imports + ", reduce(i = 0, j IN range(1, size(deg) - 1) | CASE WHEN deg[j] < deg[i] THEN j ELSE i END) AS pick\n")
	b.WriteString("CALL (" + imports + ", pick) {\n")
	for i, a := range as {
		s, err := branch(a)
		if err != nil {
			return "", err
		}
		if i > 0 {
			b.WriteString("\n  UNION ALL\n")
		}
		b.WriteString("  WITH * WHERE pick = " + strconv.Itoa(i) + "\n  " + s + "\n  RETURN n")
	}
	b.WriteString("\n}")
	return b.String(), nil
}

// listStatement compiles a list query over kind k into one statement
// that returns one record: the projected items of the page (one more
// than asked, to tell whether a next page exists) and the total (-1 when
// not asked for). See the planner above.
func listStatement(k *kind, q diplograph.ListQuery) (string, map[string]any, error) {
	return planList(k, q, true)
}

// planList is listStatement; without plan, it compiles the plain form
// (the filter on every node of the label, the count in a second pass),
// which the tests take as the oracle of the planned one.
func planList(k *kind, q diplograph.ListQuery, plan bool) (string, map[string]any, error) {
	if err := checkPage(q); err != nil {
		return "", nil, err
	}
	c := newCompiler()
	where, order, inc, err := c.listClauses(k, q)
	if err != nil {
		return "", nil, err
	}
	proj := k.projectionOf("n", k.projFor(q.Fields[k.name]), inc...)
	c.params["offset"] = q.Offset
	c.params["limit"] = q.First + 1
	filterMatch := "MATCH (n:" + k.label + ")" + where
	var as []anchor
	served := true
	if plan {
		as = anchorsOf(k, q.Where)
		served = sortServed(k, q.Sort, q.Where)
	}
	source := filterMatch
	if plan && served && len(as) == 0 {
		// The page walks the sort index in order: pinned to it, so that
		// Neo4j does not take an index that suits the filter better but
		// gives the nodes out of order (then every match is sorted).
		source = "MATCH (n:" + k.label + ") USING INDEX n:" + k.label + "(" + sortProp(k, q.Sort) + ")" + where
	}
	if len(as) > 0 && !(served && !q.Count) {
		if source, err = c.anchoredMatch(k, q.Where, as); err != nil {
			return "", nil, err
		}
		// The model has at most one relationship of a type between two
		// nodes; DISTINCT keeps a node found twice counted once anyway.
		source += "\nWITH DISTINCT n"
	}
	if q.Count && where != "" && (len(as) > 0 || !served) {
		c.params["end"] = q.Offset + q.First + 1
		return source + "\nWITH n ORDER BY " + order +
			"\nWITH collect(n) AS ns" +
			"\nRETURN [n IN ns[$offset..$end] | " + proj + "] AS items, size(ns) AS total", c.params, nil
	}
	cy := source + "\nWITH n ORDER BY " + order + " SKIP $offset LIMIT $limit" +
		"\nWITH collect(" + proj + ") AS items"
	if q.Count {
		cy += "\nCALL () { " + filterMatch + " RETURN count(n) AS total }\nRETURN items, total"
	} else {
		cy += "\nRETURN items, -1 AS total"
	}
	return cy, c.params, nil
}
