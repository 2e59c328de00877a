package ingest

import (
	"sort"
	"strings"

	"github.com/diplograph/diplograph"
)

// cluster groups reports into events and returns each report's event id.
// The groups are a function of the set of reports, whatever their order:
//
//  1. Two reports are one event when the rules (sameEvent) match them on
//     evidence that dates bound, or, for a rare kind of event (a session,
//     Days of Culture), on participants or place alone; the groups are
//     the connected components, joined from the pairs that share most
//     participants on, except that a group never holds two reports placed
//     in different cities (a report that names no city does not bridge
//     them).
//  2. Reports that no date bounds match on participants alone when their
//     two articles are tied: two of their reports (others included: the
//     reports of the same articles that are not grouped again) match as
//     in step 1 (the session and the meeting of its co-chairs). In steps 1 and 2 a report that would so join two
//     different groups joins neither.
//  3. A group's id is the extractor's id of its best-dated report (the
//     least such id): reports of one day share it, so a group keeps its id
//     as reports come. Groups that would take the same id (two meetings of
//     the same day with different people) are told apart by their least
//     report (refs, "article#index"): the first keeps the id, the others
//     take one made of both.
func cluster(reps []resolved, refs []string, others []resolved, window int) []string {
	n := len(reps)
	order := make([]int, n) // reports by ref
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return refs[order[a]] < refs[order[b]] })
	blocks := map[string][]int{}
	var keys []string
	for _, i := range order {
		k := blockKey(reps[i].ev)
		if blocks[k] == nil {
			keys = append(keys, k)
		}
		blocks[k] = append(blocks[k], i)
	}
	uf := newUnionFind(n)
	// Two reports placed in different cities are never one group, even
	// when a third report that names no city matches both.
	uf.apart = func(a, b int) bool { return placesConflict(reps[a], reps[b]) }
	tied := ties{}
	tie := tied.add
	var bounded, loose, rest []pair
	for _, k := range keys {
		idx := blocks[k]
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				a, b := idx[x], idx[y]
				switch sameEvent(reps[a], reps[b], window, nil) {
				case boundedMatch:
					bounded = append(bounded, pair{a, b})
					tie(reps[a], reps[b])
				case unboundedMatch:
					loose = append(loose, pair{a, b})
					tie(reps[a], reps[b])
				default:
					rest = append(rest, pair{a, b})
				}
			}
		}
	}
	// The pairs that share most participants join first.
	shared := make(map[pair]int, len(bounded))
	for _, p := range bounded {
		shared[p] = overlap(reps[p.a].names, reps[p.b].names)
	}
	sort.SliceStable(bounded, func(x, y int) bool { return shared[bounded[x]] > shared[bounded[y]] })
	for _, p := range bounded {
		uf.union(p.a, p.b)
	}
	joinLoose(uf, loose)
	// The other reports of the same articles tie them too (two reports
	// of a visit tie the reports of its meeting), whether grouped again
	// or not: ties are a matter of two articles, whatever else is read.
	for _, o := range others {
		for _, i := range blocks[blockKey(o.ev)] {
			if o.articles[0] != reps[i].articles[0] && sameEvent(o, reps[i], window, nil) != noMatch {
				tie(o, reps[i])
			}
		}
		for _, o2 := range others {
			if o.articles[0] < o2.articles[0] && blockKey(o.ev) == blockKey(o2.ev) && sameEvent(o, o2, window, nil) != noMatch {
				tie(o, o2)
			}
		}
	}
	// Step 2: the articles tied in step 1.
	loose = loose[:0]
	for _, p := range rest {
		if uf.find(p.a) != uf.find(p.b) && sameEvent(reps[p.a], reps[p.b], window, tied[reps[p.a].articles[0]]) != noMatch {
			loose = append(loose, p)
		}
	}
	joinLoose(uf, loose)
	// Step 3: ids.
	members := map[int][]int{}
	var roots []int
	for _, i := range order {
		r := uf.find(i)
		if members[r] == nil {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i) // in ref order: the first is the least
	}
	byKey := map[string][]int{}
	for _, r := range roots {
		k := groupKey(reps, members[r])
		byKey[k] = append(byKey[k], r)
	}
	ids := make([]string, n)
	for k, rs := range byKey {
		sort.Slice(rs, func(a, b int) bool { return refs[members[rs[a]][0]] < refs[members[rs[b]][0]] })
		for j, r := range rs {
			id := k
			if j > 0 {
				id = diplograph.StableID("event", k, refs[members[r][0]])
			}
			for _, i := range members[r] {
				ids[i] = id
			}
		}
	}
	return ids
}

// ties are the articles tied to each article: two of their reports match
// (see cluster, step 2).
type ties map[string]map[string]bool

// add ties the articles of the reports a and b to each other.
func (t ties) add(a, b resolved) {
	for _, x := range [][2]string{{a.articles[0], b.articles[0]}, {b.articles[0], a.articles[0]}} {
		if t[x[0]] == nil {
			t[x[0]] = map[string]bool{}
		}
		t[x[0]][x[1]] = true
	}
}

// pair is two reports, by index.
type pair struct{ a, b int }

// joinLoose joins the groups of the pairs matched on participants alone,
// except those of a report that would so join two different groups; it
// returns the pairs joined.
func joinLoose(uf *unionFind, loose []pair) []pair {
	partners := map[int]map[int]bool{} // report -> groups it would join
	for _, p := range loose {
		for _, x := range [][2]int{{p.a, p.b}, {p.b, p.a}} {
			if uf.find(x[0]) == uf.find(x[1]) {
				continue
			}
			if partners[x[0]] == nil {
				partners[x[0]] = map[int]bool{}
			}
			partners[x[0]][uf.find(x[1])] = true
		}
	}
	var joined []pair
	for _, p := range loose {
		if len(partners[p.a]) <= 1 && len(partners[p.b]) <= 1 && uf.union(p.a, p.b) {
			joined = append(joined, p)
		}
	}
	return joined
}

// blockKey is what two reports must share to be compared at all: the type
// and the countries (in order for Days of Culture: guest, then host), or,
// for a forum, the body it is a gathering of.
func blockKey(e diplograph.Event) string {
	if e.Type == diplograph.EventForum && e.Body != "" {
		// A gathering of a body, whatever members its reports name.
		return e.Type + "|@" + e.Body
	}
	cs := e.Countries
	if e.Type != diplograph.EventCultureDays {
		cs = sortedCopy(cs)
	}
	return e.Type + "|" + strings.Join(cs, ",")
}

// groupKey is the id a group of reports takes: the extractor's id of its
// best-dated report (a day before a month, a month before a year, any date
// before none), the least of those.
func groupKey(reps []resolved, members []int) string {
	best, rank := "", 4
	for _, i := range members {
		e := reps[i].ev
		r := 3
		switch len(e.Date) {
		case 10:
			r = 0
		case 7:
			r = 1
		case 4:
			r = 2
		}
		if r < rank || r == rank && e.ID < best {
			best, rank = e.ID, r
		}
	}
	return best
}

// unionFind is a disjoint-set forest over 0..n-1 whose unions keep
// apart the members that apart says may not be one set.
type unionFind struct {
	parent  []int
	members [][]int // of each root
	apart   func(a, b int) bool
}

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n), members: make([][]int, n)}
	for i := range u.parent {
		u.parent[i] = i
		u.members[i] = []int{i}
	}
	return u
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// union joins the sets of a and b, unless a member of one may not be
// with a member of the other (it then reports false); the root is the
// lesser index, so that the forest does not depend on the order of the
// unions.
func (u *unionFind) union(a, b int) bool {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return true
	}
	if u.apart != nil {
		for _, x := range u.members[ra] {
			for _, y := range u.members[rb] {
				if u.apart(x, y) {
					return false
				}
			}
		}
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.members[ra] = append(u.members[ra], u.members[rb]...)
	u.members[rb] = nil
	return true
}
