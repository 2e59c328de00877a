package extractor_test

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor"
)

// extract runs the shared extractor on text with an optional published date.
func extract(t *testing.T, text, published string) diplograph.Facts {
	t.Helper()
	f, err := newExtractor(t).Extract(diplograph.Article{Text: text, Published: published})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	checkFacts(t, text, f)
	return f
}

func findMinister(f diplograph.Facts, country string) (diplograph.Person, bool) {
	for _, p := range f.Ministers {
		if p.Country == country {
			return p, true
		}
	}
	return diplograph.Person{}, false
}

func findEvent(f diplograph.Facts, typ string) (diplograph.Event, bool) {
	for _, e := range f.Events {
		if e.Type == typ {
			return e, true
		}
	}
	return diplograph.Event{}, false
}

// countEvents counts the events of type typ.
func countEvents(f diplograph.Facts, typ string) int {
	n := 0
	for _, e := range f.Events {
		if e.Type == typ {
			n++
		}
	}
	return n
}

// sortedJoin returns the codes cs sorted and joined by sep.
func sortedJoin(cs []string, sep string) string {
	cs = slices.Clone(cs)
	slices.Sort(cs)
	return strings.Join(cs, sep)
}

func sameCountries(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

func TestExtractErrors(t *testing.T) {
	x := extractor.New(extractor.Options{MaxBytes: 64})
	tests := []struct {
		name, text, msg string
	}{
		{"empty", "", "article is empty"},
		{"white space", " \n\t ", "article is empty"},
		{"oversized", strings.Repeat("слово ", 20), "over the 64 bytes limit"},
		{"invalid UTF-8", "abc\xff\xfe", "invalid UTF-8 at byte 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := x.Extract(diplograph.Article{Text: tt.text, File: "a.txt"})
			if diplograph.ErrorCode(err) != diplograph.EINVALID {
				t.Fatalf("code %q, want EINVALID (%v)", diplograph.ErrorCode(err), err)
			}
			if !strings.Contains(diplograph.ErrorMessage(err), tt.msg) {
				t.Errorf("message %q does not say %q", diplograph.ErrorMessage(err), tt.msg)
			}
		})
	}
	big := extractor.New(extractor.Options{})
	_, err := big.Extract(diplograph.Article{Text: strings.Repeat("x", diplograph.MaxArticleBytes+1)})
	if err == nil || !strings.Contains(err.Error(), "1 MiB limit") {
		t.Errorf("oversized article: %v", err)
	}
}

// TestMinisters covers the forms of a minister's title and name in the
// three languages: case forms, country before or after, abbreviations,
// adjectives, Kazakh suffixes, English possessives, deputies.
func TestMinisters(t *testing.T) {
	tests := []struct {
		name, text string
		country    string
		nameWant   string // nominative, original script ("" = do not check)
		latin      string
		portfolio  string
		deputy     bool
	}{
		{"ru genitive after встреча", "Состоялась встреча министра иностранных дел Японии Кэнты Сато с министром иностранных дел РК Аскаром Ибраевым.",
			"KZ", "Аскар Ибраев", "Askar Ibrayev", "foreign affairs", false},
		{"ru instrumental foreign name", "Министр иностранных дел Казахстана Аскар Ибраев провел переговоры с министром иностранных дел Японии Кэнтой Сато.",
			"JP", "", "Kenta Sato", "foreign affairs", false},
		{"ru country adjective", "Казахстанский министр энергетики Бауыржан Нуров встретился с министром энергетики Азербайджана Эльнуром Гасановым.",
			"KZ", "Бауыржан Нуров", "Bauyrzhan Nurov", "energy", false},
		{"ru glava MID", "Глава МИД Турции Мехмет Йылдыз провел телефонный разговор с министром иностранных дел Казахстана Аскаром Ибраевым.",
			"TR", "Мехмет Йылдыз", "Mekhmet Yyldyz", "foreign affairs", false},
		{"ru name before title", "Аскар Ибраев, министр иностранных дел Республики Казахстан, провел переговоры с министром иностранных дел Венгрии Петером Надем.",
			"KZ", "Аскар Ибраев", "Askar Ibrayev", "foreign affairs", false},
		{"ru deputy", "Заместитель министра иностранных дел Республики Казахстан Руслан Ахметов встретился с послом Италии Марко Росси.",
			"KZ", "Руслан Ахметов", "Ruslan Akhmetov", "foreign affairs", true},
		{"ru vice minister", "Вице-министр торговли и интеграции РК Асель Жумабаева провела переговоры с министром торговли Монголии Батбаяром Ганбатом.",
			"KZ", "Асель Жумабаева", "Asel Zhumabayeva", "trade and integration", true},
		{"kk genitive country before", "Бүгін ҚР Сыртқы істер министрі Асқар Ибраев Ресей Федерациясының Сыртқы істер министрі Игорь Смирновпен кездесті.",
			"RU", "Игорь Смирнов", "Igor Smirnov", "foreign affairs", false},
		{"kk abbreviation", "Бүгін ҚР Энергетика министрі Бауыржан Нұров Әзербайжан Энергетика министрі Эльнур Гасановпен телефон арқылы сөйлесті.",
			"KZ", "Бауыржан Нұров", "Bauyrzhan Nurov", "energy", false},
		{"kk deputy", "ҚР Сыртқы істер министрінің орынбасары Руслан Ахметов Италия елшісі Марко Россимен кездесті.",
			"KZ", "Руслан Ахметов", "Ruslan Akhmetov", "foreign affairs", true},
		{"en adjective", "Kazakh Foreign Minister Askar Ibrayev met Japanese Foreign Minister Kenta Sato in Tokyo.",
			"JP", "Kenta Sato", "Kenta Sato", "foreign affairs", false},
		{"en possessive and of", "Kazakhstan's Minister of Energy Bauyrzhan Nurov held talks with Azerbaijan's Energy Minister Elnur Hasanov in Baku.",
			"AZ", "Elnur Hasanov", "Elnur Hasanov", "energy", false},
		{"en name then title", "Askar Ibrayev, Minister of Foreign Affairs of Kazakhstan, met Peter Nagy, Minister of Foreign Affairs and Trade of Hungary, in Budapest.",
			"HU", "Peter Nagy", "Peter Nagy", "foreign affairs and trade", false},
		{"en deputy prime minister and foreign minister", "Deputy Prime Minister and Foreign Minister of Kazakhstan Askar Ibrayev held talks with Foreign Minister of Hungary Peter Nagy.",
			"KZ", "Askar Ibrayev", "Askar Ibrayev", "foreign affairs", false},
		{"en deputy minister", "Deputy Foreign Minister of Kazakhstan Ruslan Akhmetov met the Ambassador of Italy Marco Rossi.",
			"KZ", "Ruslan Akhmetov", "Ruslan Akhmetov", "foreign affairs", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2025-03-05")
			p, ok := findMinister(f, tt.country)
			if !ok {
				t.Fatalf("no minister of %s in %+v", tt.country, f.Ministers)
			}
			if tt.nameWant != "" && p.Name != tt.nameWant {
				t.Errorf("name %q, want %q", p.Name, tt.nameWant)
			}
			if diplograph.NameKey(p.Latin) != diplograph.NameKey(tt.latin) {
				t.Errorf("latin %q, want %q", p.Latin, tt.latin)
			}
			if p.Portfolio != tt.portfolio {
				t.Errorf("portfolio %q, want %q", p.Portfolio, tt.portfolio)
			}
			if p.Deputy != tt.deputy {
				t.Errorf("deputy %v, want %v", p.Deputy, tt.deputy)
			}
			if p.ID != diplograph.PersonID(p.Country, p.Latin) {
				t.Errorf("id %q is not PersonID(country, latin)", p.ID)
			}
		})
	}
}

// TestLaterMentions checks that a surname in another case, or a name
// with a Kazakh suffix, is the person introduced with a title, and that
// a minister's country without a country word comes from the counterpart.
func TestLaterMentions(t *testing.T) {
	text := "В рамках визита министр культуры Асель Жумабаева провела встречу с министром культуры Грузии Ниной Беридзе.\n\n" +
		"Нина Беридзе поблагодарила Асель Жумабаеву за приглашение. Жумабаевой были представлены проекты грузинских музеев."
	f := extract(t, text, "")
	if len(f.Ministers) != 2 {
		t.Fatalf("ministers %+v, want two", f.Ministers)
	}
	for _, m := range f.Ministers {
		switch m.Name {
		case "Нина Беридзе":
			if m.Country != "GE" {
				t.Errorf("Beridze country %q", m.Country)
			}
		case "Асель Жумабаева":
			if m.Country == "" || m.Country == "GE" {
				t.Errorf("Zhumabayeva country %q, want the other side", m.Country)
			}
			if len(m.Evidence) < 2 {
				t.Errorf("later mentions not linked: %d evidence sentences", len(m.Evidence))
			}
		default:
			t.Errorf("unexpected minister %q", m.Name)
		}
	}
}

// TestEvents covers each event type and status in the three languages.
func TestEvents(t *testing.T) {
	tests := []struct {
		name, text, published string
		typ, status           string
		countries             []string
		date, city            string
	}{
		{"ru meeting", "12 марта в Токио министр иностранных дел Казахстана Аскар Ибраев провел переговоры с министром иностранных дел Японии Кэнтой Сато.",
			"2025-03-12", "MEETING", "HELD", []string{"KZ", "JP"}, "2025-03-12", "Tokyo"},
		{"ru phone call today", "Сегодня министр торговли Турции Мехмет Йылдыз провел телефонный разговор с министром торговли Узбекистана Фарходом Каримовым.",
			"2024-07-03", "PHONE_CALL", "HELD", []string{"TR", "UZ"}, "2024-07-03", ""},
		{"ru commission", "В Бишкеке состоялось заседание межправительственной комиссии по сотрудничеству между Казахстаном и Кыргызстаном.",
			"", "COMMISSION_SESSION", "HELD", []string{"KZ", "KG"}, "", "Bishkek"},
		{"ru planned visit", "Президент Казахстана посетит Вьетнам с государственным визитом в апреле.",
			"2025-03-01", "VISIT", "PLANNED", []string{"KZ", "VN"}, "2025-04", ""},
		{"ru culture days range", "С 2 по 6 октября в Ташкенте пройдут Дни культуры Казахстана в Узбекистане.",
			"2025-09-20", "CULTURE_DAYS", "PLANNED", []string{"KZ", "UZ"}, "2025-10-02", "Tashkent"},
		{"ru forum", "Министры энергетики Казахстана и Туркменистана встретились на полях Каспийского энергетического форума в Ашхабаде.",
			"", "FORUM", "HELD", []string{"KZ", "TM"}, "", "Ashgabat"},
		{"kk meeting", "Бүгін Астанада ҚР Сыртқы істер министрі Асқар Ибраев Қытай Сыртқы істер министрі Ли Вэймен кездесті.",
			"2025-05-06", "MEETING", "HELD", []string{"KZ", "CN"}, "2025-05-06", "Astana"},
		{"kk phone", "ҚР Ауыл шаруашылығы министрі Серік Оспанов Моңғолия Ауыл шаруашылығы министрі Батбаяр Ганбатпен телефон арқылы сөйлесті.",
			"2025-05-06", "PHONE_CALL", "HELD", []string{"KZ", "MN"}, "2025-05-06", ""},
		{"kk culture days", "Бүгін Бакуде Әзербайжандағы Қазақстанның мәдениет күндері басталды.",
			"2025-06-02", "CULTURE_DAYS", "HELD", []string{"KZ", "AZ"}, "2025-06-02", "Baku"},
		{"en visit", "Foreign Minister of Kazakhstan Askar Ibrayev arrived in Ankara on an official visit on 4 May and held talks with Turkish Foreign Minister Mehmet Yildiz.",
			"2025-05-04", "VISIT", "HELD", []string{"KZ", "TR"}, "2025-05-04", "Ankara"},
		{"en planned summit", "The leaders of Kazakhstan and Kyrgyzstan will meet at the summit in Bishkek next month.",
			"2025-05-04", "FORUM", "PLANNED", []string{"KZ", "KG"}, "", "Bishkek"},
		{"en exhibition", "An exhibition of Kazakh jewellery opened today at the Louvre in Paris with the participation of the Minister of Culture of France Claire Dubois.",
			"2025-05-04", "CULTURAL_EVENT", "HELD", []string{"KZ", "FR"}, "2025-05-04", "Paris"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, tt.published)
			e, ok := findEvent(f, tt.typ)
			if !ok {
				t.Fatalf("no %s event in %+v", tt.typ, f.Events)
			}
			if e.Status != tt.status {
				t.Errorf("status %s, want %s", e.Status, tt.status)
			}
			if !sameCountries(e.Countries, tt.countries) {
				t.Errorf("countries %v, want %v", e.Countries, tt.countries)
			}
			if tt.date != "" && e.Date != tt.date {
				t.Errorf("date %q, want %q", e.Date, tt.date)
			}
			if e.City != tt.city {
				t.Errorf("city %q, want %q", e.City, tt.city)
			}
			if !sameCountries(f.Countries, tt.countries) {
				t.Errorf("article countries %v, want %v", f.Countries, tt.countries)
			}
		})
	}
}

// TestEventStructure covers frameworks, references and the primary event.
func TestEventStructure(t *testing.T) {
	t.Run("framework forum and meeting", func(t *testing.T) {
		f := extract(t, "В рамках Астанинского международного форума состоялась встреча министра иностранных дел Казахстана Аскара Ибраева с министром иностранных дел Италии Марко Бьянки.", "")
		m, ok1 := findEvent(f, "MEETING")
		fo, ok2 := findEvent(f, "FORUM")
		if !ok1 || !ok2 {
			t.Fatalf("want a meeting and a forum: %+v", f.Events)
		}
		if !m.Primary || fo.Primary {
			t.Errorf("the meeting must be primary, not its framework")
		}
	})
	t.Run("eve of the meeting", func(t *testing.T) {
		f := extract(t, "15 мая в Астане министр культуры Казахстана Асель Жумабаева встретилась с министром культуры Египта Ахмедом Саидом.\n\nНакануне встречи в Астане состоялся концерт египетских музыкантов.", "2025-05-15")
		c, ok := findEvent(f, "CULTURAL_EVENT")
		if !ok {
			t.Fatalf("no concert: %+v", f.Events)
		}
		if c.Date != "2025-05-14" {
			t.Errorf("concert date %q, want the day before the meeting", c.Date)
		}
	})
	t.Run("two meetings of the same pair", func(t *testing.T) {
		f := extract(t, "10 июня министр иностранных дел Казахстана Аскар Ибраев встретился с министром иностранных дел Узбекистана Бахромом Юсуповым.\n\n"+
			"Напомним, 3 февраля Президент Казахстана Нурлан Абенов провел переговоры с Президентом Узбекистана Шавкатом Назаровым в Самарканде.", "2025-06-10")
		n := 0
		for _, e := range f.Events {
			if e.Type == "MEETING" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%d meetings, want 2: %+v", n, f.Events)
		}
		if len(f.Persons) != 2 {
			t.Errorf("persons %+v, want the two presidents", f.Persons)
		}
	})
	t.Run("bilateral meeting at a session", func(t *testing.T) {
		f := extract(t, "В Ашхабаде состоялось заседание межправительственной комиссии между Казахстаном и Туркменистаном.\n\n"+
			"В рамках двусторонней встречи министр энергетики Казахстана Бауыржан Нуров обсудил с министром энергетики Туркменистана Довлетом Ходжаевым поставки газа.", "")
		if _, ok := findEvent(f, "COMMISSION_SESSION"); !ok {
			t.Fatalf("no session: %+v", f.Events)
		}
		if m, ok := findEvent(f, "MEETING"); !ok || m.City != "Ashgabat" {
			t.Errorf("bilateral meeting %+v, want one in the session's city", m)
		}
	})
	t.Run("reference to the meeting", func(t *testing.T) {
		f := extract(t, "Министр иностранных дел Казахстана Аскар Ибраев провел телефонный разговор с министром иностранных дел Латвии Янисом Озолсом.\n\n"+
			"В ходе беседы стороны обсудили транзит грузов через порты Балтийского моря.", "2025-02-03")
		if len(f.Events) != 1 || f.Events[0].Type != "PHONE_CALL" {
			t.Errorf("events %+v, want the phone call only", f.Events)
		}
	})
	t.Run("counterpart", func(t *testing.T) {
		f := extract(t, "Japanese Foreign Minister Kenta Sato held talks in Tokyo with his Kazakh counterpart Askar Ibrayev.", "")
		p, ok := findMinister(f, "KZ")
		if !ok || p.Portfolio != "foreign affairs" {
			t.Errorf("counterpart not a minister: %+v", f.Ministers)
		}
	})
	t.Run("Kazakh reception", func(t *testing.T) {
		f := extract(t, "ҚР Сыртқы істер министрі Асқар Ибраев Италияның Қазақстандағы елшісі Марко Россиді қабылдады.", "")
		if _, ok := findEvent(f, "MEETING"); !ok || len(f.Persons) != 1 || f.Persons[0].Role != "Ambassador" || f.Persons[0].Country != "IT" {
			t.Errorf("reception: events %+v persons %+v", f.Events, f.Persons)
		}
	})
	t.Run("official of an organisation", func(t *testing.T) {
		f := extract(t, "OSCE Secretary General Maria Lind held talks in Dushanbe with the Minister of Foreign Affairs of Tajikistan Rustam Nazarov.", "")
		if !slices.Equal(f.Countries, []string{"TJ"}) || len(f.Events) != 1 {
			t.Errorf("countries %v events %+v, want Tajikistan and the OSCE", f.Countries, f.Events)
		}
	})
	t.Run("signing is the news", func(t *testing.T) {
		f := extract(t, "Казахстан и Оман подписали соглашение об избежании двойного налогообложения.\n\nДокумент подписали министр финансов Казахстана Асель Жумабаева и министр финансов Омана Салим Аль-Хинаи.", "2025-04-09")
		e, ok := findEvent(f, "SIGNING")
		if !ok || !e.Primary || len(e.Participants) != 2 {
			t.Errorf("signing %+v", f.Events)
		}
	})
	t.Run("signing after talks is no event", func(t *testing.T) {
		f := extract(t, "Министр финансов Казахстана Асель Жумабаева провела переговоры с министром финансов Омана Салимом Аль-Хинаи. По итогам переговоров подписано соглашение.", "")
		if _, ok := findEvent(f, "SIGNING"); ok {
			t.Errorf("signing event from talks: %+v", f.Events)
		}
	})
	t.Run("next session planned", func(t *testing.T) {
		f := extract(t, "Министр торговли Казахстана Арман Сейтов провел переговоры с министром торговли Грузии Леваном Кипиани. Следующее заседание межправительственной комиссии пройдет в Тбилиси.", "2025-06-10")
		e, ok := findEvent(f, "COMMISSION_SESSION")
		if !ok || e.Status != "PLANNED" || e.City != "Tbilisi" || e.Date != "2025" {
			t.Errorf("next session %+v", e)
		}
	})
	t.Run("primary is the first reported", func(t *testing.T) {
		f := extract(t, "10 мая министр культуры Казахстана Асель Жумабаева провела встречу с министром культуры Испании Лаурой Гарсией. Встреча состоялась во время официального визита министров Казахстана в Испанию.\n\n"+
			"Накануне в Мадриде прошел концерт казахстанских музыкантов.", "2025-05-10")
		for _, e := range f.Events {
			if e.Primary != (e.Type == "MEETING") {
				t.Errorf("primary %s, want the meeting: %+v", e.Type, f.Events)
			}
		}
	})
	t.Run("plural visits are no event", func(t *testing.T) {
		f := extract(t, "Министры отметили важность взаимных визитов и регулярных форумов.", "")
		if len(f.Events) != 0 {
			t.Errorf("events %+v, want none", f.Events)
		}
	})
	t.Run("invitation is no visit", func(t *testing.T) {
		f := extract(t, "Министр иностранных дел Казахстана Аскар Ибраев провел переговоры с министром иностранных дел Индии Раджем Кумаром. Аскар Ибраев пригласил индийского коллегу посетить Казахстан с официальным визитом.", "")
		if _, ok := findEvent(f, "VISIT"); ok {
			t.Errorf("an invitation made a visit: %+v", f.Events)
		}
	})
}

// TestAgreements covers the kinds and statuses of documents.
func TestAgreements(t *testing.T) {
	lead := "Министр энергетики Казахстана Бауыржан Нуров провел переговоры с министром энергетики Кувейта Салемом Аль-Азми. "
	tests := []struct {
		name, text   string
		kind, status string
	}{
		{"signed memorandum", lead + "По итогам переговоров министры подписали меморандум о сотрудничестве в сфере возобновляемой энергетики.", "MEMORANDUM", "SIGNED"},
		{"draft roadmap", lead + "Бауыржан Нуров передал кувейтской стороне проект Дорожной карты сотрудничества.", "ROADMAP", "DRAFT"},
		{"planned agreement", lead + "Стороны планируют подписать соглашение о взаимной защите инвестиций до конца года.", "AGREEMENT", "PLANNED"},
		{"discussed programme", lead + "Министры обсудили ход реализации Программы сотрудничества на 2024–2026 годы.", "PROGRAM", "DISCUSSED"},
		{"signed protocol", lead + "Был подписан протокол заседания.", "PROTOCOL", "SIGNED"},
		{"kk signed", "ҚР Энергетика министрі Бауыржан Нұров Кувейт Энергетика министрі Салем Әл-Азмимен кездесті. Кездесу қорытындысы бойынша меморандумға қол қойылды.", "MEMORANDUM", "SIGNED"},
		{"en to be signed", "Kazakhstan's Minister of Energy Bauyrzhan Nurov met Kuwait's Minister of Energy Salem Al-Azmi. The sides agreed on a roadmap to be signed in the autumn.", "ROADMAP", "PLANNED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "")
			if len(f.Agreements) != 1 {
				t.Fatalf("agreements %+v, want one", f.Agreements)
			}
			a := f.Agreements[0]
			if a.Kind != tt.kind || a.Status != tt.status {
				t.Errorf("got %s/%s, want %s/%s", a.Kind, a.Status, tt.kind, tt.status)
			}
			if !sameCountries(a.Countries, []string{"KZ", "KW"}) {
				t.Errorf("countries %v", a.Countries)
			}
		})
	}
	t.Run("agreement in force is no fact", func(t *testing.T) {
		f := extract(t, lead+"Стороны работают в рамках действующего соглашения о сотрудничестве.", "")
		if len(f.Agreements) != 0 {
			t.Errorf("agreements %+v, want none", f.Agreements)
		}
	})
	t.Run("parties", func(t *testing.T) {
		f := extract(t, lead+"Подписан меморандум между Казахским энергетическим университетом и Кувейтским институтом научных исследований.", "")
		if len(f.Agreements) != 1 || len(f.Agreements[0].Parties) != 2 {
			t.Fatalf("agreements %+v, want one with two parties", f.Agreements)
		}
		if len(f.Organizations) != 2 {
			t.Errorf("organizations %+v", f.Organizations)
		}
	})
}

// TestNoDiplomaticEvent checks that domestic articles yield no facts at
// all, and that a minister named only in a domestic context is not listed.
func TestNoDiplomaticEvent(t *testing.T) {
	for _, text := range []string{
		"На заседании Правительства министр энергетики Бауыржан Нуров доложил о подготовке к отопительному сезону. Министр финансов Асель Жумабаева сообщила о бюджете.",
		"Үкімет отырысында ҚР Энергетика министрі Бауыржан Нұров жылу беру маусымына дайындық туралы баяндады.",
		"The Minister of Health Aigerim Seitova opened a new hospital in Shymkent and said that the ministry will build ten more clinics.",
		"В Шымкенте министр туризма Казахстана Ерлан Сарсенов на пресс-конференции рассказал, что гостиницы региона заполнены на девять десятых.",
		"Kazakh Tourism Minister Erlan Sarsenov told a press conference in Shymkent that hotel occupancy had reached a new record.",
	} {
		f := extract(t, text, "")
		if len(f.Events)+len(f.Ministers)+len(f.Persons)+len(f.Countries)+len(f.Agreements)+len(f.Topics) != 0 {
			t.Errorf("domestic article gave facts: %+v", f)
		}
	}
	f := extract(t, "Министр иностранных дел Казахстана Аскар Ибраев провел переговоры с министром иностранных дел Кореи Пак Мин Хо.\n\n"+
		"Ранее министр финансов Казахстана Асель Жумабаева выступила в Мажилисе с докладом о бюджете.", "")
	for _, m := range f.Ministers {
		if m.Portfolio == "finance" {
			t.Errorf("minister in a domestic context listed: %+v", m)
		}
	}
}

// TestBoilerplate checks that headline lists and credits give no facts.
func TestBoilerplate(t *testing.T) {
	text := "Министр культуры Казахстана Асель Жумабаева встретилась с министром культуры Армении Анной Саргсян.\n\n" +
		"Стороны обсудили сотрудничество музеев.\n\nФото: пресс-служба министерства\n\nЧитайте также\n" +
		"Министр энергетики Японии посетит Астану\nВ Алматы пройдет кинофестиваль\nГлава МИД Франции провел переговоры с коллегой из Египта\n"
	f := extract(t, text, "")
	if !sameCountries(f.Countries, []string{"KZ", "AM"}) {
		t.Errorf("countries %v", f.Countries)
	}
	if !slices.Equal(f.Topics, []string{"museums"}) {
		t.Errorf("topics %v, want only museums", f.Topics)
	}
	if len(f.Events) != 1 {
		t.Errorf("events %+v, want one meeting", f.Events)
	}
}

// TestTopics checks stems of inflected forms and the usual false hits.
func TestTopics(t *testing.T) {
	lead := "Министр культуры и информации Казахстана Асель Жумабаева встретилась с министром культуры Турции Айше Демир. "
	tests := []struct {
		text string
		want []string
	}{
		{"Стороны обсудили культурно-гуманитарное сотрудничество.", nil},
		{"По информации пресс-службы, стороны обсудили совместное кинопроизводство и обмен библиотечными фондами.", []string{"cinema", "libraries"}},
		{"Обсуждались подготовка кадров, анимация и 100-летие композитора.", []string{"animation", "education", "memory"}},
		{"Тараптар кітапхана ісі мен мұражай саласын талқылады.", []string{"museums", "libraries"}},
		{"The sides discussed tourism, youth exchanges and the digital economy.", []string{"tourism", "youth", "digital"}},
	}
	for _, tt := range tests {
		f := extract(t, lead+tt.text, "")
		want := tt.want
		if want == nil {
			want = []string{}
		}
		var order []string
		for _, k := range diplograph.Topics {
			if slices.Contains(want, k) {
				order = append(order, k)
			}
		}
		if order == nil {
			order = []string{}
		}
		if !slices.Equal(f.Topics, order) {
			t.Errorf("%q: topics %v, want %v", tt.text, f.Topics, order)
		}
	}
}

// TestMetadata covers the article id, the published date and the language.
func TestMetadata(t *testing.T) {
	x := newExtractor(t)
	text := "date 2025-04-01\nКазахстан и Индия провели консультации\n\nВ Дели министр иностранных дел Казахстана Аскар Ибраев встретился с министром иностранных дел Индии Раджем Кумаром."
	f, err := x.Extract(diplograph.Article{Text: text, File: "in.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if f.File != "in.txt" || f.ArticleID != diplograph.ArticleID("", text) || f.Published != "2025-04-01" || f.Language != "ru" {
		t.Errorf("metadata %q %q %q %q", f.File, f.ArticleID, f.Published, f.Language)
	}
	f, err = x.Extract(diplograph.Article{Text: text, ID: "a1", Published: "2025-04-02", Language: "ru"})
	if err != nil {
		t.Fatal(err)
	}
	if f.ArticleID != "a1" || f.Published != "2025-04-02" {
		t.Errorf("given metadata not kept: %q %q", f.ArticleID, f.Published)
	}
	f = extract(t, "5 марта 2025\n\nВ Дели министр иностранных дел Казахстана Аскар Ибраев встретился с министром иностранных дел Индии Раджем Кумаром.", "")
	if f.Published != "2025-03-05" {
		t.Errorf("dateline published %q", f.Published)
	}
	f = extract(t, "Kazakh Foreign Minister Askar Ibrayev met Indian Foreign Minister Raj Kumar in New Delhi.", "")
	if f.Language != "en" || f.Published != "" {
		t.Errorf("language %q published %q", f.Language, f.Published)
	}
}

// TestConcurrent runs one Extractor from many goroutines.
func TestConcurrent(t *testing.T) {
	x := newExtractor(t)
	text := "Министр иностранных дел Казахстана Аскар Ибраев провел переговоры с министром иностранных дел Японии Кэнтой Сато в Токио."
	want, err := x.Extract(diplograph.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := x.Extract(diplograph.Article{Text: text})
			if err != nil || len(got.Events) != len(want.Events) || got.Events[0].ID != want.Events[0].ID {
				t.Errorf("concurrent extraction differs: %v", err)
			}
		}()
	}
	wg.Wait()
}
