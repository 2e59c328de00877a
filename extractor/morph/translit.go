package morph

import (
	"strings"
	"unicode"
)

// ruTranslit maps lower-case Cyrillic letters to Latin for Russian text.
var ruTranslit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "yo",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	// Kazakh letters met in Russian text are spelled as in Kazakh.
	'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "ng", 'ө': "o", 'ұ': "u", 'ү': "u",
	'һ': "h", 'і': "i",
	// Ukrainian and Belarusian letters.
	'є': "ye", 'ї': "yi", 'ў': "w", 'ґ': "g",
	// Tajik letters (Ҳакимов, Ҷалолӣ): ҳ h, ҷ j, ӣ i, ӯ u.
	'ҳ': "h", 'ҷ': "j", 'ӣ': "i", 'ӯ': "u",
}

// kkTranslit holds the Kazakh letters that differ from ruTranslit.
var kkTranslit = map[rune]string{
	'ё': "yo", 'й': "y", 'и': "i", 'у': "u",
}

// Translit transliterates Cyrillic s to plain Latin with the scheme of lang
// ("ru" or "kk"; anything else is treated as "ru"), keeping the capitalisation
// of each word. Characters that are not Cyrillic pass through unchanged. The
// schemes are described in the package documentation.
func Translit(s, lang string) string {
	if !hasCyrillic(s) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for i, r := range rs {
		lr := unicode.ToLower(r)
		lat, ok := ruTranslit[lr]
		if lang == "kk" {
			if k, ok2 := kkTranslit[lr]; ok2 {
				lat, ok = k, true
			}
		}
		if !ok {
			b.WriteRune(r)
			continue
		}
		prev := rune(0)
		if i > 0 {
			prev = unicode.ToLower(rs[i-1])
		}
		switch lr {
		case 'е':
			if lang != "kk" && (prev == 0 || !unicode.IsLetter(prev) || isRuVowel(prev) || prev == 'ь' || prev == 'ъ') {
				lat = "ye"
			}
		case 'ё':
			if prev == 'ч' || prev == 'ш' || prev == 'щ' || prev == 'ж' {
				lat = "e"
			}
		case 'д':
			// "дж" writes a foreign j: Джеймс is James, Аджай Ajay.
			if i+1 < len(rs) && unicode.ToLower(rs[i+1]) == 'ж' {
				lat = "j"
			}
		case 'ж':
			if prev == 'д' {
				lat = ""
			}
		}
		if lat == "" {
			continue
		}
		if unicode.IsUpper(r) {
			// An upper-case word (ЮНЕСКО) stays upper case; a capital
			// letter starts a capitalised word (Юрий -> Yuriy).
			if len(lat) > 1 && i+1 < len(rs) && unicode.IsUpper(rs[i+1]) {
				lat = strings.ToUpper(lat)
			} else {
				lat = strings.ToUpper(lat[:1]) + lat[1:]
			}
		}
		b.WriteString(lat)
	}
	return b.String()
}

// hasCyrillic reports whether s contains a Cyrillic letter.
func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// isRuVowel reports whether lower-case r is a Cyrillic vowel.
func isRuVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяәөұүі", r)
}
