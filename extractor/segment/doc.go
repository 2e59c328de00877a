// Package segment prepares the text of a news article for extraction: it
// reads the optional `date YYYY-MM-DD` header, drops boilerplate (photo
// credits, bylines, view counters, share buttons, "read also" and
// "popular" lists, archive widgets), splits the kept body into sentences
// and detects the language (ru, kk or en).
//
// Every span and sentence keeps byte offsets into the original text, so
// that evidence found in a sentence can be traced back to the article.
//
// # Cleaning
//
// The text is cut into lines. A line is dropped when it is a photo credit
// or caption ("Фото:", "Сурет:", "Photo by"), a byline ("Автор ...", "By
// NAME", "специальный корреспондент"), a bare number (a view counter), a
// bare date or time, a share or subscribe prompt, template debris
// ("[[year]]", "{{...}}") or a copyright line. A "more news" marker line
// ("Читайте также", "Популярное", "Оқи отырыңыз", "Read also", "Tags",
// ...) ends the body: everything after it is dropped. A run of three or
// more short lines without sentence punctuation after the body has started
// (a list of other headlines) is dropped too.
//
// # Sentences
//
// Sentences are split on . ! ? … followed by white space and an upper-case
// letter, a digit or an opening quote, and at every line end; not after
// abbreviations (г., т.е., ж., т.б., Mr., U.S., Jan.), initials ("А. Б.
// Иванов", "J. R. Smith") or inside decimal numbers.
//
// Direct speech is kept whole: the content of a quotation «...» or "..."
// that holds one or more whole statements becomes one sentence with
// Quote=true (its offsets exclude the quote marks), and the attribution
// that follows it (", - сказал X.", "– деді X.", ", said X.") becomes its
// own sentence right after it with Quote=false. A quotation opened after a
// colon ("Министр отметил: «...»") leaves the attribution in the sentence
// before it. A quotation broken by its attribution ("«..., – сказал
// министр. – ...»") gives two Quote sentences with the attribution between
// them. A quotation that is only a name inside a sentence («Астана Опера»)
// does not split the sentence, nor does punctuation inside any quotation
// that is not direct speech.
//
// So the speaker of a Quote sentence is found in the nearest following
// sentence with Quote=false in the same paragraph, or, when there is none,
// in the sentence before the quotation.
//
// # Language
//
// DetectLanguage tells Kazakh from Russian by the letters only Kazakh
// Cyrillic has (ә ғ қ ң ө ұ ү һ і) and by frequent Kazakh words, and
// English by the share of Latin letters. A Kazakh text that quotes Russian
// names is still Kazakh; short texts are handled by the same statistics.
//
// The package is pure: no I/O, no global mutable state.
package segment
