package morph_test

import (
	"testing"

	"github.com/diplograph/diplograph/extractor/morph"
)

func TestLooksLikeName(t *testing.T) {
	tests := []struct {
		tok, lang string
		want      bool
	}{
		// Personal names.
		{"Olga", "en", true}, {"Smith", "en", true}, {"Carvalho", "en", true}, {"Yerlan", "en", true},
		{"Clement", "en", true}, {"Lawrence", "en", true}, {"Petrova", "en", true},
		{"Петрова", "ru", true}, {"Сергеем", "ru", true}, {"Викторовичем", "ru", true},
		{"Евгения", "ru", true}, {"Ксении", "ru", true}, {"Абылкасымов", "ru", true},
		{"Ерлан", "kk", true}, {"Досаевқа", "kk", true}, {"Нұрланқызы", "kk", true}, {"Жақсылық", "kk", true},
		{"Анна-Мария", "ru", true},
		// English titles, portfolios and institutions.
		{"Arts", "en", false}, {"Culture", "en", false}, {"Extraordinary", "en", false},
		{"National", "en", false}, {"Centre", "en", false}, {"Minister", "en", false},
		{"Ministers", "en", false}, {"Ambassador", "en", false}, {"Plenipotentiary", "en", false},
		{"Republic", "en", false}, {"Foreign", "en", false}, {"Affairs", "en", false},
		{"Mobility", "en", false}, {"Sustainable", "en", false}, {"Logistics", "en", false},
		{"Tourism", "en", false}, {"Development", "en", false}, {"Transport", "en", false},
		{"Energy", "en", false}, {"Health", "en", false}, {"Agriculture", "en", false},
		{"Economy", "en", false}, {"Finance", "en", false}, {"Defence", "en", false},
		{"Digital", "en", false}, {"Emergency", "en", false}, {"Water", "en", false},
		{"Resources", "en", false}, {"Irrigation", "en", false}, {"Industry", "en", false},
		{"Trade", "en", false}, {"Integration", "en", false}, {"Investment", "en", false},
		{"Education", "en", false}, {"Science", "en", false}, {"Higher", "en", false},
		{"Youth", "en", false}, {"Sport", "en", false}, {"Sports", "en", false},
		{"Labour", "en", false}, {"Justice", "en", false}, {"Interior", "en", false},
		{"Ecology", "en", false}, {"Environment", "en", false}, {"Natural", "en", false},
		{"Information", "en", false}, {"Communications", "en", false}, {"Innovation", "en", false},
		{"Aerospace", "en", false}, {"Ministry's", "en", false}, {"Cooperation", "en", false},
		// Ranks and honorifics.
		{"General", "en", false}, {"Colonel", "en", false}, {"Admiral", "en", false},
		{"H.E.", "en", false}, {"His", "en", false}, {"Excellency", "en", false},
		{"Sheikh", "en", false}, {"Dr.", "en", false}, {"Prof.", "en", false},
		{"Mr.", "en", false}, {"Mrs.", "en", false}, {"Ms.", "en", false}, {"Mr", "en", false},
		{"Шейх", "ru", false}, {"Генерал-лейтенант", "ru", false}, {"Генерал-майора", "ru", false},
		{"Полковник", "ru", false}, {"полковник", "ru", false},
		// Russian titles in their case forms.
		{"Чрезвычайный", "ru", false}, {"Чрезвычайного", "ru", false}, {"Полномочный", "ru", false},
		{"Полномочным", "ru", false}, {"Посол", "ru", false}, {"Посла", "ru", false},
		{"Послом", "ru", false}, {"Министр", "ru", false}, {"Министра", "ru", false},
		{"Республики", "ru", false}, {"Национального", "ru", false}, {"Министерства", "ru", false},
		{"Федерации", "ru", false}, {"Безопасности", "ru", false}, {"Сотрудничества", "ru", false},
		{"Управления", "ru", false}, {"Президента", "ru", false},
		// Kazakh titles with and without case suffixes.
		{"Төтенше", "kk", false}, {"Өкілетті", "kk", false}, {"Елшісі", "kk", false},
		{"Министрі", "kk", false}, {"Министрлігі", "kk", false}, {"Елшісімен", "kk", false},
		{"Министрге", "kk", false}, {"Сыртқы", "kk", false}, {"Ұлттық", "kk", false},
		{"Экономика", "kk", false}, {"Даму", "kk", false},
		// Hyphenated titles and more case forms.
		{"Вице-министр", "ru", false}, {"Вице-министра", "ru", false}, {"Secretary-General", "en", false},
		{"Vice-President", "en", false}, {"Ambassador-at-Large", "en", false}, {"Commissioner", "en", false},
		{"Chargé", "en", false}, {"d'Affaires", "en", false}, {"Министру", "ru", false},
		{"Посольства", "ru", false}, {"Межпарламентской", "ru", false}, {"Председателем", "ru", false},
		{"Заместителя", "ru", false}, {"Генерального", "ru", false}, {"Төрағасы", "kk", false},
		{"Орынбасары", "kk", false}, {"Елшілігінің", "kk", false}, {"Министрлігінің", "kk", false},
		{"Ким", "ru", true}, {"Ли", "ru", true}, {"Kim", "en", true}, {"Lee", "en", true},
		{"Johnson", "en", true}, {"Mohammed", "en", true}, {"Байжанов", "ru", true},
		// Surnames of many origins.
		{"Смагулова", "ru", true}, {"Серикбаев", "ru", true}, {"Соколовская", "ru", true},
		{"Грачёв", "ru", true}, {"Dupont", "en", true}, {"Müller", "en", true}, {"García", "en", true},
		{"Tanaka", "en", true}, {"Nguyen", "en", true}, {"Al-Mansouri", "en", true},
		{"O'Connor", "en", true}, {"Rossi", "en", true}, {"Серікұлы", "kk", true},
		// Acronyms and lower-case words.
		{"UN", "en", false}, {"МИД", "ru", false}, {"ҚР", "kk", false}, {"NATO", "en", false},
		{"minister", "en", false}, {"", "en", false}, {"2026", "en", false},
	}
	for _, tt := range tests {
		if got := morph.LooksLikeName(tt.tok, tt.lang); got != tt.want {
			t.Errorf("LooksLikeName(%q, %s) = %v; want %v", tt.tok, tt.lang, got, tt.want)
		}
	}
}
