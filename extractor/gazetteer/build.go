package gazetteer

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extractor/morph"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// caseBit is a set of grammatical cases a form can stand for.
type caseBit uint16

// The cases of Russian and Kazakh forms; "loc" and the others are shared.
const (
	cNom caseBit = 1 << iota
	cGen
	cDat
	cAcc
	cIns
	cLoc
	cAbl
	cRel
	cLocRel
)

// caseNames maps case keys of package morph to bits and back, in the order
// used to name an ambiguous form.
var caseNames = []struct {
	name string
	bit  caseBit
}{
	{"nom", cNom}, {"gen", cGen}, {"dat", cDat}, {"acc", cAcc}, {"ins", cIns},
	{"loc", cLoc}, {"abl", cAbl}, {"rel", cRel}, {"loc_rel", cLocRel},
}

// bitOf returns the bit of a case key.
func bitOf(name string) caseBit {
	for _, c := range caseNames {
		if c.name == name {
			return c.bit
		}
	}
	return 0
}

// rule says how a form must appear in the text.
type rule uint8

const (
	anyCase rule = iota // adjectives and demonyms: any capitalisation
	proper              // proper names: the first letter upper case
	exact               // abbreviations: exactly as written
)

// entry is what an indexed form stands for.
type entry struct {
	code    string // country code (for countries) or "" (cities)
	city    int    // index into Gazetteer.cities, or -1
	kind    Kind
	cases   caseBit
	rule    rule
	surface string // the exact spelling, for rule exact
	// notAtStart rejects the form at the start of a sentence, where a
	// capital letter proves nothing (Того is also a pronoun).
	notAtStart bool
	// locOnly accepts a city only in a locative context (Nice, Конаев).
	locOnly bool
	// kk marks Kazakh case forms (their locative needs no preposition).
	kk bool
	// block marks a phrase that contains a name but names something else
	// (New Jersey): it wins as the longest match and yields nothing.
	block bool
	// seat is 1 + the index into Gazetteer.seats of a seat of government
	// standing for its city (Акорда), or 0.
	seat int
}

// index maps normalised forms to entries.
type index struct {
	forms map[string][]entry
	// first maps the first token of every form to the largest number of
	// tokens of a form starting with it.
	first map[string]int
	// Scratch buffers of add, dropped when New returns.
	toks []token
	buf  []byte
	slab []entry
}

func newIndex(size int) index {
	return index{forms: make(map[string][]entry, size), first: make(map[string]int, size/4)}
}

// add indexes phrase as e, merging the cases of an entry already there.
func (ix *index) add(phrase string, e entry) {
	if e.rule == exact {
		e.surface = phrase
	}
	// Most forms are generated from prenormalised names and are their own
	// keys; others may become so in lower case; the rest are tokenised.
	if ntok, ok := simpleKey(phrase); ok {
		ix.addKey(phrase, ntok, e)
		return
	}
	if key := prenorm(phrase); key != phrase {
		if ntok, ok := simpleKey(key); ok {
			ix.addKey(key, ntok, e)
			return
		}
	}
	ix.toks, ix.buf = tokenize(phrase, ix.toks, ix.buf)
	if len(ix.toks) == 0 {
		return
	}
	ix.addKey(string(ix.buf), len(ix.toks), e)
}

// simpleKey reports whether phrase is its own normalised key (lower-case
// letters, inner hyphens, single spaces; apostrophes go through tokenize,
// which drops an English possessive 's) and counts its tokens.
func simpleKey(phrase string) (ntok int, ok bool) {
	if phrase == "" {
		return 0, false
	}
	ntok = 1
	prev := ' '
	for _, r := range phrase {
		switch {
		case 'a' <= r && r <= 'z', 'а' <= r && r <= 'я' && r != 'ё':
		case r == 'ә' || r == 'ғ' || r == 'қ' || r == 'ң' || r == 'ө' || r == 'ұ' || r == 'ү' || r == 'һ' || r == 'і':
		case r == ' ':
			if prev == ' ' || prev == '-' {
				return 0, false
			}
			ntok++
		case r == '-':
			if prev == ' ' || prev == '-' {
				return 0, false
			}
		default:
			return 0, false
		}
		prev = r
	}
	return ntok, prev != ' ' && prev != '-'
}

// prenorm lower-cases a name (ё as е, apostrophes unified) so that the
// forms inflected from it are their own keys.
func prenorm(name string) string {
	return strings.Map(normRune, name)
}

// addKey indexes an already normalised key of ntok tokens.
func (ix *index) addKey(key string, ntok int, e entry) {
	es := ix.forms[key]
	for i := range es {
		o := &es[i]
		if o.code == e.code && o.city == e.city && o.kind == e.kind && o.rule == e.rule && o.surface == e.surface && o.kk == e.kk && o.seat == e.seat {
			o.cases |= e.cases
			o.notAtStart = o.notAtStart || e.notAtStart
			return
		}
	}
	if len(es) == 0 {
		// Most keys have one entry: carve it from a slab rather than
		// allocating a slice per key (capacity 1, so a later append copies).
		if len(ix.slab) == cap(ix.slab) {
			ix.slab = make([]entry, 0, 4096)
		}
		ix.slab = append(ix.slab, e)
		n := len(ix.slab)
		ix.forms[key] = ix.slab[n-1 : n : n]
	} else {
		ix.forms[key] = append(es, e)
	}
	f := key
	if i := strings.IndexByte(key, ' '); i >= 0 {
		f = key[:i]
	}
	if ntok > ix.first[f] {
		ix.first[f] = ntok
	}
}

// Gazetteer finds countries and cities in text. It is immutable after New
// and safe for concurrent use.
type Gazetteer struct {
	countries map[string]Country
	codes     []string // sorted
	cities    []City
	seats     []string // English names of the seats of government (seatTable)
	cix       index    // countries
	tix       index    // cities (towns)
}

// blockPhrases contain a country name but name something else: English
// phrases as they stand, Russian and Kazakh ones in all their case forms.
var (
	blockPhrases = []string{
		"New Jersey", "Jersey City", "New Mexico", "Georgia State", "Jordan River",
		"Turkey Point", "Chad Valley", "Latin America", "South America", "North America",
		"Central America", "Latin American", "South American", "North American",
		"Central American",
	}
	blockPhrasesRU = []string{
		"Латинская Америка", "Южная Америка", "Северная Америка", "Центральная Америка",
	}
	blockPhrasesKK = []string{
		"Латын Америкасы", "Оңтүстік Америка", "Солтүстік Америка", "Орталық Америка",
	}
)

// excluded lists CLDR regions that are not ISO 3166-1 countries or that
// the press never treats as one.
var excluded = map[string]bool{
	"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true,
	"EU": true, "EZ": true, "UN": true, "QO": true, "AN": true, "CQ": true,
	"CS": true, "NT": true, "PC": true, "SU": true, "YU": true, "FQ": true,
	"ZZ": true, "XA": true, "XB": true,
}

// New builds the gazetteer from the CLDR region names and the tables of this
// package.
func New() *Gazetteer {
	g := &Gazetteer{
		countries: map[string]Country{},
		cix:       newIndex(16384),
		tix:       newIndex(16384),
	}
	en := display.Regions(language.English)
	ru := display.Regions(language.Russian)
	kk := display.Regions(language.Kazakh)
	extras := parseCountryTable(countryTable)
	type pending struct {
		c                      Country
		x                      countryExtra
		cldrEN, cldrRU, cldrKK string
	}
	var todo []pending
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if excluded[code] {
				continue
			}
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize() != r {
				continue
			}
			c := Country{Code: code, NameEN: en.Name(r), NameRU: ru.Name(r), NameKK: kk.Name(r)}
			if c.NameEN == "" || c.NameRU == "" {
				continue
			}
			x := extras[code]
			todo = append(todo, pending{fixNames(c, x), x, c.NameEN, c.NameRU, c.NameKK})
			g.countries[code] = todo[len(todo)-1].c
			g.codes = append(g.codes, code)
		}
	}
	// The two indexes are independent: build them side by side. Only this
	// goroutine touches g.cix; only the calling one touches g.tix and
	// g.cities.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, p := range todo {
			g.addCountry(p.c, p.x, p.cldrEN, p.cldrRU, p.cldrKK)
		}
		block := entry{city: -1, rule: proper, block: true}
		for _, p := range blockPhrases {
			g.cix.add(p, block)
		}
		for _, p := range blockPhrasesRU {
			g.addRussianName(&g.cix, p, block)
		}
		for _, p := range blockPhrasesKK {
			g.addKazakhName(&g.cix, p, block, false)
		}
	}()
	for _, c := range parseCityTable(cityTable) {
		if _, ok := g.countries[c.city.Country]; !ok {
			continue
		}
		g.addCity(c)
	}
	g.addSeats()
	wg.Wait()
	g.cix.toks, g.cix.buf, g.cix.slab = nil, nil, nil
	g.tix.toks, g.tix.buf, g.tix.slab = nil, nil, nil
	return g
}

// fixNames replaces the CLDR names that are dated or abbreviated by the
// preferred ones of the table.
func fixNames(c Country, x countryExtra) Country {
	if x.nameEN != "" {
		c.NameEN = x.nameEN
	}
	if x.nameRU != "" {
		c.NameRU = x.nameRU
	}
	if x.nameKK != "" {
		c.NameKK = x.nameKK
	}
	c.NameEN = cleanCLDR(c.NameEN)
	c.NameRU = cleanCLDR(c.NameRU)
	c.NameKK = cleanCLDR(c.NameKK)
	return c
}

// cleanCLDR turns a CLDR display name into plain text: no parenthesised
// qualifiers, "&" spelled out, abbreviated "о-в"/"о-ва" expanded.
func cleanCLDR(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, " & ", " and ")
	s = strings.ReplaceAll(s, "о-ва", "острова")
	s = strings.ReplaceAll(s, "о-в", "остров")
	return strings.TrimSpace(s)
}

// cldrVariants returns the names a CLDR display name stands for: the name
// cleaned, and a parenthesised alternative (Мьянма (Бирма) -> Мьянма, Бирма).
func cldrVariants(s string) []string {
	out := []string{cleanCLDR(s)}
	if i := strings.Index(s, " ("); i > 0 {
		if j := strings.Index(s[i:], ")"); j > 0 {
			alt := s[i+2 : i+j]
			if utf8.RuneCountInString(alt) > 3 && !strings.ContainsAny(alt, ".") && startsUpper(alt) && alt != "САР" {
				out = append(out, alt)
			}
		}
	}
	if strings.Contains(s, "St. ") {
		out = append(out, strings.ReplaceAll(cleanCLDR(s), "St. ", "Saint "))
	}
	return out
}

// isAbbrev reports whether s is written in capitals only (ОАЭ, КНДР).
func isAbbrev(s string) bool {
	n := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'а' && r <= 'я' || strings.ContainsRune("әғқңөұүһі", r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6 && !strings.Contains(s, " ")
}

// addCountry indexes every form of a country.
func (g *Gazetteer) addCountry(c Country, x countryExtra, cldrEN, cldrRU, cldrKK string) {
	code := c.Code
	risky := func(s string) bool { return riskyNames[strings.ToLower(s)] }
	// Russian names.
	ruNames := uniq(append(append(cldrVariants(cldrRU), c.NameRU), x.ru...))
	for _, n := range ruNames {
		if isAbbrev(n) {
			g.cix.add(n, entry{code: code, city: -1, kind: Abbrev, rule: exact})
			continue
		}
		g.addRussianName(&g.cix, n, entry{code: code, city: -1, kind: Name, rule: proper, notAtStart: risky(n)})
	}
	// Kazakh names.
	kkNames := uniq(append(append(cldrVariants(cldrKK), c.NameKK), x.kk...))
	for _, n := range kkNames {
		if isAbbrev(n) {
			g.cix.add(n, entry{code: code, city: -1, kind: Abbrev, rule: exact})
			continue
		}
		g.addKazakhName(&g.cix, n, entry{code: code, city: -1, kind: Name, rule: proper, notAtStart: risky(n)}, true)
	}
	// The generic official forms.
	if !strings.Contains(c.NameRU, " ") {
		g.addRussianName(&g.cix, "Республика "+c.NameRU, entry{code: code, city: -1, kind: Name, rule: proper})
	}
	if !strings.Contains(c.NameKK, " ") {
		g.addKazakhName(&g.cix, c.NameKK+" Республикасы", entry{code: code, city: -1, kind: Name, rule: proper}, false)
	}
	// English names.
	enNames := uniq(append(append(cldrVariants(cldrEN), c.NameEN), x.en...))
	for _, n := range enNames {
		if isAbbrev(n) {
			g.cix.add(n, entry{code: code, city: -1, kind: Abbrev, rule: exact})
			continue
		}
		g.cix.add(n, entry{code: code, city: -1, kind: Name, rule: proper, cases: cNom, notAtStart: risky(n)})
	}
	if !strings.HasPrefix(c.NameEN, "United") && !strings.HasPrefix(c.NameEN, "Republic") {
		g.cix.add("Republic of "+c.NameEN, entry{code: code, city: -1, kind: Name, rule: proper, cases: cNom})
	}
	for _, a := range x.abbr {
		g.cix.add(a, entry{code: code, city: -1, kind: Abbrev, rule: exact})
	}
	// Adjectives and demonyms.
	for _, a := range x.ruAdj {
		for _, f := range morph.RussianAdjective(a) {
			g.cix.add(f, entry{code: code, city: -1, kind: Adjective, rule: anyCase})
		}
		// The first half of a compound: казахстанско(-французский).
		if st, ok := strings.CutSuffix(a, "ий"); ok {
			g.cix.add(st+"о", entry{code: code, city: -1, kind: Adjective, rule: anyCase})
		}
	}
	for _, a := range x.ruComb {
		g.cix.add(a, entry{code: code, city: -1, kind: Adjective, rule: anyCase})
	}
	for _, d := range x.ruDem {
		for _, f := range russianPluralForms(d) {
			g.cix.add(f, entry{code: code, city: -1, kind: Demonym, rule: anyCase})
		}
	}
	for _, a := range x.kkAdj {
		g.cix.add(a, entry{code: code, city: -1, kind: Adjective, rule: anyCase})
		if rel := morph.KazakhInflect(a)[morph.KkRel]; rel != "" {
			g.cix.add(rel, entry{code: code, city: -1, kind: Adjective, rule: anyCase})
		}
	}
	for _, a := range x.enAdj {
		g.cix.add(a, entry{code: code, city: -1, kind: Adjective, rule: proper})
	}
	for _, d := range x.enDem {
		g.cix.add(d, entry{code: code, city: -1, kind: Demonym, rule: proper})
	}
}

// uniq returns names without repeats (ё and е count as one letter).
func uniq(names []string) []string {
	out := names[:0]
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		k := strings.ReplaceAll(n, "ё", "е")
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

// addCity indexes every form of a city.
func (g *Gazetteer) addCity(r cityRow) {
	idx := len(g.cities)
	g.cities = append(g.cities, r.city)
	base := entry{city: idx, kind: Name, rule: proper, locOnly: r.locOnly}
	for _, n := range r.ru {
		if r.fem && !strings.Contains(n, " ") {
			for cas, f := range morph.RussianInflect(n, morph.Female) {
				e := base
				e.cases = bitOf(cas)
				g.tix.add(f, e)
			}
			continue
		}
		g.addRussianName(&g.tix, n, base)
	}
	g.addKazakhEnglishNames(r.kk, r.en, base)
}

// addKazakhEnglishNames indexes the Kazakh names of a place in their case
// forms and its English names in the nominative.
func (g *Gazetteer) addKazakhEnglishNames(kk, en []string, base entry) {
	for _, n := range kk {
		g.addKazakhName(&g.tix, n, base, false)
	}
	for _, n := range en {
		e := base
		e.cases = cNom
		g.tix.add(n, e)
	}
}

// addRussianName indexes the six case forms of a Russian name.
func (g *Gazetteer) addRussianName(ix *index, name string, e entry) {
	forms := morph.RussianInflectPhrase(prenorm(name))
	// Merge the cases of equal forms first (Франции: gen, dat, loc).
	var uniq [6]struct {
		form  string
		cases caseBit
	}
	n := 0
	for _, cas := range morph.RuCases {
		f, bit := forms[cas], bitOf(cas)
		k := 0
		for k < n && uniq[k].form != f {
			k++
		}
		if k == n {
			uniq[n].form = f
			n++
		}
		uniq[k].cases |= bit
	}
	for _, u := range uniq[:n] {
		e.cases = u.cases
		ix.add(u.form, e)
	}
}

// addKazakhName indexes the Kazakh case forms of a name: the last word
// takes the suffixes; a multiword name whose last word ends in -ы/-і is a
// possessive compound (Қазақстан Республикасы). With rel, the -лық form is
// indexed as an Adjective.
func (g *Gazetteer) addKazakhName(ix *index, name string, e entry, rel bool) {
	name = prenorm(name)
	prefix, last := "", name
	if i := strings.LastIndex(name, " "); i >= 0 {
		prefix, last = name[:i+1], name[i+1:]
	}
	lr, _ := utf8.DecodeLastRuneInString(last)
	var forms map[string][]string
	if prefix != "" && (lr == 'ы' || lr == 'і') {
		forms = map[string][]string{}
		for k, v := range morph.KazakhInflectPossessive(last) {
			forms[k] = []string{v}
		}
	} else {
		forms = morph.KazakhInflectVariants(last)
	}
	for cas, fs := range forms {
		for _, f := range fs {
			e2 := e
			e2.cases = bitOf(cas)
			e2.kk = cas != morph.KkNom
			if cas == morph.KkRel {
				if !rel {
					continue
				}
				e2.kind = Adjective
				e2.rule = anyCase
				if prefix == "" {
					g.addKazakhDemonym(ix, f, e)
				}
			}
			ix.add(prefix+f, e2)
		}
	}
}

// addKazakhDemonym indexes the plural of a -лық adjective in its case forms
// as a Demonym: қазақстандық -> қазақстандықтар, қазақстандықтармен.
func (g *Gazetteer) addKazakhDemonym(ix *index, rel string, e entry) {
	pl := rel + "тар"
	if strings.HasSuffix(rel, "к") {
		pl = rel + "тер"
	}
	e.kind, e.rule, e.kk, e.cases = Demonym, anyCase, false, 0
	for cas, f := range morph.KazakhInflect(pl) {
		if cas != morph.KkRel && cas != morph.KkLocRel {
			ix.add(f, e)
		}
	}
}

// russianPluralForms returns the case forms of a plural demonym given in the
// nominative: казахстанцы, россияне, французы, узбеки.
func russianPluralForms(nom string) []string {
	switch {
	case strings.HasSuffix(nom, "не"):
		s := strings.TrimSuffix(nom, "е")
		return []string{nom, s, s + "ам", s + "ами", s + "ах"}
	case strings.HasSuffix(nom, "цы"):
		s := strings.TrimSuffix(nom, "ы")
		return []string{nom, s + "ев", s + "ам", s + "ами", s + "ах"}
	case strings.HasSuffix(nom, "ы") || strings.HasSuffix(nom, "и"):
		_, sz := utf8.DecodeLastRuneInString(nom)
		s := nom[:len(nom)-sz]
		return []string{nom, s + "ов", s + "ам", s + "ами", s + "ах"}
	}
	return []string{nom}
}
