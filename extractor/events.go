package extractor

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/dates"
	"github.com/diplograph/diplograph/extractor/gazetteer"
)

// maxEvidence bounds the sentences given as evidence of one fact.
const maxEvidence = 5

// defaultHome is the home country of a text that names no other: the
// corpus is that of Kazakh ministries and news sites.
const defaultHome = "KZ"

// mention is one event word in a sentence with what the sentence says
// about it.
type mention struct {
	typ       string
	si        int
	t0, t1    int
	word      string // the trigger as written, lower case
	planned   bool
	bilateral bool
	framework bool
	countries []string
	orgs      []string
	date, end dates.Date
	eveOf     string // "накануне встречи": the day before an event of this type
	city      string
	cityCC    string
	parts     []*person
	sub       bool // a subcommission
	next      bool // "следующее заседание", "the next session"
	ref       bool // "в ходе встречи", "кездесу барысында": the event already reported
	frameCue  bool // "в рамках", "аясында", "on the sidelines of" before or after it
	stay      bool // "находящийся в X с визитом", "who is in X on a visit": a visit that only describes someone
	ev        *event
	refSame   bool // "Встреча прошла ...": the event of that kind already reported
	joins     bool // "also joined the talks", "также принял участие": someone joins an event
	grouped   bool // its states are the members of a format its sentence names
	past      bool // told as an earlier one: "the last meeting", "предыдущая встреча"
	listed    bool // a gathering listed after another one in its sentence (listedAfter)
	from      int  // where a listed gathering's part of the sentence starts
	frame     bool // a gathering named after a framework cue, beside other talks of its sentence
}

// event is a diplomatic event assembled from its mentions.
type event struct {
	typ       string
	planned   bool
	countries []string
	orgs      []string
	date, end dates.Date
	eveOf     string
	city      string
	cityCC    string
	parts     []*person
	sents     []int
	first     *mention
	bilateral bool
	framework bool
	sub       bool
	primary   bool
	words     []string
	inTitle   bool
	stay      bool // only "who is in X on a visit" clauses beside a meeting
	pubDated  bool // dated by the publication, the text giving no date
	frame     bool // holds a gathering that frames its talks (mention.frame)
}

// findEvents reads the event mentions of every sentence and assembles
// them into events, then drops those that are not diplomatic.
func (st *state) findEvents() {
	var ms []*mention
	var last []*mention // mentions of the last sentence that had any
	for _, s := range st.sents {
		cur := st.sentenceMentions(s)
		for _, m := range cur {
			if m.typ != diplograph.EventCulturalEvent && !m.ref {
				s.otherEvent = true
			}
		}
		if len(cur) > 0 {
			ms = append(ms, cur...)
			last = cur
			continue
		}
		// A sentence without an event word continues the last event:
		// the people it names take part in it.
		if len(last) > 0 && s.idx-last[0].si <= 3 && st.continues(s) {
			for _, m := range last {
				if m.planned {
					continue
				}
				// "The document was signed in Abu Dhabi by ...": the place
				// (not that of an event the sentence plans).
				// (Not a place the sides discussed: "training centres in
				// Samarkand".)
				if m.city == "" && !s.has(cPlanned) && !s.has(cDiscussed) {
					for _, c := range s.cities {
						if c.loc {
							m.city, m.cityCC = c.name, c.country
							break
						}
					}
				}
				// "В мероприятии приняли участие министры Казахстана,
				// Кыргызстана и Японии": the parties of a meeting whose
				// report did not name them.
				if len(m.countries) < 2 && s.participation() {
					for ci, c := range s.countries {
						if !c.loc() && !s.borderOrTrade(ci) {
							m.countries = appendUniq(m.countries, c.code)
						}
					}
				}
				// "заседание Совета ... государств – участников СНГ. В его
				// работе участвовали министры A, B, C ...": the states listed
				// are the parties, not all the members of the format; "X
				// did not take part" leaves X out.
				if m.grouped && s.participation() {
					m.countries = st.partiesTold(s, m.countries, m.parts)
				}
				for _, r := range s.persons {
					if r.p.titled || r.p.country != "" {
						m.parts = appendPerson(m.parts, r.p)
					}
				}
			}
		}
	}
	if len(ms) == 0 {
		return
	}
	ms = st.planParts(ms)
	// "В тот же день ...", "On the same day ...": the day of the event
	// told before.
	for i, m := range ms {
		if !m.date.IsZero() || m.planned || !st.sents[m.si].sameDay() {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if o := ms[j]; o.si < m.si && o.date.Complete() && !o.planned {
				m.date = o.date
				break
			}
		}
	}
	hasCommission := false
	for _, m := range ms {
		if m.typ == diplograph.EventCommissionSession && !m.planned {
			hasCommission = true
		}
	}
	for _, m := range ms {
		// A meeting within a commission session is the session itself,
		// unless the text calls it a separate bilateral meeting.
		if m.typ == diplograph.EventMeeting && hasCommission && !m.bilateral && m.date.IsZero() && !anyHead(m.parts) && m.ref {
			m.typ = diplograph.EventCommissionSession
		}
		st.place(m)
	}
	// A signing reported as the outcome of talks ("по итогам переговоров
	// подписан", "Following the talks, ... signed") was no event of its
	// own, unless the headline or the lead reports it: then the signing
	// is the reported act ("X and Y sign memorandum", GOLD_FORMAT), done
	// where and when the talks were.
	for _, m := range ms {
		if m.ref && m.ev != nil && m.ev.typ != diplograph.EventSigning && st.sents[m.si].has(cSigned) {
			kept := st.events[:0]
			for _, e := range st.events {
				if e.typ != diplograph.EventSigning {
					kept = append(kept, e)
					continue
				}
				if st.opening(e.sents[0]) && !m.ev.planned {
					kept = append(kept, e)
				}
			}
			st.events = kept
			break
		}
	}
	st.signedAtTalks()
	// "В ходе визита запланированы переговоры": an event inside another
	// reported one takes its date.
	for i, m := range ms {
		// (A planned event's year of publication is only a default.)
		if m.ev == nil || !m.ev.date.IsZero() && !(m.ev.planned && m.ev.date.Month == 0) {
			continue
		}
		// The mentions of one sentence are next to each other in ms.
		// ("... at the forum to be held in early 2027": a year of its
		// own other than the event's is kept.)
		inside := func(o *mention) bool {
			return o.ref && o.ev != nil && o.ev != m.ev && !o.ev.date.IsZero() && (m.ev.date.IsZero() || m.ev.date.Year == o.ev.date.Year)
		}
		for j := i - 1; j >= 0 && ms[j].si == m.si; j-- {
			if o := ms[j]; inside(o) {
				m.ev.date = o.ev.date
			}
		}
		for j := i + 1; j < len(ms) && ms[j].si == m.si; j++ {
			if o := ms[j]; inside(o) {
				m.ev.date = o.ev.date
			}
		}
	}
	// ... and its place.
	for i, m := range ms {
		if m.ev == nil || m.ev.city != "" {
			continue
		}
		for j := range ms {
			if o := ms[j]; j != i && o.si == m.si && o.ref && o.ev != nil && o.ev != m.ev && o.ev.city != "" && !m.ev.planned {
				m.ev.city, m.ev.cityCC = o.ev.city, o.ev.cityCC
			}
			if ms[j].si > m.si {
				break
			}
		}
	}
	// "Іс-шара аясында ...", "В рамках мероприятия ...": within the event
	// just reported, on its dates and in its place.
	for _, m := range ms {
		if m.ev == nil || m.ref || !st.sents[m.si].anaphoricFrame() {
			continue
		}
		var prev *event
		for _, e := range st.events {
			if e != m.ev && e.sents[0] < m.si && e.planned == m.ev.planned {
				prev = e
			}
		}
		if prev != nil {
			if m.ev.date.IsZero() {
				m.ev.date = prev.date
			}
			if m.ev.city == "" {
				m.ev.city, m.ev.cityCC = prev.city, prev.cityCC
			}
		}
	}
	st.complete()
	st.listedParties()
	st.bodyStates()
	st.splitVisits()
	st.tourVisits()
	st.meetingsOfEachHost()
	st.callsOfEachCounterpart()
	st.meetingsWithEachCounterpart()
	st.meetingsOfVisits()
	st.arrivalGreetings()
	st.sidesFromOpening()
	st.visitToldByReference()
	st.twoSides()
	// A council of many states is a multilateral meeting, not the
	// standing body of two; so is an organisation's council of foreign
	// ministers, but not that of two states ("Совет министров
	// иностранных дел Казахстана и Узбекистана", GOLD_FORMAT).
	for _, e := range st.events {
		if e.typ == diplograph.EventCommissionSession && (len(e.countries) > 2 || st.ministersCouncil(e) && !(len(e.countries) == 2 && len(e.orgs) == 0)) {
			e.typ = diplograph.EventMeeting
		}
	}
	// "Foreign ministers of the CIS meet" in the headline and "the
	// Council of Foreign Ministers of the CIS" in the lead: one meeting.
	// "В ходе беседы", "the conversation", "the talks" told of a phone
	// call: the call, not a meeting beside it.
	all := slices.Clone(st.events)
	kept := st.events[:0]
	for _, e := range all {
		if d := st.sameMultilateral(kept, e); d != nil {
			// (The date the text gives wins over the day of publication.)
			if d.pubDated && !e.pubDated && e.date.Complete() {
				d.date, d.end, d.pubDated = e.date, e.end, false
			}
			d.absorb(e)
			continue
		}
		if c := callOf(all, e); c != nil {
			c.absorb(e)
			continue
		}
		kept = append(kept, e)
	}
	st.events = kept
}

// listedAfter reports whether forum hit h is listed after a forum
// mention of ms that has details of its own: "the SCO summit on 31
// August in China and the second Russia – Central Asia summit": a word of
// coordination ("и", "and", "және", a comma) shortly before h, and a
// date, a country or an organisation between the first and it. It
// returns the index of the coordination, where h's part of the sentence
// starts.
func (s *sent) listedAfter(h hit, ms []*mention) (int, bool) {
	var prev *mention
	for _, m := range ms {
		if m.typ == diplograph.EventForum && !m.ref && m.t1 <= h.start {
			prev = m
		}
	}
	if prev == nil {
		return 0, false
	}
	coord := -1
	// (The name of a format may stand between: "and the Russia-Central
	// Asia summit", "as well as the 2nd ... Summit".)
	for k, n := s.prevWord(h.start), 0; k >= prev.t1 && n < 6; k, n = s.prevWord(k), n+1 {
		if w := s.toks[k].low; w == "и" || w == "and" || w == "және" || w == "," || w == "а" || w == "well" || w == "также" {
			coord = k
		}
	}
	if coord < 0 {
		return 0, false
	}
	lo, hi := s.toks[prev.t1].start-s.seg.Start, s.toks[coord].start-s.seg.Start
	for _, d := range s.dates {
		if d.Start >= lo && d.End <= hi {
			return coord, true
		}
	}
	for _, c := range s.countries {
		if c.t0 >= prev.t1 && c.t1 <= coord {
			return coord, true
		}
	}
	for _, x := range s.hits {
		if x.cl == cOrg && x.start >= prev.t1 && x.end <= coord {
			return coord, true
		}
	}
	return 0, false
}

// listedGatherings describes each of the forums of ms listed in one
// sentence (listedAfter) from its own part of the sentence: the words
// before the first of them (who attends, the status) and those from its
// trigger to the next one (its name, states, date and place).
func (st *state) listedGatherings(s *sent, ms []*mention) {
	var fs []*mention
	for _, m := range ms {
		if m.typ == diplograph.EventForum && !m.ref {
			fs = append(fs, m)
		}
	}
	if len(fs) < 2 {
		return
	}
	slices.SortFunc(fs, func(a, b *mention) int { return a.t0 - b.t0 })
	first := fs[0].t0
	for i, m := range fs {
		lo, hi := m.t0, len(s.toks)
		if m.listed {
			lo = m.from
		}
		if i+1 < len(fs) {
			hi = fs[i+1].t0
			if fs[i+1].listed {
				hi = fs[i+1].from
			}
		}
		in := func(t0, t1 int) bool { return t1 <= first || t0 >= lo && t1 <= hi }
		part := *s
		part.countries = slices.DeleteFunc(slices.Clone(s.countries), func(c cmen) bool { return !in(c.t0, c.t1) })
		part.persons = slices.DeleteFunc(slices.Clone(s.persons), func(r pref) bool { return !in(r.t0, r.t1) })
		part.hits = slices.DeleteFunc(slices.Clone(s.hits), func(h hit) bool { return !in(h.start, h.end) })
		part.cities = slices.DeleteFunc(slices.Clone(s.cities), func(c citymen) bool { return c.t0 < lo || c.t1 > hi })
		bl := s.toks[lo].start - s.seg.Start
		bh := len(s.seg.Text)
		if hi < len(s.toks) {
			bh = s.toks[hi].start - s.seg.Start
		}
		part.dates = slices.DeleteFunc(slices.Clone(s.dates), func(d dates.Mention) bool { return d.Start < bl || d.End > bh })
		m.countries, m.orgs, m.parts = nil, nil, nil
		m.date, m.end, m.city, m.cityCC = dates.Date{}, dates.Date{}, "", ""
		st.describe(&part, m)
		// "предстоящее заседание ... и второй саммит": the gatherings of
		// one list share the status of the first.
		if i > 0 {
			m.planned = fs[0].planned
		}
		// "... в Китае": the state named where the gathering meets hosts
		// it.
		for _, c := range part.countries {
			if c.loc() && c.t0 >= lo {
				m.countries = appendUniq(m.countries, c.code)
			}
		}
	}
}

// founded says whether event hit h names a body that the sentence founds
// or proposes to found: a founding word ("создание", "құру", "to form")
// at most four words before it.
// (Not when its session is told: "agreed to set up a group, whose first
// session ...".)
func (s *sent) founded(h hit) bool {
	for k := h.start; k < len(s.toks); k++ {
		if lowStarts(s.toks[k].low, "заседан", "session", "отырыс", "meeting", "встреч", "кездес") {
			return false
		}
	}
	for _, x := range s.hits {
		if x.cl != cFounding || x.end > h.start || h.start-x.end > 4 {
			continue
		}
		plain := true
		for k := x.end; k < h.start; k++ {
			plain = plain && s.toks[k].word
		}
		if plain {
			return true
		}
	}
	return false
}

// arrivalGreetings folds the greeting of a guest at the airport ("гостя
// в аэропорту встречал министр", "the guest was met at the airport by
// her counterpart") into the visit it opens: the
// greeter takes part in the visit, and the greeting is no meeting of its
// own.
func (st *state) arrivalGreetings() {
	var visits []*event
	for _, e := range st.events {
		if e.typ == diplograph.EventVisit {
			visits = append(visits, e)
		}
	}
	if len(visits) == 0 {
		return
	}
	kept := st.events[:0]
	for _, e := range st.events {
		greeting := e.typ == diplograph.EventMeeting && !e.planned
		for _, si := range e.sents {
			greeting = greeting && st.sents[si].has(cGreeting)
		}
		var into []*event
		for _, v := range visits {
			if greeting && v.planned == e.planned && (len(e.countries) == 0 || slices.ContainsFunc(e.countries, func(c string) bool {
				return slices.Contains(v.countries, c)
			})) {
				into = append(into, v)
			}
		}
		if len(into) == 0 {
			kept = append(kept, e)
			continue
		}
		for _, v := range into {
			for _, p := range e.parts {
				if p.country == "" || slices.Contains(v.countries, p.country) {
					v.parts = appendPerson(v.parts, p)
				}
			}
		}
	}
	st.events = kept
}

// callOf returns the phone call of events that a held meeting e reports
// again: the same states, no participant the call lacks, and no other
// date.
func callOf(events []*event, e *event) *event {
	if e.typ != diplograph.EventMeeting || e.planned || len(e.countries) != 2 {
		return nil
	}
	for _, c := range events {
		if c.typ != diplograph.EventPhoneCall || c.planned || !sameSet(c.countries, e.countries) || len(c.parts) == 0 {
			continue
		}
		if !e.date.IsZero() && !c.date.IsZero() && !datesAgree(e.date, c.date) {
			continue
		}
		all := true
		for _, p := range e.parts {
			all = all && slices.Contains(c.parts, p)
		}
		if all {
			return c
		}
	}
	return nil
}

// sameMultilateral returns the event of es that is the multilateral
// meeting e reports again: the same type, status and states (more than
// two), and no other date (a day of publication standing for a date the
// text does not give is none).
func (st *state) sameMultilateral(es []*event, e *event) *event {
	if e.typ != diplograph.EventMeeting || len(e.countries) <= 2 {
		return nil
	}
	for _, d := range es {
		if d.typ == e.typ && d.planned == e.planned && sameSet(d.countries, e.countries) &&
			(d.date.IsZero() || e.date.IsZero() || d.date == e.date || d.pubDated != e.pubDated) {
			return d
		}
	}
	return nil
}

// absorb merges event e, reported again, into d.
func (d *event) absorb(e *event) {
	for _, p := range e.parts {
		d.parts = appendPerson(d.parts, p)
	}
	for _, o := range e.orgs {
		d.orgs = appendUniq(d.orgs, o)
	}
	for _, si := range e.sents {
		if !slices.Contains(d.sents, si) {
			d.sents = append(d.sents, si)
		}
	}
	slices.Sort(d.sents)
	if d.date.IsZero() {
		d.date, d.end = e.date, e.end
	}
	if d.city == "" {
		d.city, d.cityCC = e.city, e.cityCC
	}
	d.primary = d.primary || e.primary
	d.inTitle = d.inTitle || e.inTitle
}

// planParts folds the programme of planned Days of Culture into them: in
// a sentence that speaks of the programme ("В программе Дней культуры –
// концерт, выставка") or that plans the Days, the Days mentioned are the
// planned ones and the concerts and exhibitions are parts of the plan,
// not events held.
func (st *state) planParts(ms []*mention) []*mention {
	planned, days := false, false
	for _, m := range ms {
		if m.typ == diplograph.EventCultureDays {
			days = true
			if m.planned {
				planned = true
			}
		}
	}
	if !days {
		return ms
	}
	programme := func(si int) bool {
		for _, t := range st.sents[si].toks {
			if lowStarts(t.low, "программ", "бағдарлама", "programme", "program") {
				return true
			}
		}
		return false
	}
	daysIn := map[int]bool{}
	framed := map[int]bool{} // sentences set in the frame of the Days
	var held *mention        // the last Days held told before
	for _, m := range ms {
		if m.typ == diplograph.EventCultureDays && (m.planned || programme(m.si)) {
			daysIn[m.si] = true
		}
		// Days held: "Дни культуры открылись концертом", "В программе
		// Дней – выставка": the concert and the exhibition are the Days'.
		if !planned && (m.typ == diplograph.EventCultureDays || programme(m.si)) {
			daysIn[m.si] = true
		}
		// "В рамках Дней также работает выставка", "as part of the
		// Days": framed by the Days.
		if st.sents[m.si].daysFrame() {
			framed[m.si] = true
		}
	}
	out := ms[:0]
	next := 0 // the first mention not yet looked at for held Days
	for _, m := range ms {
		// (The Days of the sentence too: "концертом открылись Дни".)
		for ; next < len(ms) && ms[next].si <= m.si; next++ {
			if o := ms[next]; o.typ == diplograph.EventCultureDays && !o.planned {
				held = o
			}
		}
		// The concerts and exhibitions told after the opening of the
		// Days, on their days, are the Days' programme.
		if held != nil && m.typ == diplograph.EventCulturalEvent && (!m.planned || m.date.IsZero()) && m.si >= held.si && m.si-held.si <= 10 &&
			(m.date.IsZero() || held.date.IsZero() || datesAgree(m.date, held.date) || !held.end.IsZero() && m.date.Compare(held.end) <= 0 && held.date.Compare(m.date) <= 0) {
			continue
		}
		if framed[m.si] && m.typ == diplograph.EventCulturalEvent {
			continue
		}
		if daysIn[m.si] {
			switch m.typ {
			case diplograph.EventCulturalEvent:
				continue
			case diplograph.EventCultureDays:
				if m.date.IsZero() && planned {
					m.planned = true
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// pairSummit reports a summit named by its pair: "российско-американский
// саммит", "the Putin-Trump summit", "двусторонний саммит".
func (s *sent) pairSummit(m *mention) bool {
	if !s.hasHitIn(cSummit, m.t0, m.t1) {
		return false
	}
	p := s.prevWord(m.t0)
	return p >= 0 && (strings.Count(s.toks[p].low, "-") == 1 || s.hasHitIn(cBilateral, p, p+1))
}

// daysFrame reports a sentence set in the frame of the Days ("в рамках
// Дней", "as part of the Days", "Күндері аясында").
func (s *sent) daysFrame() bool {
	for k, t := range s.toks {
		if !(lowStarts(t.low, "дней", "дни", "күндер") || t.low == "days") {
			continue
		}
		if s.hasHitEnding(cFramework, k) || k >= 2 && s.toks[k-1].low == "the" && s.toks[k-2].low == "of" && k >= 3 && lowStarts(s.toks[k-3].low, "part") {
			return true
		}
		if n := s.nextWord(k + 1); n < len(s.toks) && lowStarts(s.toks[n].low, "аясында", "шеңберінде", "барысында") {
			return true
		}
	}
	return false
}

// continues reports whether a sentence without an event word still
// speaks of the last event: it refers to it ("мероприятие", "стороны",
// "the ministers") or reports what someone said there, and does not set
// itself in the past ("ранее", "напомним").
func (st *state) continues(s *sent) bool {
	ok := s.seg.Quote || s.has(cMinistersPl)
	for _, t := range s.toks {
		if lowStarts(t.low, "ранее", "напомн", "бұған", "previously", "earlier") {
			return false
		}
		if lowStarts(t.low, "мероприят", "заседани", "председательств", "сторон", "участ", "іс-шара", "жиын", "отырыс", "тарап",
			"сказал", "отметил", "подчеркнул", "заявил", "поблагодари", "деді", "атап", "айтты", "said", "noted", "stressed",
			"thanked", "sides", "event", "also", "также", "сондай-ақ", "қатыс", "participat", "attend", "присутств", "принял", "приняла",
			"делегац", "возглав", "басқар", "delegation", "led", "headed", "discuss", "обсуд", "талқыла", "review", "рассмотр",
			"подписа", "signed", "қол", "side", "represent", "представ", "joined", "accompan", "сопровожд", "құрамында", "present",
			"открыл", "opened", "ашты", "ашып", "brought", "gathered", "собрал", "жинады", "төраға", "жүргізді", "chair", "co-chair", "hosted",
			"выступил", "церемони", "ceremony", "addressed", "сөйледі", "салтанат") {
			ok = true
		}
	}
	return ok
}

// when returns the date of e, or, for an event held that the text does
// not date, the day of publication it will be given.
func (e *event) when(pub dates.Date) dates.Date {
	if e.date.IsZero() && !e.planned {
		return pub
	}
	return e.date
}

// spans reports whether m runs over several days that include d: the
// headline's Days dated by the day of publication are those of the
// body's range.
func (m *mention) spans(d dates.Date) bool {
	return !m.end.IsZero() && d.Complete() && m.date.Complete() && m.end.Complete() && d.Compare(m.date) >= 0 && d.Compare(m.end) <= 0
}

// spans reports whether e runs over several days that include d.
func (e *event) spans(d dates.Date) bool {
	return !e.end.IsZero() && d.Complete() && e.date.Complete() && e.end.Complete() && d.Compare(e.date) >= 0 && d.Compare(e.end) <= 0
}

// sinceDate reports a year given as the time since which: "since 2018",
// "с 2018 года" (with no end), "2018 жылдан бері".
func (s *sent) sinceDate(d dates.Mention) bool {
	off := s.seg.Start
	for i, t := range s.toks {
		if t.start-off < d.Start {
			continue
		}
		// The first token of the date: the word before it, or "бері"
		// after the year's word.
		if p := s.prevWord(i); p >= 0 && (s.toks[p].low == "since" || s.toks[p].low == "с" || s.toks[p].low == "со") {
			return true
		}
		// "negotiations that began in 2023", "переговоры, начатые в 2023
		// году": when something began, not the date of the event.
		p := i
		if l := s.toks[i].low; l == "in" || l == "в" || l == "on" {
			p = s.prevWord(i)
		} else if q := s.prevWord(i); q >= 0 && (s.toks[q].low == "in" || s.toks[q].low == "в") {
			p = s.prevWord(q)
		} else {
			p = q
		}
		if p >= 0 && lowStarts(s.toks[p].low, "began", "begun", "started", "launched", "начал", "начат", "басталған", "басталды") {
			return true
		}
		for k := i; k < len(s.toks) && k <= i+3; k++ {
			if s.toks[k].low == "бері" {
				return true
			}
		}
		return false
	}
	return false
}

// outcome reports a sentence that gives the outcome of an event already
// reported: "по итогам", "қорытындысы бойынша", "following the", "as a
// result".
func (s *sent) outcome() bool {
	for _, t := range s.toks {
		if lowStarts(t.low, "итогам", "итогу", "қорытындысы", "нәтижесінде", "following", "outcome", "result") {
			return true
		}
	}
	return false
}

// takesPart reports a sentence that says someone took part in an event:
// "принял участие", "took part", "joined", "attended", "қатысты".
func (s *sent) takesPart() bool {
	for i, t := range s.toks {
		switch {
		case lowStarts(t.low, "участие", "part") && i > 0 && lowStarts(s.toks[s.prevWord(i)].low, "принял", "took", "take", "takes"):
			return true
		case lowStarts(t.low, "joined", "attended", "қатысты", "қатысып", "присутствовал", "участвовал"):
			return true
		}
	}
	return false
}

// insideHit reports whether h lies within a longer event hit of type typ.
func (s *sent) insideHit(h hit, typ string) bool {
	for _, x := range s.hits {
		if x.cl == cEvent && x.val == typ && x.start <= h.start && h.end <= x.end && x.end-x.start > h.end-h.start {
			return true
		}
	}
	return false
}

// participation reports a sentence that says who took part: "приняли
// участие", "қатысты", "attended", "the Uzbek side was represented by",
// "the delegation", "the ministers of".
func (s *sent) participation() bool {
	if s.has(cMinistersPl) {
		return true // "the foreign ministers of the five states"
	}
	for _, t := range s.toks {
		if lowStarts(t.low, "участ", "қатыс", "participat", "attend", "делегац", "delegation", "side", "сторон", "тарап",
			"represent", "представ", "joined", "present", "присутств", "led", "headed", "возглав", "басқар") {
			return true
		}
	}
	for _, r := range s.persons {
		if r.p.country != "" {
			return true
		}
	}
	return false
}

// partiesTold returns the parties of a meeting of a format's members as
// sentence s, which says who took part, tells them: without those it says
// did not take part, or the three or more states it lists.
func (st *state) partiesTold(s *sent, countries []string, parts []*person) []string {
	if s.notTakingPart() {
		for _, c := range s.countries {
			countries = slices.DeleteFunc(countries, func(x string) bool { return x == c.code })
		}
		return countries
	}
	if listed := st.listedStates(s, parts); len(listed) >= 3 {
		return listed
	}
	return countries
}

// listedParties makes the parties of a meeting of a format's members
// those that the sentences after its report list as taking part, and
// leaves out those said not to ("делегация X участия в совещании не
// принимала").
func (st *state) listedParties() {
	for _, e := range st.events {
		if e.first == nil || !e.first.grouped {
			continue
		}
		old := slices.Clone(e.countries)
		s0 := e.sents[0]
		for si := s0 + 1; si <= s0+2 && si < len(st.sents); si++ {
			s := st.sents[si]
			if !s.participation() {
				continue
			}
			e.countries = st.partiesTold(s, e.countries, e.parts)
		}
		// "Следующее заседание Совета ... пройдет в Москве": the next
		// meeting of the body has the same parties.
		for _, f := range st.events {
			if f.planned && f.first != nil && f.first.next && f.typ == e.typ && sameSet(f.countries, old) {
				f.countries = slices.Clone(e.countries)
			}
		}
	}
}

// ministersCouncil reports a session named a council of foreign
// ministers ("the OSCE Council of Foreign Ministers", "СМИД", "сыртқы
// істер министрлерінің кеңесі"): a body of many states, whose session is
// a multilateral meeting even when the text names only two of them.
func (st *state) ministersCouncil(e *event) bool {
	m := e.first
	if m == nil {
		return false
	}
	s := st.sents[m.si]
	// (Not the council of ministers of two governments, nor the joint
	// board of two foreign ministries.)
	foreign, ministers := false, false
	for k := max(0, m.t0-2); k < max(m.t1, m.t0+4) && k < len(s.toks); k++ {
		l := s.toks[k].low
		if l == "смид" {
			return true
		}
		foreign = foreign || lowStarts(l, "foreign", "иностранн", "сыртқы")
		ministers = ministers || lowStarts(l, "ministers", "министров", "министрлер")
	}
	return foreign && ministers
}

// metWith reports a person named (with his title) as the one met in
// his first sentence: after "with", "с", "со" since the person named
// before, or with the Kazakh "-мен" on his name.
func (st *state) metWith(p *person) bool {
	if len(p.sents) == 0 {
		return false
	}
	s := st.sents[p.sents[0]]
	from := 0
	for _, r := range s.persons {
		if r.p == p {
			if l := s.toks[r.t1-1].low; strings.HasSuffix(l, "мен") || strings.HasSuffix(l, "пен") || strings.HasSuffix(l, "бен") {
				return true
			}
			for k := r.t0 - 1; k >= from; k-- {
				switch s.toks[k].low {
				case "with", "с", "со":
					// "together with", "вместе с": a co-host, not
					// someone met.
					q := s.prevWord(k)
					return q < 0 || !lowStarts(s.toks[q].low, "together", "jointly", "вместе", "совместно")
				}
			}
			return false
		}
		from = r.t1
	}
	return false
}

// sameDay reports "on the same day", "в тот же день", "в этот же день",
// "сол күні".
func (s *sent) sameDay() bool {
	for i, t := range s.toks {
		if !t.word {
			continue
		}
		if n := s.nextWord(i + 1); n < len(s.toks) && (t.low == "same" && s.toks[n].low == "day" ||
			t.low == "же" && s.toks[n].low == "день" || t.low == "сол" && s.toks[n].low == "күні") {
			return true
		}
	}
	return false
}

// documentWork reports talks that are the work on a document, started,
// continued or hurried: "will resume consultations on the visa
// arrangement", "продолжить переговоры по соглашению", "келісім жобасы
// бойынша келіссөздерді жалғастыру".
func (s *sent) documentWork(h hit) bool {
	work := func(w string) bool {
		return lowStarts(w, "start", "begin", "launch", "relaunch", "continu", "accelerat", "intensif", "conclud", "complet",
			"resum", "finaliz", "finalis", "speed", "начать", "начал", "продолж", "ускор", "активиз", "заверш", "возобнов",
			"жеделдет", "жалғастыр", "баста", "аяқта", "қайта")
	}
	verb := false
	for k, n := s.prevWord(h.start), 0; k >= 0 && n < 3; k, n = s.prevWord(k), n+1 {
		if work(s.toks[k].low) {
			verb = true
		}
	}
	if n := s.nextWord(h.end); n < len(s.toks) && work(s.toks[n].low) {
		verb = true
	}
	if !verb {
		return false
	}
	doc := func(k int) bool {
		return s.hasHitIn(cAgreement, k, k+1) || s.hasHitIn(cDraftNoun, k, k+1) || lowStarts(s.toks[k].low, "arrangement")
	}
	// The document after the talks: "on", "toward", "по", "о".
	if n := s.nextWord(h.end); n < len(s.toks) {
		switch s.toks[n].low {
		case "on", "toward", "towards", "for", "over", "по", "о", "об":
			for k, c := s.nextWord(n+1), 0; k < len(s.toks) && c < 6; k, c = s.nextWord(k+1), c+1 {
				if doc(k) {
					return true
				}
			}
		}
	}
	// Kazakh: "<document> бойынша келіссөздер".
	if p := s.prevWord(h.start); p >= 0 && s.toks[p].low == "бойынша" {
		for k, c := s.prevWord(p), 0; k >= 0 && c < 4; k, c = s.prevWord(k), c+1 {
			if doc(k) {
				return true
			}
		}
	}
	return false
}

// bodyStates gives a planned summit or meeting of an organisation, told
// with two states or fewer, the states of the organisation's meeting the
// text reported with its participants: "the ministers adopted a
// declaration on holding the next CICA summit in Baku".
func (st *state) bodyStates() {
	orgOf := func(e *event) map[string]bool {
		out := map[string]bool{}
		for _, si := range e.sents {
			for _, h := range st.sents[si].hits {
				if h.cl == cOrg {
					out[h.val] = true
				}
			}
		}
		return out
	}
	for _, e := range st.events {
		if !e.planned || len(e.countries) > 2 || e.typ != diplograph.EventForum && e.typ != diplograph.EventMeeting {
			continue
		}
		own := orgOf(e)
		// "the organisation's summit", "ұйымның саммиті": the one named
		// before.
		anyOrg := false
		for _, si := range e.sents {
			for _, t := range st.sents[si].toks {
				switch t.low {
				case "ұйымның", "ұйымы", "ұйым", "организации", "организация", "organisation", "organization":
					anyOrg = true
				}
			}
		}
		if len(own) == 0 && !anyOrg {
			continue
		}
		for _, f := range st.events {
			if f.planned || len(f.countries) <= 2 {
				continue
			}
			for o := range orgOf(f) {
				if own[o] || len(own) == 0 {
					e.countries = slices.Clone(f.countries)
				}
			}
		}
	}
}

// notTakingPart reports a sentence that says someone did not take part:
// "в совещании не участвовали", "did not attend", "қатыспады".
func (s *sent) notTakingPart() bool {
	for i, t := range s.toks {
		if lowStarts(t.low, "участвова", "участия", "принима", "принял", "attend", "take", "took", "participat") {
			if p := s.prevWord(i); p >= 0 && (s.toks[p].low == "не" || s.toks[p].low == "not" || s.toks[p].low == "never") {
				return true
			}
		}
		if lowStarts(t.low, "қатыспа") {
			return true
		}
	}
	return false
}

// listedStates returns the states a sentence of participation lists (by
// name or by the countries of the officials it names) with those of the
// people given, or nil when it names fewer than three.
func (st *state) listedStates(s *sent, parts []*person) []string {
	var out []string
	for ci, c := range s.countries {
		if !c.loc() && !s.borderOrTrade(ci) && !s.groupMember(ci) {
			out = appendUniq(out, c.code)
		}
	}
	for _, r := range s.persons {
		if r.p.country != "" && !r.p.org {
			out = appendUniq(out, r.p.country)
		}
	}
	if len(out) < 3 {
		return nil
	}
	for _, p := range parts {
		if p.country != "" && !p.org {
			out = appendUniq(out, p.country)
		}
	}
	return out
}

func anyOrg(ps []*person) bool {
	for _, p := range ps {
		if p.org {
			return true
		}
	}
	return false
}

func anyHead(ps []*person) bool {
	for _, p := range ps {
		if p.head {
			return true
		}
	}
	return false
}

func appendPerson(ps []*person, p *person) []*person {
	if slices.Contains(ps, p) {
		return ps
	}
	return append(ps, p)
}

// sentenceMentions returns the event mentions of sentence s.
func (st *state) sentenceMentions(s *sent) []*mention {
	var out []*mention
	seen := map[string]bool{}
	eveOf := ""
	for _, h := range s.hits {
		if h.cl != cEvent {
			continue
		}
		sessionRef := false
		typ := h.val
		// "накануне встречи": a reference to another event, for the date.
		if p := s.prevWord(h.start); p >= 0 && s.hasHitEnding(cEve, p+1) {
			eveOf = typ
			// "заседание Совета/Диалога X": a meeting of a named body;
			// sessions of a government or parliament stay domestic, because
			// they involve one country.
			if typ == "SESSION" {
				j := s.nextWord(h.end)
				if j != h.end || j >= len(s.toks) || !s.toks[j].cap || s.hasEventAt(j) || s.covered(j) {
					continue
				}
				typ = diplograph.EventMeeting
			}
			if typ == "RECEIVE" {
				eveOf = diplograph.EventMeeting
			}
			continue
		}
		// "сирек кездесетін металдар": rare metals, not a meeting.
		if typ == diplograph.EventMeeting && strings.HasPrefix(s.toks[h.start].low, "кездесетін") {
			if p := s.prevWord(h.start); p >= 0 && s.toks[p].low == "сирек" {
				continue
			}
		}
		// "the National Council of the Arts", "the National Security
		// Council": an institution, no session.
		if typ == diplograph.EventCommissionSession && h.end-h.start == 1 && s.toks[h.start].low == "council" {
			if p := s.prevWord(h.start); p >= 0 && lowStarts(s.toks[p].low, "national", "security") {
				continue
			}
		}
		// "the Conference on Interaction ...", a word of the name of an
		// organisation: no forum.
		if typ == diplograph.EventForum && s.inOrgName(h.start) {
			continue
		}
		// "за прошедший год прошло более тридцати мероприятий –
		// гастроли, выставки": a summary of a period, no event.
		if (typ == diplograph.EventCulturalEvent || typ == diplograph.EventForum) && s.periodSummary() {
			continue
		}
		// "на пресс-конференции", "at a press conference", "баспасөз
		// конференциясында": a briefing for journalists, no forum.
		if typ == diplograph.EventForum && pressConference(s, h.start) {
			continue
		}
		// "Встречи ... проводятся регулярно", "such meetings are held
		// annually": a habit, no event.
		// "встретится на полях с лидерами ряда стран", "talks with the
		// leaders of foreign states": meetings with counterparts
		// nobody names are no event.
		if typ == diplograph.EventMeeting && s.unnamedCounterparts(h) {
			continue
		}
		if s.habitual(h) || s.counted(h) {
			continue
		}
		// "заседание Совета глав государств", "the Council of Heads of
		// State ... met": the council's summit is the event.
		if (typ == diplograph.EventMeeting || typ == "SESSION") && s.councilSummitBy(h) {
			continue
		}
		// "Council" inside "Council of Heads of State": the summit only.
		if typ == diplograph.EventCommissionSession && s.insideCouncilSummit(h) {
			continue
		}
		// "President of the European Council Charles Michel",
		// "Еуропалық кеңес төрағасы Шарль Мишель": a body in the title of
		// the person named next, not a session of it.
		if typ == diplograph.EventCommissionSession && (st.inTitleOfNext(s, h) || s.membersOf(h)) {
			continue
		}
		// "held phone talks", "телефонные переговоры": the call only.
		if typ == diplograph.EventMeeting && s.insideHit(h, diplograph.EventPhoneCall) {
			continue
		}
		// "agreed to accelerate negotiations on the agreement", "келісім
		// жобасы бойынша келіссөздерді жеделдетуге": work on a document,
		// not a meeting.
		if typ == diplograph.EventMeeting && s.documentWork(h) {
			continue
		}

		// "the meeting of the Council of Foreign Ministers": the council
		// is the event.
		if typ == diplograph.EventMeeting || typ == "SESSION" {
			j := s.nextWord(h.end)
			if j < len(s.toks) && s.toks[j].low == "of" {
				// "the 5th meeting of the Kazakhstan-Hungary
				// Intergovernmental Cooperation Committee".
				for k := s.nextWord(j + 1); k < len(s.toks) && k <= j+8; k = s.nextWord(k + 1) {
					if x, ok := s.hitAt(cEvent, k); ok {
						if x.start == k && (x.val == diplograph.EventCommissionSession || x.val == diplograph.EventForum) {
							j = -1
						}
						break
					}
					if l := s.toks[k].low; l == "," || !s.toks[k].cap && l != "the" && l != "-" && l != "–" {
						break
					}
				}
				if j < 0 {
					continue
				}
			}
		}
		// "заседание Совета/Диалога X": a meeting of a named body;
		// sessions of a government or parliament stay domestic, because
		// they involve one country.
		if typ == "SESSION" {
			// "Келесі кеңес ... өтеді": a council only as the next or
			// regular one ("кеңес" alone is advice, or the Soviet Union).
			if w := s.toks[h.start].low; strings.HasPrefix(w, "кеңес") {
				if p := s.prevWord(h.start); p < 0 || !lowStarts(s.toks[p].low, "келесі", "кезекті") {
					continue
				}
			}
			j := s.nextWord(h.end)
			named := j == h.end && j < len(s.toks) && s.toks[j].cap && !s.hasEventAt(j) && !s.covered(j)
			// Kazakh: "... министрлері кеңесінің отырысы".
			p := s.prevWord(h.start)
			for n := 0; n < 2 && p > 0 && !isGenitiveKK(s.toks[p].low); n++ {
				p = s.prevWord(p) // "кеңесінің кезекті отырысы"
			}
			if st.lang == diplograph.LangKazakh && p >= 0 && isGenitiveKK(s.toks[p].low) {
				for k := max(0, p-6); k < p; k++ {
					if s.toks[k].cap && k > 0 {
						named = true
					}
				}
				for _, o := range s.hits {
					if o.cl == cOrg && o.end <= p+1 && o.end >= p-6 {
						named = true
					}
				}
			}
			// "Министры иностранных дел государств-членов X провели
			// заседание": a session of ministers of several states.
			if s.has(cMinistersPl) && s.distinctCountries() >= 3 {
				named = true
			}
			// "Отырысқа ... қатысты", "Заседание прошло ...": the session
			// already reported.
			first := s.nextWord(0) == h.start
			// "следующее заседание комиссии состоится ...": the next
			// session of the commission the sentence or the report named.
			nextOf := ""
			if p := s.prevWord(h.start); !named && p >= 0 && lowStarts(s.toks[p].low, "следующ", "очередн", "next", "келесі", "кезекті") {
				for _, x := range s.hits {
					if x.cl == cEvent && x.val == diplograph.EventCommissionSession && x.start < h.start {
						nextOf = diplograph.EventCommissionSession
					}
				}
				for _, e := range st.events {
					if e.typ == diplograph.EventCommissionSession {
						nextOf = diplograph.EventCommissionSession
					}
				}
				// "... заседание Совета государств – участников СНГ ...
				// Следующее заседание пройдет в Баку": the next meeting of
				// the multilateral body reported before.
				if nextOf == "" {
					for _, o := range st.sents[:s.idx] {
						if (o.has(cEvent) || o.participation()) && o.distinctCountries() >= 3 && !o.has(cPlanned) {
							nextOf = diplograph.EventMeeting
						}
					}
				}
			}
			// "итоги предыдущего заседания, прошедшего в Алматы": the
			// previous session of the commission reported.
			if p := s.prevWord(h.start); nextOf == "" && !named && p >= 0 && lowStarts(s.toks[p].low, "предыдущ", "previous", "алдыңғы") {
				for _, o := range st.sents[:s.idx+1] {
					for _, x := range o.hits {
						if x.cl == cEvent && x.val == diplograph.EventCommissionSession && (o.idx < s.idx || x.start < h.start) {
							nextOf = diplograph.EventCommissionSession
						}
					}
				}
			}
			if nextOf != "" {
				typ = nextOf
			} else {
				if !named && !first {
					continue
				}
				typ = diplograph.EventMeeting
				if !named {
					sessionRef = true
				} else if s.bodyOfTwo(h) {
					// "заседание Совета стратегического сотрудничества
					// между Казахстаном и Турцией": the standing body of
					// two states.
					typ = diplograph.EventCommissionSession
				}
			}
		}
		if typ == "RECEIVE" {
			j := s.nextWord(h.end)
			// "шақыруды қабылдап", "принял приглашение", "принял участие":
			// accepting, not receiving someone.
			if p := s.prevWord(h.start); p >= 0 && lowStarts(s.toks[p].low, "шақыру", "ұсыныс", "invitation", "offer") ||
				j < len(s.toks) && lowStarts(s.toks[j].low, "приглашени", "предложени", "участие", "решени", "закон", "invitation") {
				continue
			}
			// Kazakh puts the verb last: "... министрі Хакан Фиданды қабылдады".
			kkOK := st.lang == diplograph.LangKazakh && len(s.persons) > 0 && strings.HasPrefix(s.toks[h.start].low, "қабылда")
			// "He was received by the Prime Minister", "был принят
			// Президентом".
			if j < len(s.toks) && s.toks[j].low == "by" {
				j = s.nextWord(j + 1)
			}
			if j < len(s.toks) && s.toks[j].low == "the" {
				j = s.nextWord(j + 1)
			}
			// "приветствовал в Акорде Президента ...": the place before
			// the guest.
			if j+1 < len(s.toks) && slices.Contains([]string{"в", "во", "at", "in"}, s.toks[j].low) {
				if k := s.nextWord(j + 1); k < len(s.toks) && s.toks[k].cap && !s.startsTitle(k) {
					j = s.nextWord(k + 1)
				}
			}
			// "Посол ... был вызван в МИД", "was summoned": the one
			// summoned is named before the verb.
			if lowStarts(s.toks[h.start].low, "вызван", "summoned", "шақырылды") {
				for _, r := range s.persons {
					if r.t1 <= h.start {
						kkOK = true
					}
				}
			}
			// "принял находящегося в Ташкенте с официальным визитом
			// министра ...": the guest after the clause of his stay.
			if j < len(s.toks) && lowStarts(s.toks[j].low, "находящ", "прибывш", "пребывающ") {
				for k, n := s.nextWord(j+1), 0; k < len(s.toks) && n < 8; k, n = s.nextWord(k+1), n+1 {
					if s.startsTitle(k) {
						j = k
						break
					}
				}
			}
			if !kkOK && (j >= len(s.toks) || !(s.startsTitle(j) || lowStarts(s.toks[j].low, "делегац", "delegation") ||
				(s.toks[j].cap && !st.x.lex.is(cNotName, s.toks[j].low) && !s.countryStarts(j)))) {
				continue
			}
			typ = diplograph.EventMeeting
		}
		// "Неделя казахстанского кино", "Days of Korean Cinema", "кино
		// апталығы", "Film Week": a cultural event, not a forum.
		if typ == "WEEK" || typ == diplograph.EventForum && lowStarts(s.toks[h.start].low, "апталығ", "week") {
			if s.cultureNear(h) {
				typ = diplograph.EventCulturalEvent
			} else if typ == "WEEK" {
				continue
			}
		}
		w := s.toks[h.start]
		// "обсудили гастроли театров, обмен выставками": tours and
		// exhibitions discussed are no events.
		if typ == diplograph.EventCulturalEvent && s.has(cDiscussed) && !s.has(cHeld) && !s.has(cPlanned) {
			continue
		}
		if (typ == diplograph.EventCulturalEvent || typ == diplograph.EventForum) && !st.specific(s, h) {
			continue
		}
		if st.lang == diplograph.LangRussian && (typ == diplograph.EventForum || typ == diplograph.EventVisit || typ == diplograph.EventCulturalEvent || typ == diplograph.EventMeeting) && ruPlural(w.low) {
			continue
		}
		// "фестивальдарын бірлесіп өткізу", "көрмелер": Kazakh plurals of
		// festivals, exhibitions and forums are kinds of events.
		if st.lang == diplograph.LangKazakh && (typ == diplograph.EventForum || typ == diplograph.EventCulturalEvent) && kkPlural(w.low) {
			continue
		}
		if (w.low == "week" || w.low == "fair" || w.low == "council" || w.low == "expo") && !w.cap {
			if p := s.prevWord(h.start); !(w.low == "council" && p >= 0 && s.toks[p].low == "next") {
				continue
			}
		}
		// "tour operators", "tour guides": the trade of tourism, no tour.
		if w.low == "tour" {
			if n := s.nextWord(h.end); n < len(s.toks) && lowStarts(s.toks[n].low, "operator", "guide", "agenc", "compan", "firm", "package") {
				continue
			}
		}
		// "the second stop of his regional tour", "турне министра по
		// странам региона": a politician's tour is his trip, no cultural
		// event.
		if (w.low == "tour" || w.low == "турне") && (s.hasEvent(diplograph.EventVisit) || s.has(cMinister) || s.hasPersonBefore(h.start)) && !s.cultureNear(h) {
			continue
		}
		// "in meeting its growing demand", "meeting the needs of": the verb
		// of satisfying, no meeting.
		if typ == diplograph.EventMeeting && (w.low == "meeting" || w.low == "meet") && s.meetingNeeds(h.end) {
			continue
		}
		if typ == diplograph.EventVisit && st.lang == diplograph.LangEnglish && s.toks[h.start].low == "visit" {
			// "to visit" / "a visit": fine; "visits" in general statements is filtered by the pattern.
		}
		// "a government meeting", "заседание правительства", "Үкімет
		// отырысы", "board meeting": a domestic session.
		if (typ == diplograph.EventMeeting || typ == "SESSION") && s.domesticSession(h) {
			continue
		}
		// "held a meeting with contractors", "провел совещание с
		// представителями компаний": a meeting with a home audience.
		if typ == diplograph.EventMeeting && st.homeAudience(s, h) {
			continue
		}
		// "В рамках визита он также посетит ...", "During his stay, he will
		// also visit ...": a stop of the visit the text reports.
		if typ == diplograph.EventVisit && s.visitStop(h) {
			continue
		}
		// "посетил Мангистаускую область": a minister's trip to a region
		// of his own country.
		if typ == diplograph.EventVisit && st.domesticTrip(s, h) {
			continue
		}
		// "regular consultations", "регулярные встречи": a habit, not an event.
		if p := s.prevWord(h.start); p >= 0 && lowStarts(s.toks[p].low, "regular", "регулярн", "тұрақты", "периодическ", "ежегодн", "annual") {
			continue
		}
		accepted := false
		// A visit is made by officials or a delegation, not by tourists.
		if typ == diplograph.EventVisit && !s.officialVisit(h) && !(h.start <= s.nextWord(0)+1 && st.pronounSubject(s) != nil) {
			continue
		}
		if (typ == diplograph.EventVisit || typ == diplograph.EventForum) && s.invitation(h.start) {
			// An accepted invitation is a planned visit; an invitation
			// alone, to visit or to a forum, is not an event.
			for _, t := range s.toks {
				if lowStarts(t.low, "принял", "приняла", "accepted", "қабылда") || t.low == "қабыл" {
					accepted = true
				}
			}
			// "... пригласил посетить X. Приглашение было принято с
			// благодарностью", "Шақыру ризашылықпен қабылданды".
			if !accepted && s.idx+1 < len(st.sents) {
				n := st.sents[s.idx+1]
				inv, acc := false, false
				for _, t := range n.toks {
					inv = inv || lowStarts(t.low, "приглаш", "invitation", "шақыру")
					acc = acc || lowStarts(t.low, "принят", "принял", "accepted", "қабылда") || t.low == "қабыл" // "қабыл алынды"
				}
				accepted = inv && acc
			}
			if !accepted {
				continue
			}
		}
		// "the proposal to form a joint commission", "создание Совета
		// глав регионов": a body founded is no session of it.
		if s.founded(h) {
			continue
		}
		key := typ
		// "итоги заседания ..., прошедшего в марте, и следующее заседание
		// состоится ...": the next one is another event.
		if p := s.prevWord(h.start); p >= 0 && lowStarts(s.toks[p].low, "следующ", "очередн", "next", "келесі") && seen[typ] {
			key += "/next"
		}
		// "накануне заседания Совета глав государств СНГ 10 октября в
		// Душанбе и саммита Центральная Азия – Китай 15 ноября в Астане":
		// gatherings listed one after another are events
		// of their own (each described from its part of the sentence,
		// listedGatherings).
		from, listed := 0, false
		if typ == diplograph.EventForum {
			from, listed = s.listedAfter(h, out)
		}
		if listed {
			key += "/list" + strconv.Itoa(h.start)
		}
		if sessionRef {
			key = "SESSION"
		} else if s.reference(h) {
			// "On the sidelines of the meeting, A held talks with B": the
			// framework referred to and the talks are two mentions.
			key += "/ref"
		}
		// "A held talks with B on the margins of the 5th Meeting of ...":
		// the gathering framing the talks is an event of its own.
		frame := seen[key] && s.framedBy(h)
		if frame {
			key += "/frame"
		}
		if seen[key] {
			// "The visit returned one X paid to our capital last spring":
			// the visit referred to, and another one with the date.
			var back *mention
			for _, o := range out {
				if o.typ == typ && o.refSame && o.t1 < h.start {
					back = o
				}
			}
			if back == nil || seen[key+"/other"] {
				continue
			}
			key += "/other"
			back.date, back.end = dates.Date{}, dates.Date{}
		}
		seen[key] = true
		m := &mention{typ: typ, si: s.idx, t0: h.start, t1: h.end, word: s.toks[h.start].low, listed: listed, from: from, frame: frame}
		m.sub = lowStarts(m.word, "подкомисс", "subcomm", "sub-comm") || (m.word == "кіші")
		m.ref = s.reference(h) || sessionRef
		// "Визит продолжится ...", "The visit will continue ...": the
		// event already reported, when there is one of its kind.
		// ("His trip to Astana is one stop of a tour": his is the one
		// told.)
		if k := s.nextWord(0); k == h.start || (k < h.start && s.nextWord(k+1) == h.start && (lowStarts(s.toks[k].low, "the", "this", "данный", "этот", "эта", "бұл") || s.pronounAt(k, "possessive"))) {
			if !m.ref && !st.sents[s.idx].title {
				m.refSame = true
			}
		}
		st.describe(s, m)
		st.theMinisters(s, m)
		for i, t := range s.toks {
			n := s.nextWord(i + 1)
			if lowStarts(t.low, "previous", "предыдущ") ||
				(t.low == "last" || t.low == "соңғы") && n < len(s.toks) && lowStarts(s.toks[n].low, "met", "meeting", "кездес", "visit", "session") {
				m.past = true
			}
		}
		for _, t := range s.toks {
			if lowStarts(t.low, "joined", "участ", "қатыс", "attend", "присутств") {
				m.joins = true
			}
		}
		if p := s.prevWord(h.start); p >= 0 && (s.toks[p].low == "the" || s.toks[p].low == "these") {
			m.joins = true
		}
		if accepted {
			m.planned = true
		}
		if m.bilateral {
			m.ref = false // "екіжақты кездесу барысында": a meeting of its own
		}
		// "On the sidelines of the meeting, A held talks with B": a
		// meeting of its own, not the multilateral one.
		if !m.ref && m.typ == diplograph.EventMeeting && seen[diplograph.EventMeeting+"/ref"] {
			for _, x := range s.hits {
				if x.cl == cFramework && x.end <= m.t0 {
					m.bilateral = true
				}
			}
		}
		// "On the sidelines, A met B": the framework is the event just
		// reported, the meeting one of its own.
		if !m.ref && m.typ == diplograph.EventMeeting {
			for _, x := range s.hits {
				if x.cl == cFramework && x.end <= m.t0 && x.end < len(s.toks) && s.toks[x.end].low == "," && !s.hasHitIn(cEvent, x.end, m.t0) {
					m.bilateral = true
				}
			}
		}
		if typ == diplograph.EventVisit && s.stayClause(h) {
			// Only beside a meeting, a call or a session of the sentence.
			for _, x := range s.hits {
				if x.cl == cEvent && x.start != h.start && (x.val == diplograph.EventMeeting || x.val == "RECEIVE" || x.val == diplograph.EventPhoneCall || x.val == diplograph.EventCommissionSession || x.val == "SESSION") {
					m.stay = true
				}
			}
		}
		// "the next trilateral meeting", "the next Japan–Central Asia
		// Summit".
		for p, n := s.prevWord(h.start), 0; p >= 0 && n < 5; p, n = s.prevWord(p), n+1 {
			// "the next round of interministerial consultations".
			if n >= 2 && !s.toks[p].cap && !lowStarts(s.toks[p].low, "следующ", "next", "келесі") && s.toks[p].low != "round" && s.toks[p].low != "of" {
				break
			}
			if lowStarts(s.toks[p].low, "следующ", "next", "келесі") {
				m.next = true // "the next trilateral meeting"
				m.planned = true
			}
		}
		out = append(out, m)
	}
	st.listedGatherings(s, out)
	// A headline or lead that reports a signature and nothing else: the
	// signing is the news.
	if len(out) == 0 && st.opening(s.idx) && s.has(cAgreement) && !s.has(cWillSign) && !s.outcome() {
		for _, h := range s.hits {
			if h.cl == cSigned {
				m := &mention{typ: diplograph.EventSigning, si: s.idx, t0: h.start, t1: h.end, word: s.toks[h.start].low}
				st.describe(s, m)
				m.planned = false
				out = append(out, m)
				break
			}
		}
	}
	// "the next meeting of the Council": the meeting is the session.
	for _, c := range out {
		if c.typ != diplograph.EventCommissionSession {
			continue
		}
		// The nearest such meeting word, not one that refers back ("Кездесу
		// барысында").
		bi, bd := -1, 1<<30
		for i, m := range out {
			if m.typ == diplograph.EventMeeting && (m.t0 < c.t0 && c.t0-m.t0 <= 8 || m.t0 > c.t0 && m.t0-c.t1 <= 4) {
				d := c.t0 - m.t0
				if m.t0 > c.t0 {
					d = m.t0 - c.t1
				}
				if m.ref {
					d += 100
				}
				if d < bd {
					bi, bd = i, d
				}
			}
		}
		if bi >= 0 {
			out = append(out[:bi], out[bi+1:]...)
		}
	}
	// A visit, forum or Days of Culture reported with a meeting in one
	// sentence is the framework of that meeting; so is any event "within"
	// which another one of the sentence happened.
	for _, m := range out {
		if m.frameCue && len(out) > 1 {
			m.framework = true
		}
		if m.typ == diplograph.EventVisit || m.typ == diplograph.EventForum || m.typ == diplograph.EventCultureDays {
			for _, o := range out {
				if o.typ == diplograph.EventMeeting || o.typ == diplograph.EventCommissionSession || o.typ == diplograph.EventPhoneCall {
					m.framework = true
				}
			}
		}
	}
	// Events of one sentence share its parties, and a meeting held within
	// a forum shares its place.
	for _, m := range out {
		for _, o := range out {
			if m.city == "" && o.city != "" && o.framework && !m.framework {
				m.city, m.cityCC = o.city, o.cityCC
			}
			// (Not a trip to a multilateral meeting: its members are not
			// the trip's.)
			if len(m.countries) < 2 && m.typ != diplograph.EventCultureDays && !(m.typ == diplograph.EventVisit && len(o.countries) > 2) {
				for _, c := range o.countries {
					m.countries = appendUniq(m.countries, c)
				}
			}
		}
	}
	if eveOf != "" {
		for _, m := range out {
			if m.typ != eveOf {
				m.eveOf = eveOf
			}
		}
	}
	return out
}

// domesticSession reports a meeting word qualified as a session of a
// government, a cabinet, a board or a party.
func (s *sent) domesticSession(h hit) bool {
	for p, n := s.prevWord(h.start), 0; p >= 0 && n < 2; p, n = s.prevWord(p), n+1 {
		if lowStarts(s.toks[p].low, "government", "cabinet", "board", "staff", "party", "үкімет", "кабинет", "extended", "кеңейтілген", "алқа") {
			return true
		}
	}
	if n := s.nextWord(h.end); n < len(s.toks) && lowStarts(s.toks[n].low, "правительств", "коллеги", "кабинет", "of the government", "партии", "маслихат", "мажилис", "сената", "парламент", "акимат") {
		return true
	}
	return false
}

// meetingNeeds reports a demand, need or target met: the words from k,
// past a possessive, an article and up to two adjectives, name one.
func (s *sent) meetingNeeds(k int) bool {
	k = s.nextWord(k)
	for n := 0; n < 4 && k < len(s.toks); n++ {
		w := s.toks[k].low
		if lowStarts(w, "demand", "need", "target", "requirement", "goal", "obligation", "deadline", "expectation", "standard", "criteria") {
			return true
		}
		if !(w == "its" || w == "their" || w == "our" || w == "his" || w == "her" || w == "the" || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "al") || w == "growing") {
			return false
		}
		k = s.nextWord(k + 1)
	}
	return false
}

// visitStop reports a visit word told inside the frame of a visit ("в
// рамках визита", "во время пребывания", "during his stay", "визит
// барысында"): the frame word comes before it in its sentence, and no
// state is named after it (a trip on to other states is told apart).
func (s *sent) visitStop(h hit) bool {
	for x := h.end; x < len(s.toks); x++ {
		if _, ok := s.countryAt(x); ok {
			return false
		}
	}
	for j := 0; j < h.start; j++ {
		if !lowStarts(s.toks[j].low, "визит", "visit", "stay", "пребывани", "сапар") {
			continue
		}
		for k := max(0, j-3); k < j; k++ {
			if lowStarts(s.toks[k].low, "рамках", "during", "время", "ходе") {
				return true
			}
		}
		if n := s.nextWord(j + 1); n < len(s.toks) && lowStarts(s.toks[n].low, "аясында", "барысында", "кезінде", "шеңберінде") {
			return true
		}
	}
	return false
}

// domesticTrip reports a visit to a region ("область", "облысы",
// "region") by people of one country only, the home one.
func (st *state) domesticTrip(s *sent, h hit) bool {
	// "посетил строительную площадку", "visited the construction site":
	// a verb of visiting with no foreign state, city or person in the
	// sentence (a border or a market does not count) is a trip at home.
	if w := s.toks[h.start].low; st.home != "" && lowStarts(w, "посетил", "посетила", "посетили", "visited", "барды", "болды") && !s.officialKind(h) {
		foreign := false
		for ci, c := range s.countries {
			if c.code != st.home && !s.borderOrTrade(ci) {
				foreign = true
			}
		}
		for _, c := range s.cities {
			if c.country != "" && c.country != st.home {
				foreign = true
			}
		}
		for _, r := range s.persons {
			if r.p.country != "" && r.p.country != st.home || r.p.org {
				foreign = true
			}
		}
		if s.has(cOrg) || s.has(cMinistersPl) {
			foreign = true
		}
		if !foreign {
			return true
		}
	}
	region := false
	for k := h.end; k < min(len(s.toks), h.end+4); k++ {
		if lowStarts(s.toks[k].low, "област", "облыс", "region", "province", "район", "ауда", "oblast", "регион", "өңір") {
			region = true
		}
	}
	if !region {
		return false
	}
	for _, c := range s.countries {
		if c.t0 < h.start && c.code != st.home {
			return false
		}
	}
	for _, r := range s.persons {
		if r.p.country != "" && r.p.country != st.home {
			return false
		}
	}
	return true
}

// distinctCountries returns the number of states the sentence names, not
// in the locative.
func (s *sent) distinctCountries() int {
	var cs []string
	for _, c := range s.countries {
		if !c.loc() {
			cs = appendUniq(cs, c.code)
		}
	}
	return len(cs)
}

// cultureNear reports a field of culture (cinema, theatre, music, fine
// arts, literature, animation) within three words of hit h.
func (s *sent) cultureNear(h hit) bool {
	// "Culture Week", "K-Culture Week", "неделя культуры".
	for k := max(0, h.start-2); k < len(s.toks) && k <= h.end+1; k++ {
		if l := s.toks[k].low; lowStarts(l, "culture", "культур", "мәдени") || strings.Contains(l, "-culture") {
			return true
		}
	}
	for _, o := range s.hits {
		if o.cl != cTopic || o.start < h.start-3 || o.start > h.end+3 {
			continue
		}
		switch o.val {
		case "cinema", "theatre", "music", "fine_arts", "literature", "animation":
			return true
		}
	}
	return false
}

// isGenitiveKK reports a Kazakh genitive ending.
func isGenitiveKK(w string) bool {
	for _, sfx := range []string{"ның", "нің", "дың", "дің", "тың", "тің"} {
		if strings.HasSuffix(w, sfx) {
			return true
		}
	}
	return false
}

// hasEventAt reports an event word at token j.
func (s *sent) hasEventAt(j int) bool {
	for _, h := range s.hits {
		if h.cl == cEvent && h.start == j {
			return true
		}
	}
	return false
}

// framedBy reports an event word h at most three words after a
// framework cue ("on the sidelines of the", "participation in the
// 5th"), with no other event word between.
func (s *sent) framedBy(h hit) bool {
	for _, x := range s.hits {
		if x.cl == cFramework && x.end <= h.start && h.start-x.end <= 3 && !s.eventBetween(x.end, h.start) {
			return true
		}
	}
	return false
}

// anaphoricFrame reports "Іс-шара аясында", "В рамках мероприятия", "as
// part of the event": a framework named by a generic word.
func (s *sent) anaphoricFrame() bool {
	for _, h := range s.hits {
		if h.cl != cFramework {
			continue
		}
		if n := s.nextWord(h.end); n < len(s.toks) && lowStarts(s.toks[n].low, "мероприят", "программ", "event", "визит", "visit", "поездк", "trip", "пребыван") {
			return true
		}
		if p := s.prevWord(h.start); p >= 0 && lowStarts(s.toks[p].low, "іс-шара", "бағдарлама", "сапар") {
			return true
		}
	}
	return false
}

// eventBetween reports an event word in tokens [a, b).
func (s *sent) eventBetween(a, b int) bool {
	for _, h := range s.hits {
		if h.cl == cEvent && h.start >= a && h.start < b {
			return true
		}
	}
	return false
}

// periodDate reports a year that is a period: "на 2025 год", "for 2025",
// "2025 жылға арналған".
func (s *sent) periodDate(d dates.Mention) bool {
	t0, t1 := s.span(s.seg.Start+d.Start, s.seg.Start+d.End)
	if p := s.prevWord(t0); p >= 0 && (s.toks[p].low == "на" || s.toks[p].low == "for") {
		return true
	}
	n := s.nextWord(t1)
	return n < len(s.toks) && lowStarts(s.toks[n].low, "арналған", "жылға")
}

// untilDate reports "until 25 January", "до 18 октября", "20 шілдеге
// дейін": the end of an event, not its date.
func (s *sent) untilDate(d dates.Mention) bool {
	t0, t1 := s.span(s.seg.Start+d.Start, s.seg.Start+d.End)
	if p := s.prevWord(t0); p >= 0 && (s.toks[p].low == "until" || s.toks[p].low == "до" || s.toks[p].low == "till" || s.toks[p].low == "through") {
		return true
	}
	n := s.nextWord(t1)
	return n < len(s.toks) && s.toks[n].low == "дейін"
}

// officialVisit reports whether the visit word of h is about officials:
// a named person, a title, a delegation, or an official kind of visit.
// commaBefore returns the index of the comma that closes an apposition
// before token i: right before it, or before at most two small words
// ("..., will arrive in", "..., has travelled to"); -1 when none.
func (s *sent) commaBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := s.toks[k]
		if t.low == "," {
			return k
		}
		if !t.word || t.cap {
			return -1
		}
	}
	return -1
}

func (s *sent) officialVisit(h hit) bool {
	near := func(a int) bool { return a >= h.start-8 && a <= h.end+6 }
	for _, r := range s.persons {
		if near(r.t0) || near(r.t1-1) {
			return true
		}
		// "NAME, head of a federal department ..., travelled to", "...,
		// will arrive in": the subject before an apposition.
		if r.t1 < h.start && r.t1 < len(s.toks) && s.toks[r.t1].low == "," && s.commaBefore(h.start) > r.t1 {
			return true
		}
	}
	for _, x := range s.hits {
		switch x.cl {
		case cMinister, cRole, cHeadOfState, cMinistersPl, cOrg:
			if near(x.start) {
				return true
			}
		}
	}
	return s.officialKind(h)
}

// borderOrTrade reports a country of a dateline, or one named as the
// other side of a border or the market of goods ("граница с Узбекистаном", "on the border with
// China", "Өзбекстанмен шекарада", "экспорт зерна в Китай", "exports to
// China"): a place of domestic work, not a party.
func (s *sent) borderOrTrade(ci int) bool {
	c := s.countries[ci]
	if s.datelinePlace(c) {
		return true
	}
	// "exports to China and Iran": the next of a list.
	if p := s.prevWord(c.t0); ci > 0 && p >= 0 && s.countries[ci-1].t1 == p && (s.toks[p].low == "и" || s.toks[p].low == "and" || s.toks[p].low == "," || s.toks[p].low == "және") {
		return s.borderOrTrade(ci - 1)
	}
	for p, n := s.prevWord(c.t0), 0; p >= 0 && n < 3; p, n = s.prevWord(p), n+1 {
		if lowStarts(s.toks[p].low, "границ", "border", "погранич", "экспорт", "export", "импорт", "import", "поставк", "shipment") {
			return true
		}
	}
	if n := s.nextWord(c.t1); n < len(s.toks) && lowStarts(s.toks[n].low, "шекара", "border", "экспорт", "export", "импорт", "import") {
		return true
	}
	return s.routeName(ci)
}

// routeName reports a country inside the name of a route or pipeline of
// three states or more written as one compound: "the
// China-Kazakhstan-Azerbaijan-Georgia transport corridor", "железная
// дорога Китай-Кыргызстан-Узбекистан".
func (s *sent) routeName(ci int) bool {
	c := s.countries[ci]
	if c.t1-c.t0 != 1 || strings.Count(s.toks[c.t0].low, "-") < 2 {
		return false
	}
	n := 0
	for _, d := range s.countries {
		if d.t0 == c.t0 && d.t1 == c.t1 {
			n++
		}
	}
	if n < 3 {
		return false
	}
	for k, m := c.t1, 0; k < len(s.toks) && m < 5; k, m = k+1, m+1 {
		if lowStarts(s.toks[k].low, "pipeline", "railway", "railroad", "corridor", "road", "highway", "line", "project", "route",
			"газопровод", "нефтепровод", "трубопровод", "железн", "коридор", "автомагистрал", "дорог", "маршрут", "проект", "линии", "линия",
			"газ құбыр", "құбыр", "теміржол", "дәліз", "жоба", "бағыт") {
			return true
		}
	}
	for k := c.t0 - 1; k >= 0 && k >= c.t0-3; k-- {
		if lowStarts(s.toks[k].low, "газопровод", "нефтепровод", "трубопровод", "железн", "коридор", "автомагистрал", "дорог", "маршрут", "проект") {
			return true
		}
	}
	return false
}

// datelinePlace reports a country that opens the sentence as its
// dateline ("Люксембург, 20 октября 2026 года – ...", "SINGAPORE, May
// 3 (Kazinform) --"): where the news was filed, not a party.
func (s *sent) datelinePlace(c cmen) bool {
	if c.t0 != s.nextWord(0) || c.t1 >= len(s.toks) || s.toks[c.t1].low != "," {
		return false
	}
	if c.t1+1 >= len(s.toks) {
		return false
	}
	at := s.toks[c.t1+1].start - s.seg.Start
	for _, d := range s.dates {
		if d.Dateline || d.Start >= at && d.Start <= at+2 {
			return true
		}
	}
	return false
}

// cityApposition says whether country mention c follows the name of a
// city of it after a comma, saying where the city is ("in Skopje, North
// Macedonia", "в Бишкеке, Кыргызстан"): a place, as the city is, not a
// party.
func (s *sent) cityApposition(c cmen) bool {
	k := c.t0 - 1
	if k < 0 || s.toks[k].low != "," {
		return false
	}
	for _, ct := range s.cities {
		if ct.t1 == k && ct.country == c.code {
			return true
		}
	}
	return false
}

// stayClause reports a visit word inside a clause that only says where
// someone is: "находящимся/пребывающий в X с визитом", "who is in X on a
// working visit", "currently on a visit".
func (s *sent) stayClause(h hit) bool {
	// Kazakh: "Варшавада жұмыс сапарымен жүрген министр".
	if n := s.nextWord(h.end); n < len(s.toks) && s.toks[n].low == "жүрген" {
		return true
	}
	for k := max(0, h.start-7); k < h.start; k++ {
		l := s.toks[k].low
		if lowStarts(l, "находящ", "пребывающ", "находивш", "пребывавш") || l == "currently" {
			return true
		}
		if l == "who" && k+1 < h.start && k+1 < len(s.toks) {
			if n := s.toks[k+1].low; n == "is" || n == "was" || n == "are" || n == "were" {
				return true
			}
		}
	}
	return false
}

// datedBefore reports a (possibly partial) date wholly before day pub.
func datedBefore(d, pub dates.Date) bool {
	switch {
	case d.Year != pub.Year:
		return d.Year < pub.Year
	case d.Month == 0:
		return false
	case d.Month != pub.Month:
		return d.Month < pub.Month
	}
	return d.Day != 0 && d.Day < pub.Day
}

// homeAudience reports a meeting word whose "with" names a group of
// people in lower case (contractors, exporters, journalists,
// representatives of companies) with no foreign state, organisation,
// official or delegation near it, and no foreign person in the sentence.
func (st *state) homeAudience(s *sent, h hit) bool {
	k := s.nextWord(h.end)
	// "to meet representatives of ...": the English verb takes its
	// audience without "with".
	direct := h.end == h.start+1 && lowStarts(s.toks[h.start].low, "meet") && k < len(s.toks) && lowStarts(s.toks[k].low, "representative", "business", "entrepreneur", "exporter", "journalist", "resident", "staff", "employees", "producer", "farmer")
	for n := 0; !direct && n < 3 && k < len(s.toks) && !(s.toks[k].low == "with" || s.toks[k].low == "с" || s.toks[k].low == "со"); n++ {
		k = s.nextWord(k + 1)
	}
	if !direct && (k >= len(s.toks) || !(s.toks[k].low == "with" || s.toks[k].low == "с" || s.toks[k].low == "со")) {
		return false
	}
	g := s.nextWord(k + 1)
	if direct {
		g = k
	}
	for g < len(s.toks) && (s.toks[g].low == "the" || s.toks[g].low == "local" || s.toks[g].low == "grain") {
		g = s.nextWord(g + 1)
	}
	if g >= len(s.toks) || !s.toks[g].word || s.toks[g].cap || s.blocked(g) {
		return false
	}
	if !lowStarts(s.toks[g].low, "подрядчик", "строител", "экспортер", "экспортёр", "журналист", "предпринимател", "бизнесмен", "фермер", "аграри",
		"contractor", "builder", "exporter", "journalist", "entrepreneur", "businessm", "business", "farmer", "представител", "representative", "руководител", "heads", "staff", "employees", "сотрудник", "жител", "residents", "producer", "производител") {
		return false
	}
	for x := g; x < min(len(s.toks), g+5); x++ {
		if _, ok := s.countryAt(x); ok {
			return false
		}
		if s.blocked(x) || lowStarts(s.toks[x].low, "делегац", "delegation", "посольств", "embassy", "зарубежн", "иностранн", "foreign", "дипломат", "diplomat", "международн", "international", "дипкорпус") {
			return false
		}
	}
	for _, r := range s.persons {
		if r.p.country != "" && r.p.country != st.home || r.p.org {
			return false
		}
	}
	return !s.has(cOrg)
}

// officialKind reports "official", "working", "state" or a delegation
// next to the visit word of h.
func (s *sent) officialKind(h hit) bool {
	for k := max(0, h.start-3); k < min(len(s.toks), h.end+3); k++ {
		if lowStarts(s.toks[k].low, "официальн", "рабоч", "государствен", "official", "working", "state", "ресми", "жұмыс", "мемлекеттік", "делегац", "delegation") {
			return true
		}
	}
	// "during her first visit to Kazakhstan": the visit of someone the
	// sentence names, told with a possessive.
	if len(s.persons) > 0 {
		for k := max(0, h.start-2); k < h.start; k++ {
			switch s.toks[k].low {
			case "her", "his", "its", "его", "ее", "её", "оның":
				return true
			}
		}
	}
	return false
}

// invitation reports "пригласил посетить", "an invitation to visit":
// an invitation is not an event.
func (s *sent) invitation(i int) bool {
	for k := max(0, i-10); k < i; k++ {
		if lowStarts(s.toks[k].low, "приглас", "приглаш", "invit", "шақыр") {
			return true
		}
	}
	for k := i + 1; k < len(s.toks) && k <= i+8; k++ {
		if lowStarts(s.toks[k].low, "шақыр") {
			return true
		}
	}
	return false
}

// reference reports an event word that refers back to an event already
// reported: "в ходе встречи", "по итогам переговоров", "участники
// встречи", "кездесу барысында", "during the talks".
func (s *sent) reference(h hit) bool {
	if p := s.prevWord(h.start); p >= 0 {
		if lowStarts(s.toks[p].low, "итогам", "участник", "ходе", "during", "following", "after", "завершени", "рамках", "программ") {
			return true // "Программой визита предусмотрена ..."
		}
		// "this exhibition will show ...", "эта выставка":
		// the event already reported.
		if lowStarts(s.toks[p].low, "this", "эта", "эту", "этой", "этот", "этом", "данн", "бұл") {
			return true
		}
		if q := s.prevWord(p); q >= 0 && s.toks[p].low == "the" && s.toks[q].low == "of" {
			p = q // "at the end of the meeting"
		}
		if q := s.prevWord(p); q >= 0 && s.toks[p].low == "of" && lowStarts(s.toks[q].low, "end", "result", "outcome", "course", "margins", "sidelines", "programme", "program") {
			return true
		}
		if q := s.prevWord(p); q >= 0 && s.toks[p].low == "the" && lowStarts(s.toks[q].low, "during", "following", "after") {
			return true
		}
	}
	if n := s.nextWord(h.end); n < len(s.toks) && lowStarts(s.toks[n].low, "барысында", "қорытындысы", "кезінде", "соңында", "нәтижесі", "аясында", "бағдарлама") {
		// "Кездесу ... жұмыс сапары аясында өтті": a visit told as the
		// frame of another event of its sentence is an event of its own.
		return !(h.val == diplograph.EventVisit && lowStarts(s.toks[n].low, "аясында") && s.eventBefore(h))
	}
	return false
}

// eventBefore reports an event word of another type than h's before h in
// its sentence.
func (s *sent) eventBefore(h hit) bool {
	for _, x := range s.hits {
		if x.cl == cEvent && x.end <= h.start && x.val != h.val {
			return true
		}
	}
	return false
}

// ruPlural reports a Russian plural form of an event noun ("форумы",
// "визитов", "выставках"): kinds of events, not one event.
func ruPlural(w string) bool {
	for _, stem := range []string{"форум", "визит", "концерт", "фестивал", "саммит", "конгресс", "выставк", "конференци", "встреч"} {
		if !strings.HasPrefix(w, stem) {
			continue
		}
		end := w[len(stem):]
		if stem == "встреч" {
			return end == "" || end == "ам" || end == "ами" || end == "ах"
		}
		switch end {
		case "ы", "ов", "ам", "ами", "ах", "ей", "ям", "ями", "ях":
			return true
		case "и":
			return stem != "выставк" && stem != "конференци"
		}
	}
	return false
}

func (s *sent) hasHitEnding(cl class, end int) bool {
	for _, h := range s.hits {
		if h.cl == cl && h.end == end {
			return true
		}
	}
	return false
}

func (s *sent) startsTitle(j int) bool {
	for _, h := range s.hits {
		if h.start == j && (h.cl == cMinister || h.cl == cRole || h.cl == cHeadOfState || h.cl == cDeputy || h.cl == cMinistersPl || h.cl == cPortfolio) {
			return true
		}
	}
	// "the Saudi Minister", "Kazakhstan's delegation", "казахстанскую
	// делегацию" (not "welcomed Saudi investment").
	if c, ok := s.countryAt(j); ok && c.t0 == j {
		k := c.t1
		for k < len(s.toks) && (s.toks[k].low == "'" || s.toks[k].low == "’" || s.toks[k].low == "s") {
			k++
		}
		if k >= len(s.toks) {
			return false
		}
		if s.toks[k].cap || lowStarts(s.toks[k].low, "делегац", "delegation", "side", "сторон", "тарап", "counterpart", "коллег", "әріптес", "official") {
			return true
		}
		// (A field after the adjective is a title only with its office:
		// "Saudi investment" is not the Saudi investment minister.)
		for _, h := range s.hits {
			if h.start == k && (h.cl == cMinister || h.cl == cRole || h.cl == cHeadOfState || h.cl == cDeputy || h.cl == cMinistersPl) {
				return true
			}
			if h.start == k && h.cl == cPortfolio && h.end < len(s.toks) && s.hasHitIn(cMinister, h.end, h.end+1) {
				return true
			}
		}
		return false
	}
	return j < len(s.toks) && s.toks[j].low == "the" && s.startsTitle(s.nextWord(j+1))
}

// specific reports whether a concert, exhibition or forum word names one
// event (a title, a date, a place, a tense) rather than a kind of thing.
func (st *state) specific(s *sent, h hit) bool {
	for k := max(0, h.start-3); k < min(len(s.toks), h.end+6); k++ {
		if k >= h.start && k < h.end {
			continue
		}
		t := s.toks[k]
		if t.low == "«" || t.low == "\"" || t.low == "“" || (t.word && t.cap && k > 0 && !st.x.lex.is(cNotName, t.low)) || isRoman(t.text) {
			return true
		}
	}
	if len(s.dates) > 0 {
		return true
	}
	for _, c := range s.cities {
		if c.loc {
			return true
		}
	}
	return s.has(cHeld) || s.has(cPlanned)
}

func isRoman(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}

// describe reads the status, countries, date, place and people of m
// from its sentence.
func (st *state) describe(s *sent, m *mention) {
	// Status: the nearer of a future and a past marker.
	pd, hd := 1<<30, 1<<30
	for _, h := range s.hits {
		d := h.start - m.t0
		if d < 0 {
			d = -d
		}
		// "алдағы", "предстоящий", "upcoming" qualify the noun after them.
		if h.cl == cPlanned && lowStarts(s.toks[h.start].low, "алдағы", "предстоящ", "upcoming", "следующ", "очередн", "next", "келесі") &&
			(h.end > m.t0 || m.t0-h.end > 2) {
			continue
		}
		// "договорились встретиться/провести": planned; "договорились о
		// сотрудничестве": no status.
		if h.cl == cPlanned && lowStarts(s.toks[h.start].low, "договорил", "условил") {
			n := s.nextWord(h.end)
			if n >= len(s.toks) || !lowEnds(s.toks[n].low, "ть", "ться", "сти", "чь") {
				continue
			}
		}
		if h.cl == cPlanned && d < pd {
			pd = d
		}
		// "was postponed": the longer phrase, not the "was" inside it.
		if h.cl == cHeld && d < hd && !s.insideLonger(h, cPlanned) {
			hd = d
		}
	}
	m.planned = pd < 1<<30 && pd < hd
	// "X is on a state visit to Y to take part in ...": a visit told as
	// going on by the words right before it; the plan after it is its
	// purpose.
	if m.planned && m.typ == diplograph.EventVisit && s.heldRightBefore(m.t0) {
		m.planned = false
	}
	// "the minister arrives in Budapest for talks", "прибыл в Ташкент для
	// переговоров": the talks are the purpose of the trip, still to come.
	if !m.planned && m.typ == diplograph.EventMeeting && lowStarts(m.word, "talks", "переговор", "келіссөз") && s.purposeOfTrip(m) {
		m.planned = true
	}
	if st.lang == diplograph.LangKazakh && (strings.HasSuffix(m.word, "седі") || strings.HasSuffix(m.word, "сады")) {
		m.planned = true
	}
	// Kazakh future participles and intentions: "келетінін", "баратын",
	// "өткізбек".
	if st.lang == diplograph.LangKazakh && !m.planned {
		for k := max(0, m.t0-6); k < min(len(s.toks), m.t1+6); k++ {
			w := s.toks[k].low
			if w == "болатын" || w == "болатынын" {
				continue // "кездескен болатын": had met
			}
			for _, sfx := range []string{"етін", "атын", "йтін", "йтын", "етінін", "атынын", "йтінін", "йтынын", "етінін", "мекші", "мақшы"} {
				if strings.HasSuffix(w, sfx) && utf8.RuneCountInString(w) > 5 {
					m.planned = true
				}
			}
		}
	}
	// Bilateral; a framework ("в рамках форума", "форум аясында").
	for _, h := range s.hits {
		if h.cl == cBilateral && h.end <= m.t0 && m.t0-h.end <= 2 {
			m.bilateral = true
		}
		if h.cl == cFramework && h.end <= m.t0 && m.t0-h.end <= 4 && h.val == "" && !s.eventBetween(h.end, m.t0) {
			m.frameCue = true
		}
		if h.cl == cFramework && h.start >= m.t1 && h.start-m.t1 <= 4 && st.lang == diplograph.LangKazakh && !s.eventBetween(m.t1, h.start) {
			m.frameCue = true
		}
	}
	// A headline's "at Green Week", "на форуме": the place of the news.
	if s.title {
		for k := max(0, m.t0-4); k < m.t0; k++ {
			if l := s.toks[k].low; l == "at" || l == "на" || l == "во" || l == "during" || l == "ходе" || l == "рамках" {
				m.framework = true
			}
		}
	}
	// Countries.
	if m.typ == diplograph.EventCultureDays {
		m.countries = st.cultureDaysCountries(s, m)
		// "Мәдениет күндері ... мүмкіндік" in a later quote: Days named
		// without a state are the Days already reported.
		if len(m.countries) == 0 && !s.title && st.daysBefore(s.idx) {
			m.ref = true
		}
	} else {
		var nonLoc, loc []string
		for ci, c := range s.countries {
			if s.borderOrTrade(ci) || s.discussedCountry(ci) {
				continue
			}
			// "arrived in Astana for the India-Central Asia Dialogue": the
			// members of a format are the parties of its meeting, not of
			// the trip to it.
			if m.typ == diplograph.EventVisit && s.groupMember(ci) {
				continue
			}
			if s.groupMember(ci) {
				m.grouped = true
			}
			if c.loc() || s.cityApposition(c) {
				loc = appendUniq(loc, c.code)
			} else {
				nonLoc = appendUniq(nonLoc, c.code)
			}
		}
		m.countries = nonLoc
		// "the situation in Ukraine": a place named in the locative is a
		// party only when the sentence names no two sides otherwise.
		sides := map[string]bool{}
		for _, r := range s.persons {
			if r.p.country != "" {
				sides[r.p.country] = true
			}
		}
		// "встреча министров ЕС – Центральная Азия в Люксембурге": with
		// an international organisation as a side, a state named in the
		// locative is the venue, not a party (unless one of its
		// officials takes part).
		venue := false
		if m.typ != diplograph.EventVisit {
			for _, h := range s.hits {
				if h.cl == cOrg {
					venue = true
				}
			}
		}
		if len(nonLoc) < 2 && len(sides) < 2 && !venue {
			for _, c := range loc {
				m.countries = appendUniq(m.countries, c)
			}
		}
	}
	for _, h := range s.hits {
		if h.cl == cOrg {
			m.orgs = appendUniq(m.orgs, h.val)
		}
	}
	// Date: the nearest date expression; for events of several days a
	// range wins, and "until 18 October" gives the end.
	multi := m.typ == diplograph.EventCultureDays || m.typ == diplograph.EventForum || m.typ == diplograph.EventCulturalEvent || m.typ == diplograph.EventVisit
	best, bestD := -1, 1<<30
	var until dates.Date
	trig := s.toks[m.t0].start - s.seg.Start
	for i, d := range s.dates {
		// A news agency's dateline dates the article, not the event.
		if d.From.Year == 0 && !d.Relative || d.Dateline {
			continue
		}
		// "на 2025–2027 годы", "на 2025 год": the period of a
		// document, not a date.
		if d.From.Month == 0 && (d.IsRange() || s.periodDate(d)) {
			continue
		}
		if !d.IsRange() && (d.Until || s.untilDate(d)) {
			until = d.From
			continue
		}
		// "the first visit since 2018", "2018 жылдан бері": a time
		// since which, not the date.
		if d.From.Month == 0 && !d.IsRange() && s.sinceDate(d) {
			continue
		}
		// A planned event is not dated before publication ("trade grew
		// in 2025 and the next session will be held ...").
		if m.planned && !d.YearInferred && !d.Relative && st.pub.Complete() && d.From.Year != 0 && datedBefore(d.From, st.pub) {
			continue
		}
		dist := d.Start - trig
		if dist < 0 {
			dist = -dist - 1
		}
		if multi && d.IsRange() {
			dist -= 1 << 20
		}
		if dist < bestD {
			best, bestD = i, dist
		}
	}
	if !m.ref || m.planned && (lowStarts(m.word, "отырыс", "заседани", "session") || m.typ == diplograph.EventVisit || m.typ == diplograph.EventForum) {
		if best >= 0 {
			d := s.dates[best]
			m.date, m.end = d.From, d.To
			// "met last year", "в прошлом месяце провели": a day told
			// back from the news was, whatever plans the sentence tells.
			if m.planned && d.Relative && st.pub.Complete() && datedBefore(d.From, st.pub) && !d.IsRange() {
				m.planned = false
			}
			// "will take place on 1-2 October": a planned event's day and
			// month without a year fall after publication, or on its day,
			// or (an announcement told days later: "announced on Friday
			// that the minister will travel on 1-2 December") a little
			// before it.
			if m.planned && d.YearInferred && st.pub.Complete() && m.date.Month != 0 && !after(m.date, st.pub) {
				m.date.Year = st.pub.Year
				if daysBefore(m.date, st.pub) > plannedSlackDays {
					m.date.Year++
				}
				if !m.end.IsZero() {
					m.end.Year = m.date.Year
				}
			}
		}
		if multi && m.end.IsZero() && !until.IsZero() {
			m.end = until
		}
	}
	// City: the nearest place in the locative.
	bestD = 1 << 30
	for _, c := range s.cities {
		if !c.loc {
			continue
		}
		d := c.t0 - m.t0
		if d < 0 {
			d = -d
		} else if d > 10 {
			// Names and titles ("talks with Egyptian Minister of Planning
			// and Economic Development NAME in Cairo") do not count.
			for k := m.t1; k < c.t0; k++ {
				if s.covered(k) || s.masked[k] {
					d--
				}
			}
		}
		// "consultations between the ministries of X and Y were held in
		// CITY": the place of the verb of holding.
		if p := s.prevWord(c.t0); c.t0 > m.t0 && p > 0 && (s.toks[p].low == "in" || s.toks[p].low == "в" || s.toks[p].low == "во") && s.hasHitIn(cHeld, max(0, p-3), p) && !s.hasHitIn(cEvent, m.t1, p) {
			d = min(d, 4)
		}
		// "met NAME of Mongolia at the presidential residence on the
		// outskirts of Astana": far, but in the same clause.
		if c.t0 > m.t0 && d > 10 && c.t0-m.t1 <= 25 && s.sameClause(m.t1, c.t0) {
			d = 10
		}
		if c.t0 > m.t0 && d > 10 {
			continue // a place in another clause after the event word
		} else {
			d += 2 // before the event word is likelier its place
		}
		if d < bestD {
			m.city, m.cityCC, bestD = c.name, c.country, d
		}
	}
	// A forum named for its city: "Antalya Diplomacy Forum",
	// "Астанинский международный форум" is handled by the gazetteer's
	// adjectives when it has them.
	if (m.typ == diplograph.EventForum || m.typ == diplograph.EventCulturalEvent) && m.city == "" {
		for _, c := range s.cities {
			if c.t1 <= m.t0 && m.t0-c.t1 <= 3 {
				m.city, m.cityCC = c.name, c.country
			}
		}
	}
	// The destination of a visit: "посетит Астану", "visit Seoul",
	// "Астанаға жұмыс сапарымен келді".
	if m.typ == diplograph.EventVisit && m.city == "" {
		for _, c := range s.cities {
			if c.t0 >= m.t1 && c.t0-m.t1 <= 2 {
				m.city, m.cityCC = c.name, c.country
			}
			if st.lang == diplograph.LangKazakh && c.t1 <= m.t0 && m.t0-c.t1 <= 2 && lowEnds(s.toks[c.t1-1].low, "ға", "ге", "қа", "ке", "на", "не") {
				m.city, m.cityCC = c.name, c.country
			}
		}
	}
	for _, r := range s.persons {
		m.parts = appendPerson(m.parts, r.p)
	}
	// "EAM met the Foreign Minister of X", "the Secretary of State spoke
	// with ...": an office of one government named without its holder
	// gives that state.
	for _, h := range s.hits {
		if h.cl != cMinister && h.cl != cRole || s.covered(s.nextWord(h.end)) {
			continue
		}
		// Not a title that names its state or holder: "Secretary of State
		// for Foreign Affairs of Brazil", "British Foreign Secretary".
		if n := s.nextWord(h.end); n < len(s.toks) && (s.toks[n].low == "of" || s.toks[n].low == "for" || s.toks[n].cap) {
			continue
		}
		if p := s.prevWord(h.start); p >= 0 && (s.toks[p].low == "s" || s.toks[p].low == "'") {
			continue
		}
		// "японский министр провел переговоры": the minister of that
		// state named before.
		if c, ok := s.countryAt(s.prevWord(h.start)); ok && !c.loc() && h.cl == cMinister {
			for _, p := range st.people {
				if p.country == c.code && p.minister && len(p.sents) > 0 && p.sents[0] < s.idx {
					m.parts = appendPerson(m.parts, p)
					break
				}
			}
			continue
		}
		if _, ok := s.countryAt(s.prevWord(h.start)); ok {
			continue
		}
		if c := titleState(s, anchor{h: h, cl: h.cl}, h.start, h.end); c != "" {
			m.countries = appendUniq(m.countries, c)
			// The holder named before: "External Affairs Minister NAME
			// ... EAM met ...".
			for _, p := range st.people {
				if p.country == c && p.minister == (h.cl == cMinister) && p.sents[0] < s.idx {
					m.parts = appendPerson(m.parts, p)
					break
				}
			}
		}
	}
	// "Ол ... кездесті", "He also met ...": the subject of the sentence
	// before.
	if p := st.pronounSubject(s); p != nil && (m.typ == diplograph.EventMeeting || m.typ == diplograph.EventVisit || m.typ == diplograph.EventPhoneCall) && !slices.Contains(m.parts, p) {
		m.parts = appendPerson(m.parts, p)
		if p.country != "" {
			m.countries = appendUniq(m.countries, p.country)
		}
	}
}

// pronounAt reports a pronoun of the kind (subject, possessive) at
// token k.
func (s *sent) pronounAt(k int, kind string) bool {
	h, ok := s.hitAt(cPronoun, k)
	return ok && h.val == kind
}

// pronounSubject returns the person a sentence opening with a personal
// or possessive pronoun (он, ол, he; его, оның, his) refers to: the
// first person named in the sentence before it that names any.
func (st *state) pronounSubject(s *sent) *person {
	k := s.nextWord(0)
	if k >= len(s.toks) {
		return nil
	}
	// "The Minister will be in Santiago": a bare title is the subject
	// named before, as a pronoun is.
	bare := false
	if l := s.toks[k].low; l == "the" || l == "this" {
		k = s.nextWord(k + 1)
	}
	if h, ok := s.hitAt(cMinister, k); ok && h.start == k && !s.covered(s.nextWord(h.end)) {
		bare = true
	}
	ph, ok := s.hitAt(cPronoun, k)
	if !ok && !bare {
		return nil
	}
	// ("Тот визит", "та встреча": a determiner of the event, no one;
	// "тот прибыл" has a verb in the past after it.)
	if n := s.nextWord(ph.end); ok && ph.val == "last" && s.hasEventAt(n) && !lowEnds(s.toks[n].low, "л", "ла", "ло", "ли", "лся", "лась", "лись") {
		return nil
	}
	for i := s.idx - 1; i >= 0 && i >= s.idx-3; i-- {
		prev := st.sents[i]
		if prev.title || len(prev.persons) == 0 {
			continue
		}
		// "Тот прибыл в Астану": "that one" is the person named last.
		if ok && ph.val == "last" {
			last := prev.persons[0]
			for _, r := range prev.persons[1:] {
				if r.t0 > last.t0 {
					last = r
				}
			}
			return last.p
		}
		first := prev.persons[0]
		for _, r := range prev.persons[1:] {
			if r.t0 < first.t0 {
				first = r
			}
		}
		// The subject comes before the verb of its event; a person named
		// after it ("... will hold talks with X") is no subject.
		if ev, ok := prev.firstEvent(); ok && first.t0 > ev {
			continue
		}
		if bare && !first.p.minister {
			continue
		}
		return first.p
	}
	return nil
}

// firstEvent returns the token of the first event word of s.
func (s *sent) firstEvent() (int, bool) {
	for _, h := range s.hits {
		if h.cl == cEvent {
			return h.start, true
		}
	}
	return 0, false
}

// daysBefore reports Days of Culture named in a sentence before si.
func (st *state) daysBefore(si int) bool {
	for _, s := range st.sents[:si] {
		for _, h := range s.hits {
			if h.cl == cEvent && h.val == diplograph.EventCultureDays {
				return true
			}
		}
	}
	return false
}

// cultureDaysCountries reads the guest and host of Days of Culture:
// "Дни культуры Казахстана в Азербайджане", "Ресейдегі Қазақстанның
// мәдени күндері", "Kazakh Culture Days in Azerbaijan".
func (st *state) cultureDaysCountries(s *sent, m *mention) []string {
	// The guest is the nearest state named after the words ("Дни
	// культуры Таджикистана") or, in Kazakh and when none follows, before
	// them ("Қазақстан мәдениеті күндері", "Kazakh Culture Days"), not a
	// state named further off ("на сцене театра Беларуси открылись Дни
	// ...").
	host := ""
	after, before := "", ""
	dAfter, dBefore := 1<<30, 1<<30
	for _, c := range s.countries {
		// "Дни азербайджанской культуры", "Days of Azerbaijani
		// Culture": the adjective inside the words is the guest.
		if c.t0 > m.t0 && c.t1 < m.t1 {
			after, dAfter = c.code, -1
			continue
		}
		isAfter := c.t0 >= m.t1 && c.t0-m.t1 <= 5
		isBefore := c.t1 <= m.t0 && m.t0-c.t1 <= 4
		if !isAfter && !isBefore {
			continue
		}
		if c.loc() || (c.t0 > 0 && (s.toks[c.t0-1].low == "в" || s.toks[c.t0-1].low == "во" || s.toks[c.t0-1].low == "in")) {
			if host == "" {
				host = c.code
			}
			continue
		}
		if isAfter && c.t0-m.t1 < dAfter {
			after, dAfter = c.code, c.t0-m.t1
		}
		if isBefore && m.t0-c.t1 < dBefore && (c.kind == gazetteer.Adjective || c.cas == "gen" || st.lang == diplograph.LangKazakh || st.lang == diplograph.LangEnglish) {
			before, dBefore = c.code, m.t0-c.t1
		}
	}
	guest := after
	if before != "" && (guest == "" || st.lang == diplograph.LangKazakh) {
		guest = before
	}
	var out []string
	if guest != "" {
		out = append(out, guest)
	}
	if host != "" && host != guest {
		out = append(out, host)
	}
	return out
}

func appendUniq(xs []string, x string) []string {
	if x == "" || slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// compatible reports whether mention m can be another report of event e.
// another reports a further meeting told as such: "was also received by
// the Minister of Tourism", "Later, the minister paid a courtesy call on
// the Prime Minister" name an official of a side of meeting e whom e does
// not count, while e already has one of that side.
func (st *state) another(e *event, m *mention) bool {
	s := st.sents[m.si]
	if e.typ != diplograph.EventMeeting || m.ref || m.refSame || s.takesPart() {
		return false
	}
	// "... talks with the Foreign Minister of Chile. She will then travel
	// on to Lima to meet the Foreign Minister of Peru": an official of
	// a third state is another meeting.
	for _, p := range m.parts {
		if !p.titled || p.country == "" || p.country == st.home || slices.Contains(e.countries, p.country) {
			continue
		}
		for _, c := range e.countries {
			if c != st.home && c != p.country {
				return true
			}
		}
	}
	if len(e.parts) < 2 {
		return false
	}
	// "also", "later", or within the visit: "В рамках визита A провел
	// встречу с ...".
	also := s.has(cFramework)
	for _, t := range s.toks {
		if lowStarts(t.low, "also", "later", "также", "затем", "сондай-ақ", "кейін", "afterwards") {
			also = true
		}
	}
	// "On the same day", "В тот же день", "Сол күні": another meeting of
	// the day.
	also = also || s.sameDay()
	if !also {
		return false
	}
	for _, p := range m.parts {
		if !p.titled || p.org || slices.Contains(e.parts, p) {
			continue
		}
		// An official named without a country is of one of the sides
		// until the event gives him one.
		if p.country == "" {
			return true
		}
		for _, q := range e.parts {
			if q.country == p.country {
				return true
			}
		}
	}
	return false
}

func compatible(e *event, m *mention) bool {
	if e.typ != m.typ {
		return false
	}
	// "The last meeting ... took place in June 2024" is not the undated
	// meeting told before it.
	if e.first != nil && m.past != e.first.past && !m.ref && (e.date.IsZero() || m.date.IsZero()) {
		return false
	}
	// A bilateral meeting is not the multilateral one it was held at;
	// nor is a meeting of two named people of two states the gathering of
	// many states told without names ("SCO ministers gathered", then "A
	// met B").
	if m.bilateral && len(e.countries) > 2 || len(e.countries) > 2 && len(e.parts) == 0 && len(m.parts) >= 2 && len(m.sides()) == 2 {
		return false
	}
	// A future event of the same kind is another one.
	if e.planned != m.planned {
		return false
	}
	if !m.date.IsZero() && !e.date.IsZero() && !datesAgree(m.date, e.date) && !e.spans(m.date) && !m.spans(e.date) {
		return false
	}
	if e.typ == diplograph.EventCultureDays && len(m.countries) > 0 && len(e.countries) > 0 {
		if m.countries[0] != e.countries[0] {
			return false
		}
		if len(m.countries) > 1 && len(e.countries) > 1 && m.countries[1] != e.countries[1] {
			return false
		}
		return true
	}
	if len(m.countries) >= 2 && len(e.countries) >= 2 && !subset(m.countries, e.countries) && !subset(e.countries, m.countries) {
		return false
	}
	if e.typ == diplograph.EventVisit && !e.planned && !m.ref && !m.refSame && otherTraveller(e, m) {
		return false
	}
	// "Также состоялась встреча с министром ... Эстонии": a meeting with
	// a counterpart of another state is another meeting.
	if e.typ == diplograph.EventMeeting && !m.ref && !m.refSame && len(e.countries) == 2 && !m.joins {
		for _, p := range m.parts {
			if p.country != "" && !slices.Contains(e.countries, p.country) {
				return false
			}
		}
	}
	// A head of state's reception and his guest's talks with a minister
	// told after it are two meetings; otherwise a mention with a head and
	// one without are one when they share a participant ("в аэропорту
	// гостя встретил министр", then the talks of the presidents).
	if len(m.parts) > 0 && len(e.parts) > 0 && anyHead(m.parts) != anyHead(e.parts) {
		common, fresh := false, false
		talks := anyHead(e.parts) && lowStarts(m.word, "переговор", "talks", "келіссөз", "консультац", "consultations")
		for _, p := range m.parts {
			if slices.Contains(e.parts, p) {
				common = true
			} else if p.titled && talks {
				fresh = true
			}
		}
		if !common || fresh {
			return false
		}
	}
	return true
}

// otherTraveller says whether a visit mention tells another journey than
// the visit e: it goes to a city of the state e's travellers come from
// ("A's president visited B", later "last year B's president came to A's
// capital"), or e goes to a city of the state of m's. (The people of a
// mention alone do not tell: the host who welcomes "your state visit" is
// named in it.)
func otherTraveller(e *event, m *mention) bool {
	from := func(ps []*person) string {
		c := ""
		for _, p := range ps {
			if p.org || p.country == "" {
				continue
			}
			if c != "" && c != p.country {
				return ""
			}
			c = p.country
		}
		return c
	}
	ef, mf := from(e.parts), from(m.parts)
	return ef != "" && m.cityCC == ef || mf != "" && e.cityCC == mf
}

// sides returns the states of a mention: those it names and those of its
// participants.
func (m *mention) sides() []string {
	out := slices.Clone(m.countries)
	for _, p := range m.parts {
		if p.country != "" {
			out = appendUniq(out, p.country)
		}
	}
	return out
}

// datesAgree reports whether two dates, possibly partial, can be the same
// day: equal to the precision of the less precise one.
func datesAgree(a, b dates.Date) bool {
	if a.Year != b.Year {
		return false
	}
	if a.Month == 0 || b.Month == 0 {
		return true
	}
	if a.Month != b.Month {
		return false
	}
	return a.Day == 0 || b.Day == 0 || a.Day == b.Day
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// place merges m into a compatible event or starts a new one.
func (st *state) place(m *mention) {

	// Only the recent events are candidates, which bounds the work on
	// very long texts.
	lo := max(0, len(st.events)-64)
	// "The next trilateral meeting will be hosted by Georgia": the next
	// session of a reported event has its parties.
	if m.next {
		// The next meeting of a multilateral body is of the states of
		// its last meeting, not of the bilateral talks beside it.
		var multi *event
		for _, e := range st.events {
			if e.typ == m.typ && !e.planned && len(e.countries) > 2 {
				multi = e
			}
		}
		// (A council of many states is still typed a commission here.)
		if multi == nil && m.typ == diplograph.EventMeeting {
			for _, e := range st.events {
				if e.typ == diplograph.EventCommissionSession && !e.planned && len(e.countries) > 2 {
					multi = e
				}
			}
		}
		for _, e := range st.events {
			if !e.planned && (multi == nil && e.typ == m.typ || e == multi) {
				for _, c := range e.countries {
					m.countries = appendUniq(m.countries, c)
				}
				// (And the parties its people stand for: the EU of its
				// High Representative.)
				for _, p := range e.parts {
					if p.country != "" && !p.org {
						m.countries = appendUniq(m.countries, p.country)
					}
				}
			}
		}
	}
	// "Отырыс қазан айында Астанада өтеді": a session referred to is the
	// last session or meeting of the same status.
	if (m.ref || m.refSame) && lowStarts(m.word, "отырыс", "заседани", "session") {
		for i := len(st.events) - 1; i >= lo; i-- {
			e := st.events[i]
			if e.planned == m.planned && (e.typ == diplograph.EventCommissionSession || e.typ == diplograph.EventMeeting) {
				e.addSides(m)
				if e.city == "" {
					e.city, e.cityCC = m.city, m.cityCC
				}
				if e.date.IsZero() || e.planned && m.date.Month != 0 && e.date.Month == 0 {
					e.date, e.end = m.date, m.end
				}
				if !slices.Contains(e.sents, m.si) {
					e.sents = append(e.sents, m.si)
				}
				m.ev = e
				return
			}
		}
	}
	// "The Extraordinary Summit ... was held in Ankara. The meeting was
	// hosted by ...": a meeting told as the one just reported, when no
	// meeting was, is the summit.
	// (So is the host's reception told in that sentence: "was hosted by".)
	if m.typ == diplograph.EventMeeting && len(st.events) > lo {
		last := st.events[len(st.events)-1]
		if st.summitRef == m.si+1 && last.typ == diplograph.EventForum {
			m.typ = diplograph.EventForum
		}
		if m.refSame && last.typ == diplograph.EventForum && last.planned == m.planned && m.si-slices.Max(last.sents) <= 2 &&
			!slices.ContainsFunc(st.events, func(e *event) bool { return e.typ == diplograph.EventMeeting }) {
			m.typ = diplograph.EventForum
			st.summitRef = m.si + 1
		}
	}
	for i := len(st.events) - 1; i >= lo; i-- {
		e := st.events[i]
		if !((m.ref || m.refSame) && e.typ == m.typ) && (!compatible(e, m) || st.another(e, m)) {
			continue
		}
		// A gathering listed after another is not that one.
		if m.listed && slices.Contains(e.sents, m.si) {
			continue
		}
		// "Кездесу аясында ...", "during the meeting" told of what was
		// done refers to a meeting held, not to the next one planned.
		if m.ref && !m.planned && e.planned && !compatible(e, m) {
			continue
		}
		e.framework = e.framework || m.framework
		e.frame = e.frame || m.frame
		// "The discussions, centred on Syria and Yemen, took place in
		// South Africa": talks told again by people already named keep
		// their sides.
		// (So are talks told again without a word of reference: "the new
		// round of talks between the two ministers covers Syria".)
		if len(m.parts) == 0 && len(e.countries) >= 2 && len(e.parts) >= 2 && (m.ref || m.refSame || e.typ == m.typ) {
			for _, o := range m.orgs {
				e.orgs = appendUniq(e.orgs, o)
			}
		} else {
			e.addSides(m)
		}
		if e.date.IsZero() {
			e.date, e.end = m.date, m.end
		}
		if e.city == "" {
			e.city, e.cityCC = m.city, m.cityCC
		}
		if e.eveOf == "" {
			e.eveOf = m.eveOf
		}
		e.bilateral = e.bilateral || m.bilateral
		e.sub = e.sub || m.sub
		e.stay = e.stay && m.stay
		if e.sents[len(e.sents)-1] != m.si && !slices.Contains(e.sents, m.si) {
			e.sents = append(e.sents, m.si)
		}
		e.words = appendUniq(e.words, m.word)
		m.ev = e
		return
	}
	// "В ходе беседы", "по итогам переговоров" after a phone call or a
	// session: the event already reported, whatever its word.
	// A signing reported first (a headline) is not the talks it came of;
	// a planned visit "during" which documents are to be signed is not
	// the meeting held.
	// ("Жұмыс сапары барысында", "В рамках визита" with no visit told
	// before: the visit is an event of its own.)
	last := len(st.events) - 1
	if m.ref && last >= 0 && (st.events[last].typ != diplograph.EventSigning || m.typ == diplograph.EventSigning) &&
		(st.events[last].typ == m.typ || st.events[last].planned == m.planned && m.typ != diplograph.EventVisit) {
		e := st.events[last]
		if !slices.Contains(e.sents, m.si) {
			e.sents = append(e.sents, m.si)
		}
		e.stay = e.stay && m.stay
		m.ev = e
		return
	}
	e := &event{typ: m.typ, planned: m.planned, countries: append([]string(nil), m.countries...), orgs: m.orgs,
		date: m.date, end: m.end, eveOf: m.eveOf, city: m.city, cityCC: m.cityCC, parts: append([]*person(nil), m.parts...),
		sents: []int{m.si}, first: m, bilateral: m.bilateral, framework: m.framework, sub: m.sub, frame: m.frame, words: []string{m.word},
		inTitle: st.sents[m.si].title, stay: m.stay}
	m.ev = e
	st.events = append(st.events, e)
}

// complete fills what the mentions left open, drops the events that are
// not diplomatic, and picks the primary event.
func (st *state) complete() {
	// "X, who is in Warsaw on a working visit, met Y", "находящимся в
	// Казахстане с официальным визитом": the visit reported so is an
	// event of its own beside the meeting (see (*sent).stayClause).
	// Participants and the host city add parties.
	for _, e := range st.events {
		for _, p := range e.parts {
			// (Days of Culture are of their guest and host: a leader of
			// a third party at the opening is a guest of honour.)
			if p.country != "" && !(e.typ == diplograph.EventCultureDays && len(e.countries) >= 2) {
				e.countries = appendUniq(e.countries, p.country)
			}
		}
		// (Not when an organisation is the other side: "met the EU
		// envoy in Brussels" does not make Belgium a party.)
		// ("встреча министров двух стран в Нью-Йорке" is of the
		// article's pair, not of the host of the city.)
		if len(e.countries) < 2 && e.cityCC != "" && (len(e.orgs) == 0 || len(e.countries) == 0) && !st.twoCountries(e) {
			if len(e.countries) == 0 && st.home != "" && st.home != e.cityCC {
				e.countries = append(e.countries, st.home)
			}
			// "the SCO ministers met in Bishkek": the host of an
			// organisation's meeting is no party by itself; the host of
			// its summit is ("the SCO summit in Tianjin": China hosts it).
			if len(e.orgs) == 0 || len(e.countries) == 0 || e.typ == diplograph.EventForum {
				e.countries = appendUniq(e.countries, e.cityCC)
			}
		}
	}
	// "the Russian-American summit in Anchorage": a summit of two states
	// and no organisation is a meeting of the two.
	for _, e := range st.events {
		if e.typ == diplograph.EventForum && len(e.countries) == 2 && len(e.orgs) == 0 && st.sents[e.first.si].pairSummit(e.first) {
			e.typ = diplograph.EventMeeting
		}
	}
	// The article's pair of countries: home and the most named other
	// party of its events.
	count := map[string]int{}
	for _, e := range st.events {
		for _, c := range e.countries {
			count[c]++
		}
	}
	other := ""
	for _, e := range st.events {
		for _, c := range e.countries {
			if c != st.home && (other == "" || count[c] > count[other]) {
				other = c
			}
		}
	}
	for _, e := range st.events {
		if len(e.countries) < 2 && len(e.orgs) > 0 && e.typ == diplograph.EventForum {
			// An organisation's summit: the home country and the
			// organisation are its sides (its members only when the
			// text says they take part).
			if len(e.countries) == 0 && st.home != "" {
				e.countries = append(e.countries, st.home)
			}
			continue
		}
		// (Not when an international organisation is the other side:
		// "a bilateral meeting with the EU High Representative".)
		// (A body of an organisation and one state meets: the
		// organisation is the other side.)
		orgSide := len(e.orgs) > 0 && len(e.countries) == 1 && e.countries[0] != st.home
		// (... and its next session: "The next Cooperation Council will
		// take place in Bishkek".)
		if e.first != nil && e.first.next && len(e.countries) == 1 && e.countries[0] != st.home {
			for _, f := range st.events {
				if f != e && !f.planned && f.typ == e.typ && len(f.orgs) > 0 && sameSet(f.countries, e.countries) {
					orgSide = true
					for _, o := range f.orgs {
						e.orgs = appendUniq(e.orgs, o)
					}
				}
			}
		}
		if len(e.countries) < 2 && st.foreignCue(e) && !anyOrg(e.parts) && !orgSide {
			if len(e.countries) == 0 || (e.countries[0] != st.home && other != "" && e.countries[0] == other) {
				e.countries = appendUniq(e.countries, st.home)
				e.countries = appendUniq(e.countries, other)
			} else if e.countries[0] == st.home {
				e.countries = appendUniq(e.countries, other)
			} else {
				e.countries = appendUniq(e.countries, st.home)
			}
			if e.typ == diplograph.EventCultureDays && len(e.countries) == 2 && e.countries[1] == st.home && e.countries[0] == other && st.cultureGuestHome(e) {
				e.countries[0], e.countries[1] = e.countries[1], e.countries[0]
			}
		}
	}
	// People whose country the text does not give take the other side
	// of their event.
	for _, e := range st.events {
		for _, p := range e.parts {
			if p.country != "" || p.org {
				continue
			}
			var known []string
			for _, q := range e.parts {
				if q.country != "" {
					known = appendUniq(known, q.country)
				}
			}
			if len(e.countries) == 2 && len(known) == 1 {
				for _, c := range e.countries {
					if c != known[0] {
						p.country = c
					}
				}
			}
			// The counterpart of a foreign official named without a
			// country is from the home country.
			if p.country == "" && len(known) == 1 && len(e.countries) <= 1 {
				home := st.home
				if home == "" || home == known[0] {
					// A home official abroad meets one of the article's
					// other party.
					home = other
					if home == "" || home == known[0] {
						home = defaultHome
					}
				}
				if home != known[0] {
					p.country = home
					e.countries = appendUniq(e.countries, home)
				}
			}
		}
	}
	// Someone a home official meets in the sentence that names him, in an
	// event with one foreign party, is of that party ("the Minister of
	// Energy of X met the chairman of the state concern Y NAME").
	for _, e := range st.events {
		var foreign []string
		for _, c := range e.countries {
			if c != st.home {
				foreign = append(foreign, c)
			}
		}
		if len(foreign) != 1 || st.home == "" {
			continue
		}
		for _, p := range e.parts {
			if p.country != "" || p.org || len(p.sents) == 0 {
				continue
			}
			home, other := false, false
			for _, r := range st.sents[p.sents[0]].persons {
				if r.p == p || r.p.country == "" {
					continue
				}
				if r.p.country == st.home {
					home = true
				} else {
					other = true
				}
			}
			if home && !other {
				p.country = foreign[0]
			}
		}
	}
	// A head of state named without a country who receives in a city of
	// one of the parties is its head ("the Amir received ... in Doha").
	for _, e := range st.events {
		for _, p := range e.parts {
			if p.country == "" && p.head && !p.org && e.cityCC != "" && slices.Contains(e.countries, e.cityCC) && !e.planned {
				p.country = e.cityCC
			}
		}
	}
	for _, e := range st.events {
		for _, p := range e.parts {
			if p.country == "" && !p.org && st.home != "" && slices.Contains(e.countries, st.home) {
				p.country = st.home
				// "she held talks with A of X and with the trade minister
				// B": the one met is of the foreign side.
				if len(e.countries) == 2 && st.metWith(p) {
					for _, c := range e.countries {
						if c != st.home {
							p.country = c
						}
					}
				}
			}
		}
	}
	// "his South Korean counterpart Park Ji-hoon": the office of the other
	// side.
	for _, e := range st.events {
		for _, p := range e.parts {
			if p.role != "Counterpart" || p.minister {
				continue
			}
			for _, q := range e.parts {
				if q == p || q.role == "Counterpart" {
					continue
				}
				if q.minister {
					p.minister, p.portfolio, p.role = true, q.portfolio, ""
					break
				}
				if q.role != "" {
					p.role = q.role
					p.head = q.head
					break
				}
			}
		}
	}
	// Untitled counterparts of a minister are ministers when the text
	// speaks of "the ministers".
	for _, e := range st.events {
		var port string
		for _, q := range e.parts {
			if q.minister {
				port = q.portfolio
			}
		}
		for _, p := range e.parts {
			if !p.titled && !p.minister && port != "" && st.ministersPl {
				p.minister, p.portfolio = true, port
			}
		}
	}
	for _, p := range st.people {
		if p.minister && p.portfolio == "" {
			p.portfolio = "minister"
		}
		if !p.minister {
			p.portfolio = ""
		}
	}
	// "He was received by the Prime Minister": a meeting of one named
	// side right after a visit is one of the visit.
	for _, e := range st.events {
		if len(e.countries) != 1 || e.planned || e.typ != diplograph.EventMeeting {
			continue
		}
		for _, v := range st.events {
			if v.typ == diplograph.EventVisit && !v.planned && len(v.countries) >= 2 && slices.Contains(v.countries, e.countries[0]) &&
				v.sents[0] < e.sents[0] && e.sents[0]-v.sents[len(v.sents)-1] <= 2 {
				for _, c := range v.countries {
					e.countries = appendUniq(e.countries, c)
				}
				if e.date.IsZero() {
					e.date, e.end = v.date, v.end
				}
				break
			}
		}
	}
	// Keep diplomatic events: two countries, or a country and an
	// international organisation.
	kept := st.events[:0]
	for _, e := range st.events {
		if len(e.countries) >= 2 || (len(e.countries) == 1 && len(e.orgs) > 0) {
			kept = append(kept, e)
		}
	}
	st.events = kept
	if len(st.events) == 0 {
		return
	}
	// Dates: "накануне встречи" is the day before that meeting; a date
	// after the publication makes an event planned.
	for _, e := range st.events {
		if e.eveOf != "" {
			for _, o := range st.events {
				if o != e && o.typ == e.eveOf && o.date.Complete() {
					e.date, e.end = o.date.AddDays(-1), dates.Date{}
					break
				}
			}
		}
		if st.pub.Complete() && after(e.date, st.pub) {
			e.planned = true
		}
	}
	// A planned meeting the text does not date, between the parties of
	// the one planned visit that is dated, is part of that visit ("В
	// Джакарте запланирована встреча").
	var visit *event
	for _, e := range st.events {
		if e.typ == diplograph.EventVisit && e.planned && !e.date.IsZero() {
			if visit != nil {
				visit = nil
				break
			}
			visit = e
		}
	}
	for _, e := range st.events {
		if visit != nil && e != visit && e.planned && e.date.IsZero() && len(e.countries) >= 2 && subset(e.countries, visit.countries) {
			e.date = visit.date
		}
	}
	// And the other way: a planned visit the text does not date begins
	// with the one dated planned meeting or session of its parties ("will
	// pay a visit to X. During his stay in Y on 21-22 May he will hold
	// talks").
	for _, v := range st.events {
		if v.typ != diplograph.EventVisit || !v.planned || !v.date.IsZero() || len(v.countries) < 2 {
			continue
		}
		var at *event
		n := 0
		for _, o := range st.events {
			if (o.typ == diplograph.EventMeeting || o.typ == diplograph.EventCommissionSession) && o.planned && o.date.Complete() &&
				sameSet(o.countries, v.countries) && (at == nil || o.date != at.date) {
				at = o
				n++
			}
		}
		if n == 1 {
			v.date = at.date
		}
	}
	// "Тегеранда болған кезде ... кездесуі күтілуде": a planned event the
	// text does not date, in the city of the one dated planned event, is
	// held during it.
	for _, e := range st.events {
		if !e.planned || !e.date.IsZero() || e.city == "" {
			continue
		}
		var at *event
		n := 0
		for _, o := range st.events {
			if o != e && o.planned && !o.date.IsZero() && o.city == e.city && subset(e.countries, o.countries) {
				at = o
				n++
			}
		}
		if n == 1 {
			e.date = at.date
		}
	}
	// A visit whose place the text gives only for the talks held during
	// it took place there ("... посетит Индонезию. В Джакарте
	// запланирована встреча ...").
	for _, v := range st.events {
		if v.typ != diplograph.EventVisit || v.city != "" {
			continue
		}
		city, cc, n := "", "", 0
		for _, e := range st.events {
			if e != v && e.planned == v.planned && e.city != "" && subset(e.countries, v.countries) && slices.Contains(v.countries, e.cityCC) && e.city != city &&
				(e.date.IsZero() || datesAgree(e.date, v.when(st.pub)) || v.spans(e.date)) {
				city, cc = e.city, e.cityCC
				n++
			}
		}
		if n == 1 {
			v.city, v.cityCC = city, cc
		}
	}
	// A future event the text does not date is expected within the year
	// of publication ("later in the year", "in the autumn").
	for _, e := range st.events {
		if e.planned && e.date.IsZero() && st.pub.Complete() {
			e.date = dates.Date{Year: st.pub.Year}
		}
	}
	// Primary: the event of the headline, else the first one that is not
	// the framework of another.
	pi := -1
	for i, e := range st.events {
		if e.inTitle && !e.first.framework {
			pi = i
			break
		}
	}
	for i, e := range st.events {
		if pi < 0 && e.inTitle && !e.first.framework && (e.typ == diplograph.EventVisit || e.typ == diplograph.EventCultureDays || e.typ == diplograph.EventCulturalEvent) {
			pi = i
		}
	}
	if pi < 0 {
		for i, e := range st.events {
			if !e.first.framework && !e.planned && !st.earlier(e) {
				pi = i
				break
			}
		}
	}
	if pi < 0 {
		for i, e := range st.events {
			if !e.first.framework {
				pi = i
				break
			}
		}
	}
	if pi < 0 {
		pi = 0
	}
	st.events[pi].primary = true
	prim := st.events[pi]
	// A held primary event the text does not date took place, as press
	// releases report, on the day of publication.
	if prim.date.IsZero() && !prim.planned && st.pub.Complete() {
		prim.date, prim.pubDated = st.pub, true
	}
	// A planned primary event was announced at the news of the day: the
	// events held that the text does not date took place then.
	if prim.planned && st.pub.Complete() {
		for _, e := range st.events {
			if e.date.IsZero() && !e.planned && !st.earlier(e) {
				e.date = st.pub
			}
		}
	}
	// Events held alongside the primary one (the visit or forum within
	// which it took place, a meeting after a ceremony) share its date when
	// the text gives them none and does not set them in the past.
	for _, e := range st.events {
		if e != prim && e.date.IsZero() && !e.planned && !prim.planned && e.end.IsZero() &&
			(subset(e.countries, prim.countries) || prim.date == st.pub && st.pub.Complete()) && !st.earlier(e) {
			e.date = prim.date
		}
	}
	// "Бұған дейін", "Earlier, the minister held talks with ...": talks
	// set before the news but during the visit the text reports took
	// place within that visit, on its day.
	for _, e := range st.events {
		if !e.date.IsZero() || e.planned || e.typ == diplograph.EventVisit || !st.earlier(e) {
			continue
		}
		for _, v := range st.events {
			if v.typ == diplograph.EventVisit && !v.planned && v.date.Complete() && v.end.IsZero() && subset(e.countries, v.countries) {
				e.date = v.date
				if e.city == "" {
					e.city, e.cityCC = v.city, v.cityCC
				}
				break
			}
		}
	}
	// Events held alongside the primary one, with the same parties and no
	// place of their own, happened where it did.
	for _, e := range st.events {
		if e != prim && e.city == "" && !e.planned && !prim.planned && prim.city != "" && subset(e.countries, prim.countries) && !anyHead(e.parts) && !st.earlier(e) {
			e.city, e.cityCC = prim.city, prim.cityCC
		}
	}
	// A framework event shares its parties with the event held in it.
	for _, e := range st.events {
		if e.framework && !e.stay {
			for _, p := range prim.parts {
				if slices.Contains(st.sents[e.sents[0]].personsList(), p) {
					e.parts = appendPerson(e.parts, p)
				}
			}
		}
	}
	st.visitors()
}

// theMinisters adds to a meeting mention m that names fewer than two
// people the ministers its sentence refers to as "the two ministers",
// "both ministers", "оба министра", "екі министр": the first ministers of
// two states named before.
func (st *state) theMinisters(s *sent, m *mention) {
	if m.typ != diplograph.EventMeeting || m.planned || len(m.parts) >= 2 {
		return
	}
	said := false
	for i, t := range s.toks {
		p := s.prevWord(i)
		switch {
		case lowStarts(t.low, "ministers") && p >= 0 && (s.toks[p].low == "two" || s.toks[p].low == "both"),
			t.low == "министра" && p >= 0 && s.toks[p].low == "оба",
			t.low == "министр" && p >= 0 && s.toks[p].low == "екі":
			said = true
		}
	}
	if !said {
		return
	}
	var found []*person
	var states []string
	for si := 0; si <= s.idx && len(states) < 2; si++ {
		for _, r := range st.sents[si].persons {
			if r.p.minister && r.p.country != "" && !slices.Contains(states, r.p.country) && len(states) < 2 {
				states = append(states, r.p.country)
				found = append(found, r.p)
			}
		}
	}
	if len(found) == 2 {
		for _, p := range found {
			m.parts = appendPerson(m.parts, p)
		}
	}
}

// visitors leaves the visitors alone as the participants of a visit: the
// officials of the host country who receive them take part in the talks,
// not in the visit. The host is the country of the visit's city, or the
// one named in the locative or dative.
func (st *state) visitors() {
	for _, e := range st.events {
		if e.typ != diplograph.EventVisit {
			continue
		}
		host := e.cityCC
		if host == "" && len(e.sents) > 0 {
			for _, c := range st.sents[e.sents[0]].countries {
				if c.loc() || c.cas == "dat" {
					host = c.code
					break
				}
			}
		}
		if host == "" {
			continue
		}
		var parts []*person
		for _, p := range e.parts {
			if p.country != host {
				parts = append(parts, p)
			}
		}
		if len(parts) > 0 {
			e.parts = parts
		}
	}
}

// earlier reports an event set before the article's news: "ранее",
// "напомним", "бұған дейін", "previously".
func (st *state) earlier(e *event) bool {
	for _, si := range e.sents {
		s := st.sents[si]
		for _, h := range s.hits {
			if h.cl != cEarlier {
				continue
			}
			sameDay := false
			for _, x := range s.hits {
				if x.cl == cSameDay && x.start <= h.start && h.start < x.end {
					sameDay = true
				}
			}
			if !sameDay {
				return true
			}
		}
	}
	return false
}

// after reports whether the (possibly partial) date d is after pub to
// the precision d has.
func after(d, pub dates.Date) bool {
	switch {
	case d.Year == 0:
		return false
	case d.Year != pub.Year:
		return d.Year > pub.Year
	case d.Month == 0:
		return false
	case d.Month != pub.Month:
		return d.Month > pub.Month
	case d.Day == 0:
		return false
	}
	return d.Day > pub.Day
}

func (s *sent) personsList() []*person {
	var out []*person
	for _, r := range s.persons {
		out = appendPerson(out, r.p)
	}
	return out
}

func sameSet(a, b []string) bool { return len(a) == len(b) && subset(a, b) }

// foreignCue reports whether an event with fewer than two named countries
// still involves another state: a bilateral or framework event, a foreign
// participant, a delegation, "the sides", "the two countries".
func (st *state) foreignCue(e *event) bool {
	switch e.typ {
	case diplograph.EventCommissionSession, diplograph.EventCultureDays, diplograph.EventVisit, diplograph.EventForum,
		diplograph.EventSigning, diplograph.EventCulturalEvent:
		return true
	}
	if e.bilateral {
		return true
	}
	for _, p := range e.parts {
		if p.country != "" && p.country != st.home {
			return true
		}
	}
	for _, si := range e.sents {
		s := st.sents[si]
		if s.has(cMinistersPl) {
			return true
		}
		for _, t := range s.toks {
			if lowStarts(t.low, "делегац", "delegation", "сторон", "тарап", "зарубежн", "иностранн", "counterpart", "коллег", "әріптес", "sides") {
				return true
			}
		}
	}
	return st.twoCountries(e)
}

// twoCountries reports an event told as one of "the two countries",
// "двух стран", "екі елдің": the article's pair.
func (st *state) twoCountries(e *event) bool {
	for _, si := range e.sents {
		s := st.sents[si]
		for i, t := range s.toks {
			if n := s.nextWord(i + 1); (t.low == "двух" || t.low == "екі" || t.low == "two" || t.low == "обеих" || t.low == "both") && n < len(s.toks) && lowStarts(s.toks[n].low, "стран", "ел", "countr", "государств", "мемлекет") {
				return true
			}
		}
	}
	return false
}

// cultureGuestHome reports whether the home country is the guest of Days
// of Culture whose host the text does not name.
func (st *state) cultureGuestHome(e *event) bool { return false }

// addSides adds the countries, organisations and participants of a further
// mention of e.
func (e *event) addSides(m *mention) {
	for _, c := range m.countries {
		e.countries = appendUniq(e.countries, c)
	}
	for _, o := range m.orgs {
		e.orgs = appendUniq(e.orgs, o)
	}
	for _, p := range m.parts {
		e.parts = appendPerson(e.parts, p)
	}
}

// out converts e to the output form.
func (e *event) out(st *state, articleID string, index int) diplograph.Event {
	status := diplograph.StatusHeld
	if e.planned {
		status = diplograph.StatusPlanned
	}
	out := diplograph.Event{Type: e.typ, Status: status, Primary: e.primary, Date: e.date.String(), City: e.city,
		CityCountry: e.cityCC, Countries: append([]string{}, e.countries...), Participants: []string{}}
	if !e.end.IsZero() && e.end.String() != "" && e.end != e.date {
		out.EndDate = e.end.String()
	}
	for _, p := range e.parts {
		if p.official() {
			out.Participants = append(out.Participants, p.latin)
		}
	}
	if out.Date == "" {
		out.MonthDay = st.monthDay(e)
	}
	out.Ordinal = st.ordinal(e)
	if e.typ == diplograph.EventForum && len(e.orgs) > 0 {
		out.Body = e.orgs[0]
	}
	out.ID = diplograph.EventID(e.typ, out.Countries, out.Date, articleID+"#"+strconv.Itoa(index))
	out.Title = st.eventTitle(e)
	for i, si := range e.sents {
		if i == maxEvidence {
			break
		}
		out.Evidence = append(out.Evidence, st.sents[si].evidence())
	}
	out.Topics = st.eventTopics(e)
	return out
}

// countryName returns the English name of a country code.
func (st *state) countryName(code string) string {
	if c, ok := st.x.gaz.Country(code); ok && c.NameEN != "" {
		return c.NameEN
	}
	if eu := gazetteer.EU(); code == eu.Code {
		return "the " + eu.NameEN
	}
	return code
}

func (st *state) countryList(cs []string) string {
	var names []string
	for _, c := range cs {
		names = append(names, st.countryName(c))
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// eventTitle writes a short English description of e.
func (st *state) eventTitle(e *event) string {
	cs := st.countryList(e.countries)
	port, heads, ministers := "", true, true
	for _, p := range e.parts {
		if p.minister {
			if port == "" {
				port = p.portfolio
			} else if port != p.portfolio {
				port = "-"
			}
		} else {
			ministers = false
		}
		if !p.head {
			heads = false
		}
	}
	switch e.typ {
	case diplograph.EventMeeting:
		if len(e.countries) == 1 && len(e.orgs) > 0 {
			return "meeting of " + cs + " with the " + e.orgs[0]
		}
		switch {
		case len(e.parts) >= 2 && heads:
			return "meeting of the leaders of " + cs
		case len(e.parts) >= 2 && ministers && port != "" && port != "-" && port != "minister":
			return "meeting of the " + port + " ministers of " + cs
		case len(e.parts) >= 2 && ministers:
			return "meeting of the ministers of " + cs
		case e.bilateral:
			return "bilateral meeting of " + cs
		}
		return "meeting of " + cs
	case diplograph.EventCommissionSession:
		if e.sub {
			return "session of the " + strings.Join(e.countries, "-") + " subcommission"
		}
		return "session of the " + strings.Join(e.countries, "-") + " intergovernmental commission"
	case diplograph.EventVisit:
		if len(e.countries) == 2 {
			guest, host := e.countries[0], e.countries[1]
			if e.cityCC == guest {
				// The city tells the host ("прибывшего в Ташкент").
				guest, host = host, guest
			} else if e.cityCC == "" {
				// Without a city, the visitors named tell the guest.
				var from []string
				for _, p := range e.parts {
					if p.country != "" && !p.org {
						from = appendUniq(from, p.country)
					}
				}
				if len(from) == 1 && from[0] == host {
					guest, host = host, guest
				}
			}
			return "visit of " + st.countryName(guest) + " to " + st.countryName(host)
		}
		return "visit involving " + cs
	case diplograph.EventPhoneCall:
		return "phone call between " + cs
	case diplograph.EventForum:
		return "forum attended by " + cs
	case diplograph.EventCultureDays:
		if len(e.countries) == 2 {
			return "Days of Culture of " + st.countryName(e.countries[0]) + " in " + st.countryName(e.countries[1])
		}
		return "Days of Culture of " + cs
	case diplograph.EventCulturalEvent:
		w := "cultural event"
		if len(e.words) > 0 {
			w = culturalWord(e.words[0])
		}
		if e.city != "" {
			return w + " in " + e.city + " (" + cs + ")"
		}
		return w + " (" + cs + ")"
	case diplograph.EventSigning:
		return "signing ceremony between " + cs
	}
	return strings.ToLower(e.typ) + " of " + cs
}

func culturalWord(w string) string {
	for _, p := range [][2]string{{"концерт", "concert"}, {"выставк", "exhibition"}, {"көрме", "exhibition"}, {"гастрол", "tour"},
		{"фестивал", "festival"}, {"премьер", "premiere"}, {"турне", "tour"}, {"concert", "concert"}, {"exhibition", "exhibition"},
		{"tour", "tour"}, {"festival", "festival"}, {"premiere", "premiere"}} {
		if strings.Contains(w, p[0]) {
			return p[1]
		}
	}
	return "cultural event"
}

// pressConference reports whether the event word at token i is that of a
// press conference or briefing.
func pressConference(s *sent, i int) bool {
	if lowStarts(s.toks[i].low, "пресс-", "press-", "брифинг") {
		return true
	}
	p := s.prevWord(i)
	return p >= 0 && lowStarts(s.toks[p].low, "пресс", "press", "news", "баспасөз", "брифинг")
}

// inTitleOfNext reports whether the event word h names the body of a
// title that a person's name follows: a role word at most four tokens
// before it ("President of the European Council") or, in Kazakh, two
// after it ("кеңес төрағасы"), and the name at most one token after the
// words.
func (st *state) inTitleOfNext(s *sent, h hit) bool {
	for _, r := range s.hits {
		if r.cl != cRole {
			continue
		}
		end := h.end
		switch {
		case r.end <= h.start && h.start-r.end <= 4:
		case st.lang == diplograph.LangKazakh && r.start >= h.end && r.start-h.end <= 2:
			end = r.end
		default:
			continue
		}
		for _, pr := range s.persons {
			if pr.t0 >= end && pr.t0-end <= 1 {
				return true
			}
		}
	}
	return false
}

// bodyOfTwo reports a session word h followed, within a dozen words and
// before any organisation, by "между"/"between" and exactly two states:
// the session of a body of those two.
func (s *sent) bodyOfTwo(h hit) bool {
	for _, x := range s.hits {
		if x.cl == cOrg && x.start >= h.end && x.start-h.end <= 12 {
			return false
		}
	}
	for _, x := range s.hits {
		if x.cl != cBetween || x.start < h.end || x.start-h.end > 12 {
			continue
		}
		var cs []string
		for _, c := range s.countries {
			if c.t0 >= x.end && c.t0-x.end <= 4 {
				cs = appendUniq(cs, c.code)
			}
		}
		return len(cs) == 2
	}
	return false
}

// membersOf reports a council named as the body of its members:
// "members of the Council attended", "члены Совета старейшин",
// "Ақсақалдар кеңесінің мүшелері" (people, no session).
func (s *sent) membersOf(h hit) bool {
	p := s.prevWord(h.start)
	for p >= 0 && (s.toks[p].low == "the" || s.toks[p].low == "of") {
		p = s.prevWord(p)
	}
	if p >= 0 && lowStarts(s.toks[p].low, "member", "член") {
		return true
	}
	n := s.nextWord(h.end)
	return n < len(s.toks) && lowStarts(s.toks[n].low, "мүше")
}

// inOrgName reports whether token i lies inside the name of an
// international organisation of several words.
func (s *sent) inOrgName(i int) bool {
	for _, h := range s.hits {
		if h.cl == cOrg && h.end-h.start > 1 && h.start <= i && i < h.end {
			return true
		}
	}
	return false
}

// periodSummary reports a sentence that sums up a period: "за прошедший
// год", "over the past year", "соңғы жылдары".
func (s *sent) periodSummary() bool {
	for _, h := range s.hits {
		if h.cl == cGeneric && h.val == "period" {
			return true
		}
	}
	return false
}

// kkPlural reports the Kazakh plural of a festival, exhibition, concert
// or forum word: "фестивальдары", "көрмелер", "концерттерді".
func kkPlural(w string) bool {
	for _, stem := range []string{"фестиваль", "көрме", "концерт", "форум", "гастроль"} {
		rest, ok := strings.CutPrefix(w, stem)
		if !ok {
			continue
		}
		return lowStarts(rest, "лар", "лер", "дар", "дер", "тар", "тер")
	}
	return false
}

// hasPersonBefore says whether a person or a possessive pronoun of one
// stands before token i ("Lord Cameron's tour", "his tour").
func (s *sent) hasPersonBefore(i int) bool {
	for _, r := range s.persons {
		if r.t1 <= i {
			return true
		}
	}
	if p := s.prevWord(i); p >= 0 && slices.Contains([]string{"his", "her", "their"}, s.toks[p].low) {
		return true
	}
	return false
}

// plannedSlackDays is how many days before publication a planned event
// told without a year may fall and still be of the publication's year.
const plannedSlackDays = 14

// daysBefore returns how many days d (a day, or a month: its last day) falls
// before pub, negative when after; d and pub are of one year.
func daysBefore(d, pub dates.Date) int {
	day := d.Day
	if day == 0 {
		day = 28
	}
	td := time.Date(d.Year, time.Month(d.Month), day, 0, 0, 0, 0, time.UTC)
	tp := time.Date(pub.Year, time.Month(pub.Month), pub.Day, 0, 0, 0, 0, time.UTC)
	return int(tp.Sub(td).Hours() / 24)
}

// councilSummit says whether hit x is a council of heads of state or
// government ("Совет глав государств", "Council of Heads of State"), a
// summit.
func (s *sent) councilSummit(x hit) bool {
	return x.cl == cEvent && x.val == diplograph.EventForum && lowStarts(s.toks[x.start].low, "совет", "council", "heads", "мемлекет", "үкімет")
}

// councilSummitBy says whether meeting hit h is the session of a council
// summit next to it: "заседании Совета глав государств" (the council right
// after it), "the council of the heads of state ... convened" (the council
// before the verb, with no office or person between).
func (s *sent) councilSummitBy(h hit) bool {
	for _, x := range s.hits {
		if !s.councilSummit(x) {
			continue
		}
		if x.start == s.nextWord(h.end) {
			return true
		}
		if x.end <= h.start && lowStarts(s.toks[h.start].low, "met", "meet", "convened", "кездесті", "жиналды") {
			between := false
			for _, y := range s.hits {
				if (y.cl == cRole || y.cl == cMinister) && y.start >= x.end && y.end <= h.start {
					between = true
				}
			}
			for _, r := range s.persons {
				if r.t0 >= x.end && r.t1 <= h.start {
					between = true
				}
			}
			if !between {
				return true
			}
		}
	}
	return false
}

// purposeOfTrip says whether meeting mention m is told as the purpose of
// an arrival before it in the sentence: "arrives ... for (key) talks",
// "прибыл ... для переговоров", "на переговоры".
func (s *sent) purposeOfTrip(m *mention) bool {
	arrival := false
	for _, h := range s.hits {
		if h.cl == cEvent && h.val == diplograph.EventVisit && h.end <= m.t0 {
			arrival = true
		}
	}
	if !arrival {
		return false
	}
	for k, n := s.prevWord(m.t0), 0; k >= 0 && n < 3; k, n = s.prevWord(k), n+1 {
		switch w := s.toks[k].low; {
		case w == "for" || w == "для":
			return true
		case w == "на" && (strings.HasSuffix(m.word, "ы") || strings.HasSuffix(m.word, "и")):
			return true
		}
	}
	return false
}

// unnamedCounterparts says whether meeting hit h is followed, within a
// few words, by counterparts told in the plural and named by nobody
// ("с лидерами других стран"), and the sentence names no official of
// another state.
func (s *sent) unnamedCounterparts(h hit) bool {
	found := false
	for _, x := range s.hits {
		if x.cl == cGeneric && x.val == "counterparts" && x.start >= h.end && x.start-h.end <= 6 {
			found = true
		}
	}
	if !found {
		return false
	}
	for _, r := range s.persons {
		if r.p.country != "" && r.p.titled && r.t0 > h.end {
			return false
		}
	}
	return true
}

// habitual says whether event word h is plural and told as a habit:
// "встречи ... проводятся регулярно", "meetings are held annually",
// "кездесулер жыл сайын өтеді".
func (s *sent) habitual(h hit) bool {
	w := s.toks[h.start].low
	plural := ruPlural(w) || w == "встречи" || w == "meetings" || w == "summits" || w == "visits" || w == "consultations" || kkPlural(w)
	if !plural {
		return false
	}
	for _, x := range s.hits {
		if x.cl == cGeneric && x.val == "" && x.start < h.end+8 && x.end > h.start-8 {
			return true
		}
	}
	return false
}

// heldRightBefore reports a held cue that ends at most three words before
// token t, with no planned cue between.
func (s *sent) heldRightBefore(t int) bool {
	for _, x := range s.hits {
		if x.cl == cHeld && x.end <= t && t-x.end <= 3 && !s.hasHitIn(cPlanned, x.start, t) {
			return true
		}
	}
	return false
}

// sameClause reports tokens [a, b) that hold no other event word, no
// clause boundary (";", a relative or a sequence word) and no comma.
func (s *sent) sameClause(a, b int) bool {
	if s.eventBetween(a, b) {
		return false
	}
	for k := a; k < b; k++ {
		switch s.toks[k].low {
		case ",", ";", ":", "where", "which", "who", "after", "then", "and", "где", "который", "которая", "которые", "после", "затем", "и":
			return false
		}
	}
	return true
}

// insideLonger reports a hit of class cl that covers h and is longer.
func (s *sent) insideLonger(h hit, cl class) bool {
	for _, x := range s.hits {
		if x.cl == cl && x.start <= h.start && x.end >= h.end && x.end-x.start > h.end-h.start {
			return true
		}
	}
	return false
}

// counted reports an event word counted by a number ("has held 14
// bilateral meetings", "more than 20 official visits", "15 встреч"): a
// tally of a period, no event. At most two words (its adjectives) stand
// between the number and the word, and the number is no day of a month
// ("the 14 May meeting").
func (s *sent) counted(h hit) bool {
	for p, n := s.prevWord(h.start), 0; p >= 0 && n < 3; p, n = s.prevWord(p), n+1 {
		t := s.toks[p]
		if v, err := strconv.Atoi(t.low); err == nil {
			if v < 2 || v > 10000 {
				return false
			}
			at := s.toks[p].start - s.seg.Start
			for _, d := range s.dates {
				if d.Start <= at && at < d.End {
					return false
				}
			}
			return true
		}
		if t.cap || !t.word {
			return false
		}
	}
	return false
}

// meetingsOfVisits places the talks of a visit: a held meeting the text
// does not place, of the visit's countries, on its day (or undated), with
// one of its visitors or no participant named, is in the visit's city
// ("Blinken arrived in Astana ... The talks focused on ...").
func (st *state) meetingsOfVisits() {
	for _, m := range st.events {
		if m.typ != diplograph.EventMeeting || m.planned || m.city != "" {
			continue
		}
		var at *event
		for _, v := range st.events {
			if v.typ != diplograph.EventVisit || v.planned || v.city == "" || !sameSet(v.countries, m.countries) {
				continue
			}
			if !v.date.IsZero() && !m.date.IsZero() && !datesAgree(v.date, m.date) {
				continue
			}
			shared := len(m.parts) == 0
			for _, p := range v.parts {
				if slices.Contains(m.parts, p) {
					shared = true
				}
			}
			if !shared {
				continue
			}
			if at != nil && at.city != v.city {
				at = nil
				break
			}
			at = v
		}
		if at != nil {
			m.city, m.cityCC = at.city, at.cityCC
		}
	}
}

// splitVisits makes one visit of each guest state of a visit told of
// several ("the presidents of Kyrgyzstan and Uzbekistan arrived in
// Astana"): a visit is bilateral, its guest's and its host's.
func (st *state) splitVisits() {
	var out []*event
	for _, e := range st.events {
		host := e.cityCC
		if e.typ == diplograph.EventVisit && host == "" && len(e.sents) > 0 {
			// "прибыли в Астану": the city they arrive in.
			if cs := st.sents[e.sents[0]].cities; len(cs) == 1 && cs[0].country != "" {
				host = cs[0].country
			}
		}
		if e.typ != diplograph.EventVisit || host == "" || len(appendUniq(slices.Clone(e.countries), host)) < 3 {
			out = append(out, e)
			continue
		}
		byGuest := map[string][]*person{}
		for _, p := range e.parts {
			if p.country != "" && p.country != host {
				byGuest[p.country] = append(byGuest[p.country], p)
			}
		}
		if len(byGuest) < 2 {
			out = append(out, e)
			continue
		}
		for _, c := range e.countries {
			parts, ok := byGuest[c]
			if !ok {
				continue
			}
			if c == host {
				continue
			}
			v := *e
			v.countries = []string{c, host}
			v.parts = parts
			v.primary = e.primary && len(out) == 0
			out = append(out, &v)
		}
	}
	st.events = out
}

// tourVisits splits the visit of one guest to several states ("will
// travel to Kazakhstan, Kyrgyzstan and Mongolia") into a visit to each.
func (st *state) tourVisits() {
	var out []*event
	for _, e := range st.events {
		guest := ""
		one := true
		for _, p := range e.parts {
			if p.country == "" {
				continue
			}
			if guest != "" && p.country != guest {
				one = false
			}
			guest = p.country
		}
		if e.typ != diplograph.EventVisit || len(e.countries) < 3 || len(e.orgs) > 0 || !one || guest == "" || !slices.Contains(e.countries, guest) {
			out = append(out, e)
			continue
		}
		first := true
		for _, c := range e.countries {
			if c == guest {
				continue
			}
			v := *e
			v.countries = []string{guest, c}
			v.primary = e.primary && first
			if v.cityCC != c {
				v.city, v.cityCC = "", ""
			}
			first = false
			out = append(out, &v)
		}
	}
	st.events = out
}

// callsOfEachCounterpart splits a phone call of more than two states into
// the calls of the one who called (the first person the first mention
// names) with each counterpart: "Erdogan held phone calls with the
// presidents of A, B and C" tells three calls, unless the text calls it
// trilateral or a conference. Only states with a participant take part.
func (st *state) callsOfEachCounterpart() {
	var out []*event
	for _, e := range st.events {
		if e.typ != diplograph.EventPhoneCall || len(e.countries) < 3 || e.first == nil || len(e.first.parts) == 0 || e.first.parts[0].country == "" {
			out = append(out, e)
			continue
		}
		multi := false
		for _, si := range e.sents {
			multi = multi || st.sents[si].has(cMultiparty)
		}
		caller := e.first.parts[0].country
		by := map[string][]*person{}
		for _, p := range e.parts {
			if p.country != "" && !p.org {
				by[p.country] = append(by[p.country], p)
			}
		}
		var others []string
		for _, c := range e.countries {
			if c != caller && len(by[c]) > 0 {
				others = append(others, c)
			}
		}
		if multi || len(others) < 2 || len(by[caller]) == 0 {
			out = append(out, e)
			continue
		}
		out = append(out, eachCounterpart(e, caller, others, func(c string) []*person {
			return append(slices.Clone(by[caller]), by[c]...)
		})...)
	}
	st.events = out
}

// meetingsWithEachCounterpart splits a held meeting of one official with
// "his counterparts from A, B and C" (lexicon class counterparts) into a
// meeting of his state with each state listed after those words: he met
// them one by one. The official's state is that of the first person the
// first mention names, or the first state named before its event word.
func (st *state) meetingsWithEachCounterpart() {
	var out []*event
	for _, e := range st.events {
		s := st.sents[e.first.si]
		if e.typ != diplograph.EventMeeting || e.planned || len(e.countries) < 3 || !s.has(cCounterparts) || s.has(cMultiparty) {
			out = append(out, e)
			continue
		}
		host, from := "", 0
		for _, h := range s.hits {
			if h.cl == cCounterparts {
				from = h.end
			}
		}
		if len(e.first.parts) > 0 {
			host = e.first.parts[0].country
		}
		for _, c := range s.countries {
			if host == "" && c.t1 <= e.first.t0 {
				host = c.code
			}
		}
		var others []string
		for _, c := range s.countries {
			if c.t0 >= from && c.code != host && slices.Contains(e.countries, c.code) {
				others = appendUniq(others, c.code)
			}
		}
		if host == "" || len(others) < 2 {
			out = append(out, e)
			continue
		}
		out = append(out, eachCounterpart(e, host, others, func(c string) []*person {
			return slices.DeleteFunc(slices.Clone(e.parts), func(p *person) bool { return p.country != host && p.country != c })
		})...)
	}
	st.events = out
}

// eachCounterpart splits e into one event of host with each of others,
// in order, with the people parts gives for that counterpart; the first
// keeps e's primary mark.
func eachCounterpart(e *event, host string, others []string, parts func(c string) []*person) []*event {
	out := make([]*event, 0, len(others))
	for i, c := range others {
		x := *e
		x.countries = []string{host, c}
		x.parts = parts(c)
		x.primary = e.primary && i == 0
		out = append(out, &x)
	}
	return out
}

// meetingsOfEachHost splits a meeting of one guest with a head of state
// or government and a minister of the other side ("talks with the
// President and with the Foreign Minister") into one meeting with each:
// the head's reception and the ministers' talks are two meetings, told
// in one sentence or not. Delegations (two or more people of each side)
// stay one meeting.
func (st *state) meetingsOfEachHost() {
	var out []*event
	for _, e := range st.events {
		out = append(out, e)
		if e.typ != diplograph.EventMeeting || len(e.countries) != 2 || len(e.parts) < 3 {
			continue
		}
		by := map[string][]*person{}
		for _, p := range e.parts {
			if p.country == "" || p.org || !p.titled {
				by = nil
				break
			}
			by[p.country] = append(by[p.country], p)
		}
		if len(by) != 2 {
			continue
		}
		var guest *person
		var hosts []*person
		for _, ps := range by {
			if len(ps) == 1 && guest == nil {
				guest = ps[0]
			} else {
				hosts = ps
			}
		}
		if guest == nil || len(hosts) < 2 || !anyHead(hosts) || guest.head {
			continue
		}
		heads := 0
		for _, h := range hosts {
			if h.head {
				heads++
			}
		}
		if heads == len(hosts) {
			continue // a president and his prime minister together
		}
		out = out[:len(out)-1]
		for i, h := range hosts {
			m := *e
			m.parts = []*person{guest, h}
			m.primary = e.primary && i == 0
			out = append(out, &m)
		}
	}
	st.events = out
}

// discussedCountry says whether country mention ci is the subject of the
// talks, not a side: "the situation around Ukraine", "talks that turned
// around X and Y", "урегулирование вокруг Украины", "украинского
// кризиса".
func (s *sent) discussedCountry(ci int) bool {
	c := s.countries[ci]
	for k, n := s.prevWord(c.t0), 0; k >= 0 && n < 6; k, n = s.prevWord(k), n+1 {
		if lowStarts(s.toks[k].low, "ситуаци", "situation", "around", "вокруг", "кризис", "crisis", "урегулировани", "settlement",
			"конфликт", "conflict", "жағдай", "төңірегіндегі") {
			return true
		}
		if s.hasEventAt(k) || s.covered(k) {
			break
		}
	}
	if n := s.nextWord(c.t1); n < len(s.toks) && lowStarts(s.toks[n].low, "кризис", "crisis", "урегулировани", "settlement", "conflict", "конфликт", "war", "войн") {
		return true
	}
	return false
}

// insideCouncilSummit says whether hit h lies inside a council summit hit.
func (s *sent) insideCouncilSummit(h hit) bool {
	for _, x := range s.hits {
		if x != h && s.councilSummit(x) && x.start <= h.start && h.end <= x.end {
			return true
		}
	}
	return false
}

// sidesFromOpening gives the first event of an article, told by a word of
// reference ("в ходе телефонного разговора", "during the talks") and naming nobody
// the two people of two states that the headline or the lead names
// before it: "Путин обсудил с Мирзиеевым ..." then "Особое внимание в
// ходе телефонного разговора ...".
func (st *state) sidesFromOpening() {
	for _, e := range st.events {
		if e.first == nil || !(e.first.ref || e.first.refSame) || len(e.first.parts) > 0 || e.planned || st.toldBefore(e) {
			continue
		}
		var ps []*person
		var cs []string
		for _, s := range st.sents {
			if s.idx >= e.first.si || !st.opening(s.idx) {
				continue
			}
			for _, r := range s.persons {
				if r.p.country != "" && r.p.titled && !r.p.org && !slices.Contains(ps, r.p) {
					ps = append(ps, r.p)
					cs = appendUniq(cs, r.p.country)
				}
			}
		}
		if len(ps) != 2 || len(cs) != 2 {
			continue
		}
		for _, p := range ps {
			e.parts = appendPerson(e.parts, p)
			e.countries = appendUniq(e.countries, p.country)
		}
	}
}

// visitToldByReference adds the visit that an article about held talks
// of two states names only by reference ("Программа визита китайского
// лидера предусматривает ...", "В рамках визита ...", "данный визит"),
// when it tells no visit otherwise: the visit the talks were held in, of
// the talks' states, held, with the participant who is not of the city's
// state as its traveller.
func (st *state) visitToldByReference() {
	var talks *event
	for _, e := range st.events {
		if e.typ == diplograph.EventVisit {
			return
		}
		if talks == nil && e.typ == diplograph.EventMeeting && !e.planned && len(e.countries) == 2 {
			talks = e
		}
	}
	if talks == nil {
		return
	}
	for _, s := range st.sents {
		for _, h := range s.hits {
			if h.cl != cEvent || h.val != diplograph.EventVisit || !s.reference(h) || s.invitation(h.start) {
				continue
			}
			v := &event{typ: diplograph.EventVisit, countries: slices.Clone(talks.countries), date: talks.date, end: talks.end,
				city: talks.city, cityCC: talks.cityCC, sents: []int{s.idx}, words: []string{s.toks[h.start].low}}
			for _, p := range talks.parts {
				if talks.cityCC != "" && p.country != "" && p.country != talks.cityCC {
					v.parts = append(v.parts, p)
				}
			}
			st.events = append(st.events, v)
			return
		}
	}
}

// toldBefore reports another event first told before e.
func (st *state) toldBefore(e *event) bool {
	return slices.ContainsFunc(st.events, func(o *event) bool { return o != e && o.first != nil && o.first.si < e.first.si })
}

// twoSides keeps the two sides of a call, or of talks held within a
// gathering, when the sentence names more states: "Lavrov and Nurtleu
// discussed by phone the Central Asia + Russia format", "talks of the
// foreign ministers of Kazakhstan and China within the Central Asia –
// China meeting". A call, and talks of two named officials framed by a
// gathering, are of the officials' two states.
func (st *state) twoSides() {
	for _, e := range st.events {
		if len(e.countries) <= 2 || e.typ != diplograph.EventPhoneCall && !(e.typ == diplograph.EventMeeting && e.framework) {
			continue
		}
		var sides []string
		for _, p := range e.parts {
			if p.country != "" && !p.org {
				sides = appendUniq(sides, p.country)
			}
		}
		if len(sides) != 2 {
			continue
		}
		// The gathering itself, beside the talks of the two on its
		// sidelines, keeps its states.
		other := false
		for _, f := range st.events {
			if f != e && f.typ == e.typ && sameSet(f.countries, sides) {
				other = true
			}
		}
		if other && e.typ != diplograph.EventPhoneCall {
			continue
		}
		// Talks told as held within a gathering named in the same
		// sentence ("held talks with B as part of the 4th Meeting of
		// Foreign Ministers of Central Asia – China"): the gathering is
		// an event of its own, of every state.
		if e.frame {
			g := *e
			g.primary, g.frame = false, false
			g.parts, g.countries, g.orgs = slices.Clone(e.parts), slices.Clone(e.countries), slices.Clone(e.orgs)
			g.sents, g.words = slices.Clone(e.sents[:1]), slices.Clone(e.words)
			st.events = append(st.events, &g)
		}
		e.countries = sides
	}
}

// signedAtTalks gives a signing that the headline or the lead reports,
// told without a place, a date or signers, those of the first held event of the
// body among whose countries its own are ("X and Y sign memorandum" over "the
// ministers met in Rome on Tuesday"): the documents were signed there and
// then.
func (st *state) signedAtTalks() {
	for _, e := range st.events {
		if e.typ != diplograph.EventSigning || e.planned || !st.opening(e.sents[0]) || !e.date.IsZero() && e.city != "" && len(e.parts) > 0 {
			continue
		}
		for _, f := range st.events {
			if f.typ == diplograph.EventSigning || f.planned || f.sents[0] <= e.sents[0] || !subset(e.countries, f.countries) {
				continue
			}
			if e.date.IsZero() {
				e.date, e.end = f.date, f.end
			}
			if e.city == "" {
				e.city, e.cityCC = f.city, f.cityCC
			}
			if len(e.parts) == 0 {
				e.parts = slices.Clone(f.parts)
			}
			break
		}
	}
}
