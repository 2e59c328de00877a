// Package morph holds the name morphology of the extractor: transliteration
// of Russian and Kazakh Cyrillic to plain Latin, Russian declension of proper
// names and nouns (and its inverse, back to the nominative), and Kazakh case
// suffixes with vowel harmony and consonant assimilation.
//
//   - Translit: Cyrillic to plain Latin (below).
//   - Pinyin, Hepburn, Vietnamese: Chinese, Japanese and Vietnamese names
//     written in Cyrillic (Palladius, Polivanov, the Russian transcription),
//     spelled as English does (asian.go).
//   - NominativeName, NominativeNameCase: a person's name found in text in
//     any case back to the nominative, with its gender (names.go: joint
//     reading of given name, patronymic and surname against declension
//     patterns and a table of common given names, names_data.go; surnames
//     in -заде and glued Turkic patronymics do not decline).
//   - RussianInflect, RussianInflectPhrase, RussianAdjective,
//     RussianAdjectiveCase: Russian case forms of nouns, multiword names and
//     adjectives, for the gazetteer.
//   - LooksLikeName: whether a capitalised word may be part of a person's
//     name rather than a title, rank, honorific or institution word
//     ("Minister", "Affairs", "Чрезвычайный", "Посла", "Елшісі", "H.E.";
//     titles.go).
//   - KazakhInflect, KazakhInflectPossessive, KazakhInflectAll,
//     KazakhInflectVariants: Kazakh case forms; KazakhStem: the inverse, one
//     suffix stripped conservatively.
//
// Every function is pure and safe for concurrent use; the tables it relies on
// are immutable package-level values.
//
// Transliteration schemes (one per language, plain ASCII, no diacritics):
//
//   - Russian ("ru"), BGN/PCGN-like: а a, б b, в v, г g, д d, е e (ye at the
//     start of a word and after a vowel, ь or ъ), ё yo (e after ч, ш, щ, ж),
//     ж zh, з z, и i, й y, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u,
//     ф f, х kh, ц ts, ч ch, ш sh, щ shch, ъ and ь dropped, ы y, э e, ю yu,
//     дж j (a foreign sound: Джеймс James),
//     я ya; the endings -ий and -ый become -iy and -yy (Юрий -> Yuriy).
//   - Kazakh ("kk"): the Russian scheme for the shared letters, plus ә a,
//     ғ g, қ k, ң ng, ө o, ұ u, ү u, һ h, і i; е is always e and й is y.
//   - Letters of Tajik names in either text: ҳ h, ҷ j, ӣ i, ӯ u.
//
// Latin input passes through unchanged.
package morph
