// Package gazetteer finds countries and cities in Russian, Kazakh and English
// text.
//
// # Data
//
// New builds a Gazetteer from
//
//   - the CLDR region names of golang.org/x/text/language/display in English,
//     Russian and Kazakh, for every ISO 3166-1 region (pseudo-regions such as
//     EU, UN or the Canary Islands are left out);
//   - countryTable (data_countries.go): preferred names where CLDR is dated
//     (North Macedonia, Eswatini, Türkiye), official long forms that press
//     releases use (Французская Республика, Kyrgyz Republic, Қазақстан
//     Республикасы), short and older names (Британия, Белоруссия, Киргизия),
//     abbreviations (РК, РФ, ҚР, США, КНР, UAE, DPRK), adjectives and
//     demonyms in the three languages; every country also gets the generic
//     "Республика X", "Republic of X" and "X Республикасы";
//   - cityTable (data_cities.go): every national capital and some four
//     hundred other cities where diplomacy happens, with English exonym,
//     Russian and Kazakh names;
//   - seatTable (data_residences.go): presidential residences and seats of
//     government that stand for their capital (Акорда/Ақорда/Akorda for
//     Astana, Кремль/Kremlin for Moscow, Елисейский дворец/Élysée Palace
//     for Paris), reported as the city with CityMention.Seat set, and only
//     in a locative context ("в Акорде", "Ақордада", "at the Akorda"):
//     "the Kremlin said" names a government, not a place.
//
// Every name is expanded into its case forms: Russian declension of
// multiword names (morph.RussianInflectPhrase: Российской Федерации,
// Объединённых Арабских Эмиратов, Республикой Корея), every gender, case and
// number of the adjectives (morph.RussianAdjective), Kazakh case suffixes
// with vowel harmony (morph.KazakhInflectVariants: Қазақстанның,
// Ресейдегі, Францияға, and the -лық adjectives қазақстандық, ресейлік).
//
// # Matching
//
// Forms are indexed by a normalised key (lower case, ё as е, one space
// between words), so a text is matched in one pass over its tokens with map
// lookups of windows of up to five tokens, longest match first, without
// overlaps. Proper names must start with an upper-case letter in the text
// (мира, того and чили are words; Мира is not a country either);
// adjectives and demonyms match in any case; abbreviations must match
// exactly (US, not us). A few names that are also common capitalised words
// are refused at the start of a sentence (Того), and a few phrases block the
// country inside them (New Jersey). The halves of hyphenated compounds are
// matched too: казахстанско-французские (KZ, FR), Қазақстан-Ресей, АҚШ-пен.
//
// A city mention is Locative when the text places something in it: Russian
// в/во before a locative form ("в Москве", "в Сочи", "в г. Алматы", "в
// городе Астане"), a Kazakh locative (Мәскеуде, Астанадағы) or "қаласында"
// after the name, English in/at, also before "the" ("at the Akorda").
// Cities whose names are also common words or surnames (Nice, Вена,
// Конаев, Семей) are reported only when locative.
//
// A Gazetteer is immutable after New and safe for concurrent use.
package gazetteer
