package extractor

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
)

// class says what a lexicon entry signals.
type class uint8

const (
	cEvent        class = iota + 1 // an event trigger; val is the event type
	cPlanned                       // the event is in the future
	cHeld                          // the event took place (past tense marker)
	cBilateral                     // "двусторонняя", "екіжақты", "bilateral"
	cFramework                     // "в рамках", "аясында", "on the sidelines of"
	cMinister                      // the word minister
	cMinistry                      // the word ministry
	cDeputy                        // deputy / vice
	cRole                          // another office; val is the English role
	cHeadOfState                   // "глава государства", "Мемлекет басшысы": the home president
	cPortfolio                     // a ministry's field; val is the English portfolio
	cAgreement                     // a document; val is the kind
	cSigned                        // signed
	cDraft                         // draft handed over, prepared, initialled
	cDraftVerb                     // handed over, prepared (with cDraftNoun makes a draft)
	cDraftNoun                     // проект, жоба, draft
	cWillSign                      // to be signed
	cDiscussed                     // discussed
	cExisting                      // "действующего", "existing": an agreement already in force
	cTopic                         // a field of cooperation; val is the topic key
	cTopicStop                     // blocks topic words in the same phrase
	cOrg                           // an international organisation; val is its English name
	cMinistersPl                   // "министры", "министрлер", "ministers": the sides are ministers
	cEve                           // "накануне", "қарсаңында", "on the eve of"
	cToday                         // "сегодня", "бүгін", "today"
	cBetween                       // "между", "арасындағы", "between"
	cGeneric                       // generic plural / habitual: "regularly", "such as"
	cPluralDoc                     // a plural document word: "agreements", "соглашения", "келісімдер"
	cDocSubject                    // names a document's subject: "on", "о", "туралы" (val: after or before it)
	cReached                       // "agreements reached", "достигнутые": understandings, not documents
	cEarlier                       // "ранее", "last", "бұған дейін": an event set before the news
	cSameDay                       // "earlier in the day", "ранее в тот же день": before, but on the day
	cSummit                        // "саммит", "summit": a forum of leaders, a meeting when only two states hold it
	cPronoun                       // "он", "ол", "he" (subject), "his", "его", "оның" (possessive): the person named before
	cGreeting                      // "аэропорт", "әуежай", "airport": a guest greeted on arrival, part of the visit
	cFounding                      // "создание", "құру", "to form": a body founded, not a session of it
	cHonorific                     // a word skipped before a name: "г-н", "Mr", "мырза" (a word list, no hits)
	cNotName                       // a capitalised word that never starts a name: "The", "Затем" (a word list, no hits)
	cMultiparty                    // "трехсторонний", "үшжақты", "trilateral": more than two sides at once
	cPartyOpener                   // Kazakh words that open a sentence before its list of parties: "бойынша", "Министрлер" (a word list, no hits)
	cCounterparts                  // "коллегами из", "counterparts from", "әріптестерімен": the states listed next each met apart
)

// wordClasses are the classes kept as lists of whole words, looked up by
// (*lexicon).is, not matched in the text as hits.
var wordClasses = map[class]bool{cHonorific: true, cNotName: true, cPartyOpener: true}

// pat is one token pattern of an entry: a prefix (or exact word) of the
// lower-cased token, with excluded prefixes.
type pat struct {
	s     string
	exact bool
	not   []string
}

func (p pat) match(low string) bool {
	if p.exact {
		return low == p.s
	}
	if !strings.HasPrefix(low, p.s) {
		return false
	}
	for _, n := range p.not {
		if strings.HasPrefix(low, n) {
			return false
		}
	}
	return true
}

// entry is a lexicon entry: a sequence of token patterns.
type entry struct {
	seq []pat
	cl  class
	val string
}

// lexicon indexes entries by the first two runes of their first pattern.
type lexicon struct {
	byKey map[string][]*entry // entries whose first pattern is a prefix
	exact map[string][]*entry // entries whose first pattern is a whole word
	words map[class]map[string]bool
}

// is reports whether the lower-case word low is in the word list of
// class cl (wordClasses).
func (l *lexicon) is(cl class, low string) bool { return l.words[cl][low] }

// parsePat reads "=word" (exact), "stem" (prefix), "stem^not1^not2" or
// "*" (any one word, not first in an entry).
func parsePat(s string) pat {
	if s == "*" {
		return pat{} // the empty prefix of every word
	}
	if strings.HasPrefix(s, "=") {
		return pat{s: s[1:], exact: true}
	}
	parts := strings.Split(s, "^")
	return pat{s: parts[0], not: parts[1:]}
}

func keyOf(s string) string {
	n := 0
	for i := range s {
		if n == 2 {
			return s[:i]
		}
		n++
	}
	return s
}

// add registers phrases (separated by "|") of class cl with value val.
func (l *lexicon) add(cl class, val, phrases string) {
	for _, ph := range strings.Split(phrases, "|") {
		ph = strings.TrimSpace(ph)
		if ph == "" {
			continue
		}
		e := &entry{cl: cl, val: val}
		for _, w := range strings.Fields(ph) {
			e.seq = append(e.seq, parsePat(w))
		}
		if e.seq[0].exact {
			l.exact[e.seq[0].s] = append(l.exact[e.seq[0].s], e)
			continue
		}
		k := keyOf(e.seq[0].s)
		l.byKey[k] = append(l.byKey[k], e)
	}
}

// at calls fn for every entry that matches toks starting at i, with the
// index one past the last matched token.
func (l *lexicon) at(toks []tok, i int, fn func(e *entry, end int)) {
	low := toks[i].low
	if low == "" {
		return
	}
	k2 := keyOf(low)
	keys := [2]string{k2, ""}
	if r, n := utf8.DecodeRuneInString(low); n < len(k2) && r != utf8.RuneError {
		keys[1] = low[:n]
	}
	for ki := -1; ki < len(keys); ki++ {
		var es []*entry
		if ki < 0 {
			es = l.exact[low]
		} else if keys[ki] != "" {
			es = l.byKey[keys[ki]]
		}
		for _, e := range es {
			j := i
			ok := true
			for n, p := range e.seq {
				if n > 0 {
					for j < len(toks) && !toks[j].word {
						j++
					}
				}
				if j >= len(toks) || !p.match(toks[j].low) && (n == 0 || !p.match(afterOrdinal(toks[j].low))) {
					ok = false
					break
				}
				j++
			}
			if ok {
				fn(e, j)
			}
		}
	}
}

// hit is one lexicon match in a sentence.
type hit struct {
	cl         class
	val        string
	start, end int // token indexes [start, end)
}

// scan returns every match in toks, in token order.
func (l *lexicon) scan(toks []tok) []hit {
	var hits []hit
	for i := range toks {
		if !toks[i].word {
			continue
		}
		l.at(toks, i, func(e *entry, end int) {
			hits = append(hits, hit{cl: e.cl, val: e.val, start: i, end: end})
		})
		// The later parts of a compound ("гала-концерт", "бизнес-форум",
		// "торгово-логистический") name events and topics too.
		low := toks[i].low
		// "EU-Central Asia", "ЕС-Центральная Азия": an organisation's
		// abbreviation as the first part of a compound.
		if k := strings.IndexByte(low, '-'); k > 0 {
			for _, e := range l.exact[low[:k]] {
				if len(e.seq) == 1 && e.cl == cOrg && e.seq[0].match(low[:k]) {
					hits = append(hits, hit{cl: e.cl, val: e.val, start: i, end: i + 1})
				}
			}
		}
		for k := strings.IndexByte(low, '-'); k >= 0; k = strings.IndexByte(low, '-') {
			low = low[k+1:]
			if low == "" {
				break
			}
			for _, es := range [2][]*entry{l.byKey[keyOf(low)], l.exact[low]} {
				for _, e := range es {
					if len(e.seq) == 1 && (e.cl == cEvent || e.cl == cTopic || e.cl == cOrg && l.exact[low] != nil) && e.seq[0].match(low) {
						hits = append(hits, hit{cl: e.cl, val: e.val, start: i, end: i + 1})
					}
				}
			}
		}
	}
	return hits
}

// classNames are the names of the classes in the lexicon files.
var classNames = map[string]class{
	"event": cEvent, "planned": cPlanned, "held": cHeld, "bilateral": cBilateral, "framework": cFramework,
	"minister": cMinister, "ministry": cMinistry, "deputy": cDeputy, "role": cRole, "head_of_state": cHeadOfState,
	"portfolio": cPortfolio, "agreement": cAgreement, "signed": cSigned, "draft": cDraft, "draft_verb": cDraftVerb,
	"draft_noun": cDraftNoun, "will_sign": cWillSign, "discussed": cDiscussed, "existing": cExisting, "topic": cTopic,
	"topic_stop": cTopicStop, "org": cOrg, "ministers_plural": cMinistersPl, "eve": cEve, "today": cToday,
	"between": cBetween, "generic": cGeneric,
	"plural_document": cPluralDoc, "document_subject": cDocSubject, "reached": cReached,
	"earlier": cEarlier, "same_day": cSameDay, "summit": cSummit, "pronoun": cPronoun,
	"greeting": cGreeting, "founding": cFounding, "honorific": cHonorific, "not_name": cNotName,
	"multiparty": cMultiparty, "party_opener": cPartyOpener, "counterparts": cCounterparts,
}

// lexiconFiles are the lexicon's data: the words of the three languages
// and what they signal, one file a field (events, titles, documents,
// topics, organisations). See the header of each file for the format.
//
//go:embed lexicon/*.tsv
var lexiconFiles embed.FS

// buildLexicon returns the lexicon of the three languages, read from
// lexiconFiles (whose errors the package's tests catch). Stems are lower
// case with ё written е.
func buildLexicon() *lexicon {
	l, err := loadLexicon(lexiconFiles, "lexicon")
	if err != nil {
		panic(err) // the embedded files are checked by TestLexiconFiles
	}
	return l
}

// loadLexicon reads every *.tsv file of dir in fsys, in name order.
func loadLexicon(fsys fs.FS, dir string) (*lexicon, error) {
	l := &lexicon{byKey: map[string][]*entry{}, exact: map[string][]*entry{}, words: map[class]map[string]bool{}}
	names, err := fs.Glob(fsys, dir+"/*.tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("extractor: lexicon: %w", err)
		}
		if err := l.read(name, string(b)); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// lexiconLangs are the languages an entry may be written in.
var lexiconLangs = []string{diplograph.LangRussian, diplograph.LangKazakh, diplograph.LangEnglish}

// tsvRows calls fn with the fields of each row of a tab-separated data
// file of the extractor (kind names it in errors: "lexicon", "formats"),
// whose rows have the columns cols; blank lines and lines starting with #
// are skipped. fail builds an error that names the file and line.
func tsvRows(kind, name, text string, cols []string, fn func(f []string, fail func(format string, args ...any) error) error) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fail := func(format string, args ...any) error {
			return fmt.Errorf("extractor: %s %s:%d: %s", kind, name, n+1, fmt.Sprintf(format, args...))
		}
		f := strings.Split(line, "\t")
		if len(f) != len(cols) {
			return fail("%d fields, want %d (%s) separated by tabs", len(f), len(cols), strings.Join(cols, ", "))
		}
		if err := fn(f, fail); err != nil {
			return err
		}
	}
	return nil
}

// read adds the entries of one lexicon file; an error names the file and
// line.
func (l *lexicon) read(name, text string) error {
	return tsvRows("lexicon", name, text, []string{"class", "meaning", "language", "phrase"}, func(f []string, fail func(string, ...any) error) error {
		cl, ok := classNames[f[0]]
		if !ok {
			return fail("unknown class %q", f[0])
		}
		if !slices.Contains(lexiconLangs, f[2]) {
			return fail("unknown language %q (ru, kk or en)", f[2])
		}
		ph := strings.TrimSpace(f[3])
		if ph == "" || strings.Contains(ph, "|") || strings.HasPrefix(ph, "*") {
			return fail("bad phrase %q", f[3])
		}
		if ph != strings.ToLower(ph) {
			return fail("phrase %q is not lower case", ph)
		}
		val := f[1]
		if val == "-" {
			val = ""
		}
		if wordClasses[cl] {
			w, ok := strings.CutPrefix(ph, "=")
			if !ok || strings.Contains(w, " ") {
				return fail("a %s entry is one whole word (=word), got %q", f[0], ph)
			}
			if l.words[cl] == nil {
				l.words[cl] = map[string]bool{}
			}
			l.words[cl][w] = true
			return nil
		}
		l.add(cl, val, ph)
		return nil
	})
}

// afterOrdinal returns w without a glued ordinal number ("23-кеңесі" ->
// "кеңесі"), or w.
func afterOrdinal(w string) string {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(w) || w[i] != '-' {
		return w
	}
	return w[i+1:]
}
