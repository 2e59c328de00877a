package gazetteer_test

import (
	"fmt"

	"github.com/diplograph/diplograph/extractor/gazetteer"
)

func ExampleGazetteer_Countries() {
	g := gazetteer.New()
	for _, m := range g.Countries("Министр встретился в Астане с послом Французской Республики.") {
		fmt.Println(m.Code, m.Form, m.Kind, m.Case)
	}
	for _, m := range g.Cities("Министр встретился в Астане с послом Французской Республики.") {
		fmt.Println(m.Name, m.Form, m.Locative)
	}
	// Output:
	// FR Французской Республики name gen
	// Astana Астане true
}

func ExampleGazetteer_LookupCountry() {
	g := gazetteer.New()
	for _, p := range []string{"Францияның", "РФ", "Kazakhstani", "Объединённых Арабских Эмиратов"} {
		code, ok := g.LookupCountry(p)
		fmt.Println(p, code, ok)
	}
	// Output:
	// Францияның FR true
	// РФ RU true
	// Kazakhstani KZ true
	// Объединённых Арабских Эмиратов AE true
}
