package extractor

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/dates"
	"github.com/diplograph/diplograph/extractor/gazetteer"
	"github.com/diplograph/diplograph/extractor/holders"
	"github.com/diplograph/diplograph/extractor/segment"
)

// Options configure an Extractor.
type Options struct {
	// MaxBytes is the largest article text accepted; 0 means
	// diplograph.MaxArticleBytes.
	MaxBytes int
}

// Extractor turns articles into Facts. It is immutable after New and safe
// for concurrent use.
type Extractor struct {
	max   int
	lex   *lexicon
	gaz   *gazetteer.Gazetteer
	known *holders.Index // office holders by surname
	// formats are the member states of regional formats and bodies
	formats *formats
}

var _ diplograph.Extractor = (*Extractor)(nil)

// New builds an Extractor: the gazetteer and the keyword tables are
// compiled once here.
func New(opts Options) *Extractor {
	max := opts.MaxBytes
	if max <= 0 {
		max = diplograph.MaxArticleBytes
	}
	hs, err := holders.Default()
	if err != nil {
		// The data is embedded and checked by the tests of package holders.
		panic("extractor: office holders: " + err.Error())
	}
	return &Extractor{max: max, lex: buildLexicon(), gaz: gazetteer.New(), known: holders.NewIndex(hs, nameStem, surnameEndings),
		formats: buildFormats()}
}

// Extract reads one article and returns the facts it states. An empty,
// oversized or invalid UTF-8 text is an EINVALID *diplograph.Error.
func (x *Extractor) Extract(a diplograph.Article) (diplograph.Facts, error) {
	if err := x.check(a); err != nil {
		return diplograph.Facts{}, err
	}
	st := x.analyse(a)
	f := st.facts()
	dropEchoes(&f)
	addSpellingVariants(&f)
	return f, nil
}

func (x *Extractor) check(a diplograph.Article) error {
	fail := func(format string, args ...any) error {
		return &diplograph.Error{Op: "extractor.Extract", Code: diplograph.EINVALID, File: a.File, Line: a.Line,
			Message: fmt.Sprintf(format, args...)}
	}
	if len(a.Text) > x.max {
		return fail("article is %s, over the %s limit", size(len(a.Text)), size(x.max))
	}
	if !utf8.ValidString(a.Text) {
		for i := 0; i < len(a.Text); {
			r, n := utf8.DecodeRuneInString(a.Text[i:])
			if r == utf8.RuneError && n <= 1 {
				return fail("invalid UTF-8 at byte %d", i)
			}
			i += n
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		return fail("article is empty")
	}
	if a.Published != "" && !diplograph.ValidDate(a.Published) {
		return fail("published %q is not an ISO date", a.Published)
	}
	return nil
}

// size formats a byte count for messages: "512 bytes", "3.0 KiB", "2.3 MiB".
func size(n int) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/1024)) + " KiB"
	}
	return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<20))) + " MiB"
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }

// sent is one body sentence with what was found in it.
type sent struct {
	idx        int
	seg        segment.Sentence
	toks       []tok
	hits       []hit
	countries  []cmen
	cities     []citymen
	dates      []dates.Mention // offsets relative to seg.Start
	persons    []pref          // person mentions
	title      bool            // the article's headline
	masked     []bool          // tokens inside a ministry's name (no topics)
	topics     []string        // topics named in the sentence
	topicsDone bool
	otherEvent bool // reports an event other than a concert or an exhibition
}

// cmen is a country mention mapped onto tokens [t0, t1).
type cmen struct {
	code   string
	kind   gazetteer.Kind
	cas    string
	t0, t1 int
}

// loc reports a locative mention ("в Казахстане", "Қазақстанда").
func (c cmen) loc() bool { return c.cas == "loc" || c.cas == "loc_rel" }

// citymen is a city mention mapped onto tokens.
type citymen struct {
	name, country string
	loc           bool
	t0, t1        int
}

// pref is a mention of person p on tokens [t0, t1).
type pref struct {
	p      *person
	t0, t1 int
}

// state is the working state of one extraction.
type state struct {
	x           *Extractor
	summitRef   int // 1 + the sentence whose meeting is the summit just told, or 0
	lastTitle   int // the last sentence of the headline, or -1
	art         diplograph.Article
	text        string
	lang        string
	doc         segment.Doc
	sents       []*sent
	footerHome  string // the state of a ministry's signature line after the body
	pub         dates.Date
	published   string
	home        string
	homeGuess   bool // home is only the most mentioned country
	people      []*person
	events      []*event
	agrs        []*agreement
	ministersPl bool
	noms        map[string][]string // names brought to the nominative, by their text form
	nameWords   map[string]bool     // morph.LooksLikeName of the words asked, by their text
}

func (x *Extractor) analyse(a diplograph.Article) *state {
	st := &state{x: x, art: a, text: a.Text, lastTitle: -1}
	st.doc = segment.Segment(a.Text, a.Language)
	st.lang = a.Language
	if st.lang == "" {
		st.lang = st.doc.Language
	}
	if st.lang == "" {
		st.lang = diplograph.LangRussian
	}
	st.published = a.Published
	if st.published == "" {
		st.published = st.doc.Header.Published
	}
	if st.published != "" {
		st.pub, _ = dates.ParseISO(st.published)
	}
	if st.published == "" {
		st.published, st.pub = st.dateline()
	}
	if st.published == "" {
		// Many news sites write the day into the article's address.
		if d := diplograph.URLDate(a.URL); d != "" {
			st.published = d
			st.pub, _ = dates.ParseISO(d)
		}
	}
	st.prepare()
	st.findHome()
	st.findPeople()
	st.leadHome()
	st.findEvents()
	st.findAgreements()
	return st
}

// dateline reads the publication date from a first line that is only a
// date (with an optional time or place), the usual dateline of a news page.
func (st *state) dateline() (string, dates.Date) {
	if len(st.doc.Body) == 0 {
		return "", dates.Date{}
	}
	start := st.doc.Header.BodyStart
	// A page's timestamp line ("24 November 2022, 20:32 1028", "July 3,
	// 2024") opens the body or stands under its headline: the first of
	// the opening lines that is a full date and little else.
	at := start
	for n := 0; n < maxStampLines && at < len(st.text) && at-start < maxStampBytes; {
		var line string
		line, at = st.lineAt(at)
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n++
		if d, ok := st.stampLine(line, 3); ok {
			return d.String(), d
		}
		// "03.02.2026 | 09:10 |Министр ...": a numeric stamp glued to
		// the text that follows it.
		if d, ok := st.leadingNumericDate(line); ok {
			return d.String(), d
		}
	}
	if p, d := st.leadDateline(start); p != "" {
		return p, d
	}
	// A page whose menus come first dates itself further down, on a
	// line that is a date alone ("• Monday, 16 September 2024").
	for n := 0; n < maxPageLines && at < len(st.text) && at-start < maxPageBytes; n++ {
		var line string
		line, at = st.lineAt(at)
		if d, ok := st.stampLine(strings.Trim(line, " \t•·*-|"), 1); ok {
			return d.String(), d
		}
	}
	return "", dates.Date{}
}

// lineAt returns the line of the text that starts at byte at, without its
// newline, and where the next line starts.
func (st *state) lineAt(at int) (string, int) {
	end := strings.IndexByte(st.text[at:], '\n')
	if end < 0 {
		end = len(st.text) - at
	}
	return st.text[at : at+end], at + end + 1
}

// maxStampLines and maxStampBytes bound where a timestamp line is looked
// for: the first lines of the body.
const (
	maxStampLines = 6
	maxStampBytes = 900
)

// maxPageLines and maxPageBytes bound the lines further down where a
// date alone is read as the page's date.
const (
	maxPageLines = 40
	maxPageBytes = 3000
)

var (
	gluedYear = regexp.MustCompile(`(\d{1,2}),((?:19|20)\d{2})\b`)
	// gluedDay is a year run into the next date of a page's stamp:
	// "1 ноября 20231 ноя 2023".
	gluedDay = regexp.MustCompile(`\b((?:19|20)\d{2})(\d{1,2}\s)`)
	// stampWord ends the words before a publication date: "Published",
	// "Опубликовано", "Жарияланды", "Updated".
	stampWord = regexp.MustCompile(`(?:published|опубликовано|жарияланды|жарияланған|обновлено|updated|date)\s*:?\s*$`)
)

// stampLine returns the date of a line that is a timestamp: a full date,
// not relative nor a range, and at most maxWords other words (a time, a
// city, a source, "Published").
func (st *state) stampLine(line string, maxWords int) (dates.Date, bool) {
	if len(line) > 80 {
		return dates.Date{}, false
	}
	// "May 16,2024": the year glued to the day.
	line = gluedYear.ReplaceAllString(line, "$1, $2")
	line = gluedDay.ReplaceAllString(line, "$1 $2")
	ms := dates.Find(line, st.lang, dates.Date{})
	if len(ms) == 0 || !ms[0].From.Complete() || ms[0].Relative || ms[0].IsRange() {
		return dates.Date{}, false
	}
	// "Some Agency WORLD Published March 3, 2023": a publication stamp
	// whatever stands before it.
	if pre := strings.ToLower(line[:ms[0].Start]); stampWord.MatchString(pre) {
		return ms[0].From, true
	}
	rest := line[:ms[0].Start] + line[ms[0].End:]
	words := 0
	for _, t := range tokenize(rest, 0, nil) {
		if t.word && !isDigits(t.low) {
			words++
		}
	}
	return ms[0].From, words <= maxWords
}

// leadingNumericDate reads a complete numeric date (dd.mm.yyyy) that
// opens line, followed by a separator, a time or a word: the stamp of a
// page that printed the text on the same line.
func (st *state) leadingNumericDate(line string) (dates.Date, bool) {
	if len(line) < 10 || !isDigits(line[:2]) || line[2] != '.' || !isDigits(line[3:5]) || line[5] != '.' || !isDigits(line[6:10]) {
		return dates.Date{}, false
	}
	ms := dates.Find(line[:10], st.lang, dates.Date{})
	if len(ms) == 0 || !ms[0].From.Complete() || ms[0].Start != 0 || ms[0].IsRange() {
		return dates.Date{}, false
	}
	return ms[0].From, true
}

// leadDateline returns the date of a news agency's dateline near the start
// of the body ("BISHKEK, 14 May 2026 – ..."), after the headline if any.
func (st *state) leadDateline(start int) (string, dates.Date) {
	end := min(len(st.text), start+400)
	for end < len(st.text) && !utf8.RuneStart(st.text[end]) {
		end++
	}
	for _, m := range dates.Find(st.text[start:end], st.lang, dates.Date{}) {
		if m.Dateline && m.From.Complete() && !m.IsRange() {
			return m.From.String(), m.From
		}
	}
	return "", dates.Date{}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// opening reports whether sentence i is the headline or the lead (the
// first sentence after the headline; without a headline, the first two
// sentences), where an article says what it is about.
func (st *state) opening(i int) bool {
	last := st.lastTitle
	if last < 0 {
		return i <= 1
	}
	return i <= last+1 && i >= 0 && (st.sents[i].title || i == last+1)
}

// prepare tokenises the body sentences and maps the gazetteer's and the
// date finder's mentions onto them.
func (st *state) prepare() {
	segs := st.doc.Sentences
	if len(segs) == 0 {
		return
	}
	cms := st.x.gaz.Countries(st.text)
	cis := st.x.gaz.Cities(st.text)
	st.footerHome = footerMinistry(st.text, segs[len(segs)-1].End, cms)
	// Dates are found in one pass over the text from the body on. A text
	// without a date of publication reads months without a year against
	// its first full date ("19 июля 2026 года ... в сентябре").
	from := segs[0].Start
	ref := st.pub
	if !ref.Complete() {
		for _, m := range dates.Find(st.text[from:], st.lang, dates.Date{}) {
			if m.From.Complete() && !m.Relative {
				ref = m.From
				break
			}
		}
	}
	dms := dates.Find(st.text[from:], st.lang, ref)
	for i := range dms {
		dms[i].Start += from
		dms[i].End += from
	}
	ci, ti, di := 0, 0, 0
	var buf []tok
	for i, sg := range segs {
		s := &sent{idx: i, seg: sg}
		buf = tokenize(sg.Text, sg.Start, buf[:0])
		s.toks = append([]tok(nil), buf...)
		s.masked = make([]bool, len(s.toks))
		s.hits = dropSurnameHits(s.toks, st.x.lex.scan(s.toks))
		for ci < len(cms) && cms[ci].Start < sg.Start {
			ci++
		}
		for j := ci; j < len(cms) && cms[j].Start < sg.End; j++ {
			m := cms[j]
			if m.End > sg.End {
				break
			}
			t0, t1 := s.span(m.Start, m.End)
			// Russian and Kazakh write the people of a country in lower
			// case: "Турки" inside a sentence is a name ("Посла ... Турки
			// аль-Харби").
			if t0 < t1 && m.Kind == gazetteer.Demonym && s.toks[t0].cap && s.nextWord(0) != t0 && isCyrillic(s.toks[t0].text) {
				continue
			}
			if t0 < t1 {
				cas := m.Case
				// "in Ukraine", "во Франции" when the gazetteer leaves the case open.
				if p := s.prevWord(t0); p >= 0 && p == t0-1 && m.Kind == gazetteer.Name && (cas == "" || s.toks[p].low == "in") &&
					(s.toks[p].low == "in" || s.toks[p].low == "в" || s.toks[p].low == "во") {
					cas = "loc"
				}
				s.countries = append(s.countries, cmen{code: m.Code, kind: m.Kind, cas: cas, t0: t0, t1: t1})
			}
		}
		for ti < len(cis) && cis[ti].Start < sg.Start {
			ti++
		}
		for j := ti; j < len(cis) && cis[j].Start < sg.End; j++ {
			m := cis[j]
			if m.End > sg.End {
				break
			}
			t0, t1 := s.span(m.Start, m.End)
			// "Shanghai Cooperation Organisation", "Шанхайской организации
			// сотрудничества": a city in an organisation's name is no place.
			if t0 < t1 && s.hasHitIn(cOrg, t0, t1) {
				continue
			}
			if t0 < t1 {
				loc := m.Locative
				// "в аэропорту Тбилиси", "Баку қаласында", "in the city of X".
				if p := s.prevWord(t0); p >= 0 && lowStarts(s.toks[p].low, "аэропорту", "городе", "столице", "airport", "city") {
					loc = true
				}
				if n := s.nextWord(t1); n < len(s.toks) && lowStarts(s.toks[n].low, "қаласында", "әуежайында", "астанасында") {
					loc = true
				}
				s.cities = append(s.cities, citymen{name: m.Name, country: m.Country, loc: loc, t0: t0, t1: t1})
			}
		}
		for di < len(dms) && dms[di].Start < sg.Start {
			di++
		}
		for j := di; j < len(dms) && dms[j].Start < sg.End; j++ {
			if d := dms[j]; d.End <= sg.End {
				d.Start -= sg.Start
				d.End -= sg.Start
				s.dates = append(s.dates, d)
			}
		}
		if st.doc.Title != "" && sg.Start >= st.doc.TitleSpan.Start && sg.End <= st.doc.TitleSpan.End {
			s.title = true
			st.lastTitle = s.idx
		}
		s.groupCountries(st.x.formats)
		for i, t := range s.toks {
			// "Комитет по делам молодежи", "Agency for Tourism": the name
			// of an institution is no topic.
			if t.cap && institutionWord(t.low) {
				s.maskInstitution(i + 1)
			}
			// Kazakh names the field first: "Жастар істері және спорт
			// комитетінің".
			if st.lang == diplograph.LangKazakh && institutionWord(t.low) {
				s.maskBefore(i)
			}
		}
		for _, h := range s.hits {
			switch h.cl {
			case cMinistersPl:
				st.ministersPl = true
			case cEvent:
				// "комиссия по торгово-экономическому сотрудничеству": the
				// name of a standing body, not a subject of its session.
				if h.val == diplograph.EventCommissionSession && st.lang == diplograph.LangKazakh {
					s.maskBefore(h.start) // "сауда-экономикалық ... ынтымақтастық комиссиясы"
				}
				if h.val == diplograph.EventCommissionSession {
					if j := s.nextWord(h.end); j < len(s.toks) && (s.toks[j].low == "по" || s.toks[j].low == "on") {
						for k := j; k < len(s.toks) && k < j+8; k++ {
							if lowStarts(s.toks[k].low, "сотрудничеств", "cooperation") {
								s.mask(j, k+1)
								break
							}
						}
					}
				}
			case cMinistry, cMinister:
				// A ministry's field is its name, not a topic.
				if p, ok := longestHit(s, cPortfolio, s.nextWord(h.end)); ok {
					s.mask(p.start, p.end)
				} else if p, ok := longestHit(s, cPortfolio, s.nextWord(s.nextWord(h.end)+1)); ok && s.nextWord(h.end) < len(s.toks) && (s.toks[s.nextWord(h.end)].low == "of" || s.toks[s.nextWord(h.end)].low == "for") {
					s.mask(p.start, p.end)
				}
				if p, ok := hitEndingAt(s, cPortfolio, h.start); ok {
					s.mask(p.start, p.end)
				}
				s.maskInstitution(h.end)
				if st.lang == diplograph.LangKazakh {
					s.maskBefore(h.start)
				}
			}
		}
		st.sents = append(st.sents, s)
	}
}

// institutionWord reports the head word of the name of a committee, an
// agency or the like (written with a capital).
func institutionWord(w string) bool {
	return lowStarts(w, "комитет", "агентств", "департамент", "фонд", "институт", "управлени", "академи", "служб", "центр",
		"committee", "agency", "department", "fund", "institute", "academy", "centre", "center", "office", "authority", "council",
		"комитеті", "агенттігі", "қоры")
}

// maskInstitution keeps the name of a ministry or an institution that
// starts at token i out of topic detection: Russian genitive words and
// "по", "и", commas ("Министерство туризма и молодежи", "Комитет по
// делам молодежи"), English title words ("Ministry of Tourism and Youth").
func (s *sent) maskInstitution(i int) {
	n, po := 0, false
	for k := i; k < len(s.toks) && n < 8; k++ {
		t := s.toks[k]
		switch {
		case t.low == "," || t.low == "и" || t.low == "and" || t.low == "&" || t.low == "of" || t.low == "for" || t.low == "the":
			continue
		case t.low == "по" && n == 0:
			po = true
			continue
		case t.word && !t.cap && isCyrillic(t.text) && (lowEnds(t.low, "и", "ы", "а", "я", "ого", "его", "ой", "ей", "ых", "их", "ов", "ев") ||
			po && lowEnds(t.low, "ам", "ям", "ому", "ему", "ым", "им", "ию")):
		case t.word && t.cap && !isCyrillic(t.text) && titleWords[t.low]:
		default:
			return
		}
		n++
		s.mask(i, k+1)
	}
}

// maskBefore keeps a Kazakh name of a ministry or commission before
// token i out of topic detection ("Мәдениет, ақпарат, спорт және жастар
// саясаты министрі", "сауда-экономикалық, ғылыми-техникалық
// ынтымақтастық комиссиясы"): the words back to the first capitalised
// one, a country or a genitive.
func (s *sent) maskBefore(i int) {
	k := i
	for n := 0; k > 0 && n < 8; n++ {
		t := s.toks[k-1]
		if t.low == "," || t.low == "және" || t.low == "мен" {
			k--
			continue
		}
		if !t.word || isDigits(t.low) || isGenitiveKK(t.low) {
			break
		}
		if _, ok := s.countryAt(k - 1); ok {
			break
		}
		k--
		if t.cap {
			break
		}
	}
	if k < i {
		s.mask(k, i)
	}
}

// dropSurnameHits drops the event, topic and document stems matched as
// the prefix of a capitalised surname inside a name ("Сапаров" is no
// "сапар", a visit): a surname-like word after or before another
// capitalised word.
func dropSurnameHits(toks []tok, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		if h.end == h.start+1 && (h.cl == cEvent || h.cl == cTopic || h.cl == cAgreement) {
			t := toks[h.start]
			if t.cap && !t.upper && isCyrillic(t.text) && surnameLike(t.low) {
				prev := h.start > 0 && toks[h.start-1].word && toks[h.start-1].cap
				next := h.start+1 < len(toks) && toks[h.start+1].word && toks[h.start+1].cap
				// "Е.Сапаров": a surname after an initial.
				initial := h.start >= 2 && toks[h.start-1].low == "." && toks[h.start-2].cap && utf8.RuneCountInString(toks[h.start-2].text) == 1
				if prev || next || initial {
					continue
				}
			}
		}
		out = append(out, h)
	}
	return out
}

// mask keeps tokens [a, b) out of topic detection.
func (s *sent) mask(a, b int) {
	for k := a; k < b && k < len(s.masked); k++ {
		s.masked[k] = true
	}
}

// span returns the tokens [t0, t1) covering bytes [start, end).
func (s *sent) span(start, end int) (int, int) {
	t0 := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].end > start })
	t1 := t0
	for t1 < len(s.toks) && s.toks[t1].start < end {
		t1++
	}
	return t0, t1
}

// countryAt returns the country mention covering token i.
func (s *sent) countryAt(i int) (cmen, bool) {
	for _, c := range s.countries {
		if i >= c.t0 && i < c.t1 {
			return c, true
		}
	}
	return cmen{}, false
}

// surnameCity reports a city name that is the last word of a Latin
// name ("Joao Ferreira Lima"): not in the locative, after a name word.
func (s *sent) surnameCity(i int) bool {
	if i == 0 || !s.toks[i-1].word || !s.toks[i-1].cap || isCyrillic(s.toks[i].text) {
		return false
	}
	for _, c := range s.cities {
		if i >= c.t0 && i < c.t1 {
			return !c.loc && c.t1 == i+1
		}
	}
	return false
}

func (s *sent) cityAt(i int) bool {
	for _, c := range s.cities {
		if i >= c.t0 && i < c.t1 {
			return true
		}
	}
	return false
}

func (s *sent) has(cl class) bool {
	for _, h := range s.hits {
		if h.cl == cl {
			return true
		}
	}
	return false
}

// hitAt returns the first hit of class cl starting at token i.
func (s *sent) hitAt(cl class, i int) (hit, bool) {
	for _, h := range s.hits {
		if h.cl == cl && h.start == i {
			return h, true
		}
	}
	return hit{}, false
}

// nextWord returns the index of the first word token at or after i, or len.
func (s *sent) nextWord(i int) int {
	for i < len(s.toks) && !s.toks[i].word {
		i++
	}
	return i
}

// prevWord returns the index of the last word token before i, or -1.
func (s *sent) prevWord(i int) int {
	i--
	for i >= 0 && !s.toks[i].word {
		i--
	}
	return i
}

func (s *sent) evidence() diplograph.Evidence {
	return diplograph.Evidence{Sentence: s.seg.Text, Start: s.seg.Start, End: s.seg.End}
}

// findHome picks the article's home country: a source or URL with a
// national domain; else what the text says of where it comes from (see
// homeEvidence); else Kazakhstan for a Kazakh text; else Kazakhstan when
// the text names it (the corpus is that of Kazakh ministries and news
// sites); else the most mentioned country of the body, ties going to the
// first mentioned.
func (st *state) findHome() {
	if code := st.nationalDomain(); code != "" {
		st.home = code
		return
	}
	if code := st.homeEvidence(); code != "" {
		st.home = code
		return
	}
	if st.lang == diplograph.LangKazakh {
		// A Kazakh-language article comes from Kazakhstan.
		st.home = "KZ"
		return
	}
	count := map[string]int{}
	first := map[string]int{}
	n := 0
	for _, s := range st.sents {
		for _, c := range s.countries {
			if _, ok := first[c.code]; !ok {
				first[c.code] = n
			}
			n++
			count[c.code]++
		}
	}
	if count[defaultHome] > 0 {
		st.home = defaultHome
		return
	}
	best, bestN := "", -1
	for code, c := range count {
		if c > bestN || (c == bestN && first[code] < first[best]) {
			best, bestN = code, c
		}
	}
	st.home, st.homeGuess = best, true
}

// officials returns every titled official of the article, in the order
// first named.
func (st *state) officials() []diplograph.Person {
	out := []diplograph.Person{}
	seen := map[string]bool{}
	for _, p := range st.people {
		if !p.official() {
			continue
		}
		o := p.out(st)
		if o.Country == "" && !p.org && st.home != "" {
			// An office without a state named is one of the article's
			// home country ("the Minister of Agriculture reported").
			o.Country = st.home
			o.ID = diplograph.PersonID(o.Country, o.Latin)
		}
		if seen[o.ID] {
			continue
		}
		seen[o.ID] = true
		o.Title = p.title
		out = append(out, o)
	}
	return out
}

// facts assembles the result.
func (st *state) facts() diplograph.Facts {
	f := diplograph.Facts{
		File:          st.art.File,
		ArticleID:     st.art.ID,
		Language:      st.lang,
		Published:     st.published,
		Ministers:     []diplograph.Person{},
		Persons:       []diplograph.Person{},
		Officials:     []diplograph.Person{},
		Countries:     []string{},
		Organizations: []diplograph.Organization{},
		Events:        []diplograph.Event{},
		Agreements:    []diplograph.Agreement{},
		Topics:        []string{},
	}
	if f.ArticleID == "" {
		f.ArticleID = diplograph.ArticleID(st.art.URL, st.text)
	}
	st.asianNames()
	f.Officials = st.officials()
	if len(st.events) == 0 {
		return f
	}
	// Events.
	for i, e := range st.events {
		f.Events = append(f.Events, e.out(st, f.ArticleID, i))
	}
	// Countries: the parties of the events, home first.
	seen := map[string]bool{}
	addC := func(c string, ev diplograph.Evidence) {
		if c == "" || seen[c] {
			return
		}
		seen[c] = true
		f.Countries = append(f.Countries, c)
		if f.CountryEvidence == nil {
			f.CountryEvidence = map[string]diplograph.Evidence{}
		}
		f.CountryEvidence[c] = ev
	}
	// The evidence of a country is the first sentence of its events that
	// names it (or names one of its people).
	evidenceOf := func(c string) diplograph.Evidence {
		var fallback *sent
		for _, e := range st.events {
			if !slices.Contains(e.countries, c) {
				continue
			}
			for _, si := range e.sents {
				s := st.sents[si]
				if fallback == nil {
					fallback = s
				}
				for _, m := range s.countries {
					if m.code == c {
						return s.evidence()
					}
				}
				for _, r := range s.persons {
					if r.p.country == c {
						return s.evidence()
					}
				}
			}
		}
		return fallback.evidence()
	}
	for _, e := range st.events {
		for _, c := range e.countries {
			if c == st.home {
				addC(c, evidenceOf(c))
			}
		}
	}
	for _, e := range st.events {
		for _, c := range e.countries {
			if !seen[c] {
				addC(c, evidenceOf(c))
			}
		}
	}
	// People taking part in events or agreements.
	in := map[*person]bool{}
	for _, e := range st.events {
		for _, p := range e.parts {
			in[p] = true
		}
	}
	for _, a := range st.agrs {
		for _, p := range a.signers {
			in[p] = true
		}
	}
	for _, p := range st.people {
		if !in[p] || !p.official() {
			continue
		}
		if p.portfolio != "" {
			f.Ministers = append(f.Ministers, p.out(st))
		} else {
			f.Persons = append(f.Persons, p.out(st))
		}
	}
	// Agreements and their parties.
	orgSeen := map[string]bool{}
	for _, a := range st.agrs {
		out := a.out(st, f)
		f.Agreements = append(f.Agreements, out)
		for _, o := range a.orgs {
			org := diplograph.Organization{ID: diplograph.OrganizationID(o.country, o.name), Name: o.name,
				Latin: translit(o.name, st.lang), Country: o.country, Evidence: []diplograph.Evidence{st.sents[a.sents[0]].evidence()}}
			if !orgSeen[org.ID] {
				orgSeen[org.ID] = true
				f.Organizations = append(f.Organizations, org)
			}
		}
	}
	// Topics.
	f.Topics, f.TopicEvidence = st.topics()
	if len(f.Topics) == 0 {
		f.TopicEvidence = nil
	}
	return f
}
