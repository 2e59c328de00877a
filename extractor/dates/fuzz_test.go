package dates_test

import (
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extractor/dates"
)

func TestFindPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	pub := dates.Date{Year: 2024, Month: 10, Day: 16}
	for name, text := range map[string]string{
		"dashes":       strings.Repeat("1-", 200000),
		"dots":         strings.Repeat("1.", 200000),
		"years":        strings.Repeat("2024 ", 100000),
		"prepositions": strings.Repeat("с ", 200000),
		"kuni":         "10 қазан" + strings.Repeat(" күні", 100000),
		"days":         strings.Repeat("10 и ", 100000) + "октября",
		"months":       strings.Repeat("сентябре–", 100000),
		"relative":     strings.Repeat("вчера ", 100000),
		"eve":          strings.Repeat("накануне ", 100000),
	} {
		start := time.Now()
		ms := dates.Find(text, "", pub)
		if el := time.Since(start); el > 3*time.Second || testing.Verbose() {
			t.Logf("%s: Find took %v on %d bytes", name, el, len(text))
			if el > 3*time.Second {
				t.Fail()
			}
		}
		for _, m := range ms {
			if m.End > len(text) || m.Start >= m.End {
				t.Fatalf("%s: bad offsets %d..%d", name, m.Start, m.End)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"со 2 по 5 декабря 2023 года", "2025 жылы 10 қазанда", "желтоқсанның 2-сі мен 5-і аралығында",
		"March 3-5, 2024", "from 3 to 5 March", "25.09.25", "2024-03-03", "Накануне визита",
		"с 28 декабря по 8 января", "on the eve of", "в понедельник", "31 февраля", "1.2.3.4",
		"2024–2026 годы", "\xff\xfe 12 мая", "80-летие",
	} {
		f.Add(s, int8(2))
	}
	f.Fuzz(func(t *testing.T, text string, pubKind int8) {
		var pub dates.Date
		switch pubKind % 3 {
		case 1:
			pub = dates.Date{Year: 2024, Month: 12, Day: 31}
		case 2:
			pub = dates.Date{Year: 2025, Month: 1}
		}
		start := time.Now()
		ms := dates.Find(text, "", pub)
		if el := time.Since(start); el > time.Second {
			t.Fatalf("Find took %v on %d bytes", el, len(text))
		}
		// Rune boundaries as ranging over the string sees them (an invalid
		// byte is a rune of its own).
		boundary := make(map[int]bool, len(text)+1)
		for i := range text {
			boundary[i] = true
		}
		boundary[len(text)] = true
		prev := 0
		for _, m := range ms {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad offsets %d..%d (previous end %d, len %d)", m.Start, m.End, prev, len(text))
			}
			prev = m.End
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("offsets %d..%d not on rune boundaries", m.Start, m.End)
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("Text %q is not text[%d:%d]", m.Text, m.Start, m.End)
			}
			if !m.To.IsZero() && !m.From.IsZero() && m.From.Year != 0 && m.From.Compare(m.To) > 0 {
				t.Fatalf("From %v after To %v", m.From, m.To)
			}
			if !m.From.IsZero() && !m.From.Valid() {
				t.Fatalf("invalid From %+v in %q", m.From, m.Text)
			}
		}
	})
}
