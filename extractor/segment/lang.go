package segment

import (
	"unicode"
	"unicode/utf8"
)

// kkWords are frequent Kazakh words (lower case) that Russian does not
// have.
var kkWords = map[string]bool{
	"және": true, "мен": true, "бен": true, "пен": true, "үшін": true, "туралы": true, "бойынша": true,
	"жылы": true, "жылғы": true, "деді": true, "министрі": true, "қазақстан": true, "бұл": true, "осы": true,
	"да": true, "де": true, "та": true, "те": true, "ол": true, "бір": true, "екі": true, "арасындағы": true,
	"сондай-ақ": true, "қатысты": true, "болды": true, "етті": true, "өтті": true, "жөніндегі": true,
	"атты": true, "елдер": true, "елі": true, "ретінде": true, "барысында": true, "аясында": true,
	"жаңа": true, "оның": true, "біз": true, "біздің": true, "келісім": true, "қол": true, "қойылды": true,
	"кездесу": true, "кездесуде": true, "ынтымақтастық": true, "республикасы": true, "мәдениет": true,
	"министрлігі": true, "атап": true, "айтты": true, "сөзінше": true, "болады": true, "екенін": true,
}

// ruWords are frequent Russian function words that Kazakh does not use.
var ruWords = map[string]bool{
	"и": true, "в": true, "во": true, "на": true, "с": true, "со": true, "по": true, "что": true, "не": true,
	"для": true, "из": true, "к": true, "о": true, "об": true, "от": true, "за": true, "также": true,
	"как": true, "это": true, "был": true, "была": true, "были": true, "года": true, "году": true,
	"который": true, "которые": true, "между": true, "при": true, "его": true, "её": true, "их": true,
	"а": true, "но": true, "или": true, "под": true, "до": true, "после": true,
	"сотрудничества": true, "министр": true, "встречи": true, "стороны": true, "будет": true,
}

// detectSpans guesses the language of the text inside spans.
//
// Latin letters outnumbering Cyrillic ones mean English, unless the
// letters and words of Kazakh in Latin script (á ǵ ń ó ú ı ş ğ; jáne,
// Qazaqstan) outscore English function words. Among Cyrillic
// texts, each letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) scores one point
// for Kazakh, each frequent Kazakh word three, each Russian function word
// three for Russian; ties go to Kazakh when it has any specific letter,
// else to Russian.
func detectSpans(text string, spans []Span) string {
	var latin, cyr, kkLetters, kkW, ruW, kkLatLetters, kkLatW, enW int
	var buf [64]byte
	for _, sp := range spans {
		s := text[sp.Start:sp.End]
		wordStart := -1
		wordKK := false
		flush := func(end int) {
			if wordStart < 0 {
				return
			}
			if w := s[wordStart:end]; len(w) <= 40 {
				lw := buf[:0]
				for _, r := range w {
					lw = utf8.AppendRune(lw, unicode.ToLower(r))
				}
				switch {
				case kkWords[string(lw)]:
					kkW++
				case !wordKK && ruWords[string(lw)]:
					ruW++
				case kkLatinWords[string(lw)]:
					kkLatW++
				case enWords[string(lw)]:
					enW++
				}
			}
			wordStart = -1
			wordKK = false
		}
		for i := 0; i < len(s); {
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || r == '-' && wordStart >= 0 {
				if wordStart < 0 {
					wordStart = i
				}
				switch {
				case r == '-':
				case r < 0x250:
					latin++
					if isKazakhLatinLetter(r) {
						kkLatLetters++
					}
				case unicode.Is(unicode.Cyrillic, r):
					cyr++
					if isKazakhLetter(r) {
						kkLetters++
						wordKK = true
					}
				}
			} else {
				flush(i)
			}
			i += w
		}
		flush(len(s))
	}
	if latin > cyr {
		// Kazakh is also written in Latin letters (jáne, Qazaqstan).
		if kkLatLetters+3*kkLatW > 3*enW {
			return "kk"
		}
		return "en"
	}
	kk := kkLetters + 3*kkW
	ru := 3 * ruW
	switch {
	case kk > ru:
		return "kk"
	case kk == ru && kkLetters > 0:
		return "kk"
	}
	return "ru"
}

// kkLatinWords are frequent Kazakh words in the Latin alphabets of 2018
// and 2021.
var kkLatinWords = map[string]bool{
	"jáne": true, "jäne": true, "men": true, "ben": true, "pen": true, "úshin": true, "üşin": true,
	"týraly": true, "turaly": true, "boıynsha": true, "boiynşa": true, "jyly": true, "jylğy": true,
	"dedi": true, "mınıstri": true, "ministri": true, "qazaqstan": true, "qazaqstannyń": true,
	"qazaqstannyñ": true, "bul": true, "osy": true,
	"arasyndaǵy": true, "arasyndağy": true, "sondaı-aq": true, "sondai-aq": true, "respýblıkasy": true,
	"respublikasy": true, "memlekettik": true, "kezdesý": true, "kezdesu": true, "yntymaqtastyq": true,
}

// enWords are frequent English function words.
var enWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "in": true, "on": true, "with": true, "for": true,
	"was": true, "is": true, "by": true, "a": true, "an": true, "that": true, "at": true, "as": true,
	"were": true, "said": true, "from": true, "this": true, "will": true, "has": true, "have": true,
}

// isKazakhLatinLetter reports letters of the Kazakh Latin alphabets that
// English does not use.
func isKazakhLatinLetter(r rune) bool {
	switch unicode.ToLower(r) {
	case 'á', 'ǵ', 'ń', 'ó', 'ú', 'ı', 'ş', 'ğ', 'ñ', 'ū', 'ä', 'ö', 'ü', 'ý':
		return true
	}
	return false
}

// isKazakhLetter reports the Cyrillic letters of Kazakh that Russian does
// not have.
func isKazakhLetter(r rune) bool {
	switch unicode.ToLower(r) {
	case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і':
		return true
	}
	return false
}
