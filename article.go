package diplograph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
)

// Languages the extractor reads.
const (
	LangRussian = "ru"
	LangKazakh  = "kk"
	LangEnglish = "en"
)

// MaxArticleBytes is the default limit on the size of one article's text.
const MaxArticleBytes = 1 << 20

// Article is one news article or press release, with the metadata its
// source gives. Text is the whole body as read (UTF-8); the extractor
// drops navigation and other boilerplate itself.
type Article struct {
	// ID is stable: see ArticleID.
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title,omitempty"`
	Language  string `json:"language,omitempty"`  // ru, kk, en; detected when empty
	Published string `json:"published,omitempty"` // ISO date YYYY-MM-DD, when known
	Text      string `json:"text"`

	// File and Line say where the article was read from (for errors and
	// the `file` field of extracted facts); they are not stored.
	File string `json:"-"`
	Line int    `json:"-"`
}

// ArticleID returns the stable id of an article: derived from its URL when
// it has one, else from the hash of its normalised text (case folded,
// white space collapsed), so that re-ingesting the same article gives the
// same id.
func ArticleID(url, text string) string {
	if u := strings.TrimSpace(url); u != "" {
		return "url-" + shortHash(normaliseURL(u))
	}
	return "txt-" + shortHash(NormaliseText(text))
}

// ContentHash returns the hash of an article's normalised text; a changed
// hash under the same id means the article was edited.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(NormaliseText(text)))
	return hex.EncodeToString(sum[:])
}

// NormaliseText folds case and collapses runs of white space, so that
// copies of one text that differ only in layout hash alike.
func NormaliseText(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func normaliseURL(u string) string {
	u = strings.TrimSpace(u)
	for _, p := range []string{"https://", "http://"} {
		if len(u) >= len(p) && strings.EqualFold(u[:len(p)], p) {
			u = u[len(p):]
			break
		}
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	u = strings.TrimSuffix(u, "/")
	if i := strings.IndexByte(u, '/'); i >= 0 {
		return strings.ToLower(u[:i]) + u[i:]
	}
	return strings.ToLower(u)
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:10])
}

// Headline returns the headline that opens an article's text, for an
// article that came without a title (a text file, a JSON line without
// "title"): the first non-blank line after an optional `date` header,
// when it reads as a headline (four words or more, at most 300
// characters, no closing full stop, colon or comma) and more text
// follows. Otherwise it returns "".
func Headline(text string) string {
	var lines []string
	for _, l := range strings.SplitN(text, "\n", 8) {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 {
		if f := strings.Fields(lines[0]); len(f) == 2 && strings.EqualFold(strings.TrimSuffix(f[0], ":"), "date") {
			lines = lines[1:]
		}
	}
	if len(lines) < 2 {
		return ""
	}
	h := lines[0]
	if len([]rune(h)) > 300 || len(strings.Fields(h)) < 4 || strings.ContainsAny(h[len(h)-1:], ".:;,") {
		return ""
	}
	return h
}

// URLDate returns the publication date a news site writes into an
// article's address ("/2025/08/27/", "/20250827/", "-2025-08-27"), as
// YYYY-MM-DD, or "" when the path holds no such date. Only the path is
// read (never the host or the query), the year must be 2000-2099, and the
// date must exist; a run of digits longer than a date (an article number)
// is not one.
func URLDate(url string) string {
	u := normaliseURL(url)
	i := strings.IndexByte(u, '/')
	if i < 0 {
		return ""
	}
	path := u[i:]
	if j := strings.IndexAny(path, "?"); j >= 0 {
		path = path[:j]
	}
	for k := 0; k+8 <= len(path); k++ {
		if path[k] != '2' || path[k+1] != '0' || k > 0 && isDigit(path[k-1]) {
			continue
		}
		for _, sep := range []string{"/", "-", ""} {
			n := 4 + len(sep) + 2 + len(sep) + 2
			if k+n > len(path) {
				continue
			}
			s := path[k : k+n]
			if !allDigitsBut(s, sep) || sep != "" && (s[4:4+len(sep)] != sep || s[6+len(sep):7+len(sep)] != sep) {
				continue
			}
			if k+n < len(path) && isDigit(path[k+n]) {
				continue
			}
			d := s[:4] + "-" + s[4+len(sep):6+len(sep)] + "-" + s[n-2:]
			if _, err := time.Parse("2006-01-02", d); err == nil {
				return d
			}
		}
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// allDigitsBut says whether s is digits apart from the separator sep at
// its two places.
func allDigitsBut(s, sep string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			digits++
		}
	}
	return digits == 8 && len(s) == 8+2*len(sep)
}
