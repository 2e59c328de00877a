// Package morph holds the name morphology of the extractor: transliteration
// of Russian and Kazakh Cyrillic to plain Latin, Russian declension of proper
// names and nouns (and its inverse, back to the nominative), and Kazakh case
// suffixes with vowel harmony and consonant assimilation.
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
//     я ya; the endings -ий and -ый become -iy and -yy (Юрий -> Yuriy).
//   - Kazakh ("kk"): the Russian scheme for the shared letters, plus ә a,
//     ғ g, қ k, ң ng, ө o, ұ u, ү u, һ h, і i; е is always e and й is y.
//
// Latin input passes through unchanged.
package morph
