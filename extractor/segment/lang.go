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
// Latin letters outnumbering Cyrillic ones mean English. Among Cyrillic
// texts, each letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) scores one point
// for Kazakh, each frequent Kazakh word three, each Russian function word
// three for Russian; ties go to Kazakh when it has any specific letter,
// else to Russian.
func detectSpans(text string, spans []Span) string {
	var latin, cyr, kkLetters, kkW, ruW int
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
				if kkWords[string(lw)] {
					kkW++
				} else if !wordKK && ruWords[string(lw)] {
					ruW++
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
				case r < 0x250:
					latin++
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

// isKazakhLetter reports the Cyrillic letters of Kazakh that Russian does
// not have.
func isKazakhLetter(r rune) bool {
	switch unicode.ToLower(r) {
	case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і':
		return true
	}
	return false
}
