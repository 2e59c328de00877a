package extractor

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/dates"
	"github.com/diplograph/diplograph/extractor/morph"
)

// agreement is a document the article reports.
type agreement struct {
	kind, status string
	countries    []string
	orgs         []org
	signers      []*person
	ev           *event
	date         dates.Date
	sents        []int
	word         string
	nth          int  // the nth document of its kind listed in its sentence
	named        bool // a document of a named kind outside the others (a letter of intent)
}

// kindNamed is the lexicon's kind of documents that are OTHER but named
// ("Exchange of Notes", "letter of intent", "implementing arrangement"):
// unlike "documents", they are facts of their own beside the others.
const kindNamed = "OTHER_NAMED"

// org is a party to an agreement.
type org struct{ name, country string }

var statusRank = map[string]int{diplograph.AgreementSigned: 4, diplograph.AgreementDraft: 3,
	diplograph.AgreementPlanned: 2, diplograph.AgreementDiscussed: 1}

// findAgreements reads the documents signed, drafted, planned or
// discussed. Mentions without any of these (an agreement in force, a
// generic "agreements") are not facts.
func (st *state) findAgreements() {
	for _, s := range st.sents {
		seen := map[string]int{}    // documents of each kind in the sentence
		lastEnd := map[string]int{} // end of the last one
		prevDoc := -1               // end of the last document of any kind
		prevStatus := ""            // and its status
		for _, h := range s.hits {
			if h.cl != cAgreement || s.reached(h) {
				continue
			}
			// "agreements will be signed during the talks": a plural with
			// no subject is a set of documents of no kind.
			if h.val != diplograph.KindOther && h.val != kindNamed && s.genericDocument(h) {
				h.val = diplograph.KindOther
			}
			// Only a list of documents signed, drafted or to be signed:
			// "discussed an agreement and joint training programmes" lists
			// a document and a kind of activity.
			inList := prevDoc >= 0 && s.listItem(prevDoc, h.start) && prevStatus != "" && prevStatus != diplograph.AgreementDiscussed
			prevDoc, prevStatus = h.end, ""
			// "меморандум о ..., меморандум о ... и соглашение о ...": a
			// list holds one document per item.
			if seen[h.val] > 0 && (h.val == diplograph.KindOther || !s.listItem(lastEnd[h.val], h.start)) {
				continue
			}
			if st.existing(s, h) || s.amended(h) {
				continue
			}
			// "signed a memorandum on X, an agreement on Y and a programme
			// of Z": a programme or plan listed with other documents is one.
			if (h.val == diplograph.KindProgram || h.val == diplograph.KindPlan) && !inList && !st.namedDocument(s, h) {
				continue
			}
			// "a number of documents, including the Plan ...": the named
			// ones are the facts.
			if h.val == diplograph.KindOther && s.hasOtherKind() {
				continue
			}
			status := st.agreementStatus(s, h)
			if status == "" && s.idx+1 < len(st.sents) {
				// "... Соглашения о сотрудничестве. Документ планируется
				// подписать ...": the status is in the next sentence.
				n := st.sents[s.idx+1]
				if k := n.nextWord(0); k < len(n.toks) && lowStarts(n.toks[k].low, "документ", "құжат", "it", "the", "соглашени", "меморандум", "он", "она") && !n.has(cAgreement) {
					status = st.agreementStatus(n, hit{start: -10, end: -10})
				}
			}
			if status == "" {
				continue
			}
			prevStatus = status
			nth := seen[h.val]
			seen[h.val]++
			lastEnd[h.val] = h.end
			a := &agreement{kind: h.val, status: status, sents: []int{s.idx}, word: s.toks[h.start].low, nth: nth}
			if a.kind == kindNamed {
				a.kind, a.named = diplograph.KindOther, true
			}
			a.ev = st.eventOf(s)
			var nonLoc, loc []string
			for _, c := range s.countries {
				if c.loc() {
					loc = appendUniq(loc, c.code)
				} else {
					nonLoc = appendUniq(nonLoc, c.code)
				}
			}
			a.countries = nonLoc
			if len(a.countries) < 2 {
				for _, c := range loc {
					a.countries = appendUniq(a.countries, c)
				}
			}
			if len(a.countries) < 2 && a.ev != nil {
				for _, c := range a.ev.countries {
					a.countries = appendUniq(a.countries, c)
				}
			}
			// "По итогам встречи шести государств принята декларация": a
			// declaration or communiqué of a multilateral meeting is of all
			// its states.
			if a.ev != nil && len(a.ev.countries) > 2 && (a.kind == diplograph.KindDeclaration || a.named) && subset(a.countries, a.ev.countries) {
				a.countries = append([]string{}, a.ev.countries...)
			}
			a.orgs = st.parties(s, h)
			if a.ev != nil {
				a.date = a.ev.date
			}
			for _, d := range s.dates {
				if a.date.IsZero() && d.From.Year != 0 && d.From.Month != 0 && !d.IsRange() && !s.untilDate(d) {
					a.date = d.From
				}
			}
			if status == diplograph.AgreementSigned {
				for _, r := range s.persons {
					if r.p.titled || r.p.minister {
						a.signers = appendPerson(a.signers, r.p)
					}
				}
				// "министрлер ... қол қойды", "the ministers signed": the
				// ministers of the event it was signed at.
				if len(a.signers) == 0 && a.ev != nil && s.has(cMinistersPl) {
					for _, p := range a.ev.parts {
						if p.minister {
							a.signers = appendPerson(a.signers, p)
						}
					}
				}
			}
			// "The document was signed by NAME and NAME."
			if status == diplograph.AgreementSigned && s.idx+1 < len(st.sents) {
				n := st.sents[s.idx+1]
				if k := n.nextWord(0); k < len(n.toks) && lowStarts(n.toks[k].low, "документ", "құжат", "the", "it", "соглашени", "меморандум") && n.has(cSigned) && !n.has(cAgreement) {
					for _, r := range n.persons {
						if r.p.titled {
							a.signers = appendPerson(a.signers, r.p)
						}
					}
					a.sents = append(a.sents, n.idx)
				}
			}
			st.addAgreement(a)
			// "inked three memoranda": as many documents.
			if n := countBefore(s, h.start); n > 1 && h.val != diplograph.KindOther && nth == 0 {
				for k := 1; k < n; k++ {
					b := *a
					b.nth, b.sents = k, slices.Clone(a.sents)
					st.addAgreement(&b)
				}
				seen[h.val] = n
			}
		}
	}
	// "подписали пакет документов": the package is the documents named.
	named := map[string]bool{}
	for _, a := range st.agrs {
		if a.kind != diplograph.KindOther || a.named {
			named[a.status] = true
		}
	}
	kept0 := st.agrs[:0]
	for _, a := range st.agrs {
		if a.kind != diplograph.KindOther || a.named || !named[a.status] {
			kept0 = append(kept0, a)
		}
	}
	st.agrs = kept0
	// A signing with no other event is the event itself.
	if len(st.events) == 0 {
		for _, a := range st.agrs {
			if a.status == diplograph.AgreementSigned && len(a.countries) >= 2 {
				e := &event{typ: diplograph.EventSigning, countries: a.countries, date: a.date, sents: a.sents[:1],
					parts: a.signers, primary: true}
				if e.date.IsZero() && st.pub.Complete() {
					e.date = st.pub
					a.date = st.pub
				}
				s := st.sents[a.sents[0]]
				for _, c := range s.cities {
					if c.loc {
						e.city, e.cityCC = c.name, c.country
						break
					}
				}
				st.events = append(st.events, e)
				a.ev = e
				break
			}
		}
	}
	kept := st.agrs[:0]
	for _, a := range st.agrs {
		if len(a.countries) >= 1 && len(st.events) > 0 {
			kept = append(kept, a)
		}
	}
	st.agrs = kept
}

// listItem reports a new item of a list between tokens a (the end of the
// item before) and b: a comma,
// "и", "and", "және", "as well as" and some words of the item before.
func (s *sent) listItem(a, b int) bool {
	if b-a < 2 {
		return false
	}
	// From a itself: the comma right after a Kazakh item's document word
	// ("меморандумға, ... меморандумға").
	for k := a; k < b; k++ {
		switch s.toks[k].low {
		case ",", ";", "и", "and", "және", "а", "также", "as":
			return true
		}
	}
	return false
}

// countBefore reads the number of documents written before a plural
// document word: "three memoranda", "два соглашения", "үш меморандум".
func countBefore(s *sent, i int) int {
	p := s.prevWord(i)
	if p < 0 {
		return 0
	}
	w := s.toks[p].low
	if n, err := strconv.Atoi(w); err == nil && n <= 10 {
		return n
	}
	switch w {
	case "two", "два", "две", "екі":
		return 2
	case "three", "три", "үш":
		return 3
	case "four", "четыре", "төрт":
		return 4
	case "five", "пять", "бес":
		return 5
	case "six", "шесть", "алты":
		return 6
	}
	return 0
}

// hasOtherKind reports a named kind of document in s.
func (s *sent) hasOtherKind() bool {
	for _, h := range s.hits {
		if h.cl == cAgreement && h.val != diplograph.KindOther && !s.genericDocument(h) && !s.reached(h) {
			return true
		}
	}
	return false
}

// genericDocument reports a plural document word at h with no subject
// next to it: "agreements" but not "agreements on trade".
func (s *sent) genericDocument(h hit) bool {
	plural := false
	for _, x := range s.hits {
		if x.cl == cPluralDoc && x.start == h.start {
			plural = true
		}
	}
	return plural && !s.beside(h, cDocSubject)
}

// reached reports an understanding reached, not a document: "the
// agreements reached", "достигнутые соглашения".
func (s *sent) reached(h hit) bool {
	return s.beside(h, cReached)
}

// beside reports a hit of class cl right after h (meaning "after") or
// right before it (meaning "before").
func (s *sent) beside(h hit, cl class) bool {
	next, prev := s.nextWord(h.end), s.prevWord(h.start)
	for _, x := range s.hits {
		if x.cl != cl {
			continue
		}
		if x.val == "after" && x.start == next || x.val == "before" && prev >= 0 && x.end == prev+1 {
			return true
		}
	}
	return false
}

// existing reports "в рамках действующего соглашения", "under the
// agreement": a document referred to, not concluded.
func (st *state) existing(s *sent, h hit) bool {
	for _, x := range s.hits {
		if x.cl == cExisting && x.end <= h.start && h.start-x.end <= 2 {
			return true
		}
		// "в рамках Соглашения о ...", "within the framework of the
		// Agreement": the frame of cooperation, not a document concluded.
		if x.cl == cFramework && x.end <= h.start {
			k := x.end
			for k < h.start && (s.toks[k].low == "of" || s.toks[k].low == "the") {
				k++
			}
			if h.start-k <= 1 {
				return true
			}
		}
	}
	// "шарт аясында", "келісім шеңберінде".
	for k := h.end; k < min(len(s.toks), h.end+3); k++ {
		if lowStarts(s.toks[k].low, "аясында", "шеңберінде") {
			return true
		}
	}
	return false
}

// amended reports a document named as the object of another: "a
// protocol amending the Agreement on ...", "протокол о поправках к
// договору", "келісімге өзгерістер енгізу туралы хаттама", or as the one
// a plan implements.
func (s *sent) amended(h hit) bool {
	p := s.prevWord(h.start)
	if p >= 0 && (s.toks[p].low == "the" || s.toks[p].low == "an" || s.toks[p].low == "a") {
		p = s.prevWord(p)
	}
	if p >= 0 && lowStarts(s.toks[p].low, "amending", "amend") {
		return true
	}
	if p >= 0 && (s.toks[p].low == "в" || s.toks[p].low == "to") {
		if q := s.prevWord(p); q >= 0 && lowStarts(s.toks[q].low, "изменени", "дополнени", "amendment", "поправ") {
			return true
		}
	}
	if k := s.nextWord(h.end); k < len(s.toks) && lowStarts(s.toks[k].low, "өзгеріс", "толықтыру") {
		return true
	}
	// The document a plan or programme implements: "Plan of events
	// implementing the Agreement", "План мероприятий по реализации
	// Соглашения", "келісімді іске асыру жөніндегі жоспар".
	if p >= 0 && lowStarts(s.toks[p].low, "implementing", "implementation") {
		return true
	}
	if p >= 0 && lowStarts(s.toks[p].low, "реализаци", "выполнени", "исполнени") {
		if q := s.prevWord(p); q >= 0 && (s.toks[q].low == "по" || s.toks[q].low == "о" || s.toks[q].low == "об") {
			return true
		}
	}
	// "for the implementation of the Agreement".
	if p >= 0 && s.toks[p].low == "of" {
		if q := s.prevWord(p); q >= 0 && lowStarts(s.toks[q].low, "implementation") {
			return true
		}
	}
	if k := s.nextWord(h.end); k < len(s.toks) && s.toks[k].low == "іске" {
		if k2 := s.nextWord(k + 1); k2 < len(s.toks) && lowStarts(s.toks[k2].low, "асыру") {
			return true
		}
	}
	return false
}

// namedDocument reports whether a programme or plan word names a document
// of cooperation ("Программа сотрудничества", "план действий").
func (st *state) namedDocument(s *sent, h hit) bool {
	if s.toks[h.start].cap && h.start > 0 {
		return true
	}
	for k := h.end; k < min(len(s.toks), h.end+4); k++ {
		if lowStarts(s.toks[k].low, "сотрудничеств", "взаимодейств", "действий", "мероприятий", "cooperation", "action",
			"ынтымақтастық", "іс-шара", "совместн", "joint", "консультац", "consultation", "развити", "development", "events") {
			return true
		}
	}
	if p := s.prevWord(h.start); p >= 0 && lowStarts(s.toks[p].low, "комплексн", "совместн", "joint", "бірлескен", "action", "іс-қимыл", "ынтымақтастық", "cooperation", "іс-шара") {
		return true
	}
	return false
}

// agreementStatus reads the status of the document of hit h, or "".
func (st *state) agreementStatus(s *sent, h hit) string {
	draftNoun := false
	for _, x := range s.hits {
		if x.cl == cDraftNoun && ((x.end <= h.start && h.start-x.end <= 2) || (x.start >= h.end && x.start-h.end <= 1)) {
			draftNoun = true
		}
	}
	// "to be signed" holds "signed": only a signed word outside a
	// future phrase counts.
	signed := false
	for _, x := range s.hits {
		if x.cl != cSigned {
			continue
		}
		inside := false
		for _, w := range s.hits {
			if w.cl == cWillSign && w.start <= x.start && x.end <= w.end {
				inside = true
			}
		}
		if !inside {
			signed = true
		}
	}
	signedNoun := false
	for _, t := range s.toks {
		if lowStarts(t.low, "подписани", "signing") {
			signedNoun = true
		}
	}
	// Each cue speaks of the nearest document: "обсудили ход реализации
	// Программы ... и договорились подготовить к подписанию соглашение".
	dist := func(cl class, ok func(hit) bool) int {
		best := 1 << 30
		for _, x := range s.hits {
			if x.cl != cl || (ok != nil && !ok(x)) {
				continue
			}
			d := x.start - h.end
			if x.end <= h.start {
				d = h.start - x.end
			}
			if d < 0 {
				d = 0
			}
			if d < best {
				best = d
			}
		}
		return best
	}
	none := 1 << 30
	freeSigned := func(x hit) bool {
		for _, w := range s.hits {
			if w.cl == cWillSign && w.start <= x.start && x.end <= w.end {
				return false
			}
		}
		return true
	}
	type cand struct {
		status string
		d      int
	}
	var cs []cand
	if draftNoun && s.has(cDraftVerb) {
		cs = append(cs, cand{diplograph.AgreementDraft, 0})
	}
	if d := dist(cDraft, nil); d < none {
		cs = append(cs, cand{diplograph.AgreementDraft, d})
	}
	if draftNoun && s.has(cDiscussed) && !s.has(cDraftVerb) {
		cs = append(cs, cand{diplograph.AgreementDiscussed, 0})
	}
	if d := dist(cWillSign, nil); d < none {
		cs = append(cs, cand{diplograph.AgreementPlanned, d})
	}
	if signed && signedNoun || signed {
		cs = append(cs, cand{diplograph.AgreementSigned, dist(cSigned, freeSigned)})
	} else if signedNoun && s.has(cPlanned) {
		cs = append(cs, cand{diplograph.AgreementPlanned, 1 << 20})
	} else if signedNoun && s.has(cHeld) {
		cs = append(cs, cand{diplograph.AgreementSigned, 1 << 20})
	}
	if d := dist(cDiscussed, nil); d < none {
		cs = append(cs, cand{diplograph.AgreementDiscussed, d + 1})
	}
	best := cand{"", none + 1}
	for _, c := range cs {
		if c.d < best.d {
			best = c
		}
	}
	return best.status
}

// eventOf returns the event reported in sentence s, else the primary
// event.
func (st *state) eventOf(s *sent) *event {
	for _, e := range st.events {
		for _, si := range e.sents {
			if si == s.idx {
				return e
			}
		}
	}
	// A document told in the paragraph of an event, after it: "... held
	// talks. They discussed a draft memorandum".
	var near *event
	nearAt := -1
	for _, e := range st.events {
		for _, si := range e.sents {
			if si < s.idx && si > nearAt && st.sents[si].seg.Para == s.seg.Para {
				near, nearAt = e, si
			}
		}
	}
	if near != nil {
		return near
	}
	for _, e := range st.events {
		if e.primary {
			return e
		}
	}
	return nil
}

// parties reads "между X и Y" / "X мен Y арасындағы" / "between X and Y":
// two organisations, each starting with a capital letter.
func (st *state) parties(s *sent, h hit) []org {
	for _, b := range s.hits {
		if b.cl != cBetween {
			continue
		}
		var from, to int
		var seps []string
		if s.toks[b.start].low == "арасындағы" || s.toks[b.start].low == "арасында" {
			if b.start < h.start-8 || b.start > h.start {
				continue
			}
			to = b.start
			from = to
			for from > 0 && s.toks[from-1].low != "," && !s.hasHitEnding(cFramework, from) {
				from--
			}
			// "Кездесу қорытындысы бойынша ҚР ... мен ... арасында",
			// "Министрлер ... мен ... арасындағы": the first party
			// starts after the sentence's opener.
			for k := from; k < to; k++ {
				if st.x.lex.is(cPartyOpener, s.toks[k].low) {
					from = k + 1
				}
			}
			seps = []string{"мен", "бен", "пен", "және"}
		} else {
			if b.start < h.end || b.start > h.end+8 {
				continue
			}
			from = b.end
			to = from
			// (A comma of an enumeration inside a name goes on:
			// "Министерством торговли, промышленности и энергетики
			// Республики Корея".)
			// The document's subject ends the second party ("...
			// Республики Корея о сотрудничестве"), in Russian, where
			// "по" also opens a ministry's field ("Министерством по
			// чрезвычайным ситуациям").
			for to < len(s.toks) && (s.toks[to].low != "," || s.enumInName(to, []string{"и", "and"})) &&
				s.toks[to].low != "." && s.toks[to].low != ";" && s.toks[to].low != "(" && !st.subjectAt(s, to) {
				to++
			}
			seps = []string{"и", "and"}
		}
		// The separator before the second party: the last one, or the
		// last one whose both sides name a state ("between Natural
		// Resources Canada and Uzbekistan's Ministry of Mining Industry
		// and Geology").
		cut, named := -1, -1
		for k := from + 1; k < to-1; k++ {
			if slices.Contains(seps, s.toks[k].low) && s.toks[k+1].cap {
				cut = k
				if s.namesState(from, k) && s.namesState(k+1, to) {
					named = k
				}
			}
		}
		if named >= 0 {
			cut = named
		}
		if cut < 0 || !startsName(s, from, cut) {
			return nil
		}
		a := st.party(s, from, cut)
		c := st.party(s, cut+1, to)
		if a.name == "" || c.name == "" {
			return nil
		}
		// "между Министерством торговли ... и Национальным банком ...":
		// the parties are named in the nominative.
		if s.toks[b.start].low == "между" {
			a.name, c.name = morph.RussianNominativeFromIns(a.name), morph.RussianNominativeFromIns(c.name)
		}
		return []org{a, c}
	}
	return nil
}

// subjectAt says whether a Russian document's subject starts at token i
// ("о сотрудничестве"): a document_subject word other than "по".
func (st *state) subjectAt(s *sent, i int) bool {
	if st.lang != diplograph.LangRussian || s.toks[i].low == "по" {
		return false
	}
	h, ok := s.hitAt(cDocSubject, i)
	return ok && h.end == i+1
}

// enumInName says whether the comma at token i enumerates words inside
// a name: small words on both sides, and "и"/"and" among the two words
// after the next ("торговли, промышленности и энергетики").
func (s *sent) enumInName(i int, and []string) bool {
	if i == 0 || i+3 >= len(s.toks) || !s.toks[i-1].word || s.toks[i-1].cap || !s.toks[i+1].word || s.toks[i+1].cap {
		return false
	}
	return slices.Contains(and, s.toks[i+2].low) || slices.Contains(and, s.toks[i+3].low)
}

// namesState says whether tokens [i, j) name a state.
func (s *sent) namesState(i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := s.countryAt(k); ok {
			return true
		}
	}
	return false
}

// startsName says whether the tokens from i (before end) open a name: the
// first word, after opening quotes, has a capital ("«Kazinform»",
// "әл-Фараби атындағы").
func startsName(s *sent, i, end int) bool {
	for ; i < end; i++ {
		if s.toks[i].word {
			return strings.IndexFunc(s.toks[i].text, unicode.IsUpper) >= 0
		}
		if s.toks[i].low != "«" && s.toks[i].low != "\"" && s.toks[i].low != "“" {
			return false
		}
	}
	return false
}

// party returns the organisation named by tokens [from, to), or a zero
// org when they only name a country.
func (st *state) party(s *sent, from, to int) org {
	if from >= to {
		return org{}
	}
	name := strings.TrimSpace(st.text[s.toks[from].start:s.toks[to-1].end])
	name = strings.Trim(name, " –—-\"")
	// Quotes that close inside the name stay («Kazinform» агенттігі).
	if strings.HasPrefix(name, "«") && !strings.Contains(name[len("«"):], "»") {
		name = strings.TrimPrefix(name, "«")
	}
	if strings.HasSuffix(name, "»") && !strings.Contains(name[:len(name)-len("»")], "«") {
		name = strings.TrimSuffix(name, "»")
	}
	country := ""
	onlyCountry := true
	for k := from; k < to; k++ {
		if !s.toks[k].word {
			continue
		}
		if c, ok := s.countryAt(k); ok {
			if country == "" {
				country = c.code
			}
		} else {
			onlyCountry = false
		}
	}
	if onlyCountry {
		return org{}
	}
	return org{name: name, country: country}
}

// addAgreement merges a into a known agreement of the same kind and
// countries, or adds it.
func (st *state) addAgreement(a *agreement) {
	nth := 0
	for _, b := range st.agrs {
		if b.kind == a.kind && (sameSet(b.countries, a.countries) || len(a.countries) < 2) {
			// A document signed and one initialled or handed over in
			// another sentence are two: a signed text is no draft again.
			if b.status == diplograph.AgreementSigned && a.status == diplograph.AgreementDraft && b.sents[0] != a.sents[0] {
				continue
			}
			if nth < a.nth {
				nth++
				continue
			}
			if statusRank[a.status] > statusRank[b.status] {
				b.status = a.status
			}
			if len(b.orgs) == 0 {
				b.orgs = a.orgs
			}
			for _, p := range a.signers {
				b.signers = appendPerson(b.signers, p)
			}
			b.sents = append(b.sents, a.sents...)
			return
		}
	}
	st.agrs = append(st.agrs, a)
}

var kindTitle = map[string]string{diplograph.KindAgreement: "Agreement", diplograph.KindMemorandum: "Memorandum",
	diplograph.KindRoadmap: "Roadmap", diplograph.KindProgram: "Programme", diplograph.KindPlan: "Plan",
	diplograph.KindProtocol: "Protocol", diplograph.KindDeclaration: "Declaration", diplograph.KindOther: "Document"}

func (a *agreement) out(st *state, f diplograph.Facts) diplograph.Agreement {
	out := diplograph.Agreement{Kind: a.kind, Status: a.status, Date: a.date.String(),
		Countries: append([]string{}, a.countries...), Parties: []string{}}
	for _, o := range a.orgs {
		out.Parties = append(out.Parties, o.name)
	}
	for _, p := range a.signers {
		out.Signatories = append(out.Signatories, p.latin)
	}
	anchor := f.ArticleID
	if a.ev != nil {
		for i, e := range st.events {
			if e == a.ev {
				out.EventID = f.Events[i].ID
				anchor = out.EventID
			}
		}
	} else if out.Date != "" {
		anchor = out.Date
	}
	out.ID = diplograph.AgreementID(a.kind, out.Countries, out.Parties, anchor)
	title := kindTitle[a.kind]
	if len(a.orgs) == 2 {
		title += " between " + translit(a.orgs[0].name, st.lang) + " and " + translit(a.orgs[1].name, st.lang)
	} else if len(a.countries) > 0 {
		title += " between " + st.countryList(a.countries)
	}
	switch a.status {
	case diplograph.AgreementDraft:
		title += " (draft)"
	case diplograph.AgreementPlanned:
		title += " (to be signed)"
	case diplograph.AgreementDiscussed:
		title += " (discussed)"
	}
	out.Title = title
	for i, si := range a.sents {
		if i == maxEvidence {
			break
		}
		out.Evidence = append(out.Evidence, st.sents[si].evidence())
	}
	return out
}
