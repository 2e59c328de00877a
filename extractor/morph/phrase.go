package morph

import "strings"

// RussianInflectPhrase returns the six case forms of a multiword Russian
// name (a country or city), keyed like RussianInflect. Leading adjectives
// agree with the head noun and decline with it (Российская Федерация ->
// Российской Федерации; Объединённые Арабские Эмираты -> Объединённых
// Арабских Эмиратов); the words after the head noun stay as they are
// (Республика Корея -> Республики Корея; Соединённые Штаты Америки ->
// Соединённых Штатов Америки), except a noun joined to the head by "и"
// (Босния и Герцеговина -> Боснии и Герцеговины). Parts separated by a
// dash " — " decline each on its own. A single word is declined by
// RussianInflect.
func RussianInflectPhrase(phrase string) map[string]string {
	if parts := strings.Split(phrase, " — "); len(parts) > 1 {
		out := make(map[string]string, 6)
		for i, p := range parts {
			m := RussianInflectPhrase(p)
			for _, c := range RuCases {
				if i > 0 {
					out[c] += " — "
				}
				out[c] += m[c]
			}
		}
		return out
	}
	words := strings.Fields(phrase)
	if len(words) == 1 {
		if isAdjectiveName(phrase) {
			out := make(map[string]string, 6)
			for _, c := range RuCases {
				out[c] = RussianAdjectiveCase(phrase, c)
			}
			return out
		}
		return RussianInflect(phrase, Unknown)
	}
	out := make(map[string]string, 6)
	declined := make([][]string, len(words)) // per word, per case index
	head := -1
	for i := 0; i < len(words); i++ {
		w := words[i]
		if head < 0 && i < len(words)-1 && (IsRussianAdjective(w) || isPossessivePlural(w)) {
			declined[i] = phraseAdj(w)
			continue
		}
		if head < 0 {
			head = i
			declined[i] = phraseNoun(w)
			continue
		}
		// After the head: a noun phrase joined by "и" declines too.
		if words[i-1] == "и" && i-1 == head+1 || (i >= 2 && words[i-2] == "и" && i-2 == head+1 && IsRussianAdjective(words[i-1])) {
			if IsRussianAdjective(w) && i < len(words)-1 {
				declined[i] = phraseAdj(w)
			} else {
				declined[i] = phraseNoun(w)
			}
		}
	}
	for ci, c := range RuCases {
		var b strings.Builder
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			if declined[i] != nil {
				b.WriteString(declined[i][ci])
			} else {
				b.WriteString(w)
			}
		}
		out[c] = b.String()
	}
	return out
}

// phraseAdj returns the case forms of an adjective in RuCases order.
func phraseAdj(w string) []string {
	out := make([]string, len(RuCases))
	if isPossessivePlural(w) {
		s := w[:len(w)-len("ы")]
		copy(out, []string{w, s + "ых", s + "ым", w, s + "ыми", s + "ых"})
		return out
	}
	for i, c := range RuCases {
		out[i] = RussianAdjectiveCase(w, c)
	}
	return out
}

// phraseNoun returns the case forms of a head noun in RuCases order.
func phraseNoun(w string) []string {
	var m map[string]string
	if strings.EqualFold(w, "острова") {
		s := w[:len(w)-len("а")]
		m = forms(w, s+"ов", s+"ам", w, s+"ами", s+"ах")
	} else {
		m = RussianInflect(w, Unknown)
	}
	out := make([]string, len(RuCases))
	for i, c := range RuCases {
		out[i] = m[c]
	}
	return out
}

// isPossessivePlural reports whether w is a plural possessive adjective in
// -овы/-евы/-ины (Маршалловы, Соломоновы).
func isPossessivePlural(w string) bool {
	lw := strings.ToLower(w)
	return len([]rune(lw)) > 5 && (strings.HasSuffix(lw, "овы") || strings.HasSuffix(lw, "евы") || strings.HasSuffix(lw, "ины"))
}

// isAdjectiveName reports whether a one-word name is an adjective in form
// (Грозный, Рудный, Боровое, Нижний), as opposed to a noun in -ий or -ай
// (Маврикий, Китай).
func isAdjectiveName(w string) bool {
	lw := strings.ToLower(w)
	if !IsRussianAdjective(w) || nounNamesOy[lw] {
		return false
	}
	for _, e := range []string{"ый", "ой", "ое", "ая", "ые", "ский", "цкий", "ний"} {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// nounNamesOy are place names in -ой that decline as nouns, not as
// adjectives: Ханой -> Ханоя, Ханое (not Ханого, Ханом).
var nounNamesOy = map[string]bool{"ханой": true}
