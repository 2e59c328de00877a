package gazetteer

import (
	"strings"
	"unicode/utf8"
)

// Country returns the country with ISO alpha-2 code (upper case).
func (g *Gazetteer) Country(code string) (Country, bool) {
	c, ok := g.countries[code]
	return c, ok
}

// Codes returns the ISO alpha-2 codes of all countries, sorted.
func (g *Gazetteer) Codes() []string {
	return append([]string(nil), g.codes...)
}

// AllCities returns every city of the gazetteer.
func (g *Gazetteer) AllCities() []City {
	return append([]City(nil), g.cities...)
}

// hit is one accepted match of an index.
type hit struct {
	first, last int // token indices
	e           entry
}

// scanner holds the tokens of one text.
type scanner struct {
	text string
	toks []token
	buf  []byte
}

func newScanner(text string) *scanner {
	toks, buf := tokenize(text, make([]token, 0, len(text)/6+1), make([]byte, 0, len(text)+len(text)/8))
	return &scanner{text: text, toks: toks, buf: buf}
}

// norm returns the normalised text of tokens i..j.
func (s *scanner) norm(i, j int) []byte { return s.buf[s.toks[i].nStart:s.toks[j].nEnd] }

// scan returns the leftmost-longest matches of ix in the text, without
// overlaps; accept may reject an entry in its context.
func (s *scanner) scan(ix *index, accept func(i, j int, e entry) bool) []hit {
	var hits []hit
	for i := 0; i < len(s.toks); {
		maxN, ok := ix.first[string(s.norm(i, i))]
		if !ok {
			i++
			continue
		}
		n := 1
		for n < maxN && i+n < len(s.toks) && s.toks[i+n].joins {
			n++
		}
		found := false
		for ; n >= 1 && !found; n-- {
			j := i + n - 1
			for _, e := range ix.forms[string(s.norm(i, j))] {
				if s.valid(i, j, e) && (accept == nil || accept(i, j, e)) {
					hits = append(hits, hit{first: i, last: j, e: e})
					found = true
					i = j + 1
					break
				}
			}
		}
		if !found {
			i++
		}
	}
	return hits
}

// valid checks the spelling rule of an entry against the text.
func (s *scanner) valid(i, j int, e entry) bool {
	start, end := s.toks[i].start, s.toks[j].end
	switch e.rule {
	case exact:
		if s.text[start:end] != e.surface {
			return false
		}
	case proper:
		if !startsUpper(s.text[start:]) {
			return false
		}
	}
	if e.notAtStart && sentenceStart(s.text, start) {
		return false
	}
	return true
}

// prevWord returns the normalised token before token i when only joiners
// separate them, or "".
func (s *scanner) prevWord(i int) string {
	if i == 0 || !s.toks[i].joins {
		return ""
	}
	return string(s.norm(i-1, i-1))
}

// nextWord returns the normalised token after token j when only joiners
// separate them, or "".
func (s *scanner) nextWord(j int) string {
	if j+1 >= len(s.toks) || !s.toks[j+1].joins {
		return ""
	}
	return string(s.norm(j+1, j+1))
}

// ruPrepCase maps Russian prepositions to the case they govern, to pick
// the case of an ambiguous form.
var ruPrepCase = map[string]caseBit{
	"в": cLoc | cAcc, "во": cLoc | cAcc, "на": cLoc | cAcc, "о": cLoc, "об": cLoc, "при": cLoc,
	"к": cDat, "ко": cDat, "по": cDat,
	"с": cIns | cGen, "со": cIns, "между": cIns, "над": cIns, "под": cIns, "перед": cIns, "за": cIns,
	"из": cGen, "от": cGen, "до": cGen, "для": cGen, "у": cGen, "без": cGen, "около": cGen,
	"посла": cGen, "президента": cGen, "министра": cGen, "правительства": cGen,
}

// ruAll is the set of the six Russian cases.
const ruAll = cNom | cGen | cDat | cAcc | cIns | cLoc

// caseName picks the name of the case of a form: the one case it can be, or
// the one a preceding preposition selects, else the first in caseNames
// order; "" for an indeclinable name that no preposition explains.
func caseName(cases caseBit, prev string) string {
	if cases == 0 {
		return ""
	}
	if p, ok := ruPrepCase[prev]; ok && cases&p != 0 {
		cases &= p
		if p&cLoc != 0 && cases&cLoc != 0 {
			// "в Перу": place rather than direction.
			return "loc"
		}
	}
	if cases&ruAll == ruAll {
		// An indeclinable name: no clue.
		return ""
	}
	for _, c := range caseNames {
		if cases&c.bit != 0 {
			return c.name
		}
	}
	return ""
}

// Countries returns every country mention in text, in any of the three
// languages and any case form, longest match first, without overlaps,
// sorted by Start.
func (g *Gazetteer) Countries(text string) []Mention {
	s := newScanner(text)
	hits := s.scan(&g.cix, nil)
	out := make([]Mention, 0, len(hits))
	next := 0 // first token not yet looked at for compounds
	for _, h := range hits {
		out = g.compounds(s, next, h.first, out)
		next = h.last + 1
		if h.e.block {
			continue
		}
		start, end := s.toks[h.first].start, s.toks[h.last].end
		m := Mention{Code: h.e.code, Start: start, End: end, Form: text[start:end], Kind: h.e.kind}
		switch {
		case s.toks[h.last].poss:
			m.Case = "gen"
		case h.e.kind == Name:
			m.Case = caseName(h.e.cases, s.prevWord(h.first))
		case h.e.kind == Abbrev:
			// Abbreviations do not decline; a preposition may still tell
			// the case ("в РК" -> loc).
			m.Case = caseName(ruAll, s.prevWord(h.first))
		}
		out = append(out, m)
	}
	return g.compounds(s, next, len(s.toks), out)
}

// compounds appends the country mentions inside the hyphenated tokens
// from..to-1 that matched as a whole: казахстанско-французские (KZ, FR),
// Қазақстан-Ресей (KZ, RU), Kazakh-French (KZ, FR).
func (g *Gazetteer) compounds(s *scanner, from, to int, out []Mention) []Mention {
	for i := from; i < to; i++ {
		t := s.toks[i]
		if !bytesContainsHyphen(s.buf[t.nStart:t.nEnd]) {
			continue
		}
		word := s.text[t.start:t.end]
		partStart := 0
		for j := 0; j <= len(word); {
			r, sz := rune(0), 1
			if j < len(word) {
				r, sz = utf8.DecodeRuneInString(word[j:])
			}
			if j < len(word) && r != '-' && r != '‐' && r != '‑' {
				j += sz
				continue
			}
			part := word[partStart:j]
			if m, ok := g.partMention(part, t.start+partStart); ok {
				out = append(out, m)
			}
			j += sz
			partStart = j
		}
	}
	return out
}

// partMention looks up one part of a hyphenated word.
func (g *Gazetteer) partMention(part string, start int) (Mention, bool) {
	if part == "" {
		return Mention{}, false
	}
	for _, e := range g.cix.forms[normalize(part)] {
		switch {
		case e.block:
			continue
		case e.rule == exact && part != e.surface:
			continue
		case e.rule == proper && !startsUpper(part):
			continue
		}
		m := Mention{Code: e.code, Start: start, End: start + len(part), Form: part, Kind: e.kind}
		if e.kind == Name {
			m.Case = caseName(e.cases, "")
		}
		return m, true
	}
	return Mention{}, false
}

// bytesContainsHyphen reports whether a normalised token has a hyphen.
func bytesContainsHyphen(b []byte) bool {
	for _, c := range b {
		if c == '-' {
			return true
		}
	}
	return false
}

// locPreps are the words before a city name that make it a place: Russian
// в/во (with the locative), English in/at.
var locPreps = map[string]bool{"в": true, "во": true, "in": true, "at": true}

// cityWords are the words standing between a Russian preposition and a
// city name: "в городе Астане", "в г. Астана", "в столице Казахстана".
var cityWords = map[string]bool{"городе": true, "г": true, "столице": true, "city": true}

// kkCityWords follow a Kazakh city name in the locative: "Астана қаласында".
var kkCityWords = map[string]bool{"қаласында": true, "қаласындағы": true, "шаһарында": true}

// Cities returns every city mention in text, sorted by Start. A city whose
// name is also a common word is returned only in a locative context.
func (g *Gazetteer) Cities(text string) []CityMention {
	s := newScanner(text)
	var locs []bool
	hits := s.scan(&g.tix, func(i, j int, e entry) bool {
		loc := s.locative(i, j, e)
		if e.locOnly && !loc {
			return false
		}
		locs = append(locs, loc)
		return true
	})
	out := make([]CityMention, 0, len(hits))
	for k, h := range hits {
		start, end := s.toks[h.first].start, s.toks[h.last].end
		m := CityMention{City: g.cities[h.e.city], Start: start, End: end, Form: text[start:end], Locative: locs[k]}
		if h.e.seat > 0 {
			m.Seat = g.seats[h.e.seat-1]
		}
		out = append(out, m)
	}
	return out
}

// locative decides whether a city match at tokens i..j places something in
// the city.
func (s *scanner) locative(i, j int, e entry) bool {
	if e.kk && e.cases&cLocRel != 0 {
		// Астанадағы кездесу: the meeting in Astana.
		return true
	}
	if e.cases&cLoc != 0 && e.cases&cNom == 0 {
		// A Kazakh locative (Астанада) or a Russian locative form.
		p := s.prevWord(i)
		if e.kk || locPreps[p] {
			return true
		}
		if cityWords[p] && i > 0 && locPreps[s.prevWord(i-1)] {
			return true
		}
		return false
	}
	p := s.prevWord(i)
	if locPreps[p] && (e.cases&cLoc != 0 || e.cases == cNom) {
		// "in Paris"; "в Сочи" (indeclinable: every case).
		return true
	}
	if (cityWords[p] || p == "the") && i > 0 && locPreps[s.prevWord(i-1)] {
		// "в городе Астане"; "at the Akorda", "in the Kremlin".
		return true
	}
	return kkCityWords[s.nextWord(j)]
}

// LookupCountry returns the code of the country a single phrase names, in
// any language and form ("Французской Республики", "Франция", "Францияның",
// "France", "French", "РФ"). The whole phrase must be one form.
func (g *Gazetteer) LookupCountry(phrase string) (code string, ok bool) {
	phrase = strings.TrimSpace(phrase)
	for _, the := range []string{"the ", "The "} {
		phrase = strings.TrimPrefix(phrase, the)
	}
	s := newScanner(phrase)
	if len(s.toks) == 0 {
		return "", false
	}
	es := g.cix.forms[string(s.norm(0, len(s.toks)-1))]
	for _, e := range es {
		if e.block || e.rule == exact && phrase != e.surface {
			continue
		}
		return e.code, true
	}
	return "", false
}

// LookupCity returns the city a single phrase names, in any language and
// form ("Москве", "Мәскеуде", "Moscow", "Нур-Султане" -> Astana). The whole
// phrase must be one form.
func (g *Gazetteer) LookupCity(phrase string) (City, bool) {
	s := newScanner(strings.TrimSpace(phrase))
	if len(s.toks) == 0 {
		return City{}, false
	}
	for _, e := range g.tix.forms[string(s.norm(0, len(s.toks)-1))] {
		if !e.block {
			return g.cities[e.city], true
		}
	}
	return City{}, false
}
