package morph

import "strings"

// SpellingVariants returns the other spellings of a romanised name that
// English-language sources commonly use and that a forgiving match key
// (one that keeps the first letter of each word) still tells apart: a
// word that starts with "Ye" before a consonant, the BGN spelling of a
// Cyrillic Е, is as often written with a plain "E" (Yerlan Yesenov,
// Erlan Esenov). It returns nil when there is none.
func SpellingVariants(latin string) []string {
	words := strings.Fields(latin)
	changed := false
	for i, w := range words {
		var parts []string
		for _, p := range strings.Split(w, "-") {
			if len(p) > 2 && (p[0] == 'Y' || p[0] == 'y') && (p[1] == 'e' || p[1] == 'E') && !strings.ContainsRune("aeiouyAEIOUY", rune(p[2])) {
				p = "E" + p[2:]
				changed = true
			}
			parts = append(parts, p)
		}
		words[i] = strings.Join(parts, "-")
	}
	if !changed {
		return nil
	}
	return []string{strings.Join(words, " ")}
}
