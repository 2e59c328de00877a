package dates

import "strings"

// class is what a word means to the date finder.
type class uint8

const (
	cNone       class = iota
	cMonth            // a month name (val 1..12)
	cYearWord         // "года", "г", "жылы", "жылғы"
	cYearsWord        // plural "годы", "годах", "жылдары": after a range of years
	cAy               // Kazakh "ай" (month) forms: "айында", "айы"
	cKuni             // Kazakh "күні" (day)
	cAralyk           // Kazakh "аралығында" (in the period)
	cRel              // relative day (val: offset from the published date)
	cEve              // "накануне", "қарсаңында"
	cWeekday          // val 1 (Monday) .. 7 (Sunday)
	cFrom             // "с", "со", "from", "between"
	cTo               // "по", "до", "to", "and", "until", "through"
	cAnd              // Kazakh "мен", "бен", "пен": between two days
	cIn               // "в", "во", "in", "on", "during", "since", "by", "until"
	cOf               // "of"
	cThisYear         // "текущего", "этого", "нынешнего" (+ "года"); val: year offset
	cNext             // "следующий", "next", "келесі": a weekday ahead
	cThisYearKK       // Kazakh "биыл", "биылғы": this year
	cOrdinal          // an ordinal suffix after a day number: "го", "th", "сі"
	cQuantity         // a word that makes the number before it a quantity
	cPart             // a part of a month or year before it: "начале", "early" (val: a Part)
	cPartNoun         // an English part noun in "the end of": "beginning", "end" (val: a Part)
	cPartKK           // a Kazakh part after a genitive: "басында", "соңында" (val: a Part)
	cUntilKK          // Kazakh "дейін", "шейін" after a dative date: until
	cPeriodNoun       // an English period of a year in "the first quarter of": "quarter", "half"
	cMonthWord        // "месяце", "month": a month named from the published one
	cDayWord          // a Russian ordinal day in words before a month: "седьмого" (val: the day)
	cTens             // "двадцать", "тридцать" before an ordinal day (val: the tens)
)

// winfo is the meaning of one lower-case word form.
type winfo struct {
	cls class
	val int8
	gen bool // a Kazakh month in the genitive ("желтоқсанның")
	en  bool // an English month name: must be capitalised
	// abbr marks an abbreviated month name, which may take a period
	// ("Jan.", "окт."); a full name before a period ends the sentence.
	abbr bool
}

// words maps lower-case word forms to their meaning. It is built once and
// never changed.
var words = buildWords()

func buildWords() map[string]winfo {
	m := make(map[string]winfo, 2048)
	add := func(cls class, val int, forms ...string) {
		for _, f := range forms {
			if _, dup := m[f]; !dup {
				m[f] = winfo{cls: cls, val: int8(val)}
			}
		}
	}

	// Russian months: nominative, genitive, prepositional, dative,
	// instrumental; and the usual abbreviations.
	ru := [][]string{
		{"январь", "января", "январе", "январю", "январём", "январем", "янв"},
		{"февраль", "февраля", "феврале", "февралю", "февралём", "февралем", "фев", "февр"},
		{"март", "марта", "марте", "марту", "мартом"},
		{"апрель", "апреля", "апреле", "апрелю", "апрелем", "апр"},
		{"май", "мая", "мае", "маю", "маем"},
		{"июнь", "июня", "июне", "июню", "июнем"},
		{"июль", "июля", "июле", "июлю", "июлем"},
		{"август", "августа", "августе", "августу", "августом", "авг"},
		{"сентябрь", "сентября", "сентябре", "сентябрю", "сентябрём", "сентябрем", "сент", "сен"},
		{"октябрь", "октября", "октябре", "октябрю", "октябрём", "октябрем", "окт"},
		{"ноябрь", "ноября", "ноябре", "ноябрю", "ноябрём", "ноябрем", "нояб"},
		{"декабрь", "декабря", "декабре", "декабрю", "декабрём", "декабрем", "дек"},
	}
	for i, forms := range ru {
		add(cMonth, i+1, forms...)
	}

	// Kazakh months with their case endings. The endings are a superset
	// for every month; forms that Kazakh does not build never occur.
	kk := []string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"}
	suffixes := []string{"", "да", "де", "та", "те", "нда", "нде", "ы", "і", "сы", "сі",
		"ында", "інде", "сында", "сінде", "ға", "ге", "қа", "ке", "на", "не", "ына", "іне", "сына", "сіне",
		"дан", "ден", "тан", "тен", "нан", "нен", "ынан", "інен", "сынан", "сінен",
		"дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ындағы", "індегі", "сындағы", "сіндегі",
		"ын", "ін", "н", "сын", "сін", "мен", "пен", "бен", "ғы", "гі", "қы", "кі"}
	genitive := []string{"ның", "нің", "дың", "дің", "тың", "тің", "ының", "інің", "сының", "сінің"}
	for i, base := range kk {
		for _, s := range suffixes {
			add(cMonth, i+1, base+s)
			// A final к is voiced before a vowel: "қыркүйегінде".
			if voiced, ok := strings.CutSuffix(base, "к"); ok && (strings.HasPrefix(s, "ы") || strings.HasPrefix(s, "і")) {
				add(cMonth, i+1, voiced+"г"+s)
			}
		}
		for _, s := range genitive {
			forms := []string{base + s}
			if voiced, ok := strings.CutSuffix(base, "к"); ok && (strings.HasPrefix(s, "ы") || strings.HasPrefix(s, "і")) {
				forms = append(forms, voiced+"г"+s)
			}
			for _, f := range forms {
				if _, dup := m[f]; !dup {
					m[f] = winfo{cls: cMonth, val: int8(i + 1), gen: true}
				}
			}
		}
	}

	// Kazakh abbreviations of news pages' stamps ("17 нау, 2025 сағат
	// 09:40", "09 қаз, 2025").
	for i, a := range []string{"қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"} {
		add(cMonth, i+1, a)
	}
	for _, a := range []string{"янв", "фев", "февр", "апр", "авг", "сент", "сен", "окт", "нояб", "дек",
		"қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"} {
		w := m[a]
		w.abbr = true
		m[a] = w
	}

	// English months, full and abbreviated.
	en := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
		{"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, forms := range en {
		for k, f := range forms {
			m[f] = winfo{cls: cMonth, val: int8(i + 1), en: true, abbr: k > 0}
		}
	}

	add(cYearWord, 0, "год", "года", "году", "годом", "годе", "г", "гг",
		"жыл", "жылы", "жылғы", "жылдың", "жылға", "жылда", "жылдан", "жылдағы", "ж", "жж", "year")
	add(cYearsWord, 0, "годы", "годов", "годах", "годам", "годами",
		"жылдар", "жылдары", "жылдардың", "жылдарда", "жылдардағы", "жылдарға", "жылдарынан", "жылдарында", "years")
	add(cAy, 0, "ай", "айы", "айында", "айының", "айына", "айынан", "айда", "айдағы", "айындағы", "айының")
	add(cKuni, 0, "күні", "күнгі", "күндері")
	add(cAralyk, 0, "аралығында", "аралығы", "аралықта", "аралығындағы", "аралығын")

	add(cRel, 0, "сегодня", "бүгін", "бүгінгі", "today", "tonight")
	add(cRel, -1, "вчера", "кеше", "кешегі", "yesterday")
	add(cRel, 1, "завтра", "ертең", "ертеңгі", "tomorrow")
	add(cRel, 2, "послезавтра", "бүрсігүні")
	add(cRel, -2, "позавчера")
	add(cEve, 0, "накануне", "қарсаңында", "eve")

	wd := [][]string{
		{"понедельник", "дүйсенбі", "дүйсенбіде", "monday"},
		{"вторник", "сейсенбі", "сейсенбіде", "tuesday"},
		{"среду", "среда", "сәрсенбі", "сәрсенбіде", "wednesday"},
		{"четверг", "бейсенбі", "бейсенбіде", "thursday"},
		{"пятницу", "пятница", "жұма", "жұмада", "friday"},
		{"субботу", "суббота", "сенбі", "сенбіде", "saturday"},
		{"воскресенье", "жексенбі", "жексенбіде", "sunday"},
	}
	for i, forms := range wd {
		add(cWeekday, i+1, forms...)
	}

	add(cPart, int(PartBegin), "начале", "начала", "early")
	add(cPart, int(PartMiddle), "середине", "середины", "mid")
	add(cPart, int(PartEnd), "конце", "конца", "концу", "late")
	add(cPartNoun, int(PartBegin), "beginning", "start")
	add(cPartNoun, int(PartMiddle), "middle")
	add(cPartNoun, int(PartEnd), "end")
	add(cPeriodNoun, 0, "quarter", "half")
	add(cPartKK, int(PartBegin), "басында", "басы", "басынан", "басына")
	add(cPartKK, int(PartMiddle), "ортасында", "ортасы", "ортасына")
	add(cPartKK, int(PartEnd), "соңында", "соңы", "соңына", "аяғында", "аяғы", "аяғына")
	add(cUntilKK, 0, "дейін", "шейін", "дейінгі")

	add(cFrom, 0, "с", "со", "from", "between")
	add(cTo, 0, "по", "до", "to", "and", "until", "till", "through")
	add(cAnd, 0, "мен", "бен", "пен", "и")
	add(cIn, 0, "в", "во", "на", "in", "on", "during", "since", "by")
	add(cOf, 0, "of")
	add(cThisYear, 0, "текущего", "этого", "нынешнего", "сего", "this", "этом", "текущем", "нынешнем")
	add(cThisYear, -1, "прошлого", "минувшего", "прошедшего", "last", "прошлом", "минувшем", "прошедшем", "өткен")
	add(cThisYear, 1, "следующего", "будущего", "next", "следующем", "будущем", "наступающем", "предстоящем")
	add(cThisYearKK, 0, "биыл", "биылғы")
	add(cMonthWord, 0, "месяц", "месяце", "месяца", "month")
	add(cNext, 1, "следующий", "следующую", "следующее", "ближайший", "ближайшую", "келесі")
	add(cOrdinal, 0, "st", "nd", "rd", "th", "го", "е", "ое", "ого", "м",
		"ы", "і", "сы", "сі", "шы", "ші", "нші", "ншы", "ында", "інде", "нда", "нде", "да", "де", "та", "те",
		"на", "не", "ге", "ға", "не", "нан", "нен", "дан", "ден", "тан", "тен", "ына", "іне", "сына", "сіне", "ден")
	add(cQuantity, 0, "лет", "летие", "летия", "летию", "летием", "летний", "летнего", "летней",
		"жылдық", "жылдығы", "жылдығына", "жылдығын", "жылдығында", "жылдығымен", "жылдығынa",
		"anniversary", "млн", "млрд", "тыс", "трлн", "миллион", "миллиона", "миллионов", "миллиард", "миллиардов",
		"тысяч", "тысячи", "тонн", "тонны", "человек", "км", "долларов", "тенге", "рублей",
		"million", "billion", "thousand", "tonnes", "tons", "people", "km", "dollars", "usd", "percent", "per",
		"мың", "миллиард", "адам", "теңге", "доллар", "тонна", "шақырым", "пайыз", "процент", "процентов",
		"year-old", "years-old", "жасар", "жаста", "жастағы")
	// Days in words, as official Russian writes them: "двадцать седьмого
	// августа", "первое сентября" (genitive and neuter nominative).
	dayWords := []string{"перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
		"одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
		"восемнадцат", "девятнадцат", "двадцат"}
	for i, stem := range dayWords {
		if stem == "трет" {
			add(cDayWord, i+1, "третьего", "третье")
			continue
		}
		add(cDayWord, i+1, stem+"ого", stem+"ое")
	}
	add(cDayWord, 4, "четвёртого", "четвёртое")
	add(cDayWord, 30, "тридцатого", "тридцатое")
	add(cTens, 20, "двадцать")
	add(cTens, 30, "тридцать")
	// "eve" is only a date word in "on the eve of"; "of" (cIn) is checked
	// in place there.
	return m
}
