package dates_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/dates"
)

// benchText is article-like text in the three languages, with a date
// expression every few sentences, repeated to about 1 MB.
var benchText = func() string {
	para := `Министр иностранных дел провел переговоры с коллегой 14 октября 2024 года в Астане. ` +
		`Стороны обсудили подготовку к заседанию межправительственной комиссии, которое пройдет со 2 по 5 декабря. ` +
		`В 2023 году товарооборот между странами вырос на 12,5 процента и превысил 3 млрд долларов. ` +
		`Накануне встречи министры посетили выставку, посвященную 80-летию Победы.` + "\n" +
		`Министрлер 2024 жылы 10 қазанда кездесіп, екіжақты ынтымақтастық мәселелерін талқылады. ` +
		`Мәдениет күндері 2-5 желтоқсан аралығында өтеді, деді министр.` + "\n" +
		`The ministers met in Geneva on 3 March 2024 and agreed to hold consultations in May 2025. ` +
		`Trade grew by a third in 2023, the ministry said, and a new agreement may be signed soon.` + "\n"
	return strings.Repeat(para, 1<<20/len(para)+1)
}()

func BenchmarkFind(b *testing.B) {
	pub := dates.Date{Year: 2024, Month: 10, Day: 16}
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		dates.Find(benchText, "ru", pub)
	}
}
