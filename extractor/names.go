package extractor

import (
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extractor/morph"
)

// titleWords are the words of English offices, ministries and institutions
// that follow a title before the name: "Minister of Tourism, Arts and
// Culture of Malaysia NAME", "Ambassador Extraordinary and Plenipotentiary
// of X to Y NAME", "President of France's National Centre for Cinema
// NAME". None of them is a personal name.
var titleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`affairs development planning economic economy trade integration investment investments
		industry industries industrial commerce finance financial transport transportation logistics mobility sustainable
		infrastructure energy mines mining minerals mineral petroleum oil gas water resources natural environment environmental
		climate ecology agriculture agricultural food fisheries livestock rural tourism arts art culture cultural heritage sports
		sport youth education higher science sciences research technology technologies innovation innovations digital
		information communications communication telecommunications media health healthcare labour labor social protection
		welfare employment justice interior home internal defence defense security foreign external international cooperation
		relations european europe public works housing urban regional local government emergency emergencies situations
		family women children national state federal parliamentary legal budget treasury revenue customs statistics aviation
		maritime civil post postal enterprise entrepreneurship small medium business privatization diaspora religious
		religion migration citizenship population reconstruction centre center agency committee council institute fund
		foundation bank office service services commission academy university museum library chamber association union
		corporation company authority board department directorate administration senate assembly parliament cinema film
		theatre music plenipotentiary extraordinary bureau secretariat organization organisation republic kingdom
		competitiveness consumer affairs lands land roads highways railways ports shipping civilian water-resources
		commonwealth overseas expatriates nationals tertiary vocational skills training sciences mazhilis majilis
		duma grand kurultai jogorku kenesh oliy majlis verkhovna rada sejm bundestag knesset congress house
		representatives people's speaker legislative supreme irrigation reclamation hydrocarbons geology
		subsoil ecological trade-economic policy neighbourhood neighborhood enlargement partnerships ministry
		construction emigration immigration emigrants refugees urban planning urbanism bilateral multilateral consular`) {
		titleWords[w] = true
	}
}

// enTitleTail reads the rest of an English title after token end: the
// words of a ministry or an institution, joined by "and", "&", commas,
// "of", "for", "the", "'s", with the countries of "of X" / "X's" and the
// host of "to Y". It returns the index of the first token after the
// title (the name), the country and the words read, or next == end.
func (st *state) enTitleTail(s *sent, end int) (next int, country string, words []string, inst bool, last int) {
	next, last = end, -1
	k := end
	for k < len(s.toks) {
		t := s.toks[k]
		if _, ok := longestHit(s, cOrg, k); ok {
			// "Secretary General of the Organization of Turkic States":
			// the organisation is read by the caller.
			return next, country, words, inst, last
		}
		if h, ok := longestHit(s, cPortfolio, k); ok && t.cap && !titleWords[t.low] {
			// A known field: "Water Resources and Irrigation".
			for x := h.start; x < h.end; x++ {
				if s.toks[x].word {
					words = append(words, s.toks[x].low)
					last = x
				}
			}
			k = h.end
			next = k
			continue
		}
		switch {
		case t.word && t.cap && titleWords[t.low] && !s.countryStarts(k):
			words = append(words, t.low)
			last = k
			switch t.low {
			case "centre", "center", "agency", "committee", "council", "institute", "fund", "foundation", "bank", "office",
				"commission", "academy", "university", "museum", "library", "chamber", "association", "union", "corporation",
				"company", "authority", "board", "department", "directorate", "administration", "bureau", "secretariat":
				inst = true
			}
			k++
			next = k
			continue
		case t.word && t.cap:
			if c, ok := s.countryAt(k); ok && c.t0 == k {
				// "of Morocco", "France's", "to Malaysia" (an envoy's host).
				p := s.prevWord(k)
				if p >= 0 && s.toks[p].low == "the" {
					p = s.prevWord(p) // "of the Republic of X"
				}
				host := p >= 0 && s.toks[p].low == "to"
				poss := c.t1+1 < len(s.toks) && (s.toks[c.t1].low == "'" || s.toks[c.t1].low == "’") && s.toks[c.t1+1].low == "s"
				if !host && country == "" && (p >= 0 && s.toks[p].low == "of" || poss) {
					country = c.code
					// "of the Republic of Tajikistan": the words of the
					// state's long name are no field of the office.
					for len(words) > 0 && last >= 0 && countryFormWord(s.toks[last].low) {
						words = words[:len(words)-1]
						last = s.prevWord(last)
						for last >= 0 && (s.toks[last].low == "of" || s.toks[last].low == "the") {
							last = s.prevWord(last)
						}
					}
				}
				k = c.t1
				if poss {
					k += 2
				}
				next = k
				continue
			}
			return next, country, words, inst, last
		case t.low == "and" || t.low == "&" || t.low == "," || t.low == "of" || t.low == "for" || t.low == "the" || t.low == "to":
			// A joint only when a title word or a country follows.
			n := k + 1
			for n < len(s.toks) && (s.toks[n].low == "the" || s.toks[n].low == "and") {
				n++
			}
			if n >= len(s.toks) || !s.toks[n].cap || s.officeAt(n) {
				// "State Councilor and Foreign Minister": a second office.
				return next, country, words, inst, last
			}
			if _, ok := s.countryAt(n); !ok && !titleWords[s.toks[n].low] {
				// "Minister of Environment and Green Growth NAME
				// Valiev": unknown words of the field before a name of
				// two words that ends the run of capitals.
				if t.low == "and" && len(words) > 0 {
					r := n
					for r < len(s.toks) && s.toks[r].word && s.toks[r].cap && !s.countryStarts(r) && !s.blocked(r) {
						r++
					}
					if r-n >= 3 && (r == len(s.toks) || !s.toks[r].word || !s.toks[r].cap) {
						for x := n; x < r-2; x++ {
							words = append(words, s.toks[x].low)
						}
						last, next = r-3, r-2
					}
				}
				return next, country, words, inst, last
			}
			if t.low == "to" {
				if _, ok := s.countryAt(n); !ok {
					return next, country, words, inst, last
				}
			}
			k = n
			continue
		}
		return next, country, words, inst, last
	}
	return next, country, words, inst, last
}

// countryStarts reports a country mention starting at token k ("Republic
// of Tajikistan").
func (s *sent) countryStarts(k int) bool {
	c, ok := s.countryAt(k)
	return ok && c.t0 == k
}

// countryFormWord reports the words of a state's long name ("Republic",
// "Kingdom", "Federal Democratic").
func countryFormWord(w string) bool {
	switch w {
	case "republic", "kingdom", "state", "federation", "sultanate", "emirate", "principality", "commonwealth", "union",
		"federal", "democratic", "islamic", "people's", "socialist", "united", "arab", "plurinational", "bolivarian", "grand", "duchy":
		return true
	}
	return false
}

// officeAt reports an office starting at token j: a minister, another
// office or a deputy, or a field followed by "Minister" ("Foreign
// Minister").
func (s *sent) officeAt(j int) bool {
	for _, h := range s.hits {
		if h.start != j {
			continue
		}
		switch h.cl {
		case cMinister, cRole, cDeputy:
			return true
		case cPortfolio:
			if _, ok := s.hitAt(cMinister, h.end); ok {
				return true
			}
		}
	}
	return false
}

// ranks are military and courtesy ranks written before a name.
func isRank(low string) bool {
	return lowStarts(low, "генерал", "полковник", "адмирал", "маршал", "подполковник") ||
		low == "general" || low == "lieutenant" || low == "colonel" || low == "admiral" || low == "major-general" ||
		low == "lieutenant-general" || low == "lt" || low == "gen" || low == "datuk" || low == "dato" || low == "datin" ||
		low == "tan" || low == "sri" || low == "sheikha" || low == "prof" || low == "professor" || low == "excellency"
}

// patronymic reports a Russian patronymic in any case ("Викторовичем",
// "Сергеевной") or a Kazakh one ("Болатұлы").
func patronymic(w string) bool {
	for _, m := range []string{"ович", "евич", "овн", "евн", "ичн"} {
		i := strings.LastIndex(w, m)
		if i <= 0 {
			continue
		}
		rest := w[i+len(m):]
		if utf8.RuneCountInString(rest) <= 3 && utf8.RuneCountInString(w[:i]) >= 2 {
			switch m {
			case "овн", "евн", "ичн":
				if rest == "" {
					continue
				}
			}
			return true
		}
	}
	return strings.HasSuffix(w, "ұлы") || strings.HasSuffix(w, "қызы") || strings.HasSuffix(w, "улы") || strings.HasSuffix(w, "кызы")
}

// pluralTitles reads the ministers of a plural title followed by one
// name per country: "Министры иностранных дел Казахстана и Кыргызстана
// Нурлан Абенов и Жаныбек Осмонов", "the foreign ministers of X and Y, A
// and B", "Қазақстан мен Қырғызстан сыртқы істер министрлері A пен B".
func (st *state) pluralTitles(s *sent) {
	for _, h := range s.hits {
		// "Премьер-министры", "prime ministers": a plural head title.
		plPremier := h.cl == cRole && h.val == "Prime Minister" && (lowEnds(s.toks[h.start].low, "министры", "министров", "министрам", "министрами", "министрлері", "министрлер") ||
			h.end > 0 && s.toks[h.end-1].low == "ministers")
		if h.cl != cMinistersPl && !plPremier {
			continue
		}
		port := ""
		if p, ok := hitEndingAt(s, cPortfolio, h.start); ok {
			port = p.val
		}
		j := s.nextWord(h.end)
		if j < len(s.toks) && s.toks[j].low == "of" {
			j = s.nextWord(j + 1)
		}
		if p, ok := longestHit(s, cPortfolio, j); ok {
			if port == "" {
				port = p.val
			}
			j = p.end
		} else {
			j = h.end
		}
		var cs []string
		last := j
		for _, c := range s.countries {
			if c.loc() {
				continue
			}
			if c.t1 <= h.start && h.start-c.t1 <= 8 || c.t0 >= j && c.t0-j <= 4 {
				cs = appendUniq(cs, c.code)
				if c.t0 >= j && c.t1 > last {
					last = c.t1
				}
			}
		}
		// "Премьер-министры двух стран A и B", "the foreign ministers of
		// the two countries": the two states of the report so far.
		if len(cs) == 0 {
			k := s.nextWord(j)
			if k < len(s.toks) && (s.toks[k].low == "of" || s.toks[k].low == "the") {
				k = s.nextWord(k + 1)
			}
			if k < len(s.toks) && s.toks[k].low == "the" {
				k = s.nextWord(k + 1)
			}
			if n := s.nextWord(k + 1); k < len(s.toks) && n < len(s.toks) && (s.toks[k].low == "двух" || s.toks[k].low == "обеих" || s.toks[k].low == "two" || s.toks[k].low == "both" || s.toks[k].low == "екі") &&
				lowStarts(s.toks[n].low, "стран", "государств", "countr", "ел", "мемлекет") {
				if pair := st.pairBefore(s.idx); len(pair) == 2 {
					cs, last = pair, n+1
				}
			}
			// Kazakh: "Екі елдің Премьер-министрлері A мен B".
			if p := s.prevWord(h.start); len(cs) == 0 && p >= 0 && lowStarts(s.toks[p].low, "елдің", "мемлекеттің") {
				if q := s.prevWord(p); q >= 0 && s.toks[q].low == "екі" {
					if pair := st.pairBefore(s.idx); len(pair) == 2 {
						cs, last = pair, j
					}
				}
			}
		}
		if len(cs) < 2 {
			continue
		}
		k := last
		for k < len(s.toks) && (s.toks[k].low == "," || s.toks[k].low == "–" || s.toks[k].low == "—") {
			k++
		}
		var spans [][2]int
		for len(spans) < len(cs) && k < len(s.toks) {
			n0, n1 := st.nameRun(s, k)
			if n0 < 0 || n0 > k+2 {
				break
			}
			spans = append(spans, [2]int{n0, n1})
			k = n1
			if k < len(s.toks) {
				switch s.toks[k].low {
				case "и", "and", ",", "пен", "мен", "бен", "және":
					k++
					continue
				}
			}
			break
		}
		if len(spans) != len(cs) {
			continue
		}
		cas := titleCase(s.toks[h.start].low)
		switch l := s.toks[h.start].low; {
		case lowEnds(l, "ами", "ями"):
			cas = "ins"
		case lowEnds(l, "ов", "ев"):
			cas = "gen"
		case lowEnds(l, "ам", "ям"):
			cas = "dat"
		}
		// "Премьер-министры", "prime ministers": heads of government.
		premier := plPremier || lowStarts(s.toks[h.start].low, "премьер")
		if p := s.prevWord(h.start); p >= 0 && s.toks[p].low == "prime" {
			premier = true
		}
		for i, sp := range spans {
			t := title{minister: true, portfolio: port, country: cs[i]}
			if premier {
				t = title{role: "Prime Minister", head: true, country: cs[i]}
			}
			if p := st.register(s, sp[0], sp[1], t, cas); p != nil {
				s.persons = append(s.persons, pref{p: p, t0: sp[0], t1: sp[1]})
			}
		}
	}
}

// pairBefore returns the two states named (not in the locative) by the
// nearest sentence up to si that names exactly two, the headline
// included.
func (st *state) pairBefore(si int) []string {
	for i := si; i >= 0; i-- {
		var cs []string
		for _, c := range st.sents[i].countries {
			if !c.loc() {
				cs = appendUniq(cs, c.code)
			}
		}
		if len(cs) == 2 {
			return cs
		}
		if len(cs) > 2 {
			return nil
		}
	}
	return nil
}

// looksLikeName asks morph.LooksLikeName once per word of the article.
func (st *state) looksLikeName(w string) bool {
	ok, seen := st.nameWords[w]
	if !seen {
		if st.nameWords == nil {
			st.nameWords = map[string]bool{}
		}
		ok = morph.LooksLikeName(w, st.lang)
		st.nameWords[w] = ok
	}
	return ok
}
