package gazetteer_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/extractor/gazetteer"
)

var (
	gazOnce sync.Once
	gaz     *gazetteer.Gazetteer
)

// mustGaz returns a gazetteer shared by the tests.
func mustGaz(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	gazOnce.Do(func() { gaz = gazetteer.New() })
	return gaz
}

func TestCountry(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ code, en, ru, kk string }{
		{"KZ", "Kazakhstan", "Казахстан", "Қазақстан"},
		{"RU", "Russia", "Россия", "Ресей"},
		{"FR", "France", "Франция", "Франция"},
		{"MK", "North Macedonia", "Северная Македония", "Солтүстік Македония"},
		{"AE", "United Arab Emirates", "Объединённые Арабские Эмираты", "Біріккен Араб Әмірліктері"},
	}
	for _, tt := range tests {
		c, ok := g.Country(tt.code)
		if !ok || c.NameEN != tt.en || c.NameRU != tt.ru || c.NameKK != tt.kk {
			t.Errorf("Country(%s) = %+v, %v; want %s/%s/%s", tt.code, c, ok, tt.en, tt.ru, tt.kk)
		}
	}
	if _, ok := g.Country("EU"); ok {
		t.Error("Country(EU) found; the EU is not a country")
	}
	if n := len(g.Codes()); n < 240 {
		t.Errorf("only %d countries", n)
	}
	// Every member of the UN has a capital in the city table.
	caps := map[string]bool{}
	for _, c := range g.AllCities() {
		if c.Capital {
			caps[c.Country] = true
		}
	}
	for _, code := range strings.Fields("KZ RU KG UZ TJ TM AZ AM GE BY UA MD MN CN JP KR KP IN PK AF IR IQ SY TR SA AE QA KW BH OM YE JO LB IL EG LY TN DZ MA FR DE GB IT ES PT NL BE LU CH AT PL CZ SK HU RO BG RS HR SI BA ME MK AL GR CY MT IE IS DK SE NO FI EE LV LT US CA MX BR AR CL PE CO VE BO EC PY UY CU ZA NG ET KE TZ AU NZ VN TH MY SG ID PH LA KH MM BD LK NP BT MV BN TL") {
		if !caps[code] {
			t.Errorf("no capital for %s", code)
		}
	}
}

func TestLookupCountry(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ phrase, want string }{
		// Russian names in every case, single and multiword.
		{"Франция", "FR"}, {"Франции", "FR"}, {"Францию", "FR"}, {"Францией", "FR"},
		{"Французской Республики", "FR"}, {"Французской Республикой", "FR"},
		{"Казахстана", "KZ"}, {"Казахстану", "KZ"}, {"Казахстаном", "KZ"}, {"Казахстане", "KZ"},
		{"Республики Казахстан", "KZ"}, {"Республикой Казахстан", "KZ"},
		{"Российской Федерации", "RU"}, {"Российскую Федерацию", "RU"}, {"России", "RU"},
		{"Китайской Народной Республикой", "CN"}, {"Китаем", "CN"}, {"Китае", "CN"},
		{"Соединённых Штатов Америки", "US"}, {"Соединенными Штатами", "US"}, {"Америке", "US"},
		{"Республикой Корея", "KR"}, {"Кореи", "KR"}, {"Южной Кореей", "KR"}, {"Северной Кореи", "KP"},
		{"Объединённых Арабских Эмиратов", "AE"}, {"Объединенным Арабским Эмиратам", "AE"},
		{"Кыргызской Республики", "KG"}, {"Киргизии", "KG"}, {"Белоруссии", "BY"}, {"Беларуси", "BY"},
		{"Молдавии", "MD"}, {"Великобритании", "GB"}, {"Британией", "GB"}, {"Турции", "TR"},
		{"Турецкой Республики", "TR"}, {"Чехии", "CZ"}, {"Чешской Республикой", "CZ"},
		{"Саудовской Аравии", "SA"}, {"Нидерландах", "NL"}, {"Египта", "EG"}, {"Израилем", "IL"},
		{"Боснии и Герцеговине", "BA"}, {"Маршалловых Островах", "MH"}, {"Перу", "PE"},
		{"Азербайджанской Республикой", "AZ"}, {"Грузией", "GE"}, {"Узбекистане", "UZ"},
		{"Великого Герцогства Люксембург", "LU"}, {"Иорданского Хашимитского Королевства", "JO"},
		{"Гвинеи-Бисау", "GW"}, {"Кот-д’Ивуаре", "CI"}, {"Соединённого Королевства", "GB"},
		{"Индии", "IN"}, {"Японии", "JP"}, {"Польше", "PL"}, {"Кувейте", "KW"}, {"Иордании", "JO"},
		{"Марокко", "MA"}, {"ЮАР", "ZA"}, {"Новой Зеландии", "NZ"}, {"Туркмении", "TM"}, {"Литве", "LT"},
		{"Северной Македонии", "MK"}, {"Ватикане", "VA"},
		// Russian adjectives and demonyms.
		{"казахстанский", "KZ"}, {"казахстанской", "KZ"}, {"казахстанскими", "KZ"}, {"казахской", "KZ"},
		{"российскую", "RU"}, {"французскому", "FR"}, {"азербайджанских", "AZ"}, {"китайская", "CN"},
		{"американским", "US"}, {"британское", "GB"}, {"южнокорейских", "KR"}, {"казахстанцев", "KZ"},
		{"россиянами", "RU"}, {"французам", "FR"},
		// Abbreviations.
		{"РК", "KZ"}, {"РФ", "RU"}, {"ҚР", "KZ"}, {"США", "US"}, {"КНР", "CN"}, {"КНДР", "KP"},
		{"ОАЭ", "AE"}, {"ФРГ", "DE"}, {"UK", "GB"}, {"US", "US"}, {"USA", "US"}, {"UAE", "AE"},
		{"PRC", "CN"}, {"DPRK", "KP"}, {"ROK", "KR"}, {"KSA", "SA"}, {"АҚШ", "US"}, {"ҚХР", "CN"},
		// Kazakh names with suffixes.
		{"Қазақстан", "KZ"}, {"Қазақстанның", "KZ"}, {"Қазақстанға", "KZ"}, {"Қазақстанда", "KZ"},
		{"Қазақстаннан", "KZ"}, {"Қазақстанмен", "KZ"}, {"Қазақстандағы", "KZ"}, {"қазақстандық", "KZ"},
		{"Ресей", "RU"}, {"Ресейдің", "RU"}, {"Ресейге", "RU"}, {"Ресеймен", "RU"}, {"ресейлік", "RU"},
		{"Францияның", "FR"}, {"Францияға", "FR"}, {"Қытайдың", "CN"}, {"Қытаймен", "CN"},
		{"Түркиямен", "TR"}, {"Әзербайжанның", "AZ"}, {"Жапониядағы", "JP"}, {"Үндістанмен", "IN"},
		{"Қазақстан Республикасының", "KZ"}, {"Ресей Федерациясымен", "RU"}, {"Қырғыз Республикасына", "KG"},
		{"Үндістанда", "IN"}, {"Мысырда", "EG"}, {"Түрікменстанда", "TM"}, {"Беларусьте", "BY"},
		{"Оңтүстік Кореяда", "KR"}, {"Германия Федеративтік Республикасының", "DE"}, {"Мажарстанда", "HU"},
		{"Америка Құрама Штаттарының", "US"}, {"Біріккен Араб Әмірліктерімен", "AE"}, {"француз", "FR"},
		// English.
		{"France", "FR"}, {"French", "FR"}, {"Kazakhstan", "KZ"}, {"Kazakh", "KZ"}, {"Kazakhstani", "KZ"},
		{"the United States", "US"}, {"United States of America", "US"}, {"the Russian Federation", "RU"},
		{"Republic of Korea", "KR"}, {"Kyrgyz Republic", "KG"}, {"Türkiye", "TR"}, {"Turkey", "TR"},
		{"Czech Republic", "CZ"}, {"Czechia", "CZ"}, {"Azerbaijani", "AZ"}, {"Chinese", "CN"},
		{"American", "US"}, {"British", "GB"}, {"Kazakhstan's", "KZ"}, {"People's Republic of China", "CN"},
		{"Côte d'Ivoire", "CI"}, {"North Macedonia", "MK"}, {"Eswatini", "SZ"},
	}
	for _, tt := range tests {
		if got, ok := g.LookupCountry(tt.phrase); !ok || got != tt.want {
			t.Errorf("LookupCountry(%q) = %q, %v; want %q", tt.phrase, got, ok, tt.want)
		}
	}
	for _, p := range []string{"мира", "Мира", "министр", "Москва", "в", "", "us", "Рк", "Republic"} {
		if got, ok := g.LookupCountry(p); ok {
			t.Errorf("LookupCountry(%q) = %q; want no country", p, got)
		}
	}
}

// mentionString renders mentions compactly for comparison.
func mentionString(ms []gazetteer.Mention) string {
	var b []string
	for _, m := range ms {
		s := fmt.Sprintf("%s:%s:%s", m.Code, m.Form, m.Kind)
		if m.Case != "" {
			s += ":" + m.Case
		}
		b = append(b, s)
	}
	return strings.Join(b, " ")
}

func TestCountries(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ text, want string }{
		{"Министр иностранных дел Казахстана провёл переговоры с послом Французской Республики.",
			"KZ:Казахстана:name:gen FR:Французской Республики:name:gen"},
		{"Делегация прибыла в Российскую Федерацию, а затем во Францию.",
			"RU:Российскую Федерацию:name:acc FR:Францию:name:acc"},
		{"Встреча прошла в Казахстане; стороны обсудили казахстанско-французские связи и казахстанский экспорт.",
			"KZ:Казахстане:name:loc KZ:казахстанско:adjective FR:французские:adjective KZ:казахстанский:adjective"},
		{"Переговоры между Республикой Корея и Объединёнными Арабскими Эмиратами.",
			"KR:Республикой Корея:name:ins AE:Объединёнными Арабскими Эмиратами:name:ins"},
		{"Представители РК, РФ, КНР и США подписали протокол.",
			"KZ:РК:abbrev RU:РФ:abbrev CN:КНР:abbrev US:США:abbrev"},
		{"Форум прошёл в РК, делегация прибыла из США.",
			"KZ:РК:abbrev:loc US:США:abbrev:gen"},
		{"Того же дня посол Того вручил грамоты.",
			"TG:Того:name"},
		{"Мира и согласия желают все; в мире много стран.", ""},
		{"Президент Чили посетил Мали, а в Гане и Нигере прошли выборы. Острый соус чили.",
			"CL:Чили:name ML:Мали:name GH:Гане:name:loc NE:Нигере:name:loc"},
		{"Қазақстан Республикасының Сыртқы істер министрі Францияның елшісімен кездесті, ресейлік әріптестер Мәскеуде.",
			"KZ:Қазақстан Республикасының:name:gen FR:Францияның:name:gen RU:ресейлік:adjective"},
		{"Қазақстандықтар мен ресейліктерге арналған бағдарлама.",
			"KZ:Қазақстандықтар:demonym RU:ресейліктерге:demonym"},
		{"Қазақстандағы француз мәдениеті күндері, АҚШ пен ҚХР өкілдері.",
			"KZ:Қазақстандағы:name:loc_rel FR:француз:adjective US:АҚШ:abbrev CN:ҚХР:abbrev"},
		{"The Kazakh minister met his French counterpart; the US and the UK welcomed Kazakhstan's initiative.",
			"KZ:Kazakh:adjective FR:French:adjective US:US:abbrev GB:UK:abbrev KZ:Kazakhstan's:name:gen"},
		{"Talks between the Republic of Korea and the United States of America; turkey and china on the table in Turkey.",
			"KR:Republic of Korea:name:nom US:United States of America:name:nom TR:Turkey:name:nom"},
		{"Let us go with US officials.", "US:US:abbrev"},
		{"The U.S. and the U.K. backed the Republic of Kazakhstan's bid; People's Republic of China.",
			"US:U.S:abbrev GB:U.K:abbrev KZ:Republic of Kazakhstan's:name:gen CN:People's Republic of China:name:nom"},
		{"The governor of New Jersey visited Georgia.", "GE:Georgia:name:nom"},
		{"Страны Латинской Америки и Северной Ирландии; Latin American states.", "GB:Северной Ирландии:name:gen"},
		{"Саммит прошёл в Перу, делегация вылетела в Казахстан.", "PE:Перу:name:loc KZ:Казахстан:name:acc"},
	}
	for _, tt := range tests {
		if got := mentionString(g.Countries(tt.text)); got != tt.want {
			t.Errorf("Countries(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

func TestCountriesOffsets(t *testing.T) {
	g := mustGaz(t)
	text := "Переговоры в «Астане» между Казахстаном и Ұлыбританиямен, Kazakhstan."
	for _, m := range g.Countries(text) {
		if text[m.Start:m.End] != m.Form {
			t.Errorf("mention %+v: text[%d:%d] = %q", m, m.Start, m.End, text[m.Start:m.End])
		}
	}
}

// cityString renders city mentions compactly for comparison.
func cityString(ms []gazetteer.CityMention) string {
	var b []string
	for _, m := range ms {
		s := m.Name + ":" + m.Form
		if m.Locative {
			s += ":loc"
		}
		b = append(b, s)
	}
	return strings.Join(b, " ")
}

func TestCities(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ text, want string }{
		{"Заседание прошло в Москве, делегации прибыли из Астаны и Санкт-Петербурга.",
			"Moscow:Москве:loc Astana:Астаны Saint Petersburg:Санкт-Петербурга"},
		{"Форум прошёл в Нур-Султане, в Бишкеке, в Ташкенте и в Душанбе.",
			"Astana:Нур-Султане:loc Bishkek:Бишкеке:loc Tashkent:Ташкенте:loc Dushanbe:Душанбе:loc"},
		{"Встречи в Париже, Пекине, Анкаре, Баку, Тбилиси и Сочи; визит в Нью-Йорк.",
			"Paris:Париже:loc Beijing:Пекине Ankara:Анкаре Baku:Баку Tbilisi:Тбилиси Sochi:Сочи New York:Нью-Йорк"},
		{"Переговоры прошли в г. Алматы, затем в городе Шымкенте.",
			"Almaty:Алматы:loc Shymkent:Шымкенте:loc"},
		{"Во Франкфурте-на-Майне и в Ростове-на-Дону, в Казани.",
			"Frankfurt:Франкфурте-на-Майне:loc Rostov-on-Don:Ростове-на-Дону:loc Kazan:Казани:loc"},
		{"Кездесу Мәскеуде, Астанада, Бакуде, Парижде, Бейжіңде, Ташкентте, Душанбеде, Алматыда, Нью-Йоркте өтті.",
			"Moscow:Мәскеуде:loc Astana:Астанада:loc Baku:Бакуде:loc Paris:Парижде:loc Beijing:Бейжіңде:loc Tashkent:Ташкентте:loc Dushanbe:Душанбеде:loc Almaty:Алматыда:loc New York:Нью-Йоркте:loc"},
		{"Астана қаласында «Астана Балет» театрында концерт.",
			"Astana:Астана:loc Astana:Астана"},
		{"Talks in Paris and at Geneva; the Moscow format. Nice weather, a summit in Nice.",
			"Paris:Paris:loc Geneva:Geneva:loc Moscow:Moscow Nice:Nice:loc"},
		{"Вена приняла гостей. Конаев Д. был лидером. Саммит прошёл в Вене, а затем в Конаеве.",
			"Vienna:Вене:loc Konaev:Конаеве:loc"},
		{"Астанадағы кездесу, Алматыдан келген қонақтар.",
			"Astana:Астанадағы:loc Almaty:Алматыдан"},
		{"In St. Petersburg and in New York City.",
			"Saint Petersburg:St. Petersburg:loc New York:New York City:loc"},
	}
	for _, tt := range tests {
		if got := cityString(g.Cities(tt.text)); got != tt.want {
			t.Errorf("Cities(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	g := mustGaz(t)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if len(g.Countries("Казахстан и Россия")) != 2 {
					t.Error("lost a mention")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestCountriesCompounds(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ text, want string }{
		{"Развитие казахстанско-французских и российско-китайских связей.",
			"KZ:казахстанско:adjective FR:французских:adjective RU:российско:adjective CN:китайских:adjective"},
		{"Американо-казахстанский деловой совет.", "US:Американо:adjective KZ:казахстанский:adjective"},
		{"Қазақстан-Ресей форумы, қазақ-француз байланыстары.", "KZ:Қазақстан:name:nom RU:Ресей:name:nom KZ:қазақ:adjective FR:француз:adjective"},
		{"The Kazakh-French talks in Nur-Sultan.", "KZ:Kazakh:adjective FR:French:adjective"},
		{"АҚШ-пен және ҚХР-дың өкілдері.", "US:АҚШ:abbrev CN:ҚХР:abbrev"},
		{"Визит в Гвинею-Бисау и Усть-Каменогорск.", "GW:Гвинею-Бисау:name:acc"},
	}
	for _, tt := range tests {
		ms := g.Countries(tt.text)
		if got := mentionString(ms); got != tt.want {
			t.Errorf("Countries(%q)\n got %s\nwant %s", tt.text, got, tt.want)
		}
		for _, m := range ms {
			if tt.text[m.Start:m.End] != m.Form {
				t.Errorf("mention %+v: bad offsets", m)
			}
		}
	}
}

func TestLookupCity(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ phrase, want string }{
		{"Москве", "Moscow"}, {"Мәскеуде", "Moscow"}, {"Moscow", "Moscow"}, {"Нур-Султане", "Astana"},
		{"Астанада", "Astana"}, {"Алматы", "Almaty"}, {"Санкт-Петербурге", "Saint Petersburg"},
		{"Женеве", "Geneva"}, {"Ташкентте", "Tashkent"}, {"Washington", "Washington"},
	}
	for _, tt := range tests {
		if c, ok := g.LookupCity(tt.phrase); !ok || c.Name != tt.want {
			t.Errorf("LookupCity(%q) = %q, %v; want %q", tt.phrase, c.Name, ok, tt.want)
		}
	}
	if c, ok := g.LookupCity("министр"); ok {
		t.Errorf("LookupCity(министр) = %q", c.Name)
	}
}
