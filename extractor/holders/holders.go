package holders

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Offices.
const (
	HeadOfState            = "head_of_state"
	HeadOfGovernment       = "head_of_government"
	DeputyHeadOfGovernment = "deputy_head_of_government"
	Minister               = "minister"
)

// Holder is one term of one person in one office.
type Holder struct {
	Country    string
	Office     string
	Portfolio  string // ministers: "foreign affairs", "energy"
	From, To   string // ISO dates, full or partial; To is "" while in office
	EN, RU, KK string
	Aliases    []string // other Latin spellings
	Source     string
	File       string // where the row was read
	Line       int
}

// Names returns the person's names in every script: English, Russian,
// Kazakh and the aliases.
func (h *Holder) Names() []string {
	out := []string{h.EN, h.RU}
	if h.KK != "" && h.KK != h.RU {
		out = append(out, h.KK)
	}
	return append(out, h.Aliases...)
}

// Name returns the name as the news of language lang writes it.
func (h *Holder) Name(lang string) string {
	switch {
	case lang == "kk" && h.KK != "":
		return h.KK
	case lang == "ru" || lang == "kk":
		return h.RU
	}
	return h.EN
}

// ValidAt says whether the term covers the ISO date d (full or partial):
// a partial bound covers its whole month or year.
func (h *Holder) ValidAt(d string) bool {
	if d == "" {
		return true
	}
	if h.From != "" && upper(d) < h.From {
		return false
	}
	if h.To != "" && d > upper(h.To) {
		return false
	}
	return true
}

// upper returns the last day a partial date may stand for, as a string
// that compares with full dates.
func upper(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		return d + "-31"
	}
	return d
}

// Load reads holders from TSV data (the header line first). A bad row is
// an error naming file and line.
func Load(r io.Reader, file string) ([]Holder, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []Holder
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			if !strings.HasPrefix(line, "country\toffice\t") {
				return nil, fmt.Errorf("%s:1: header must start with country, office", file)
			}
			continue
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 10", file, n, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		h := Holder{Country: strings.ToUpper(f[0]), Office: f[1], Portfolio: f[2], From: f[3], To: f[4],
			EN: f[5], RU: f[6], KK: f[7], Source: f[9], File: file, Line: n}
		for _, a := range strings.Split(f[8], "|") {
			if a = strings.TrimSpace(a); a != "" {
				h.Aliases = append(h.Aliases, a)
			}
		}
		if err := h.check(); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", file, n, err)
		}
		out = append(out, h)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return out, nil
}

func (h *Holder) check() error {
	switch h.Office {
	case HeadOfState, HeadOfGovernment, DeputyHeadOfGovernment:
	case Minister:
		if h.Portfolio == "" {
			return fmt.Errorf("a minister without portfolio")
		}
	default:
		return fmt.Errorf("unknown office %q", h.Office)
	}
	if len(h.Country) != 2 {
		return fmt.Errorf("country %q is not an ISO code", h.Country)
	}
	if h.EN == "" || h.RU == "" {
		return fmt.Errorf("en and ru names are required")
	}
	for _, d := range []string{h.From, h.To} {
		if d != "" && !isoDate(d) {
			return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if h.From == "" {
		return fmt.Errorf("no start of term")
	}
	if h.To != "" && upper(h.To) < h.From {
		return fmt.Errorf("term ends (%s) before it starts (%s)", h.To, h.From)
	}
	return nil
}

func isoDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i, c := range s {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Default loads the embedded data files.
func Default() ([]Holder, error) {
	var out []Holder
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		f, err := dataFS.Open(n)
		if err != nil {
			return nil, err
		}
		hs, err := Load(f, path.Join("extractor/holders", n))
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, hs...)
	}
	return out, nil
}

// Overlaps returns a message for every pair of terms of one office (one
// country, office and portfolio) that overlap in time. Deputy heads of
// government are left out: a government has several at once.
func Overlaps(hs []Holder) []string {
	by := map[string][]*Holder{}
	for i := range hs {
		h := &hs[i]
		if h.Office == DeputyHeadOfGovernment {
			continue // a government has several at once
		}
		by[h.Country+"|"+h.Office+"|"+h.Portfolio] = append(by[h.Country+"|"+h.Office+"|"+h.Portfolio], h)
	}
	var out []string
	for k, list := range by {
		sort.Slice(list, func(i, j int) bool { return list[i].From < list[j].From })
		for i := 1; i < len(list); i++ {
			a, b := list[i-1], list[i]
			// A term ends the day (or in the month, the year) the next
			// begins; an open term overlaps everything after it.
			if a.To != "" && (b.From >= a.To || sameUnit(a.To, b.From)) {
				continue
			}
			out = append(out, fmt.Sprintf("%s:%d and %s:%d: %s: %s (%s to %s) and %s (%s to %s) overlap",
				a.File, a.Line, b.File, b.Line, k, a.EN, a.From, a.To, b.EN, b.From, b.To))
		}
	}
	sort.Strings(out)
	return out
}

// sameUnit says whether two dates fall in one unit of the coarser one's
// precision (a term ending in a month another begins in does not overlap).
func sameUnit(a, b string) bool {
	n := min(len(a), len(b))
	return a[:n] == b[:n]
}

// Index finds holders by a surname written in the text.
type Index struct {
	holders []Holder
	byKey   map[string][]int // first three letters of a surname stem
	forms   []map[string]bool
	endings map[string]bool
	stem    func(string) string
	byFirst map[string][]int // the first word of a full name, lower case
}

// familyFirst are the countries whose names put the family name first
// (Xi Jinping, Wang Yi): their short family names are too common to find
// alone, so their holders are found by full name only.
var familyFirst = map[string]bool{"CN": true, "JP": true, "KR": true, "KP": true, "VN": true, "TW": true}

// NewIndex indexes holders by the surnames of their names in every
// script. stem brings a lower-case surname to the stem its case forms
// start with; endings are the case endings a Cyrillic surname may take
// after its nominative or its stem ("а", "ым", "тың", "мен"). A Latin
// surname is matched as written.
func NewIndex(hs []Holder, stem func(string) string, endings []string) *Index {
	x := &Index{holders: hs, byKey: map[string][]int{}, forms: make([]map[string]bool, len(hs)),
		endings: map[string]bool{"": true}, stem: stem, byFirst: map[string][]int{}}
	for _, e := range endings {
		x.endings[e] = true
	}
	for i := range hs {
		x.forms[i] = map[string]bool{}
		seen := map[string]bool{}
		for _, n := range hs[i].Names() {
			if w := strings.Fields(lowerYo(n)); len(w) >= 2 && !seen[w[0]] {
				seen[w[0]] = true
				x.byFirst[w[0]] = append(x.byFirst[w[0]], i)
			}
		}
		if familyFirst[hs[i].Country] {
			continue
		}
		for _, n := range hs[i].Names() {
			w := strings.Fields(n)
			if len(w) < 2 {
				continue
			}
			sur := strings.ToLower(strings.ReplaceAll(w[len(w)-1], "ё", "е"))
			if utf8.RuneCountInString(sur) < 5 || x.forms[i][sur] {
				continue // "Ли", "Мень", "Ким": too short to find alone
			}
			x.forms[i][sur] = true
			k := key(sur)
			x.byKey[k] = append(x.byKey[k], i)
		}
	}
	return x
}

func key(s string) string {
	n := 0
	for i := range s {
		if n == 3 {
			return s[:i]
		}
		n++
	}
	return s
}

// Surname returns the holders valid at the ISO date date ("" for any) of
// whom the lower-case word w is a surname: as written, or (Cyrillic) its
// nominative or stem with one of the case endings.
func (x *Index) Surname(w, date string) []*Holder {
	var out []*Holder
	for _, i := range x.byKey[key(w)] {
		for sur := range x.forms[i] {
			if x.formOf(w, sur) {
				if h := &x.holders[i]; h.ValidAt(date) {
					out = append(out, h)
				}
				break
			}
		}
	}
	return out
}

// FullName returns the holders valid at date whose full name in some
// script the lower-case words ws are: the first word as written, the
// last a case form of the last word ("си цзиньпина", "ван и",
// "эммануэля макрона" does not match: the first word must be as written).
func (x *Index) FullName(ws []string, date string) []*Holder {
	if len(ws) < 2 {
		return nil
	}
	var out []*Holder
	for _, i := range x.byFirst[lowerYo(ws[0])] {
		h := &x.holders[i]
		if !h.ValidAt(date) {
			continue
		}
		for _, n := range h.Names() {
			w := strings.Fields(lowerYo(n))
			if len(w) == len(ws) && w[0] == lowerYo(ws[0]) && x.formOf(lowerYo(ws[len(ws)-1]), w[len(w)-1]) {
				out = append(out, h)
				break
			}
		}
	}
	return out
}

func lowerYo(s string) string { return strings.ReplaceAll(strings.ToLower(s), "ё", "е") }

// formOf says whether w is a case form of the surname sur.
func (x *Index) formOf(w, sur string) bool {
	if w == sur {
		return true
	}
	r, _ := utf8.DecodeRuneInString(sur)
	if r < 0x400 || r > 0x4FF {
		return false // a Latin surname does not decline
	}
	for _, base := range []string{sur, x.stem(sur)} {
		if strings.HasPrefix(w, base) && x.endings[w[len(base):]] {
			return true
		}
	}
	return false
}

// Len returns the number of holders indexed.
func (x *Index) Len() int { return len(x.holders) }

// Office returns the one holder of an office (country, office, portfolio
// for ministers) at the ISO date date, or nil when the dictionary has
// none or several.
func (x *Index) Office(country, office, portfolio, date string) *Holder {
	var hit *Holder
	for i := range x.holders {
		h := &x.holders[i]
		if h.Country != country || h.Office != office || h.Portfolio != portfolio || !h.ValidAt(date) {
			continue
		}
		if hit != nil && hit.EN != h.EN {
			return nil
		}
		hit = h
	}
	return hit
}
