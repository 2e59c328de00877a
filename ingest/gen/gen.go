// Package gen writes a synthetic corpus of government press releases about
// diplomacy in Russian, Kazakh and English: ministers of many countries
// (invented names, built from syllables in Cyrillic and Latin at once; each
// portfolio changes hands every one to three years) meeting, visiting, calling each other, co-chairing intergovernmental
// commissions and signing memoranda, on dates over several years, in the
// capitals of the countries involved. Many events are reported more than
// once: in Russian and in Kazakh, or by two outlets, the way real news
// archives repeat themselves, so that ingestion has to merge them.
//
// The corpus is deterministic for a seed, and generated as a stream: memory
// does not grow with the number of articles.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
)

// Options configure a Generator.
type Options struct {
	// N is the number of articles.
	N int
	// Rand is the source of randomness (required; seed it for a
	// reproducible corpus, e.g. rand.New(rand.NewPCG(seed, 0))).
	Rand *rand.Rand
	// From is the first possible event date (default 2019-01-01); events
	// are spread over Years years (default 6).
	From  time.Time
	Years int
}

// Generator produces the articles of a corpus one at a time.
type Generator struct {
	opt       Options
	r         *rand.Rand
	ministers map[string][]term // by country code + "/" + portfolio, in order of office
	emitted   int
	pending   []diplograph.Article
	events    int
}

// person is a minister with the forms of the name the templates need.
type person struct {
	female              bool
	ruNom, ruGen, ruIns string
	latin               string
	lastCyr             string // the last word in Cyrillic (for Kazakh suffixes)
	country             *country
	portfolio           *portfolio
}

// New returns a generator of opt.N articles.
func New(opt Options) *Generator {
	if opt.From.IsZero() {
		opt.From = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if opt.Years <= 0 {
		opt.Years = 6
	}
	if opt.Rand == nil {
		opt.Rand = rand.New(rand.NewPCG(1, 2))
	}
	g := &Generator{opt: opt, r: opt.Rand, ministers: map[string][]term{}}
	seen := map[string]bool{}
	end := opt.From.AddDate(opt.Years, 0, 1)
	for ci := range countries {
		c := &countries[ci]
		for pi := range portfolios {
			p := &portfolios[pi]
			// Ministers come and go: terms of one to three years.
			for from := opt.From.AddDate(0, -g.pick(24), 0); from.Before(end); {
				var m *person
				for {
					m = g.newPerson(c)
					k := diplograph.NameKey(m.latin)
					if !seen[k] {
						seen[k] = true
						break
					}
				}
				m.country, m.portfolio = c, p
				until := from.AddDate(1, g.pick(25), 0)
				g.ministers[c.code+"/"+p.en] = append(g.ministers[c.code+"/"+p.en], term{m, until})
				from = until
			}
		}
	}
	return g
}

// term is a minister in office until a date.
type term struct {
	p     *person
	until time.Time
}

// minister returns who holds portfolio p of country c on date t.
func (g *Generator) minister(c *country, p *portfolio, t time.Time) *person {
	ts := g.ministers[c.code+"/"+p.en]
	for _, x := range ts {
		if t.Before(x.until) {
			return x.p
		}
	}
	return ts[len(ts)-1].p
}

// Next returns the next article, and false when the corpus is complete.
func (g *Generator) Next() (diplograph.Article, bool) {
	if g.emitted >= g.opt.N {
		return diplograph.Article{}, false
	}
	if len(g.pending) == 0 {
		g.pending = g.event()
	}
	a := g.pending[0]
	g.pending = g.pending[1:]
	g.emitted++
	return a, true
}

func (g *Generator) pick(n int) int { return g.r.IntN(n) }

func (g *Generator) syl(s []syllable) syllable { return s[g.pick(len(s))] }

// stem returns a name stem ending in a consonant: (V)CV(C)CVC.
func (g *Generator) stem(femaleSafe bool) syllable {
	var cyr, lat strings.Builder
	if g.pick(4) == 0 {
		s := g.syl(initials)
		cyr.WriteString(s.cyr)
		lat.WriteString(s.lat)
	}
	n := 1 + g.pick(2)
	for i := 0; i < n; i++ {
		o, v := g.syl(onsets), g.syl(vowels)
		cyr.WriteString(o.cyr + v.cyr)
		lat.WriteString(o.lat + v.lat)
	}
	c := g.syl(codas)
	for femaleSafe && c.cyr == "к" {
		c = g.syl(codas)
	}
	cyr.WriteString(c.cyr)
	lat.WriteString(c.lat)
	return syllable{capitalise(cyr.String()), capitalise(lat.String())}
}

// newPerson invents a minister of c: Slavic and Turkic countries get
// declinable names (surnames in -ов/-ин), others indeclinable ones (a
// first name in -о, a surname in -и), as Russian treats foreign names.
func (g *Generator) newPerson(c *country) *person {
	p := &person{female: g.pick(3) == 0}
	if c.slavic || c.turkic {
		first := g.stem(true)
		last := g.stem(false)
		suf := []syllable{{"ов", "ov"}, {"ин", "in"}}[g.pick(2)]
		if p.female {
			p.ruNom = first.cyr + "а " + last.cyr + suf.cyr + "а"
			p.ruGen = first.cyr + "ы " + last.cyr + suf.cyr + "ой"
			p.ruIns = first.cyr + "ой " + last.cyr + suf.cyr + "ой"
			p.latin = first.lat + "a " + last.lat + suf.lat + "a"
			p.lastCyr = last.cyr + suf.cyr + "а"
		} else {
			p.ruNom = first.cyr + " " + last.cyr + suf.cyr
			p.ruGen = first.cyr + "а " + last.cyr + suf.cyr + "а"
			p.ruIns = first.cyr + "ом " + last.cyr + suf.cyr + "ым"
			p.latin = first.lat + " " + last.lat + suf.lat
			p.lastCyr = last.cyr + suf.cyr
		}
		return p
	}
	p.female = false
	first := g.stem(false)
	last := g.stem(false)
	end := []syllable{{"ини", "ini"}, {"ели", "eli"}, {"ари", "ari"}}[g.pick(3)]
	p.ruNom = first.cyr + "о " + last.cyr + end.cyr
	p.ruGen, p.ruIns = p.ruNom, p.ruNom
	p.latin = first.lat + "o " + last.lat + end.lat
	p.lastCyr = last.cyr + end.cyr
	return p
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// kkWith returns the Kazakh postposition "and/with" after word: мен after
// a vowel or л, р, й, у; бен after м, н, ң, ж, з; пен otherwise.
func kkWith(word string) string {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(word))
	switch {
	case strings.ContainsRune("аәеиоөуұүыіэюялрй", r):
		return "мен"
	case strings.ContainsRune("мнңжз", r):
		return "бен"
	}
	return "пен"
}

// ev is one invented event.
type ev struct {
	typ    string
	a, b   *person
	date   time.Time
	city   *country // where it takes place (nil for a phone call)
	topics []topic
}

// event invents an event and its reports (one to three articles).
func (g *Generator) event() []diplograph.Article {
	g.events++
	p := &portfolios[g.pick(len(portfolios))]
	ca := &countries[0] // Kazakhstan, the home country of most reports
	if g.pick(10) < 3 {
		ca = &countries[g.pick(len(countries))]
	}
	cb := &countries[g.pick(len(countries))]
	for cb == ca {
		cb = &countries[g.pick(len(countries))]
	}
	date := g.opt.From.AddDate(0, 0, g.pick(365*g.opt.Years))
	e := ev{a: g.minister(ca, p, date), b: g.minister(cb, p, date), date: date}
	switch n := g.pick(100); {
	case n < 35:
		e.typ = diplograph.EventMeeting
	case n < 50:
		e.typ = diplograph.EventVisit
	case n < 65:
		e.typ = diplograph.EventPhoneCall
	case n < 80:
		e.typ = diplograph.EventCommissionSession
	default:
		e.typ = diplograph.EventSigning
	}
	switch e.typ {
	case diplograph.EventVisit:
		e.city = cb
	case diplograph.EventPhoneCall:
	default:
		e.city = []*country{ca, cb}[g.pick(2)]
	}
	t1 := p.topics[g.pick(len(p.topics))]
	t2 := p.topics[g.pick(len(p.topics))]
	e.topics = []topic{t1}
	if t2 != t1 {
		e.topics = append(e.topics, t2)
	}
	k := 1
	switch n := g.pick(100); {
	case n < 35:
		k = 2
	case n < 50:
		k = 3
	}
	langs := []string{"ru", "kk", "en"}
	first := langs[g.pick(3)]
	var out []diplograph.Article
	used := map[string]int{}
	for i := 0; i < k; i++ {
		lang := first
		switch i {
		case 1:
			lang = map[string]string{"ru": "kk", "kk": "ru", "en": "ru"}[first]
		case 2:
			lang = first
		}
		o := outlets[lang][(used[lang]+g.events)%len(outlets[lang])]
		variant := used[lang]
		used[lang]++
		pub := e.date.AddDate(0, 0, g.pick(2))
		title, body := g.render(e, lang, variant)
		slug := fmt.Sprintf("%d%02d%02d-%s-%06d", pub.Year(), pub.Month(), pub.Day(), strings.ToLower(e.typ), g.events)
		out = append(out, diplograph.Article{
			URL:       fmt.Sprintf("https://%s/%s/news/%s-%d", o.host, lang, slug, i),
			Source:    o.name,
			Title:     title,
			Language:  lang,
			Published: pub.Format("2006-01-02"),
			Text:      title + "\n\n" + body,
		})
	}
	return out
}

func ruDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d года", t.Day(), ruMonthsGen[t.Month()-1], t.Year())
}

func kkDate(t time.Time) string {
	return fmt.Sprintf("%d жылғы %d %s", t.Year(), t.Day(), kkMonthsLoc[t.Month()-1])
}

func enDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), enMonths[t.Month()-1], t.Year())
}

func enTitle(p *portfolio) string {
	w := strings.Fields(p.en)
	for i, x := range w {
		if x != "and" {
			w[i] = capitalise(x)
		}
	}
	return "Minister of " + strings.Join(w, " ")
}

// render writes the title and body of one report of e in lang; variant
// varies the wording between outlets.
func (g *Generator) render(e ev, lang string, variant int) (string, string) {
	switch lang {
	case "ru":
		return g.renderRU(e, variant)
	case "kk":
		return g.renderKK(e, variant)
	}
	return g.renderEN(e, variant)
}

func (g *Generator) renderRU(e ev, variant int) (string, string) {
	a, b := e.a, e.b
	ta := "министр " + a.portfolio.ru + " " + a.country.ruGen
	tbGen := "министра " + b.portfolio.ru + " " + b.country.ruGen
	tbIns := "министром " + b.portfolio.ru + " " + b.country.ruGen
	taGen := "министра " + a.portfolio.ru + " " + a.country.ruGen
	past := func(p *person, m, f string) string {
		if p.female {
			return f
		}
		return m
	}
	date := ruDate(e.date)
	var lead string
	where := ""
	if e.city != nil {
		where = " в " + e.city.ruLoc
	}
	switch e.typ {
	case diplograph.EventMeeting:
		if variant%2 == 0 {
			lead = fmt.Sprintf("%s%s состоялась встреча %s %s и %s %s.", capitalise(date), where, taGen, a.ruGen, tbGen, b.ruGen)
		} else {
			lead = fmt.Sprintf("%s %s %s%s %s переговоры с %s %s.", capitalise(ta), a.ruNom, date, where, past(a, "провёл", "провела"), tbIns, b.ruIns)
		}
	case diplograph.EventVisit:
		lead = fmt.Sprintf("%s %s %s %s%s переговоры с %s %s в ходе официального визита.", capitalise(ta), a.ruNom, date, past(a, "провёл", "провела"), where, tbIns, b.ruIns)
	case diplograph.EventPhoneCall:
		lead = fmt.Sprintf("%s состоялся телефонный разговор %s %s и %s %s.", capitalise(date), taGen, a.ruGen, tbGen, b.ruGen)
	case diplograph.EventCommissionSession:
		lead = fmt.Sprintf("%s%s состоялось очередное заседание межправительственной комиссии %s и %s по сотрудничеству. Заседание прошло под председательством %s %s и %s %s.",
			capitalise(date), where, a.country.ruGen, b.country.ruGen, taGen, a.ruGen, tbGen, b.ruGen)
	case diplograph.EventSigning:
		lead = fmt.Sprintf("%s%s %s %s и министр %s %s %s подписали меморандум о сотрудничестве в сфере %s.",
			capitalise(date), where, ta, a.ruNom, b.portfolio.ru, b.country.ruGen, b.ruNom, e.topics[0].ru)
	}
	topics := "в сфере " + e.topics[0].ru
	if len(e.topics) > 1 {
		topics += " и " + e.topics[1].ru
	}
	body := []string{lead, fmt.Sprintf("Стороны обсудили вопросы сотрудничества %s.", topics)}
	if variant%2 == 0 {
		body = append(body, "По итогам встречи стороны договорились продолжить диалог и поддерживать регулярные контакты.")
	} else {
		body = append(body, fmt.Sprintf("%s %s, что двусторонние отношения развиваются динамично.", a.ruNom, past(a, "отметил", "отметила")))
	}
	title := fmt.Sprintf("%s и %s обсудили сотрудничество в сфере %s", a.country.ruNom, b.country.ruNom, e.topics[0].ru)
	return title, strings.Join(body, "\n\n")
}

func (g *Generator) renderKK(e ev, variant int) (string, string) {
	a, b := e.a, e.b
	ta := a.country.kkGen + " " + a.portfolio.kk + " министрі " + nameKK(a)
	tb := b.country.kkGen + " " + b.portfolio.kk + " министрі " + nameKK(b)
	date := kkDate(e.date)
	where := ""
	if e.city != nil {
		where = " " + e.city.kkLoc
	}
	var lead string
	switch e.typ {
	case diplograph.EventMeeting:
		lead = fmt.Sprintf("%s%s %s %s %s кездесті.", capitalise(date), where, ta, kkWith(a.lastCyr), tb)
	case diplograph.EventVisit:
		lead = fmt.Sprintf("%s %s ресми сапар барысында%s %s %s келіссөздер жүргізді.", capitalise(date), ta, where, tb, kkWith(b.lastCyr))
	case diplograph.EventPhoneCall:
		lead = fmt.Sprintf("%s %s %s %s телефон арқылы сөйлесті.", capitalise(date), ta, tb, kkWith(b.lastCyr))
	case diplograph.EventCommissionSession:
		lead = fmt.Sprintf("%s%s %s %s %s арасындағы ынтымақтастық жөніндегі үкіметаралық комиссияның кезекті отырысы өтті. Отырысқа %s және %s төрағалық етті.",
			capitalise(date), where, a.country.kkNom, kkWith(a.country.kkNom), b.country.kkNom, ta, tb)
	case diplograph.EventSigning:
		lead = fmt.Sprintf("%s%s %s %s %s %s саласындағы ынтымақтастық туралы өзара түсіністік меморандумына қол қойды.",
			capitalise(date), where, ta, kkWith(a.lastCyr), tb, e.topics[0].kk)
	}
	topics := e.topics[0].kk
	if len(e.topics) > 1 {
		topics += " және " + e.topics[1].kk
	}
	body := []string{lead, fmt.Sprintf("Тараптар %s салаларындағы ынтымақтастық мәселелерін талқылады.", topics)}
	if variant%2 == 0 {
		body = append(body, "Кездесу қорытындысы бойынша тараптар тұрақты байланыс орнатуға келісті.")
	} else {
		body = append(body, "Тараптар екіжақты қарым-қатынастың қарқынды дамып келе жатқанын атап өтті.")
	}
	title := fmt.Sprintf("%s %s %s %s саласындағы ынтымақтастықты талқылады", a.country.kkNom, kkWith(a.country.kkNom), b.country.kkNom, e.topics[0].kk)
	return title, strings.Join(body, "\n\n")
}

// nameKK is the name as Kazakh texts write it (nominative).
func nameKK(p *person) string { return p.ruNom }

func (g *Generator) renderEN(e ev, variant int) (string, string) {
	a, b := e.a, e.b
	ta := enTitle(a.portfolio) + " of " + a.country.en + " " + a.latin
	tb := enTitle(b.portfolio) + " of " + b.country.en + " " + b.latin
	date := enDate(e.date)
	where := ""
	if e.city != nil {
		where = " in " + e.city.city
	}
	var lead string
	switch e.typ {
	case diplograph.EventMeeting:
		if variant%2 == 0 {
			lead = fmt.Sprintf("On %s, %s met with %s%s.", date, ta, tb, where)
		} else {
			lead = fmt.Sprintf("%s held talks with %s%s on %s.", ta, tb, where, date)
		}
	case diplograph.EventVisit:
		lead = fmt.Sprintf("On %s, %s paid an official visit to %s and held talks with %s%s.", date, ta, b.country.en, tb, where)
	case diplograph.EventPhoneCall:
		lead = fmt.Sprintf("On %s, %s held a phone call with %s.", date, ta, tb)
	case diplograph.EventCommissionSession:
		lead = fmt.Sprintf("On %s, the regular session of the intergovernmental commission on cooperation between %s and %s was held%s. It was co-chaired by %s and %s.",
			date, a.country.en, b.country.en, where, ta, tb)
	case diplograph.EventSigning:
		lead = fmt.Sprintf("On %s%s, %s and %s signed a memorandum of understanding on cooperation in %s.", date, where, ta, tb, e.topics[0].en)
	}
	topics := e.topics[0].en
	if len(e.topics) > 1 {
		topics += " and " + e.topics[1].en
	}
	body := []string{lead, fmt.Sprintf("The sides discussed cooperation in %s.", topics)}
	if variant%2 == 0 {
		body = append(body, "The parties agreed to maintain regular contacts.")
	} else {
		body = append(body, "Both ministers noted the dynamic development of bilateral relations.")
	}
	title := fmt.Sprintf("%s and %s discuss cooperation in %s", a.country.en, b.country.en, e.topics[0].en)
	return title, strings.Join(body, "\n\n")
}
