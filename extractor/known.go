package extractor

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extractor/dates"

	"github.com/diplograph/diplograph/extractor/holders"
)

// surnameEndings are the case endings a Cyrillic surname takes after its
// nominative or its stem (package holders finds a known surname so):
// Russian ("Лаврову", "Лавровым", "Балаевой", "Зеленского") and Kazakh
// ("Тоқаевтың", "Путинмен", "Нұртілеуге", "Лавровқа").
var surnameEndings = []string{
	// ru
	"а", "у", "ом", "ем", "ым", "им", "е", "ы", "и", "ой", "ей", "ою", "ею", "ых", "их", "ого", "его", "ому", "ему", "ую", "ий", "ый", "я", "ю",
	// kk
	"тың", "тің", "дың", "дің", "ның", "нің", "қа", "ке", "ға", "ге", "на", "не", "ты", "ті", "ды", "ді", "ны", "ні", "н",
	"мен", "пен", "бен", "та", "те", "да", "де", "нда", "нде", "тан", "тен", "дан", "ден", "нан", "нен", "тай", "тей",
}

// knownHolders finds the office holders of the dictionary (package
// holders) that sentence s names without a title: a surname alone or
// with the given name, in any case form, of one person in office at the
// article's date. A surname that two people in office share is taken
// only with the given name before it. The person is registered with the
// country and office of the dictionary, so that "Макрон прибыл в Астану"
// is the French president's visit.
func (st *state) knownHolders(s *sent) {
	if st.x.known == nil {
		return
	}
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if !t.word || !t.cap || t.upper || s.covered(i) {
			continue
		}
		h := st.holderAt(s, i, st.published)
		if h == nil || s.namedAfter(i) || st.namedInText(t.low) {
			continue
		}
		t0 := i
		if p := i - 1; p >= 0 && s.toks[p].word && s.toks[p].cap && firstNameOf(h, lower(s.toks[p].text)) {
			t0 = p
		}
		p := st.registerHolder(h, s.idx)
		s.persons = append(s.persons, pref{p: p, t0: t0, t1: i + 1})
	}
}

// namedInText says whether the lower-case word w is the surname of a
// person the text has named with a title: he is that person, not the
// holder of the dictionary.
func (st *state) namedInText(w string) bool {
	for _, p := range st.people {
		if p.known == "" && p.matches(w) {
			return true
		}
	}
	return false
}

// holderAt returns the one office holder whose surname token i of s is,
// or nil.
func (st *state) holderAt(s *sent, i int, date string) *holders.Holder {
	cands := st.x.known.Surname(s.toks[i].low, date)
	if len(cands) == 0 {
		return nil
	}
	// One person may hold several offices over time: without a date the
	// latest term stands.
	byName := map[string]*holders.Holder{}
	for _, h := range cands {
		if c, ok := byName[h.EN]; !ok || h.From > c.From {
			byName[h.EN] = h
		}
	}
	if len(byName) == 1 {
		for _, h := range byName {
			return h
		}
	}
	// Two people of one surname: the given name before it decides.
	if p := i - 1; p >= 0 && s.toks[p].word {
		var hit *holders.Holder
		for _, h := range byName {
			if firstNameOf(h, lower(s.toks[p].text)) {
				if hit != nil {
					return nil
				}
				hit = h
			}
		}
		return hit
	}
	return nil
}

// firstNameOf says whether the lower-case word w is (a case form of) the
// given name of h in some script.
func firstNameOf(h *holders.Holder, w string) bool {
	for _, n := range h.Names() {
		f := strings.Fields(n)
		if len(f) < 2 {
			continue
		}
		if sameFirst(w, lower(f[0])) && len([]rune(w)) > 2 {
			return true
		}
	}
	return false
}

// initialOf says whether the initial w ("к.", "r.") is the first letter
// of one of h's given names, in the script of the initial.
func initialOf(h *holders.Holder, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	for _, n := range h.Names() {
		if f := strings.Fields(n); len(f) >= 2 {
			if g, _ := utf8.DecodeRuneInString(lower(f[0])); g == r {
				return true
			}
		}
	}
	return false
}

// registerHolder adds the office holder h to the article's people (or
// completes the person already known by his surname) and returns him.
func (st *state) registerHolder(h *holders.Holder, si int) *person {
	p := &person{tokens: strings.Fields(h.Name(st.lang)), titled: true, country: h.Country}
	setOffice(p, h)
	p.setKeys()
	q := st.merge(p, si)
	q.known = h.EN
	q.latin = h.EN
	return q
}

// titleOnly registers the office holder a title names without a name
// ("глава МИД России", "the Russian foreign minister", "Франция
// Президенті"): a foreign minister, a head of state or a head of
// government of a state the title names, at the article's (full) date, when
// the dictionary has one holder of that office then. Deputies, former
// holders, plural titles and "a Korean foreign minister" are nobody in
// particular.
func (st *state) titleOnly(s *sent, t title, start, end int) {
	if st.x.known == nil || len(st.published) != 10 || t.country == "" || t.org || t.deputy {
		return
	}
	if p := s.prevWord(start); p >= 0 && (lowStarts(s.toks[p].low, "бывш", "прежн", "former", "ex-", "бұрынғы", "экс", "предыдущ", "нового", "новый", "new", "incoming", "next") ||
		slices.Contains([]string{"a", "an", "any", "each", "every", "one"}, s.toks[p].low)) {
		return
	}
	// "Академия ... при Президенте", "the Academy ... under the
	// President", "Президенті жанындағы": a body attached to an office
	// names nobody.
	if p := s.prevWord(start); p >= 0 && (s.toks[p].low == "при" || s.toks[p].low == "the" && p > 0 && s.toks[p-1].low == "under") ||
		end < len(s.toks) && s.toks[end].low == "жанындағы" {
		return
	}
	office, portfolio := "", ""
	switch {
	case t.minister && t.portfolio == "foreign affairs":
		office, portfolio = holders.Minister, t.portfolio
	case t.head && t.role == "President":
		office = holders.HeadOfState
	case t.role == "Prime Minister":
		office = holders.HeadOfGovernment
	default:
		return
	}
	h := st.x.known.Office(t.country, office, portfolio, st.published)
	if h == nil {
		return
	}
	p := st.registerHolder(h, s.idx)
	if len(p.sents) == 1 {
		p.implied = true
	}
	s.persons = append(s.persons, pref{p: p, t0: start, t1: end})
}

// textOverDictionary gives the office a title alone named to the person
// the text names in that office elsewhere ("Президент Казахстана ..." and
// later a full name opening a sentence): the text beats the dictionary
// (a new appointee, or one it does not know).
func (st *state) textOverDictionary() {
	for i := 0; i < len(st.people); i++ {
		p := st.people[i]
		if !p.implied {
			continue
		}
		var q *person
		for _, o := range st.people {
			if o != p && !o.implied && o.country == p.country && sameOffice(o, p) {
				q = o
				break
			}
		}
		if q == nil {
			continue
		}
		for _, s := range st.sents {
			for k := range s.persons {
				if s.persons[k].p == p {
					s.persons[k].p = q
					q.addSent(s.idx)
				}
			}
		}
		slices.SortFunc(q.sents, func(a, b int) int { return a - b })
		q.sents = slices.Compact(q.sents)
		st.people = slices.Delete(st.people, i, i+1)
		i--
	}
}

// sameOffice says whether two people hold one office.
func sameOffice(a, b *person) bool {
	if a.minister || b.minister {
		return a.minister && b.minister && a.portfolio == b.portfolio
	}
	return a.head == b.head && a.role == b.role && a.role != ""
}

// knownCountries completes the people the text names by the dictionary:
// a full name of one office holder in office at the article's date (the
// given name compared by its first letters, so that a given name brought
// to a wrong nominative still agrees), or a surname alone with a title the
// holder's office fits ("Foreign Minister Saidov"), takes his country
// where the text gives none, his name as the dictionary writes it in the
// article's language (nominative) and his usual Latin spelling.
func (st *state) knownCountries() {
	if st.x.known == nil {
		return
	}
	for _, p := range st.people {
		if p.org || p.known != "" || len(p.tokens) == 0 {
			continue
		}
		var cands []*holders.Holder
		full := st.x.known.FullName(lowerAll(p.tokens), st.published)
		// A full name of one holder whose office the title fits is that
		// holder, whatever state a plural title or a guess gave him
		// (a call "между президентами Казахстана и России" naming the
		// two after it gave both the first state): no new appointee
		// shares the full name of another state's holder of the same
		// office.
		if c := fittingCountry(p, full); c != "" && p.titled {
			p.country = c
		}
		cands = append(cands, full...)
		if p.surname != "" {
			for _, h := range st.x.known.Surname(p.surname, st.published) {
				// "К. Токаев", "R. T. Erdogan": an initial agrees with a
				// given name of its letter when the title fits the office.
				if isInitial(p.first) {
					if !(p.titled && fitsOffice(p, h) && initialOf(h, p.first)) {
						continue
					}
				} else if p.first != "" && !givenNameAgrees(h, p.first) || p.first == "" && !(p.titled && fitsOffice(p, h)) {
					continue
				}
				cands = append(cands, h)
			}
		}
		var hit *holders.Holder
		for _, h := range cands {
			if p.country != "" && p.country != h.Country {
				continue // the text beats the dictionary where it tells
			}
			if hit != nil && hit.EN != h.EN {
				hit = nil
				break
			}
			hit = h
		}
		if hit == nil {
			continue
		}
		p.country = hit.Country
		p.known = hit.EN
		if !p.minister && (p.role == "" || p.role == "Counterpart") {
			// "коллега из Казахстана NAME": the office is the holder's.
			setOffice(p, hit)
		}
		p.tokens = strings.Fields(hit.Name(st.lang))
		p.setKeys()
	}
}

// fittingCountry returns the one state of the holders hs whose office p's
// title fits, or "" when none fits or they are of several states.
func fittingCountry(p *person, hs []*holders.Holder) string {
	c := ""
	for _, h := range hs {
		if !fitsOffice(p, h) {
			continue
		}
		if c != "" && c != h.Country {
			return ""
		}
		c = h.Country
	}
	return c
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = lower(w)
	}
	return out
}

// givenNameAgrees says whether the lower-case given name w agrees with
// h's: the same word or case form, or the same first three letters
// (Kazakh letters read as their Russian spelling).
func givenNameAgrees(h *holders.Holder, w string) bool {
	if firstNameOf(h, w) {
		return true
	}
	for _, n := range h.Names() {
		f := strings.Fields(n)
		if len(f) < 2 {
			continue
		}
		a, b := []rune(kazakhFold.Replace(w)), []rune(kazakhFold.Replace(lower(f[0])))
		if len(a) >= 3 && len(b) >= 3 && string(a[:3]) == string(b[:3]) {
			return true
		}
	}
	return false
}

// kazakhFold writes the letters of the Kazakh alphabet as the Russian
// spelling of a name does: "Зүлфия" and "Зульфия" compare alike.
var kazakhFold = strings.NewReplacer("ә", "а", "ғ", "г", "қ", "к", "ң", "н", "ө", "о", "ұ", "у", "ү", "у", "һ", "х", "і", "и")

// setOffice gives p the office of h.
func setOffice(p *person, h *holders.Holder) {
	p.titled = true
	switch h.Office {
	case holders.Minister:
		p.minister, p.portfolio, p.role = true, h.Portfolio, ""
	case holders.HeadOfState:
		p.role, p.head = "President", true
	case holders.HeadOfGovernment:
		p.role, p.head = "Prime Minister", true
	case holders.DeputyHeadOfGovernment:
		p.role = "Deputy Prime Minister"
	}
}

// fitsOffice says whether the title the text gives p fits h's office.
func fitsOffice(p *person, h *holders.Holder) bool {
	switch h.Office {
	case holders.Minister:
		return p.minister && (p.portfolio == "" || p.portfolio == h.Portfolio)
	case holders.HeadOfState:
		return p.head && p.role != "Prime Minister"
	case holders.HeadOfGovernment:
		return p.role == "Prime Minister"
	case holders.DeputyHeadOfGovernment:
		return p.role == "Deputy Prime Minister"
	}
	return false
}

// namedAfter says whether token i is in the name of a place or an
// institution named after someone: "школа имени Мирзо Улугбека",
// "Әл-Фараби атындағы университет", "named after".
func (s *sent) namedAfter(i int) bool {
	for k, n := s.prevWord(i), 0; k >= 0 && n < 2; k, n = s.prevWord(k), n+1 {
		if l := s.toks[k].low; l == "имени" || l == "им" || l == "after" {
			return true
		}
	}
	for k, n := s.nextWord(i+1), 0; k < len(s.toks) && n < 2; k, n = s.nextWord(k+1), n+1 {
		if lowStarts(s.toks[k].low, "атында") {
			return true
		}
	}
	return false
}

// yearlessAnchor is a date that resolves a day written without a year to
// some year when the article has no date: only the month and the day of
// the result are kept (see monthDay).
var yearlessAnchor = dates.Date{Year: 2000, Month: 6, Day: 15}

// monthDay returns the day and month ("08-17") that the sentences of an
// event without a date give without a year, when they give exactly one:
// "17 августа", "on 1 November". Relative days ("yesterday") and ranges
// give none.
func (st *state) monthDay(e *event) string {
	if !st.pub.IsZero() {
		return "" // a dated article fixes its days' years
	}
	found := ""
	for _, si := range e.sents {
		s := st.sents[si]
		for _, m := range dates.Find(s.seg.Text, st.lang, yearlessAnchor) {
			if m.Relative || m.From.Day == 0 || m.IsRange() && m.To.Month != m.From.Month {
				continue
			}
			if !m.YearInferred {
				return "" // a year is written: the date is not a day without one
			}
			md := fmt.Sprintf("%02d-%02d", m.From.Month, m.From.Day)
			if found != "" && found != md {
				return ""
			}
			found = md
		}
	}
	return found
}
