package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/gazetteer"
	"github.com/diplograph/diplograph/extractor/morph"
)

// person is an official named in the article.
type person struct {
	tokens    []string // nominative name, original script
	latin     string
	country   string
	portfolio string // ministers
	minister  bool
	role      string // other officials
	deputy    bool
	titled    bool
	head      bool // head of state or government
	org       bool // an official of an international organisation
	surname   string
	alias     string // the full romanised name when latin leaves out a patronymic
	stem      string
	first     string
	sents     []int
	title     string // the first title phrase as written
	known     string // the Latin name of the office holder of the dictionary it is
	implied   bool   // named by a title alone, from the dictionary
}

// euName is the organisation (lexicon class org) whose officials are a
// party of their own, EU.
const euName = "European Union"

// title is what a title phrase says about the person it names.
type title struct {
	minister  bool
	portfolio string
	role      string
	deputy    bool
	head      bool
	country   string
	homeHead  bool // "глава государства": the home country's president
	org       bool // an official of an international organisation
}

func (p *person) name() string { return strings.Join(p.tokens, " ") }

// official says whether p is an official the facts name: romanised,
// titled (or a minister), and more than "the counterpart" of someone.
func (p *person) official() bool {
	return p.latin != "" && (p.titled || p.minister) && (p.role != "Counterpart" || p.minister)
}

// textOf returns the text of tokens [i, j) of s as written.
func (s *sent) textOf(i, j int) string {
	i, j = max(i, 0), min(j, len(s.toks))
	if i >= j {
		return ""
	}
	a, b := s.toks[i].start-s.seg.Start, s.toks[j-1].end-s.seg.Start
	if a < 0 || b > len(s.seg.Text) || a >= b {
		return ""
	}
	return s.seg.Text[a:b]
}

func (p *person) out(st *state) diplograph.Person {
	out := diplograph.Person{
		Name:      p.name(),
		Latin:     p.latin,
		Country:   p.country,
		Portfolio: p.portfolio,
		Deputy:    p.deputy,
	}
	if p.portfolio == "" {
		out.Role = p.role
	}
	if p.alias != "" {
		out.Aliases = []string{p.alias}
	}
	out.ID = diplograph.PersonID(p.country, p.latin)
	for i, si := range p.sents {
		if i == 3 {
			break
		}
		out.Evidence = append(out.Evidence, st.sents[si].evidence())
	}
	return out
}

// asianNames spells the Cyrillic names of Chinese, Japanese and
// Vietnamese officials as English does (Pinyin, Hepburn, the Vietnamese
// alphabet), once their countries are known; the plain romanisation stays
// an alias.
func (st *state) asianNames() {
	for _, p := range st.people {
		var lat string
		ok := false
		switch p.country {
		case "CN":
			lat, ok = morph.Pinyin(p.name())
		case "JP":
			lat, ok = morph.Hepburn(p.name())
		case "VN":
			lat, ok = morph.Vietnamese(p.name())
		}
		if ok && lat != p.latin && p.known == "" {
			if p.alias == "" {
				p.alias = p.latin
			}
			p.latin = lat
		}
	}
}

// translit romanises a name: Kazakh letters take the Kazakh scheme.
func translit(s, lang string) string {
	l := "ru"
	for _, r := range s {
		if strings.ContainsRune("әғқңөұүһіӘҒҚҢӨҰҮҺІ", r) {
			l = "kk"
			break
		}
	}
	return morph.Translit(s, l)
}

// anchor is a title word in a sentence.
type anchor struct {
	h  hit
	cl class
}

// findPeople reads titled names in every sentence, then later mentions of
// the same people by name, then untitled full names in event sentences.
func (st *state) findPeople() {
	for _, s := range st.sents {
		st.titledPeople(s)
		st.ministryHeads(s)
		st.pluralTitles(s)
	}
	st.headSubject()
	for _, s := range st.sents {
		st.knownHolders(s)
	}
	for _, s := range st.sents {
		if s.hasEvent(diplograph.EventMeeting, "RECEIVE", diplograph.EventPhoneCall, diplograph.EventVisit, diplograph.EventCommissionSession) {
			st.untitled(s)
		}
	}
	for _, s := range st.sents {
		st.laterMentions(s)
	}
	st.knownCountries()
	st.textOverDictionary()
}

func (st *state) titledPeople(s *sent) {
	if s.title && headlineCase(s) {
		return // "Kazakh Foreign Minister Meets Japanese Counterpart"
	}
	var anchors []anchor
	for _, h := range s.hits {
		switch h.cl {
		case cMinister, cRole, cHeadOfState:
			anchors = append(anchors, anchor{h: h, cl: h.cl})
		}
	}
	// Drop anchors inside longer ones ("Prime Minister" holds "Minister").
	kept := anchors[:0]
	for i, a := range anchors {
		inside := false
		for j, b := range anchors {
			if i != j && b.h.start <= a.h.start && a.h.end <= b.h.end && (b.h.end-b.h.start > a.h.end-a.h.start || (b.h.end-b.h.start == a.h.end-a.h.start && j < i)) {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, a)
		}
	}
	anchors = kept
	var pending *title
	pendingStart := -1 // where the first of chained titles starts
	for ai, a := range anchors {
		if s.covered(a.h.start) {
			continue // "Amir" inside "Hosni Amir Abdel Rahman"
		}
		t, start, end := st.readTitle(s, a)
		if pending != nil {
			if pending.minister && !t.minister {
				t.minister, t.portfolio = true, pending.portfolio
			}
			if t.country == "" {
				t.country = pending.country
			}
			// "High Representative of the Union ... and Vice-President of
			// the Commission": an official of an organisation.
			if pending.org && t.country == "" {
				t.org, t.head, t.homeHead = true, false, false
			}
			if t.role == "" || (pending.role == "Deputy Prime Minister" && t.minister) {
				// "Deputy Prime Minister and Foreign Minister" is a minister.
			}
			pending = nil
			start = min(start, pendingStart)
		}
		// Chained titles: "Deputy Prime Minister – Minister of Foreign Affairs NAME".
		j := end
		if j < len(s.toks) {
			l := s.toks[j].low
			if l == "и" || l == "and" || l == "–" || l == "—" || l == "-" || l == "," || l == "және" {
				k := s.nextWord(j + 1)
				if ai+1 < len(anchors) && k < len(s.toks) && anchors[ai+1].h.start <= k+2 && anchors[ai+1].h.start >= k {
					tt := t
					pending = &tt
					pendingStart = start
					continue
				}
			}
		}
		n0, n1 := st.nameAfter(s, end)
		// "attended by H.E. NAME, President of X, H.E. NAME, President
		// of Y, ...": a title set between commas after a name is that
		// name's, not the next one's.
		if n0 >= 0 && end < len(s.toks) && s.toks[end].low == "," {
			if b0, b1 := st.nameBefore(s, start); b0 >= 0 {
				n0, n1 = b0, b1
			}
		}
		if n0 < 0 {
			n0, n1 = st.nameBefore(s, start)
			// "Federal Councillor NAME, head of a federal department
			// of ...": an office told again after the name read with
			// the title before it.
			for _, r := range s.persons {
				if r.t0 == n0 && r.t1 == n1 && r.p.minister {
					n0 = -1
				}
			}
		}
		if n0 < 0 {
			st.titleOnly(s, t, start, end)
			continue
		}
		// "Со стороны Омана ... министр энергетики NAME", "On the Omani
		// side, ...": the side the sentence names.
		// ("Minister Ruiz briefed the Kazakh delegation": a
		// surname named before is that person, whatever side follows.)
		if t.country == "" && !t.org && !st.knownSurname(s, n0, n1) {
			t.country = s.sideCountry(start)
		}
		// "Foreign Minister NAME of Kazakhstan" (also in a list whose
		// item before ends with its own country: "..., Foreign Minister
		// NAME of Kyrgyzstan").
		if n1+1 < len(s.toks) && s.toks[n1].low == "of" {
			if c, ok := s.countryAt(n1 + 1); ok && c.t0 == n1+1 && !c.loc() {
				t.country = c.code
			}
		}
		p := st.register(s, n0, n1, t, nameCase(s, a, n0, n1))
		if p != nil {
			s.persons = append(s.persons, pref{p: p, t0: n0, t1: n1})
			if p.title == "" {
				p.title = s.textOf(start, end)
			}
		}
	}
}

// readTitle reads the office around anchor a: deputy, portfolio, country.
// It returns the title and its token span.
func (st *state) readTitle(s *sent, a anchor) (title, int, int) {
	t := title{}
	start, end := a.h.start, a.h.end
	switch a.cl {
	case cMinister:
		t.minister = true
		t.portfolio = a.h.val
	case cHeadOfState:
		t.role, t.head, t.homeHead = "President", true, true
	case cRole:
		t.role = a.h.val
		t.head = t.role == "President" || t.role == "Prime Minister" || t.role == "King" || t.role == "Emir" ||
			t.role == "Chancellor" || t.role == "Vice President" || t.role == "Crown Prince"
	}
	if lowStarts(s.toks[a.h.start].low, "вице-министр", "замминистр", "vice-minister", "undersecretary", "under-secretary", "статс-секретар") ||
		s.toks[a.h.start].low == "state" {
		t.deputy = true
	}
	// English titles run on with the words of a ministry or institution
	// before the name: "Minister of Transport and Logistics of Morocco",
	// "Ambassador Extraordinary and Plenipotentiary of X to Y".
	tailCountry := false
	if st.lang == diplograph.LangEnglish {
		j := end
		if j < len(s.toks) && (s.toks[j].low == "of" || s.toks[j].low == "for") {
			j++
			if j < len(s.toks) && s.toks[j].low == "the" {
				j++
			}
		}
		if next, c, words, inst, last := st.enTitleTail(s, j); next > j && (len(words) > 0 || c != "") {
			if t.minister && t.portfolio == "" && len(words) > 0 {
				t.portfolio = lower(st.text[s.toks[j].start:s.toks[last].end])
			}
			if inst && t.head {
				t.role, t.head = "Head", false
			}
			if c != "" {
				t.country, tailCountry = c, true
			}
			s.mask(end, next)
			end = next
		}
	}
	if t.minister {
		// English fields the lexicon does not know after the known
		// ones: "Minister of Foreign Affairs, Tourism and Overseas
		// Nationals Dr. NAME" (up to an honorific), "... and Overseas
		// Nationals NAME SURNAME" (the last two words are the name).
		if st.lang == diplograph.LangEnglish && end < len(s.toks) && (s.toks[end].low == "," || s.toks[end].low == "and") {
			var caps []int
			k, and := end, false
			for k < len(s.toks) && k < end+10 {
				tk := s.toks[k]
				if tk.low == "," || tk.low == "and" || tk.low == "&" {
					and = and || tk.low == "and" || tk.low == "&"
					k++
					continue
				}
				if !tk.word || !tk.cap || s.blocked(k) {
					break
				}
				if st.x.lex.is(cHonorific, tk.low) {
					caps = append(caps, -1)
					break
				}
				caps = append(caps, k)
				k++
			}
			switch {
			case and && len(caps) >= 2 && caps[len(caps)-1] == -1:
				end = k
			case and && len(caps) >= 3 && caps[len(caps)-1] != -1:
				end = caps[len(caps)-2]
			}
		}
	}
	// Portfolio after ("министр культуры", "Minister of Culture") or
	// before ("Мәдениет министрі", "Foreign Minister").
	if t.minister && t.portfolio == "" {
		j := s.nextWord(end)
		if j < len(s.toks) && (s.toks[j].low == "of" || s.toks[j].low == "for") {
			j = s.nextWord(j + 1)
			if j < len(s.toks) && s.toks[j].low == "the" {
				j = s.nextWord(j + 1)
			}
		}
		// English "Minister for Europe and Foreign Affairs Julien
		// Marchand": a run of capitalised words whose last two are the
		// name; the rest is the portfolio, known or not.
		if st.lang == diplograph.LangEnglish && j > s.nextWord(end) {
			var caps []int
			k := j
			for k < len(s.toks) {
				t := s.toks[k]
				if t.word && t.cap && !s.blocked(k) || t.low == "and" || t.low == "," || t.low == "&" || t.low == "of" {
					if t.word && t.cap {
						if _, ok := s.countryAt(k); ok {
							break
						}
						caps = append(caps, k)
					}
					k++
					continue
				}
				if t.word && t.cap && s.blocked(k) {
					if h, ok := longestHit(s, cPortfolio, k); ok {
						for x := h.start; x < h.end; x++ {
							caps = append(caps, x)
						}
						k = h.end
						continue
					}
				}
				break
			}
			if len(caps) >= 3 && !s.hasHitIn(cPortfolio, caps[0], caps[len(caps)-2]) {
				var words []string
				for _, x := range caps[:len(caps)-2] {
					words = append(words, s.toks[x].low)
				}
				t.portfolio = strings.Join(words, " ")
				s.mask(j, caps[len(caps)-2])
				end = caps[len(caps)-2]
			}
		}
		if t.portfolio != "" {
			// read above
		} else if h, ok := longestHit(s, cPortfolio, j); ok && st.lang != diplograph.LangKazakh {
			parts := []string{h.val}
			s.mask(h.start, h.end)
			end = h.end
			// "министр торговли, промышленности и энергетики",
			// "Minister of Education, Culture, Sports, Science and Technology".
			for {
				k := end
				for k < len(s.toks) && (s.toks[k].low == "," || s.toks[k].low == "и" || s.toks[k].low == "and" || s.toks[k].low == "&" || s.toks[k].low == "for") {
					k++
				}
				if k == end {
					break
				}
				h2, ok := longestHit(s, cPortfolio, k)
				if !ok {
					break
				}
				parts = append(parts, h2.val)
				s.mask(h2.start, h2.end)
				end = h2.end
			}
			t.portfolio = joinParts(parts)
			// Unknown words of the ministry's name before its country:
			// "министр экономики и коммерции Кыргызской Республики".
			for k, n := end, 0; k < len(s.toks) && n < 4; k++ {
				if _, ok := s.countryAt(k); ok {
					end = k
					break
				}
				if s.toks[k].word && s.toks[k].cap {
					break
				}
				if s.toks[k].word {
					n++
				}
			}
		} else if h, ok := hitEndingAt(s, cPortfolio, start); ok {
			parts := []string{h.val}
			s.mask(h.start, h.end)
			start = h.start
			// "Ауыл шаруашылығы және ауылдық істер министрі".
			for {
				p := s.prevWord(start)
				if p < 0 || (s.toks[p].low != "және" && s.toks[p].low != "and" && s.toks[p].low != "мен") {
					// "Сауда, өнеркәсіп және энергетика": a comma.
					if q := start - 1; q > 0 && s.toks[q].low == "," {
						if h2, ok := hitEndingAt(s, cPortfolio, q); ok {
							parts = append([]string{h2.val}, parts...)
							s.mask(h2.start, h2.end)
							start = h2.start
							continue
						}
					}
					break
				}
				h2, ok := hitEndingAt(s, cPortfolio, p)
				if !ok {
					break
				}
				parts = append([]string{h2.val}, parts...)
				s.mask(h2.start, h2.end)
				start = h2.start
			}
			t.portfolio = joinParts(parts)
		}
		// A Russian ministry the lexicon does not know: "министр
		// горнодобывающей промышленности и геологии Монголии NAME". Its
		// lower-case genitive words run up to the country or the name.
		if t.portfolio == "" && st.lang == diplograph.LangRussian && isCyrillic(s.toks[a.h.start].low) {
			var words []string
			k := end
			for k < len(s.toks) && len(words) < 7 {
				tk := s.toks[k]
				if tk.low == "и" || tk.low == "," || tk.low == "по" && len(words) == 0 {
					k++
					continue
				}
				if !tk.word || tk.cap {
					break
				}
				// Not a predicate ("японский министр провел переговоры с
				// ..." names no field).
				if lowEnds(tk.low, "л", "ла", "ли", "ло", "ет", "ют", "ит", "ат", "ят") && tk.low != "дел" || tk.low == "с" || tk.low == "в" || tk.low == "на" {
					words = nil
					break
				}
				words = append(words, tk.low)
				k++
			}
			if len(words) > 0 && k < len(s.toks) && s.toks[k].cap && k > end {
				t.portfolio = strings.Join(words, " ")
				s.mask(end, k)
				end = k
			}
		}
	}
	// Deputy: "заместитель министра", "Deputy Foreign Minister",
	// "министрінің орынбасары".
	if p := s.prevWord(start); p >= 0 {
		if h, ok := hitEndingAt(s, cDeputy, start); ok {
			t.deputy = true
			start = h.start
			// "First Deputy Minister", "Бірінші вице-министр".
			if q := s.prevWord(start); q >= 0 && (s.toks[q].low == "first" || s.toks[q].low == "бірінші") {
				start = q
			}
		}
	}
	if k := s.nextWord(end); k < len(s.toks) && strings.HasPrefix(s.toks[k].low, "орынбасар") {
		t.deputy = true
		end = k + 1
	}
	// "Энергетика министрінің міндетін атқарушы NAME": the acting
	// minister.
	if k := s.nextWord(end); k < len(s.toks) && s.toks[k].low == "міндетін" {
		if n := s.nextWord(k + 1); n < len(s.toks) && strings.HasPrefix(s.toks[n].low, "атқарушы") {
			end = n + 1
		}
	}
	// "Премьер-Министрінің орынбасары", "заместитель Премьер-министра":
	// a deputy prime minister, not a head of government.
	if t.role == "Prime Minister" && t.deputy {
		t.role, t.head = "Deputy Prime Minister", false
	}
	if t.role == "Deputy Prime Minister" {
		t.deputy = false
	}
	// Special representative of the President: "специальный представитель
	// президента России", "Special Representative of the President".
	if t.role == "Special Representative" {
		j := s.nextWord(end)
		if j < len(s.toks) && (s.toks[j].low == "of" || s.toks[j].low == "the") {
			j = s.nextWord(j + 1)
			if j < len(s.toks) && s.toks[j].low == "the" {
				j = s.nextWord(j + 1)
			}
		}
		if h, ok := s.hitAt(cRole, j); ok && h.val == "President" {
			t.role = "Special Presidential Representative"
			end = h.end
		}
	}
	// An official of an international organisation: "OSCE Secretary
	// General", "Генеральный секретарь ООН", "UN Special Envoy".
	eu := false
	if t.role == "Secretary General" || strings.HasPrefix(t.role, "Special") || t.role == "Head" || t.role == "Chairman" || t.role == "Director" || t.role == "High Representative" || t.role == "President" {
		org := ""
		if h, ok := hitEndingAt(s, cOrg, start); ok {
			t.org, start, org = true, h.start, h.val
		} else if h, ok := orgBefore(s, start); ok && st.lang == diplograph.LangKazakh {
			// "Еуропалық одақтың Сыртқы істер ... жөніндегі жоғары өкілі".
			s.mask(h.end, start)
			t.org, start, org = true, h.start, h.val
		} else {
			j := s.nextWord(end)
			for j < len(s.toks) && (s.toks[j].low == "of" || s.toks[j].low == "the") {
				j = s.nextWord(j + 1)
			}
			if h, ok := longestHit(s, cOrg, j); ok {
				t.org, end, org = true, h.end, h.val
			}
		}
		// The High Representative is an office of an organisation,
		// whichever way the text names it ("of the Union").
		if t.role == "High Representative" && t.country == "" {
			t.org, org = true, euName
		}
		eu = org == euName
	}
	// "Высокий представитель ЕС по иностранным делам и политике
	// безопасности NAME": the lower-case field of the office runs to the
	// name.
	if t.org && st.lang == diplograph.LangRussian {
		if j := s.nextWord(end); j < len(s.toks) && s.toks[j].low == "по" {
			k, n := j+1, 0
			for k < len(s.toks) && n < 8 && (s.toks[k].word && !s.toks[k].cap || s.toks[k].low == ",") {
				k++
				n++
			}
			if n > 0 && k < len(s.toks) && s.toks[k].cap {
				s.mask(j, k)
				end = k
			}
		}
	}
	// The European Union acts as a party: its officials are of the EU
	// (GOLD_FORMAT), not of an organisation.
	if eu && t.country == "" {
		t.org, t.country = false, "EU"
	}
	// Country after the title (genitive, abbreviation) or before it
	// (adjective, Kazakh genitive, English possessive).
	fwd := func() bool {
		j := s.nextWord(end)
		if j < len(s.toks) && (s.toks[j].low == "of" || s.toks[j].low == "the") {
			j = s.nextWord(j + 1)
			if j < len(s.toks) && s.toks[j].low == "the" {
				j = s.nextWord(j + 1)
			}
		}
		// "Республики Индии", "Королевства Марокко": the form of a
		// state the gazetteer does not join to its name.
		if j < len(s.toks) && s.toks[j].cap && lowStarts(s.toks[j].low, "республик", "королевств", "государств", "султанат", "эмират", "княжеств", "федераци") {
			if _, ok := s.countryAt(j); !ok {
				if c, ok := s.countryAt(s.nextWord(j + 1)); ok && c.t0 == s.nextWord(j+1) {
					j = c.t0
				}
			}
		}
		if c, ok := s.countryAt(j); ok && c.t0 == j && !c.loc() && c.kind != gazetteer.Adjective {
			t.country = c.code
			end = c.t1
			return true
		}
		return false
	}
	bwd := func() bool {
		j := s.prevWord(start)
		if j >= 0 && lowStarts(s.toks[j].low, "federal", "федеральн") {
			j = s.prevWord(j)
		}
		if c, ok := s.countryAt(j); ok && !c.loc() {
			t.country = c.code
			start = c.t0
			return true
		}
		// Kazakh: "Қытай Халық Республикасының Мемлекеттік кеңесінің
		// Премьері", "Қазақстанның Жапониядағы елшісі".
		if st.lang == diplograph.LangKazakh {
			// (A long portfolio may stand between, after a genitive:
			// "Пәкістанның Федералдық білім және кәсіптік оқыту министрі".)
			for k, n := j, 0; k >= 0 && n < 7 && s.toks[k].word; k, n = k-1, n+1 {
				if c, ok := s.countryAt(k); ok && !c.loc() && (n < 4 || c.cas == "gen") {
					t.country = c.code
					start = c.t0
					return true
				}
			}
		}
		if j >= 0 && s.toks[j].low == "s" && j > 0 && (s.toks[j-1].low == "'" || s.toks[j-1].low == "’") {
			j = s.prevWord(j - 1)
		}
		if c, ok := s.countryAt(j); ok && !c.loc() {
			t.country = c.code
			start = c.t0
			return true
		}
		return false
	}
	switch {
	case t.org, tailCountry:
	case st.lang == diplograph.LangKazakh:
		if !bwd() {
			fwd()
		}
	case !fwd():
		bwd()
	}
	// The ministry's name between the country and the title is no topic.
	if t.minister {
		s.mask(start, end)
	}
	// A permanent representative to an organisation: "Permanent
	// Representative of X to the OSCE NAME", "постоянный представитель X
	// при ОДКБ NAME".
	if t.role == "Permanent Representative" || t.role == "Ambassador" {
		if j := s.nextWord(end); j < len(s.toks) && (s.toks[j].low == "to" || s.toks[j].low == "при" || s.toks[j].low == "в") {
			k := s.nextWord(j + 1)
			if k < len(s.toks) && s.toks[k].low == "the" {
				k = s.nextWord(k + 1)
			}
			if h, ok := longestHit(s, cOrg, k); ok {
				end = h.end
			}
		}
	}
	// An ambassador's host country: "Посол Японии в Казахстане".
	if j := s.nextWord(end); j < len(s.toks) && (s.toks[j].low == "в" || s.toks[j].low == "во" || s.toks[j].low == "to" || s.toks[j].low == "in") {
		if c, ok := s.countryAt(j + 1); ok && c.t0 == j+1 {
			end = c.t1
			if t.country == "" && t.role != "Ambassador" {
				t.country = c.code
			}
		} else if k := s.nextWord(j + 2); k+1 < len(s.toks) && s.toks[j+1].low == "the" && countryFormWord(s.toks[k].low) && s.toks[k].cap {
			end = k + 1 // "Ambassador to the Kingdom, NAME": the host named by its form
		}
	}
	// The field of a special representative: "по международному
	// культурному сотрудничеству" (kept out of the name).
	if t.role == "Special Presidential Representative" || t.role == "Special Representative" || t.role == "Chairman" || t.role == "Secretary General" {
		j := s.nextWord(end)
		if j < len(s.toks) && (s.toks[j].low == "for" || s.toks[j].low == "on") && st.lang == diplograph.LangEnglish {
			// "Special Envoy for Central Asia Kaha Imnadze": the name is
			// the last two capitalised words.
			k := j + 1
			for k < len(s.toks) && s.toks[k].word && (s.toks[k].cap || s.toks[k].low == "and") {
				k++
			}
			if k-(j+1) >= 3 {
				t.role += " for " + st.text[s.toks[j+1].start:s.toks[k-3].end]
				end = k - 2
			}
		} else if j < len(s.toks) && (s.toks[j].low == "по" || s.toks[j].low == "for" || s.toks[j].low == "on") {
			var gloss []string
			k := j + 1
			for k < len(s.toks) && s.toks[k].word && !s.toks[k].cap {
				if g := glossWord(s.toks[k].low); g != "" {
					gloss = append(gloss, g)
				}
				k++
			}
			if len(gloss) > 0 && k-j <= 7 {
				t.role += " for " + strings.Join(gloss, " ")
			}
			end = k
		}
	}
	// The head of an institution: "руководитель Национального управления
	// энергетики КНР NAME", "Director of the X of Japan NAME".
	if (t.role == "Head" || t.role == "Chairman" || t.role == "Secretary General") && t.country == "" {
		for k := end; k < len(s.toks) && k < end+9; k++ {
			if c, ok := s.countryAt(k); ok && !c.loc() {
				if n0, _ := st.nameRun(s, c.t1); n0 == c.t1 {
					t.country = c.code
					end = c.t1
				}
				break
			}
			if !s.toks[k].word && s.toks[k].low != "-" {
				break
			}
		}
	}
	// "председателем Государственного концерна «Туркменнефть» NAME": the
	// name of the company ends in quotes before the name of its head.
	if t.role == "Head" || t.role == "Chairman" || t.role == "Director" {
		if n0, _ := st.nameRun(s, s.nextWord(end)); n0 < 0 {
			for k := end; k < len(s.toks) && k < end+10; k++ {
				if l := s.toks[k].low; l == "»" || l == "\"" || l == "”" {
					if n0, _ := st.nameRun(s, s.nextWord(k+1)); n0 >= 0 {
						s.mask(end, k+1)
						end = k + 1
					}
					break
				}
			}
		}
	}
	if t.country == "" && !t.org {
		t.country = titleState(s, a, start, end)
		// "Foreign Secretary NAME" in a text that never names Britain
		// (Mexico's foreign minister is one too): the side the event
		// gives.
		if t.country == "GB" && !st.namesCountry("GB") {
			t.country = ""
		}
	}
	// The US Secretary of State is the foreign minister; another
	// government's Foreign Secretary is a senior diplomat, not a minister.
	if t.minister && t.portfolio == "" && t.country == "US" && a.h.end-a.h.start == 3 && s.toks[a.h.start].low == "secretary" {
		t.portfolio = "foreign affairs"
	}
	if t.minister && t.country != "" && t.country != "GB" && a.h.end-a.h.start == 2 && s.toks[a.h.start].low == "foreign" && s.toks[a.h.start+1].low == "secretary" {
		t.minister, t.portfolio, t.role = false, "", "Foreign Secretary"
	}
	// "Госсекретарь США", "АҚШ Мемлекеттік хатшысы" is the US foreign
	// minister; the State Secretary of another state (Kazakhstan's) is
	// an official of the presidency.
	// A Minister of State ("мемлекеттік министрі", "государственный
	// министр") stays a minister.
	if w := s.toks[a.h.start].low; t.minister && (strings.HasPrefix(w, "госсекретар") || (w == "мемлекеттік" || w == "государственный" || w == "государственного" || w == "государственным") && !s.ministerWordAfter(a.h.start)) && t.country != "US" {
		t.minister, t.portfolio, t.role = false, "", "State Secretary"
	}
	if t.homeHead && t.country == "" {
		t.country = st.home
	}
	return t, start, end
}

// titleState returns the one country whose government has the office
// of anchor a (its title spanning [start, end)) when the text names none:
// the Foreign Secretary (GB), the Secretary of State (US; "Secretary of
// State for ..." is British), the External Affairs Minister (IN), the
// Federal Foreign Minister (DE), a State Councilor (CN), the Chief
// Cabinet Secretary (JP).
func titleState(s *sent, a anchor, start, end int) string {
	var words []string
	for k := a.h.start; k < a.h.end; k++ {
		if s.toks[k].word {
			words = append(words, s.toks[k].low)
		}
	}
	w := strings.Join(words, " ")
	switch {
	case w == "foreign secretary":
		return "GB"
	case w == "eam":
		return "IN"
	case strings.HasSuffix(w, " сша"):
		return "US"
	case strings.HasPrefix(w, "state council") || strings.HasPrefix(w, "госсоветник") || strings.HasPrefix(w, "мемлекеттік кеңесші"):
		return "CN"
	case strings.HasPrefix(w, "chief cabinet") || strings.HasSuffix(w, " японии"):
		return "JP"
	case strings.HasPrefix(w, "federal council") || strings.HasPrefix(w, "федеральн"):
		// A member of the Swiss government heads a federal department.
		return "CH"
	case w == "secretary of state":
		if n := s.nextWord(a.h.end); n < len(s.toks) && s.toks[n].low == "for" {
			return "GB"
		}
		return "US"
	case a.cl != cMinister:
		return ""
	}
	for k := start; k < end; k++ {
		if s.toks[k].low == "external" && k+1 < len(s.toks) && s.toks[k+1].low == "affairs" {
			return "IN"
		}
	}
	if p := s.prevWord(start); p >= 0 && s.toks[p].low == "federal" && start < len(s.toks) && s.toks[start].low == "foreign" {
		return "DE"
	}
	return ""
}

// orgBefore returns an international organisation named in the
// genitive at most eight words before token i ("Еуропалық одақтың ...
// жоғары өкілі").
func orgBefore(s *sent, i int) (hit, bool) {
	for _, h := range s.hits {
		if h.cl == cOrg && h.end <= i && i-h.end <= 8 && isGenitiveKK(s.toks[h.end-1].low) {
			return h, true
		}
	}
	return hit{}, false
}

// hasHitIn reports a hit of class cl starting in tokens [a, b).
func (s *sent) hasHitIn(cl class, a, b int) bool {
	for _, h := range s.hits {
		if h.cl == cl && h.start >= a && h.start < b {
			return true
		}
	}
	return false
}

// joinParts joins the fields of a ministry: "a", "a and b", "a, b and c".
func joinParts(parts []string) string {
	var out []string
	for _, p := range parts {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) == 1 {
		return out[0]
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

// glossWord translates the common words of an envoy's field.
func glossWord(w string) string {
	for _, g := range [][2]string{
		{"международн", "International"}, {"культурн", "Cultural"}, {"гуманитарн", "Humanitarian"},
		{"экономическ", "Economic"}, {"сотрудничеств", "Cooperation"}, {"вопрос", "Affairs"},
		{"климат", "Climate"}, {"энергетическ", "Energy"}, {"безопасност", "Security"}, {"торгов", "Trade"},
		{"international", "International"}, {"cultural", "Cultural"}, {"cooperation", "Cooperation"},
		{"affairs", "Affairs"}, {"climate", "Climate"}, {"economic", "Economic"},
	} {
		if strings.HasPrefix(w, g[0]) {
			return g[1]
		}
	}
	return ""
}

func lowStarts(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// longestHit returns the longest hit of class cl starting at token i.
func longestHit(s *sent, cl class, i int) (hit, bool) {
	var best hit
	ok := false
	for _, h := range s.hits {
		if h.cl == cl && h.start == i && (!ok || h.end > best.end) {
			best, ok = h, true
		}
	}
	return best, ok
}

// hitEndingAt returns the longest hit of class cl whose last word token
// is the word right before token i.
func hitEndingAt(s *sent, cl class, i int) (hit, bool) {
	p := s.prevWord(i)
	var best hit
	ok := false
	for _, h := range s.hits {
		if h.cl == cl && h.end == p+1 && (!ok || h.start < best.start) {
			best, ok = h, true
		}
	}
	return best, ok
}

// nameRun returns the capitalised name tokens starting at i (at most
// three words and their initials), or n0 < 0.
func (st *state) nameRun(s *sent, i int) (int, int) { return st.nameSpan(s, i, true) }

// nameSpan is nameRun; titled asks morph.LooksLikeName about the first
// word after a title (an untitled name is checked otherwise, and the
// question is dear).
func (st *state) nameSpan(s *sent, i int, titled bool) (int, int) {
	for i < len(s.toks) && s.toks[i].word && (st.x.lex.is(cHonorific, s.toks[i].low) || isRank(s.toks[i].low)) {
		i = s.nextWord(i + 1)
	}
	// Latin names run to four words ("Ahmed Samir Abdel Ghaffar",
	// "Carlos Alberto Santos Silva"); Cyrillic ones to three.
	most := 3
	if i < len(s.toks) && !isCyrillic(s.toks[i].text) {
		most = 4
	}
	j, words, particles := i, 0, 0
	for j < len(s.toks) && words < most {
		t := s.toks[j]
		if t.word && words > 0 && particles < 2 && nameParticle(t) && j+1 < len(s.toks) && s.toks[j+1].cap {
			particles++
			j++
			continue
		}
		if t.word && !t.cap && words > 0 && nameParticle(t) {
			words++
			j++
			continue
		}
		// "Ван И": a one-letter given name of an office holder (not the
		// conjunction).
		if t.word && t.cap && words > 0 && utf8.RuneCountInString(t.text) == 1 && st.knownWords(s, i, j+1) {
			words++
			j++
			continue
		}
		// An initial: "С.", "В." (not the prepositions "с", "в").
		if t.word && t.cap && (utf8.RuneCountInString(t.text) == 1 || digraphInitial(t.low)) && j+2 < len(s.toks) && s.toks[j+1].low == "." && s.toks[j+2].cap {
			j += 2
			continue
		}
		if !t.word || !t.cap || st.x.lex.is(cNotName, t.low) || !isNameWord(t.text) || words > 0 && !isCyrillic(t.text) && titleWords[t.low] ||
			titled && words == 0 && !st.looksLikeName(t.text) {
			break
		}
		if _, ok := s.countryAt(j); ok {
			break
		}
		if s.cityAt(j) && !(words > 0 && s.surnameCity(j)) || s.blocked(j) && !(words > 0 && (t.low == "amir" || t.low == "emir") && !(j+1 < len(s.toks) && s.toks[j+1].low == "of")) {
			break
		}
		// An initial: "А." or "J."
		if utf8.RuneCountInString(t.text) == 1 {
			if j+1 < len(s.toks) && s.toks[j+1].low == "." {
				j += 2
				continue
			}
			break
		}
		if t.upper && utf8.RuneCountInString(t.text) <= 4 || caseOfAbbreviation(t.text) || st.lang == diplograph.LangKazakh && kkLocativeAdjective(t.low) {
			break
		}
		words++
		j++
	}
	if words == 0 {
		return -1, -1
	}
	// A third word is a patronymic, or part of a short East Asian name
	// ("Пак Чжи Хун"); otherwise it is the next word of the sentence
	// ("Әбенов Ақордада").
	if words == 3 && particles == 0 {
		var ws []int
		for k := i; k < j; k++ {
			if s.toks[k].word && utf8.RuneCountInString(s.toks[k].text) > 1 {
				ws = append(ws, k)
			}
		}
		if len(ws) == 3 {
			third := s.toks[ws[2]]
			short := true
			for _, k := range ws[:2] {
				if utf8.RuneCountInString(s.toks[k].text) > 4 {
					short = false
				}
			}
			// Russian three-word names ("Жоао Перейру Алвеса") stay whole.
			// (Nor a three-word name of an office holder: "Режеп Тайып
			// Ердоған".)
			if !short && !isPatronymic(third.low) && !isPatronymic(s.toks[ws[1]].low) && isCyrillic(third.text) && st.lang != diplograph.LangRussian && !nameParticle(third) && !st.knownWords(s, i, j) {
				j = ws[2]
			}
		}
	}
	return i, j
}

// digraphInitial reports the initials of romanised names written with two
// letters for one sound: Mongolian "Ts. Sukhbat", "Sh. Batbayar".
func digraphInitial(low string) bool {
	switch low {
	case "ts", "sh", "ch", "kh", "zh", "ya", "yu", "ye", "yo", "gh":
		return true
	}
	return false
}

// namesCountry reports whether the body names country code (or one of
// its cities).
func (st *state) namesCountry(code string) bool {
	for _, s := range st.sents {
		for _, c := range s.countries {
			if c.code == code {
				return true
			}
		}
		for _, c := range s.cities {
			if c.country == code {
				return true
			}
		}
	}
	return false
}

// knownSurname reports a name of one word, tokens [n0, n1), that is the
// surname of someone named before.
func (st *state) knownSurname(s *sent, n0, n1 int) bool {
	words := 0
	w := ""
	for k := n0; k < n1; k++ {
		if s.toks[k].word {
			words++
			w = s.toks[k].low
		}
	}
	if words != 1 {
		return false
	}
	for _, q := range st.people {
		if q.country != "" && (q.surname == w || q.matches(w)) {
			return true
		}
	}
	return false
}

// blocked reports a token that is part of an office, a ministry or an
// event word: not a name.
func (s *sent) blocked(i int) bool {
	for _, h := range s.hits {
		if i >= h.start && i < h.end {
			switch h.cl {
			case cMinister, cRole, cHeadOfState, cPortfolio, cOrg, cEvent, cAgreement, cMinistersPl, cDeputy:
				return true
			}
		}
	}
	return false
}

// caseOfAbbreviation says whether w is an abbreviation with a case
// ending ("МИДа", "МИДов", "ООНа"): two capitals, then small letters.
func caseOfAbbreviation(w string) bool {
	r0, n0 := utf8.DecodeRuneInString(w)
	r1, _ := utf8.DecodeRuneInString(w[n0:])
	last, _ := utf8.DecodeLastRuneInString(w)
	return utf8.RuneCountInString(w) >= 3 && unicode.IsUpper(r0) && unicode.IsUpper(r1) && unicode.IsLower(last)
}

// kkLocativeAdjective says whether a Kazakh word is a place turned
// adjective ("Азиядағы", "Астанадағы": "in Asia", "in Astana"), which
// no name is.
func kkLocativeAdjective(low string) bool {
	return lowEnds(low, "дағы", "дегі", "тағы", "тегі")
}

func isNameWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// nameAfter reads a name right after a title ending at token end.
func (st *state) nameAfter(s *sent, end int) (int, int) {
	j := end
	if j < len(s.toks) && (s.toks[j].low == "," || s.toks[j].low == "–" || s.toks[j].low == "—") && j+1 < len(s.toks) {
		j++
	}
	// "заместитель министра торговли X по экономическим вопросам
	// NAME": the field of a deputy after the country.
	if j < len(s.toks) && s.toks[j].low == "по" {
		k := j + 1
		for k < len(s.toks) && k <= j+4 && s.toks[k].word && !s.toks[k].cap {
			k++
		}
		if k > j+1 && k < len(s.toks) && s.toks[k].cap && lowStarts(s.toks[k-1].low, "вопрос", "делам", "направлени") {
			j = k
		}
	}
	if j >= len(s.toks) {
		return -1, -1
	}
	return st.nameRun(s, j)
}

// nameBefore reads "NAME, министр ..." (a name and a comma or dash
// before the title starting at token start).
func (st *state) nameBefore(s *sent, start int) (int, int) {
	j := start - 1
	if j < 1 || (s.toks[j].low != "," && s.toks[j].low != "–" && s.toks[j].low != "—") {
		return -1, -1
	}
	k := j
	for k > 0 && k > j-6 && s.toks[k-1].word && (s.toks[k-1].cap || nameParticle(s.toks[k-1])) && isNameWord(s.toks[k-1].text) {
		amir := (s.toks[k-1].low == "amir" || s.toks[k-1].low == "emir") && k > 1 && s.toks[k-2].cap
		if _, ok := s.countryAt(k - 1); ok || s.blocked(k-1) && !amir || st.x.lex.is(cNotName, s.toks[k-1].low) {
			break
		}
		k--
	}
	if k == j {
		return -1, -1
	}
	// "At the margins of the Forum, EAM met ...": a word after an
	// article is no name.
	if p := s.prevWord(k); p >= 0 && (s.toks[p].low == "the" || s.toks[p].low == "a") && s.nextWord(k+1) >= j {
		return -1, -1
	}
	n0, n1 := st.nameRun(s, k)
	if n0 < 0 || n1 != j {
		return -1, -1
	}
	// A single word before a comma is an adverb ("Сондай-ақ, ...",
	// "Meanwhile, ...") unless it has the ending of a surname.
	words := 0
	for x := n0; x < n1; x++ {
		if s.toks[x].word {
			words++
		}
	}
	if words == 1 && (s.nextWord(0) == n0 || !surnameLike(s.toks[n0].low) && isCyrillic(s.toks[n0].text)) {
		return -1, -1
	}
	return n0, n1
}

// register adds the person named by tokens [n0, n1) of s with title t, or
// merges it into a known person of the same name.
func (st *state) register(s *sent, n0, n1 int, t title, cas string) *person {
	var raw []string
	for k := n0; k < n1; k++ {
		if s.toks[k].word {
			w := s.toks[k].text
			if k+1 < n1 && s.toks[k+1].low == "." {
				w += "."
			}
			raw = append(raw, w)
		}
	}
	if len(raw) == 0 {
		return nil
	}
	nom := st.nominative(raw, cas)
	p := &person{tokens: nom, titled: true, minister: t.minister, portfolio: t.portfolio, role: t.role,
		deputy: t.deputy, country: t.country, head: t.head, org: t.org}
	p.setKeys()
	if t.minister && p.portfolio == "" {
		p.portfolio = ""
	}
	return st.merge(p, s.idx)
}

// setKeys computes the surname keys used to find later mentions and the
// romanised name: the given name and the surname, without initials when
// the name has a given name and without a patronymic (the full form is
// an alias).
func (p *person) setKeys() {
	full := translit(p.name(), "")
	p.latin, p.alias = full, ""
	var words []string
	sur := ""
	for i, w := range p.tokens {
		l := lower(w)
		switch {
		case isInitial(w):
		case i > 0 && isPatronymic(l) && len(words) > 0 && isCyrillic(w):
		default:
			words = append(words, w)
		}
	}
	// The surname is the last full word, or the first one when a given
	// name and a patronymic follow it ("Петрова Ольга Сергеевна").
	if len(words) > 0 {
		sur = words[len(words)-1]
	}
	// A patronymic follows the given name: after "A B Patronymic" the
	// surname is A ("Петрайтис Йонас Антанович"); latin puts the given
	// name first.
	reordered := false
	if len(p.tokens) == 3 && len(words) == 2 && words[0] == p.tokens[0] && words[1] == p.tokens[1] && isPatronymic(lower(p.tokens[2])) {
		sur = p.tokens[0]
		words = []string{p.tokens[1], p.tokens[0]}
		reordered = true
	}
	if len(words) >= 2 && (len(words) < len(p.tokens) || reordered) {
		p.latin = translit(strings.Join(words, " "), "")
		if p.latin != full {
			p.alias = full
		}
	}
	if sur == "" {
		sur = p.tokens[len(p.tokens)-1]
	}
	p.surname = lower(sur)
	p.stem = nameStem(p.surname)
	p.first = ""
	for _, w := range words {
		if w != sur {
			p.first = lower(w)
			break
		}
	}
	if p.first == "" {
		for _, w := range p.tokens {
			if isInitial(w) {
				p.first = lower(w)
				break
			}
		}
	}
	if p.known != "" {
		p.latin, p.alias = p.known, ""
	}
}

// isInitial reports an initial ("С.", "R.").
func isInitial(w string) bool {
	return strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) <= 3
}

// nameInfo weighs how much of a name is known: full words count more
// than initials, so "Сергей Петров" is fuller than "С.В. Петров".
func (p *person) nameInfo() int {
	n := 0
	for _, w := range p.tokens {
		if isInitial(w) {
			n++
		} else {
			n += 3
		}
	}
	return n
}

func isPatronymic(w string) bool { return patronymic(w) }

// nameStem cuts the inflectable ending of a nominative surname.
func nameStem(w string) string {
	rs := []rune(w)
	for len(rs) > 3 && strings.ContainsRune("аяоеиыуюйьәіь", rs[len(rs)-1]) {
		rs = rs[:len(rs)-1]
	}
	return string(rs)
}

// matches reports whether the lower-case word w is a form of p's surname.
func (p *person) matches(w string) bool {
	if p.stem == "" || !strings.HasPrefix(w, p.stem) {
		return false
	}
	extra := utf8.RuneCountInString(w) - utf8.RuneCountInString(p.stem)
	if utf8.RuneCountInString(p.stem) < 4 {
		return w == p.surname || (strings.HasPrefix(w, p.surname) && extra <= 5)
	}
	return extra <= 6
}

// merge adds p to the people of the article, or merges it into the known
// person it names.
func (st *state) merge(p *person, si int) *person {
	for _, q := range st.people {
		if q.surname != p.surname && !q.matches(p.surname) && !p.matches(q.surname) && !familyFirst(p, q) && !paternalSurname(p, q) {
			continue
		}
		tail := p.minister && q.minister && sameOffice(p, q) && nameTail(p, q)
		if p.first != "" && q.first != "" && !sameFirst(p.first, q.first) && !familyFirst(p, q) && !paternalSurname(p, q) && !tail {
			continue
		}
		// "Finance Minister Muhammad Ishaq Dar" and later "Finance
		// Minister Ishaq Dar, on a visit to Uzbekistan": two words of one
		// minister's name in one office are one person, of the country
		// told first.
		if p.country != "" && q.country != "" && p.country != q.country && !tail {
			continue
		}
		if p.nameInfo() > q.nameInfo() {
			q.tokens = p.tokens
			q.setKeys()
		}
		if q.country == "" {
			q.country = p.country
		}
		if p.minister && !q.minister {
			q.minister = true
		}
		if q.portfolio == "" {
			q.portfolio = p.portfolio
		}
		if q.role == "" {
			q.role = p.role
		}
		q.deputy = q.deputy || p.deputy
		q.head = q.head || p.head
		q.org = q.org || p.org
		q.titled = q.titled || p.titled
		q.addSent(si)
		return q
	}
	p.addSent(si)
	st.people = append(st.people, p)
	return p
}

// nameTail reports one name of two words or more that ends the other:
// "Ishaq Dar" and "Muhammad Ishaq Dar".
func nameTail(p, q *person) bool {
	a, b := p.tokens, q.tokens
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || len(a) == len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i], b[len(b)-len(a)+i]) {
			return false
		}
	}
	return true
}

// familyFirst reports a one-word mention ("Minister Kim") of a known
// person whose name starts with the family name ("Kim Young-hoon", "Ван
// Ли"): a short first word, as in Korean, Chinese or Vietnamese names.
func familyFirst(p, q *person) bool {
	if len(p.tokens) != 1 || len(q.tokens) < 2 || !strings.EqualFold(p.tokens[0], q.tokens[0]) || p.tokens[0] == q.surname {
		return false
	}
	return utf8.RuneCountInString(p.tokens[0]) <= 6
}

// paternalSurname reports a one-word mention ("Minister García") of a
// known person with a Latin name of three words or more whose word before
// the last is that word: the first of two surnames, as in Spanish and
// Portuguese names ("Ana García López").
func paternalSurname(p, q *person) bool {
	n := len(q.tokens)
	if len(p.tokens) != 1 || n < 3 || isCyrillic(q.tokens[n-2]) {
		return false
	}
	return strings.EqualFold(p.tokens[0], q.tokens[n-2])
}

func sameFirst(a, b string) bool {
	if a == b {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra != rb {
		return false
	}
	// One is an initial or a case form of the other.
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la <= 2 || lb <= 2 {
		return true
	}
	n := min(la, lb) - 1
	return string([]rune(a)[:n]) == string([]rune(b)[:n])
}

func (p *person) addSent(si int) {
	if len(p.sents) == 0 || p.sents[len(p.sents)-1] != si {
		p.sents = append(p.sents, si)
	}
}

// laterMentions finds known people named without a title: a surname in
// any case form, with or without the first name.
func (st *state) laterMentions(s *sent) {
	if len(st.people) == 0 {
		return
	}
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if !t.word || !t.cap || s.covered(i) {
			continue
		}
		for _, p := range st.people {
			if !p.matches(t.low) {
				continue
			}
			t0 := i
			if pi := i - 1; pi >= 0 && s.toks[pi].word && s.toks[pi].cap && p.first != "" && sameFirst(lower(s.toks[pi].text), p.first) {
				t0 = pi
			}
			s.persons = append(s.persons, pref{p: p, t0: t0, t1: i + 1})
			p.addSent(s.idx)
			break
		}
	}
}

// covered reports whether token i is inside a person mention.
func (s *sent) covered(i int) bool {
	for _, r := range s.persons {
		if i >= r.t0 && i < r.t1 {
			return true
		}
	}
	return false
}

// surnameLike reports a Cyrillic word with the ending of a surname.
func surnameLike(w string) bool {
	for _, s := range []string{"ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "цкий", "ская", "цкая", "енко",
		"ук", "юк", "ян", "дзе", "швили", "ли", "лы", "ұлы", "қызы", "ова", "ев", "ев", "ова"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// untitled registers full names without a title in sentence s: a first
// name and a surname-like word, not a place or an institution.
func (st *state) untitled(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if !s.toks[i].word || !s.toks[i].cap || s.covered(i) {
			continue
		}
		n0, n1 := st.nameSpan(s, i, false)
		if n0 < 0 || n0 != i {
			continue
		}
		words := 0
		for k := n0; k < n1; k++ {
			if s.toks[k].word {
				words++
			}
		}
		_, nextCountry := s.countryAt(n1)
		if words < 2 || n1 < len(s.toks) && s.toks[n1].word && (s.toks[n1].cap && !nextCountry || lowStarts(s.toks[n1].low, "атында")) {
			i = n1
			continue
		}
		if pw := s.prevWord(n0); pw >= 0 && (s.toks[pw].low == "имени" || s.toks[pw].low == "им" || s.toks[pw].low == "after") {
			i = n1
			continue
		}
		var raw []string
		for k := n0; k < n1; k++ {
			if s.toks[k].word {
				raw = append(raw, s.toks[k].text)
			}
		}
		nom := st.nominative(raw, "")
		last := lower(nom[len(nom)-1])
		if isCyrillic(last) && !surnameLike(last) {
			i = n1
			continue
		}
		if !isCyrillic(last) {
			i = n1
			continue
		}
		p := &person{tokens: nom}
		p.setKeys()
		p = st.merge(p, s.idx)
		s.persons = append(s.persons, pref{p: p, t0: n0, t1: n1})
		i = n1
	}
}

// headSubject finds the home head of state named without a title: the
// text says "Мемлекет басшысы", "Глава государства", "Head of State" or
// "Президент Казахстана" without a name, and a sentence opens with a
// full name not known otherwise ("Қасым-Жомарт Тоқаев Ақордада ...
// қабылдады"). That name is the President of the home country.
func (st *state) headSubject() {
	if st.home == "" || st.guestHome() {
		return
	}
	for _, p := range st.people {
		if p.head && p.country == st.home && !p.implied {
			return
		}
	}
	cue := false
	for _, s := range st.sents {
		for _, h := range s.hits {
			if h.cl == cHeadOfState {
				cue = true
			}
			if h.cl == cRole && h.val == "President" {
				if c, ok := s.countryAt(s.nextWord(h.end)); ok && c.code == st.home && !c.loc() {
					cue = true
				}
			}
		}
	}
	if !cue {
		return
	}
	for _, s := range st.sents {
		if s.title {
			continue
		}
		i := s.nextWord(0)
		// "Ақордада Қасым ...", "Сегодня в Акорде ...": a place or a
		// day before the subject.
		for n := 0; n < 3 && i < len(s.toks); n++ {
			l := s.toks[i].low
			if _, ok := s.hitAt(cToday, i); ok || s.cityAt(i) || l == "в" || l == "во" || l == "in" || l == "today" {
				i = s.nextWord(i + 1)
				continue
			}
			break
		}
		if i >= len(s.toks) || !s.toks[i].cap || s.covered(i) {
			continue
		}
		n0, n1 := st.nameSpan(s, i, false)
		if n0 != i {
			continue
		}
		var raw []string
		for k := n0; k < n1; k++ {
			if s.toks[k].word && !(k+1 < n1 && s.toks[k+1].low == ".") {
				raw = append(raw, s.toks[k].text)
			}
		}
		if len(raw) < 2 || len(raw) > 3 {
			continue
		}
		last := lower(raw[len(raw)-1])
		if isCyrillic(last) && !surnameLike(last) {
			continue
		}
		if !isCyrillic(last) && (!st.looksLikeName(raw[0]) || !st.looksLikeName(raw[len(raw)-1])) {
			continue
		}
		known := false
		for _, p := range st.people {
			if p.matches(last) {
				known = true
			}
		}
		if known {
			continue
		}
		t := title{role: "President", head: true, country: st.home}
		if p := st.register(s, n0, n1, t, "nom"); p != nil {
			s.persons = append(s.persons, pref{p: p, t0: n0, t1: n1})
		}
		return
	}
}

// hasEvent reports an event word of one of the types in s.
func (s *sent) hasEvent(types ...string) bool {
	for _, h := range s.hits {
		if h.cl == cEvent {
			for _, t := range types {
				if h.val == t {
					return true
				}
			}
		}
	}
	return false
}

// nameParticle reports the lower-case particle of a name: "әл-Хаммади",
// "аль-Сауд", "bin", "van", "de".
func nameParticle(t tok) bool {
	switch t.low {
	case "bin", "bint", "ibn", "al", "el", "van", "von", "de", "da", "der", "бин", "ибн", "аль", "ван", "фон", "әл", "ал", "эль", "бинт":
		return true
	}
	if i := strings.IndexByte(t.text, '-'); i > 0 && i+1 < len(t.text) {
		r, _ := utf8.DecodeRuneInString(t.text[i+1:])
		// The Arabic article and its assimilated forms (as-, ash-, ad-,
		// ...) in Latin, Russian and Kazakh spelling.
		if unicode.IsUpper(r) && lowStarts(t.low, "әл-", "ал-", "аль-", "эль-", "ад-", "ас-", "ат-", "ан-", "аш-", "ар-", "аз-",
			"әс-", "әш-", "әт-", "әд-", "ән-", "әр-", "әз-", "al-", "el-", "ad-", "as-", "ar-", "ash-", "at-", "an-", "az-", "ath-") {
			return true
		}
	}
	return false
}

// nominative returns the nominative of a name written raw after a title
// in case cas, remembering the answers of the article.
func (st *state) nominative(raw []string, cas string) []string {
	key := strings.Join(raw, " ") + "|" + cas
	if nom, ok := st.noms[key]; ok {
		return nom
	}
	nom := raw
	if isCyrillic(key) && !st.knownNominative(raw) {
		nom, _ = morph.NominativeName(raw, st.lang)
		if len(nom) == 0 {
			nom = raw
		}
		last := raw[len(raw)-1]
		if slices.Equal(nom, raw) || cas == "ins" && nom[len(nom)-1] == last && (strings.HasSuffix(last, "ом") || strings.HasSuffix(last, "ем") || strings.HasSuffix(last, "ым")) {
			// Left in the case of its title: "с министром ... Хуном".
			nom = fallbackNominative(raw, st.lang, cas)
		}
	}
	if st.noms == nil {
		st.noms = map[string][]string{}
	}
	st.noms[key] = nom
	return nom
}

// knownWords reports that the words of tokens [i, j) of s are the full
// name of an office holder at the article's date.
func (st *state) knownWords(s *sent, i, j int) bool {
	if st.x.known == nil {
		return false
	}
	var ws []string
	for k := i; k < j; k++ {
		if s.toks[k].word {
			ws = append(ws, s.toks[k].low)
		}
	}
	return len(ws) >= 2 && len(st.x.known.FullName(ws, st.published)) > 0
}

// knownNominative reports a name written as an office holder's name is
// in the dictionary: "Мұхтар Тілеуберді" is a nominative, though its
// ending looks like a case ending.
func (st *state) knownNominative(raw []string) bool {
	if st.x.known == nil || len(raw) < 2 {
		return false
	}
	full := strings.Join(raw, " ")
	for _, h := range st.x.known.FullName(lowerAll(raw), st.published) {
		for _, n := range h.Names() {
			if strings.EqualFold(n, full) {
				return true
			}
		}
	}
	return false
}

// headlineCase reports a headline in English title case: its capitals
// are not names.
func headlineCase(s *sent) bool {
	words, caps := 0, 0
	for _, t := range s.toks {
		if t.word && !isDigits(t.low) {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*7 && !isCyrillic(s.seg.Text)
}

// sideCountry returns the country of the side named nearest before token
// i (else after it): "со стороны X", "с узбекской стороны", "X
// тарапынан", "the Uzbek side", "the Uzbek delegation", "X was
// represented by".
func (s *sent) sideCountry(i int) string {
	before, after := "", ""
	for _, c := range s.countries {
		if c.loc() || !s.sideAt(c) {
			continue
		}
		if c.t0 < i {
			before = c.code
		} else if after == "" {
			after = c.code
		}
	}
	if before != "" {
		return before
	}
	return after
}

// sideAt reports whether country mention c names a side of talks.
func (s *sent) sideAt(c cmen) bool {
	p := s.prevWord(c.t0)
	if p >= 0 && lowStarts(s.toks[p].low, "стороны", "сторону") {
		if q := s.prevWord(p); q >= 0 && (s.toks[q].low == "со" || s.toks[q].low == "с" || s.toks[q].low == "от") {
			return true
		}
	}
	n := s.nextWord(c.t1)
	if n >= len(s.toks) {
		return false
	}
	w := s.toks[n].low
	switch {
	case lowStarts(w, "тарапынан", "тарапын", "тарапты", "делегациясын", "делегациясы"):
		return true
	case c.kind == gazetteer.Adjective && lowStarts(w, "сторон", "делегац", "side", "delegation"):
		return true
	case w == "side" || w == "delegation":
		return p >= 0 && (s.toks[p].low == "the" || s.toks[p].low == "s")
	case w == "was" || w == "were":
		m := s.nextWord(n + 1)
		return m < len(s.toks) && s.toks[m].low == "represented"
	case lowStarts(w, "представлял", "представляли"):
		return true
	}
	return false
}

// nameCase returns the case of the name [n0, n1) after the title of
// anchor a: that of the title's head word ("заместитель министра" is
// nominative), nominative when the name has a nominative patronymic.
func nameCase(s *sent, a anchor, n0, n1 int) string {
	for k := n0; k < n1; k++ {
		if l := s.toks[k].low; lowEnds(l, "ович", "евич", "овна", "евна", "ична") {
			return "nom"
		}
	}
	if h, ok := hitEndingAt(s, cDeputy, a.h.start); ok {
		return titleCase(s.toks[h.start].low)
	}
	return titleCase(s.toks[a.h.start].low)
}

func lowEnds(s string, xs ...string) bool {
	for _, x := range xs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// titleCase returns the grammatical case of a Russian title word, which a
// name after it shares: "министром" ins, "министра" gen, "послу" dat.
func titleCase(w string) string {
	switch {
	case !isCyrillic(w):
		return ""
	case strings.HasSuffix(w, "ом") || strings.HasSuffix(w, "ем") || strings.HasSuffix(w, "ой") || strings.HasSuffix(w, "ей") ||
		strings.HasSuffix(w, "ым") || strings.HasSuffix(w, "им"):
		// (Adjectives too: "Генеральным секретарем", "Высоким представителем".)
		return "ins"
	case strings.HasSuffix(w, "ого") || strings.HasSuffix(w, "его"):
		return "gen"
	case strings.HasSuffix(w, "у") || strings.HasSuffix(w, "ю"):
		return "dat"
	case w == "глава" || w == "премьер" || strings.HasSuffix(w, "і") || strings.HasSuffix(w, "ы"):
		return "nom"
	case strings.HasSuffix(w, "а") || strings.HasSuffix(w, "я"):
		return "gen"
	case strings.HasSuffix(w, "е"):
		return "loc"
	}
	return "nom"
}

// fallbackNominative brings to the nominative the names package morph
// leaves as they are (foreign names: "Андрашем Хорватом", "Хироси
// Танакой", "Ли Сон Хомен"), from the case of the title before them or,
// in Kazakh, from unambiguous case suffixes.
func fallbackNominative(raw []string, lang, cas string) []string {
	out := append([]string(nil), raw...)
	if lang == diplograph.LangKazakh {
		last := out[len(out)-1]
		for _, sfx := range []string{"мен", "бен", "пен", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "нан", "нен", "дан", "ден", "тан", "тен", "ны", "ні", "ды", "ді", "ты", "ті"} {
			if strings.HasSuffix(last, sfx) && utf8.RuneCountInString(last)-utf8.RuneCountInString(sfx) >= 2 {
				out[len(out)-1] = strings.TrimSuffix(last, sfx)
				break
			}
		}
		return out
	}
	if lang != diplograph.LangRussian || cas == "" || cas == "nom" {
		return out
	}
	for i, w := range out {
		if utf8.RuneCountInString(w) < 4 && i < len(out)-1 {
			continue
		}
		out[i] = ruNominative(w, cas)
	}
	return out
}

// ruNominative undoes a Russian case ending of a name of unknown gender.
func ruNominative(w, cas string) string {
	cut := func(sfx, add string) (string, bool) {
		if strings.HasSuffix(w, sfx) && utf8.RuneCountInString(w)-utf8.RuneCountInString(sfx) >= 2 {
			return strings.TrimSuffix(w, sfx) + add, true
		}
		return w, false
	}
	var rules [][2]string
	switch cas {
	case "ins":
		rules = [][2]string{{"ым", ""}, {"ом", ""}, {"ем", ""}, {"ём", ""}, {"ой", "а"}, {"ей", "я"}}
	case "gen":
		// The title's genitive is also the accusative of "принял Посла":
		// a name in -а is then in -у ("Такэси Ямаду").
		rules = [][2]string{{"ого", "ий"}, {"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ы", "а"}, {"а", ""}, {"я", "й"}, {"у", "а"}, {"ю", "я"}}
	case "dat":
		rules = [][2]string{{"ому", "ий"}, {"ову", "ов"}, {"еву", "ев"}, {"ину", "ин"}, {"у", ""}, {"ю", "й"}}
	case "loc":
		rules = [][2]string{{"ове", "ов"}, {"еве", "ев"}, {"ине", "ин"}, {"е", ""}}
	}
	for _, r := range rules {
		if out, ok := cut(r[0], r[1]); ok {
			return out
		}
	}
	return w
}

// guestHome reports a home country guessed from the count of mentions
// (no Kazakh text, source domain or mention of Kazakhstan): the head of
// state of "Head of State" cannot be placed.
func (st *state) guestHome() bool { return st.homeGuess }

// ministerWordAfter reports "министр" as the word after token i.
func (s *sent) ministerWordAfter(i int) bool {
	n := s.nextWord(i + 1)
	return n < len(s.toks) && strings.HasPrefix(s.toks[n].low, "министр")
}

// ministryHeads reads an English minister named by the ministry he heads
// after his name: "NAME, who heads Chile's Ministry of Energy and Mines",
// "NAME, who leads the Ministry of Energy of Chile".
func (st *state) ministryHeads(s *sent) {
	if st.lang != diplograph.LangEnglish {
		return
	}
	for i := 1; i+1 < len(s.toks); i++ {
		if s.toks[i-1].low != "," {
			continue
		}
		if s.toks[i].low != "who" {
			continue
		}
		k := s.nextWord(i + 1)
		if k >= len(s.toks) || !lowStarts(s.toks[k].low, "heads", "leads") {
			continue
		}
		// The ministry within a few words: "the", "Uzbekistan's".
		country := ""
		m := -1
		for j, n := s.nextWord(k+1), 0; j < len(s.toks) && n < 4; j, n = s.nextWord(j+1), n+1 {
			if h, ok := longestHit(s, cMinistry, j); ok && s.toks[j].low == "ministry" {
				m = h.end
				break
			}
			if c, ok := s.countryAt(j); ok && country == "" {
				country = c.code
				j = c.t1 - 1
				continue
			}
			if s.toks[j].low != "the" && s.toks[j].low != "s" && s.toks[j].low != "'" && s.toks[j].low != "’" {
				break
			}
		}
		if m < 0 || m >= len(s.toks) || s.toks[m].low != "of" {
			continue
		}
		_, c, words, inst, _ := st.enTitleTail(s, m+1)
		if len(words) == 0 || inst {
			continue
		}
		if country == "" {
			country = c
		}
		n0, n1 := st.nameBefore(s, i)
		if n0 < 0 || s.covered(n0) {
			continue
		}
		t := title{minister: true, portfolio: strings.Join(words, " "), country: country}
		if p := st.register(s, n0, n1, t, ""); p != nil {
			s.persons = append(s.persons, pref{p: p, t0: n0, t1: n1})
		}
	}
}
