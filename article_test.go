package diplograph

import "testing"

func TestHeadline(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"date 2026-03-02\nМинистры обсудили транзит и энергетику\n\nСегодня в Баку прошли переговоры.", "Министры обсудили транзит и энергетику"},
		{"Foreign ministers of Chile and Peru meet in Lima\nThe ministers met on Monday.", "Foreign ministers of Chile and Peru meet in Lima"},
		{"Сегодня в Баку прошли переговоры министров. Стороны обсудили транзит.\nДалее текст.", ""},
		{"Lima, 3 March\nThe ministers met on Monday.", ""},
		{"Only a headline without a body here", ""},
		{"date 2026-03-02\n\n", ""},
	} {
		if got := Headline(tc.text); got != tc.want {
			t.Errorf("Headline(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://news.example.kz/politics/2025/08/27/ministers-talk", "2025-08-27"},
		{"https://agency.example.ru/20250827/talks-1234567.html", "2025-08-27"},
		{"http://example.uz/en/news/visit-2024-03-05.html", "2024-03-05"},
		{"https://example.com/a/2025-8-27/x", ""},      // not two digits
		{"https://example.com/news/120250827123/", ""}, // an article number
		{"https://example.com/2025/02/30/x", ""},       // no such day
		{"https://2025-08-27.example.com/x", ""},       // the host
		{"https://example.com/x?date=2025-08-27", ""},  // the query
		{"https://example.com/politics/2025/08/", ""},  // a month only
		{"", ""},
	} {
		if got := URLDate(c.url); got != c.want {
			t.Errorf("URLDate(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}
