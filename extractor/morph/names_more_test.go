package morph_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/morph"
)

// patronymicNames are invented full names with a patronymic in the six
// cases (nom gen dat acc ins loc).
var patronymicNames = []struct {
	given, patr, surname [6]string
	gender               morph.Gender
}{
	{[6]string{"Сергей", "Сергея", "Сергею", "Сергея", "Сергеем", "Сергее"},
		[6]string{"Викторович", "Викторовича", "Викторовичу", "Викторовича", "Викторовичем", "Викторовиче"},
		[6]string{"Петров", "Петрова", "Петрову", "Петрова", "Петровым", "Петрове"}, morph.Male},
	{[6]string{"Ольга", "Ольги", "Ольге", "Ольгу", "Ольгой", "Ольге"},
		[6]string{"Сергеевна", "Сергеевны", "Сергеевне", "Сергеевну", "Сергеевной", "Сергеевне"},
		[6]string{"Белова", "Беловой", "Беловой", "Белову", "Беловой", "Беловой"}, morph.Female},
	{[6]string{"Динара", "Динары", "Динаре", "Динару", "Динарой", "Динаре"},
		[6]string{"Маратовна", "Маратовны", "Маратовне", "Маратовну", "Маратовной", "Маратовне"},
		[6]string{"Ахметова", "Ахметовой", "Ахметовой", "Ахметову", "Ахметовой", "Ахметовой"}, morph.Female},
	{[6]string{"Лейла", "Лейлы", "Лейле", "Лейлу", "Лейлой", "Лейле"},
		[6]string{"Ильинична", "Ильиничны", "Ильиничне", "Ильиничну", "Ильиничной", "Ильиничне"},
		[6]string{"Садыкова", "Садыковой", "Садыковой", "Садыкову", "Садыковой", "Садыковой"}, morph.Female},
	{[6]string{"Мадина", "Мадины", "Мадине", "Мадину", "Мадиной", "Мадине"},
		[6]string{"Кузьминична", "Кузьминичны", "Кузьминичне", "Кузьминичну", "Кузьминичной", "Кузьминичне"},
		[6]string{"Орлова", "Орловой", "Орловой", "Орлову", "Орловой", "Орловой"}, morph.Female},
	{[6]string{"Эрлан", "Эрлана", "Эрлану", "Эрлана", "Эрланом", "Эрлане"},
		[6]string{"Токтосунович", "Токтосуновича", "Токтосуновичу", "Токтосуновича", "Токтосуновичем", "Токтосуновиче"},
		[6]string{"Абылкасымов", "Абылкасымова", "Абылкасымову", "Абылкасымова", "Абылкасымовым", "Абылкасымове"}, morph.Male},
	{[6]string{"Нурлан", "Нурлана", "Нурлану", "Нурлана", "Нурланом", "Нурлане"},
		[6]string{"Бахытович", "Бахытовича", "Бахытовичу", "Бахытовича", "Бахытовичем", "Бахытовиче"},
		[6]string{"Жумабаев", "Жумабаева", "Жумабаеву", "Жумабаева", "Жумабаевым", "Жумабаеве"}, morph.Male},
	{[6]string{"Айгуль", "Айгуль", "Айгуль", "Айгуль", "Айгуль", "Айгуль"},
		[6]string{"Ериковна", "Ериковны", "Ериковне", "Ериковну", "Ериковной", "Ериковне"},
		[6]string{"Сейткали", "Сейткали", "Сейткали", "Сейткали", "Сейткали", "Сейткали"}, morph.Female},
}

func TestNominativeNamePatronymic(t *testing.T) {
	for _, d := range patronymicNames {
		for ci, c := range morph.RuCases {
			orders := map[string][2][]string{
				"given patr surname": {{d.given[ci], d.patr[ci], d.surname[ci]}, {d.given[0], d.patr[0], d.surname[0]}},
				"surname given patr": {{d.surname[ci], d.given[ci], d.patr[ci]}, {d.surname[0], d.given[0], d.patr[0]}},
				"given patr":         {{d.given[ci], d.patr[ci]}, {d.given[0], d.patr[0]}},
			}
			for order, io := range orders {
				got, g := morph.NominativeName(io[0], "ru")
				if strings.Join(got, " ") != strings.Join(io[1], " ") || g != d.gender {
					t.Errorf("%s %s: NominativeName(%q) = %q, %v; want %q, %v", c, order, io[0], got, g, io[1], d.gender)
				}
			}
		}
	}
}

func TestNominativeNameForeignAndParticles(t *testing.T) {
	tests := []struct {
		in, lang, want string
		gender         morph.Gender
	}{
		// Portuguese and Spanish double names: only the consonant-final
		// parts decline.
		{"Карлоса Алберту Сантуша", "ru", "Карлос Алберту Сантуш", morph.Male},
		{"Карлосом Алберту Сантушем", "ru", "Карлос Алберту Сантуш", morph.Male},
		{"Карлосу Алберту Сантушу", "ru", "Карлос Алберту Сантуш", morph.Male},
		{"Педро Жозе Монтейру", "ru", "Педро Жозе Монтейру", morph.Male},
		{"Хосе Луиса Гарсии", "ru", "Хосе Луис Гарсия", morph.Male},
		// Arabic particles stay whole.
		{"Абдуллы бин Заида", "ru", "Абдулла бин Заид", morph.Male},
		{"Хамадом бен Салманом", "ru", "Хамад бен Салман", morph.Male},
		{"Абдель Фаттаха ас-Сафи", "ru", "Абдель Фаттах ас-Сафи", morph.Male},
		{"Юсефа Абу Салема", "ru", "Юсеф Абу Салем", morph.Male},
		{"Мухаммеда Аль-Харби", "ru", "Мухаммед Аль-Харби", morph.Male},
		{"Ахмеда ould Салема", "ru", "Ахмед ould Салем", morph.Male},
		// A given name missing from the table, before a patronymic, is no
		// adjectival surname.
		{"Гулжаной Ермековной Тасмагамбетовой", "ru", "Гулжана Ермековна Тасмагамбетова", morph.Female},
		{"Жанарой Маратовной", "ru", "Жанара Маратовна", morph.Female},
		{"Бахытжаном Серикбаевичем Утегеновым", "ru", "Бахытжан Серикбаевич Утегенов", morph.Male},
		{"Эльмирой Рашидовной Ким", "ru", "Эльмира Рашидовна Ким", morph.Female},
		{"Виктора Ивановича Ли", "ru", "Виктор Иванович Ли", morph.Male},
		// Turkic patronymics.
		{"Айгерим Нурланкызы", "ru", "Айгерим Нурланкызы", morph.Female},
		{"Айгерим Нурланкызы", "kk", "Айгерим Нурланкызы", morph.Female},
		{"Бакыта Токтосун уулу", "ru", "Бакыт Токтосун уулу", morph.Male},
		{"Ерланом Серикулы", "ru", "Ерлан Серикулы", morph.Male},
		// Glued initials come back with a space.
		{"С.В.Петровым", "ru", "С.В. Петров", morph.Male},
		{"О.С.Беловой", "ru", "О.С. Белова", morph.Female},
		{"С.В.Петрова", "ru", "С.В. Петрова", morph.Unknown},
	}
	for _, tt := range tests {
		got, g := morph.NominativeName(strings.Fields(tt.in), tt.lang)
		if strings.Join(got, " ") != tt.want || g != tt.gender {
			t.Errorf("NominativeName(%q, %s) = %q, %v; want %q, %v", tt.in, tt.lang, strings.Join(got, " "), g, tt.want, tt.gender)
		}
	}
}

func TestNominativeNameCaseInitials(t *testing.T) {
	tests := []struct {
		in, cas, want string
		gender        morph.Gender
	}{
		// Without a given name, the context case decides; genitive and
		// accusative in -а read as a man's name.
		{"С.В.Петрова", "gen", "С.В. Петров", morph.Male},
		{"С.В. Петрова", "acc", "С.В. Петров", morph.Male},
		{"С.В. Петрова", "nom", "С.В. Петрова", morph.Female},
		{"А.А. Иванову", "dat", "А.А. Иванов", morph.Male},
		{"А.А. Иванову", "acc", "А.А. Иванова", morph.Female},
		{"А.А. Ивановой", "gen", "А.А. Иванова", morph.Female},
		{"Ольгой Сергеевной Беловой", "ins", "Ольга Сергеевна Белова", morph.Female},
	}
	for _, tt := range tests {
		got, g := morph.NominativeNameCase(strings.Fields(tt.in), "ru", tt.cas)
		if strings.Join(got, " ") != tt.want || g != tt.gender {
			t.Errorf("NominativeNameCase(%q, %s) = %q, %v; want %q, %v", tt.in, tt.cas, strings.Join(got, " "), g, tt.want, tt.gender)
		}
	}
}
