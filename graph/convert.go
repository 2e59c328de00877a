package graph

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/graph/model"
)

// Conversions from the GraphQL inputs (package model) to the domain's
// query types. The where inputs all share one shape, so they are
// converted through their JSON form; the store checks fields against its
// allow-lists.

var scalarOps = map[string]diplograph.Op{
	"eq": diplograph.OpEq, "in": diplograph.OpIn, "contains": diplograph.OpContains,
	"startsWith": diplograph.OpStartsWith, "gt": diplograph.OpGt, "gte": diplograph.OpGte,
	"lt": diplograph.OpLt, "lte": diplograph.OpLte,
}

// toWhere converts a *model.XWhere; nil gives nil.
func toWhere(w any) (*diplograph.Where, error) {
	if w == nil || reflect.ValueOf(w).IsNil() {
		return nil, nil
	}
	b, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("graph: where: %w", err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("graph: where: %w", err)
	}
	return whereOf(m)
}

func whereOf(m map[string]any) (*diplograph.Where, error) {
	w := &diplograph.Where{}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := m[k]
		switch k {
		case "AND", "OR":
			for _, x := range v.([]any) {
				sub, err := whereOf(x.(map[string]any))
				if err != nil {
					return nil, err
				}
				if k == "AND" {
					w.And = append(w.And, *sub)
				} else {
					w.Or = append(w.Or, *sub)
				}
			}
			continue
		case "NOT":
			sub, err := whereOf(v.(map[string]any))
			if err != nil {
				return nil, err
			}
			w.Not = sub
			continue
		}
		fm, _ := v.(map[string]any)
		switch shapeOf(fm) {
		case "scalar":
			ops := make([]string, 0, len(fm))
			for op := range fm {
				ops = append(ops, op)
			}
			sort.Strings(ops)
			for _, op := range ops {
				val := fm[op]
				if xs, ok := val.([]any); ok {
					ss := make([]string, 0, len(xs))
					for _, x := range xs {
						ss = append(ss, fmt.Sprint(x))
					}
					val = ss
				}
				if k == "language" {
					val = lowerAll(val)
				}
				w.Conds = append(w.Conds, diplograph.Cond{Field: k, Op: scalarOps[op], Value: val})
			}
		case "relation":
			for _, q := range []string{"some", "none"} {
				sm, ok := fm[q].(map[string]any)
				if !ok {
					continue
				}
				sub, err := whereOf(sm)
				if err != nil {
					return nil, err
				}
				w.Conds = append(w.Conds, diplograph.Cond{Field: k, Op: diplograph.Op(q), Sub: sub})
			}
		default: // a nested where over a single related node
			sub, err := whereOf(fm)
			if err != nil {
				return nil, err
			}
			w.Conds = append(w.Conds, diplograph.Cond{Field: k, Op: diplograph.OpSome, Sub: sub})
		}
	}
	return w, nil
}

func lowerAll(v any) any {
	switch x := v.(type) {
	case string:
		return strings.ToLower(x)
	case []string:
		out := make([]string, len(x))
		for i, s := range x {
			out[i] = strings.ToLower(s)
		}
		return out
	}
	return v
}

// shapeOf tells a scalar filter ({eq, in, ...}) from a relation filter
// ({some, none}) and a nested where.
func shapeOf(m map[string]any) string {
	if len(m) == 0 {
		return "scalar"
	}
	scalar, rel := true, true
	for k := range m {
		if _, ok := scalarOps[k]; !ok {
			scalar = false
		}
		if k != "some" && k != "none" {
			rel = false
		}
	}
	switch {
	case scalar:
		return "scalar"
	case rel:
		return "relation"
	}
	return "where"
}

// toSort converts a list of model.XSort values: in each, the fields set,
// in schema order.
func toSort[S any](in []S) []diplograph.SortField {
	var out []diplograph.SortField
	for _, s := range in {
		v := reflect.ValueOf(s)
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := v.Field(i)
			if f.IsNil() {
				continue
			}
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			dir := f.Interface().(*model.SortDirection)
			out = append(out, diplograph.SortField{Field: name, Desc: *dir == model.SortDirectionDesc})
		}
	}
	return out
}

// Cursors are opaque to clients: the base64 of "off:N", N the position of
// the edge in the whole result.
const cursorPrefix = "off:"

func encodeCursor(offset int) string {
	return base64.StdEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// decodeCursor returns the offset after the cursor; nil gives 0.
func decodeCursor(after *string) (int, error) {
	if after == nil || *after == "" {
		return 0, nil
	}
	bad := diplograph.Errorf(diplograph.EINVALID, "bad cursor %q: use an endCursor or cursor from an earlier page", *after)
	b, err := base64.StdEncoding.DecodeString(*after)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return 0, bad
	}
	n, err := strconv.Atoi(strings.TrimPrefix(string(b), cursorPrefix))
	if err != nil || n < 0 || n > 1<<30 {
		return 0, bad
	}
	return n + 1, nil
}

// pageArgs checks first and after and returns the page size and offset.
func pageArgs(first *int, after *string, def int) (int, int, error) {
	n := def
	if first != nil {
		n = *first
	}
	if n < 0 || n > diplograph.MaxPageSize {
		return 0, 0, diplograph.Errorf(diplograph.EINVALID, "first must be between 0 and %d, got %d", diplograph.MaxPageSize, n)
	}
	off, err := decodeCursor(after)
	if err != nil {
		return 0, 0, err
	}
	return n, off, nil
}

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

func strOr(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// pageInfo builds the Relay page info of a domain page of n items.
func pageInfo[T any](p diplograph.Page[T]) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.Offset > 0}
	if len(p.Items) > 0 {
		s, e := encodeCursor(p.Offset), encodeCursor(p.Offset+len(p.Items)-1)
		pi.StartCursor, pi.EndCursor = &s, &e
	}
	return pi
}
