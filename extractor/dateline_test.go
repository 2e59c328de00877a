package extractor_test

import (
	"testing"

	"github.com/diplograph/diplograph"
)

// A page's timestamp line under the headline dates the article; a
// headline that names a date in a sentence does not.
func TestPublishedFromTimestampLine(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"ru timestamp with time and views", "Министры обсудили транзит\n\n14 Марта 2024, 11:05 2317\n\nМинистр иностранных дел Казахстана провел переговоры.", "2024-03-14"},
		{"en date under the headline", "Ministers discuss transit corridors\nApril 9, 2025\n\nThe foreign ministers met in Astana.", "2025-04-09"},
		{"en publication stamp after the lead", "Contact\n\nMinisters discuss transit\n\nThe foreign ministers met in Astana.\n\nSome Agency WORLD Published March 3,2023\n\nThey agreed on a plan.", "2023-03-03"},
		{"kk date line", "Министрлер транзитті талқылады\n05.06.2024 14:20\nҚазақстан мен Өзбекстан министрлері кездесті.", "2024-06-05"},
		{"a year run into the next stamp", "Министры обсудили транзит\n\n12 марта 202412 мар 2024\n\nМинистр иностранных дел Казахстана провел переговоры.", "2024-03-12"},
		{"a date alone below a page's menus", "Ministers discuss transit\n\n• Government\n\n• Ministers\n\n• Policy\n\n• Speeches\n\n• Media\n\n• Topics\n\n  • Tuesday, 8 October 2024\n\nThe foreign ministers of Kazakhstan and Hungary met in Astana to discuss transit corridors.\n\nThey agreed to meet again in Budapest next spring.", "2024-10-08"},
		{"kk stamp with an abbreviated month", "31 нау, 2026 сағат 15:14\n\nМинистрлер транзитті талқылады\n\nҚазақстан мен Өзбекстан министрлері кездесті.", "2026-03-31"},
		{"a numeric stamp glued to the text", "Министры обсудили транзит\n12.03.2026 | 17:45 |Министр иностранных дел Казахстана провел переговоры с коллегой из Узбекистана в Ташкенте, обсудив транзит грузов.", "2026-03-12"},
		{"a menu marker above the stamp", "Лента новостей\nНовости дня\n\nМинистры обсудили транзит\n\n12 марта,2026 16:32\n\nМинистр иностранных дел Казахстана провел переговоры.", "2026-03-12"},
		{"a headline is no timestamp", "Ministers will meet in Astana on 12 May 2025 to discuss transit corridors\n\nThe foreign ministers agreed to meet.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if f := extract(t, tt.text, ""); f.Published != tt.want {
				t.Errorf("published %q, want %q", f.Published, tt.want)
			}
		})
	}
}

// An undated article's day without a year is kept for resolution; a day
// with its year, or a dated article, leaves none.
func TestMonthDayWithoutYear(t *testing.T) {
	for _, tt := range []struct{ name, text, published, want string }{
		{"ru day without a year", "17 августа министр иностранных дел Казахстана Мерат Куланов провел телефонный разговор с министром иностранных дел Кыргызстана Эмилем Табалдиевым.", "", "08-17"},
		{"a dated article", "17 августа министр иностранных дел Казахстана Мерат Куланов провел телефонный разговор с министром иностранных дел Кыргызстана Эмилем Табалдиевым.", "2024-08-18", ""},
		{"a day with its year", "17 августа 2023 года министр иностранных дел Казахстана Мерат Куланов провел телефонный разговор с министром иностранных дел Кыргызстана Эмилем Табалдиевым.", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, tt.published)
			if len(f.Events) == 0 {
				t.Fatal("no event")
			}
			if got := f.Events[0].MonthDay; got != tt.want {
				t.Errorf("month_day %q, want %q (date %q)", got, tt.want, f.Events[0].Date)
			}
		})
	}
}

// A politician's tour is his trip, a troupe's tour a cultural event.
func TestPoliticiansTourIsNoCulturalEvent(t *testing.T) {
	f := extract(t, "Polish Foreign Minister Adam Nowicki arrived in Tashkent on 3 May 2025, the second stop of his regional tour after Bishkek.", "2025-05-03")
	if _, ok := findEvent(f, "CULTURAL_EVENT"); ok {
		t.Errorf("a cultural event in %+v", f.Events)
	}
	f = extract(t, "The Kazakh State Philharmonic Orchestra began a concert tour of Poland in Warsaw on 3 May 2025, with the support of the Ministry of Culture of Kazakhstan.", "2025-05-03")
	if _, ok := findEvent(f, "CULTURAL_EVENT"); !ok {
		t.Errorf("no cultural event in %+v", f.Events)
	}
}

// A planned event told without a year on the day of publication, or a few
// days before it (an announcement reported late), is of that year.
func TestPlannedDayWithoutYear(t *testing.T) {
	for _, tt := range []struct{ name, text, published, want string }{
		{"on the day", "Дни культуры Казахстана в Узбекистане откроются в Ташкенте 14 декабря и продлятся неделю, сообщает Министерство культуры и информации Казахстана.", "2025-12-14", "2025-12-14"},
		{"a few days before", "Ранее МИД Кыргызстана сообщил, что министр иностранных дел Кыргызстана Эмиль Табалдиев посетит Астану 1-2 декабря с официальным визитом.", "2025-12-03", "2025-12-01"},
		{"months before: next year", "Министр иностранных дел Кыргызстана Эмиль Табалдиев посетит Астану 1-2 марта с официальным визитом.", "2025-12-03", "2026-03-01"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, tt.published)
			if len(f.Events) == 0 {
				t.Fatal("no event")
			}
			if got := f.Events[0].Date; got != tt.want {
				t.Errorf("date %q, want %q", got, tt.want)
			}
		})
	}
}

// An article with no date of its own takes the day its address gives, and
// dates "yesterday" from it; its own date line comes first.
func TestPublishedFromURL(t *testing.T) {
	for _, tt := range []struct{ name, url, text, published, event string }{
		{"the address dates it", "https://news.example.kz/ru/2025/03/14/talks", "Вчера министр иностранных дел Казахстана провел телефонный разговор с министром иностранных дел Узбекистана.", "2025-03-14", "2025-03-13"},
		{"a number is no date", "https://news.example.kz/ru/news/120250314/", "Вчера министр иностранных дел Казахстана провел телефонный разговор с министром иностранных дел Узбекистана.", "", ""},
		{"the date line first", "https://news.example.kz/ru/2025/03/14/talks", "10.03.2025\nВчера министр иностранных дел Казахстана провел телефонный разговор с министром иностранных дел Узбекистана.", "2025-03-10", "2025-03-09"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := newExtractor(t).Extract(diplograph.Article{URL: tt.url, Text: tt.text, Language: "ru"})
			if err != nil {
				t.Fatal(err)
			}
			if f.Published != tt.published {
				t.Errorf("published %q, want %q", f.Published, tt.published)
			}
			if len(f.Events) == 0 || f.Events[0].Date != tt.event {
				t.Errorf("events %+v, want one dated %q", f.Events, tt.event)
			}
		})
	}
}
