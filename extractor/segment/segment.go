package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Header is what the optional `date YYYY-MM-DD` header at the start of a
// text says.
type Header struct {
	// Published is the ISO date of the header, or "" when there is none.
	Published string
	// BodyStart is the byte offset where the article text starts after the
	// header (0 when there is no header).
	BodyStart int
}

// Span is a range of byte offsets [Start, End) into the original text.
type Span struct {
	Start, End int
}

// Sentence is one sentence of the article body.
type Sentence struct {
	// Text is the original text between Start and End.
	Text string
	// Start and End are byte offsets into the original text.
	Start, End int
	// Para is the index in Doc.Body of the paragraph holding the sentence.
	Para int
	// Quote is true when the sentence is the content of a direct-speech
	// quotation (the quote marks themselves are outside Start..End). The
	// speaker is named in the next sentence ("– сказал X.") or, when the
	// quotation followed a colon, in the previous one ("X отметил:"): see
	// Doc.Attribution.
	Quote bool

	attr int // 1 + index in Doc.Sentences of the attribution of a quotation; 0 if none
}

// Attribution returns the sentence that says who spoke the direct-speech
// sentence d.Sentences[i] ("– сказал министр.", "деді ол.", "said the
// minister.", or "Министр отметил:" before the quotation); ok is false when
// sentence i is not a quotation or its speaker is not named next to it.
func (d Doc) Attribution(i int) (s Sentence, ok bool) {
	if i < 0 || i >= len(d.Sentences) {
		return Sentence{}, false
	}
	a := d.Sentences[i].attr - 1
	if a < 0 || a >= len(d.Sentences) {
		return Sentence{}, false
	}
	return d.Sentences[a], true
}

// Doc is an article cut into its kept body and sentences.
type Doc struct {
	// Body lists the kept paragraphs in text order. A paragraph is one
	// line, or several lines when a line was hard-wrapped in the middle of
	// a sentence.
	Body []Span
	// Sentences lists the sentences of the body in text order.
	Sentences []Sentence
	// Language is "ru", "kk" or "en".
	Language string
	// Header is the parsed `date` header.
	Header Header
	// Title is the headline: the first body line that looks like one
	// (short, no final period), after at most two lines of page furniture
	// (a section label such as "Новости" or "Politics", a time stamp such
	// as "19 января 2023, 15:33"). It may be empty.
	Title string
	// TitleSpan is the paragraph of Body that Title is, or the zero Span.
	TitleSpan Span
}

// BodyText returns the kept paragraphs of text joined by blank lines; text
// must be the text d was made from.
func (d Doc) BodyText(text string) string {
	var b strings.Builder
	for i, s := range d.Body {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text[s.Start:s.End])
	}
	return b.String()
}

// InBody reports whether the byte offset off lies inside a kept paragraph.
func (d Doc) InBody(off int) bool {
	for _, s := range d.Body {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// ParseHeader reads the optional header `date YYYY-MM-DD` that may open a
// text, after optional white space ("date:" and any letter case are
// accepted). The rest of the header's line, if any, is article text
// (usually the title): BodyStart points at it, or at the next line when
// the rest of the header line is empty. An invalid date is no header.
func ParseHeader(text string) Header {
	i := skipSpace(text, 0, true)
	if len(text)-i < 4 || !strings.EqualFold(text[i:i+4], "date") {
		return Header{}
	}
	i += 4
	if i < len(text) && text[i] == ':' {
		i++
	}
	j := skipSpace(text, i, false)
	if j == i || len(text)-j < 10 {
		return Header{}
	}
	iso := text[j : j+10]
	if !validISO(iso) {
		return Header{}
	}
	k := j + 10
	if k < len(text) && text[k] == 'T' {
		// A time of day: "2024-03-05T10:00:00+05:00".
		for k < len(text) && text[k] != ' ' && text[k] != '\t' && text[k] != '\n' && text[k] != '\r' {
			k++
		}
	}
	if k < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[k:]); !unicode.IsSpace(r) {
			return Header{}
		}
	}
	k = skipSpace(text, k, false)
	if k < len(text) && text[k] == '\r' {
		k++
	}
	if k < len(text) && text[k] == '\n' {
		k++
	}
	return Header{Published: iso, BodyStart: k}
}

// skipSpace returns the offset of the first rune at or after i that is not
// white space; newlines count as space only when nl is true.
func skipSpace(text string, i int, nl bool) int {
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) || (!nl && (r == '\n' || r == '\r')) {
			break
		}
		i += w
	}
	return i
}

// isSpace reports white space, including the no-break space and the
// zero-width characters that web pages leave in copied text.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u2060'
}

// validISO checks a YYYY-MM-DD date: digits, a month 1..12, a day that
// exists in that month, a year in 1900..2100.
func validISO(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	n := func(p string) int {
		v := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return -1
			}
			v = v*10 + int(p[i]-'0')
		}
		return v
	}
	y, m, d := n(s[:4]), n(s[5:7]), n(s[8:])
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := 31
	switch m {
	case 2:
		days = 28
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			days = 29
		}
	case 4, 6, 9, 11:
		days = 30
	}
	return d <= days
}

// Segment cleans text, splits its body into sentences and detects its
// language unless lang is given ("ru", "kk", "en"; "" detects).
func Segment(text, lang string) Doc {
	d := Doc{Header: ParseHeader(text)}
	d.Body = cleanBody(text, d.Header.BodyStart)
	for i, p := range d.Body {
		t := text[p.Start:p.End]
		if looksLikeTitle(t) && !strings.Contains(t, "\n") && !furniture(t) {
			d.Title, d.TitleSpan = t, p
			break
		}
		if i == 2 || !furniture(t) {
			break
		}
	}
	for i, p := range d.Body {
		d.Sentences = splitPara(text, p.Start, p.End, i, d.Sentences)
	}
	switch lang {
	case "ru", "kk", "en":
		d.Language = lang
	default:
		d.Language = detectSpans(text, d.Body)
	}
	return d
}

// furniture reports a line of the page around an article rather than of
// the article: a section label of one or two words without a sentence's
// end ("Новости", "FP Report"), or a short line mostly of digits (a date
// and time stamp).
func furniture(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	fs := strings.Fields(s)
	if last, _ := utf8.DecodeLastRuneInString(s); len(fs) <= 2 && !strings.ContainsRune(".!?", last) {
		return true
	}
	if utf8.RuneCountInString(s) > 40 {
		return false
	}
	digits, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case !unicode.IsSpace(r):
			other++
		}
	}
	return digits*3 >= digits+other
}

// looksLikeTitle reports a headline: short, several words, no final
// period, colon or comma.
func looksLikeTitle(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 10 || n > 160 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', ':', ',', ';':
		return false
	}
	return len(strings.Fields(s)) <= 20
}

// DetectLanguage returns "ru", "kk" or "en" for text.
func DetectLanguage(text string) string {
	return detectSpans(text, []Span{{0, len(text)}})
}
