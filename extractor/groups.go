package extractor

import (
	_ "embed"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/gazetteer"
)

// formats are the member states of the regional formats and
// organisations whose ministers meet as one, read from formats/members.tsv
// (see its header): a text that says the member states took part makes
// each of them a party.
type formats struct {
	members map[string][]string // by the organisation's English name
	large   map[string]bool     // a summit of theirs does not make every member a party
}

//go:embed formats/members.tsv
var membersTSV string

// buildFormats returns the embedded formats (whose errors the package's
// tests catch).
func buildFormats() *formats {
	f, err := loadFormats("formats/members.tsv", membersTSV)
	if err != nil {
		panic(err) // the embedded file is checked by TestFormatsFile
	}
	return f
}

// loadFormats reads a members file; an error names the file and line.
func loadFormats(name, text string) (*formats, error) {
	f := &formats{members: map[string][]string{}, large: map[string]bool{}}
	err := tsvRows("formats", name, text, []string{"format", "members", "size", "source"}, func(fs []string, fail func(string, ...any) error) error {
		org := strings.TrimSpace(fs[0])
		if org == "" || f.members[org] != nil {
			return fail("format %q empty or given twice", org)
		}
		codes := strings.Fields(fs[1])
		if len(codes) < 2 {
			return fail("format %q has %d members, want two or more", org, len(codes))
		}
		for _, c := range codes {
			if !diplograph.ValidCountryCode(c) {
				return fail("member %q is no ISO 3166-1 alpha-2 code", c)
			}
		}
		switch fs[2] {
		case "large":
			f.large[org] = true
		case "-":
		default:
			return fail("size %q, want large or -", fs[2])
		}
		if strings.TrimSpace(fs[3]) == "" {
			return fail("format %q has no source", org)
		}
		f.members[org] = codes
		return nil
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

// memberCue reports the words that say the member states took part:
// "member states", "государств-членов", "мүше мемлекеттер".
func memberCue(low string) bool {
	return lowStarts(low, "member", "государств-член", "государства-член", "стран-член", "страны-член", "мүше", "участниц")
}

// groupMember reports whether country mention ci was added as a member of
// a format (its span is shared with the other members).
func (s *sent) groupMember(ci int) bool {
	c := s.countries[ci]
	for j, d := range s.countries {
		if j != ci && d.t0 == c.t0 && d.t1 == c.t1 {
			return true
		}
	}
	return false
}

// bodyMeeting reports whether the organisation of hit h is the body that
// meets: a summit, session, council or meeting word right before its
// name (with the words of the council between, no country, office or
// comma) or right after it ("SCO summit", "ШОС саммиті"). A meeting with
// one of its officials ("met the SCO Secretary-General") is not.
func (s *sent) bodyMeeting(h hit) bool {
	// "the foreign ministers of the CIS meet", "министры иностранных дел
	// стран ШОС": the ministers of the body, in a sentence of an event.
	for _, m := range s.hits {
		if m.cl != cMinistersPl || m.end > h.start || h.start-m.end > 4 || !s.has(cEvent) {
			continue
		}
		ok := true
		for k := m.end; k < h.start; k++ {
			l := s.toks[k].low
			if l == "of" || l == "the" || lowStarts(l, "стран", "государств", "елдер", "мемлекет") {
				continue
			}
			if !s.hasHitIn(cPortfolio, k, k+1) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	// Kazakh: "ШЫҰ елдері мәдениет министрлерінің кеңесі", the body's
	// countries and ministers after its name.
	for _, m := range s.hits {
		if m.cl != cMinistersPl || m.start < h.end || m.start-h.end > 4 || !s.has(cEvent) {
			continue
		}
		ok := true
		for k := h.end; k < m.start; k++ {
			if l := s.toks[k].low; !lowStarts(l, "елдер", "мемлекет", "мүше") && !s.hasHitIn(cPortfolio, k, k+1) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	for _, e := range s.hits {
		if e.cl != cEvent {
			continue
		}
		switch e.val {
		case "SESSION", "MEETING", "FORUM", "COMMISSION_SESSION":
		default:
			continue
		}
		var a, b int
		switch {
		case e.end <= h.start && h.start-e.end <= 8:
			a, b = e.end, h.start
		case h.end <= e.start && e.start-h.end <= 1:
			a, b = h.end, e.start
		default:
			continue
		}
		// "met", "встретился" with a person: only nouns of a meeting.
		if e.val == "MEETING" && !lowStarts(s.toks[e.start].low, "meeting", "встреч", "заседан", "кездесу", "кездесуі") {
			continue
		}
		ok := true
		for k := a; k < b; k++ {
			if l := s.toks[k].low; l == "," || l == "with" || l == "с" || l == "со" {
				ok = false
			}
		}
		for _, c := range s.countries {
			if c.t0 < b && c.t1 > a {
				ok = false
			}
		}
		for _, x := range s.hits {
			if (x.cl == cRole || x.cl == cMinister || x.cl == cOrg && x != h) && x.start < max(b, h.end+2) && x.end > a {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// groupCountries adds to s the member states of a format the sentence
// names as taking part: "министры иностранных дел государств-членов
// ШОС", "the foreign ministers of the five Central Asian states",
// "Central Asia + Japan", "Орталық Азия – Қытай".
func (s *sent) groupCountries(fm *formats) {
	add := func(group string, t0, t1 int) {
		for _, c := range fm.members[group] {
			s.countries = append(s.countries, cmen{code: c, kind: gazetteer.Name, t0: t0, t1: t1})
		}
	}
	for _, h := range s.hits {
		if h.cl != cOrg || fm.members[h.val] == nil {
			continue
		}
		// A meeting of the body itself: "саммит ШОС", "the CIS Council
		// of Foreign Ministers", "ТМҰ саммиті".
		// (A large body's ministers' council: "the SCO Council of
		// Foreign Ministers", not "the foreign ministers of X and Y
		// discussed the SCO summit".)
		if s.bodyMeeting(h) && (!fm.large[h.val] || s.hasHitIn(cMinistersPl, max(0, h.start-6), h.end+6)) {
			add(h.val, h.start, h.end)
			continue
		}
		// Near the name, or later in its sentence with no other
		// organisation between ("the SCO summit ... with the participation
		// of the leaders of all member states").
		for k := max(0, h.start-3); k < min(len(s.toks), h.end+20); k++ {
			if k >= h.end+3 && s.hasHitIn(cOrg, h.end, k+1) {
				break
			}
			if memberCue(s.toks[k].low) {
				add(h.val, h.start, h.end)
				break
			}
		}
	}
	for i := 0; i+1 < len(s.toks); i++ {
		t := s.toks[i]
		var end int
		partner := false
		switch {
		case t.low == "central" && s.toks[i+1].low == "asian" || t.low == "central" && s.toks[i+1].low == "asia":
			end = i + 2
		case (strings.HasSuffix(t.low, "-central") || strings.Contains(t.low, "-центральн") || strings.HasSuffix(t.low, "-орталық")) &&
			lowStarts(s.toks[i+1].low, "asia", "ази", "азия"):
			// "India-Central Asia Dialogue": one token for the partner
			// and "Central".
			end, partner = i+2, true
		case lowStarts(t.low, "центральн") && lowStarts(s.toks[i+1].low, "ази"):
			end = i + 2
		case t.low == "орталық" && lowStarts(s.toks[i+1].low, "азия"):
			end = i + 2
		case t.upper && (t.low == "c5" || t.low == "с5"):
			end = i + 1
		default:
			continue
		}
		// A format "Central Asia + X" / "C5+X", or "the five Central
		// Asian states", or the ministers of Central Asian states.
		ok := partner || end < len(s.toks) && (s.toks[end].low == "+" || s.toks[end].low == "–" && s.title)
		// "the Japan–Central Asia Summit", "Central Asia format": a
		// format of the five with a partner.
		if p := i - 1; p > 0 && (s.toks[p].low == "–" || s.toks[p].low == "-" || s.toks[p].low == "—" || s.toks[p].low == "+") {
			if _, ok2 := s.countryAt(p - 1); ok2 || s.hasHitIn(cOrg, p-1, p) {
				ok = true
			}
		}
		if n := s.nextWord(end); n < len(s.toks) && lowStarts(s.toks[n].low, "summit", "саммит", "format", "формат", "ministerial") {
			ok = true
		}
		for k := max(0, i-3); k < i; k++ {
			if lowStarts(s.toks[k].low, "five", "пят", "бес", "all") {
				ok = true
			}
		}
		if n := s.nextWord(end); n < len(s.toks) && (lowStarts(s.toks[n].low, "елдер", "мемлекет") || lowStarts(s.toks[n].low, "states", "countries", "nations", "государств", "стран")) {
			for k := max(0, i-4); k < i; k++ {
				if h, ok2 := s.hitAt(cMinistersPl, k); ok2 && h.end <= i {
					ok = true
				}
			}
			// "Орталық Азия мемлекеттері басшыларының", "Орталық Азия
			// елдерінің сыртқы істер министрлері", "Central Asian states'
			// leaders": the heads or ministers of all five.
			if m := s.nextWord(n + 1); m < len(s.toks) && lowStarts(s.toks[m].low, "басшылар", "сыртқы", "leaders", "heads") {
				ok = true
			}
		}
		// "Еуропалық Одақ – Орталық Азия сыртқы істер министрлерінің
		// кездесуі": the ministers of the format.
		for k := end; k < min(len(s.toks), end+4); k++ {
			if h, ok2 := s.hitAt(cMinistersPl, k); ok2 && h.start == k && lowStarts(s.toks[k].low, "министрлер") {
				ok = true
			}
		}
		// "министров иностранных дел стран Центральной Азии", "глав
		// государств Центральной Азии", "секретарей ... стран Центральной
		// Азии": the officials of all five.
		if p := s.prevWord(i); p >= 0 && lowStarts(s.toks[p].low, "стран", "государств") {
			for k := max(0, p-5); k < p; k++ {
				if h, ok2 := s.hitAt(cMinistersPl, k); ok2 && h.end <= p {
					ok = true
				}
				if lowStarts(s.toks[k].low, "глав", "лидер", "секретар", "руководител", "президент") && k < p {
					ok = true
				}
			}
		}
		// "«Центральная Азия – Германия»", "саммит Центральная Азия — США":
		// a format with a partner after the dash.
		if end < len(s.toks) && (s.toks[end].low == "–" || s.toks[end].low == "—" || s.toks[end].low == "-") {
			if _, ok2 := s.countryAt(s.nextWord(end + 1)); ok2 {
				ok = true
			}
		}
		if ok {
			add("Central Asia", i, end)
		}
	}
}
