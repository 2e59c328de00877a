package extractor

import (
	"strconv"
	"strings"
	"unicode"
)

// ordinalWords are the words of ordinal numbers, by language: a stem and
// its value ("второго заседания", "the fifth session", "екінші отырысы").
// An ordinal tells two sessions of one body apart.
var ordinalWords = map[string][]struct {
	stem string
	n    int
}{
	"ru": {{"перв", 1}, {"втор", 2}, {"трет", 3}, {"четверт", 4}, {"пят", 5}, {"шест", 6}, {"седьм", 7}, {"восьм", 8},
		{"девят", 9}, {"десят", 10}, {"одиннадцат", 11}, {"двенадцат", 12}},
	"en": {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6}, {"seventh", 7},
		{"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11}, {"twelfth", 12}},
	"kk": {{"бірінші", 1}, {"екінші", 2}, {"үшінші", 3}, {"төртінші", 4}, {"бесінші", 5}, {"алтыншы", 6},
		{"жетінші", 7}, {"сегізінші", 8}, {"тоғызыншы", 9}, {"оныншы", 10}},
}

// ordinalOf returns the number the word w writes as an ordinal: "26-е",
// "26-го", "5th", "5-ші", "XXVI", "второго", "fifth", "екінші"; 0 for none.
func ordinalOf(w string) int {
	low := strings.ToLower(w)
	if isRoman(w) && w != "I" && w != "C" && w != "L" {
		return romanValue(w)
	}
	digits := ""
	if i := strings.IndexFunc(low, func(r rune) bool { return !unicode.IsDigit(r) }); i > 0 {
		digits = low[:i]
		suffix := strings.TrimPrefix(low[i:], "-")
		switch suffix {
		case "е", "го", "й", "я", "ого", "ое", "ая", "th", "st", "nd", "rd", "ші", "шы", "інші", "ыншы":
		default:
			return 0
		}
	} else {
		for _, ws := range ordinalWords {
			for _, o := range ws {
				if strings.HasPrefix(low, o.stem) && len([]rune(low)) <= len([]rune(o.stem))+4 {
					return o.n
				}
			}
		}
		return 0
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 || n > 200 {
		return 0
	}
	return n
}

func romanValue(w string) int {
	val := map[rune]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	n, prev := 0, 0
	rs := []rune(w)
	for i := len(rs) - 1; i >= 0; i-- {
		v := val[rs[i]]
		if v < prev {
			n -= v
		} else {
			n += v
			prev = v
		}
	}
	return n
}

// ordinal returns the ordinal number that stands before the word that
// first told event e ("the 26th meeting of the commission", "второго
// заседания Высшего совета"), or 0.
func (st *state) ordinal(e *event) int {
	if e.first == nil || e.first.si >= len(st.sents) {
		return 0
	}
	s := st.sents[e.first.si]
	k := e.first.t0
	for n := 0; n < 3; n++ {
		k = s.prevWord(k)
		if k < 0 {
			return 0
		}
		if o := ordinalOf(s.toks[k].text); o > 0 {
			return o
		}
		// "очередного", "regular", "кезекті", "the": words between.
		if !lowStarts(s.toks[k].low, "очередн", "regular", "кезекті", "the", "расширенн", "joint", "совместн", "бірлескен",
			"заседан", "meeting", "session", "отырыс", "кездесу") {
			return 0
		}
	}
	return 0
}
