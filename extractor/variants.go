package extractor

import (
	"slices"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/morph"
)

// addSpellingVariants adds to the aliases of the ministers and persons of
// f the other common spellings of their Latin names (morph.SpellingVariants:
// Erlan beside Yerlan), so that a name written either way in other
// sources finds them.
func addSpellingVariants(f *diplograph.Facts) {
	for _, ps := range [][]diplograph.Person{f.Ministers, f.Persons} {
		for i := range ps {
			p := &ps[i]
			for _, n := range append([]string{p.Latin}, p.Aliases...) {
				for _, v := range morph.SpellingVariants(n) {
					if v != p.Latin && !slices.Contains(p.Aliases, v) {
						p.Aliases = append(p.Aliases, v)
					}
				}
			}
		}
	}
}
