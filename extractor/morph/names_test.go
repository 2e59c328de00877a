package morph_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/morph"
)

// declined is a person's name in the six cases (nom gen dat acc ins loc).
type declined struct {
	given   [6]string
	surname [6]string
	gender  morph.Gender
}

var declinedNames = []declined{
	{[6]string{"Сергей", "Сергея", "Сергею", "Сергея", "Сергеем", "Сергее"},
		[6]string{"Петров", "Петрова", "Петрову", "Петрова", "Петровым", "Петрове"}, morph.Male},
	{[6]string{"Игорь", "Игоря", "Игорю", "Игоря", "Игорем", "Игоре"},
		[6]string{"Смирнов", "Смирнова", "Смирнову", "Смирнова", "Смирновым", "Смирнове"}, morph.Male},
	{[6]string{"Арсений", "Арсения", "Арсению", "Арсения", "Арсением", "Арсении"},
		[6]string{"Ахметов", "Ахметова", "Ахметову", "Ахметова", "Ахметовым", "Ахметове"}, morph.Male},
	{[6]string{"Нурлан", "Нурлана", "Нурлану", "Нурлана", "Нурланом", "Нурлане"},
		[6]string{"Сейткалиев", "Сейткалиева", "Сейткалиеву", "Сейткалиева", "Сейткалиевым", "Сейткалиеве"}, morph.Male},
	{[6]string{"Юрий", "Юрия", "Юрию", "Юрия", "Юрием", "Юрии"},
		[6]string{"Кузьмин", "Кузьмина", "Кузьмину", "Кузьмина", "Кузьминым", "Кузьмине"}, morph.Male},
	{[6]string{"Павел", "Павла", "Павлу", "Павла", "Павлом", "Павле"},
		[6]string{"Вишневский", "Вишневского", "Вишневскому", "Вишневского", "Вишневским", "Вишневском"}, morph.Male},
	{[6]string{"Никита", "Никиты", "Никите", "Никиту", "Никитой", "Никите"},
		[6]string{"Толстой", "Толстого", "Толстому", "Толстого", "Толстым", "Толстом"}, morph.Male},
	{[6]string{"Илья", "Ильи", "Илье", "Илью", "Ильёй", "Илье"},
		[6]string{"Лютый", "Лютого", "Лютому", "Лютого", "Лютым", "Лютом"}, morph.Male},
	{[6]string{"Мурат", "Мурата", "Мурату", "Мурата", "Муратом", "Мурате"},
		[6]string{"Керимзаде", "Керимзаде", "Керимзаде", "Керимзаде", "Керимзаде", "Керимзаде"}, morph.Male},
	{[6]string{"Мурат", "Мурата", "Мурату", "Мурата", "Муратом", "Мурате"},
		[6]string{"Гасанли", "Гасанли", "Гасанли", "Гасанли", "Гасанли", "Гасанли"}, morph.Male},
	{[6]string{"Эммануэль", "Эммануэля", "Эммануэлю", "Эммануэля", "Эммануэлем", "Эммануэле"},
		[6]string{"Дюпон", "Дюпона", "Дюпону", "Дюпона", "Дюпоном", "Дюпоне"}, morph.Male},
	{[6]string{"Елена", "Елены", "Елене", "Елену", "Еленой", "Елене"},
		[6]string{"Кузнецова", "Кузнецовой", "Кузнецовой", "Кузнецову", "Кузнецовой", "Кузнецовой"}, morph.Female},
	{[6]string{"Айгуль", "Айгуль", "Айгуль", "Айгуль", "Айгуль", "Айгуль"},
		[6]string{"Соколова", "Соколовой", "Соколовой", "Соколову", "Соколовой", "Соколовой"}, morph.Female},
	{[6]string{"Мария", "Марии", "Марии", "Марию", "Марией", "Марии"},
		[6]string{"Ильина", "Ильиной", "Ильиной", "Ильину", "Ильиной", "Ильиной"}, morph.Female},
	{[6]string{"Жанна", "Жанны", "Жанне", "Жанну", "Жанной", "Жанне"},
		[6]string{"Островская", "Островской", "Островской", "Островскую", "Островской", "Островской"}, morph.Female},
	{[6]string{"Наталья", "Натальи", "Наталье", "Наталью", "Натальей", "Наталье"},
		[6]string{"Морозова", "Морозовой", "Морозовой", "Морозову", "Морозовой", "Морозовой"}, morph.Female},
	{[6]string{"Асель", "Асель", "Асель", "Асель", "Асель", "Асель"},
		[6]string{"Жумабаева", "Жумабаевой", "Жумабаевой", "Жумабаеву", "Жумабаевой", "Жумабаевой"}, morph.Female},
	{[6]string{"Кэтрин", "Кэтрин", "Кэтрин", "Кэтрин", "Кэтрин", "Кэтрин"},
		[6]string{"Дюпон", "Дюпон", "Дюпон", "Дюпон", "Дюпон", "Дюпон"}, morph.Female},
	{[6]string{"Гульнара", "Гульнары", "Гульнаре", "Гульнару", "Гульнарой", "Гульнаре"},
		[6]string{"Шевченко", "Шевченко", "Шевченко", "Шевченко", "Шевченко", "Шевченко"}, morph.Female},
}

func TestNominativeNameAllCases(t *testing.T) {
	for _, d := range declinedNames {
		for ci, c := range morph.RuCases {
			for _, order := range []string{"given-surname", "surname-given"} {
				in := []string{d.given[ci], d.surname[ci]}
				want := []string{d.given[0], d.surname[0]}
				if order == "surname-given" {
					in[0], in[1] = in[1], in[0]
					want[0], want[1] = want[1], want[0]
				}
				got, g := morph.NominativeName(in, "ru")
				if strings.Join(got, " ") != strings.Join(want, " ") || g != d.gender {
					t.Errorf("%s %s: NominativeName(%q) = %q, %v; want %q, %v", c, order, in, got, g, want, d.gender)
				}
			}
		}
	}
}

func TestNominativeName(t *testing.T) {
	tests := []struct {
		in, lang, want string
		gender         morph.Gender
	}{
		// Initials and patronymics.
		{"А. Петрова", "ru", "А. Петрова", morph.Unknown},
		{"Сергею А. Петрову", "ru", "Сергей А. Петров", morph.Male},
		{"А.Б. Смирновым", "ru", "А.Б. Смирнов", morph.Male},
		{"А.Б. Смирновой", "ru", "А.Б. Смирнова", morph.Female},
		{"Ивановой Анны Сергеевны", "ru", "Иванова Анна Сергеевна", morph.Female},
		{"Петра Ильича Морозова", "ru", "Петр Ильич Морозов", morph.Male},
		{"Виктором Петровичем", "ru", "Виктор Петрович", morph.Male},
		{"Сергею Трампу", "ru", "Сергей Трамп", morph.Male},
		// A lone ambiguous surname stays as it is.
		{"Петрова", "ru", "Петрова", morph.Unknown},
		{"Смирновым", "ru", "Смирнов", morph.Male},
		{"Соколовой", "ru", "Соколова", morph.Female},
		{"Вишневского", "ru", "Вишневский", morph.Male},
		{"Лютого", "ru", "Лютый", morph.Male},
		// A lone noun-like surname stays as it is.
		{"Кучма", "ru", "Кучма", morph.Unknown},
		{"Сергею Шойгу", "ru", "Сергей Шойгу", morph.Male},
		{"Трампу", "ru", "Трампу", morph.Unknown},
		{"Леонида Кучмы", "ru", "Леонид Кучма", morph.Male},
		{"Антонио Гутерриша", "ru", "Антонио Гутерриш", morph.Male},
		{"Эмомали Рахмоном", "ru", "Эмомали Рахмон", morph.Male},
		{"Толстом", "ru", "Толстой", morph.Male},
		// Indeclinable names.
		{"Шевченко", "ru", "Шевченко", morph.Unknown},
		{"Гогуа", "ru", "Гогуа", morph.Unknown},
		{"Мурату Гасанли", "ru", "Мурат Гасанли", morph.Male},
		{"Камиле Дюпон", "ru", "Камила Дюпон", morph.Female},
		// Particles.
		{"Мурату Гасан оглы", "ru", "Мурат Гасан оглы", morph.Male},
		{"Нурлана Серик улы", "ru", "Нурлан Серик улы", morph.Male},
		{"Абдуллой аль-Саудом", "ru", "Абдулла аль-Сауд", morph.Male},
		// Hyphenated given names.
		{"Анны-Марии Ильиной", "ru", "Анна-Мария Ильина", morph.Female},
		// Kazakh suffixes.
		{"Ербол Досаевқа", "kk", "Ербол Досаев", morph.Male},
		{"Кузнецоваға", "kk", "Кузнецова", morph.Female},
		{"Соколованың", "kk", "Соколова", morph.Female},
		{"Смирновпен", "kk", "Смирнов", morph.Male},
		{"Ерланның", "kk", "Ерлан", morph.Male},
		{"Гасанлиді", "kk", "Гасанли", morph.Unknown},
		{"Нұрлан Сейітұлына", "kk", "Нұрлан Сейітұлы", morph.Male},
		{"Айдана", "kk", "Айдана", morph.Female},
		// English.
		{"John Smith's", "en", "John Smith", morph.Male},
		{"Elena Petrova", "en", "Elena Petrova", morph.Female},
	}
	for _, tt := range tests {
		got, g := morph.NominativeName(strings.Fields(tt.in), tt.lang)
		if strings.Join(got, " ") != tt.want || g != tt.gender {
			t.Errorf("NominativeName(%q, %s) = %q, %v; want %q, %v", tt.in, tt.lang, strings.Join(got, " "), g, tt.want, tt.gender)
		}
	}
}

func TestNominativeNameCase(t *testing.T) {
	tests := []struct {
		in, cas, want string
		gender        morph.Gender
	}{
		{"Петрова", "gen", "Петров", morph.Male},
		{"Петрова", "nom", "Петрова", morph.Female},
		{"Петровой", "ins", "Петрова", morph.Female},
		{"Смирнову", "dat", "Смирнов", morph.Male},
		{"Смирнову", "acc", "Смирнова", morph.Female},
		{"Сергею Петрову", "", "Сергей Петров", morph.Male},
		{"Гасанли", "gen", "Гасанли", morph.Unknown},
	}
	for _, tt := range tests {
		got, g := morph.NominativeNameCase(strings.Fields(tt.in), "ru", tt.cas)
		if strings.Join(got, " ") != tt.want || g != tt.gender {
			t.Errorf("NominativeNameCase(%q, %s) = %q, %v; want %q, %v", tt.in, tt.cas, strings.Join(got, " "), g, tt.want, tt.gender)
		}
	}
}
