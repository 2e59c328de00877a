package extractor

import (
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/gazetteer"
)

// agencies are national news agencies by the words they sign with, and
// their countries. An agency's name in the headline, the lines before the
// body or the lead tells where a text comes from; international agencies
// (Reuters, AP, AFP) tell nothing and are not listed.
var agencies = map[string]string{
	"kazinform": "KZ", "казинформ": "KZ", "қазақпарат": "KZ", "kazakhstan today": "KZ", "tengrinews": "KZ",
	"xinhua": "CN", "синьхуа": "CN", "anadolu": "TR", "анадолу": "TR", "qna": "QA", "wam": "AE", "spa": "SA",
	"montsame": "MN", "монцамэ": "MN", "armenpress": "AM", "арменпресс": "AM", "azertac": "AZ", "азертадж": "AZ",
	"apa": "AZ", "тасс": "RU", "tass": "RU", "риа": "RU", "ria": "RU", "interfax": "RU", "интерфакс": "RU",
	"belta": "BY", "белта": "BY", "uza": "UZ", "уза": "UZ", "dunyo": "UZ", "дунё": "UZ", "kabar": "KG", "кабар": "KG",
	"akipress": "KG", "khovar": "TJ", "ховар": "TJ", "irna": "IR", "ирна": "IR", "yonhap": "KR", "ёнхап": "KR",
	"kyodo": "JP", "киодо": "JP", "bernama": "MY", "antara": "ID", "vna": "VN", "app": "PK", "pti": "IN",
	"ukrinform": "UA", "укринформ": "UA", "kuna": "KW", "bna": "BH", "ona": "OM", "petra": "JO", "mena": "EG",
	"trend": "AZ", "тренд": "AZ", "bta": "BG", "mti": "HU", "pap": "PL", "ansa": "IT", "efe": "ES", "ctk": "CZ",
	"ina": "IQ", "sana": "SY", "nna": "LB", "kpl": "LA", "akp": "KH", "pna": "PH", "turkmenistan today": "TM",
}

// reportWords mark the sentence that names who reports: "the Ministry of
// X reported", "сообщает пресс-служба МИД", "министрліктің баспасөз
// қызметі хабарлады".
func reportWord(low string) bool {
	return lowStarts(low, "reported", "reports", "announced", "сообща", "сообщил", "пресс-служб", "хабарла", "баспасөз", "press", "according")
}

// receiveWord is the verb of a host: "X received Y", "принял", "қабылдады".
func receiveWord(low string) bool {
	switch low {
	case "received", "receives", "hosted", "hosts", "welcomed", "welcomes", "принял", "приняла", "принимает", "қабылдады", "қабылдайды":
		return true
	}
	return false
}

// homeEvidence weighs what the text says about where it comes from and
// returns the country it points to, or "". In order of weight: a national
// news agency signing the text; the ministry that reports ("the Ministry
// of Culture of X reported") or a line that is only a ministry's name; a
// dateline city opening the body ("ANKARA, 12 March –"); the official who
// receives or hosts a guest in the lead. A Kazakh text's dateline is that
// of a correspondent and is not weighed.
func (st *state) homeEvidence() string {
	score := map[string]int{}
	order := []string{}
	add := func(code string, w int) {
		if code == "" {
			return
		}
		if _, ok := score[code]; !ok {
			order = append(order, code)
		}
		score[code] += w
	}
	// The lines before the body (a source or agency line kept out of it).
	if len(st.sents) > 0 {
		head := st.text[st.doc.Header.BodyStart:st.sents[0].seg.Start]
		add(agencyIn(tokenize(head, 0, nil)), 4)
	}
	lead := 0
	for _, s := range st.sents {
		if lead >= 3 {
			break
		}
		if !s.title {
			lead++
		}
		add(agencyIn(s.toks), 4)
		add(s.reporterCountry(), 3)
		if st.lang != diplograph.LangKazakh {
			// Kazakh puts the object before the verb.
			add(s.hostCountry(), 2)
		}
	}
	// The closing lines: "Пресс-служба МИД X", "Source: the MFA of X".
	for i := max(0, len(st.sents)-2); i < len(st.sents); i++ {
		if i >= 3 {
			add(st.sents[i].reporterCountry(), 3)
		}
	}
	add(st.footerHome, 3)
	best, bestN := "", 0
	for _, c := range order {
		if score[c] > bestN {
			best, bestN = c, score[c]
		}
	}
	return best
}

// footerMinistry returns the country of a short line after the body
// (from byte end on) that names a ministry: "Source: the MFA of X",
// "Пресс-служба МИД X", "ҚР СІМ баспасөз қызметі".
func footerMinistry(text string, end int, cms []gazetteer.Mention) string {
	for _, m := range cms {
		if m.Start < end {
			continue
		}
		ls := strings.LastIndexByte(text[:m.Start], '\n') + 1
		le := strings.IndexByte(text[m.End:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += m.End
		}
		line := lower(text[ls:le])
		if len(strings.Fields(line)) > 12 {
			continue
		}
		if strings.Contains(line, "ministry") || strings.Contains(line, "министерств") || strings.Contains(line, "мид ") ||
			strings.Contains(line, "министрліг") || strings.Contains(line, "сім ") || strings.Contains(line, "department of foreign") {
			return m.Code
		}
	}
	return ""
}

// agencyIn returns the country of a news agency named in toks.
func agencyIn(toks []tok) string {
	for i, t := range toks {
		if !t.word || !t.cap {
			continue
		}
		if i+1 < len(toks) {
			if c, ok := agencies[t.low+" "+toks[i+1].low]; ok {
				return c
			}
		}
		// Short names only as written in capitals ("QNA", "WAM"), longer
		// ones capitalised ("Xinhua").
		if c, ok := agencies[t.low]; ok && (t.upper || len(t.low) > 5 && !isCommonWord(t.low)) {
			return c
		}
	}
	return ""
}

// isCommonWord reports agency names that are also common words.
func isCommonWord(low string) bool { return low == "trend" || low == "тренд" || low == "petra" }

// reporterCountry returns the country of the ministry that reports in the
// sentence, or of a sentence that is only a ministry's name.
func (s *sent) reporterCountry() string {
	words, report, event := 0, false, false
	for _, t := range s.toks {
		if t.word {
			words++
			if reportWord(t.low) {
				report = true
			}
		}
	}
	for _, h := range s.hits {
		if h.cl == cEvent || h.cl == cMinister || h.cl == cRole {
			event = true
		}
	}
	for _, h := range s.hits {
		if h.cl != cMinistry {
			continue
		}
		// A line of the ministry's name: "Ministry of Foreign Affairs of
		// X", "Republic of X Ministry of Foreign Affairs".
		line := words <= 14 && !event && (h.start <= 2 || s.countryEndsAt(h.start))
		if !report && !line {
			continue
		}
		// The country of the ministry: after it ("of X", genitive) or
		// right before it ("Turkish Foreign Ministry", "МИД России" has it
		// after).
		for _, c := range s.countries {
			if c.loc() {
				continue
			}
			if c.t0 >= h.end && c.t0-h.end <= 10 || c.t1 <= h.start && h.start-c.t1 <= 2 {
				return c.code
			}
		}
	}
	return ""
}

// countryEndsAt reports a country mention opening the sentence and ending
// right before token i.
func (s *sent) countryEndsAt(i int) bool {
	for _, c := range s.countries {
		if c.t1 == i && c.t0 <= 1 {
			return true
		}
	}
	return false
}

// hostCountry returns the country named before an active verb of
// receiving ("X's Foreign Minister received ...").
func (s *sent) hostCountry() string {
	for i, t := range s.toks {
		if !receiveWord(t.low) {
			continue
		}
		if p := s.prevWord(i); p >= 0 && lowStarts(s.toks[p].low, "was", "were", "been", "был", "была") {
			return ""
		}
		for _, c := range s.countries {
			if c.t0 >= i {
				break
			}
			if !c.loc() {
				// "the Ambassador of X to Y received" is rare; the first
				// country of the subject is the host's.
				return c.code
			}
		}
		return ""
	}
	return ""
}

// nationalDomain returns the country of a URL's or source's national
// top-level domain ("mfa.gov.tr", "gov.uk").
func (st *state) nationalDomain() string {
	for _, u := range []string{st.art.URL, st.art.Source} {
		u = strings.ToLower(u)
		if i := strings.Index(u, "://"); i >= 0 {
			u = u[i+3:]
		}
		if i := strings.IndexByte(u, '/'); i >= 0 {
			u = u[:i]
		}
		if i := strings.LastIndexByte(u, '.'); i >= 0 && len(u)-i == 3 {
			code := strings.ToUpper(u[i+1:])
			if code == "UK" {
				code = "GB"
			}
			if _, ok := st.x.gaz.Country(code); ok {
				return code
			}
		}
	}
	return ""
}

// leadHome replaces a home country guessed from the count of mentions by
// that of the first official the lead names, the subject of the report
// ("Federal Foreign Minister NAME will travel to Chile").
func (st *state) leadHome() {
	if !st.homeGuess {
		return
	}
	for _, s := range st.sents {
		if s.title {
			continue
		}
		best := -1
		for i, r := range s.persons {
			if r.p.country != "" && !r.p.org && (best < 0 || r.t0 < s.persons[best].t0) {
				best = i
			}
		}
		if best >= 0 {
			st.home = s.persons[best].p.country
		}
		return
	}
}
