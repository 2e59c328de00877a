package morph_test

import (
	"slices"
	"testing"

	"github.com/diplograph/diplograph/extractor/morph"
)

func TestKazakhInflect(t *testing.T) {
	tests := []struct {
		noun string
		want map[string]string
	}{
		{"Қазақстан", map[string]string{
			"gen": "Қазақстанның", "dat": "Қазақстанға", "acc": "Қазақстанды", "loc": "Қазақстанда",
			"abl": "Қазақстаннан", "ins": "Қазақстанмен", "rel": "Қазақстандық", "loc_rel": "Қазақстандағы",
		}},
		{"Ресей", map[string]string{
			"gen": "Ресейдің", "dat": "Ресейге", "acc": "Ресейді", "loc": "Ресейде",
			"abl": "Ресейден", "ins": "Ресеймен", "rel": "Ресейлік", "loc_rel": "Ресейдегі",
		}},
		{"Франция", map[string]string{
			"gen": "Францияның", "dat": "Францияға", "acc": "Францияны", "loc": "Францияда",
			"abl": "Франциядан", "ins": "Франциямен", "rel": "Франциялық",
		}},
		{"Ташкент", map[string]string{
			"gen": "Ташкенттің", "dat": "Ташкентке", "acc": "Ташкентті", "loc": "Ташкентте",
			"abl": "Ташкенттен", "ins": "Ташкентпен", "loc_rel": "Ташкенттегі",
		}},
		{"Мәскеу", map[string]string{"gen": "Мәскеудің", "dat": "Мәскеуге", "loc": "Мәскеуде", "rel": "Мәскеулік"}},
		{"Париж", map[string]string{"gen": "Париждің", "loc": "Парижде", "ins": "Парижбен"}},
		{"Душанбе", map[string]string{"gen": "Душанбенің", "loc": "Душанбеде", "dat": "Душанбеге"}},
		{"Алматы", map[string]string{"gen": "Алматының", "loc": "Алматыда", "abl": "Алматыдан"}},
		{"Серікбаев", map[string]string{"ins": "Серікбаевпен", "dat": "Серікбаевқа", "gen": "Серікбаевтың"}},
		{"Астана", map[string]string{"loc": "Астанада", "loc_rel": "Астанадағы", "acc": "Астананы"}},
	}
	for _, tt := range tests {
		got := morph.KazakhInflect(tt.noun)
		for k, w := range tt.want {
			if got[k] != w {
				t.Errorf("KazakhInflect(%q)[%s] = %q, want %q", tt.noun, k, got[k], w)
			}
		}
	}
}

func TestKazakhInflectPossessive(t *testing.T) {
	got := morph.KazakhInflectPossessive("Республикасы")
	want := map[string]string{"gen": "Республикасының", "dat": "Республикасына", "acc": "Республикасын", "loc": "Республикасында", "abl": "Республикасынан"}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("KazakhInflectPossessive[%s] = %q, want %q", k, got[k], w)
		}
	}
}

func TestKazakhInflectAll(t *testing.T) {
	all := morph.KazakhInflectAll("Баку")
	for _, f := range []string{"Бакуда", "Бакуде", "Бакуға"} {
		if !slices.Contains(all, f) {
			t.Errorf("KazakhInflectAll(Баку) lacks %q", f)
		}
	}
}

func TestKazakhStem(t *testing.T) {
	tests := []struct{ word, stem, suffix string }{
		{"Кузнецоваға", "Кузнецова", "ға"},
		{"Сейткалиеваның", "Сейткалиева", "ның"},
		{"Смирновпен", "Смирнов", "пен"},
		{"Ильинмен", "Ильин", "мен"},
		{"Гасанлиді", "Гасанли", "ді"},
		{"Серікбаевпен", "Серікбаев", "пен"},
		{"Досаевқа", "Досаев", "қа"},
		{"Ерланның", "Ерлан", "ның"},
		{"Қазақстандағы", "Қазақстан", "дағы"},
		{"Қазақстаннан", "Қазақстан", "нан"},
		{"ресейлік", "ресей", "лік"},
		{"Ташкентте", "Ташкент", "те"},
		{"Республикасының", "Республикасы", "ның"},
		{"Республикасына", "Республикасы", "на"},
		{"Мәскеуге", "Мәскеу", "ге"},
		{"Парижге", "Париж", "ге"},
		// No suffix, or a suffix that the stem's last sound would not take.
		{"Жанна", "Жанна", ""},
		{"Айдана", "Айдана", ""},
		{"Ерлан", "Ерлан", ""},
		{"Асқар", "Асқар", ""},
		{"Мадина", "Мадина", ""},
		{"Ерден", "Ерден", ""},
		{"Иванова", "Иванова", ""},
	}
	for _, tt := range tests {
		stem, sfx := morph.KazakhStem(tt.word)
		if stem != tt.stem || sfx != tt.suffix {
			t.Errorf("KazakhStem(%q) = %q, %q; want %q, %q", tt.word, stem, sfx, tt.stem, tt.suffix)
		}
	}
}
