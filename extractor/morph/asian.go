package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese and Japanese names reach Russian and Kazakh text through fixed
// transcriptions: the Palladius system for Chinese (Ли Хунцзюнь) and the
// Polivanov system for Japanese (Сэйдзи Ямагата). Their English spellings
// are Pinyin (Li Hongjun) and Hepburn (Seiji Yamagata), which the
// plain Russian scheme does not give back ("Li Khuntszyun", "Seydzi").
// Pinyin and Hepburn read a Cyrillic name syllable by syllable with the
// tables below and return its conventional spelling; a word that does not
// fall into syllables of the system is not such a name.

// syllables is a table of one transcription: the Cyrillic spelling of a
// syllable and its Latin spelling, with the length of the longest key in
// runes.
type syllables struct {
	latin map[string]string
	max   int
}

func (t *syllables) add(cyr, lat string) {
	if _, ok := t.latin[cyr]; ok {
		return // the first spelling listed wins
	}
	t.latin[cyr] = lat
	t.max = max(t.max, utf8.RuneCountInString(cyr))
}

// pinyinTable holds the Palladius spelling of every Pinyin syllable.
var pinyinTable = buildPinyin()

func buildPinyin() *syllables {
	t := &syllables{latin: map[string]string{}}
	// Syllables without an initial.
	for _, p := range [][2]string{
		{"а", "a"}, {"ай", "ai"}, {"ань", "an"}, {"ан", "ang"}, {"ао", "ao"}, {"э", "e"}, {"эй", "ei"}, {"энь", "en"},
		{"эн", "eng"}, {"эр", "er"}, {"о", "o"}, {"оу", "ou"}, {"и", "yi"}, {"я", "ya"}, {"е", "ye"}, {"яо", "yao"},
		{"ю", "you"}, {"янь", "yan"}, {"инь", "yin"}, {"ян", "yang"}, {"ин", "ying"}, {"юн", "yong"}, {"юй", "yu"},
		{"юэ", "yue"}, {"юань", "yuan"}, {"юнь", "yun"}, {"у", "wu"}, {"ва", "wa"}, {"во", "wo"}, {"вай", "wai"},
		{"вэй", "wei"}, {"вань", "wan"}, {"вэнь", "wen"}, {"ван", "wang"}, {"вэн", "weng"},
	} {
		t.add(p[0], p[1])
	}
	initials := [][2]string{{"б", "b"}, {"п", "p"}, {"м", "m"}, {"ф", "f"}, {"д", "d"}, {"т", "t"}, {"н", "n"},
		{"л", "l"}, {"г", "g"}, {"к", "k"}, {"х", "h"}, {"чж", "zh"}, {"ч", "ch"}, {"ш", "sh"}, {"ж", "r"},
		{"цз", "z"}, {"ц", "c"}, {"с", "s"}, {"цз", "j"}, {"ц", "q"}, {"с", "x"}}
	plain := [][2]string{{"а", "a"}, {"о", "o"}, {"э", "e"}, {"ай", "ai"}, {"эй", "ei"}, {"ао", "ao"}, {"оу", "ou"},
		{"ань", "an"}, {"энь", "en"}, {"ан", "ang"}, {"эн", "eng"}, {"ун", "ong"}}
	round := [][2]string{{"у", "u"}, {"уа", "ua"}, {"о", "uo"}, {"уай", "uai"}, {"уй", "ui"}, {"уань", "uan"},
		{"унь", "un"}, {"уан", "uang"}}
	front := [][2]string{{"и", "i"}, {"я", "ia"}, {"е", "ie"}, {"яо", "iao"}, {"ю", "iu"}, {"янь", "ian"},
		{"инь", "in"}, {"ян", "iang"}, {"ин", "ing"}, {"юн", "iong"}}
	umlaut := [][2]string{{"юй", "u"}, {"юэ", "ue"}, {"юань", "uan"}, {"юнь", "un"}}
	for _, in := range initials {
		c, l := in[0], in[1]
		palatal := l == "j" || l == "q" || l == "x"
		retro := l == "zh" || l == "ch" || l == "sh" || l == "r" || l == "z" || l == "c" || l == "s"
		switch {
		case palatal:
			for _, f := range front {
				t.add(c+f[0], l+f[1])
			}
			for _, f := range umlaut {
				t.add(c+f[0], l+f[1])
			}
			continue
		case retro:
			// zhi чжи, shi ши, ri жи; zi цзы, ci цы, si сы.
			i := "и"
			if l == "z" || l == "c" || l == "s" {
				i = "ы"
			}
			t.add(c+i, l+"i")
		case l == "b" || l == "p" || l == "m" || l == "d" || l == "t" || l == "n" || l == "l":
			for _, f := range front {
				t.add(c+f[0], l+f[1])
			}
		}
		labial := l == "b" || l == "p" || l == "m" || l == "f"
		for _, f := range plain {
			// "o" only after a labial (bo, po, mo, fo); elsewhere "о"
			// is "uo" (guo го, duo до).
			if f[1] == "o" && !labial {
				continue
			}
			t.add(c+f[0], l+f[1])
		}
		for _, f := range round {
			switch {
			case labial && f[1] != "u":
			case l == "h" && f[1] == "ui":
				t.add("хуэй", "hui")
			default:
				t.add(c+f[0], l+f[1])
			}
		}
	}
	return t
}

// hepburnTable holds the Polivanov spelling of the Japanese syllables.
var hepburnTable = buildHepburn()

func buildHepburn() *syllables {
	t := &syllables{latin: map[string]string{}}
	for _, p := range [][2]string{
		{"а", "a"}, {"и", "i"}, {"у", "u"}, {"э", "e"}, {"о", "o"}, {"я", "ya"}, {"ю", "yu"}, {"ё", "yo"}, {"ва", "wa"},
		{"ка", "ka"}, {"ки", "ki"}, {"ку", "ku"}, {"кэ", "ke"}, {"ко", "ko"}, {"кя", "kya"}, {"кю", "kyu"}, {"кё", "kyo"},
		{"га", "ga"}, {"ги", "gi"}, {"гу", "gu"}, {"гэ", "ge"}, {"го", "go"}, {"гя", "gya"}, {"гю", "gyu"}, {"гё", "gyo"},
		{"са", "sa"}, {"си", "shi"}, {"су", "su"}, {"сэ", "se"}, {"со", "so"}, {"ся", "sha"}, {"сю", "shu"}, {"сё", "sho"},
		{"дза", "za"}, {"дзи", "ji"}, {"дзу", "zu"}, {"дзэ", "ze"}, {"дзо", "zo"}, {"дзя", "ja"}, {"дзю", "ju"}, {"дзё", "jo"},
		{"та", "ta"}, {"ти", "chi"}, {"цу", "tsu"}, {"тэ", "te"}, {"то", "to"}, {"тя", "cha"}, {"тю", "chu"}, {"тё", "cho"},
		{"да", "da"}, {"дэ", "de"}, {"до", "do"},
		{"на", "na"}, {"ни", "ni"}, {"ну", "nu"}, {"нэ", "ne"}, {"но", "no"}, {"ня", "nya"}, {"ню", "nyu"}, {"нё", "nyo"},
		{"ха", "ha"}, {"хи", "hi"}, {"фу", "fu"}, {"хэ", "he"}, {"хо", "ho"}, {"хя", "hya"}, {"хю", "hyu"}, {"хё", "hyo"},
		{"ба", "ba"}, {"би", "bi"}, {"бу", "bu"}, {"бэ", "be"}, {"бо", "bo"}, {"бя", "bya"}, {"бю", "byu"}, {"бё", "byo"},
		{"па", "pa"}, {"пи", "pi"}, {"пу", "pu"}, {"пэ", "pe"}, {"по", "po"}, {"пя", "pya"}, {"пю", "pyu"}, {"пё", "pyo"},
		{"ма", "ma"}, {"ми", "mi"}, {"му", "mu"}, {"мэ", "me"}, {"мо", "mo"}, {"мя", "mya"}, {"мю", "myu"}, {"мё", "myo"},
		{"ра", "ra"}, {"ри", "ri"}, {"ру", "ru"}, {"рэ", "re"}, {"ро", "ro"}, {"ря", "rya"}, {"рю", "ryu"}, {"рё", "ryo"},
		// The second half of a diphthong or a long vowel, the syllabic
		// nasal (м before б, п, м), the sign that parts н from a vowel.
		{"й", "i"}, {"н", "n"}, {"м", "m"}, {"ъ", ""},
	} {
		t.add(p[0], p[1])
	}
	return t
}

// Pinyin returns the Pinyin spelling of a Chinese name written in the
// Palladius system ("Ли Хунцзюнь" is "Li Hongjun"), or false when a
// word of it is no run of Palladius syllables.
func Pinyin(name string) (string, bool) {
	return romanise(name, pinyinTable, false)
}

// Hepburn returns the Hepburn spelling of a Japanese name written in the
// Polivanov system ("Сэйдзи Ямагата" is "Seiji Yamagata"; long vowels are
// not marked), or false when a word of it is no run of Polivanov
// syllables.
func Hepburn(name string) (string, bool) {
	return romanise(name, hepburnTable, true)
}

func romanise(name string, t *syllables, japanese bool) (string, bool) {
	if !hasCyrillic(name) {
		return "", false
	}
	var out []string
	for _, w := range strings.Fields(name) {
		var parts []string
		for _, p := range strings.Split(w, "-") {
			lat, ok := t.word(strings.ToLower(p), japanese)
			if !ok {
				return "", false
			}
			parts = append(parts, capitalise(lat))
		}
		out = append(out, strings.Join(parts, "-"))
	}
	return strings.Join(out, " "), len(out) > 0
}

// word splits w into syllables of t, preferring the fewest, and joins
// their spellings. Japanese doubles a consonant before the same one
// ("Хаттори" is "Hattori") and writes the long "оу" as "o".
func (t *syllables) word(w string, japanese bool) (string, bool) {
	rs := []rune(w)
	n := len(rs)
	const inf = 1 << 30
	best := make([]int, n+1)
	back := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = inf
	}
	for i := 0; i < n; i++ {
		if best[i] == inf {
			continue
		}
		for l := 1; l <= t.max && i+l <= n; l++ {
			if _, ok := t.latin[string(rs[i:i+l])]; ok && best[i]+1 < best[i+l] {
				best[i+l], back[i+l] = best[i]+1, i
			}
		}
		// A doubled consonant: "тт", "кк", "сс", "пп".
		if japanese && i+1 < n && rs[i] == rs[i+1] && strings.ContainsRune("ктсп", rs[i]) && best[i]+1 < best[i+1] {
			best[i+1], back[i+1] = best[i]+1, i
		}
	}
	if best[n] == inf {
		return "", false
	}
	var parts []string
	for i := n; i > 0; i = back[i] {
		s := string(rs[back[i]:i])
		lat, ok := t.latin[s]
		if !ok {
			// A doubled consonant takes the first letter of the next
			// syllable's spelling ("тт" + "о" gives "tto").
			next := ""
			if len(parts) > 0 {
				next = parts[len(parts)-1]
			}
			if next == "" {
				return "", false
			}
			lat = next[:1]
			if strings.HasPrefix(next, "ch") {
				lat = "t"
			}
		}
		parts = append(parts, lat)
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		// "оу" and "оо" in Japanese are a long o, written o.
		if japanese && (p == "u" || p == "o") && b.Len() > 0 && strings.HasSuffix(b.String(), "o") {
			continue
		}
		b.WriteString(p)
	}
	return b.String(), true
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// vietnameseLetters spells the Russian transcription of Vietnamese names
// back in the Vietnamese alphabet without its diacritics: Тх th, Нг ng,
// final нь nh, final к c, уе uye, Ф ph, Х h, З d, Ы u, Ш s, Ч tr, Й i, Ку
// before a vowel qu.
var vietnameseLetters = map[string]string{
	"тх": "th", "нг": "ng", "ф": "ph", "х": "h", "з": "d", "ы": "u", "ш": "s", "ч": "tr", "ь": "",
	"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "gi", "и": "i", "й": "i", "к": "k",
	"л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ц": "ts", "щ": "s",
	"э": "e", "ю": "yu", "я": "ya",
}

// Vietnamese returns the conventional spelling of a Vietnamese name
// written in Cyrillic ("Нгуен Ван Хунг" is "Nguyen Van Hung"), or false
// when it has letters outside the Russian alphabet.
func Vietnamese(name string) (string, bool) {
	if !hasCyrillic(name) {
		return "", false
	}
	var words []string
	for _, w := range strings.Fields(name) {
		rs := []rune(strings.ToLower(w))
		var b strings.Builder
		for i := 0; i < len(rs); i++ {
			r := rs[i]
			next := rune(0)
			if i+1 < len(rs) {
				next = rs[i+1]
			}
			switch {
			case r == 'н' && next == 'ь' && i+2 == len(rs):
				b.WriteString("nh")
				i++
				continue
			case r == 'к' && next == 'у' && i+2 < len(rs) && strings.ContainsRune("аоэеи", rs[i+2]):
				b.WriteString("qu")
				i++
				continue
			case r == 'у' && next == 'е':
				b.WriteString("uy") // Нгуен is Nguyen
				continue
			case r == 'к' && i+1 == len(rs):
				b.WriteString("c") // Дык is Duc, Куок Quoc
				continue
			case (r == 'т' && next == 'х') || (r == 'н' && next == 'г'):
				b.WriteString(vietnameseLetters[string([]rune{r, next})])
				i++
				continue
			}
			lat, ok := vietnameseLetters[string(r)]
			if !ok {
				if r == '-' {
					b.WriteRune(r)
					continue
				}
				return "", false
			}
			b.WriteString(lat)
		}
		words = append(words, capitalise(b.String()))
	}
	return strings.Join(words, " "), len(words) > 0
}
