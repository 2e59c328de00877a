package extractor

import (
	"strings"

	"github.com/diplograph/diplograph"
)

// sentenceTopics returns the topics named in sentence s, in order,
// computed once per sentence.
func (st *state) sentenceTopics(s *sent) []string {
	if !s.topicsDone {
		s.topics = st.findTopics(s)
		s.topicsDone = true
	}
	return s.topics
}

func (st *state) findTopics(s *sent) []string {
	var out []string
	stop := make([]bool, len(s.toks))
	longest := make([]int, len(s.toks)) // end of the longest topic hit at each token
	for _, h := range s.hits {
		if h.cl == cTopicStop {
			for k := h.start; k < h.end; k++ {
				stop[k] = true
			}
		}
		if h.cl == cTopic && h.end > longest[h.start] {
			longest[h.start] = h.end
		}
	}
	for i, t := range s.toks {
		// Anniversaries: "80-летие", "100 жылдығы".
		if t.word && t.low[0] >= '0' && t.low[0] <= '9' && (strings.Contains(t.low, "-лет") || strings.Contains(t.low, "-жылдығ")) && !s.masked[i] &&
			!s.hasWord(congratulation...) && !s.hasEventAt(s.nextWord(i+1)) {
			out = appendUniq(out, "memory")
		}
	}
	// "подготовка инженерных кадров", "training of engineers".
	for i, t := range s.toks {
		if lowStarts(t.low, "кадр", "engineers", "specialists", "мамандар", "специалист", "дипломат", "diplomats", "военн") && !s.masked[i] {
			for k := max(0, i-3); k < i; k++ {
				if lowStarts(s.toks[k].low, "подготовк", "обучени", "training", "даярла", "повышени") {
					out = appendUniq(out, "education")
				}
			}
		}
	}
	// Words inside a longer topic phrase ("азық-түлік қауіпсіздігі", food
	// security) are not topics of their own.
	inner := make([]bool, len(s.toks))
	for i, e := range longest {
		for k := i + 1; k < e; k++ {
			inner[k] = true
		}
	}
	study := studyFields(s)
	orgName := orgNameWords(s)
	for _, h := range s.hits {
		i := h.start
		if h.cl != cTopic || h.end != longest[i] || inner[i] || s.masked[i] || stop[i] || (study != nil && study[i]) || (orgName != nil && orgName[i]) || s.covered(i) || st.falseTopic(s, i, h) {
			continue
		}
		out = appendUniq(out, h.val)
	}
	return out
}

// studyHeads are the words of teaching and of laboratories whose field
// ("программы в области медицины", "laboratories in the field of
// robotics") is a discipline taught, not a field of cooperation; joint
// research in a field is cooperation in it.
var studyHeads = []string{"программ", "магистр", "магистерск", "лаборатор", "специальност",
	"кафедр", "факультет", "programme", "program", "laborator", "degree", "courses", "курс"}

// studyFields marks the words of the field named after a word of study
// ("магистерских программ в области медицины и энергетики", "degree
// courses in the fields of mining and law"), up to the end of its list,
// and the fields of specialities ("по аграрным специальностям");
// nil when there is none.
func studyFields(s *sent) []bool {
	var out []bool
	for i, t := range s.toks {
		// "по инженерным и аграрным специальностям", "agricultural
		// majors": the fields of study before the word.
		if lowStarts(t.low, "специальност", "specialties", "specialities", "majors", "мамандықтар") {
			if out == nil {
				out = make([]bool, len(s.toks))
			}
			for k, n := s.prevWord(i), 0; k >= 0 && n < 5; k, n = s.prevWord(k), n+1 {
				if l := s.toks[k].low; l == "по" || l == "in" || l == "of" || l == "бойынша" {
					break
				}
				out[k] = true
			}
			continue
		}
		var from int
		switch {
		case t.low == "области" || t.low == "сфере":
			if p := s.prevWord(i); p < 0 || s.toks[p].low != "в" {
				continue
			}
			from = i + 1
		case t.low == "field" || t.low == "fields" || t.low == "area" || t.low == "areas":
			n := s.nextWord(i + 1)
			if n >= len(s.toks) || s.toks[n].low != "of" {
				continue
			}
			from = n + 1
		default:
			continue
		}
		head := false
		for k, w := s.prevWord(i), 0; k >= 0 && w < 7 && !head; k, w = s.prevWord(k), w+1 {
			head = lowStarts(s.toks[k].low, studyHeads...)
		}
		if !head {
			continue
		}
		if out == nil {
			out = make([]bool, len(s.toks))
		}
		for k := from; k < len(s.toks); k++ {
			tk := s.toks[k]
			if !tk.word && strings.ContainsAny(tk.text, ".;:()«»–—") {
				break
			}
			if tk.word && (tk.low == "а" || tk.low == "также" || tk.low == "also" || tk.low == "as") {
				break
			}
			out[k] = true
		}
	}
	return out
}

// orgNameWords marks the capitalised words of the English name of an
// organisation that ends in "Organization" ("the Islamic World
// Educational, Scientific and Cultural Organization"); nil when there is
// none.
func orgNameWords(s *sent) []bool {
	var out []bool
	for i, t := range s.toks {
		if !t.cap || (t.low != "organization" && t.low != "organisation") {
			continue
		}
		if out == nil {
			out = make([]bool, len(s.toks))
		}
		for k := i - 1; k >= 0; k-- {
			tk := s.toks[k]
			if tk.word && !tk.cap && tk.low != "and" && tk.low != "of" && tk.low != "for" {
				break
			}
			if !tk.word && tk.low != "," && tk.low != "-" {
				break
			}
			out[k] = true
		}
	}
	return out
}

// acronyms are topic words that count only when written in capitals.
var acronyms = map[string]bool{"it": true, "ит": true, "ict": true, "сми": true, "нпо": true, "бақ": true, "ngo": true,
	"ngos": true, "ai": true, "ии": true, "вуз": true}

// falseTopic reports the usual false hits of topic words.
func (st *state) falseTopic(s *sent, i int, best hit) bool {
	t := s.toks[i]
	// "state media reported", "сообщает информационное агентство",
	// "в интервью телеканалу": the press that tells the news, no field of
	// cooperation, unless the sentence speaks of working together.
	if best.val == "media" && !s.hasWord(mediaCooperation...) {
		return true
	}
	// "поздравил с 80-летием Победы", "the 20th-anniversary forum": an
	// anniversary congratulated or naming an event, no commemoration.
	if best.val == "memory" && s.hasWord(congratulation...) {
		return true
	}
	// Acronyms (IT, СМИ, NGO) count only in capitals; "Победа" only
	// capitalised.
	if acronyms[t.low] && !t.upper {
		return true
	}
	if lowStarts(t.low, "побед", "жеңіс", "victory") && !t.cap {
		return true
	}
	// "художник по свету", "художники-технологи": stage crafts.
	if strings.HasPrefix(t.low, "художник") {
		if n := s.nextWord(i + 1); n < len(s.toks) && s.toks[n].low == "по" {
			return true
		}
	}
	// "35-летие образования Содружества": a founding, not education.
	if best.val == "education" && strings.HasPrefix(t.low, "образовани") {
		if n := s.nextWord(i + 1); n < len(s.toks) && (s.toks[n].cap || lowStarts(s.toks[n].low, "государств", "союз", "организац", "содружеств")) {
			return true
		}
	}
	// Young people as the holders of scholarships and grants ("стипендии
	// для молодежи", "scholarships to young people") are students: the
	// field is education, not youth policy.
	if best.val == "youth" {
		for k := max(0, i-8); k < min(len(s.toks), i+9); k++ {
			if lowStarts(s.toks[k].low, "стипенди", "грант", "scholarship", "stipend", "fellowship") {
				return true
			}
		}
	}
	// "medical schools", "медицинских вузах": the discipline of a school
	// where students are taught, no field of cooperation.
	if best.val != "education" {
		if n := s.nextWord(best.end); n < len(s.toks) && lowStarts(s.toks[n].low, "school", "universit", "facult", "college", "вуз", "университет", "колледж", "факультет") {
			return true
		}
	}
	// "training sessions for athletes", "training camps": sport, no
	// education.
	if best.val == "education" && lowStarts(t.low, "training", "тренировочн") {
		if n := s.nextWord(best.end); n < len(s.toks) && lowStarts(s.toks[n].low, "session", "camp", "сбор") {
			for k := range s.toks {
				if lowStarts(s.toks[k].low, "athlete", "sport", "спортсмен", "спорт", "team", "команд") {
					return true
				}
			}
		}
	}
	// "a nomination of caravan roads and corridors": the roads
	// and corridors of a heritage nomination are monuments, no transport.
	if best.val == "transport" {
		for _, x := range s.toks {
			if lowStarts(x.low, "nomination", "номинаци", "номинациял") {
				return true
			}
		}
	}
	// "солисты театра", "soloists of the theatre": performers named by
	// their company, no cooperation in theatre.
	if best.val == "theatre" {
		p := s.prevWord(i)
		if p >= 0 && (s.toks[p].low == "the" || s.toks[p].low == "of") {
			p = s.prevWord(p)
		}
		if p >= 0 && (s.toks[p].low == "the" || s.toks[p].low == "of") {
			p = s.prevWord(p)
		}
		if p >= 0 && lowStarts(s.toks[p].low, "солист", "артист", "soloist", "artists") {
			return true
		}
	}
	// "экологические и этнографические туры", "eco-tourism": a kind of
	// tour or of tourism, no environment.
	if best.val == "environment" && lowStarts(t.low, "эколог", "ecolog") {
		for k := i + 1; k < min(len(s.toks), i+5); k++ {
			if lowStarts(s.toks[k].low, "тур", "tour") {
				return true
			}
		}
	}
	// "перевозки зерна и удобрений", "transit of grain": goods carried
	// are freight, no field of their own.
	if best.val == "agriculture" {
		for k := max(0, i-4); k < i; k++ {
			if lowStarts(s.toks[k].low, "перевозк", "транзит", "transit", "shipment", "тасымал") {
				return true
			}
		}
	}
	// "креативных индустрий" is not industry.
	if best.val == "industry" {
		if p := s.prevWord(i); p >= 0 && lowStarts(s.toks[p].low, "креативн", "creative", "креативті") {
			return true
		}
	}
	return false
}

// topicSentence reports whether s may give topics: not the description
// of a concert or an exhibition, which shows culture but discusses no
// field of cooperation.
func (st *state) topicSentence(s *sent) bool {
	if s.otherEvent {
		return true // the sentence also reports a meeting or the like
	}
	// "за прошедший год прошли гастроли театров, выставки": the tours and
	// exhibitions of a past period, told like a programme.
	if s.periodSummary() && s.hasEventWord(diplograph.EventCulturalEvent) {
		return false
	}
	for _, e := range st.events {
		if e.typ != diplograph.EventCulturalEvent {
			continue
		}
		for _, si := range e.sents {
			if si == s.idx {
				return false
			}
		}
	}
	return true
}

// topics returns the article's topics in vocabulary order with the first
// sentence naming each.
func (st *state) topics() ([]string, map[string]diplograph.Evidence) {
	found := map[string]diplograph.Evidence{}
	for _, s := range st.sents {
		if !st.topicSentence(s) {
			continue
		}
		for _, t := range st.sentenceTopics(s) {
			if _, ok := found[t]; !ok {
				found[t] = s.evidence()
			}
		}
	}
	out := []string{}
	for _, t := range diplograph.Topics {
		if _, ok := found[t]; ok {
			out = append(out, t)
		}
	}
	return out, found
}

// eventTopics returns the topics of the sentences reporting e.
func (st *state) eventTopics(e *event) []string {
	seen := map[string]bool{}
	for _, si := range e.sents {
		if !st.topicSentence(st.sents[si]) {
			continue
		}
		for _, t := range st.sentenceTopics(st.sents[si]) {
			seen[t] = true
		}
	}
	var out []string
	for _, t := range diplograph.Topics {
		if seen[t] {
			out = append(out, t)
		}
	}
	return out
}

// hasEventWord reports an event word of type typ in s.
func (s *sent) hasEventWord(typ string) bool {
	for _, h := range s.hits {
		if h.cl == cEvent && h.val == typ {
			return true
		}
	}
	return false
}

// mediaCooperation are the words that make the media a field of
// cooperation of their sentence ("сотрудничество в сфере СМИ", "media
// exchange", "медиафорум").
var mediaCooperation = []string{"сотрудничеств", "взаимодейств", "cooperat", "collaborat", "ынтымақтаст", "partnership", "обмен",
	"exchange", "меморандум", "memorand", "соглашени", "agreement", "келісім", "медиафорум", "forum", "форум", "совместн", "joint",
	"бірлескен", "content", "контент", "кино", "film", "телепрограмм", "broadcast", "вещани", "хабар тарату", "талқыла", "обсуд", "discuss",
	"насихат", "продвиж", "promot"}

// congratulation are the words of congratulating.
var congratulation = []string{"поздрав", "congratulat", "құттықта", "greeted on", "felicit"}

// hasWord says whether a word of s starts with one of the prefixes.
func (s *sent) hasWord(prefixes ...string) bool {
	for _, t := range s.toks {
		if t.word && lowStarts(t.low, prefixes...) {
			return true
		}
	}
	return false
}
