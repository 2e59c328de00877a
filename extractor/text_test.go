package extractor

import (
	"testing"
	"unicode"
)

// TestLowerRune checks the fast paths of lowerRune against unicode.ToLower
// (with ё folded to е) over the Latin, Cyrillic and neighbouring blocks.
func TestLowerRune(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		want := unicode.ToLower(r)
		if want == 'ё' {
			want = 'е'
		}
		if got := lowerRune(r); got != want {
			t.Errorf("lowerRune(%U %c) = %c, want %c", r, r, got, want)
		}
	}
}

// TestIsWordRune checks the fast paths of isWordRune.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if isWordRune(r) != (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			t.Errorf("isWordRune(%U) wrong", r)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "Министр «Дала Сазы», 80-летие; Japan's Әлі-Хан."
	toks := tokenize(text, 10, nil)
	var words []string
	for _, tk := range toks {
		if text[tk.start-10:tk.end-10] != tk.text {
			t.Errorf("token %q at %d..%d does not match the text", tk.text, tk.start, tk.end)
		}
		if tk.word {
			words = append(words, tk.low)
		}
	}
	want := []string{"министр", "дала", "сазы", "80-летие", "japan", "s", "әлі-хан"}
	if len(words) != len(want) {
		t.Fatalf("words %q, want %q", words, want)
	}
	for i := range want {
		if words[i] != want[i] {
			t.Errorf("word %d = %q, want %q", i, words[i], want[i])
		}
	}
}

func TestRuNominative(t *testing.T) {
	tests := []struct{ in, cas, want string }{
		{"Хорватом", "ins", "Хорват"},
		{"Танакой", "ins", "Танака"},
		{"Рахимовым", "ins", "Рахимов"},
		{"Иванова", "gen", "Иванов"},
		{"Смиту", "dat", "Смит"},
		{"Мори", "ins", "Мори"},
	}
	for _, tt := range tests {
		if got := ruNominative(tt.in, tt.cas); got != tt.want {
			t.Errorf("ruNominative(%q, %s) = %q, want %q", tt.in, tt.cas, got, tt.want)
		}
	}
	if got := fallbackNominative([]string{"Ли", "Сон", "Хомен"}, "kk", ""); got[2] != "Хо" {
		t.Errorf("Kazakh instrumental suffix not removed: %q", got)
	}
}
