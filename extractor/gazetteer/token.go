package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: a run of letters and digits, with hyphens and
// apostrophes inside it.
type token struct {
	start, end int // byte offsets in the text
	nStart     int // byte offsets of its normalised form in the normalised buffer
	nEnd       int
	joins      bool // only spaces, dots or dashes separate it from the previous token
	poss       bool // an English possessive: the normalised form drops its 's
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0x400 <= r && r <= 0x4ff:
		return r < 0x482 || r > 0x489 // all but the numeric and combining signs
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInnerRune reports whether r may join two parts of one word (Нью-Йорк,
// Кот-д’Ивуар, Xi'an).
func isInnerRune(r rune) bool {
	switch r {
	case '-', '\'', '’', '‘', 'ʼ', '‐', '‑':
		return true
	}
	return false
}

// normRune maps r to its normalised form: lower case, ё as е, apostrophes
// and hyphens unified.
func normRune(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case r < 0x80:
		return r
	case 'А' <= r && r <= 'Я':
		return r + 'а' - 'А'
	case 'а' <= r && r <= 'я':
		return r
	}
	switch r {
	case 'ё', 'Ё':
		return 'е'
	case '’', '‘', 'ʼ':
		return '\''
	case '‐', '‑':
		return '-'
	}
	return unicode.ToLower(r)
}

// tokenize splits text into tokens and writes their normalised forms,
// separated by single spaces, into buf. It returns the tokens and buf.
func tokenize(text string, toks []token, buf []byte) ([]token, []byte) {
	toks = toks[:0]
	buf = buf[:0]
	gapOK := true // the gap since the previous token holds only joiners
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			switch {
			case r == ' ' || r == '\u00a0' || r == '\t' || r == '.' || r == '-' || r == '–' || r == '—' || r == '\u202f':
			default:
				gapOK = false
			}
			i += sz
			continue
		}
		start := i
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		nStart := len(buf)
		for i < len(text) {
			r, sz = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				buf = utf8.AppendRune(buf, normRune(r))
				i += sz
				continue
			}
			if isInnerRune(r) && i+sz < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[i+sz:])
				if isWordRune(r2) {
					buf = utf8.AppendRune(buf, normRune(r))
					i += sz
					continue
				}
			}
			break
		}
		poss := false
		if n := len(buf); n-nStart > 3 && buf[n-1] == 's' && buf[n-2] == '\'' && buf[n-3] >= 'a' && buf[n-3] <= 'z' {
			// Kazakhstan's -> kazakhstan
			buf = buf[:n-2]
			poss = true
		}
		toks = append(toks, token{start: start, end: i, nStart: nStart, nEnd: len(buf), joins: gapOK && len(toks) > 0, poss: poss})
		gapOK = true
	}
	return toks, buf
}

// normalize returns the normalised key of a phrase: its tokens' normalised
// forms joined by single spaces.
func normalize(phrase string) string {
	_, buf := tokenize(phrase, nil, nil)
	return string(buf)
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceStart reports whether the word at byte offset i of text opens a
// sentence: only spaces, quotes and brackets stand between it and the start of
// the text or a sentence-ending mark.
func sentenceStart(text string, i int) bool {
	for i > 0 {
		r, sz := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case unicode.IsSpace(r) || strings.ContainsRune("\"«»“”„([", r):
			i -= sz
		case r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == '—' || r == '-':
			return true
		default:
			return false
		}
	}
	return true
}
