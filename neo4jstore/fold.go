package neo4jstore

import (
	"context"
	"fmt"
	"strings"
)

// Folded properties: case-insensitive contains and startsWith filters on
// titles and names are served by TEXT indexes on a folded copy of the
// property (see schema.cypher) instead of a toLower scan over every node.
// The write side sets the copy wherever it sets the property, Migrate
// fills it on nodes written before it existed, and the read side folds
// the filter's argument the same way.

// foldedProps lists, by label, the properties kept with a folded copy
// (named by foldedName), each with a TEXT index.
var foldedProps = map[string][]string{
	LabelArticle:      {"title"},
	LabelPerson:       {"name", "nameLatin"},
	LabelOrganization: {"name", "nameLatin"},
	LabelEvent:        {"title"},
	LabelAgreement:    {"title"},
}

// foldedName is the name of the folded copy of property p.
func foldedName(p string) string { return p + "Fold" }

// isFolded reports whether property p of nodes labelled l has a folded
// copy.
func isFolded(l, p string) bool {
	for _, x := range foldedProps[l] {
		if x == p {
			return true
		}
	}
	return false
}

// fold is the folding of the filters' arguments: lower case (Russian,
// Kazakh and English letters alike) with ё read as е. foldCypher is the
// same in Cypher; TestFoldMatchesCypher checks that they agree.
func fold(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "ё", "е")
}

// foldCypher is the Cypher expression folding the string expression x as
// fold does (null stays null).
func foldCypher(x string) string {
	return "replace(toLower(" + x + "), 'ё', 'е')"
}

// foldSet is the SET clause giving node v (labelled l) the folded copies
// of its properties, on a line of its own; "" when l has none.
func foldSet(l, v string) string {
	var sets []string
	for _, p := range foldedProps[l] {
		sets = append(sets, v+"."+foldedName(p)+" = "+foldCypher(v+"."+p))
	}
	if len(sets) == 0 {
		return ""
	}
	return "\nSET " + strings.Join(sets, ", ")
}

// foldPatch is the clause that gives node v (labelled l) the folded
// copies of those of its properties that a patch row (row.props) sets;
// "" when l has none.
func foldPatch(l, v string) string {
	var out string
	for _, p := range foldedProps[l] {
		out += "\nFOREACH (_ IN CASE WHEN row.props." + p + " IS NULL THEN [] ELSE [1] END | SET " +
			v + "." + foldedName(p) + " = " + foldCypher(v+"."+p) + ")"
	}
	return out
}

// backfillFolds gives the folded copies to the nodes that lack them or
// whose copy is stale (nodes written before the copies existed; a copy
// left without its property is removed), in
// transactions of 10,000 nodes; it changes nothing when run again.
func (s *Store) backfillFolds(ctx context.Context) error {
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	for _, l := range []string{LabelArticle, LabelPerson, LabelOrganization, LabelEvent, LabelAgreement} {
		for _, p := range foldedProps[l] {
			f, x := "n."+foldedName(p), foldCypher("n."+p)
			cy := "MATCH (n:" + l + ") WHERE coalesce(" + f + " <> " + x + ", " + f + " IS NOT NULL OR n." + p + " IS NOT NULL)" +
				"\nCALL (n) { SET " + f + " = " + x + " } IN TRANSACTIONS OF 10000 ROWS"
			res, err := sess.Run(ctx, cy, nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				return fmt.Errorf("neo4jstore: backfill %s.%s: %w", l, foldedName(p), err)
			}
		}
	}
	recordWrite(ctx, sess)
	return nil
}
