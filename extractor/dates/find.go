package dates

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mention is one date expression found in a text.
type Mention struct {
	// Start and End are byte offsets of the expression in the text given
	// to Find.
	Start, End int
	// From is the date, or the first day of a range.
	From Date
	// To is the last day (or month, or year) of a range; zero when the
	// mention is not a range. To is after From, except that a range with
	// no year at all (no published date) may cross the new year: "с 28
	// декабря по 8 января" gives From 0-12-28, To 0-01-08.
	To Date
	// Relative is true when the date was resolved from the published date
	// ("вчера", "бүгін", "tomorrow", a weekday name). Without a published
	// date a relative mention has a zero From.
	Relative bool
	// Eve is true for "накануне <event>", "<event> қарсаңында" and "on the
	// eve of <event>": the day before some other event named next to it,
	// not before the publication. From then holds the day before the
	// published date only as a fallback; the caller should anchor it to
	// that event when it can. A bare "накануне" (the day before the
	// publication) has Eve false.
	Eve bool
	// YearInferred is true when the text gave a day and month (or a month)
	// without a year and the year was taken from the published date.
	YearInferred bool
	// Part is the part of a month or year the text names: "в начале
	// октября", "early October", "қазанның басында" (PartBegin); "в
	// середине", "mid-October" (PartMiddle); "в конце 2025 года", "late
	// 2025", "2025 жылдың соңында" (PartEnd). From (or To, for Until) keeps
	// the whole month or year; PartWhole when the text names no part.
	Part Part
	// Until is true for an end date: "(продлится) до 27 мая", "(will run)
	// until May 27", "27 мамырға дейін": the mention bounds something that
	// goes on until then, it is not the date the event starts. From still
	// holds the date and To stays zero, and the span leaves out the word
	// that makes it an end date (до, until, till, through, дейін), as
	// before this flag existed; use EndDate for the bound.
	Until bool
	// Dateline is true for the date of a news agency dateline at the start
	// of a line, after the city in capitals: "ASTANA, March 4 (Xinhua) --",
	// "АСТАНА, 4 марта. /Казинформ/". It is the published date of the
	// article, not the date of an event it reports.
	Dateline bool
	// Text is text[Start:End].
	Text string
}

// Part is a part of a month or a year.
type Part int8

// The parts of a month or year a mention may name.
const (
	PartWhole  Part = iota // no part: the whole month or year, or a day
	PartBegin              // "в начале", "early", "the beginning of", "басында"
	PartMiddle             // "в середине", "mid", "the middle of", "ортасында"
	PartEnd                // "в конце", "late", "the end of", "соңында"
)

// String returns "", "begin", "middle" or "end".
func (p Part) String() string {
	switch p {
	case PartBegin:
		return "begin"
	case PartMiddle:
		return "middle"
	case PartEnd:
		return "end"
	}
	return ""
}

// EndDate returns the last date m covers: To for a range, From for an
// Until mention or a single date.
func (m Mention) EndDate() Date {
	if !m.To.IsZero() {
		return m.To
	}
	return m.From
}

// IsRange reports whether m is a range of dates.
func (m Mention) IsRange() bool { return !m.To.IsZero() }

// Find returns the date expressions of text, sorted by Start and
// non-overlapping. published (possibly zero or partial) resolves relative
// expressions and supplies the year of dates written without one. lang
// ("ru", "kk", "en") is a hint; the word tables of all three languages are
// used in any case, since news in one language quotes dates in another.
func Find(text, lang string, published Date) []Mention {
	f := finder{text: text, pub: published, lang: lang}
	f.toks = dayWords(tokenize(text))
	var out []Mention
	last := 0 // first token index not yet covered by a mention
	for i := 0; i < len(f.toks); {
		m, a, b, ok := f.match(i, last)
		if !ok {
			// b > i skips a date-shaped expression that is not a date
			// ("31 февраля"), so that no part of it is read alone.
			i = max(i+1, b)
			continue
		}
		a, b = f.extend(&m, a, b, last)
		m.Start, m.End = f.toks[a].s, f.toks[b-1].e
		m.Text = text[m.Start:m.End]
		out = append(out, m)
		i, last = b, b
	}
	return out
}

// tokKind is the kind of a token.
type tokKind uint8

const (
	tNum   tokKind = iota + 1 // a run of ASCII digits
	tWord                     // a run of letters
	tPunct                    // one other character
)

// tok is one token of the text.
type tok struct {
	s, e int
	kind tokKind
	sp   bool  // white space precedes the token
	up   bool  // a word that starts with an upper-case letter
	r    rune  // the character of a punctuation token
	nd   int   // number of digits of a number
	n    int   // value of a number (capped)
	w    winfo // meaning of a word
}

// tokenize cuts text into numbers, words and single punctuation marks.
func tokenize(text string) []tok {
	toks := make([]tok, 0, len(text)/5+1)
	var buf [64]byte
	sp := true
	for i := 0; i < len(text); {
		c := text[i]
		if c >= '0' && c <= '9' {
			j, n := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, tok{s: i, e: j, kind: tNum, sp: sp, nd: j - i, n: n})
			sp = false
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				sp = true
				i++
				continue
			case (c|0x20) >= 'a' && (c|0x20) <= 'z':
				// fall through to the word scanner below
			default:
				toks = append(toks, tok{s: i, e: i + 1, kind: tPunct, sp: sp, r: rune(c)})
				sp = false
				i++
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
				sp = true
			} else {
				toks = append(toks, tok{s: i, e: i + w, kind: tPunct, sp: sp, r: r})
				sp = false
			}
			i += w
			continue
		}
		t := tok{s: i, kind: tWord, sp: sp, up: unicode.IsUpper(r)}
		lb := buf[:0]
		long := false
		j := i
		for j < len(text) {
			r, w := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			if !long {
				if len(lb)+4 > len(buf) {
					long = true
				} else {
					lb = utf8.AppendRune(lb, unicode.ToLower(r))
				}
			}
			j += w
		}
		t.e = j
		if !long {
			t.w = words[string(lb)]
		}
		toks = append(toks, t)
		sp = false
		i = j
	}
	return toks
}

// dayWords makes a day written in words before a month ("двадцать
// седьмого августа") a number token of that day.
func dayWords(toks []tok) []tok {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tWord && (t.w.cls == cTens || t.w.cls == cDayWord) {
			day, j := int(t.w.val), i+1
			if t.w.cls == cTens {
				if j >= len(toks) || toks[j].kind != tWord || toks[j].w.cls != cDayWord || toks[j].w.val > 9 {
					out = append(out, t)
					continue
				}
				day += int(toks[j].w.val)
				j++
			}
			if day <= 31 && j < len(toks) && toks[j].kind == tWord && toks[j].w.cls == cMonth && !toks[j].w.en {
				out = append(out, tok{s: t.s, e: toks[j-1].e, kind: tNum, sp: t.sp, nd: len(strconv.Itoa(day)), n: day})
				i = j - 1
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// finder holds the state of one Find call.
type finder struct {
	text string
	toks []tok
	pub  Date
	lang string
}

// tokAt returns token i, or a zero token past the end.
func (f *finder) tokAt(i int) tok {
	if i < 0 || i >= len(f.toks) {
		return tok{}
	}
	return f.toks[i]
}

func (f *finder) isWord(i int, c class) bool {
	t := f.tokAt(i)
	return t.kind == tWord && t.w.cls == c
}

func (f *finder) isPunct(i int, r rune) bool {
	t := f.tokAt(i)
	return t.kind == tPunct && t.r == r
}

func (f *finder) isDash(i int) bool {
	t := f.tokAt(i)
	return t.kind == tPunct && (t.r == '-' || t.r == '–' || t.r == '—' || t.r == '−' || t.r == '‒')
}

// adjacent reports that token i follows token i-1 with no space.
func (f *finder) adjacent(i int) bool {
	return i > 0 && i < len(f.toks) && !f.toks[i].sp
}

// partOfNumber reports whether the number at i is glued to other digits
// by punctuation ("1.25", "10:30", "8-800", "3,5"), so that it is not a
// day or a year by itself.
func (f *finder) partOfNumber(i int) bool {
	if f.adjacent(i) {
		p := f.tokAt(i - 1)
		if p.kind == tWord || p.kind == tNum {
			return true // "A320"
		}
		if p.kind == tPunct && (p.r == '.' || p.r == ',' || p.r == ':' || p.r == '/') && f.adjacent(i-1) && f.tokAt(i-2).kind == tNum {
			return true
		}
	}
	if n := f.tokAt(i + 1); n.kind == tPunct && f.adjacent(i+1) {
		if (n.r == '.' || n.r == ',' || n.r == ':' || n.r == '/') && f.adjacent(i+2) && f.tokAt(i+2).kind == tNum {
			return true
		}
		if n.r == '%' || n.r == '$' || n.r == '€' || n.r == '₸' {
			return true
		}
	}
	return false
}

// day reads a day number at i with its ordinal ending ("25", "25-го",
// "3rd", "2-сі", "3rd of"); it returns the day and the index after it.
func (f *finder) day(i int) (int, int, bool) {
	t := f.tokAt(i)
	if t.kind != tNum || t.nd > 2 || t.n < 1 || t.n > 31 {
		return 0, 0, false
	}
	if f.partOfNumber(i) {
		return 0, 0, false
	}
	j := i + 1
	switch {
	case f.isWord(j, cOrdinal) && f.adjacent(j):
		j++
	case f.isDash(j) && f.adjacent(j) && f.isWord(j+1, cOrdinal) && f.adjacent(j+1):
		j += 2
	}
	if f.isWord(j, cOf) {
		j++
	}
	return t.n, j, true
}

// month reads a month name at i; an abbreviation may take a period.
func (f *finder) month(i int) (m int, gen bool, next int, ok bool) {
	t := f.tokAt(i)
	if t.kind != tWord || t.w.cls != cMonth {
		return 0, false, 0, false
	}
	if t.w.en && !t.up {
		return 0, false, 0, false // "may", "march" as ordinary words
	}
	j := i + 1
	if f.isPunct(j, '.') && f.adjacent(j) && t.w.abbr {
		j++
	}
	return int(t.w.val), t.w.gen, j, true
}

// yearNum reads a four-digit year at i ("2025", "2025-го", "2025-ші"),
// not a quantity ("2000 человек").
func (f *finder) yearNum(i int) (int, int, bool) {
	t := f.tokAt(i)
	if t.kind != tNum || t.nd != 4 || t.n < MinYear || t.n > MaxYear {
		return 0, 0, false
	}
	if f.partOfNumber(i) {
		return 0, 0, false
	}
	j := i + 1
	if f.isDash(j) && f.adjacent(j) && f.isWord(j+1, cOrdinal) && f.adjacent(j+1) {
		j += 2
	}
	if f.isWord(j, cQuantity) {
		return 0, 0, false
	}
	if n := f.tokAt(j); n.kind == tWord && f.adjacent(j) && n.w.cls != cYearWord {
		return 0, 0, false // "1990s", "2024km"
	}
	return t.n, j, true
}

// yearWord reads a word for "year" at i ("года", "г.", "жылы").
func (f *finder) yearWord(i int, c class) (int, bool) {
	if !f.isWord(i, c) {
		return 0, false
	}
	j := i + 1
	if f.isPunct(j, '.') && f.adjacent(j) && utf8.RuneCountInString(f.text[f.toks[i].s:f.toks[i].e]) <= 2 {
		j++
	}
	return j, true
}

// year reads a year written after a day and month: "2025", "2025 года",
// "2025 г.", ", 2024", or "текущего года". explicit is false for a year
// resolved from the published date.
func (f *finder) year(i int) (y, next int, explicit, ok bool) {
	j := i
	if f.isPunct(j, ',') && f.tokAt(j+1).kind == tNum {
		j++
	}
	if y, k, ok := f.yearNum(j); ok {
		if k2, ok := f.yearWord(k, cYearWord); ok {
			k = k2
		}
		return y, k, true, true
	}
	if f.isWord(i, cThisYear) && f.pub.Year != 0 {
		if k, ok := f.yearWord(i+1, cYearWord); ok {
			return f.pub.Year + int(f.toks[i].w.val), k, true, true
		}
	}
	return 0, i, false, false
}

// rangeSep reports a separator between two days or dates at i.
func (f *finder) rangeSep(i int) bool {
	return f.isDash(i) || f.isWord(i, cTo) || f.isWord(i, cAnd)
}

// inferYear gives the year of a month mentioned without one: the year of
// the published date, or the one before or after when that puts the month
// within six months of publication.
func (f *finder) inferYear(m int) (int, bool) {
	if f.pub.Year == 0 {
		return 0, false
	}
	y := f.pub.Year
	if f.pub.Month != 0 && m != 0 {
		switch {
		case m-f.pub.Month > 6:
			y--
		case f.pub.Month-m > 6:
			y++
		}
	}
	return y, true
}

// dmResult is a day-and-month expression, possibly a range.
type dmResult struct {
	from, to Date
	next     int
	hasYear  bool // a year was written (or said: "текущего года")
	inferred bool
}

// finish fills in the years of a day-month result: y is the written year
// of the whole expression (0 when none).
func (f *finder) finish(r *dmResult, y1, y2 int) bool {
	isRange := r.to.Month != 0
	switch {
	case y1 != 0 && (y2 != 0 || !isRange):
		r.from.Year = y1
		if isRange {
			r.to.Year = y2
		}
		r.hasYear = true
	case y2 != 0:
		r.to.Year = y2
		r.from.Year = y2
		if r.from.Month > r.to.Month {
			r.from.Year = y2 - 1
		}
		r.hasYear = true
	case y1 != 0:
		r.from.Year, r.to.Year = y1, y1
		if r.from.Month > r.to.Month {
			r.to.Year = y1 + 1
		}
		r.hasYear = true
	default:
		if y, ok := f.inferYear(r.from.Month); ok {
			r.from.Year = y
			r.inferred = true
			if isRange {
				r.to.Year = y
				if r.from.Month > r.to.Month {
					r.to.Year = y + 1
				}
			}
		}
	}
	if !r.from.Valid() {
		return false
	}
	if isRange {
		if !r.to.Valid() {
			return false
		}
		if r.from.Year != 0 && r.from.Compare(r.to) >= 0 {
			return false
		}
		// Without any year a later month may not follow an earlier one
		// unless the range crosses the new year ("28 декабря по 3
		// января").
		if r.from.Year == 0 && r.from.Month == r.to.Month && r.from.Day >= r.to.Day {
			return false
		}
	}
	return true
}

// dayFirst reads "25 сентября [2025 года]", "2–5 декабря", "2 по 5
// декабря", "28 ноября [2023 г.] по 2 декабря [2023 г.]", "3 March 2024",
// "3 to 5 March", "10 қазан күні", "2-5 желтоқсан аралығында".
func (f *finder) dayFirst(i int) (dmResult, bool) {
	var r dmResult
	d1, j, ok := f.day(i)
	if !ok {
		return r, false
	}
	// Two days then one month: "2–5 декабря".
	if f.rangeSep(j) {
		if d2, k, ok := f.day(j + 1); ok {
			if m, _, k2, ok := f.month(k); ok {
				r.from = Date{0, m, d1}
				r.to = Date{0, m, d2}
				y, k3, _, hasY := f.year(k2)
				if !hasY {
					k3 = k2
				}
				r.next = f.kkTail(k3)
				return r, f.finish(&r, y, 0)
			}
		}
	}
	if f.isDash(j) && f.adjacent(j) && f.adjacent(j+1) && f.isWord(j+1, cMonth) {
		j++ // "10-қазанда"
	}
	m1, _, k, ok := f.month(j)
	if !ok {
		return r, false
	}
	r.from = Date{0, m1, d1}
	y1, k2, _, hasY := f.year(k)
	if hasY {
		k = k2
	}
	// A second full date: "28 ноября по 2 декабря".
	if f.rangeSep(k) {
		if d2, k3, ok := f.day(k + 1); ok {
			if m2, _, k4, ok := f.month(k3); ok {
				y2, k5, _, hasY2 := f.year(k4)
				if !hasY2 {
					k5 = k4
				}
				r.to = Date{0, m2, d2}
				r.next = f.kkTail(k5)
				return r, f.finish(&r, y1, y2)
			}
		}
	}
	r.next = f.kkTail(k)
	return r, f.finish(&r, y1, 0)
}

// kkTail swallows the Kazakh words that may close a date: "күні",
// "аралығында".
func (f *finder) kkTail(i int) int {
	for f.isWord(i, cKuni) || f.isWord(i, cAralyk) {
		i++
	}
	return i
}

// monthFirst reads "March 3[, 2024]", "March 3-5, 2024" and the Kazakh
// genitive "желтоқсанның 2-сі мен 5-і аралығында", "қазанның 10-ы".
func (f *finder) monthFirst(i int) (dmResult, bool) {
	var r dmResult
	m, gen, j, ok := f.month(i)
	if !ok || !(gen || f.toks[i].w.en) {
		return r, false
	}
	d1, k, ok := f.day(j)
	if !ok {
		return r, false
	}
	r.from = Date{0, m, d1}
	if f.rangeSep(k) {
		if d2, k2, ok := f.day(k + 1); ok {
			r.to = Date{0, m, d2}
			k = k2
		} else if m2, _, k2, ok := f.month(k + 1); ok && f.toks[k+1].w.en {
			// "March 30 – April 2"
			if d2, k3, ok := f.day(k2); ok {
				r.to = Date{0, m2, d2}
				k = k3
			}
		}
	}
	y, k3, _, hasY := f.year(k)
	if hasY {
		k = k3
	}
	r.next = f.kkTail(k)
	return r, f.finish(&r, y, 0)
}

// match tries every pattern at token i; last is the first token that a
// pattern may take back into its span (after the previous mention). It
// returns the mention (without offsets) and its token range [a, b).
func (f *finder) match(i, last int) (m Mention, a, b int, ok bool) {
	t := f.toks[i]
	switch t.kind {
	case tNum:
		if m, b, ok := f.numeric(i); ok {
			return m, i, b, true
		}
		if m, b, ok := f.yearFirst(i); ok {
			return m, i, b, true
		}
		if r, ok := f.dayFirst(i); ok {
			return r.mention(), i, r.next, true
		} else if r.next > i {
			return Mention{}, 0, r.next, false
		}
	case tWord:
		switch t.w.cls {
		case cFrom:
			if r, ok := f.dayFirst(i + 1); ok {
				return r.mention(), i, r.next, true
			} else if r.next > i {
				return Mention{}, 0, r.next, false
			}
			if m, b, ok := f.yearRange(i+1, true); ok {
				return m, i, b, true
			}
		case cMonth:
			if r, ok := f.monthFirst(i); ok {
				return r.mention(), i, r.next, true
			}
			if m, b, ok := f.monthYear(i); ok {
				return m, i, b, true
			}
		case cIn, cPart:
			if m, b, ok := f.inYear(i); ok {
				return m, i + 1, b, true
			}
			if t.w.cls == cPart && f.latin(i) && f.isDash(i+1) && f.adjacent(i+1) && f.adjacent(i+2) {
				// "mid-2026": extend adds the part.
				if y, b, ok := f.yearNum(i + 2); ok {
					return Mention{From: Date{Year: y}}, i + 2, b, true
				}
			}
		case cOf:
			// "the end of 2025": extend adds the part; "the first quarter
			// of 2027", "the second half of 2027": the year.
			if f.isWord(i-1, cPartNoun) || f.isWord(i-1, cPeriodNoun) {
				if m, b, ok := f.inYear(i); ok {
					return m, i + 1, b, true
				}
			}
		case cThisYear, cNext, cThisYearKK:
			if m, b, ok := f.relYear(i); ok {
				return m, i, b, true
			}
		case cRel:
			return f.relative(i, last)
		case cEve:
			return f.eve(i, last)
		case cWeekday:
			if m, a, b, ok := f.weekdayDate(i, last); ok {
				return m, a, b, true
			}
			return f.weekday(i, last)
		}
	}
	return Mention{}, 0, 0, false
}

// mention turns a day-month result into a Mention.
func (r dmResult) mention() Mention {
	return Mention{From: r.from, To: r.to, YearInferred: r.inferred}
}

// numeric reads "25.09.2025", "25.09.25", "25/09/2025" and ISO
// "2025-09-25".
func (f *finder) numeric(i int) (Mention, int, bool) {
	a, s1, b, s2, c := f.tokAt(i), f.tokAt(i+1), f.tokAt(i+2), f.tokAt(i+3), f.tokAt(i+4)
	if s1.kind != tPunct || s2.kind != tPunct || s1.r != s2.r || b.kind != tNum || c.kind != tNum ||
		!f.adjacent(i+1) || !f.adjacent(i+2) || !f.adjacent(i+3) || !f.adjacent(i+4) {
		return Mention{}, 0, false
	}
	// Not part of a longer dotted or dashed run ("1.2.3.4", "8-800-555-35-35").
	if f.adjacent(i) && f.tokAt(i-1).kind != tWord && f.tokAt(i-2).kind == tNum && f.adjacent(i-1) {
		return Mention{}, 0, false
	}
	if f.adjacent(i) && (f.tokAt(i-1).kind == tWord || f.tokAt(i-1).kind == tNum) {
		return Mention{}, 0, false
	}
	if n := f.tokAt(i + 5); n.kind == tPunct && (n.r == s1.r || n.r == ':' && s1.r != '-') && f.adjacent(i+5) && f.tokAt(i+6).kind == tNum && f.adjacent(i+6) {
		return Mention{}, 0, false
	}
	if n := f.tokAt(i + 5); (n.kind == tNum || n.kind == tWord) && f.adjacent(i+5) {
		return Mention{}, 0, false
	}
	var d Date
	switch {
	case s1.r == '-' && a.nd == 4 && b.nd <= 2 && c.nd <= 2:
		d = Date{a.n, b.n, c.n}
	case (s1.r == '.' || s1.r == '/') && a.nd <= 2 && b.nd <= 2 && (c.nd == 4 || c.nd == 2):
		y := c.n
		if c.nd == 2 {
			y += 2000
			if y > MaxYear-50 {
				y -= 100
			}
		}
		d = Date{y, b.n, a.n}
	default:
		return Mention{}, 0, false
	}
	if d.Day == 0 || !d.Valid() {
		return Mention{}, 0, false
	}
	return Mention{From: d}, i + 5, true
}

// yearFirst reads expressions that open with a year: the Kazakh "2025
// жылы 10 қазанда", "2025 жылғы 10 қазан", "2025 жылдың қазан айында",
// "2025 жылғы желтоқсанның 2-сі", ranges of years "2024–2025 годы",
// and a year with its word: "2024 году", "2024 жылы", "2024 г.".
func (f *finder) yearFirst(i int) (Mention, int, bool) {
	if m, b, ok := f.yearRange(i, false); ok {
		return m, b, true
	}
	y, j, ok := f.yearNum(i)
	if !ok {
		return Mention{}, 0, false
	}
	k, ok := f.yearWord(j, cYearWord)
	if !ok {
		return Mention{}, 0, false
	}
	if r, ok := f.dayFirst(k); ok && !r.hasYear {
		r.from.Year = y
		r.inferred = false
		if r.to.Month != 0 {
			r.to.Year = y
			if r.from.Month > r.to.Month {
				r.to.Year = y + 1
			}
		}
		if r.from.Valid() && (r.to.IsZero() || r.to.Valid()) {
			return r.mention(), r.next, true
		}
	}
	if r, ok := f.monthFirst(k); ok && !r.hasYear {
		r.from.Year = y
		r.inferred = false
		if r.to.Month != 0 {
			r.to.Year = y
		}
		if r.from.Valid() && (r.to.IsZero() || r.to.Valid()) {
			return r.mention(), r.next, true
		}
	}
	if m, _, k2, ok := f.month(k); ok && !f.toks[k].w.en {
		if f.isWord(k2, cAy) {
			k2++
		}
		return Mention{From: Date{y, m, 0}}, f.kkTail(k2), true
	}
	return Mention{From: Date{Year: y}}, k, true
}

// yearRange reads "2024–2025 годы", "2021-2025 жылдары", "с 2020 по 2024
// год", "from 2020 to 2024". A year word is required unless loose (after
// "from"/"between").
func (f *finder) yearRange(i int, loose bool) (Mention, int, bool) {
	y1, j, ok := f.yearNum(i)
	if !ok {
		return Mention{}, 0, false
	}
	hasWord := false
	if k, ok := f.yearWord(j, cYearWord); ok {
		j, hasWord = k, true
	}
	if !f.rangeSep(j) {
		return Mention{}, 0, false
	}
	y2, k, ok := f.yearNum(j + 1)
	if !ok || y2 <= y1 {
		return Mention{}, 0, false
	}
	if k2, ok := f.yearWord(k, cYearWord); ok {
		k, hasWord = k2, true
	} else if k2, ok := f.yearWord(k, cYearsWord); ok {
		k, hasWord = k2, true
	}
	if !hasWord && !(loose && f.latin(i-1)) {
		return Mention{}, 0, false
	}
	return Mention{From: Date{Year: y1}, To: Date{Year: y2}}, k, true
}

// latin reports whether token i is a word in Latin script.
func (f *finder) latin(i int) bool {
	t := f.tokAt(i)
	return t.kind == tWord && f.text[t.s] < utf8.RuneSelf
}

// monthYear reads "сентябре 2025 года", "March 2024", a range of months
// "сентябре–октябре 2025 года", and a month alone where the context says
// it is one: "в сентябре", "in March", "қазан айында".
func (f *finder) monthYear(i int) (Mention, int, bool) {
	m, _, j, ok := f.month(i)
	if !ok {
		return Mention{}, 0, false
	}
	m2 := 0
	if f.isDash(j) {
		if mm, _, j2, ok := f.month(j + 1); ok && mm > m && f.toks[j+1].w.en == f.toks[i].w.en {
			m2, j = mm, j2
		}
	}
	span := func(y int, inferred bool, k int) (Mention, int, bool) {
		ms := Mention{From: Date{y, m, 0}, YearInferred: inferred}
		if m2 != 0 {
			ms.To = Date{y, m2, 0}
		}
		return ms, k, true
	}
	if y, k, _, ok := f.year(j); ok && f.tokAt(j).kind != tPunct {
		if f.isWord(k, cAy) {
			k++
		}
		return span(y, false, k)
	}
	ay := f.isWord(j, cAy)
	prep := (f.isWord(i-1, cIn) || f.isWord(i-1, cPart)) && (!f.toks[i].w.en || f.latin(i-1))
	if !prep && f.toks[i].w.en {
		// "the end of October", "mid-October".
		prep = f.isWord(i-1, cOf) && f.isWord(i-2, cPartNoun) ||
			f.isDash(i-1) && f.adjacent(i) && f.adjacent(i-1) && f.isWord(i-2, cPart) && f.latin(i-2)
	}
	if !prep && f.toks[i].w.gen && f.isWord(j, cPartKK) {
		prep = true // "қазанның басында"
	}
	if !prep && !f.toks[i].w.en && !f.toks[i].up && kkLocative(f.text[f.toks[i].s:f.toks[i].e]) {
		prep = true // "маусымда", "қыркүйекте": the locative is the "in"
	}
	if !ay && !prep {
		return Mention{}, 0, false
	}
	if ay {
		j++
	}
	y, ok := f.inferYear(m)
	return span(y, ok, f.kkTail(j))
}

// relYear reads a year named from the published one: "в этом году", "в
// прошлом году", "next year", "өткен жылы", "келесі жылы", "биыл".
func (f *finder) relYear(i int) (Mention, int, bool) {
	t := f.toks[i]
	off := int(t.w.val)
	k := i + 1
	switch t.w.cls {
	case cThisYear, cNext:
		// "в следующем месяце", "next month", "келесі айда", "өткен айда":
		// a month from the published one.
		if f.isWord(i+1, cMonthWord) || f.isWord(i+1, cAy) {
			m := Mention{Relative: true}
			if f.pub.Year != 0 && f.pub.Month != 0 {
				mo := f.pub.Month + off
				y := f.pub.Year
				for mo > 12 {
					mo -= 12
					y++
				}
				for mo < 1 {
					mo += 12
					y--
				}
				m.From = Date{Year: y, Month: mo}
			}
			return m, i + 2, true
		}
		var ok bool
		if k, ok = f.yearWord(i+1, cYearWord); !ok {
			return Mention{}, 0, false
		}
		// "өткен жылдың қыркүйегінде", "былтырғы": a month of that year.
		if mt := f.tokAt(k); mt.kind == tWord && mt.w.cls == cMonth && !mt.w.en && t.w.cls == cThisYear && f.pub.Year != 0 {
			return Mention{From: Date{Year: f.pub.Year + off, Month: int(mt.w.val)}, Relative: true}, k + 1, true
		}
	case cThisYearKK:
		// "биылғы сәуірде", "биылғы жылдың қыркүйегінде": a month of this
		// year.
		j := i + 1
		if f.isWord(j, cYearWord) {
			j++
		}
		if mt := f.tokAt(j); mt.kind == tWord && mt.w.cls == cMonth && !mt.w.en && f.pub.Year != 0 && f.tokAt(j+1).kind != tNum {
			return Mention{From: Date{Year: f.pub.Year, Month: int(mt.w.val)}, Relative: true}, j + 1, true
		}
		// "биылғы 10 қазанда": a day and month of this year.
		if f.pub.Year != 0 {
			if r, ok := f.dayFirst(i + 1); ok && !r.hasYear {
				r.from.Year = f.pub.Year
				if !r.to.IsZero() {
					r.to.Year = f.pub.Year
				}
				if r.from.Valid() && (r.to.IsZero() || r.to.Valid() && r.from.Compare(r.to) < 0) {
					return Mention{From: r.from, To: r.to, Relative: true}, r.next, true
				}
			}
		}
	}
	m := Mention{Relative: true}
	if f.pub.Year != 0 {
		m.From = Date{Year: f.pub.Year + off}
	}
	return m, k, true
}

// inYear reads an English year after a preposition: "in 2024", "since
// 2019", "in 2024-2025".
func (f *finder) inYear(i int) (Mention, int, bool) {
	if !f.latin(i) {
		return Mention{}, 0, false
	}
	if m, b, ok := f.yearRange(i+1, true); ok {
		return m, b, true
	}
	y, j, ok := f.yearNum(i + 1)
	if !ok {
		return Mention{}, 0, false
	}
	if n := f.tokAt(j); n.kind == tWord && (n.w.cls == cMonth || n.w.cls == cYearWord) {
		return Mention{}, 0, false // handled by other patterns
	}
	return Mention{From: Date{Year: y}}, j, true
}

// relative reads "сегодня", "вчера", "завтра", "бүгін", "кеше",
// "ертең", "today", "yesterday", "tomorrow".
func (f *finder) relative(i, _ int) (Mention, int, int, bool) {
	t := f.toks[i]
	if f.latin(i) && t.up && !f.sentenceStart(i) {
		return Mention{}, 0, 0, false // "Kazakhstan Today", a name
	}
	m := Mention{Relative: true}
	if f.pub.Complete() {
		m.From = f.pub.AddDays(int(t.w.val))
	}
	return m, i, i + 1, true
}

// sentenceStart reports whether token i opens a sentence or a line.
func (f *finder) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := f.toks[i-1]
	if p.kind == tPunct && (p.r == '.' || p.r == '!' || p.r == '?' || p.r == '«' || p.r == '"' || p.r == '“' || p.r == '—' || p.r == '–') {
		return true
	}
	for _, c := range f.text[p.e:f.toks[i].s] {
		if c == '\n' {
			return true
		}
	}
	return false
}

// eve reads "накануне" (with or without the event it precedes),
// "қарсаңында" and "on the eve of".
func (f *finder) eve(i, last int) (Mention, int, int, bool) {
	m := Mention{Relative: true}
	if f.pub.Complete() {
		m.From = f.pub.AddDays(-1)
	}
	word := f.text[f.toks[i].s:f.toks[i].e]
	switch {
	case f.latin(i):
		// "on the eve of": "eve" alone is a name or a holiday's eve.
		if !f.isWord(i+1, cOf) || i-1 < last || !equalFoldASCII(f.text[f.tokAt(i-1).s:f.tokAt(i-1).e], "the") {
			return Mention{}, 0, 0, false
		}
		a := i - 1
		if a-1 >= last && f.isWord(a-1, cIn) {
			a--
		}
		m.Eve = true
		return m, a, i + 2, true
	case word == "қарсаңында" || word == "Қарсаңында":
		m.Eve = true
		return m, i, i + 1, true
	}
	m.Eve = f.eveObject(i + 1)
	return m, i, i + 1, true
}

// eveObject reports whether token i, right after "накануне", names the
// event it precedes (a noun in the genitive: "встречи", "визита", "Дня
// независимости") rather than starting the rest of the sentence.
func (f *finder) eveObject(i int) bool {
	t := f.tokAt(i)
	if t.kind != tWord {
		return false
	}
	if t.w.cls != cNone && t.w.cls != cMonth {
		return false // "накануне в Париже", "накануне, 24 сентября"
	}
	orig := f.text[t.s:t.e]
	lower := []rune(strings.ToLower(orig))
	if len(lower) < 3 {
		return false // prepositions, conjunctions, particles
	}
	if strings.ToUpper(orig) == orig {
		return false // an acronym as subject: "накануне МИД сообщил"
	}
	switch string(lower[len(lower)-2:]) {
	case "ла", "ло", "ли", "ся", "сь", "но":
		return false // a verb: "накануне прошла встреча", "подписано"
	}
	if lower[len(lower)-1] == 'л' {
		return false
	}
	switch string(lower) {
	case "министр", "министры", "президент", "глава", "стороны", "делегация", "также", "здесь", "там",
		"был", "была", "было", "были", "этого", "того", "этой", "они", "она", "оно", "это", "эти", "пресс",
		"посол", "премьер", "руководитель", "представители", "участники", "его", "её", "их", "нас", "вас":
		return false
	}
	return true
}

// weekday reads "в понедельник", "во вторник", "on Monday",
// "дүйсенбі күні", "сейсенбіде", "в следующий вторник".
func (f *finder) weekday(i, last int) (Mention, int, int, bool) {
	t := f.toks[i]
	a, b := i, i+1
	next, prev := false, false
	switch {
	case f.latin(i):
		prev = f.pastWord(i-1) && i-1 >= last // "last Tuesday"
		if !t.up || !(f.isWord(i-1, cIn) || f.isWord(i-1, cPart) && f.latin(i-1) || prev) || i-1 < last {
			return Mention{}, 0, 0, false
		}
		a = i - 1
	case f.pastWord(i-1) && f.isWord(i-2, cIn) && i-2 >= last:
		a, prev = i-2, true // "в прошлый вторник"
	case f.isWord(i-1, cIn) && i-1 >= last:
		a = i - 1
	case f.isWord(i-1, cNext) && f.isWord(i-2, cIn) && i-2 >= last:
		a, next = i-2, true
	case f.isWord(i+1, cKuni):
		b = i + 2
		if f.isWord(i-1, cNext) && i-1 >= last {
			a, next = i-1, true
		}
	default:
		word := []rune(f.text[t.s:t.e])
		if n := len(word); n > 2 && (string(word[n-2:]) == "де" || string(word[n-2:]) == "да") {
			break
		}
		return Mention{}, 0, 0, false
	}
	if f.isWord(a-1, cThisYear) && f.latin(a-1) && f.tokAt(a-1).w.val == 1 {
		next = true // "next Monday"
	}
	tm, ok := f.pub.Time()
	if !ok {
		return Mention{Relative: true}, a, b, true
	}
	pw := int(tm.Weekday())
	if pw == 0 {
		pw = 7
	}
	want := int(t.w.val)
	var delta int
	if next {
		delta = (want - pw + 7) % 7
		if delta == 0 {
			delta = 7
		}
	} else {
		delta = -((pw - want + 7) % 7)
		if delta == 0 && prev {
			delta = -7
		}
	}
	return Mention{From: FromTime(tm.AddDate(0, 0, delta)), Relative: true}, a, b, true
}

// pastWord reports "last", "past", "прошлый", "прошедшую" before a
// weekday.
func (f *finder) pastWord(i int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := f.toks[i]
	w := strings.ToLower(f.text[t.s:t.e])
	return w == "last" || w == "past" || strings.HasPrefix(w, "прошл") || strings.HasPrefix(w, "прошедш")
}

// equalFoldASCII compares ASCII words without regard to case.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i]|0x20 {
			return false
		}
	}
	return true
}

// extend widens a mention [a, b) over the words around it that qualify
// it, a part of a month or year before it ("в начале", "early", "at the
// end of", "mid-") or after it (Kazakh "басында", "соңында"), and sets
// Until for "до"/"until"/"till"/"through" before it or Kazakh "дейін"
// after it, and Dateline for the date after the capitalised city of a
// dateline (neither word joins the span). It returns the new token range.
func (f *finder) extend(m *Mention, a, b, last int) (int, int) {
	if m.From.Day == 0 && m.To.IsZero() && !m.Eve {
		switch {
		case f.isWord(a-1, cPart) && a-1 >= last:
			// "в начале октября", "в конце 2025 года", "early 2026".
			m.Part = Part(f.toks[a-1].w.val)
			a--
			if f.isWord(a-1, cIn) && a-1 >= last {
				a--
			}
		case f.isDash(a-1) && f.adjacent(a) && f.adjacent(a-1) && f.isWord(a-2, cPart) && a-2 >= last:
			// "mid-October".
			m.Part = Part(f.toks[a-2].w.val)
			a -= 2
			if f.isWord(a-1, cIn) && a-1 >= last {
				a--
			}
		case f.isWord(a-1, cOf) && f.isWord(a-2, cPartNoun) && a-2 >= last:
			// "at the end of 2025", "by the beginning of March".
			m.Part = Part(f.toks[a-2].w.val)
			a -= 2
			if p := f.tokAt(a - 1); a-1 >= last && p.kind == tWord && equalFoldASCII(f.text[p.s:p.e], "the") {
				a--
				if (f.isWord(a-1, cIn) || f.isWord(a-1, cTo)) && a-1 >= last {
					a--
				}
			}
		case f.isWord(b, cPartKK):
			// "қазанның басында", "2025 жылдың соңында".
			m.Part = Part(f.toks[b].w.val)
			b++
		}
	}
	if !m.Relative && !m.Eve && m.To.IsZero() && !m.From.IsZero() {
		until := false
		if p := f.tokAt(a - 1); a-1 >= last && p.kind == tWord && p.w.cls == cTo {
			switch strings.ToLower(f.text[p.s:p.e]) {
			case "до", "until", "till", "through":
				until = f.tokAt(a).w.cls != cIn // "до в конце" is no phrase
			}
		}
		if f.isWord(b, cUntilKK) {
			until = true
		}
		m.Until = until
	}
	if !m.Until && f.dateline(a, b) {
		m.Dateline = true
	}
	return a, b
}

// dateline reports whether the mention at tokens [a, b) is the date of an
// agency dateline: at the start of a line, after a city in capitals and a
// comma or period ("ASTANA, March 4 (Xinhua) --", "НУР-СУЛТАН. 4 марта.
// /Казинформ/"), and followed by punctuation or the end of the text.
func (f *finder) dateline(a, b int) bool {
	sep := f.tokAt(a - 1)
	if a < 2 || sep.kind != tPunct || (sep.r != ',' && sep.r != '.') {
		return false
	}
	i := a - 2
	letters := 0
	for ; i >= 0; i-- {
		t := f.toks[i]
		if t.kind == tWord {
			w := f.text[t.s:t.e]
			if strings.ToUpper(w) != w || strings.ToLower(w) == w {
				return false
			}
			letters += len(w)
		} else if !(t.kind == tPunct && (t.r == '-' || t.r == '\'')) {
			return false
		}
		if i == 0 || f.lineStart(i) {
			break
		}
		if a-2-i > 6 {
			return false
		}
	}
	if i < 0 || letters < 3 {
		return false
	}
	if b >= len(f.toks) {
		return true
	}
	n := f.toks[b]
	return n.kind == tPunct && strings.ContainsRune("(/-–—.:,", n.r)
}

// lineStart reports whether token i is the first of a line.
func (f *finder) lineStart(i int) bool {
	if i == 0 {
		return true
	}
	return strings.ContainsRune(f.text[f.toks[i-1].e:f.toks[i].s], '\n')
}

// weekdayDate reads a weekday followed by the date it names: "on Monday,
// January 19, 2026", "Monday, 19 January 2026", "в понедельник, 19
// января". The date decides; the mention is not Relative.
func (f *finder) weekdayDate(i, last int) (Mention, int, int, bool) {
	a, j := i, i+1
	if f.isWord(i-1, cIn) && i-1 >= last {
		a = i - 1
	}
	if f.isPunct(j, ',') {
		j++
	}
	if f.tokAt(j).kind == tNum {
		if r, ok := f.dayFirst(j); ok && r.to.IsZero() && r.from.Day != 0 {
			return r.mention(), a, r.next, true
		}
	}
	if f.isWord(j, cMonth) {
		if r, ok := f.monthFirst(j); ok && r.to.IsZero() && r.from.Day != 0 {
			return r.mention(), a, r.next, true
		}
	}
	return Mention{}, 0, 0, false
}

// kkLocative reports a Kazakh word in the locative case: "маусымда",
// "қыркүйекте", "наурызда".
func kkLocative(w string) bool {
	for _, sfx := range []string{"да", "де", "та", "те"} {
		if strings.HasSuffix(w, sfx) {
			return true
		}
	}
	return false
}
