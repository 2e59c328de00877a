package morph_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/morph"
)

var benchNames = [][]string{
	strings.Fields("Сергеем Викторовичем Петровым"),
	strings.Fields("Ольги Сергеевны Беловой"),
	strings.Fields("Карлоса Алберту Сантуша"),
	strings.Fields("С.В.Петрова"),
	strings.Fields("Елене Соколовой"),
	strings.Fields("Абдель Фаттаха ас-Сафи"),
}

func BenchmarkNominativeName(b *testing.B) {
	for b.Loop() {
		for _, n := range benchNames {
			morph.NominativeName(n, "ru")
		}
	}
}

var benchTokens = strings.Fields("Minister Foreign Affairs Olga Smith Чрезвычайный Посла Республики Петрова Сергеем Елшісі Министрлігі Ерлан H.E. Development Генерал-лейтенанта")

func BenchmarkLooksLikeName(b *testing.B) {
	for b.Loop() {
		for _, t := range benchTokens {
			morph.LooksLikeName(t, "")
		}
	}
}
