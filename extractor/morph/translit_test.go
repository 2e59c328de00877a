package morph_test

import (
	"testing"

	"github.com/diplograph/diplograph/extractor/morph"
)

func TestTranslit(t *testing.T) {
	tests := []struct {
		in, lang, want string
	}{
		{"Кузнецова", "ru", "Kuznetsova"},
		{"Любава", "ru", "Lyubava"},
		{"Щукин", "ru", "Shchukin"},
		{"Юрий", "ru", "Yuriy"},
		{"Лютый", "ru", "Lyutyy"},
		{"Ёлкин", "ru", "Yolkin"},
		{"Пугачёв", "ru", "Pugachev"},
		{"Объединённые", "ru", "Obyedinyonnyye"},
		{"Елена Медведева", "ru", "Yelena Medvedeva"},
		{"Цой Хабибуллин", "ru", "Tsoy Khabibullin"},
		{"Жанна Эйхман", "ru", "Zhanna Eykhman"},
		{"Анна-Мария", "ru", "Anna-Mariya"},
		{"Emmanuel Macron", "ru", "Emmanuel Macron"},
		{"Жақсылық Серікбаев", "kk", "Zhaksylyk Serikbaev"},
		{"Әсел Нұрланқызы", "kk", "Asel Nurlankyzy"},
		{"Өскемен", "kk", "Oskemen"},
		{"Бейжің", "kk", "Beyzhing"},
		{"Бахтовар Ҳакимзода", "ru", "Bakhtovar Hakimzoda"},
		{"Аджай Джоши", "ru", "Ajay Joshi"},
		{"Ҷамшед Қурбонӣ", "kk", "Jamshed Kurboni"},
		{"Үміт Ерланұлы", "kk", "Umit Erlanuly"},
		{"Ерлан", "kk", "Erlan"},
		{"Шаһар", "kk", "Shahar"},
		{"Айгүл", "kk", "Aygul"},
		{"Астана", "en", "Astana"},
		{"ЮНЕСКО и ЖШС", "ru", "YUNESKO i ZHSHS"},
		{"Дарья Ильина", "ru", "Darya Ilina"},
	}
	for _, tt := range tests {
		if got := morph.Translit(tt.in, tt.lang); got != tt.want {
			t.Errorf("Translit(%q, %q) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}
