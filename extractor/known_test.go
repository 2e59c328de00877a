package extractor_test

import (
	"slices"
	"testing"

	"github.com/diplograph/diplograph"
)

// officialNamed returns the official of f whose Latin name is latin.
func officialNamed(f diplograph.Facts, latin string) (diplograph.Person, bool) {
	for _, p := range f.Officials {
		if p.Latin == latin {
			return p, true
		}
	}
	return diplograph.Person{}, false
}

// People the reader is expected to know: a surname alone, or a title
// alone, resolved by the office-holder dictionary at the article's date.
func TestKnownOfficeHolders(t *testing.T) {
	tests := []struct {
		name, text, published string
		latin, country        string // the official expected ("" for none)
		absent                string // an official not expected
		event                 string // an event type expected with the official's country
	}{
		{name: "surname alone, ru",
			text:      "Днем Макрон приехал в Астану.\nВ Акорде Макрон и Касым-Жомарт Токаев обсудили поставки урана и авиационные контракты.",
			published: "2023-11-01", latin: "Emmanuel Macron", country: "FR", event: diplograph.EventVisit},
		{name: "surname alone in a case form, en",
			text:      "Kazakh Foreign Minister Merat Kulanov held talks with Lavrov in Moscow on Tuesday.\nThe ministers discussed transit and energy.",
			published: "2024-05-15", latin: "Sergey Lavrov", country: "RU", event: diplograph.EventMeeting},
		{name: "title alone at the article's date",
			text:      "Министр иностранных дел Казахстана Мерат Куланов провел переговоры с главой МИД России в Москве.\nСтороны обсудили транзит.",
			published: "2024-05-15", latin: "Sergey Lavrov", country: "RU", event: diplograph.EventMeeting},
		{name: "a surname before its holder's term is nobody known",
			text:      "Министр иностранных дел Казахстана Мерат Куланов встретился в Москве с Лавровым.",
			published: "2001-05-15", absent: "Sergey Lavrov"},
		{name: "a family-first name in a case form takes the dictionary's nominative",
			text:      "Министр иностранных дел Казахстана Мерат Куланов встретился в Пекине с Председателем КНР Си Цзиньпином.",
			published: "2024-05-15", latin: "Xi Jinping", country: "CN", event: diplograph.EventMeeting},
		{name: "title alone without a date is nobody in particular",
			text:      "Министр иностранных дел Казахстана Мерат Куланов провел переговоры с главой МИД России в Москве.",
			published: "", absent: "Sergey Lavrov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, tt.published)
			if tt.absent != "" {
				if p, ok := officialNamed(f, tt.absent); ok {
					t.Errorf("unexpected official %+v", p)
				}
				return
			}
			p, ok := officialNamed(f, tt.latin)
			if !ok {
				t.Fatalf("no official %s in %+v", tt.latin, f.Officials)
			}
			if p.Country != tt.country {
				t.Errorf("%s: country %q, want %q", tt.latin, p.Country, tt.country)
			}
			if tt.latin == "Xi Jinping" && p.Name != "Си Цзиньпин" {
				t.Errorf("name %q, want the nominative", p.Name)
			}
			found := false
			for _, e := range f.Events {
				if e.Type == tt.event && slices.Contains(e.Countries, tt.country) {
					found = true
				}
			}
			if !found {
				t.Errorf("no %s event with %s: %+v", tt.event, tt.country, f.Events)
			}
		})
	}
}
