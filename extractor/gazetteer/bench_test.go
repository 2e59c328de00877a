package gazetteer_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/gazetteer"
)

// benchText is about 10 KB of invented press-release prose in the three
// languages.
var benchText = func() string {
	paras := []string{
		"Министр иностранных дел Республики Казахстан провёл в Астане переговоры с государственным секретарём " +
			"Французской Республики. Стороны обсудили развитие казахстанско-французского сотрудничества в сфере " +
			"образования, науки и культуры, а также подготовку визита делегации в Париж. По итогам встречи в " +
			"Министерстве подписан меморандум о взаимопонимании между ведомствами двух стран.",
		"В рамках рабочей поездки в Ташкент глава ведомства встретился с коллегами из Узбекистана, Кыргызстана " +
			"и Таджикистана. Участники обсудили вопросы водно-энергетического комплекса, транспорта и логистики, " +
			"а также совместные проекты с Китайской Народной Республикой и Российской Федерацией.",
		"Қазақстан Республикасының Мәдениет және ақпарат министрі Мәскеуде Ресей Федерациясының әріптесімен " +
			"кездесті. Тараптар мәдени-гуманитарлық ынтымақтастықты дамыту, Қазақстандағы Ресей мәдениеті күндерін " +
			"өткізу мәселелерін талқылады. Кездесу қорытындысы бойынша жол картасына қол қойылды.",
		"The Minister of Foreign Affairs of Kazakhstan held talks in Brussels with the European Commissioner " +
			"for International Partnerships. The sides discussed cooperation between Kazakhstan and the European " +
			"Union in transport, critical raw materials and green energy, as well as the visit of the French " +
			"President to Astana and the upcoming summit in Samarkand with the United States.",
		"Президент принял в Акорде посла Объединённых Арабских Эмиратов, который вручил верительные грамоты. " +
			"Были обсуждены перспективы инвестиционного сотрудничества, деятельность эмиратских компаний в " +
			"Казахстане и совместные проекты в области возобновляемой энергетики и сельского хозяйства.",
	}
	var b strings.Builder
	for b.Len() < 10*1024 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}()

func BenchmarkCountriesCities(b *testing.B) {
	g := mustGaz(b)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		g.Countries(benchText)
		g.Cities(benchText)
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		gazetteer.New()
	}
}
