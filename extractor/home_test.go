package extractor_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
)

// official finds a minister or another official by the key of a Latin
// name.
func official(f diplograph.Facts, latin string) (diplograph.Person, bool) {
	for _, p := range append(slices.Clone(f.Ministers), f.Persons...) {
		if diplograph.NameKey(p.Latin) == diplograph.NameKey(latin) {
			return p, true
		}
	}
	return diplograph.Person{}, false
}

// participates reports whether an event of f counts latin among its
// participants.
func participates(f diplograph.Facts, latin string) bool {
	for _, e := range f.Events {
		for _, p := range e.Participants {
			if diplograph.NameKey(p) == diplograph.NameKey(latin) {
				return true
			}
		}
	}
	return false
}

// TestHomeCountry checks that an official named without a country takes
// the country the text comes from, as the text says it: the ministry
// that reports, a national news agency, the host who receives; a head of
// state without a country receives in his own capital.
func TestHomeCountry(t *testing.T) {
	tests := []struct {
		name, text      string
		person, country string
	}{
		{"en ministry line", "Minister holds phone call with Jordanian counterpart\n\nRepublic of Türkiye Ministry of Foreign Affairs\n\nForeign Minister Orhan Kaya held a telephone conversation with Foreign Minister of Jordan Tariq Haddadin. The ministers discussed trade. Kaya also noted the transit potential of Kazakhstan.",
			"Orhan Kaya", "TR"},
		{"en reporting ministry", "Foreign Minister Orhan Kaya held a telephone conversation with Foreign Minister of Jordan Tariq Haddadin, the Turkish Foreign Ministry reported. The ministers also spoke about Kazakhstan and the Caspian route.",
			"Orhan Kaya", "TR"},
		{"ru reporting press service", "Министр иностранных дел Андрей Сомов провел телефонный разговор с министром иностранных дел Монголии Батбаяром Ганбатом, сообщает пресс-служба МИД Беларуси. Стороны обсудили транзит через Казахстан.",
			"Andrey Somov", "BY"},
		{"en news agency", "ANKARA (Anadolu) – Foreign Minister Orhan Kaya held talks with Foreign Minister of Jordan Tariq Haddadin on Monday. Kaya also mentioned cooperation with Kazakhstan.",
			"Orhan Kaya", "TR"},
		{"en host received", "India's External Affairs Minister Arvind Kulkarni received Foreign Minister of Jordan Tariq Haddadin. Foreign Minister Anil Desai of the ministry also took part. The sides discussed trade with Kazakhstan.",
			"Arvind Kulkarni", "IN"},
		{"en head of state at home", "In Doha on Sunday, the Amir Sheikh Faris bin Mansour Al Marzouq received Kazakhstan's Foreign Minister Daniyar Seitov.",
			"Faris bin Mansour Al Marzouq", "QA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-03-12")
			p, ok := official(f, tt.person)
			if !ok || p.Country != tt.country {
				t.Errorf("%s: got %+v, want country %s; ministers %v persons %v", tt.person, p, tt.country, names(f.Ministers), names(f.Persons))
			}
		})
	}
}

// TestSideParticipants checks officials named in a later sentence that
// says who represented each side or who also took part.
func TestSideParticipants(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // Latin name: country
	}{
		{"en sides represented", "Consultations of the foreign ministries of Uzbekistan and Malaysia took place this week. The Uzbek side was represented by Deputy Foreign Minister Timur Alimov, and the Malaysian side by Secretary-General of the Foreign Ministry Hakim Osman. The parties discussed trade.",
			map[string]string{"Timur Alimov": "UZ", "Hakim Osman": "MY"}},
		{"ru also took part", "В Ташкенте состоялись переговоры Министра иностранных дел Узбекистана Рустама Холматова с Министром иностранных дел Кыргызстана Бакытом Осмоновым. В переговорах также приняли участие заместитель министра энергетики Узбекистана Азиз Рахматуллаев и посол Кыргызстана в Узбекистане Улан Сыдыков.",
			map[string]string{"Aziz Rakhmatullaev": "UZ", "Ulan Sydykov": "KG"}},
		{"kk attended", "ҚР Сыртқы істер министрі Ерлан Сәрсенов Астанада Әзербайжанның Сыртқы істер министрі Эльдар Мамедовпен кездесті. Кездесуге Әзербайжанның Қазақстандағы елшісі Рашид Мамедли қатысты.",
			map[string]string{"Rashid Mammadli": "AZ"}},
		{"en delegation led", "Talks between the delegations of Georgia and Latvia were held in Riga. The Georgian delegation was headed by Levan Tsiklauri, Deputy Minister of Economy.",
			map[string]string{"Levan Tsiklauri": "GE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-03-12")
			for name, cc := range tt.want {
				p, ok := official(f, name)
				if !ok || p.Country != cc || !participates(f, name) {
					t.Errorf("%s: got %+v (participant %v), want country %s; ministers %v persons %v", name, p, participates(f, name), cc, names(f.Ministers), names(f.Persons))
				}
			}
		})
	}
}

// TestBodyMeetings checks that the member states of an organisation are
// the parties of a meeting of that body, and only then.
func TestBodyMeetings(t *testing.T) {
	tests := []struct {
		name, text string
		typ        string
		want       []string // the states of the event of type typ; nil: none with more than two
	}{
		{"en council of foreign ministers", "Foreign ministers of CIS meet in Dushanbe\n\nThe meeting of the Council of Foreign Ministers of the Commonwealth of Independent States took place in Dushanbe on 8 October. Foreign Minister of Kazakhstan Daniyar Seitov took part in the meeting. On the sidelines, Seitov met Foreign Minister of Armenia Aram Ter-Avetisyan.",
			"MEETING", []string{"AM", "AZ", "BY", "KG", "KZ", "RU", "TJ", "UZ"}},
		// The summit of a large organisation: its host and the side that
		// attends, not every member.
		{"ru planned summit", "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с министром иностранных дел Турции Мехметом Кая в Анкаре. Стороны обсудили подготовку к саммиту ОДКБ, который пройдет в ноябре в Ереване.",
			"FORUM", nil},
		{"en organisation official", "Kazakh Foreign Minister Daniyar Seitov met SCO Secretary-General Ivan Sokolov in Astana on Monday.",
			"MEETING", nil},
		{"en organisation named only", "Kazakh Foreign Minister Daniyar Seitov met Foreign Minister of Egypt Tariq Haddadin in Cairo. The ministers discussed trade with the EAEU states.",
			"MEETING", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-10-08")
			var got []string
			for _, e := range f.Events {
				if e.Type == tt.typ && len(e.Countries) > 2 {
					got = slices.Sorted(slices.Values(e.Countries))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s states %v, want %v; events %+v", tt.typ, got, tt.want, f.Events)
			}
		})
	}
}

// TestDaysProgramme checks that the concert opening Days of Culture held
// is part of the Days, not a cultural event of its own.
func TestDaysProgramme(t *testing.T) {
	f := extract(t, "12 мая в Астане открылись Дни культуры Таджикистана в Казахстане. Министр культуры Казахстана Аида Нурова и министр культуры Таджикистана Саид Назаров открыли Дни. Дни культуры открылись торжественным концертом ансамбля народной музыки.", "2026-05-12")
	var types []string
	for _, e := range f.Events {
		types = append(types, e.Type+"/"+e.Status)
	}
	if !slices.Equal(types, []string{"CULTURE_DAYS/HELD"}) {
		t.Errorf("events %v, want the Days held only", types)
	}
}

// TestReceptionForms checks receptions and calls told in other forms: the
// passive, a guest introduced by the clause of his stay, a readout's
// "spoke with", a meeting the programme of a visit provides for.
func TestReceptionForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // type/status/countries of one event
	}{
		{"ru passive", "Посол Казахстана в Грузии Нурлан Сеитов был принят главой МИД Грузии Ираклием Гелашвили. Стороны обсудили торговлю.",
			"MEETING/HELD/GE,KZ"},
		{"ru stay clause", "Президент Узбекистана Алишер Юнусов принял находящегося в Ташкенте с официальным визитом министра иностранных дел Малайзии Ахмада Рашида.",
			"MEETING/HELD/MY,UZ"},
		{"en readout", "Secretary of State Mark Dalton spoke today with Georgian Foreign Minister Levan Tsiklauri. They discussed energy security.",
			"PHONE_CALL/HELD/GE,US"},
		{"ru programme of a visit", "Министр энергетики Казахстана Ерлан Бекенов 12 мая прибыл с рабочим визитом в Туркменистан. Программой визита предусмотрена встреча с министром энергетики Туркменистана Батыром Овезовым.",
			"MEETING/PLANNED/KZ,TM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-05-12")
			var got []string
			for _, e := range f.Events {
				k := e.Type + "/" + e.Status + "/" + strings.Join(slices.Sorted(slices.Values(e.Countries)), ",")
				if k == tt.want {
					return
				}
				got = append(got, k)
			}
			t.Errorf("events %v, want %s", got, tt.want)
		})
	}
}

// TestPlannedTrips checks standing bodies named as committees and
// dialogues, trips announced with "will travel to", and the talks of a
// planned visit that take its date and give it its place.
func TestPlannedTrips(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // type/status/countries/date/city of one event
	}{
		{"en cooperation committee", "Kazakh Foreign Minister Nurlan Abenov held talks with Foreign Minister of Hungary Peter Szabo. The sides agreed to hold the 5th meeting of the Kazakhstan-Hungary Intergovernmental Cooperation Committee in Budapest in the first quarter of 2028.",
			"COMMISSION_SESSION/PLANNED/HU,KZ/2028/Budapest"},
		{"kk subcommittee", "Қазақстан мен Венгрия арасындағы ынтымақтастық комитетінің көлік жөніндегі кіші комитетінің отырысы Будапештте өтті.",
			"COMMISSION_SESSION/HELD/HU,KZ/2026-04-20/Budapest"},
		{"en will travel to", "Federal Foreign Minister Klara Brandt will travel to Argentina from 10 to 12 September. In Buenos Aires she will hold talks with Foreign Minister of Argentina Martin Acosta.",
			"VISIT/PLANNED/AR,DE/2026-09-10/Buenos Aires"},
		{"ru talks of a planned visit", "Министр иностранных дел Казахстана Нурлан Абенов посетит Индонезию с официальным визитом 5-7 мая. В Джакарте запланирована встреча с министром иностранных дел Индонезии Сити Рахмат.",
			"MEETING/PLANNED/ID,KZ/2026-05-05/Jakarta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-04-20")
			var got []string
			for _, e := range f.Events {
				k := e.Type + "/" + e.Status + "/" + strings.Join(slices.Sorted(slices.Values(e.Countries)), ",") + "/" + e.Date + "/" + e.City
				if k == tt.want {
					return
				}
				got = append(got, k)
			}
			t.Errorf("events %v, want %s", got, tt.want)
		})
	}
}

// TestEventForms checks phone talks (one call, no meeting), an
// invitation accepted in the next sentence (a planned visit), the
// visitor alone in a visit, and formats of Central Asia with a partner.
func TestEventForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // type/status/countries/participants of every event
	}{
		{"en phone talks", "Kazakh Foreign Minister Nurlan Abenov held phone talks with Foreign Minister of Greece Nikos Andreou.",
			[]string{"PHONE_CALL/HELD/GR,KZ/Nikos Andreou,Nurlan Abenov"}},
		{"en invitation accepted", "Kazakh Foreign Minister Nurlan Abenov held phone talks with Foreign Minister of Greece Nikos Andreou. Andreou invited Abenov to visit Athens. The invitation was gratefully accepted.",
			[]string{"PHONE_CALL/HELD/GR,KZ/Nikos Andreou,Nurlan Abenov", "VISIT/PLANNED/GR,KZ/Nurlan Abenov"}},
		{"en visitor alone", "Kazakh Minister of Transport Nurlan Sadykov paid a working visit to Baku on Monday, where he met Minister of Digital Development and Transport of Azerbaijan Rashad Huseynli.",
			[]string{"MEETING/HELD/AZ,KZ/Nurlan Sadykov,Rashad Huseynli", "VISIT/HELD/AZ,KZ/Nurlan Sadykov"}},
		{"en partner format summit", "Kazakh Foreign Minister Nurlan Abenov held talks with Foreign Minister of Japan Kenji Ono in Tokyo. They discussed the next Japan–Central Asia Summit.",
			[]string{"FORUM/PLANNED/JP,KG,KZ,TJ,TM,UZ/", "MEETING/HELD/JP,KZ/Kenji Ono,Nurlan Abenov"}},
		{"en courtesy call on another official", "Malaysian Foreign Minister Ahmad Rashid held talks with Uzbek Foreign Minister Rustam Kholmatov in Tashkent on Monday. Later that day, Rashid paid a courtesy call on the Prime Minister of Uzbekistan Bobur Tashkentov.",
			[]string{"MEETING/HELD/MY,UZ/Ahmad Rashid,Bobur Tashkentov", "MEETING/HELD/MY,UZ/Ahmad Rashid,Rustam Kholmatov"}},
		{"en headline infinitive", "Chilean minister to visit Korea\n\nMinister of Agriculture of Chile Tomas Rivera will visit the Republic of Korea on 8-9 April.",
			[]string{"VISIT/PLANNED/CL,KR/Tomas Rivera"}},
		{"kk invitation accepted is no reception", "Кеше ҚР Сыртқы істер министрі Нұрлан Әбенов Сингапур Сыртқы істер министрі Дэвид Лиммен телефон арқылы сөйлесті. Нұрлан Әбенов Сингапурдың Сыртқы істер министрін Қазақстанға ресми сапармен келуге шақырды. Дэвид Лим шақыруды қабылдап, сапар келесі жылы өтетінін айтты.",
			[]string{"PHONE_CALL/HELD/KZ,SG/Devid Lim,Nurlan Abenov", "VISIT/PLANNED/KZ,SG/Devid Lim"}},
		{"kk sideline of the meeting held, not of the next", "Кеше Ташкентте Қазақстан, Өзбекстан және Тәжікстан энергетика министрлерінің үшжақты кездесуі өтті. Министрлердің келесі кездесуі қараша айында Бішкекте өтеді. Кездесу аясында ҚР Энергетика министрі Ерлан Бекенов Өзбекстан Энергетика министрі Ботир Олимовпен екіжақты кездесу өткізді.",
			[]string{"MEETING/HELD/KZ,TJ,UZ/Botir Olimov,Yerlan Bekenov", "MEETING/HELD/KZ,UZ/Botir Olimov,Yerlan Bekenov", "MEETING/PLANNED/KZ,TJ,UZ/"}},
		{"en office named without its holder", "External Affairs Minister Arvind Kulkarni arrived in Astana for the meeting of the India-Central Asia Dialogue. On the sidelines, EAM met the Foreign Minister of Kyrgyzstan Bakyt Sadykov.",
			[]string{"MEETING/HELD/IN,KG,KZ,TJ,TM,UZ/Arvind Kulkarni", "MEETING/HELD/IN,KG/Arvind Kulkarni,Bakyt Sadykov", "VISIT/HELD/IN,KZ/Arvind Kulkarni"}},
		{"ru minister named by his state", "Президент Казахстана Ерболат Сұлтанов принял министра иностранных дел Японии Кэндзи Огасавару. Затем японский министр провел переговоры с министром иностранных дел Казахстана Нурланом Абеновым.",
			[]string{"MEETING/HELD/JP,KZ/Erbolat Sultanov,Kenji Ogasawara", "MEETING/HELD/JP,KZ/Kenji Ogasawara,Nurlan Abenov"}},
		{"en visit told with a possessive", "Kazakh Foreign Minister Nurlan Abenov held talks with Foreign Minister of Chile Pablo Ruiz in Astana last Tuesday, during his first visit to Kazakhstan.",
			[]string{"MEETING/HELD/CL,KZ/Nurlan Abenov,Pablo Ruiz", "VISIT/HELD/CL,KZ/Pablo Ruiz"}},
		{"kk council of ministers and declaration", "Астанада Орталық Азия мемлекеттері сыртқы істер министрлерінің кеңесі өтті. Кеңес қорытындысы бойынша Астана декларациясы қабылданды.",
			[]string{"MEETING/HELD/KG,KZ,TJ,TM,UZ/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-03-10")
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Type+"/"+e.Status+"/"+strings.Join(slices.Sorted(slices.Values(e.Countries)), ",")+"/"+strings.Join(slices.Sorted(slices.Values(e.Participants)), ","))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPlacesAndPronouns checks a Kazakh visit to a city in the dative,
// the visitor named by a pronoun in the next sentence, and a place the
// sides only discussed.
func TestPlacesAndPronouns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // type/city/participants of every event
	}{
		{"kk dative city and pronoun", "Малайзияның Денсаулық сақтау министрі Хайрул Азиз Астанаға жұмыс сапарымен келді. Ол ҚР Денсаулық сақтау министрі Гүлнар Сәрсенбаевамен кездесті.",
			[]string{"MEETING/Astana/Gulnar Sarsenbaeva,Khayrul Aziz", "VISIT/Astana/Khayrul Aziz"}},
		{"en held in a city", "On 3 June the third round of consultations between the foreign ministries of the Kingdom of Morocco and the Republic of Kazakhstan took place in Rabat. The Kazakh side was represented by Deputy Foreign Minister Otabek Alimov.",
			[]string{"MEETING/Rabat/Otabek Alimov"}},
		{"en discussed place", "Foreign Minister of Uzbekistan Rustam Kholmatov held talks with Foreign Minister of Malaysia Ahmad Rashid. The sides discussed opening training centres in Samarkand and Bukhara.",
			[]string{"MEETING//Ahmad Rashid,Rustam Kholmatov"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-03-10")
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Type+"/"+e.City+"/"+strings.Join(slices.Sorted(slices.Values(e.Participants)), ","))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBackgroundAndOpenings checks that the ministers who open Days of
// Culture take part in them, and that "the first visit since 2018" dates
// nothing in 2018 while a past session keeps its year.
func TestBackgroundAndOpenings(t *testing.T) {
	f := extract(t, "Дни культуры Таджикистана в Казахстане проходят с 10 по 14 мая. Министр культуры Казахстана Аида Нурова и министр культуры Таджикистана Саид Холов открыли Дни.", "2026-05-12")
	if len(f.Ministers) != 2 {
		t.Errorf("ministers %v, want the two who opened the Days", names(f.Ministers))
	}
	f = extract(t, "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с министром иностранных дел Узбекистана Бахтиёром Холматовым. Стороны подвели итоги предыдущего заседания межправительственной комиссии, состоявшегося в 2025 году в Фергане. Это первый визит узбекского министра в Казахстан с 2018 года.", "2026-03-10")
	for _, e := range f.Events {
		if strings.HasPrefix(e.Date, "2018") {
			t.Errorf("event %s dated %s by 'since 2018'", e.Type, e.Date)
		}
		if e.Type == "COMMISSION_SESSION" && e.Date != "2025" {
			t.Errorf("past session dated %q, want 2025", e.Date)
		}
	}
}

// TestUndatedArticle checks that a text without a date of publication
// reads a month without a year against its first full date.
func TestUndatedArticle(t *testing.T) {
	f := extract(t, "12 марта 2026 года в Ташкенте министр иностранных дел Узбекистана Рустам Холматов провел переговоры с министром иностранных дел Туркменистана Мурадом Овезовым. Стороны обсудили подготовку к саммиту ОДКБ в Ереване в сентябре.", "")
	found := false
	for _, e := range f.Events {
		if e.Type == "FORUM" {
			found = true
			if e.Date != "2026-09" {
				t.Errorf("summit dated %q, want 2026-09", e.Date)
			}
		}
	}
	if !found {
		t.Errorf("no summit in %+v", f.Events)
	}
}

// TestSessionOverDays checks that a session of several days mentioned
// again on one of its days is one session.
func TestSessionOverDays(t *testing.T) {
	f := extract(t, "С 14 по 15 мая в Астане работала межправительственная комиссия Казахстана и Монголии. 15 мая сопредседатели подписали протокол заседания комиссии.", "2026-05-15")
	n := 0
	for _, e := range f.Events {
		if e.Type == "COMMISSION_SESSION" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d sessions in %+v, want one", n, f.Events)
	}
}

// TestHeadAfterPlace checks the head of state named without a title
// after the place of the reception, and the earlier talks of his guest
// dated within the visit.
func TestHeadAfterPlace(t *testing.T) {
	f := extract(t, "Мемлекет басшысы Оман Сыртқы істер министрін қабылдады\n\nАқордада Ерболат Сұлтанов Қазақстанға ресми сапармен келген Оман Сұлтандығының Сыртқы істер министрі Салим Харусиді қабылдады. Бұған дейін Салим Харуси ҚР Сыртқы істер министрі Нұрлан Әбеновпен келіссөздер жүргізді.", "2026-04-14")
	if p, ok := official(f, "Erbolat Sultanov"); !ok || p.Role != "President" || p.Country != "KZ" {
		t.Errorf("head of state %+v; persons %v", p, names(f.Persons))
	}
	meetings := 0
	for _, e := range f.Events {
		if e.Type == "MEETING" {
			meetings++
			if e.Date != "2026-04-14" {
				t.Errorf("meeting %v dated %q, want the day of the visit", e.Participants, e.Date)
			}
		}
	}
	if meetings != 2 {
		t.Errorf("%d meetings, want the reception and the talks: %+v", meetings, f.Events)
	}
}

// TestOrganisationSide checks that a meeting with the EU's official at a
// multilateral meeting has the home state and the EU as its sides, not
// another state of the article.
func TestOrganisationSide(t *testing.T) {
	f := extract(t, "The ministerial meeting of the EU and the five Central Asian states took place in Brussels today. It brought together Foreign Minister of Kazakhstan Nurlan Abenov and Foreign Minister of the Kyrgyz Republic Bakyt Sadykov. On the sidelines, Nurlan Abenov held a bilateral meeting with the EU High Representative for Foreign Affairs and Security Policy Ingrid Laane.", "2026-10-27")
	var got []string
	for _, e := range f.Events {
		got = append(got, strings.Join(e.Countries, ",")+"/"+strings.Join(slices.Sorted(slices.Values(e.Participants)), ","))
	}
	want := []string{"KZ,KG,TJ,TM,UZ/Bakyt Sadykov,Nurlan Abenov", "EU,KZ/Ingrid Laane,Nurlan Abenov"}
	if !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// TestTripLegs checks the talks of each leg of a trip: the minister
// named as "The Minister" or "she" takes part in both, each with its own
// state.
func TestTripLegs(t *testing.T) {
	f := extract(t, "Federal Foreign Minister Klara Brandt will travel to Argentina and Uruguay from 10 to 12 September. The Minister will be in Buenos Aires on 10 and 11 September, where she will hold talks with Foreign Minister of Argentina Martin Acosta. She will then travel on to Montevideo, where she is expected to meet Foreign Minister of Uruguay Diego Sosa.", "2026-09-01")
	var got []string
	for _, e := range f.Events {
		if e.Type == "MEETING" {
			got = append(got, strings.Join(slices.Sorted(slices.Values(e.Countries)), ",")+"/"+strings.Join(slices.Sorted(slices.Values(e.Participants)), ","))
		}
	}
	slices.Sort(got)
	want := []string{"AR,DE/Klara Brandt,Martin Acosta", "DE,UY/Diego Sosa,Klara Brandt"}
	if !slices.Equal(got, want) {
		t.Errorf("meetings %v, want %v", got, want)
	}
}

// TestMultilateralDeclaration checks that a declaration adopted at a
// meeting of several states is of all of them, though its sentence names
// two.
func TestMultilateralDeclaration(t *testing.T) {
	f := extract(t, "В Астане состоялась встреча министров иностранных дел Казахстана, Кыргызстана, Таджикистана, Туркменистана и Узбекистана. По итогам встречи Казахстан и Кыргызстан предложили, а министры приняли совместную декларацию.", "2026-03-10")
	for _, a := range f.Agreements {
		if a.Kind == "DECLARATION" && len(a.Countries) != 5 {
			t.Errorf("declaration of %v, want the five states", a.Countries)
		}
	}
	if len(f.Agreements) == 0 {
		t.Errorf("no declaration in %+v", f.Agreements)
	}
}
