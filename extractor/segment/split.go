package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// brokenSpeechRe finds an attribution inside a quotation: "first part,
// – сказал министр. – second part".
var brokenSpeechRe = regexp.MustCompile(`(?s)^(.+?[,!?…])\s*[-–—]\s+(\p{Ll}[^«»"“”\n]{2,150}?[.,:])\s*[-–—]\s+(\S.*)$`)

// abbrevs are words (lower case, without the final period) after which a
// period does not end a sentence.
var abbrevs = map[string]bool{
	// Russian
	"г": true, "гг": true, "т.е": true, "т.д": true, "т.п": true, "т.к": true, "т.н": true, "им": true,
	"ул": true, "см": true, "др": true, "проф": true, "акад": true, "млн": true, "млрд": true, "тыс": true,
	"трлн": true, "руб": true, "н.э": true, "до н.э": true, "пр": true, "просп": true, "пл": true, "обл": true,
	"р-н": true, "ст": true, "стр": true, "д": true, "кв": true, "корп": true, "каб": true, "тел": true,
	"доц": true, "чл.-корр": true, "зам": true, "нач": true, "ген": true, "ред": true, "изд": true,
	"напр": true, "в т.ч": true, "т.ч": true, "т": true, "с": true, "им.": true, "пос": true, "мкр": true,
	"вв": true, "в": true, "н": true, "долл": true, "ок": true, "прим": true, "рис": true,
	"табл": true, "гл": true, "п": true, "пп": true, "ч": true, "мин": true, "сек": true,
	// Kazakh
	"ж": true, "жж": true, "т.б": true, "т.с.с": true, "б.з.б": true, "б.з": true, "көш": true,
	"құр": true, "ш": true,
	// English
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "u.s": true, "u.k": true, "e.g": true,
	"i.e": true, "no": true, "nos": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"gen": true, "col": true, "lt": true, "sen": true, "rep": true, "gov": true, "prof": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "vs": true, "jr": true, "sr": true, "mt": true,
	"ft": true, "approx": true, "dept": true, "est": true, "fig": true, "vol": true, "pp": true,
	"u.n": true, "e.u": true, "a.m": true, "p.m": true, "amb": true, "h.e": true,
	"eng": true, "engr": true, "hon": true,
	// Initials of two letters for one sound (Mongolian "Ts. Sukhbat").
	"ts": true, "sh": true, "kh": true, "ch": true, "zh": true,
}

// splitPara appends the sentences of the paragraph text[ps:pe] to out.
func splitPara(text string, ps, pe, para int, out []Sentence) []Sentence {
	// pending lists the quotations whose attribution is the next sentence.
	var pending []int
	// emit appends the sentence text[s:e] (trimmed) and returns its index,
	// or -1 when there is nothing to append.
	emit := func(s, e int, quote bool) int {
		s, e = trimSpan(text, s, e)
		// Drop dashes and commas left over around direct speech.
		for s < e {
			r, w := utf8.DecodeRuneInString(text[s:e])
			if !isDash(r) && r != ',' && !isSpace(r) {
				break
			}
			s += w
		}
		if !hasAlnum(text[s:e]) {
			return -1
		}
		out = append(out, Sentence{Text: text[s:e], Start: s, End: e, Para: para, Quote: quote})
		idx := len(out) - 1
		if !quote {
			for _, q := range pending {
				out[q].attr = idx + 1
			}
			pending = pending[:0]
		}
		return idx
	}
	qm := quoteMatcher{text: text, ps: ps, pe: pe}
	seg := ps
	for i := ps; i < pe; {
		r, w := utf8.DecodeRuneInString(text[i:pe])
		if isOpenQuote(text, ps, i, r) {
			qs, qe, ok := qm.match(i, r)
			atStart := speechPosition(text[seg:i])
			if ok && atStart && isSpeech(text, i+w, qs, qe, pe) {
				pending = pending[:0]
				before := emit(seg, i, false)
				if before >= 0 && !strings.HasSuffix(out[before].Text, ":") {
					before = -1
				}
				var quotes []int
				if m := brokenSpeechRe.FindStringSubmatchIndex(text[i+w : qs]); m != nil {
					// «Мы готовы, – сказал министр. – Это наш выбор».
					c := i + w
					if q1 := emit(c+m[2], c+m[3], true); q1 >= 0 {
						pending = append(pending, q1)
					}
					mid := emit(c+m[4], c+m[5], false)
					if q2 := emit(c+m[6], c+m[7], true); q2 >= 0 && mid >= 0 {
						out[q2].attr = mid + 1
					} else {
						quotes = append(quotes, q2)
					}
				} else {
					quotes = append(quotes, emit(i+w, qs, true))
				}
				// The attribution after the quotation starts after a
				// comma, dash or period; after a period alone there is
				// none.
				j := qe
				attributed := false
				for j < pe {
					c, cw := utf8.DecodeRuneInString(text[j:pe])
					if !isSpace(c) && c != ',' && c != '.' && !isDash(c) {
						break
					}
					if c == ',' || isDash(c) {
						attributed = true
					}
					if c == '.' {
						attributed = false
					}
					j += cw
				}
				if j < pe {
					c, _ := utf8.DecodeRuneInString(text[j:pe])
					last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text[i+w:qs], isSpace))
					if unicode.IsLower(c) || last == ',' {
						attributed = true // English: "...," said the minister.
					}
				} else {
					attributed = false
				}
				for _, q := range quotes {
					switch {
					case q < 0:
					case attributed:
						pending = append(pending, q)
					case before >= 0:
						out[q].attr = before + 1
					}
				}
				seg, i = j, j
				continue
			}
			if ok {
				i = qe // an inline quotation: never split inside it
				continue
			}
			if atStart && len(strings.Fields(text[i:pe])) >= 4 {
				// A quotation that runs on into the next paragraph.
				before := emit(seg, i, false)
				q := emit(i+w, pe, true)
				if q >= 0 && before >= 0 && strings.HasSuffix(out[before].Text, ":") {
					out[q].attr = before + 1
				}
				return out
			}
		}
		if isTerminal(r) {
			k, ok := boundary(text, ps, pe, i)
			if ok && !listNumber(text[seg:i]) {
				emit(seg, k, false)
				seg = k
			}
			// Skip the whole run of punctuation, so that a long run
			// ("......") is scanned once.
			i = k
			continue
		}
		i += w
	}
	emit(seg, pe, false)
	return out
}

// listNumber reports whether prefix, the text of a sentence before a
// period, is only a number: the "1." of a numbered list item.
func listNumber(prefix string) bool {
	p := strings.TrimSpace(prefix)
	if p == "" || len(p) > 3 {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
	}
	return true
}

// speechPosition reports whether a quotation preceded by prefix (the text
// since the last sentence boundary) opens direct speech: nothing but white
// space and dashes before it, or a colon.
func speechPosition(prefix string) bool {
	p := strings.TrimRightFunc(prefix, isSpace)
	if strings.HasSuffix(p, ":") {
		return true
	}
	for _, r := range p {
		if !isSpace(r) && !isDash(r) {
			return false
		}
	}
	return true
}

// isSpeech decides whether the quotation whose content is text[cs:qs] and
// which closes at qe is a statement rather than a quoted name: its content
// ends with punctuation, or it has at least two words and is followed by
// a comma and dash, a dash, a period or the end of the paragraph.
func isSpeech(text string, cs, qs, qe, pe int) bool {
	content := strings.TrimRightFunc(text[cs:qs], isSpace)
	last, _ := utf8.DecodeLastRuneInString(content)
	if strings.ContainsRune(".,!?…", last) && hasAlnum(content) {
		return true
	}
	if !strings.ContainsFunc(content, isSpace) {
		return false
	}
	j := skipSpace(text[:pe], qe, true)
	if j >= pe {
		return true
	}
	c, cw := utf8.DecodeRuneInString(text[j:pe])
	switch {
	case isDash(c):
		return true
	case c == '.':
		return true
	case c == ',':
		k := skipSpace(text[:pe], j+cw, true)
		if k < pe {
			d, _ := utf8.DecodeRuneInString(text[k:pe])
			return isDash(d)
		}
		return true
	}
	return false
}

// isOpenQuote reports whether r at offset i opens a quotation.
func isOpenQuote(text string, ps, i int, r rune) bool {
	switch r {
	case '«', '„', '“':
		return true
	case '"':
		if i == ps {
			return true
		}
		p, _ := utf8.DecodeLastRuneInString(text[ps:i])
		return isSpace(p) || isDash(p) || p == '(' || p == ':' || p == '«'
	}
	return false
}

// quoteMatcher finds closing quotation marks in one paragraph in linear
// time overall: guillemets are paired once with a stack, and for the other
// marks a search that found no closing mark is not repeated.
type quoteMatcher struct {
	text     string
	ps, pe   int
	pairs    map[int][2]int // offset of « -> offsets of its » and after it
	paired   bool
	noClose  [3]bool // no closing mark after the last failed search for " “ „
	failedAt [3]int
}

// match returns the closing mark of the quotation opened by open at i.
func (q *quoteMatcher) match(i int, open rune) (qs, qe int, ok bool) {
	if open == '«' {
		if !q.paired {
			q.pairGuillemets()
		}
		p, ok := q.pairs[i]
		return p[0], p[1], ok
	}
	k := 0
	switch open {
	case '“':
		k = 1
	case '„':
		k = 2
	}
	if q.noClose[k] && i >= q.failedAt[k] {
		return 0, 0, false
	}
	qs, qe, ok = matchQuote(q.text, i, q.pe, open)
	if !ok {
		q.noClose[k], q.failedAt[k] = true, i
	}
	return qs, qe, ok
}

// pairGuillemets pairs every « of the paragraph with its », nesting
// allowed.
func (q *quoteMatcher) pairGuillemets() {
	q.paired = true
	q.pairs = map[int][2]int{}
	var stack []int
	for j := q.ps; j < q.pe; {
		r, w := utf8.DecodeRuneInString(q.text[j:q.pe])
		switch r {
		case '«':
			stack = append(stack, j)
		case '»':
			if n := len(stack); n > 0 {
				q.pairs[stack[n-1]] = [2]int{j, j + w}
				stack = stack[:n-1]
			}
		}
		j += w
	}
}

// matchQuote finds the quotation closing the one opened by open at i:
// it returns the offset of the closing mark and the offset after it.
func matchQuote(text string, i, pe int, open rune) (qs, qe int, ok bool) {
	w := utf8.RuneLen(open)
	depth := 1
	for j := i + w; j < pe; {
		r, rw := utf8.DecodeRuneInString(text[j:pe])
		switch open {
		case '«':
			if r == '«' {
				depth++
			} else if r == '»' {
				depth--
				if depth == 0 {
					return j, j + rw, true
				}
			}
		case '„':
			if r == '“' || r == '”' {
				return j, j + rw, true
			}
		case '“':
			if r == '”' {
				return j, j + rw, true
			}
		case '"':
			if r == '"' {
				n, _ := utf8.DecodeRuneInString(text[j+rw : pe])
				if j+rw >= pe || !unicode.IsLetter(n) && !unicode.IsDigit(n) {
					return j, j + rw, true
				}
			}
		}
		j += rw
	}
	return 0, 0, false
}

// boundary decides whether the terminal punctuation at i ends a sentence;
// it returns the offset after the punctuation (and any closing quotes or
// brackets that follow it).
func boundary(text string, ps, pe, i int) (int, bool) {
	k := i
	single := true
	n := 0
	for k < pe {
		r, w := utf8.DecodeRuneInString(text[k:pe])
		if !isTerminal(r) {
			break
		}
		if r != '.' {
			single = false
		}
		n++
		k += w
	}
	if n > 1 {
		single = false
	}
	for k < pe {
		r, w := utf8.DecodeRuneInString(text[k:pe])
		if r != '»' && r != '"' && r != '”' && r != ')' && r != '’' && r != '“' {
			break
		}
		k += w
	}
	j := k
	for j < pe {
		r, w := utf8.DecodeRuneInString(text[j:pe])
		if !isSpace(r) {
			break
		}
		j += w
	}
	if j == k || j >= pe {
		return k, j >= pe && j > k
	}
	next, _ := utf8.DecodeRuneInString(text[j:pe])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '«' && next != '"' && next != '“' && next != '„' && !isDash(next) {
		return k, false
	}
	if single && isAbbrev(text[ps:i]) {
		return k, false
	}
	return k, true
}

// isAbbrev reports whether the word that ends before (a period at the end
// of) before is an abbreviation or an initial.
func isAbbrev(before string) bool {
	ws := strings.LastIndexFunc(before, func(r rune) bool { return isSpace(r) || r == '(' || r == '«' || r == '"' })
	word := before
	if ws >= 0 {
		_, w := utf8.DecodeRuneInString(before[ws:])
		word = before[ws+w:]
	}
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLetter(r) // an initial or a one-letter abbreviation
	}
	lw := strings.ToLower(word)
	if abbrevs[lw] {
		return true
	}
	// Initials or dotted abbreviations written together: "А.Б", "U.S", "т.е".
	parts := strings.Split(word, ".")
	if len(parts) > 1 {
		short := true
		for _, p := range parts {
			if utf8.RuneCountInString(p) > 2 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '―' || r == '−' }

func hasAlnum(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}
