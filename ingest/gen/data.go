package gen

// country is a country with the forms the templates need.
type country struct {
	code           string
	en             string // Kazakhstan
	ruNom, ruGen   string // Казахстан, Казахстана
	kkNom, kkGen   string // Қазақстан, Қазақстанның
	city           string // capital, English exonym
	ruCity, ruLoc  string // Астана, (в) Астане
	kkCity, kkLoc  string // Астана, Астанада
	slavic, turkic bool   // the style of its ministers' names
}

var countries = []country{
	{"KZ", "Kazakhstan", "Казахстан", "Казахстана", "Қазақстан", "Қазақстанның", "Astana", "Астана", "Астане", "Астана", "Астанада", false, true},
	{"RU", "Russia", "Россия", "России", "Ресей", "Ресейдің", "Moscow", "Москва", "Москве", "Мәскеу", "Мәскеуде", true, false},
	{"UZ", "Uzbekistan", "Узбекистан", "Узбекистана", "Өзбекстан", "Өзбекстанның", "Tashkent", "Ташкент", "Ташкенте", "Ташкент", "Ташкентте", false, true},
	{"KG", "Kyrgyzstan", "Кыргызстан", "Кыргызстана", "Қырғызстан", "Қырғызстанның", "Bishkek", "Бишкек", "Бишкеке", "Бішкек", "Бішкекте", false, true},
	{"TJ", "Tajikistan", "Таджикистан", "Таджикистана", "Тәжікстан", "Тәжікстанның", "Dushanbe", "Душанбе", "Душанбе", "Душанбе", "Душанбеде", false, true},
	{"AZ", "Azerbaijan", "Азербайджан", "Азербайджана", "Әзірбайжан", "Әзірбайжанның", "Baku", "Баку", "Баку", "Баку", "Бакуде", false, true},
	{"TR", "Turkey", "Турция", "Турции", "Түркия", "Түркияның", "Ankara", "Анкара", "Анкаре", "Анкара", "Анкарада", false, true},
	{"CN", "China", "Китай", "Китая", "Қытай", "Қытайдың", "Beijing", "Пекин", "Пекине", "Бейжің", "Бейжіңде", false, false},
	{"DE", "Germany", "Германия", "Германии", "Германия", "Германияның", "Berlin", "Берлин", "Берлине", "Берлин", "Берлинде", false, false},
	{"FR", "France", "Франция", "Франции", "Франция", "Францияның", "Paris", "Париж", "Париже", "Париж", "Парижде", false, false},
	{"HU", "Hungary", "Венгрия", "Венгрии", "Венгрия", "Венгрияның", "Budapest", "Будапешт", "Будапеште", "Будапешт", "Будапештте", false, false},
	{"IT", "Italy", "Италия", "Италии", "Италия", "Италияның", "Rome", "Рим", "Риме", "Рим", "Римде", false, false},
	{"JP", "Japan", "Япония", "Японии", "Жапония", "Жапонияның", "Tokyo", "Токио", "Токио", "Токио", "Токиода", false, false},
	{"EG", "Egypt", "Египет", "Египта", "Мысыр", "Мысырдың", "Cairo", "Каир", "Каире", "Каир", "Каирде", false, false},
	{"IN", "India", "Индия", "Индии", "Үндістан", "Үндістанның", "New Delhi", "Нью-Дели", "Нью-Дели", "Нью-Дели", "Нью-Делиде", false, false},
	{"PL", "Poland", "Польша", "Польши", "Польша", "Польшаның", "Warsaw", "Варшава", "Варшаве", "Варшава", "Варшавада", true, false},
	{"GE", "Georgia", "Грузия", "Грузии", "Грузия", "Грузияның", "Tbilisi", "Тбилиси", "Тбилиси", "Тбилиси", "Тбилисиде", false, false},
	{"BY", "Belarus", "Беларусь", "Беларуси", "Беларусь", "Беларусьтің", "Minsk", "Минск", "Минске", "Минск", "Минскіде", true, false},
}

// portfolio is a ministerial portfolio with its titles and topics.
type portfolio struct {
	en     string // "foreign affairs"
	ru     string // "иностранных дел" (after министр)
	kk     string // "Сыртқы істер" (before министрі)
	topics []topic
}

// topic is a field of cooperation as the templates phrase it.
type topic struct {
	key    string
	ru, kk string // "в сфере торговли", "сауда саласындағы"
	en     string // "trade"
}

var (
	tTrade     = topic{"trade", "торгово-экономического сотрудничества", "сауда-экономикалық ынтымақтастық", "trade and investment"}
	tEnergy    = topic{"energy", "энергетики", "энергетика", "energy"}
	tTransport = topic{"transport", "транспорта и логистики", "көлік және логистика", "transport and logistics"}
	tEducation = topic{"education", "образования", "білім беру", "education"}
	tScience   = topic{"science", "науки", "ғылым", "science"}
	tTheatre   = topic{"theatre", "театрального искусства", "театр өнері", "theatre"}
	tMuseums   = topic{"museums", "музейного дела", "музей ісі", "museums"}
	tCinema    = topic{"cinema", "кинематографии", "кино", "cinema"}
	tAgri      = topic{"agriculture", "сельского хозяйства", "ауыл шаруашылығы", "agriculture"}
	tHealth    = topic{"health", "здравоохранения", "денсаулық сақтау", "health care"}
	tTourism   = topic{"tourism", "туризма", "туризм", "tourism"}
	tDigital   = topic{"digital", "цифровизации", "цифрландыру", "digital technologies"}
)

var portfolios = []portfolio{
	{"foreign affairs", "иностранных дел", "Сыртқы істер", []topic{tTrade, tTransport, tEnergy, tTourism}},
	{"culture", "культуры", "Мәдениет", []topic{tTheatre, tMuseums, tCinema, tTourism}},
	{"trade", "торговли", "Сауда", []topic{tTrade, tTransport, tDigital}},
	{"energy", "энергетики", "Энергетика", []topic{tEnergy, tTransport}},
	{"education", "образования", "Білім", []topic{tEducation, tScience}},
	{"agriculture", "сельского хозяйства", "Ауыл шаруашылығы", []topic{tAgri, tTrade}},
	{"health", "здравоохранения", "Денсаулық сақтау", []topic{tHealth, tScience}},
}

var (
	ruMonthsGen = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	kkMonthsLoc = []string{"қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"}
	enMonths    = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// outlet is an invented news source.
type outlet struct {
	name, host string
}

var outlets = map[string][]outlet{
	"ru": {{"Степной вестник", "stepnoy-vestnik.example"}, {"Евразия-Пресс", "eurasia-press.example"}, {"Дипломатический обозреватель", "dipobzor.example"}},
	"kk": {{"Дала жаршысы", "dala-zharshysy.example"}, {"Ел хабары", "el-khabary.example"}},
	"en": {{"Silk Road Wire", "silkroad-wire.example"}, {"Eurasian Diplomat", "eurasian-diplomat.example"}},
}

// syllable is a piece of a name in both scripts; Latin is the plain
// transliteration of the Cyrillic, so the extractor's romanisation agrees.
type syllable struct{ cyr, lat string }

var (
	onsets = []syllable{{"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"ж", "zh"}, {"з", "z"}, {"к", "k"}, {"л", "l"},
		{"м", "m"}, {"н", "n"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"ф", "f"}, {"х", "kh"}, {"ш", "sh"}}
	vowels   = []syllable{{"а", "a"}, {"о", "o"}, {"у", "u"}, {"и", "i"}}
	initials = []syllable{{"А", "A"}, {"О", "O"}, {"У", "U"}, {"И", "I"}}
	codas    = []syllable{{"н", "n"}, {"р", "r"}, {"л", "l"}, {"м", "m"}, {"т", "t"}, {"с", "s"}, {"д", "d"}, {"к", "k"}}
)
