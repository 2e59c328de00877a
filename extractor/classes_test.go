package extractor_test

import (
	"slices"
	"strings"
	"testing"
)

// Classes of real news, in sentences of our own.
func TestRealNewsClasses(t *testing.T) {
	for _, tt := range []struct {
		name, text, published string
		typ                   string // an event of this type is expected
		not                   string // and none of this one
	}{
		{name: "a council of heads of state is a summit",
			text:      "В Баку в пятницу соберется Совет глав государств Организации тюркских государств, куда приглашены лидеры Казахстана и Венгрии.",
			published: "2024-11-05", typ: "FORUM", not: "MEETING"},
		{name: "a session of the UN General Assembly is the gathering of a sideline meeting",
			text:      "Kazakh Foreign Minister Merat Kulanov and Foreign Minister of Chile Pablo Rojas held talks in New York on 24 September 2024, during the week of the UN General Assembly.",
			published: "2024-09-25", typ: "FORUM"},
		{name: "en: the council of heads of state met",
			text:      "Leaders gathered in Baku on 3 October 2026 as the Organization of Turkic States' Council of Heads of State convened for its twelfth time.",
			published: "2024-11-07", typ: "FORUM", not: "MEETING"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, tt.published)
			if _, ok := findEvent(f, tt.typ); !ok {
				t.Errorf("no %s in %+v", tt.typ, f.Events)
			}
			if e, ok := findEvent(f, tt.not); ok && tt.not != "" {
				t.Errorf("a %s: %+v", tt.not, e)
			}
		})
	}
}

// Meetings told as a habit are no event.
func TestHabitualMeetingsAreNoEvent(t *testing.T) {
	f := extract(t, "Встречи министров иностранных дел Казахстана и Кыргызстана проводятся регулярно, поочередно в Астане и Бишкеке.", "2024-05-15")
	if len(f.Events) != 0 {
		t.Errorf("events: %+v", f.Events)
	}
}

// A city in an organisation's name is no place.
func TestCityInOrganisationNameIsNoPlace(t *testing.T) {
	f := extract(t, "Министр иностранных дел Казахстана Мерат Куланов провел переговоры с министром иностранных дел Пакистана Салимом Ханом в рамках совещания Шанхайской организации сотрудничества.", "2024-05-15")
	for _, e := range f.Events {
		if e.City == "Shanghai" {
			t.Errorf("an event in Shanghai: %+v", e)
		}
	}
}

// Documents and contracts counted, signed or to be signed, are agreements
// of their own kind.
func TestCountedDocumentsAreAgreements(t *testing.T) {
	for _, tt := range []struct{ name, text, status string }{
		{"signed", "Министр иностранных дел Казахстана Мерат Куланов провел переговоры с министром иностранных дел Венгрии Петером Сабо в Будапеште 14 мая 2024 года. По итогам переговоров подписано 12 межправительственных документов.", "SIGNED"},
		{"to be signed", "Министр иностранных дел Казахстана Мерат Куланов провел переговоры с министром иностранных дел Венгрии Петером Сабо в Будапеште 14 мая 2024 года. По итогам визита будут подписаны контракты на поставку зерна.", "PLANNED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2024-05-14")
			found := false
			for _, a := range f.Agreements {
				if a.Kind == "OTHER" && a.Status == tt.status {
					found = true
				}
			}
			if !found {
				t.Errorf("no OTHER/%s agreement in %+v", tt.status, f.Agreements)
			}
		})
	}
}

// The talks of a visit the text places only by the visit are in its city.
func TestTalksOfAVisitAreInItsCity(t *testing.T) {
	f := extract(t, "Глава МИД Венгрии Петер Сабо во вторник приехал в Астану. Министр иностранных дел Казахстана Мерат Куланов провел с Петером Сабо переговоры о транзите.", "2024-05-14")
	e, ok := findEvent(f, "MEETING")
	if !ok {
		t.Fatalf("no meeting in %+v", f.Events)
	}
	if e.City != "Astana" {
		t.Errorf("meeting in %q, want Astana", e.City)
	}
}

// Guests of several states arriving together make one visit each.
func TestVisitsOfSeveralGuests(t *testing.T) {
	f := extract(t, "Вечером в Ашхабад один за другим прилетели президент Армении Артур Гаспарян и президент Молдовы Ион Чобану.", "2024-10-10")
	n := 0
	for _, e := range f.Events {
		if e.Type == "VISIT" {
			n++
			if len(e.Countries) != 2 {
				t.Errorf("visit of %v", e.Countries)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d visits, want 2: %+v", n, f.Events)
	}
}

// The press that tells the news and anniversaries congratulated are no
// fields of cooperation.
func TestPressAndCongratulationsAreNoTopics(t *testing.T) {
	f := extract(t, "Министр иностранных дел Казахстана Мерат Куланов провел переговоры с министром иностранных дел Китая Ли Чжэном в Пекине 14 мая 2024 года, сообщают китайские СМИ. Куланов поздравил коллегу с 75-летием образования КНР. Стороны обсудили транзит грузов.", "2024-05-14")
	for _, tp := range f.Topics {
		if tp == "media" || tp == "memory" {
			t.Errorf("topic %s in %v", tp, f.Topics)
		}
	}
}

// Formats of Central Asia with a partner after a dash, and the heads of
// its states, make all five parties.
func TestCentralAsiaFormats(t *testing.T) {
	for _, text := range []string{
		"Президент Казахстана Касым-Жомарт Токаев примет участие в саммите «Центральная Азия – Япония» в Токио в декабре 2025 года.",
		"Главы государств Центральной Азии провели встречу с президентом Южной Кореи в Сеуле 14 мая 2025 года.",
	} {
		f := extract(t, text, "2025-05-14")
		for _, c := range []string{"KZ", "KG", "TJ", "TM", "UZ"} {
			found := false
			for _, e := range f.Events {
				for _, x := range e.Countries {
					found = found || x == c
				}
			}
			if !found {
				t.Errorf("%q: no event of %s in %+v", text[:40], c, f.Events)
			}
		}
	}
}

// A state the talks are about is no side of them.
func TestDiscussedStateIsNoSide(t *testing.T) {
	f := extract(t, "Министр иностранных дел Казахстана Мерат Куланов провел переговоры с министром иностранных дел Венгрии Петером Сабо в Будапеште 14 мая 2024 года. Стороны обсудили ситуацию вокруг Украины.", "2024-05-14")
	for _, e := range f.Events {
		for _, c := range e.Countries {
			if c == "UA" {
				t.Errorf("Ukraine a side of %+v", e)
			}
		}
	}
}

// A call, and talks of two named officials within a gathering, are of the
// officials' two states.
func TestTwoSidesOfACall(t *testing.T) {
	f := extract(t, "Министр иностранных дел Казахстана Мерат Куланов и министр иностранных дел Таджикистана Фарход Шарипов обсудили по телефону подготовку встречи в формате «Центральная Азия – Индия».", "2024-05-14")
	e, ok := findEvent(f, "PHONE_CALL")
	if !ok {
		t.Fatalf("no call in %+v", f.Events)
	}
	if len(e.Countries) != 2 {
		t.Errorf("call of %v, want KZ and TJ", e.Countries)
	}
}

// Welcoming a foreign leader, or summoning an ambassador, is a meeting.
func TestWelcomedAndSummoned(t *testing.T) {
	for _, text := range []string{
		"Президент Казахстана Касым-Жомарт Токаев приветствовал в Акорде Президента Монголии Ухнаагийн Хурэлсуха.",
		"Посол Латвии в Казахстане Андрис Озолс был вызван в Министерство иностранных дел Казахстана 14 мая 2024 года.",
	} {
		f := extract(t, text, "2024-05-14")
		if _, ok := findEvent(f, "MEETING"); !ok {
			t.Errorf("%q: no meeting in %+v", text[:50], f.Events)
		}
	}
}

// Russian future forms make an event planned.
func TestRussianFutureFormsArePlanned(t *testing.T) {
	f := extract(t, "Президент Монголии Ухнаагийн Хурэлсух приедет в Астану 9 июня на переговоры с Касым-Жомартом Токаевым.", "2024-05-14")
	e, ok := findEvent(f, "VISIT")
	if !ok || e.Status != "PLANNED" {
		t.Errorf("no planned visit in %+v", f.Events)
	}
}

// A guest "who has arrived" ("прибывшего в Ташкент министра") made a
// visit, held even when the talks he came for are still to come.
func TestArrivedGuestMadeAVisit(t *testing.T) {
	f := extract(t, "Президент Узбекистана Шавкат Мирзиёев примет прибывшего в Ташкент министра иностранных дел Казахстана Мурата Нуртлеу.", "2025-03-11")
	e, ok := findEvent(f, "VISIT")
	if !ok || e.Status != "HELD" || e.City != "Tashkent" {
		t.Errorf("no held visit to Tashkent in %+v", f.Events)
	}
	if m, ok := findEvent(f, "MEETING"); !ok || m.Status != "PLANNED" {
		t.Errorf("no planned meeting in %+v", f.Events)
	}
}

// A guest's talks with the head of state and with a minister of the other
// side are two meetings; two delegations stay one.
func TestMeetingsOfEachHost(t *testing.T) {
	f := extract(t, "On 12 March 2025 Kazakh Foreign Minister Murat Nurtleu, on a working visit to Tashkent, held talks with Uzbek Foreign Minister Bakhtiyor Saidov and with Prime Minister Abdulla Aripov.", "2025-03-12")
	if n := countEvents(f, "MEETING"); n != 2 {
		t.Errorf("%d meetings, want 2: %+v", n, f.Events)
	}
	f = extract(t, "On 12 March 2025 Kazakh Foreign Minister Murat Nurtleu and Deputy Foreign Minister Roman Vassilenko held talks in Tashkent with Uzbek Foreign Minister Bakhtiyor Saidov and Deputy Foreign Minister Bakhrom Aloyev.", "2025-03-12")
	if n := countEvents(f, "MEETING"); n != 1 {
		t.Errorf("%d meetings of two delegations, want 1: %+v", n, f.Events)
	}
}

// The conversation of a phone call, told again as talks, is the call.
func TestCallToldAgainIsTheCall(t *testing.T) {
	f := extract(t, "On 3 June 2025 Kazakh Foreign Minister Murat Nurtleu had a phone conversation with Hungarian Foreign Minister Peter Szijjarto. At the meeting, the two ministers discussed transit and energy.", "2025-06-03")
	if n := countEvents(f, "MEETING"); n != 0 || countEvents(f, "PHONE_CALL") != 1 {
		t.Errorf("want the call alone: %+v", f.Events)
	}
}

// Agreements named only by a plural are a set of documents of no kind;
// agreements reached are understandings, not documents.
func TestGenericAndReachedAgreements(t *testing.T) {
	const talks = "Kazakh Foreign Minister Merat Kulanov held talks with Hungarian Foreign Minister Peter Sabo in Astana on 14 May 2024. "
	for _, tt := range []struct {
		name, text string
		want       []string // kind/status of every agreement
	}{
		{"a plural with no subject", talks + "Officials said intergovernmental agreements will be signed by the ministers on Friday.", []string{"OTHER/PLANNED"}},
		{"a plural with its subject", talks + "The ministers signed agreements on transit and on visa-free travel.", []string{"AGREEMENT/SIGNED"}},
		{"agreements reached", talks + "The ministers reviewed the implementation of the agreements reached at the summit.", nil},
		{"ru: a plural with no subject", "Министр иностранных дел Казахстана Мерат Куланов провел переговоры с министром иностранных дел Венгрии Петером Сабо в Астане 14 мая 2024 года. По итогам переговоров планируется подписать межправительственные соглашения.", []string{"OTHER/PLANNED"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2024-05-14")
			var got []string
			for _, a := range f.Agreements {
				got = append(got, a.Kind+"/"+a.Status)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("agreements %v, want %v", got, tt.want)
			}
		})
	}
}

// An event "earlier in the day" took place on the day of the news.
func TestEarlierInTheDayIsTheDay(t *testing.T) {
	f := extract(t, "Kazakh President Kassym-Jomart Tokayev received Hungarian Prime Minister Viktor Orban at the Akorda. Viktor Orban arrived earlier in the day on a state visit to the Kazakh capital.", "2024-05-14")
	v, ok := findEvent(f, "VISIT")
	if !ok || v.Date != "2024-05-14" {
		t.Errorf("visit %+v (found %v), want one on 2024-05-14", v, ok)
	}
}

// A summit of two states is their meeting; an organisation's summit is a
// forum.
func TestSummitOfTwoIsAMeeting(t *testing.T) {
	f := extract(t, "Касым-Жомарт Токаев и глава французского государства поговорили по телефону. Лидеры подвели итоги казахстанско-французского саммита, который состоялся 3 марта в Париже.", "2026-03-05")
	if _, ok := findEvent(f, "FORUM"); ok {
		t.Errorf("a forum: %+v", f.Events)
	}
	if _, ok := findEvent(f, "MEETING"); !ok {
		t.Errorf("no meeting: %+v", f.Events)
	}
	f = extract(t, "Президент Казахстана Касым-Жомарт Токаев принял участие в саммите ШОС в Тяньцзине 1 сентября.", "2026-09-01")
	if _, ok := findEvent(f, "FORUM"); !ok {
		t.Errorf("no forum: %+v", f.Events)
	}
}

// A minister named again with fewer words of his name, in a sentence
// about another country, is the same person of his own country.
func TestMinisterNamedAgainShorter(t *testing.T) {
	f := extract(t, "ISLAMABAD (APP) – Finance Minister Senator Muhammad Karim Baig was received by the Uzbek President in Tashkent on Thursday. Finance Minister Senator Karim Baig is staying in the Republic of Uzbekistan on an official visit to co-chair the fifth sitting of the joint ministerial commission of the two states.", "2026-02-23")
	if len(f.Ministers) != 1 || f.Ministers[0].Country != "PK" {
		t.Errorf("ministers %+v, want one of PK", f.Ministers)
	}
}

// "Foreign Minister NAME of Country" in a list: the country after the
// name, not the one ending the item before.
func TestCountryAfterTheNameInAList(t *testing.T) {
	f := extract(t, "The minister welcomed Foreign Minister Rustam Aliyev of Turkmenistan, Foreign Minister Tariel Osmonov of Kyrgyzstan and Foreign Minister Anvar Rahimov of Uzbekistan to the dialogue in Delhi on 5 June 2026.", "2026-06-05")
	want := map[string]string{"Rustam Aliyev": "TM", "Tariel Osmonov": "KG", "Anvar Rahimov": "UZ"}
	for _, p := range f.Ministers {
		if w, ok := want[p.Latin]; ok && w != p.Country {
			t.Errorf("%s of %s, want %s", p.Latin, p.Country, w)
		}
		delete(want, p.Latin)
	}
	if len(want) > 0 {
		t.Errorf("missing ministers %v in %+v", want, f.Ministers)
	}
}

// A name written as the dictionary writes an office holder's is a
// nominative, whatever its ending looks like.
func TestKnownNameIsNominative(t *testing.T) {
	f := extract(t, "Қазақстанның Сыртқы істер министрі Мұхтар Тілеуберді Астанада Германия Сыртқы істер министрімен кездесті.", "2022-05-10")
	p, ok := findMinister(f, "KZ")
	if !ok || p.Name != "Мұхтар Тілеуберді" {
		t.Errorf("minister %+v (found %v), want Мұхтар Тілеуберді", p, ok)
	}
}

// "Ван И": an office holder's one-letter given name is part of his name.
func TestOneLetterGivenName(t *testing.T) {
	f := extract(t, "Министр иностранных дел Казахстана Мурат Нуртлеу провел телефонный разговор с китайским коллегой Ван И.", "2024-03-01")
	p, ok := findMinister(f, "CN")
	if !ok || p.Latin != "Wang Yi" {
		t.Errorf("minister %+v (found %v), want Wang Yi", p, ok)
	}
}

// A Kazakh spelling of a given name agrees with the dictionary's Russian
// one: the minister takes the dictionary's country, not the guest's.
func TestKazakhGivenNameAgrees(t *testing.T) {
	f := extract(t, "Тамыздың 11-і күні Солтүстік Македонияның Сыртқы істер министрі Буяр Османи Астанаға келеді. Сапар барысында Б.Османидің Сенат төрағасы Мәулен Әшімбаевпен, Экология және табиғи ресурстар министрі Зүлфия Сүлейменовамен келіссөздері күтіледі.", "2023-08-08")
	for _, p := range f.Officials {
		if strings.Contains(p.Latin, "Suleimenova") || strings.Contains(p.Latin, "Suleymenova") {
			if p.Country != "KZ" {
				t.Errorf("%s of %s, want KZ", p.Latin, p.Country)
			}
			return
		}
	}
	t.Errorf("no Suleimenova in %+v", f.Officials)
}

// A tour of several states is a visit to each.
func TestTourIsAVisitToEach(t *testing.T) {
	f := extract(t, "British Foreign Secretary John Marsh arrived in Dushanbe on 22 April. He will travel to Kazakhstan, Kyrgyzstan and Uzbekistan later this week to deepen ties with the region.", "2024-04-23")
	want := map[string]bool{"GB-KZ": true, "GB-KG": true, "GB-UZ": true}
	for _, e := range f.Events {
		if e.Type != "VISIT" || e.Status != "PLANNED" {
			continue
		}
		k := strings.Join(e.Countries, "-")
		if !want[k] {
			t.Errorf("visit %s: %+v", k, e)
		}
		delete(want, k)
	}
	if len(want) > 0 {
		t.Errorf("no planned visit %v in %+v", want, f.Events)
	}
}

// "His visit" is the visit told before.
func TestHisVisitIsTheOneTold(t *testing.T) {
	f := extract(t, "British Foreign Secretary John Marsh will arrive in Kazakhstan on 24-25 April, the ministry said. His visit to Kazakhstan is one stop of a regional tour.", "2024-04-20")
	n := 0
	for _, e := range f.Events {
		if e.Type == "VISIT" {
			n++
			if e.Status != "PLANNED" {
				t.Errorf("visit %+v, want a planned one", e)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d visits in %+v, want one", n, f.Events)
	}
}

// "agreed to deepen cooperation" tells what the talks agreed, not talks
// to come.
func TestAgreedToIsNoPlan(t *testing.T) {
	f := extract(t, "During a telephone conversation on Friday, Kazakh President Kassym-Jomart Tokayev and Hungarian Prime Minister Viktor Orban agreed to expand energy and transport links.", "2026-03-07")
	e, ok := findEvent(f, "PHONE_CALL")
	if !ok || e.Status != "HELD" {
		t.Errorf("call %+v (found %v), want one held", e, ok)
	}
}

// "В рамках визита", "сапары барысында" with no visit told before: the
// visit is an event of its own.
func TestVisitToldOnlyAsAFrame(t *testing.T) {
	f := extract(t, "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел Малайзии Азизом Рахманом в Куала-Лумпуре 12 мая 2026 года. В рамках визита министр возложил цветы к Национальному монументу.", "2026-05-12")
	if _, ok := findEvent(f, "VISIT"); !ok {
		t.Errorf("no visit in %+v", f.Events)
	}
}

// "собирается с визитом", "готовится к визиту": the visit is to come.
func TestGoingToVisitIsPlanned(t *testing.T) {
	for _, text := range []string{
		"Президент Венгрии Тамаш Шуйок собирается с официальным визитом в Казахстан в конце месяца.",
		"Казахстан готовится к визиту президента Венгрии Тамаша Шуйока.",
	} {
		f := extract(t, text, "2026-11-20")
		e, ok := findEvent(f, "VISIT")
		if !ok || e.Status != "PLANNED" {
			t.Errorf("%s: visit %+v (found %v), want a planned one", text, e, ok)
		}
	}
}

// Two ministers who discuss a large body's summit do not make all its
// members parties of it; the body's ministers' council does.
func TestLargeBodySummitDiscussed(t *testing.T) {
	f := extract(t, "Speaking by phone on 5 May 2026, the Kazakh and Hungarian foreign ministers went over the agenda of the coming SCO Council of Heads of State session in China.", "2026-05-05")
	for _, e := range f.Events {
		if e.Type == "FORUM" && slices.Contains(e.Countries, "PK") {
			t.Errorf("all SCO members in %+v", e)
		}
	}
}

// The visit told as the last one ("последний раз посещал", "соңғы рет
// барған", "last visited") is an event of its own, held at its date.
func TestLastVisitIsAnEvent(t *testing.T) {
	for _, text := range []string{
		"Президент России Владимир Путин прибудет в Ташкент с государственным визитом 26 мая. Последний раз Путин посещал Узбекистан в мае 2024 года.",
		"Ресей Президенті Владимир Путин 26 мамырда Ташкентке мемлекеттік сапармен келеді. Путин Өзбекстанға соңғы рет 2024 жылдың мамырында барған.",
	} {
		f := extract(t, text, "2025-05-20")
		found := false
		for _, e := range f.Events {
			if e.Type == "VISIT" && e.Status == "HELD" && e.Date == "2024-05" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no visit held in 2024-05 in %+v", text[:40], f.Events)
		}
	}
}

// Talks told again with the regions they covered keep their two sides.
func TestTalksToldAgainKeepTheirSides(t *testing.T) {
	f := extract(t, "Kazakh Foreign Minister Merat Kulanov and Hungarian Foreign Minister Petra Hollos held talks in Astana on 3 June 2025. "+
		"A further round of talks between Kazakh and Hungarian diplomats covers trade, transit through Georgia and Azerbaijan, and the UN.", "2025-06-03")
	e, ok := findEvent(f, "MEETING")
	if !ok {
		t.Fatalf("no meeting: %+v", f.Events)
	}
	if slices.ContainsFunc(e.Countries, func(c string) bool { return c != "KZ" && c != "HU" }) || len(e.Countries) != 2 {
		t.Errorf("countries %v, want KZ and HU", e.Countries)
	}
}

// A guest greeted at the airport: the greeter takes part in the visit,
// and the greeting is no meeting.
func TestAirportGreetingIsPartOfTheVisit(t *testing.T) {
	for _, text := range []string{
		"Министр иностранных дел Венгрии Петра Холлош прибыла с официальным визитом в Астану 5 мая 2025 года. В аэропорту ее встретил министр иностранных дел Казахстана Мерат Куланов.",
		"Hungarian Foreign Minister Petra Hollos came to Astana for an official visit on 5 May 2025. At the airport she was met by Kazakh Foreign Minister Merat Kulanov.",
	} {
		f := extract(t, text, "2025-05-05")
		if n := countEvents(f, "MEETING"); n != 0 {
			t.Errorf("%d meetings: %+v", n, f.Events)
		}
		v, ok := findEvent(f, "VISIT")
		if !ok || !slices.Contains(v.Participants, "Merat Kulanov") {
			t.Errorf("no visit with the greeter: %+v", f.Events)
		}
	}
}

// Gatherings listed one after another in a sentence are events of their
// own, each with its own date and host.
func TestListedGatheringsAreEventsOfTheirOwn(t *testing.T) {
	for _, text := range []string{
		"Министры иностранных дел Казахстана и Кыргызстана обсудили по телефону предстоящее заседание Совета глав государств СНГ 10 октября в Таджикистане и саммит Центральная Азия – Китай 15 ноября в Казахстане.",
		"The foreign ministers of Kazakhstan and Kyrgyzstan discussed by phone the upcoming meeting of the CIS Council of Heads of State, to be held in Tajikistan on 10 October, and the Central Asia – China summit, to be held in Kazakhstan on 15 November.",
	} {
		f := extract(t, text, "2025-09-01")
		var got []string
		for _, e := range f.Events {
			if e.Type == "FORUM" {
				got = append(got, e.Status+" "+e.Date)
			}
		}
		slices.Sort(got)
		if want := []string{"PLANNED 2025-10-10", "PLANNED 2025-11-15"}; !slices.Equal(got, want) {
			t.Errorf("forums %v, want %v (events %+v)", got, want, f.Events)
		}
	}
}

// A body founded or proposed is no session of it, unless its session is
// told.
func TestFoundedBodyIsNoSession(t *testing.T) {
	f := extract(t, "The ministers welcomed the proposal to form a Kazakhstan-Hungary Joint Economic Commission.", "2025-05-05")
	if n := countEvents(f, "COMMISSION_SESSION"); n != 0 {
		t.Errorf("a session of a commission only proposed: %+v", f.Events)
	}
	f = extract(t, "Стороны договорились создать совместную рабочую группу Казахстана и Омана, первое заседание которой пройдет в Астане в 2026 году.", "2025-05-05")
	if n := countEvents(f, "COMMISSION_SESSION"); n != 1 {
		t.Errorf("the first session of the group founded: %+v", f.Events)
	}
}

// A state named after its city ("in Skopje, North Macedonia") is where
// the gathering met, not a party of it.
func TestCountryAfterItsCityIsAPlace(t *testing.T) {
	f := extract(t, "Kazakh Foreign Minister Merat Kulanov took part in the meeting of the OSCE Ministerial Council on 4 December 2025 in Vienna, Austria.", "2025-12-05")
	for _, e := range f.Events {
		if slices.Contains(e.Countries, "AT") {
			t.Errorf("Austria is a party: %+v", e)
		}
	}
}

// Kazakh: ministers of many states "gathered" (бас қосты) is a meeting;
// a meeting of two of them within it is one of its own; and a long
// portfolio may stand between a minister's state and the title.
func TestGatheringAndTheMeetingWithinIt(t *testing.T) {
	f := extract(t, "ШЫҰ елдерінің мәдениет министрлері Астанада бас қосты.\n\n"+
		"12 маусымда Астана қаласында Шанхай ынтымақтастық ұйымына мүше мемлекеттердің мәдениет министрлерінің кеңесі өтті. "+
		"Оған Қазақстан, Қытай, Қырғызстан, Пәкістан, Ресей және Өзбекстан ведомстволарының басшылары қатысты. "+
		"Кеңес аясында Қазақстанның Мәдениет министрі Дана Серікбаева Пәкістанның Федералдық білім және кәсіптік оқыту министрі Ахмад Ризвимен кездесті.", "2026-06-13")
	var multi, pair int
	for _, e := range f.Events {
		if e.Type != "MEETING" {
			continue
		}
		switch {
		case len(e.Countries) > 2:
			multi++
		case slices.Equal(e.Countries, []string{"KZ", "PK"}) || slices.Equal(e.Countries, []string{"PK", "KZ"}):
			pair++
		}
	}
	if multi != 1 || pair != 1 {
		t.Errorf("%d multilateral and %d KZ-PK meetings, want 1 and 1: %+v", multi, pair, f.Events)
	}
	if _, ok := findEvent(extract(t, "ШЫҰ елдерінің мәдениет министрлері Астанада бас қосты.", "2026-06-13"), "MEETING"); !ok {
		t.Error("no meeting in a gathering of ministers")
	}
	if m, ok := findMinister(f, "PK"); !ok {
		t.Errorf("no minister of Pakistan: %+v", f.Ministers)
	} else if !strings.HasSuffix(m.Latin, "Rizvi") {
		t.Errorf("minister of Pakistan %+v", m)
	}
}

// Meetings with counterparts told in the plural and named by nobody are no
// event.
func TestMeetingsWithUnnamedLeadersAreNoEvent(t *testing.T) {
	for _, text := range []string{
		"Президент Казахстана Касым-Жомарт Токаев примет участие в саммите в Баку и на его полях проведет встречи с лидерами других стран.",
		"Kazakh President Kassym-Jomart Tokayev will attend the summit in Baku and will also hold bilateral meetings with leaders of other countries.",
	} {
		f := extract(t, text, "2025-09-20")
		if n := countEvents(f, "MEETING"); n != 0 {
			t.Errorf("%q: %d meetings: %+v", text, n, f.Events)
		}
	}
}

// Talks that are the purpose of an arrival are still to come.
func TestTalksThePurposeOfATripArePlanned(t *testing.T) {
	for _, text := range []string{
		"Hungarian Foreign Minister Petra Hollos arrives in Astana for talks with Kazakh Foreign Minister Merat Kulanov.",
		"Министр иностранных дел Венгрии Петра Холлош прибыла в Астану для переговоров с министром иностранных дел Казахстана Мератом Кулановым.",
	} {
		f := extract(t, text, "2025-05-05")
		e, ok := findEvent(f, "MEETING")
		if !ok || e.Status != "PLANNED" {
			t.Errorf("%q: talks %+v, want planned", text, e)
		}
	}
}

// "Тот прибыл ...": "that one" is the person named last before, the guest.
func TestThatOneIsThePersonNamedLast(t *testing.T) {
	f := extract(t, "Министр иностранных дел Казахстана Мерат Куланов встретился с министром иностранных дел Венгрии Петрой Холлош. "+
		"Та прибыла в Астану с рабочим визитом.", "2025-05-05")
	v, ok := findEvent(f, "VISIT")
	if !ok || v.City != "Astana" || !slices.Contains(v.Participants, "Petra Khollosh") || slices.Contains(v.Participants, "Merat Kulanov") {
		t.Errorf("visit %+v, want Petra Hollos's to Astana", v)
	}
}

// A visit is titled from its guest: the city when the text gives one, else
// the visitors it names.
func TestVisitTitledFromItsGuest(t *testing.T) {
	for _, text := range []string{
		"Министр иностранных дел Венгрии Петер Холлош посетит Казахстан с официальным визитом 5 мая 2025 года.",
		"Kazakhstan's foreign ministry said that Hungarian Foreign Minister Petra Hollos will pay an official visit to Kazakhstan on 5 May 2025.",
	} {
		f := extract(t, text, "2025-04-20")
		v, ok := findEvent(f, "VISIT")
		if !ok || v.Title != "visit of Hungary to Kazakhstan" {
			t.Errorf("%q: visit %+v, want the visit of Hungary to Kazakhstan", text, v)
		}
	}
}

// "H.E. NAME, President of X, H.E. NAME, President of Y": a title set
// between commas after a name is that name's, not the next one's.
func TestTitlesAfterNamesInAList(t *testing.T) {
	f := extract(t, "The summit in Ashgabat on 3 March 2026 was attended by H.E. Nurlan Abenov, President of the Republic of Kazakhstan, "+
		"H.E. Aibek Sydykov, President of the Kyrgyz Republic, and H.E. Bekzod Rakhimov, President of the Republic of Uzbekistan.", "2026-03-03")
	want := map[string]string{"Nurlan Abenov": "KZ", "Aibek Sydykov": "KG", "Bekzod Rakhimov": "UZ"}
	got := map[string]string{}
	for _, p := range f.Officials {
		got[p.Latin] = p.Country
	}
	for name, c := range want {
		if got[name] != c {
			t.Errorf("%s: %q, want %s (officials %v)", name, got[name], c, got)
		}
	}
}

// A visit told in passing that goes to the traveller's own country (the
// guest's earlier visit, returned) is another visit, with its own date.
func TestReturnVisitIsAnotherVisit(t *testing.T) {
	f := extract(t, "Президент Казахстана Нурлан Абенов завершил государственный визит во Францию. "+
		"Во время пребывания в Париже Абенов провел переговоры с президентом Франции Пьером Дювалем. "+
		"В октябре 2023 года Дюваль посетил Астану.", "")
	var cities []string
	for _, e := range f.Events {
		if e.Type != "VISIT" {
			continue
		}
		cities = append(cities, e.City+" "+e.Date)
	}
	slices.Sort(cities)
	if want := []string{"Astana 2023-10", "Paris "}; !slices.Equal(cities, want) {
		t.Errorf("visits %q, want %q", cities, want)
	}
}

// One caller's calls to several leaders are a call with each; a call the
// text calls trilateral is one.
func TestCallsOfEachCounterpart(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Turkish President Kemal Aksoy held phone calls on 6 January 2026 with President of Kazakhstan Nurlan Abenov, " +
			"President of Azerbaijan Rauf Guliyev and President of Uzbekistan Bekzod Rakhimov.", []string{"AZ TR", "KZ TR", "TR UZ"}},
		{"Президент Турции Кемаль Аксой 6 января 2026 года провел телефонные разговоры с Президентом Казахстана Нурланом Абеновым " +
			"и Президентом Узбекистана Бекзодом Рахимовым.", []string{"KZ TR", "TR UZ"}},
		{"On 6 January 2026 Foreign Minister of Kazakhstan Aidar Seitkali, Foreign Minister of Kyrgyzstan Nurbek Osmonov and " +
			"Foreign Minister of Uzbekistan Bekzod Rakhimov held a trilateral phone call.", []string{"KG KZ UZ"}},
	} {
		f := extract(t, tt.text, "2026-01-06")
		var got []string
		for _, e := range f.Events {
			if e.Type == "PHONE_CALL" {
				got = append(got, sortedJoin(e.Countries, " "))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: calls %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A council in the title of the person named next is no session of it;
// nor does that person's body become a party to Days of Culture he
// attends.
func TestCouncilInATitle(t *testing.T) {
	for _, text := range []string{
		"Kazakh President Nurlan Abenov met President of the European Council Charles Michel in Astana on 5 May 2022.",
		"Президент Казахстана Нурлан Абенов 5 мая 2022 года встретился в Астане с Председателем Европейского совета Шарлем Мишелем.",
	} {
		f := extract(t, text, "2022-05-05")
		if e, ok := findEvent(f, "COMMISSION_SESSION"); ok {
			t.Errorf("%q: a session %+v", text, e)
		}
	}
	f := extract(t, "The Days of Kyrgyz Culture opened in Astana on 27 October 2022. President of Kazakhstan Nurlan Abenov, "+
		"President of Kyrgyzstan Aibek Sydykov and President of the European Council Charles Michel attended the opening.", "2022-10-27")
	d, ok := findEvent(f, "CULTURE_DAYS")
	if !ok || !slices.Equal(d.Countries, []string{"KG", "KZ"}) {
		t.Errorf("Days of Culture %+v, want those of KG in KZ", d)
	}
}

// Words after a title that are no names: an abbreviation with a case
// ending ("МИДа"), a Kazakh place turned adjective ("Азиядағы"), the
// Kazakh "Түркі" of "Түркі кеңесі".
func TestWordsThatAreNoNames(t *testing.T) {
	for _, text := range []string{
		"В ходе визита глава китайского МИДа проведет переговоры с руководством Казахстана.",
		"Түркия басшысы Азиядағы өзара іс-қимыл және сенім шаралары кеңесінің саммитіне келді.",
		"Мемлекет басшысы Түркі кеңесінің бейресми саммитіне қатысты.",
	} {
		f := extract(t, text, "2024-05-15")
		for _, p := range append(f.Persons, f.Ministers...) {
			t.Errorf("%q: a person %q (%s)", text, p.Latin, p.Name)
		}
	}
}

// A three-word Kazakh name of an office holder, in a spelling the
// dictionary does not have word for word, stays one person.
func TestThreeWordNameOfAHolder(t *testing.T) {
	f := extract(t, "Түркия президенті Режеп Тайып Ердоған қазан айында Астанаға келеді.", "2023-09-11")
	var got []string
	for _, p := range f.Officials {
		got = append(got, p.Latin)
	}
	if len(got) != 1 || got[0] != "Recep Tayyip Erdoğan" {
		t.Errorf("persons %q, want Recep Tayyip Erdoğan alone", got)
	}
}

// A planned visit the text does not date begins with the dated talks
// planned during the stay.
func TestPlannedVisitTakesTheDateOfItsTalks(t *testing.T) {
	f := extract(t, "Foreign Minister of Kazakhstan Nurlan Abenov will pay a working visit to Latvia, the ministry said. "+
		"During his stay in Riga on 21-22 May 2026 he will hold talks with Latvian Foreign Minister Janis Ozols.", "2026-05-18")
	v, ok := findEvent(f, "VISIT")
	if !ok || v.Date != "2026-05-21" || v.Status != "PLANNED" {
		t.Errorf("visit %+v, want planned for 2026-05-21", v)
	}
}

// "NAME, the long title of a minister, will arrive in X": the subject
// before the apposition makes the visit official.
func TestVisitAfterALongApposition(t *testing.T) {
	f := extract(t, "LONDON – David Cameron, who holds the post of Foreign Secretary in the British government since last November, "+
		"will arrive in Astana on 24 April, his office said.", "2024-04-20")
	v, ok := findEvent(f, "VISIT")
	if !ok || v.Date != "2024-04-24" || v.Status != "PLANNED" {
		t.Errorf("visit %+v, want one planned for 2024-04-24", v)
	}
}

// The European Union acts as a party: an official of its own (a High
// Representative, a President of its Council or Commission) is of the EU.
func TestEUOfficialsAreOfTheEU(t *testing.T) {
	for _, text := range []string{
		"Kazakh Foreign Minister Nurlan Abenov met EU High Representative Josep Vilar in Astana on 5 May 2026.",
		"Kazakh Foreign Minister Nurlan Abenov met the President of the European Commission Anna Berg in Astana on 5 May 2026.",
	} {
		f := extract(t, text, "2026-05-05")
		m, ok := findEvent(f, "MEETING")
		if cs := slices.Sorted(slices.Values(m.Countries)); !ok || !slices.Equal(cs, []string{"EU", "KZ"}) {
			t.Errorf("%q: meeting %+v, want one of EU and KZ", text, m)
		}
	}
}

// "The ministers signed": the ministers of the event signed it.
func TestTheMinistersSigned(t *testing.T) {
	f := extract(t, "Kazakh Foreign Minister Nurlan Abenov held talks with Latvian Foreign Minister Janis Ozols in Riga on 5 May 2026. "+
		"Following the talks, the ministers signed a memorandum on cooperation in education.", "2026-05-05")
	if len(f.Agreements) != 1 {
		t.Fatalf("agreements %+v", f.Agreements)
	}
	got := slices.Sorted(slices.Values(f.Agreements[0].Signatories))
	if want := []string{"Janis Ozols", "Nurlan Abenov"}; !slices.Equal(got, want) {
		t.Errorf("signatories %q, want %q", got, want)
	}
}

// A body attached to an office ("при Президенте") names nobody.
func TestBodyUnderAnOfficeNamesNobody(t *testing.T) {
	f := extract(t, "В Астане 5 мая 2025 года Академия государственного управления при Президенте Республики Казахстан и "+
		"Национальный университет государственной службы Венгрии подписали меморандум о сотрудничестве.", "2025-05-05")
	for _, p := range f.Officials {
		t.Errorf("an official %q (%s)", p.Latin, p.Role)
	}
}

// The parties of a document signed "between" two bodies: named in the
// nominative; a Kazakh list starts after the sentence's opener; the second
// party starts at the separator both of whose sides name a state, not at
// an "and" inside a ministry's name; a Russian party runs through an
// enumeration inside its name and stops at the document's subject.
func TestPartyNames(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"nominative",
			"В Астане 5 мая 2025 года подписан меморандум о сотрудничестве между Министерством торговли и интеграции Республики Казахстан и Торгово-промышленной палатой Венгрии.",
			[]string{"Министерство торговли и интеграции Республики Казахстан", "Торгово-промышленная палата Венгрии"}},
		{"kazakh opener",
			"Кездесу қорытындысы бойынша Қазақстан Республикасы Энергетика министрлігі мен Венгрия Сыртқы істер және сауда министрлігі арасындағы өзара түсіністік туралы меморандумға қол қойылды.",
			[]string{"Қазақстан Республикасы Энергетика министрлігі", "Венгрия Сыртқы істер және сауда министрлігі"}},
		{"split where each side names a state",
			"On 5 May 2025 in Ottawa a memorandum of understanding was signed between Natural Resources Canada and " +
				"Uzbekistan's Ministry of Mining Industry and Geology.",
			[]string{"Natural Resources Canada", "Uzbekistan's Ministry of Mining Industry and Geology"}},
		{"enumeration and subject",
			"В Сеуле 5 мая 2025 года подписан меморандум между Министерством торговли и интеграции Республики Казахстан и " +
				"Министерством торговли, промышленности и энергетики Республики Корея о сотрудничестве в области критических минералов.",
			[]string{"Министерство торговли и интеграции Республики Казахстан", "Министерство торговли, промышленности и энергетики Республики Корея"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2025-05-05")
			if len(f.Agreements) != 1 {
				t.Fatalf("agreements %+v", f.Agreements)
			}
			if got := f.Agreements[0].Parties; !slices.Equal(got, tt.want) {
				t.Errorf("parties %q, want %q", got, tt.want)
			}
		})
	}
}

// Talks held within a gathering named in the same sentence ("as part of
// his participation in", "on the sideline of") are a meeting of the two
// states, and the gathering a meeting of its own, of every state.
func TestTalksWithinANamedGathering(t *testing.T) {
	for _, text := range []string{
		"Kazakh Foreign Minister Aidar Seitkali held talks with Chinese Foreign Minister Liu Wen on the margins of the sixth Meeting of Foreign Ministers in the Central Asia – China format.",
		"Foreign Minister of China Liu Wen held talks with Foreign Minister of Kazakhstan Aidar Seitkali on the sideline of the third meeting of the Central Asia – China foreign ministers.",
	} {
		f := extract(t, text, "2026-04-20")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+" "+sortedJoin(e.Countries, ","))
		}
		slices.Sort(got)
		want := []string{"MEETING CN,KG,KZ,TJ,TM,UZ", "MEETING CN,KZ"}
		if !slices.Equal(got, want) {
			t.Errorf("%q: events %q, want %q", text, got, want)
		}
	}
}

// An event word counted by a number is a tally, no event, and lends no
// date to the event told; a day of a month before it is no count.
func TestCountedEventsAreATally(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"President of Kazakhstan Nurlan Abenov met President of Turkey Kemal Aksoy in Ankara on 3 June 2026. Abenov, elected in 2021, has held 14 bilateral meetings with Turkish leaders, and more than 20 official visits were paid.",
			[]string{"MEETING/KZ,TR/2026-06-03"}},
		{"Министр иностранных дел Казахстана Айдар Сейткали 3 июня 2026 года провел переговоры в Анкаре с министром иностранных дел Турции Кемалем Аксоем. С 2019 года министры провели 12 встреч.",
			[]string{"MEETING/KZ,TR/2026-06-03"}},
		{"The 14 June meeting of the foreign ministers of Kazakhstan and Turkey will be held in Astana.",
			[]string{"MEETING/KZ,TR/2026-06-14"}},
	} {
		f := extract(t, tt.text, "2026-06-04")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+sortedJoin(e.Countries, ",")+"/"+e.Date)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: events %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A visit told as postponed is still to come: "was postponed",
// "перенесен", "кейінге қалдырылды".
func TestPostponedVisitIsPlanned(t *testing.T) {
	for _, text := range []string{
		"Foreign Minister of Uzbekistan Bekzod Rakhimov said that the official visit of Foreign Minister of Kazakhstan Aidar Seitkali to Tashkent was postponed.",
		"Официальный визит в Ташкент министра иностранных дел Казахстана Айдара Сейткали перенесен на апрель.",
		"Қазақстан Сыртқы істер министрі Айдар Сейткалидің Ташкентке ресми сапары кейінге қалдырылды.",
	} {
		f := extract(t, text, "2026-03-02")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+e.Status)
		}
		if !slices.Equal(got, []string{"VISIT/PLANNED"}) {
			t.Errorf("%q: events %q, want a planned visit", text, got)
		}
	}
}

// A summit told again as "the meeting" is the summit, with the leaders
// the sentence lists and its host; members of a council named among the
// guests hold no session of it.
func TestSummitToldAgainAsTheMeeting(t *testing.T) {
	text := "Неформальный саммит ОТГ прошел в Туркестане 11 марта 2026 года. " +
		"Встречу провел президент Казахстана Нурлан Абенов, в ней участвовали президент Азербайджана Рауф Гулиев, президент Турции Кемаль Аксой и президент Узбекистана Бекзод Рахимов. " +
		"Присутствовали также члены Совета старейшин ОТГ."
	f := extract(t, text, "2026-03-12")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+sortedJoin(e.Countries, ","))
	}
	want := []string{"FORUM/AZ,KZ,TR,UZ"}
	if !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
}

// An official who met "his counterparts from A, B and C" met each: a
// meeting of his state with every state listed after those words.
func TestMeetingsWithEachCounterpart(t *testing.T) {
	for _, text := range []string{
		"В Ташкенте глава МИД Таджикистана Фарход Саидзода провел встречи с коллегами из Туркменистана, Пакистана и Азербайджана.",
		"In Tashkent, Tajik Foreign Minister Farhod Saidzoda met separately with counterparts from Turkmenistan, Pakistan and Azerbaijan.",
	} {
		f := extract(t, text, "2026-01-26")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+sortedJoin(e.Countries, ","))
		}
		slices.Sort(got)
		want := []string{"MEETING/AZ,TJ", "MEETING/PK,TJ", "MEETING/TJ,TM"}
		if !slices.Equal(got, want) {
			t.Errorf("%q: events %q, want %q", text, got, want)
		}
	}
}

// The council of foreign ministers of two states is their standing body
// (a commission session); that of an organisation is a multilateral
// meeting.
func TestCouncilOfForeignMinistersOfTwo(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"В Астане прошло второе заседание Совета министров иностранных дел Казахстана и Кыргызстана.", "COMMISSION_SESSION/KG,KZ"},
		{"The second meeting of the Council of Foreign Ministers of Kazakhstan and Kyrgyzstan was held in Astana.", "COMMISSION_SESSION/KG,KZ"},
	} {
		f := extract(t, tt.text, "2026-02-11")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+sortedJoin(e.Countries, ","))
		}
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: events %q, want %s", tt.text, got, tt.want)
		}
	}
}

// "engaged in discussions with", "convened with" are talks: a meeting
// of the two, beside the forum that frames it.
func TestDiscussionsWithAreTalks(t *testing.T) {
	for _, text := range []string{
		"On 2 March 2026 Foreign Minister of Uzbekistan Bekzod Rakhimov engaged in discussions with his Kazakh counterpart Aidar Seitkali during the Antalya Diplomacy Forum in Turkey.",
		"Foreign Minister of Uzbekistan Bekzod Rakhimov convened with Foreign Minister of Kazakhstan Aidar Seitkali in Antalya on 2 March 2026.",
	} {
		f := extract(t, text, "2026-03-02")
		if n := countEvents(f, "MEETING"); n != 1 {
			t.Errorf("%q: %d meetings, want 1: %+v", text, n, f.Events)
		}
	}
}

// "The trip culminated in the signing of": documents signed, told by
// the noun after a verb of completion.
func TestCulminatedInTheSigning(t *testing.T) {
	for _, text := range []string{
		"British Foreign Secretary Tom Hale arrived in Tashkent on an official visit on 23 April 2026. His trip culminated in the signing of a Joint Declaration on Strategic Partnership plus a transport Memorandum.",
		"Министр иностранных дел Великобритании Том Хейл 23 апреля 2026 года прибыл в Ташкент с официальным визитом. Поездка увенчалась подписанием Совместной декларации о стратегическом партнерстве и транспортного Меморандума.",
	} {
		f := extract(t, text, "2026-04-24")
		var got []string
		for _, a := range f.Agreements {
			got = append(got, a.Kind+"/"+a.Status)
		}
		slices.Sort(got)
		want := []string{"DECLARATION/SIGNED", "MEMORANDUM/SIGNED"}
		if !slices.Equal(got, want) {
			t.Errorf("%q: agreements %q, want %q", text, got, want)
		}
	}
}

// Kazakh documents: a memorandum that "бекіді" (was approved) is signed,
// a statement signed ("мәлімдемеге қол қойылды") is a declaration, and
// documents that "қол қояды" (they will sign) are planned.
func TestKazakhDocumentForms(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Астанада Қазақстан мен Қырғызстан арасында кеден саласындағы ынтымақтастық туралы меморандум бекіді.", "MEMORANDUM/SIGNED"},
		{"Қазақстан мен Моңғолия президенттері стратегиялық әріптестік туралы мәлімдемеге қол қойды.", "DECLARATION/SIGNED"},
		{"Келіссөздер қорытындысы бойынша Қазақстан мен Моңғолия басшылары ынтымақтастық туралы келісімге қол қояды.", "AGREEMENT/PLANNED"},
	} {
		f := extract(t, tt.text, "2026-05-14")
		var got []string
		for _, a := range f.Agreements {
			got = append(got, a.Kind+"/"+a.Status)
		}
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: agreements %q, want %s", tt.text, got, tt.want)
		}
	}
}

// The session of a council "between" two states is their standing body.
func TestSessionOfACouncilBetweenTwo(t *testing.T) {
	f := extract(t, "Президенты подвели итоги шестого заседания Совета высокого уровня по стратегическому партнерству между Казахстаном и Монголией.", "2026-07-30")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+sortedJoin(e.Countries, ","))
	}
	if !slices.Equal(got, []string{"COMMISSION_SESSION/KZ,MN"}) {
		t.Errorf("events %q, want one session of KZ and MN", got)
	}
}

// The opening of a cultural centre of one state in another is a
// cultural event of the two.
func TestCulturalCentreOpening(t *testing.T) {
	for _, text := range []string{
		"Ташкент қаласында бүгін Қазақстан мәдени орталығы ашылды. Рәсімге Мәдениет министрі Айгүл Сәрсенова келді.",
		"Сегодня в Ташкенте состоялось открытие культурного центра Казахстана. В церемонии принял участие министр культуры Казахстана Айгуль Сарсенова.",
		"The Kazakh cultural centre opened in Tashkent today. Kazakh Culture Minister Aigul Sarsenova attended the ceremony.",
	} {
		f := extract(t, text, "2026-09-04")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+e.Status+"/"+sortedJoin(e.Countries, ","))
		}
		if !slices.Equal(got, []string{"CULTURAL_EVENT/HELD/KZ,UZ"}) {
			t.Errorf("%q: events %q, want a held cultural event of KZ and UZ", text, got)
		}
	}
}

// A call first told by a word of reference takes the two people the
// lead names, and their two states, not those of a later sentence that
// tells it again beside a trip.
func TestCallToldByReferenceTakesTheLeadsPeople(t *testing.T) {
	text := "Президент Казахстана Нурлан Абенов обсудил с президентом Монголии Батом Ганбатом развитие двусторонних отношений. " +
		"Больше всего в ходе телефонного разговора говорили о совместных проектах в энергетике. " +
		"Лидеры созвонились вскоре после поездки Ганбата в Вашингтон на саммит Центральная Азия – США."
	f := extract(t, text, "2026-11-10")
	for _, e := range f.Events {
		if e.Type != "PHONE_CALL" {
			continue
		}
		if cs := sortedJoin(e.Countries, ","); cs != "KZ,MN" || len(e.Participants) != 2 {
			t.Errorf("call of %v with %v, want KZ and MN with two people", cs, e.Participants)
		}
		return
	}
	t.Errorf("no call: %+v", f.Events)
}

// A ministry written short, the Duma in Kazakh and a network or a
// headline's capitalised word after a title name nobody.
func TestWordsAfterATitleThatNameNobody(t *testing.T) {
	for _, text := range []string{
		"Глава Минкультуры встретилась с министром культуры Монголии Батом Ганбатом в Москве.",
		"Түркия басшысы Instagram парақшасында Қазақстан Президенті Нұрлан Абеновпен кездесу туралы жазды.",
		"Kazakh President Accepts Credentials of the Ambassador of Mongolia Bat Ganbat",
	} {
		f := extract(t, text, "2026-04-02")
		for _, p := range f.Officials {
			if n := p.Latin; n == "Minkultury" || n == "Instagram" || n == "Accepts" {
				t.Errorf("%q: official %q", text, n)
			}
		}
	}
}

// "проведение" (the holding) is no mark of a plan: "было отмечено
// проведение сегодня заседания" tells a session held today.
func TestHoldingNounIsNoPlan(t *testing.T) {
	f := extract(t, "Премьер-министры Казахстана и Монголии отметили проведение сегодня 9-го заседания Межправительственной комиссии между Казахстаном и Монголией.", "2026-06-10")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+e.Status)
	}
	if !slices.Contains(got, "COMMISSION_SESSION/HELD") {
		t.Errorf("events %q, want the session held", got)
	}
}

// "is on an official visit ... to attend": the visit goes on now.
func TestIsOnAVisitIsHeld(t *testing.T) {
	f := extract(t, "Kazakh Finance Minister Aidar Seitkali is on an official trip to Mongolia to attend the joint commission's session in Ulaanbaatar.", "2026-02-23")
	for _, e := range f.Events {
		if e.Type == "VISIT" && e.Status != "HELD" {
			t.Errorf("visit %s, want HELD", e.Status)
		}
	}
	if countEvents(f, "VISIT") != 1 {
		t.Errorf("events %+v, want one visit", f.Events)
	}
}

// The joint session of two foreign ministries' boards is their standing
// body's session; an adverb that opens a sentence ("Ранее", "Накануне")
// is no given name of the surname after it.
func TestJointBoardsAndOpeningAdverbs(t *testing.T) {
	f := extract(t, "Министры иностранных дел Казахстана и Монголии Айдар Сейткали и Бат Ганбат провели в Улан-Баторе совместное заседание коллегий внешнеполитических ведомств. Ранее Сейткали провел переговоры с министром иностранных дел Китая Ли Вэем в Пекине.", "2026-01-19")
	if countEvents(f, "COMMISSION_SESSION") != 1 {
		t.Errorf("events %+v, want the boards' session", f.Events)
	}
	for _, p := range append(f.Persons, f.Officials...) {
		if strings.HasPrefix(p.Latin, "Ran") {
			t.Errorf("person %q", p.Latin)
		}
	}
}

// A place far after the event word but in its clause is its place:
// "held talks with NAME of Kazakhstan at the X State Guest House in
// Beijing".
func TestPlaceAtTheEndOfTheClause(t *testing.T) {
	f := extract(t, "On 28 March 2026 Chinese Foreign Minister Li Wei held talks with Foreign Minister Aidar Seitkali of Kazakhstan at a state guest house near the lake in Beijing.", "2026-03-29")
	if len(f.Events) != 1 || f.Events[0].City != "Beijing" {
		t.Errorf("events %+v, want one meeting in Beijing", f.Events)
	}
	f = extract(t, "On 28 March 2026 Foreign Minister of China Li Wei held talks with Foreign Minister Aidar Seitkali of Kazakhstan, who will then travel to Shanghai.", "2026-03-29")
	for _, e := range f.Events {
		if e.Type == "MEETING" && e.City == "Shanghai" {
			t.Errorf("meeting placed in %s, a place of another clause", e.City)
		}
	}
}

// "Орталық Азия мемлекеттері басшыларының" (the heads of the Central
// Asian states) make the five parties, as the Russian and English forms do.
func TestHeadsOfCentralAsianStatesInKazakh(t *testing.T) {
	f := extract(t, "Қазақстан Президенті Нұрлан Абенов Орталық Азия мемлекеттері басшыларының жетінші консультативтік кездесуіне қатысты.", "2026-11-16")
	if cs := sortedJoin(f.Countries, ","); cs != "KG,KZ,TJ,TM,UZ" {
		t.Errorf("countries %v, want the five", cs)
	}
}

// An office holder named by his initials and surname with his title is
// the holder of the dictionary, one person whatever the spelling.
func TestInitialsOfAKnownHolder(t *testing.T) {
	for _, text := range []string{
		"President of Kazakhstan K. Tokayev held talks with President of Turkey R. T. Erdogan in Ankara on 10 May 2022.",
		"Президент Казахстана К. Токаев провел переговоры с президентом Турции Р. Т. Эрдоганом в Анкаре 10 мая 2022 года.",
	} {
		f := extract(t, text, "2022-05-10")
		var got []string
		for _, p := range f.Officials {
			got = append(got, p.Latin)
		}
		slices.Sort(got)
		want := []string{"Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"}
		if !slices.Equal(got, want) {
			t.Errorf("%q: officials %q, want %q", text, got, want)
		}
	}
}

// Talks of two states in an article that names the visit they were held
// in only by reference ("Программа визита ...", "during the visit") give
// that visit too.
func TestVisitToldByReference(t *testing.T) {
	for _, text := range []string{
		"В Акорде президент Казахстана Нурлан Абенов провел переговоры с президентом Монголии Батом Ганбатом. Программа визита монгольского лидера предусматривает также посещение Алматы.",
		"President of Kazakhstan Nurlan Abenov held talks with President of Mongolia Bat Ganbat in Astana. During the visit the two leaders also opened a business forum.",
	} {
		f := extract(t, text, "2026-06-18")
		if countEvents(f, "VISIT") != 1 || countEvents(f, "MEETING") != 1 {
			t.Errorf("%q: events %+v, want the talks and the visit", text, f.Events)
		}
	}
}
