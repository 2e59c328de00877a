package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Title and institution words in English, Russian and Kazakh: capitalised
// in the titles of officials and the names of bodies ("Minister of Foreign
// Affairs", "Чрезвычайный и Полномочный Посол", "Сыртқы істер министрі"),
// never the name of a person. Lemmas; Russian nouns and adjectives are
// expanded into their case forms, Kazakh words are matched after their case
// suffix is stripped.
const (
	titleWordsEN = `
minister ministers ministry ministries ambassador ambassadors extraordinary plenipotentiary
envoy envoys special representative representatives permanent president presidents
presidential vice deputy prime premier chairman chairwoman chairperson chair secretary
secretariat general state head chief director directorate department undersecretary
under-secretary counsellor counselor consul consulate embassy attache attaché spokesman
spokeswoman spokesperson adviser advisor assistant aide first second third senior acting
former executive republic kingdom federation federal union emirates united national
international foreign affairs internal external interior home homeland defence defense
economy economic economics finance financial trade industry industrial transport
transportation energy health healthcare agriculture agricultural digital digitalization
development emergency emergencies situations water resources irrigation integration
investment investments education science sciences higher youth sport sports labour labor
social protection population justice ecology ecological environment environmental natural
information communications communication innovation innovations aerospace culture cultural
arts tourism logistics mobility sustainable infrastructure construction urban housing
public security council assembly parliament parliamentary senate mazhilis majilis committee
commission agency office administration government governmental cabinet bureau service
services centre center institute university academy foundation fund bank corporation
company organization organisation association chamber commerce forum summit conference
session partnership cooperation relations policy strategic strategy planning reform reforms
technology technologies technological media press his her their excellency excellencies
highness majesty royal h.e. sheikh sheikha emir amir king queen prince princess crown
dr dr. prof prof. mr mr. mrs mrs. ms ms. messrs sir madam dame lord colonel lieutenant
lieutenant-general major-general brigadier admiral vice-admiral marshal captain commander
general-lieutenant army armed forces navy naval military police border customs taxation
revenue statistics budget treasury employment migration family women children religious
civil aviation railways road roads maritime ports telecommunications posts mining geology
oil gas petroleum minerals metallurgy chemical food fisheries forestry regional
local municipal mayor governor akim region province oblast district capital global world
nations peace human rights climate nuclear safety competition competitiveness
entrepreneurship enterprise enterprises business investment-promotion export
exports import imports customs tax taxes audit control anti-corruption corruption
commissioner commissioners high charge chargé d'affaires affaires ombudsman
`
	titleWordsRU = `
министр министерство замминистра посол посла послу послом после послы послов послам послами
посольство канцлер вице-канцлер посланник представитель представительство
президент вице-президент премьер-министр премьер председатель зампредседателя заместитель
секретарь госсекретарь генсек глава руководитель директор департамент управление консул
консульство генконсульство генконсул советник помощник пресс-секретарь спикер атташе
поверенный республика королевство федерация союз эмират эмираты государство штат
правительство парламент сенат мажилис совет собрание ассамблея комитет комиссия агентство
служба ведомство администрация аппарат канцелярия палата фонд банк корпорация компания
организация ассоциация центр институт университет академия форум саммит конференция сессия
сотрудничество развитие экономика финансы торговля промышленность транспорт энергетика
здравоохранение хозяйство образование наука молодежь спорт труд юстиция экология информация
коммуникация коммуникации инновация инновации культура искусство туризм логистика интеграция
инвестиция инвестиции оборона безопасность цифровизация ресурсы ирригация ситуации генерал
генерал-лейтенант генерал-майор генерал-полковник полковник подполковник адмирал вице-адмирал
контр-адмирал маршал капитан шейх эмир король королева принц принцесса высочество
превосходительство величество господин госпожа доктор профессор академик мэр губернатор
аким область город столица делегация отношения политика стратегия чрезвычайный полномочный
национальный международный иностранный внешний внутренний государственный федеральный
президентский правительственный генеральный специальный постоянный первый главный верховный
исполнительный цифровой экономический торговый промышленный финансовый энергетический
социальный культурный информационный стратегический объединенный объединённый водный
природный сельский высший молодежный спортивный трудовой чрезвычайная полномочная
парламентский межпарламентский межправительственный двусторонний многосторонний совместный
деловой региональный уполномоченный верховный комиссар омбудсмен
`
	titleWordsKK = `
министр министрі министрлігі министрлік министрліктің елші елшісі елшілігі елшілік төтенше
өкілетті өкіл өкілі өкілдігі төраға төрағасы орынбасар орынбасары президент президенті
премьер-министр премьер-министрі хатшы хатшысы мемлекеттік республика республикасы
корольдігі федерациясы үкімет үкіметі парламент парламенті сенат сенаты мәжіліс мәжілісі
кеңес кеңесі комитет комитеті агенттік агенттігі департамент департаменті басқарма
басқармасы басшы басшысы директор директоры ұлттық халықаралық сыртқы істер ішкі қорғаныс
экономика экономикасы қаржы сауда өнеркәсіп көлік энергетика денсаулық ауыл шаруашылығы
білім ғылым жастар спорт еңбек әділет экология ақпарат цифрлық даму су ресурстары жағдайлар
мәдениет туризм инвестиция инвестициялар интеграция генерал генерал-лейтенант генерал-майор
полковник шейх мырза ханым доктор профессор академик әкім әкімі облыс облысы қала қаласы
бас кеңесшісі кеңесші консул консулы ұйымы ұйым қоры орталығы институты университеті
`
)

// titleWords is the set of lower-case title and institution word forms.
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range splitFields(titleWordsEN) {
		m[lower(w)] = true
	}
	for _, w := range splitFields(titleWordsRU) {
		lw := lower(w)
		m[lw] = true
		if IsRussianAdjective(lw) {
			for _, f := range RussianAdjective(lw) {
				m[lower(f)] = true
			}
			continue
		}
		for _, f := range RussianInflect(lw, Unknown) {
			m[lower(f)] = true
		}
	}
	for _, w := range splitFields(titleWordsKK) {
		m[lower(w)] = true
	}
	return m
}()

// titleSuffixes are endings of abstract and institution nouns that
// personal names do not have (checked after the table of given names):
// Development, Cooperation, Министерство, Федерации, Безопасности,
// министрлігі.
var titleSuffixes = []struct {
	sfx  string
	min  int // the least number of letters of the word
	latn bool
}{
	{"tion", 6, true}, {"sion", 7, true}, {"ment", 8, true}, {"ity", 6, true}, {"ism", 6, true},
	{"ness", 6, true}, {"ics", 6, true}, {"ance", 8, true}, {"ence", 9, true}, {"ship", 8, true},
	{"ство", 5, false}, {"ства", 5, false}, {"ству", 5, false}, {"ством", 6, false}, {"стве", 5, false},
	{"ция", 5, false}, {"ции", 5, false}, {"цию", 5, false}, {"цией", 6, false},
	{"ость", 5, false}, {"ости", 5, false}, {"остью", 6, false},
	{"ение", 6, false}, {"ения", 6, false}, {"ению", 6, false}, {"ением", 7, false}, {"ении", 6, false},
	{"лігі", 6, false}, {"лығы", 6, false}, {"дігі", 6, false}, {"дығы", 6, false}, {"тігі", 6, false}, {"тығы", 6, false},
	{"лігінің", 8, false}, {"лығының", 8, false},
}

// LooksLikeName reports whether a capitalised token may be (part of) a
// person's name, as opposed to a title, rank, honorific or institution
// word written with a capital: "Minister", "Ambassador", "Extraordinary",
// "Affairs", "Development", "Чрезвычайный", "Посла", "Республики",
// "Национального", "Министерства", "Төтенше", "Елшісі", "министрлігі",
// "генерал-лейтенант", "H.E.", "Sheikh", "Dr." are not names; "Olga",
// "Петрова", "Ерлан", "Smith" may be.
//
// The token must start with an upper-case letter and not be an acronym of
// capitals (UN, МИД, ҚР); a known given name always passes. Other tokens
// fail when they are in a stop list of a few hundred title and institution
// words of the three languages (every case form of the Russian ones; the
// Kazakh ones with or without a case suffix; English plurals and
// possessives), or end like an abstract or institution noun (-tion, -ment,
// -ство, -ции, -ость, -ение, -лігі). lang ("ru", "kk", "en") is a hint:
// the lists of all three languages are used, since titles are quoted
// across languages.
func LooksLikeName(token, lang string) bool {
	token = strings.TrimSpace(token)
	token = strings.TrimSuffix(strings.TrimSuffix(token, "'s"), "’s")
	r, _ := utf8.DecodeRuneInString(token)
	if token == "" || !unicode.IsUpper(r) {
		return false
	}
	letters, upper := 0, 0
	for _, c := range token {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	if letters == 0 {
		return false
	}
	lw := lower(token)
	if _, ok := nameGenders[lw]; ok {
		return true
	}
	if titleWords[lw] || titleWords[strings.TrimSuffix(lw, ".")] {
		return false
	}
	if hasCyrillic(lw) {
		// A known given name in an oblique case: Ксении, Сергеем.
		for _, c := range analyse(token) {
			if c.score >= 3 {
				return true
			}
		}
	}
	if upper == letters && letters > 1 && letters <= 5 {
		// An acronym: UN, МИД, ҚР, NATO; or honorific initials H.E.
		return false
	}
	if upper == letters && letters > 1 && titleWords[lw] {
		return false
	}
	latin := r < utf8.RuneSelf
	if latin {
		if strings.HasSuffix(lw, "s") && titleWords[strings.TrimSuffix(lw, "s")] {
			return false // Ministers, Affairs
		}
		if strings.HasSuffix(lw, "es") && titleWords[strings.TrimSuffix(lw, "es")] {
			return false
		}
	} else {
		// A Kazakh case suffix on a title word: министріне, елшісімен.
		w := lw
		for range 2 {
			st, sfx := KazakhStem(w)
			if sfx == "" {
				break
			}
			if titleWords[st] {
				return false
			}
			w = st
		}
	}
	if strings.Contains(lw, "-") {
		// A hyphenated title: Генерал-лейтенанта, Вице-министр,
		// Secretary-General, Ambassador-at-Large.
		for _, piece := range strings.Split(lw, "-") {
			if titleWords[piece] || titleWords[strings.TrimSuffix(piece, "s")] {
				return false
			}
		}
		if i := strings.LastIndex(lw, "-"); i > 0 && titleWords[lw[:i]] {
			return false
		}
	}
	n := utf8.RuneCountInString(lw)
	for _, s := range titleSuffixes {
		if s.latn == latin && n >= s.min && strings.HasSuffix(lw, s.sfx) {
			return false
		}
	}
	return true
}
