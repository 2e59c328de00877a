package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// caseSet is a set of Russian cases, bit i for RuCases[i].
type caseSet uint8

const allCases caseSet = 1<<6 - 1

// paradigm is a declension pattern: the nominative ends in nom; case i is
// the stem (the nominative without nom) plus ends[i].
type paradigm struct {
	nom    string
	gender Gender // Unknown: either
	ends   [6]string
	score  float64 // how much a match tells
	given  bool    // applies to given names (checked against the table)
	family bool    // applies to surnames
	patr   bool    // a patronymic: no table needed
}

// paradigms lists the declension patterns of Russian personal names. Those
// for surnames are ordered from the most specific ending.
var paradigms = []paradigm{
	// Surnames in -ов/-ев/-ин and their feminine forms.
	{nom: "ов", gender: Male, ends: [6]string{"ов", "ова", "ову", "ова", "овым", "ове"}, score: 2, family: true},
	{nom: "ев", gender: Male, ends: [6]string{"ев", "ева", "еву", "ева", "евым", "еве"}, score: 2, family: true},
	{nom: "ёв", gender: Male, ends: [6]string{"ёв", "ёва", "ёву", "ёва", "ёвым", "ёве"}, score: 2, family: true},
	{nom: "ин", gender: Male, ends: [6]string{"ин", "ина", "ину", "ина", "иным", "ине"}, score: 2, family: true},
	{nom: "ын", gender: Male, ends: [6]string{"ын", "ына", "ыну", "ына", "ыным", "ыне"}, score: 2, family: true},
	{nom: "ова", gender: Female, ends: [6]string{"ова", "овой", "овой", "ову", "овой", "овой"}, score: 2, family: true},
	{nom: "ева", gender: Female, ends: [6]string{"ева", "евой", "евой", "еву", "евой", "евой"}, score: 2, family: true},
	{nom: "ёва", gender: Female, ends: [6]string{"ёва", "ёвой", "ёвой", "ёву", "ёвой", "ёвой"}, score: 2, family: true},
	{nom: "ина", gender: Female, ends: [6]string{"ина", "иной", "иной", "ину", "иной", "иной"}, score: 2, family: true},
	{nom: "ына", gender: Female, ends: [6]string{"ына", "ыной", "ыной", "ыну", "ыной", "ыной"}, score: 2, family: true},
	// Adjectival surnames.
	{nom: "ский", gender: Male, ends: [6]string{"ский", "ского", "скому", "ского", "ским", "ском"}, score: 2, family: true},
	{nom: "цкий", gender: Male, ends: [6]string{"цкий", "цкого", "цкому", "цкого", "цким", "цком"}, score: 2, family: true},
	{nom: "ская", gender: Female, ends: [6]string{"ская", "ской", "ской", "скую", "ской", "ской"}, score: 2, family: true},
	{nom: "цкая", gender: Female, ends: [6]string{"цкая", "цкой", "цкой", "цкую", "цкой", "цкой"}, score: 2, family: true},
	{nom: "ый", gender: Male, ends: [6]string{"ый", "ого", "ому", "ого", "ым", "ом"}, score: 1.8, family: true},
	{nom: "ий", gender: Male, ends: [6]string{"ий", "ого", "ому", "ого", "им", "ом"}, score: 1.8, family: true},
	{nom: "ой", gender: Male, ends: [6]string{"ой", "ого", "ому", "ого", "ым", "ом"}, score: 1.7, family: true},
	{nom: "ой", gender: Male, ends: [6]string{"ой", "ого", "ому", "ого", "им", "ом"}, score: 1.7, family: true},
	{nom: "ая", gender: Female, ends: [6]string{"ая", "ой", "ой", "ую", "ой", "ой"}, score: 1.7, family: true},
	// Patronymics.
	{nom: "вич", gender: Male, ends: [6]string{"вич", "вича", "вичу", "вича", "вичем", "виче"}, score: 2, patr: true},
	{nom: "ьич", gender: Male, ends: [6]string{"ьич", "ьича", "ьичу", "ьича", "ьичем", "ьиче"}, score: 2, patr: true},
	{nom: "вна", gender: Female, ends: [6]string{"вна", "вны", "вне", "вну", "вной", "вне"}, score: 2, patr: true},
	{nom: "чна", gender: Female, ends: [6]string{"чна", "чны", "чне", "чну", "чной", "чне"}, score: 2, patr: true},
	// Nouns: given names, and surnames that decline as nouns. Consonant
	// nouns come first and score slightly above an indeclinable reading of
	// the same word (Дюпону: Дюпон rather than an indeclinable Дюпону;
	// Дюпоне: Дюпон rather than a feminine Дюпона).
	{nom: "", gender: Male, ends: [6]string{"", "а", "у", "а", "ом", "е"}, score: 1.05, given: true, family: true},
	{nom: "", gender: Male, ends: [6]string{"", "а", "у", "а", "ем", "е"}, score: 1.05, given: true, family: true}, // after ж, ш, ч, щ, ц
	{nom: "ий", gender: Male, ends: [6]string{"ий", "ия", "ию", "ия", "ием", "ии"}, score: 1, given: true},
	{nom: "ия", ends: [6]string{"ия", "ии", "ии", "ию", "ией", "ии"}, score: 1.05, given: true, family: true},
	{nom: "ья", ends: [6]string{"ья", "ьи", "ье", "ью", "ьей", "ье"}, score: 1, given: true},
	{nom: "ья", ends: [6]string{"ья", "ьи", "ье", "ью", "ьёй", "ье"}, score: 1, given: true},
	{nom: "я", ends: [6]string{"я", "и", "е", "ю", "ей", "е"}, score: 1, given: true, family: true},
	{nom: "а", ends: [6]string{"а", "ы", "е", "у", "ой", "е"}, score: 1.05, given: true, family: true},
	{nom: "а", ends: [6]string{"а", "и", "е", "у", "ой", "е"}, score: 1.05, given: true, family: true}, // after г, к, х, ж, ш, ч, щ
	{nom: "а", ends: [6]string{"а", "и", "е", "у", "ей", "е"}, score: 1.05, given: true, family: true}, // after ж, ш, ч, щ, ц
	{nom: "ь", gender: Male, ends: [6]string{"ь", "я", "ю", "я", "ем", "е"}, score: 1, given: true, family: true},
	{nom: "ь", gender: Female, ends: [6]string{"ь", "и", "и", "ь", "ью", "и"}, score: 1, given: true},
	{nom: "й", gender: Male, ends: [6]string{"й", "я", "ю", "я", "ем", "е"}, score: 1, given: true, family: true},
}

// patronymicParticles follow a father's name in Turkic patronymics.
var patronymicParticles = map[string]bool{
	"оглы": true, "оглу": true, "кызы": true, "гызы": true, "улы": true,
	"уулу": true, "ұлы": true, "қызы": true,
}

// fleetingNames maps given names whose last vowel drops in the oblique
// cases to their oblique stem.
var fleetingNames = map[string]string{
	"павел": "павл", "лев": "льв", "пётр": "петр", "любовь": "любв",
}

// candidate is one reading of a name token.
type candidate struct {
	nom    string
	gender Gender
	cases  caseSet
	// adj marks the reading of an adjectival surname (-ая, -ой, -ый,
	// -ий), which the word right before a patronymic cannot be.
	adj   bool
	score float64
}

// NominativeName returns a person's name, as found in text in any case, in
// the nominative, with the gender it implies. tokens are the words of the
// name in text order: a first name and a surname in either order, an
// optional patronymic, optional initials ("А." or "А.Б."). lang is "ru",
// "kk" or "en".
//
// Russian names are read jointly: every token is matched against the
// declension patterns of given names (checked against a table of common
// given names with their gender), patronymics and surnames (-ов/-ова,
// -ин/-ина, -ский/-ская, adjectival -ой/-ый/-ий, nouns in -а/-я/-ь/-й and
// consonants, indeclinable names in other vowels), and the gender and case
// that explain all tokens best win: Сергею Петрову -> Сергей Петров (Male);
// Елены Соколовой -> Елена Соколова (Female). A lone ambiguous surname (Петрова:
// a man's genitive or a woman's nominative) is kept as it is, with gender
// Unknown.
//
// A patronymic is a strong gender signal (-вич male; -вна, -чна, -ична,
// -инична female, in every case: Ольгой Сергеевной Беловой -> Ольга
// Сергеевна Белова). Turkic patronymics glued to the father's name
// (Нурланкызы, Серикулы, -уулу, -оглы) do not decline and tell the gender;
// separate particles (оглы, улы, уулу, кызы, қызы) keep the father's name
// before them as it is. Capitalised particles of Arabic names (Абдель,
// Абу, Бин, Аль-) stay whole; lower-case ones (бин, ибн, бен, аль-, ould)
// too. In a foreign name of three or more words without a patronymic, a
// middle given name in a vowel that is no known given name does not
// decline (Карлоса Алберту Сантуша -> Карлос Алберту Сантуш). Initials
// glued to a surname come back with a space, in one token: С.В.Петровым ->
// "С.В. Петров".
//
// Kazakh names lose the case suffix of their last word (Ербол Досаевқа ->
// Ербол Досаев) by KazakhStem; "ұлы" and "қызы" stay. English names lose a
// possessive 's.
func NominativeName(tokens []string, lang string) (out []string, gender Gender) {
	if split, glued := splitGluedInitials(tokens); glued != nil {
		out, gender = NominativeName(split, lang)
		return joinGluedInitials(out, glued), gender
	}
	out = make([]string, len(tokens))
	copy(out, tokens)
	if len(out) == 0 {
		return out, Unknown
	}
	switch lang {
	case "en":
		last := len(out) - 1
		out[last] = strings.TrimSuffix(strings.TrimSuffix(out[last], "'s"), "’s")
		return out, genderOfGiven(out)
	case "kk":
		last := len(out) - 1
		if _, known := nameGenders[lower(out[last])]; !known && !isInitial(out[last]) {
			// People are rarely in the locative; a name like Аманда is not
			// Аман + -да.
			if st, sfx := KazakhStem(out[last]); sfx != "" && !kazakhLocSuffix(sfx) {
				out[last] = st
			}
		}
		if !hasCyrillic(strings.Join(out, "")) {
			return out, genderOfGiven(out)
		}
		// A name in Kazakh text may still be in a Russian form (Сергей
		// Петров): reading it as Russian keeps the nominative as it is.
		return nominativeRU(out, 0)
	}
	if !hasCyrillic(strings.Join(out, "")) {
		return out, genderOfGiven(out)
	}
	return nominativeRU(out, -1)
}

// NominativeNameCase is NominativeName for a Russian name whose case the
// context tells ("nom", "gen", "dat", "acc", "ins", "loc"; say, the case of
// the title before it: "министром Петровым" -> ins). It resolves what the
// name alone leaves open (министра Петрова -> Петров, Male). An empty or
// unknown cas, or another language, falls back to NominativeName.
//
// With initials and no given name (С.В. Петрова, А.А. Иванову) the name
// alone is ambiguous, and the context case decides: a genitive or
// accusative in -а reads as a man's (С.В. Петрова, gen -> С.В. Петров,
// Male), a dative in -у as a man's (А.А. Иванову, dat -> А.А. Иванов), an
// accusative in -у as a woman's (acc -> А.А. Иванова), a nominative in -а
// as a woman's.
func NominativeNameCase(tokens []string, lang, cas string) (out []string, gender Gender) {
	if split, glued := splitGluedInitials(tokens); glued != nil {
		out, gender = NominativeNameCase(split, lang, cas)
		return joinGluedInitials(out, glued), gender
	}
	ci := -1
	for i, c := range RuCases {
		if c == cas {
			ci = i
		}
	}
	if lang != "ru" || ci < 0 || !hasCyrillic(strings.Join(tokens, "")) {
		return NominativeName(tokens, lang)
	}
	out, gender = nominativeRU(append([]string(nil), tokens...), ci)
	return out, gender
}

// splitGluedInitials splits the tokens that are initials glued to a
// surname ("С.В.Петрова") into the initials and the surname. glued holds,
// for every token of split, whether it is initials to be joined back to the
// next one; it is nil when no token was split.
func splitGluedInitials(tokens []string) (split []string, glued []bool) {
	found := false
	for _, t := range tokens {
		if gluedInitialsEnd(t) > 0 {
			found = true
		}
	}
	if !found {
		return tokens, nil
	}
	for _, t := range tokens {
		if k := gluedInitialsEnd(t); k > 0 {
			split = append(split, t[:k], t[k:])
			glued = append(glued, true, false)
			continue
		}
		split = append(split, t)
		glued = append(glued, false)
	}
	return split, glued
}

// gluedInitialsEnd returns the byte length of the initials that open t
// when a word follows them without a space ("С.В.Петрова" -> 7), or 0.
func gluedInitialsEnd(t string) int {
	i, n := 0, 0
	for i < len(t) {
		r, sz := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsUpper(r) || i+sz >= len(t) || t[i+sz] != '.' {
			break
		}
		i += sz + 1
		n++
	}
	if n == 0 || n > 3 || i >= len(t) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	rest := t[i:]
	if !unicode.IsUpper(r) || utf8.RuneCountInString(rest) < 2 || strings.Contains(rest, ".") {
		return 0
	}
	return i
}

// joinGluedInitials joins back the initials split off by
// splitGluedInitials, with a space: "С.В. Петров".
func joinGluedInitials(out []string, glued []bool) []string {
	res := make([]string, 0, len(out))
	for i := 0; i < len(out); i++ {
		if i < len(glued) && glued[i] && i+1 < len(out) {
			res = append(res, out[i]+" "+out[i+1])
			i++
			continue
		}
		res = append(res, out[i])
	}
	return res
}

// genderOfGiven returns the gender of the first token found in the table
// of given names.
func genderOfGiven(tokens []string) Gender {
	for _, t := range tokens {
		if g, ok := nameGenders[lower(t)]; ok {
			return g
		}
	}
	return Unknown
}

// part is one declinable piece of a name: a token or one half of a
// hyphenated token.
type part struct {
	token int    // index of the token
	text  string // the piece
	cands []candidate
}

// nominativeRU reads a Russian name jointly; see NominativeName.
func nominativeRU(tokens []string, only int) ([]string, Gender) {
	var parts []part
	for i, t := range tokens {
		if isInitial(t) {
			continue
		}
		if i+1 < len(tokens) && patronymicParticles[lower(tokens[i+1])] {
			// The father's name before оглы, улы, қызы stays in the
			// nominative whatever the case of the whole name.
			continue
		}
		for _, p := range strings.Split(t, "-") {
			if !declinablePiece(p) {
				// Particles stay as they are: ұлы, қызы, оглы, аль, фон,
				// Абдель, бин.
				continue
			}
			parts = append(parts, part{token: i, text: p, cands: analyse(p)})
		}
	}
	if len(parts) == 0 {
		return tokens, Unknown
	}
	keepForeignMiddles(tokens, parts)
	givenBeforePatronymic(parts)
	type choice struct {
		score  float64
		gender Gender
		out    []string
		caseI  int
	}
	var best []choice
	for _, g := range []Gender{Male, Female} {
		for ci := range RuCases {
			total := 0.0
			outs := make([]string, len(parts))
			for pi, p := range parts {
				bs, bn := -1.0, p.text
				for _, c := range p.cands {
					if c.cases&(1<<ci) == 0 || (c.gender != Unknown && c.gender != g) {
						continue
					}
					if c.score > bs {
						bs, bn = c.score, c.nom
					}
				}
				total += bs
				outs[pi] = bn
			}
			if only >= 0 && ci != only {
				continue
			}
			best = append(best, choice{total, g, outs, ci})
		}
	}
	// Readings within tieMargin of the best are equally good. Among them
	// prefer the nominative; if they still disagree on the result, keep the
	// text as it is.
	const tieMargin = 0.01
	top := best[0].score
	for _, b := range best {
		top = max(top, b.score)
	}
	ties := best[:0]
	for _, b := range best {
		if b.score >= top-tieMargin {
			ties = append(ties, b)
		}
	}
	best = ties
	pick := best[0]
	for _, b := range best {
		if b.score > pick.score {
			pick = b
		}
	}
	agree := true
	genders := map[Gender]bool{}
	for _, b := range best {
		genders[b.gender] = true
		if strings.Join(b.out, " ") != strings.Join(pick.out, " ") {
			agree = false
		}
	}
	gender := pick.gender
	if len(genders) > 1 {
		gender = Unknown
	}
	if !agree {
		// Only the nominative reading can be kept without evidence, and it
		// says nothing about gender.
		found := false
		for _, b := range best {
			if b.caseI == 0 && (!found || b.score > pick.score) {
				pick, found = b, true
			}
		}
		// The readings disagree on the form but may agree on the gender
		// (Педро Монтейру: a man's name either way).
		if pick.caseI != 0 {
			if pick.score <= 0.5*float64(len(parts)) {
				gender = Unknown
			}
			return tokens, gender
		}
		gender = Unknown
	}
	// A lone word changes only on strong evidence: a known given name or a
	// surname pattern (Смирновым), not a bare noun ending (Кучма, Шойгу).
	if len(parts) == 1 && pick.score < 1.5 && strings.Join(pick.out, "") != parts[0].text {
		return tokens, Unknown
	}
	// A reading with no support at all (every part unknown) says nothing
	// about gender.
	if pick.score <= 0.5*float64(len(parts)) {
		gender = Unknown
	}
	out := make([]string, len(tokens))
	copy(out, tokens)
	rebuilt := map[int][]string{}
	for pi, p := range parts {
		rebuilt[p.token] = append(rebuilt[p.token], pick.out[pi])
	}
	for i, ps := range rebuilt {
		// Put the declined parts back among the particles of the token.
		pieces := strings.Split(tokens[i], "-")
		k := 0
		for pj, piece := range pieces {
			if declinablePiece(piece) && k < len(ps) {
				pieces[pj] = ps[k]
				k++
			}
		}
		out[i] = strings.Join(pieces, "-")
	}
	return out, gender
}

// nameParticles are capitalised particles of Arabic and other names that
// stay as they are in every case: Абдель Фаттаха -> Абдель Фаттах; Бин,
// Аль.
var nameParticles = map[string]bool{
	"абдель": true, "абдул": true, "абд": true, "абу": true, "бин": true, "бен": true,
	"ибн": true, "бинт": true, "аль": true, "эль": true, "ад": true, "ас": true, "ан": true,
	"ат": true, "ар": true, "аш": true, "уль": true, "улд": true, "ульд": true,
	"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "abdel": true, "abdul": true,
	"abu": true, "ould": true, "ben": true,
}

// declinablePiece reports whether a piece of a name token (the token or a
// part of a hyphenated one) declines: it starts with a capital and is not a
// particle.
func declinablePiece(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return p != "" && unicode.IsUpper(r) && !nameParticles[lower(p)]
}

// keepForeignMiddles keeps as they are the middle given names of a foreign
// name of three or more words without a patronymic, when they end in a
// vowel and are no known given name: Карлоса Алберту Сантуша -> Карлос
// Алберту Сантуш, not Алберта (Portuguese and Spanish second names in -у,
// -о, -е, -и do not decline; only the consonant-final parts do).
func keepForeignMiddles(tokens []string, parts []part) {
	if len(parts) < 3 {
		return
	}
	for _, p := range parts {
		for _, c := range p.cands {
			if c.score >= 2 && (strings.HasSuffix(lower(c.nom), "вич") || strings.HasSuffix(lower(c.nom), "вна") || strings.HasSuffix(lower(c.nom), "чна") || strings.HasSuffix(lower(c.nom), "ьич")) {
				return // a Russian name with a patronymic
			}
		}
	}
	for pi := 1; pi < len(parts)-1; pi++ {
		p := &parts[pi]
		if strings.Contains(tokens[p.token], "-") {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(lower(p.text))
		if !strings.ContainsRune("уюоеиэ", last) {
			continue
		}
		known := false
		for _, c := range p.cands {
			if c.score >= 3 {
				known = true
			}
		}
		if !known {
			p.cands = []candidate{{nom: p.text, cases: allCases, score: 1}}
		}
	}
}

// givenBeforePatronymic drops the adjectival surname readings of a part
// right before a patronymic: it is the given name (Гулжаной Ермековной ->
// Гулжана Ермековна, not Гулжаная).
func givenBeforePatronymic(parts []part) {
	for pi := 1; pi < len(parts); pi++ {
		isPatr := false
		for _, c := range parts[pi].cands {
			lc := lower(c.nom)
			if c.score >= 2 && (strings.HasSuffix(lc, "вич") || strings.HasSuffix(lc, "ьич") || strings.HasSuffix(lc, "вна") || strings.HasSuffix(lc, "чна")) {
				isPatr = true
			}
		}
		if !isPatr || parts[pi-1].token == parts[pi].token {
			continue
		}
		kept := parts[pi-1].cands[:0:0]
		for _, c := range parts[pi-1].cands {
			if !c.adj {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			parts[pi-1].cands = kept
		}
	}
}

// gluedPatronymics are Turkic patronymic endings written as one word with
// the father's name (Нурланкызы, Серикулы): such a word does not decline
// and tells the gender.
var gluedPatronymics = []struct {
	sfx string
	g   Gender
}{
	{"кызы", Female}, {"қызы", Female}, {"гызы", Female},
	{"уулу", Male}, {"улы", Male}, {"ұлы", Male}, {"оглы", Male},
}

// analyse returns every reading of a name part.
func analyse(w string) []candidate {
	lw := lower(w)
	for _, gp := range gluedPatronymics {
		if strings.HasSuffix(lw, gp.sfx) && utf8.RuneCountInString(lw) >= utf8.RuneCountInString(gp.sfx)+3 {
			return []candidate{{nom: w, gender: gp.g, cases: allCases, score: 2}}
		}
	}
	// Azerbaijani and Persian surnames in -заде (Алиевзаде) do not
	// decline: -зад-е is no case ending.
	if strings.HasSuffix(lw, "заде") && utf8.RuneCountInString(lw) >= 7 {
		return []candidate{{nom: w, cases: allCases, score: 2}}
	}
	var cands []candidate
	// As it stands: a nominative, or an indeclinable name in any case.
	last, _ := utf8.DecodeLastRuneInString(lw)
	switch {
	case strings.ContainsRune("оеиуюэы", last) || strings.HasSuffix(lw, "ых") || strings.HasSuffix(lw, "их"):
		cands = append(cands, candidate{nom: w, cases: allCases, score: 1})
	case !isRuVowel(last) && last != 'й' && last != 'ь':
		// A consonant: a man's nominative, or a woman's indeclinable name.
		cands = append(cands, candidate{nom: w, cases: 1, score: 0.5})
		cands = append(cands, candidate{nom: w, gender: Female, cases: allCases, score: 0.5})
	default:
		cands = append(cands, candidate{nom: w, cases: 1, score: 0.5})
	}
	// A known given name's oblique form (Мурату) is hardly an
	// indeclinable name in its own right.
	for _, p := range paradigms {
		if !p.given {
			continue
		}
		for ci, end := range p.ends {
			if ci == 0 || !strings.HasSuffix(lw, end) || len(lw) == len(end) {
				continue
			}
			if _, ok := nameGenders[lw[:len(lw)-len(end)]+p.nom]; ok && cands[0].cases == allCases {
				cands[0].score = 0.3
			}
		}
	}
	if g, ok := nameGenders[lw]; ok {
		// A given name in the nominative; a woman's name in a consonant
		// does not decline (Асель, Кэтрин).
		// Names in other vowels do not decline at all (Антонио, Эмомали).
		cs := caseSet(1)
		if g == Female && !strings.HasSuffix(lw, "а") && !strings.HasSuffix(lw, "я") ||
			strings.ContainsRune("оеиуюэы", last) {
			cs = allCases
		}
		cands = append(cands, candidate{nom: w, gender: g, cases: cs, score: 3})
	}
	for _, p := range paradigms {
		for ci, end := range p.ends {
			if !strings.HasSuffix(lw, end) {
				continue
			}
			stem := w[:len(w)-len(end)]
			if utf8.RuneCountInString(stem) < 2 && p.nom == "" || utf8.RuneCountInString(stem) < 1 {
				continue
			}
			nom := stem + p.nom
			if !paradigmFits(p, stem, ci) {
				continue
			}
			lnom := lower(nom)
			if (p.nom == "" || p.nom == "а") && hasSurnameSuffix(lower(stem)) {
				// -ов, -ин: the specific surname paradigms cover them; only
				// a given name (Цзиньпин) may take this reading.
				if g, ok := nameGenders[lnom]; ok && p.given && (p.gender == Unknown || p.gender == g) {
					cands = append(cands, candidate{nom: nom, gender: g, cases: 1 << ci, score: 3})
				}
				continue
			}
			if p.given {
				if g, ok := nameGenders[lnom]; ok && (p.gender == Unknown || p.gender == g) {
					cands = append(cands, candidate{nom: nom, gender: g, cases: 1 << ci, score: 3})
					continue
				}
			}
			if p.patr {
				cands = append(cands, candidate{nom: nom, gender: p.gender, cases: 1 << ci, score: p.score})
				continue
			}
			if !p.family {
				continue
			}
			sc := p.score
			switch {
			case p.nom == "ой" && ci > 0 && knownSurnamesOy[lnom]:
				sc = 2.1
			case ci == 0 && sc < 1.5:
				// The nominative of a noun pattern is just the word as it
				// stands: no evidence.
				sc = 0.5
			case ci == 5 && (p.nom == "ый" || p.nom == "ий" || p.nom == "ой"):
				// An adjectival -ом is rarer than a noun's instrumental
				// -ом (Рахмоном).
				sc = 0.9
			}
			g := p.gender
			if p.nom == "" || p.nom == "ь" || p.nom == "й" {
				// A noun surname in a consonant declines only for men.
				g = Male
			}
			adj := !p.given && (strings.HasSuffix(p.nom, "ая") || strings.HasSuffix(p.nom, "ий") || strings.HasSuffix(p.nom, "ый") || strings.HasSuffix(p.nom, "ой"))
			cands = append(cands, candidate{nom: nom, gender: g, cases: 1 << ci, score: sc, adj: adj})
		}
	}
	// Given names with a fleeting vowel: Павла -> Павел, Львом -> Лев.
	for nom, stem := range fleetingNames {
		if strings.HasPrefix(lw, stem) && len(lw) > len(stem) {
			end := lw[len(stem):]
			for ci, e := range []string{"", "а", "у", "а", "ом", "е"} {
				if ci > 0 && end == e {
					cands = append(cands, candidate{nom: matchCase(w, nom), gender: nameGenders[nom], cases: 1 << ci, score: 3})
				}
			}
			for ci, e := range []string{"", "и", "и", "", "ью", "и"} {
				if nom == "любовь" && ci > 0 && e != "" && end == e {
					cands = append(cands, candidate{nom: matchCase(w, nom), gender: Female, cases: 1 << ci, score: 3})
				}
			}
		}
	}
	return cands
}

// paradigmFits checks the spelling conditions of a paradigm on a stem.
func paradigmFits(p paradigm, stem string, ci int) bool {
	ls := lower(stem)
	last, _ := utf8.DecodeLastRuneInString(ls)
	switch p.nom {
	case "":
		if last == 0 || isRuVowel(last) || last == 'й' || last == 'ь' || last == 'ъ' {
			return false
		}
		sib := strings.ContainsRune("жшчщц", last)
		if p.ends[4] == "ем" && !sib || p.ends[4] == "ом" && sib {
			return false
		}
		if rs := []rune(ls); len(rs) >= 2 && rs[len(rs)-2] == 'й' && last != 'н' && last != 'л' && last != 'р' && last != 'т' {
			// A stem in й + consonant (Шойг-) is no Russian word end: the
			// name is an indeclinable one in a vowel (Шойгу).
			return false
		}
	case "а":
		velar := strings.ContainsRune("гкхжшчщ", last)
		sib := strings.ContainsRune("жшчщц", last)
		switch {
		case p.ends[1] == "ы" && velar, p.ends[1] == "и" && !velar && p.ends[4] == "ой":
			return false
		case p.ends[4] == "ей" && !sib:
			return false
		}
		if last == 0 || isRuVowel(last) {
			return false
		}
	case "я":
		if last == 'и' || last == 'ь' || last == 0 {
			return false
		}
	case "й":
		if last == 'и' || last == 'ы' || last == 'о' || last == 0 {
			return false
		}
	case "ий", "ый", "ой":
		if p.family && (strings.HasSuffix(ls, "ск") || strings.HasSuffix(ls, "цк")) {
			return false
		}
		if p.nom == "ый" && strings.ContainsRune("гкхжшчщ", last) {
			return false
		}
	}
	return true
}

// hasSurnameSuffix reports whether a lower-case stem ends like a Russian
// possessive surname (-ов, -ев, -ёв, -ин, -ын).
func hasSurnameSuffix(ls string) bool {
	for _, s := range []string{"ов", "ев", "ёв", "ин", "ын"} {
		if strings.HasSuffix(ls, s) {
			return true
		}
	}
	return false
}

// isInitial reports whether t is an initial or a run of them: "А.", "А.Б.", "А".
func isInitial(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n > 0 && (n <= 3 && strings.Contains(t, ".") || n == 1)
}

// matchCase spells lower-case s with the capitalisation of model's first letter.
func matchCase(model, s string) string {
	r, _ := utf8.DecodeRuneInString(model)
	if unicode.IsUpper(r) {
		f, sz := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(f)) + s[sz:]
	}
	return s
}

// lower returns s in lower case with ё as е.
func lower(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "ё", "е")
}

// splitFields splits a whitespace-separated list.
func splitFields(s string) []string { return strings.Fields(s) }

// kazakhLocSuffix reports whether sfx is a locative, locative-adjective or
// relational suffix.
func kazakhLocSuffix(sfx string) bool {
	for _, c := range []string{KkLoc, KkLocRel, KkRel} {
		for _, cl := range kkSuffixes {
			for _, s := range cl[c] {
				if s == sfx {
					return true
				}
			}
		}
	}
	return false
}
