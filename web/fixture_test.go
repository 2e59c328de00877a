package web_test

import (
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// The graph the browser tests look at: invented articles about invented
// officials of four countries. Nothing here comes from a real article.
//
//	HU-KZ  meeting 2024-03-05 Astana (held; reported in English and Russian)
//	       + a memorandum signed there
//	HU-KZ  visit 2023-06 Budapest (held)
//	       + a memorandum of two ministries, reported in Russian, with
//	         no signatory named
//	KZ-UZ  commission session 2025-01-20 Tashkent (held)
//	KG-KZ  phone call 2024-11-08
//
// So the network has 4 nodes and 3 edges; from 2024 to 2024, 3 nodes and 2
// edges; the pair HU-KZ has 2 events, 1 of them from 2024 on. The Russian
// report of the meeting is about energy, which the event itself is not.
// With persons: the Kazakh minister took part in all four events, the
// Hungarian in two, the others in one each.

var fixtureCountries = []diplograph.Country{
	{Code: "KZ", NameEN: "Kazakhstan", NameRU: "Казахстан", NameKK: "Қазақстан"},
	{Code: "HU", NameEN: "Hungary", NameRU: "Венгрия", NameKK: "Венгрия"},
	{Code: "UZ", NameEN: "Uzbekistan", NameRU: "Узбекистан", NameKK: "Өзбекстан"},
	{Code: "KG", NameEN: "Kyrgyzstan", NameRU: "Киргизия", NameKK: "Қырғызстан"},
	{Code: "FR", NameEN: "France", NameRU: "Франция", NameKK: "Франция"}, // in no event
}

func fxPerson(name, latin, country, portfolio string) diplograph.Person {
	return diplograph.Person{ID: diplograph.PersonID(country, latin), Name: name, Latin: latin,
		Country: country, Portfolio: portfolio}
}

var (
	fxKZ = fxPerson("Арман Жолдасов", "Arman Zholdasov", "KZ", "foreign affairs")
	fxHU = fxPerson("Bence Halmos-Szabó", "Bence Halmos-Szabo", "HU", "foreign affairs and trade")
	fxUZ = fxPerson("Шерзод Турсунов", "Sherzod Tursunov", "UZ", "industry")
	fxKG = fxPerson("Эрлан Бекешов", "Erlan Bekeshov", "KG", "foreign affairs")
)

// Fixture events, with their ids, for the tests to find.
var (
	fxMeeting = newEvent(diplograph.Event{Type: diplograph.EventMeeting, Status: diplograph.StatusHeld, Date: "2024-03-05",
		City: "Astana", CityCountry: "KZ", Countries: []string{"HU", "KZ"}, Title: "Talks of the foreign ministers of Hungary and Kazakhstan",
		Topics: []string{"trade", "water"}, Primary: true})
	fxVisit = newEvent(diplograph.Event{Type: diplograph.EventVisit, Status: diplograph.StatusHeld, Date: "2023-06",
		City: "Budapest", CityCountry: "HU", Countries: []string{"HU", "KZ"}, Title: "Visit of the Kazakh foreign minister to Hungary",
		Topics: []string{"education"}, Primary: true})
	fxSession = newEvent(diplograph.Event{Type: diplograph.EventCommissionSession, Status: diplograph.StatusHeld, Date: "2025-01-20",
		City: "Tashkent", CityCountry: "UZ", Countries: []string{"KZ", "UZ"}, Title: "Session of the KZ-UZ commission on industry",
		Topics: []string{"industry"}, Primary: true})
	fxCall = newEvent(diplograph.Event{Type: diplograph.EventPhoneCall, Status: diplograph.StatusHeld, Date: "2024-11-08",
		Countries: []string{"KG", "KZ"}, Title: "Phone call of the foreign ministers of Kazakhstan and Kyrgyzstan",
		Topics: []string{"water"}, Primary: true})
)

func newEvent(e diplograph.Event) diplograph.Event {
	e.ID = diplograph.EventID(e.Type, e.Countries, e.Date, "")
	return e
}

// The parties of the memorandum of the visit, as the article names them.
const (
	fxPartyKZ = "Министерство просвещения Республики Казахстан"
	fxPartyHU = "Министерство культуры и инноваций Венгрии"
)

// Evidence sentences the event page must show, one per report.
const (
	fxMeetingEN = "Arman Zholdasov met Bence Halmos-Szabo in Astana on 5 March 2024."
	fxMeetingRU = "Арман Жолдасов провёл переговоры с Бенце Халмош-Сабо в Астане."
)

func fixtureDocs() []diplograph.Document {
	memo := diplograph.Agreement{Kind: diplograph.KindMemorandum, Status: diplograph.AgreementSigned, Date: "2024-03-05",
		Countries: []string{"HU", "KZ"}, Title: "Memorandum on water management", EventID: fxMeeting.ID, Topics: []string{"water"}}
	memo.ID = diplograph.AgreementID(memo.Kind, memo.Countries, nil, memo.EventID)

	// The extractor titles a memorandum of two named parties with their
	// names in Latin letters; the parties keep the article's spelling.
	edu := diplograph.Agreement{Kind: diplograph.KindMemorandum, Status: diplograph.AgreementSigned, Date: "2023-06",
		Countries: []string{"HU", "KZ"}, Parties: []string{fxPartyKZ, fxPartyHU}, EventID: fxVisit.ID,
		Title: "Memorandum between Ministerstvo prosveshcheniya Respubliki Kazakhstan and Ministerstvo kultury i innovatsiy Vengrii"}
	edu.ID = diplograph.AgreementID(edu.Kind, edu.Countries, edu.Parties, edu.EventID)
	const eduRU = "Министерство просвещения Республики Казахстан и Министерство культуры и инноваций Венгрии подписали меморандум о школьных обменах."

	return []diplograph.Document{
		neo4jtest.Doc("https://example.org/en/astana-talks", diplograph.LangEnglish, "2024-03-05", "Hungarian minister in Astana",
			"Hungarian minister in Astana. "+fxMeetingEN+" They signed a memorandum on water management. Trade was discussed.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{fxKZ, fxHU}
				f.Countries = []string{"HU", "KZ"}
				e := fxMeeting
				e.Participants = neo4jtest.Latin(fxKZ, fxHU)
				e.Evidence = neo4jtest.Evidence(t, fxMeetingEN)
				f.Events = []diplograph.Event{e}
				m := memo
				m.Signatories = neo4jtest.Latin(fxKZ, fxHU)
				m.Evidence = neo4jtest.Evidence(t, "They signed a memorandum on water management.")
				f.Agreements = []diplograph.Agreement{m}
				f.Topics = []string{"trade", "water"}
			}),
		neo4jtest.Doc("https://example.org/ru/astana-talks", diplograph.LangRussian, "2024-03-06", "Переговоры в Астане",
			"Переговоры в Астане. "+fxMeetingRU+" Стороны обсудили торговлю и энергетику.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{fxKZ, fxHU}
				f.Countries = []string{"HU", "KZ"}
				e := fxMeeting
				e.Participants = neo4jtest.Latin(fxKZ, fxHU)
				e.Evidence = neo4jtest.Evidence(t, fxMeetingRU)
				f.Events = []diplograph.Event{e}
				f.Topics = []string{"trade", "energy"} // energy: of the article, not of the event
			}),
		neo4jtest.Doc("https://example.org/en/budapest-visit", diplograph.LangEnglish, "2023-06-20", "Kazakh minister visits Budapest",
			"Kazakh minister visits Budapest. Arman Zholdasov visited Hungary in June 2023 and met Bence Halmos-Szabo.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{fxKZ, fxHU}
				f.Countries = []string{"HU", "KZ"}
				e := fxVisit
				e.Participants = neo4jtest.Latin(fxKZ, fxHU)
				e.Evidence = neo4jtest.Evidence(t, "Arman Zholdasov visited Hungary in June 2023 and met Bence Halmos-Szabo.")
				f.Events = []diplograph.Event{e}
				f.Topics = []string{"education"}
			}),
		neo4jtest.Doc("https://example.org/ru/budapest-schools", diplograph.LangRussian, "2023-06-21", "Меморандум о школьных обменах",
			"Меморандум о школьных обменах. "+eduRU,
			func(t string, f *diplograph.Facts) {
				f.Countries = []string{"HU", "KZ"}
				m := edu
				m.Evidence = neo4jtest.Evidence(t, eduRU)
				f.Agreements = []diplograph.Agreement{m}
				f.Topics = []string{"education"}
			}),
		neo4jtest.Doc("https://example.org/en/tashkent-commission", diplograph.LangEnglish, "2025-01-20", "Commission meets in Tashkent",
			"Commission meets in Tashkent. Arman Zholdasov and Sherzod Tursunov chaired the commission on industry on 20 January 2025.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{fxKZ, fxUZ}
				f.Countries = []string{"KZ", "UZ"}
				e := fxSession
				e.Participants = neo4jtest.Latin(fxKZ, fxUZ)
				e.Evidence = neo4jtest.Evidence(t, "Arman Zholdasov and Sherzod Tursunov chaired the commission on industry on 20 January 2025.")
				f.Events = []diplograph.Event{e}
				f.Topics = []string{"industry"}
			}),
		neo4jtest.Doc("https://example.org/en/water-call", diplograph.LangEnglish, "2024-11-08", "Ministers talk water by phone",
			"Ministers talk water by phone. Arman Zholdasov spoke by phone with Erlan Bekeshov on 8 November 2024.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{fxKZ, fxKG}
				f.Countries = []string{"KG", "KZ"}
				e := fxCall
				e.Participants = neo4jtest.Latin(fxKZ, fxKG)
				e.Evidence = neo4jtest.Evidence(t, "Arman Zholdasov spoke by phone with Erlan Bekeshov on 8 November 2024.")
				f.Events = []diplograph.Event{e}
				f.Topics = []string{"water"}
			}),
	}
}

// mustLoadFixture empties the test database and writes the fixture.
func mustLoadFixture(t testing.TB) *neo4jstore.Store {
	t.Helper()
	return neo4jtest.LoadFixture(t, fixtureCountries, fixtureDocs())
}
