package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or punctuation mark of a sentence.
type tok struct {
	text       string // as written
	low        string // lower case, ё as е
	start, end int    // byte offsets in the article text
	word       bool   // letters or digits
	cap        bool   // starts with an upper-case letter
	upper      bool   // two or more letters, all upper case
}

func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r >= 0x400 && r <= 0x4FF:
		return r < 0x482 || r > 0x489 // Cyrillic letters, not its signs
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize cuts s (found at byte offset base of the article) into tokens.
// A hyphen between two word characters joins them into one token.
func tokenize(s string, base int, out []tok) []tok {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, tok{text: s[i : i+n], low: s[i : i+n], start: base + i, end: base + i + n})
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) || unicode.Is(unicode.Mn, r2) {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '\u2011' {
				if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); j+n2 < len(s) && isWordRune(r3) {
					j += n2
					continue
				}
			}
			// "O'Keefe", "D'Souza", "N'Diaye": a capital, an apostrophe
			// and a capital are one name (not a possessive "France's").
			if (r2 == '\'' || r2 == '’') && j == i+n && unicode.IsUpper(r) {
				if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); j+n2 < len(s) && unicode.IsUpper(r3) {
					j += n2
					continue
				}
			}
			break
		}
		w := s[i:j]
		t := tok{text: w, low: lower(w), start: base + i, end: base + j, word: true}
		t.cap = unicode.IsUpper(r)
		if t.cap {
			letters, up := 0, 0
			for _, c := range w {
				if unicode.IsLetter(c) {
					letters++
					if unicode.IsUpper(c) {
						up++
					}
				}
			}
			t.upper = letters >= 2 && up == letters
		}
		out = append(out, t)
		i = j
	}
	return out
}

// lower folds s to lower case and ё to е.
func lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	same := true
	for _, r := range s {
		if lowerRune(r) != r {
			same = false
			break
		}
	}
	if same {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(lowerRune(r))
	}
	return b.String()
}

// lowerRune folds one rune, with fast paths for the Latin and Cyrillic
// letters of the three languages, and ё to е.
func lowerRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 32
	case r < 0x80:
		return r
	case r >= 'А' && r <= 'Я':
		return r + 32
	case r >= 'а' && r <= 'я':
		return r
	case r == 'ё' || r == 'Ё':
		return 'е'
	case r >= 0x400 && r <= 0x40F:
		return r + 80
	case r >= 0x48A && r <= 0x4FF && r%2 == 0 && r != 0x4C0, r >= 0x460 && r <= 0x481 && r%2 == 0:
		// Cyrillic supplement pairs (Ә ә, Ғ ғ, Қ қ, Ң ң, Ө ө, Ұ ұ, Ү ү, Һ һ).
		if r >= 0x4C1 && r <= 0x4CE {
			return r
		}
		return r + 1
	case r >= 0x4C1 && r <= 0x4CE && r%2 == 1:
		return r + 1
	}
	return unicode.ToLower(r)
}

// isCyrillic reports whether s holds a Cyrillic letter.
func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}
