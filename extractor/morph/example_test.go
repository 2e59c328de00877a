package morph_test

import (
	"fmt"

	"github.com/diplograph/diplograph/extractor/morph"
)

func ExampleNominativeName() {
	name, g := morph.NominativeName([]string{"Елене", "Соколовой"}, "ru")
	fmt.Println(name, g)
	name, g = morph.NominativeName([]string{"Ербол", "Смағұловқа"}, "kk")
	fmt.Println(name, g)
	// Output:
	// [Елена Соколова] female
	// [Ербол Смағұлов] male
}

func ExampleTranslit() {
	fmt.Println(morph.Translit("Юрий Щукин", "ru"))
	fmt.Println(morph.Translit("Әсел Нұрланқызы", "kk"))
	// Output:
	// Yuriy Shchukin
	// Asel Nurlankyzy
}

func ExampleKazakhInflect() {
	f := morph.KazakhInflect("Қазақстан")
	fmt.Println(f["gen"], f["loc"], f["rel"])
	// Output: Қазақстанның Қазақстанда Қазақстандық
}
