package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kazakh case keys used by KazakhInflect and KazakhStem.
const (
	KkNom    = "nom"     // nominative: Қазақстан
	KkGen    = "gen"     // genitive: Қазақстанның
	KkDat    = "dat"     // dative: Қазақстанға
	KkAcc    = "acc"     // accusative: Қазақстанды
	KkLoc    = "loc"     // locative: Қазақстанда
	KkAbl    = "abl"     // ablative: Қазақстаннан
	KkIns    = "ins"     // instrumental: Қазақстанмен
	KkRel    = "rel"     // relational adjective -лық: қазақстандық
	KkLocRel = "loc_rel" // locative adjective -дағы: Қазақстандағы
)

// kkClass is the assimilation class of the last sound of a Kazakh stem.
type kkClass int

const (
	kkVowel      kkClass = iota // а, е, о, ...: -ның, -ны, -ға, -да, -дан, -мен, -лық
	kkSonorant                  // л, р, й, у, и: -дың, -ды, -ға, -да, -дан, -мен, -лық
	kkNasal                     // м, н, ң: -ның, -ды, -ға, -да, -нан, -мен, -дық
	kkVoiced                    // з, ж: -дың, -ды, -ға, -да, -дан, -бен, -дық
	kkVoiceless                 // п, т, к, қ, с, ш, ... and б, в, г, д: -тың, -ты, -қа, -та, -тан, -пен, -тық
	kkPossessive                // a stem ending in the possessive -ы/-і/-сы/-сі: -ның, -н, -на, -нда, -нан, -мен
)

// kkSuffixes holds the back-vowel and front-vowel suffix of each case per class.
var kkSuffixes = map[kkClass]map[string][2]string{
	kkVowel: {
		KkGen: {"ның", "нің"}, KkAcc: {"ны", "ні"}, KkDat: {"ға", "ге"}, KkLoc: {"да", "де"},
		KkAbl: {"дан", "ден"}, KkIns: {"мен", "мен"}, KkRel: {"лық", "лік"}, KkLocRel: {"дағы", "дегі"},
	},
	kkSonorant: {
		KkGen: {"дың", "дің"}, KkAcc: {"ды", "ді"}, KkDat: {"ға", "ге"}, KkLoc: {"да", "де"},
		KkAbl: {"дан", "ден"}, KkIns: {"мен", "мен"}, KkRel: {"лық", "лік"}, KkLocRel: {"дағы", "дегі"},
	},
	kkNasal: {
		KkGen: {"ның", "нің"}, KkAcc: {"ды", "ді"}, KkDat: {"ға", "ге"}, KkLoc: {"да", "де"},
		KkAbl: {"нан", "нен"}, KkIns: {"мен", "мен"}, KkRel: {"дық", "дік"}, KkLocRel: {"дағы", "дегі"},
	},
	kkVoiced: {
		KkGen: {"дың", "дің"}, KkAcc: {"ды", "ді"}, KkDat: {"ға", "ге"}, KkLoc: {"да", "де"},
		KkAbl: {"дан", "ден"}, KkIns: {"бен", "бен"}, KkRel: {"дық", "дік"}, KkLocRel: {"дағы", "дегі"},
	},
	kkVoiceless: {
		KkGen: {"тың", "тің"}, KkAcc: {"ты", "ті"}, KkDat: {"қа", "ке"}, KkLoc: {"та", "те"},
		KkAbl: {"тан", "тен"}, KkIns: {"пен", "пен"}, KkRel: {"тық", "тік"}, KkLocRel: {"тағы", "тегі"},
	},
	kkPossessive: {
		KkGen: {"ның", "нің"}, KkAcc: {"н", "н"}, KkDat: {"на", "не"}, KkLoc: {"нда", "нде"},
		KkAbl: {"нан", "нен"}, KkIns: {"мен", "мен"}, KkLocRel: {"ндағы", "ндегі"},
	},
}

// kkCases lists the case keys in a fixed order.
var kkCases = []string{KkGen, KkDat, KkAcc, KkLoc, KkAbl, KkIns, KkRel, KkLocRel}

// KazakhInflect returns the case forms of a Kazakh noun (a single word or
// the last word of a name) keyed by "nom", "gen", "dat", "acc", "loc",
// "abl", "ins", "rel" (-лық) and "loc_rel" (-дағы). The suffix follows vowel
// harmony (back or front by the last vowel of the word) and assimilates to the
// last sound. A word ending in у or ю, which Kazakh spells for both a vowel
// and a glide, takes the glide reading (Мәскеу -> Мәскеуде); see
// KazakhInflectAll for every reading.
func KazakhInflect(noun string) map[string]string {
	return kazakhForms(noun, kazakhClass(noun), kazakhFront(noun))
}

// KazakhInflectPossessive is KazakhInflect for a noun that ends in the
// third-person possessive -ы/-і/-сы/-сі, as the head of a compound name
// (Қазақстан Республикасы -> Республикасының, Республикасына, Республикасында).
func KazakhInflectPossessive(noun string) map[string]string {
	return kazakhForms(noun, kkPossessive, kazakhFront(noun))
}

// KazakhInflectAll returns every plausible case form of noun (all keys of
// KazakhInflect), including both harmonies and both readings of a final у,
// ю or и for words whose spelling leaves them open (Баку -> Бакуда, Бакуде),
// and both harmonies for loanwords in Russian spelling with a glide or э
// (Нью-Йорк -> Нью-Йоркта, Нью-Йоркте).
// It is meant for building gazetteers, where an extra form costs nothing.
func KazakhInflectAll(noun string) []string {
	var out []string
	for _, fs := range KazakhInflectVariants(noun) {
		out = append(out, fs...)
	}
	return out
}

// KazakhInflectVariants is KazakhInflectAll grouped by case key; the first
// form of each case is the one KazakhInflect gives.
func KazakhInflectVariants(noun string) map[string][]string {
	out := make(map[string][]string, len(kkCases)+1)
	add := func(cl kkClass, front bool) {
		i := 0
		if front {
			i = 1
		}
		for c, sf := range kkSuffixes[cl] {
			f := noun + sf[i]
			dup := false
			for _, o := range out[c] {
				if o == f {
					dup = true
					break
				}
			}
			if !dup {
				out[c] = append(out[c], f)
			}
		}
	}
	out[KkNom] = []string{noun}
	cl := kazakhClass(noun)
	front := kazakhFront(noun)
	add(cl, front)
	last, _ := lastRunes(noun)
	switch {
	case last == 'у' || last == 'ю' || last == 'и':
		for _, c := range []kkClass{kkVowel, kkSonorant} {
			add(c, true)
			add(c, false)
		}
	case !hasKazakhVowelLetter(noun) || !hasKazakhLetter(noun) && strings.ContainsAny(noun, "юёэйЮЁЭЙ"):
		// A loanword in Russian spelling with a glide or э
		// (Нью-Йорк -> Нью-Йоркте) may take either harmony.
		add(cl, !front)
	}
	return out
}

func kazakhForms(noun string, cl kkClass, front bool) map[string]string {
	m := map[string]string{KkNom: noun}
	i := 0
	if front {
		i = 1
	}
	for c, sf := range kkSuffixes[cl] {
		m[c] = noun + sf[i]
	}
	return m
}

// lastRunes returns the last two runes of w in lower case (0 when absent).
func lastRunes(w string) (last, prev rune) {
	r, sz := utf8.DecodeLastRuneInString(w)
	if sz == 0 {
		return 0, 0
	}
	p, _ := utf8.DecodeLastRuneInString(w[:len(w)-sz])
	return unicode.ToLower(r), unicode.ToLower(p)
}

// kazakhClass returns the assimilation class of the last sound of w.
func kazakhClass(w string) kkClass {
	last, prev := lastRunes(w)
	if last == 'ь' || last == 'ъ' {
		_, sz := utf8.DecodeLastRuneInString(w)
		last, prev = lastRunes(w[:len(w)-sz])
	}
	switch {
	case last == 'у' || last == 'ю':
		// Glide after a vowel (Мәскеу, тау), vowel after a consonant (Баку).
		if isRuVowel(prev) {
			return kkSonorant
		}
		return kkVowel
	case last == 'и' || last == 'й' || last == 'л' || last == 'р':
		return kkSonorant
	case isRuVowel(last):
		return kkVowel
	case last == 'м' || last == 'н' || last == 'ң':
		return kkNasal
	case last == 'з' || last == 'ж':
		return kkVoiced
	}
	return kkVoiceless
}

// kazakhFront reports whether w takes front-vowel suffixes: the last vowel
// decides; и, э, ю and е count as front, у and ю are skipped when another
// vowel precedes them.
func kazakhFront(w string) bool {
	if last, _ := lastRunes(w); last == 'ь' {
		// A soft sign softens the suffix: Беларусьте, Игорьдің.
		return true
	}
	pos := 0 // runes from the end
	for i := len(w); i > 0; pos++ {
		r, sz := utf8.DecodeLastRuneInString(w[:i])
		i -= sz
		switch unicode.ToLower(r) {
		case 'а', 'о', 'ұ', 'ы', 'я', 'ё':
			return false
		case 'е':
			// Russian -ев after a vowel (Серікбаев) is read as -йэв: the
			// vowel before it decides.
			if p, _ := utf8.DecodeLastRuneInString(w[:i]); strings.ContainsRune("аоұыяёАОҰЫЯЁ", p) {
				continue
			}
			return true
		case 'ә', 'ө', 'ү', 'і', 'э', 'и':
			return true
		case 'у', 'ю':
			if pos <= 1 {
				continue
			}
			return unicode.ToLower(r) == 'ю'
		}
	}
	// Latin or vowel-less words: back.
	return false
}

// hasKazakhLetter reports whether w has a letter of the Kazakh alphabet
// that Russian lacks, which marks a native spelling.
func hasKazakhLetter(w string) bool {
	return strings.ContainsAny(w, "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
}

// hasKazakhVowelLetter reports whether w has a vowel that fixes its harmony.
func hasKazakhVowelLetter(w string) bool {
	for _, r := range w {
		if strings.ContainsRune("аоұыяёәеөүіэиАОҰЫЯЁӘЕӨҮІЭИ", r) {
			return true
		}
	}
	return false
}

// kkStripSuffixes lists the suffixes KazakhStem removes, longest first, with
// the case each one marks.
var kkStripSuffixes = func() []struct{ sfx, cas string } {
	seen := map[string]bool{}
	var out []struct{ sfx, cas string }
	for _, cl := range []kkClass{kkVowel, kkSonorant, kkNasal, kkVoiced, kkVoiceless, kkPossessive} {
		for _, c := range kkCases {
			for _, s := range kkSuffixes[cl][c] {
				if s == "н" || seen[s] {
					continue
				}
				seen[s] = true
				out = append(out, struct{ sfx, cas string }{s, c})
			}
		}
	}
	// Longest first so that -ндағы wins over -дағы and -ның over -ң.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && utf8.RuneCountInString(out[j].sfx) > utf8.RuneCountInString(out[j-1].sfx); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// KazakhStem strips one Kazakh case suffix (genitive, dative, accusative,
// locative, ablative, instrumental, the relational -лық and the locative
// adjective -дағы) from word and returns the nominative stem and the suffix.
// It is conservative: the suffix is stripped only when it is the one Kazakh
// spelling rules attach to the remaining stem (Ильинмен -> Ильин, мен;
// Кузнецоваға -> Кузнецова, ға; Серікбаевпен -> Серікбаев, пен; Гасанлиді ->
// Гасанли, ді) and the stem keeps at least three letters. A possessive
// before the case suffix stays on the stem (Республикасының ->
// Республикасы), since it belongs to the nominative of a compound name. A
// word that carries no such suffix comes back unchanged with suffix "".
func KazakhStem(word string) (stem, suffix string) {
	lw := strings.ToLower(word)
	for _, s := range kkStripSuffixes {
		if !strings.HasSuffix(lw, s.sfx) {
			continue
		}
		st := word[:len(word)-len(s.sfx)]
		if utf8.RuneCountInString(st) < 3 || !hasKazakhVowelLetter(st) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(st)
		if !unicode.IsLetter(last) {
			continue
		}
		if kazakhSuffixFits(st, s.sfx, s.cas) {
			return st, word[len(st):]
		}
	}
	return word, ""
}

// kazakhSuffixFits reports whether sfx is the form of case cas that the
// spelling rules give for stem (either harmony, any reading of a final у).
func kazakhSuffixFits(stem, sfx, cas string) bool {
	classes := []kkClass{kazakhClass(stem)}
	ls := strings.ToLower(stem)
	last, _ := utf8.DecodeLastRuneInString(ls)
	if last == 'у' || last == 'ю' {
		classes = []kkClass{kkVowel, kkSonorant}
	}
	if last == 'ы' || last == 'і' {
		classes = append(classes, kkPossessive)
	}
	for _, cl := range classes {
		for _, s := range kkSuffixes[cl][cas] {
			if s == sfx {
				return true
			}
		}
	}
	return false
}
