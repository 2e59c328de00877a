package morph

import "strings"

// insNoun and insAdj map the endings of a Russian noun and adjective in
// the instrumental to the endings they may have in the nominative.
var (
	insNoun = [][2]string{{"ством", "ство"}, {"ением", "ение"}, {"анием", "ание"}, {"ией", "ия"}, {"ом", ""},
		{"ем", "й"}, {"ем", "е"}, {"ой", "а"}, {"ей", "я"}, {"ей", "ь"}, {"ью", "ь"}}
	insAdj = [][2]string{{"ым", "ый"}, {"ым", "ое"}, {"им", "ий"}, {"им", "ое"}, {"им", "ее"}, {"ой", "ая"},
		{"ей", "яя"}}
)

// RussianNominativeFromIns returns the nominative of the name of an
// organisation written in the instrumental ("Министерством торговли" ->
// "Министерство торговли", "Национальным банком Казахстана" ->
// "Национальный банк Казахстана"), or the name unchanged when no reading
// of its first words inflects back to it. The words after the head noun
// (its genitive dependents) stay as they are. Each guess is checked by
// inflecting it again (RussianInflectPhrase), so a name that is not in the
// instrumental is left alone.
func RussianNominativeFromIns(name string) string {
	words := strings.Fields(name)
	// The n-th word is the head noun, the words before it adjectives
	// that agree with it; the longest reading wins ("Торгово-промышленной
	// палатой" is an adjective and a noun, not a noun and its dependent).
	for n := min(3, len(words)); n >= 1; n-- {
		for _, guess := range guesses(words[:n]) {
			if !agree(guess) {
				continue
			}
			cand := strings.Join(append(guess, words[n:]...), " ")
			if RussianInflectPhrase(cand)[RuIns] == strings.Join(words, " ") {
				return cand
			}
		}
	}
	return name
}

// agree says whether the adjectives of a nominative reading agree in
// gender with its last word, the noun.
func agree(words []string) bool {
	noun := words[len(words)-1]
	gender := "m"
	switch {
	case strings.HasSuffix(noun, "о") || strings.HasSuffix(noun, "е"):
		gender = "n"
	case strings.HasSuffix(noun, "а") || strings.HasSuffix(noun, "я"):
		gender = "f"
	}
	for _, a := range words[:len(words)-1] {
		var ok bool
		switch gender {
		case "n":
			ok = strings.HasSuffix(a, "ое") || strings.HasSuffix(a, "ее")
		case "f":
			ok = strings.HasSuffix(a, "ая") || strings.HasSuffix(a, "яя")
		default:
			ok = strings.HasSuffix(a, "ый") || strings.HasSuffix(a, "ий") || strings.HasSuffix(a, "ой")
		}
		if !ok {
			return false
		}
	}
	return true
}

// guesses returns the nominative readings of words, the last a noun and
// the others adjectives.
func guesses(words []string) [][]string {
	out := [][]string{{}}
	for i, w := range words {
		ends := insAdj
		if i == len(words)-1 {
			ends = insNoun
		}
		// Only the longest ending that fits: "агентством" is
		// "агентство", not "агентств".
		longest := 0
		for _, e := range ends {
			if strings.HasSuffix(w, e[0]) && len(e[0]) < len(w) {
				longest = max(longest, len(e[0]))
			}
		}
		var next [][]string
		for _, g := range out {
			for _, e := range ends {
				if stem, ok := strings.CutSuffix(w, e[0]); ok && stem != "" && len(e[0]) == longest {
					next = append(next, append(append([]string{}, g...), stem+e[1]))
				}
			}
		}
		out = next
	}
	return out
}
