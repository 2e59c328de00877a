package graph_test

import (
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/neo4jstore"
)

// The fixed graph of the golden tests: invented articles about invented
// officials. Nothing here comes from a real article.

var fixtureCountries = []diplograph.Country{
	{Code: "KZ", NameEN: "Kazakhstan", NameRU: "Казахстан", NameKK: "Қазақстан"},
	{Code: "UZ", NameEN: "Uzbekistan", NameRU: "Узбекистан", NameKK: "Өзбекстан"},
	{Code: "FR", NameEN: "France", NameRU: "Франция", NameKK: "Франция"},
	{Code: "KG", NameEN: "Kyrgyzstan", NameRU: "Киргизия", NameKK: "Қырғызстан"},
	{Code: "TR", NameEN: "Türkiye", NameRU: "Турция", NameKK: "Түркия"},
}

func person(name, latin, country, portfolio, role string) diplograph.Person {
	return diplograph.Person{ID: diplograph.PersonID(country, latin), Name: name, Latin: latin,
		Country: country, Portfolio: portfolio, Role: role}
}

var (
	pKZCulture = person("Дана Серикбаева", "Dana Serikbayeva", "KZ", "culture and information", "")
	pUZCulture = person("Бекзод Рахимов", "Bekzod Rakhimov", "UZ", "culture", "")
	pKZForeign = person("Нурлан Абенов", "Nurlan Abenov", "KZ", "foreign affairs", "")
	pFRCulture = person("Claire Dubois-Martel", "Claire Dubois-Martel", "FR", "culture", "")
	pKGForeign = person("Айбек Сыдыков", "Aibek Sydykov", "KG", "foreign affairs", "")
	pTRAmbassa = person("Mehmet Aydinli", "Mehmet Aydinli", "TR", "", "Ambassador")
)

func fixtureDocs() []diplograph.Document {
	meeting := diplograph.Event{Type: diplograph.EventMeeting, Status: diplograph.StatusHeld, Date: "2024-03-12",
		City: "Tashkent", CityCountry: "UZ", Countries: []string{"KZ", "UZ"}, Title: "Meeting of the culture ministers of KZ and UZ",
		Topics: []string{"cinema", "museums"}, Primary: true}
	meeting.ID = diplograph.EventID(meeting.Type, meeting.Countries, meeting.Date, "")
	memo := diplograph.Agreement{Kind: diplograph.KindMemorandum, Status: diplograph.AgreementSigned, Date: "2024-03-12",
		Countries: []string{"KZ", "UZ"}, Title: "Memorandum on museum exchanges", EventID: meeting.ID, Topics: []string{"museums"}}
	memo.ID = diplograph.AgreementID(memo.Kind, memo.Countries, nil, memo.EventID)

	session := diplograph.Event{Type: diplograph.EventCommissionSession, Status: diplograph.StatusHeld, Date: "2025-01-15",
		City: "Astana", CityCountry: "KZ", Countries: []string{"KZ", "UZ"}, Title: "Session of the KZ-UZ intergovernmental commission",
		Topics: []string{"trade", "tourism"}, Primary: true}
	session.ID = diplograph.EventID(session.Type, session.Countries, session.Date, "")
	roadmap := diplograph.Agreement{Kind: diplograph.KindRoadmap, Status: diplograph.AgreementDraft, Date: "2025-01",
		Countries: []string{"KZ", "UZ"}, Title: "Roadmap on tourism routes", EventID: session.ID, Topics: []string{"tourism"}}
	roadmap.ID = diplograph.AgreementID(roadmap.Kind, roadmap.Countries, nil, roadmap.EventID)

	visit := diplograph.Event{Type: diplograph.EventVisit, Status: diplograph.StatusPlanned, Date: "2024-09",
		City: "Paris", CityCountry: "FR", Countries: []string{"FR", "KZ"}, Title: "Visit of the KZ culture minister to France",
		Topics: []string{"education", "heritage"}, Primary: true}
	visit.ID = diplograph.EventID(visit.Type, visit.Countries, visit.Date, "")

	call := diplograph.Event{Type: diplograph.EventPhoneCall, Status: diplograph.StatusHeld, Date: "2023-11-02",
		Countries: []string{"KG", "KZ"}, Title: "Phone call of the foreign ministers of KZ and KG", Topics: []string{"water"}, Primary: true}
	call.ID = diplograph.EventID(call.Type, call.Countries, call.Date, "")

	days := diplograph.Event{Type: diplograph.EventCultureDays, Status: diplograph.StatusHeld, Date: "2024-05",
		City: "Almaty", CityCountry: "KZ", Countries: []string{"TR", "KZ"}, Title: "Days of Turkish culture in Kazakhstan",
		Topics: []string{"music", "theatre"}, Primary: true}
	days.ID = diplograph.EventID(days.Type, days.Countries, days.Date, "")

	return []diplograph.Document{
		neo4jtest.Doc("https://example.org/news/tashkent-museums", diplograph.LangEnglish, "2024-03-12", "Culture ministers meet in Tashkent",
			"Culture ministers meet in Tashkent. Dana Serikbayeva met Bekzod Rakhimov in Tashkent on 12 March 2024. They signed a memorandum on museum exchanges. Cinema and museums were discussed.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{pKZCulture, pUZCulture}
				f.Ministers[0].Evidence = neo4jtest.Evidence(t, "Dana Serikbayeva met Bekzod Rakhimov in Tashkent on 12 March 2024.")
				f.Ministers[1].Evidence = neo4jtest.Evidence(t, "Dana Serikbayeva met Bekzod Rakhimov in Tashkent on 12 March 2024.")
				f.Countries = []string{"KZ", "UZ"}
				e := meeting
				e.Participants = neo4jtest.Latin(pKZCulture, pUZCulture)
				e.Evidence = neo4jtest.Evidence(t, "Dana Serikbayeva met Bekzod Rakhimov in Tashkent on 12 March 2024.")
				f.Events = []diplograph.Event{e}
				m := memo
				m.Signatories = neo4jtest.Latin(pKZCulture, pUZCulture)
				m.Evidence = neo4jtest.Evidence(t, "They signed a memorandum on museum exchanges.")
				f.Agreements = []diplograph.Agreement{m}
				f.Topics = []string{"cinema", "museums"}
			}),
		neo4jtest.Doc("https://example.org/ru/tashkent-museums", diplograph.LangRussian, "2024-03-13", "Министры культуры встретились в Ташкенте",
			"Министры культуры встретились в Ташкенте. Дана Серикбаева провела встречу с Бекзодом Рахимовым. Стороны обсудили кино.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{pKZCulture, pUZCulture}
				f.Countries = []string{"KZ", "UZ"}
				e := meeting
				e.Participants = neo4jtest.Latin(pKZCulture, pUZCulture)
				e.Evidence = neo4jtest.Evidence(t, "Дана Серикбаева провела встречу с Бекзодом Рахимовым.")
				f.Events = []diplograph.Event{e}
				f.Topics = []string{"cinema"}
			}),
		neo4jtest.Doc("https://example.org/news/astana-commission", diplograph.LangKazakh, "2025-01-15", "Үкіметаралық комиссия отырысы",
			"Астанада үкіметаралық комиссияның отырысы өтті. Нурлан Абенов пен Бекзод Рахимов сауда мен туризмді талқылады. Туристік маршруттар жөніндегі жол картасының жобасы дайындалды.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{pKZForeign, pUZCulture}
				f.Countries = []string{"KZ", "UZ"}
				e := session
				e.Participants = neo4jtest.Latin(pKZForeign, pUZCulture)
				e.Evidence = neo4jtest.Evidence(t, "Астанада үкіметаралық комиссияның отырысы өтті.")
				f.Events = []diplograph.Event{e}
				r := roadmap
				r.Evidence = neo4jtest.Evidence(t, "Туристік маршруттар жөніндегі жол картасының жобасы дайындалды.")
				f.Agreements = []diplograph.Agreement{r}
				f.Topics = []string{"trade", "tourism"}
			}),
		neo4jtest.Doc("https://example.org/news/paris-visit", diplograph.LangEnglish, "2024-08-30", "Minister to visit Paris",
			"Minister to visit Paris. Dana Serikbayeva will visit France in September 2024 to meet Claire Dubois-Martel. Education and heritage are on the agenda.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{pKZCulture, pFRCulture}
				f.Countries = []string{"FR", "KZ"}
				e := visit
				e.Participants = neo4jtest.Latin(pKZCulture, pFRCulture)
				e.Evidence = neo4jtest.Evidence(t, "Dana Serikbayeva will visit France in September 2024 to meet Claire Dubois-Martel.")
				f.Events = []diplograph.Event{e}
				f.Topics = []string{"education", "heritage"}
			}),
		neo4jtest.Doc("https://example.org/news/water-call", diplograph.LangEnglish, "2023-11-02", "Foreign ministers talk water",
			"Foreign ministers talk water. Nurlan Abenov spoke by phone with Aibek Sydykov on 2 November 2023 about water sharing.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{pKZForeign, pKGForeign}
				f.Countries = []string{"KG", "KZ"}
				e := call
				e.Participants = neo4jtest.Latin(pKZForeign, pKGForeign)
				e.Evidence = neo4jtest.Evidence(t, "Nurlan Abenov spoke by phone with Aibek Sydykov on 2 November 2023 about water sharing.")
				f.Events = []diplograph.Event{e}
				f.Topics = []string{"water"}
			}),
		neo4jtest.Doc("https://example.org/news/turkish-days", diplograph.LangEnglish, "2024-05-20", "Days of Turkish culture open in Almaty",
			"Days of Turkish culture open in Almaty. Ambassador Mehmet Aydinli opened the concerts with Dana Serikbayeva. Music and theatre troupes perform all week.",
			func(t string, f *diplograph.Facts) {
				f.Ministers = []diplograph.Person{pKZCulture}
				f.Persons = []diplograph.Person{pTRAmbassa}
				f.Countries = []string{"KZ", "TR"}
				e := days
				e.Participants = neo4jtest.Latin(pTRAmbassa, pKZCulture)
				e.Evidence = neo4jtest.Evidence(t, "Ambassador Mehmet Aydinli opened the concerts with Dana Serikbayeva.")
				f.Events = []diplograph.Event{e}
				f.Topics = []string{"music", "theatre"}
			}),
	}
}

// mustLoadFixture wipes the test database and writes the fixture.
func mustLoadFixture(t testing.TB) *neo4jstore.Store {
	t.Helper()
	return neo4jtest.LoadFixture(t, fixtureCountries, fixtureDocs())
}
