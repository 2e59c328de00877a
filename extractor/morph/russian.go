package morph

import (
	"strings"
	"unicode/utf8"
)

// Russian case keys used by RussianInflect.
const (
	RuNom = "nom"
	RuGen = "gen"
	RuDat = "dat"
	RuAcc = "acc"
	RuIns = "ins"
	RuLoc = "loc"
)

// RuCases lists the six Russian case keys in the traditional order.
var RuCases = []string{RuNom, RuGen, RuDat, RuAcc, RuIns, RuLoc}

// RussianInflect returns the six singular case forms of a Russian noun or
// inanimate proper name (a country, a city) keyed by "nom", "gen", "dat",
// "acc", "ins", "loc", chosen by its ending:
//
//   - consonant: masculine (Казахстан -> Казахстана, Казахстану, Казахстаном,
//     Казахстане); Female makes it indeclinable (a woman's foreign name);
//   - -й: Китай -> Китая, Китаю, Китаем, Китае; -ий: Дмитрий -> ... Дмитрии;
//   - -ь: masculine (Израиль -> Израиля) unless g is Female or the word ends
//     in -ань/-ень/-ль after a consonant cluster known to be feminine
//     (Казань -> Казани, Казанью);
//   - -а, -я: Канада -> Канады, Канаде, Канаду, Канадой; Корея -> Кореи,
//     Корее, Корею, Кореей; -ия: Франция -> Франции, Францию, Францией;
//   - -ство, -ие: neuter (Королевство -> Королевства, Королевстве);
//   - -ы/-и: plural (Нидерланды -> Нидерландов, Нидерландам, Нидерландами,
//     Нидерландах; Филиппины -> Филиппин);
//   - other vowels (-о, -е, -у, -ю, -и, -э): indeclinable (Перу, Монако, Сочи).
//
// A hyphenated name declines its last part (Нью-Йорк -> Нью-Йорке), or its
// first when the last part is indeclinable (Гвинея-Бисау -> Гвинеи-Бисау).
func RussianInflect(noun string, g Gender) map[string]string {
	if i := strings.Index(noun, "-на-"); i > 0 {
		// Ростов-на-Дону, Франкфурт-на-Майне: the first part declines.
		m := ruNoun(noun[:i], g)
		for k, v := range m {
			m[k] = v + noun[i:]
		}
		return m
	}
	if i := strings.LastIndex(noun, "-"); i > 0 && i < len(noun)-1 {
		head, tail := noun[:i], noun[i+1:]
		if ruIndeclinable(tail, g) && !ruIndeclinable(head, g) && strings.Count(noun, "-") == 1 {
			m := ruNoun(head, g)
			for k, v := range m {
				m[k] = v + noun[i:]
			}
			return m
		}
		m := ruNoun(tail, g)
		for k, v := range m {
			m[k] = noun[:i+1] + v
		}
		return m
	}
	return ruNoun(noun, g)
}

// ruIndeclinable reports whether a word does not decline.
func ruIndeclinable(w string, g Gender) bool {
	m := ruNoun(w, g)
	return m[RuGen] == w && m[RuDat] == w
}

func same(w string) map[string]string {
	m := make(map[string]string, 6)
	for _, c := range RuCases {
		m[c] = w
	}
	return m
}

func forms(nom, gen, dat, acc, ins, loc string) map[string]string {
	return map[string]string{RuNom: nom, RuGen: gen, RuDat: dat, RuAcc: acc, RuIns: ins, RuLoc: loc}
}

// velarOrSibilant reports whether r is г, к, х, ж, ш, ч or щ, after which
// Russian spelling writes и for ы.
func velarOrSibilant(r rune) bool { return strings.ContainsRune("гкхжшчщ", r) }

// sibilant reports whether r is ж, ш, ч, щ or ц, after which an unstressed
// о is written е.
func sibilant(r rune) bool { return strings.ContainsRune("жшчщц", r) }

// ruNoun declines a single word.
func ruNoun(w string, g Gender) map[string]string {
	lw := strings.ToLower(w)
	rs := []rune(lw)
	n := len(rs)
	if n < 2 {
		return same(w)
	}
	last := rs[n-1]
	prev := rs[n-2]
	stem := func(k int) string { // w without its last k runes
		b := w
		for i := 0; i < k; i++ {
			_, sz := utf8.DecodeLastRuneInString(b)
			b = b[:len(b)-sz]
		}
		return b
	}
	switch {
	case strings.HasSuffix(lw, "ство") || strings.HasSuffix(lw, "ище"):
		s := stem(1)
		return forms(w, s+"а", s+"у", w, s+"ом", s+"е")
	case strings.HasSuffix(lw, "ие") && n > 4:
		s := stem(1)
		return forms(w, s+"я", s+"ю", w, s+"ем", s+"и")
	case last == 'а' && isRuVowel(prev):
		// Папуа, Никарагуа, Антигуа.
		return same(w)
	case last == 'а':
		s := stem(1)
		gen := s + "ы"
		if velarOrSibilant(prev) {
			gen = s + "и"
		}
		ins := s + "ой"
		if sibilant(prev) {
			ins = s + "ей"
		}
		return forms(w, gen, s+"е", s+"у", ins, s+"е")
	case last == 'я':
		s := stem(1)
		if prev == 'и' {
			return forms(w, s+"и", s+"и", s+"ю", s+"ей", s+"и")
		}
		return forms(w, s+"и", s+"е", s+"ю", s+"ей", s+"е")
	case ruPluralNames[lw]:
		return ruPlural(w, g)
	case isRuVowel(last):
		return same(w)
	case last == 'й':
		s := stem(1)
		if prev == 'и' {
			return forms(w, s+"я", s+"ю", w, s+"ем", s+"и")
		}
		return forms(w, s+"я", s+"ю", w, s+"ем", s+"е")
	case last == 'ь':
		s := stem(1)
		if g == Female || (g == Unknown && ruFeminineSoft(lw)) {
			return forms(w, s+"и", s+"и", w, s+"ью", s+"и")
		}
		return forms(w, s+"я", s+"ю", w, s+"ем", s+"е")
	case last == 'ъ':
		return same(w)
	}
	if g == Female {
		return same(w)
	}
	if s, ok := ruFleeting[lw]; ok {
		// Египет -> Египта: the stem loses its last vowel.
		st := matchCase(w, s)
		return forms(w, st+"а", st+"у", w, st+"ом", st+"е")
	}
	ins := w + "ом"
	if sibilant(last) {
		ins = w + "ем"
	}
	return forms(w, w+"а", w+"у", w, ins, w+"е")
}

// ruFeminineSoft reports whether a -ь word is feminine by its ending
// (Казань, Рязань, Астрахань, Тюмень, Пермь, Тверь, Беларусь).
func ruFeminineSoft(lw string) bool {
	for _, s := range []string{"ань", "ень", "рмь", "ерь", "дь", "сть", "сь", "чь", "шь", "жь", "щь"} {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// ruPluralNames lists the plural proper names (and nouns of names) that
// decline as plurals; any other word in -ы or -и is an indeclinable name
// (Алматы, Тбилиси).
var ruPluralNames = map[string]bool{
	"нидерланды": true, "штаты": true, "эмираты": true, "филиппины": true,
	"багамы": true, "мальдивы": true, "коморы": true, "гренадины": true,
	"сейшелы": true, "афины": true, "канны": true, "челны": true,
	"альпы": true, "острова": true, "территории": true, "вары": true,
}

// ruFleeting maps masculine names whose last vowel drops when they decline
// to the byte length of the lower-case stem (Египет -> Египт-).
var ruFleeting = map[string]string{
	"египет": "египт",
}

// ruPlural declines a plural noun in -ы/-и. The genitive is -ов after т, д,
// к, г, х (Штатов, Эмиратов, Нидерландов) and bare otherwise (Филиппин,
// Мальдив, Багам, Гренадин).
func ruPlural(w string, g Gender) map[string]string {
	_, sz := utf8.DecodeLastRuneInString(w)
	s := w[:len(w)-sz]
	ls := strings.ToLower(s)
	pr, _ := utf8.DecodeLastRuneInString(ls)
	gen := s
	if strings.ContainsRune("тдкгхс", pr) || strings.HasSuffix(ls, "ов") || strings.HasSuffix(ls, "ев") {
		gen = s + "ов"
	}
	return forms(w, gen, s+"ам", w, s+"ами", s+"ах")
}

// Adjective forms. RussianAdjective returns every form of a Russian
// adjective (all genders, numbers and cases) from any nominative form:
// российский, российская, российское or российские give российский,
// российского, российскому, российским, российском, российская, российской,
// российскую, российское, российские, российских, российскими. Words that are
// not adjectives by their ending come back alone.
func RussianAdjective(adj string) []string {
	stem, ok := ruAdjStem(adj)
	if !ok {
		return []string{adj}
	}
	soft := ruAdjSoft(adj)
	var out []string
	seen := map[string]bool{}
	for _, g := range []string{"m", "f", "n", "p"} {
		for _, c := range RuCases {
			f := stem + ruAdjEnding(stem, soft, g, c)
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	// The bookish feminine instrumental -ою (российскою).
	out = append(out, stem+strings.TrimSuffix(ruAdjEnding(stem, soft, "f", RuIns), "й")+"ю")
	return out
}

// RussianAdjectiveCase returns the case form of an adjective in its own
// gender and number (taken from its nominative ending): Российская, gen ->
// Российской; Объединённые, gen -> Объединённых; inanimate accusative.
func RussianAdjectiveCase(adj, cas string) string {
	stem, ok := ruAdjStem(adj)
	if !ok {
		return adj
	}
	g := ruAdjGender(adj)
	if cas == RuNom || (cas == RuAcc && g != "f") {
		return adj
	}
	return stem + ruAdjEnding(stem, ruAdjSoft(adj), g, cas)
}

// ruAdjGender returns "m", "f", "n" or "p" from a nominative adjective ending.
func ruAdjGender(adj string) string {
	la := strings.ToLower(adj)
	switch {
	case strings.HasSuffix(la, "ая") || strings.HasSuffix(la, "яя"):
		return "f"
	case strings.HasSuffix(la, "ое") || strings.HasSuffix(la, "ее"):
		return "n"
	case strings.HasSuffix(la, "ые") || strings.HasSuffix(la, "ие"):
		return "p"
	}
	return "m"
}

// IsRussianAdjective reports whether w looks like a nominative Russian
// adjective (a full -ый/-ий/-ой/-ая/-яя/-ое/-ее/-ые/-ие ending on a stem of at
// least three letters), or a possessive plural in -овы/-ины (Маршалловы).
func IsRussianAdjective(w string) bool {
	_, ok := ruAdjStem(w)
	return ok
}

// ruAdjStem strips the nominative ending of an adjective.
func ruAdjStem(adj string) (string, bool) {
	la := strings.ToLower(adj)
	if utf8.RuneCountInString(la) < 5 {
		return "", false
	}
	for _, e := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"} {
		if strings.HasSuffix(la, e) {
			return adj[:len(adj)-len(e)], true
		}
	}
	return "", false
}

// ruAdjEnding returns the ending of an adjective stem in gender g ("m", "f",
// "n", "p") and case c, with the spelling rules after velars and sibilants.
func ruAdjEnding(stem string, soft bool, g, c string) string {
	if soft {
		return ruSoftAdjEnding(g, c)
	}
	ls := strings.ToLower(stem)
	last, _ := utf8.DecodeLastRuneInString(ls)
	y := "ы"
	if velarOrSibilant(last) {
		y = "и"
	}
	o := "о"
	if sibilant(last) {
		o = "е"
	}
	switch g {
	case "f":
		switch c {
		case RuNom:
			return "ая"
		case RuAcc:
			return "ую"
		}
		return o + "й"
	case "p":
		switch c {
		case RuNom, RuAcc:
			return y + "е"
		case RuGen, RuLoc:
			return y + "х"
		case RuDat:
			return y + "м"
		case RuIns:
			return y + "ми"
		}
	}
	switch c {
	case RuNom, RuAcc:
		if g == "n" {
			return o + "е"
		}
		return y + "й"
	case RuGen:
		return o + "го"
	case RuDat:
		return o + "му"
	case RuIns:
		return y + "м"
	case RuLoc:
		return o + "м"
	}
	return ""
}

// ruAdjSoft reports whether an adjective has a soft stem (Нижний, Средняя,
// Синее): -ий, -яя, -ее or -ие after a letter other than г, к, х, ж, ш,
// ч, щ, ц.
func ruAdjSoft(adj string) bool {
	la := strings.ToLower(adj)
	if strings.HasSuffix(la, "яя") {
		return true
	}
	if !strings.HasSuffix(la, "ий") && !strings.HasSuffix(la, "ее") && !strings.HasSuffix(la, "ие") {
		return false
	}
	stem := []rune(la)
	if len(stem) < 3 {
		return false
	}
	last := stem[len(stem)-3]
	// Russian soft adjectives end in -ний (Нижний, Средний, Синий); other
	// -ий adjectives are hard stems after a velar or sibilant.
	return last == 'н' && !strings.HasSuffix(la, "ские")
}

// ruSoftAdjEnding returns the ending of a soft-stem adjective.
func ruSoftAdjEnding(g, c string) string {
	switch g {
	case "f":
		switch c {
		case RuNom:
			return "яя"
		case RuAcc:
			return "юю"
		}
		return "ей"
	case "p":
		switch c {
		case RuNom, RuAcc:
			return "ие"
		case RuGen, RuLoc:
			return "их"
		case RuDat:
			return "им"
		case RuIns:
			return "ими"
		}
	}
	switch c {
	case RuNom, RuAcc:
		if g == "n" {
			return "ее"
		}
		return "ий"
	case RuGen:
		return "его"
	case RuDat:
		return "ему"
	case RuIns:
		return "им"
	case RuLoc:
		return "ем"
	}
	return ""
}
