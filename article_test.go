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
