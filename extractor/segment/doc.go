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
// The text after the header is cut into lines, and each line is judged on
// its own. A line is dropped when it is a photo credit or caption ("Фото:",
// "Сурет:", "Photo by", "Источник фото", also in brackets and after a qualifier: "[Фото: ...]", "[File photo: ...]"), a byline ("Автор ...", "By
// NAME"; a role line such as "специальный корреспондент" or "меншікті
// тілші" takes the name line above it along), a line without letters (a
// view counter, a bare number, a numeric date or time), a dateline or
// timestamp made only of numbers, month names and date words, a share,
// subscribe, print or "found a mistake" widget, a messenger-channel
// promotion, a copyright or reprint notice, a source line ("Источник:"),
// template debris ("[[year]]", "{{...}}"), a hashtag line or a breadcrumb
// trail ("Главная > Новости"). A "more news" marker line alone ("Читайте
// также", "Популярное", "Архив", "Оқи отырыңыз", "Көп оқылған", "Read
// also", "Related", "Tags", ...) or a tag line ("Теги: ...") ends the body:
// everything after it is dropped; the same marker followed by a headline on
// its line ("Читайте также: ...") drops that line only.
//
// Runs of short lines without sentence punctuation are lists of other
// articles: once the body has started, a run of three or more is dropped
// (unless the line before it ends with a colon and so introduces a list);
// before the body, a run of three or more menu items of at most three
// words is dropped, keeping the last line of the run when the body follows
// it directly (the title).
//
// A paragraph is a kept line. Lines hard-wrapped inside a sentence are
// joined into one paragraph: a line that does not end a sentence followed
// by one that starts in lower case, and, when a text shows such wrapping at
// least twice, any long line that does not end a sentence. Title is the
// first paragraph when it looks like a headline.
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
// them. A quotation that is only a name inside a sentence («Астана Балет»)
// does not split the sentence, nor does punctuation inside any quotation
// that is not direct speech.
//
// So the speaker of a Quote sentence is found in the nearest following
// sentence with Quote=false in the same paragraph, or, when there is none,
// in the sentence before the quotation.
//
// # Language
//
// Segment detects the language of the kept body only (unless told it).
// DetectLanguage tells Kazakh from Russian by the letters only Kazakh
// Cyrillic has (ә ғ қ ң ө ұ ү һ і) and by frequent Kazakh words, and
// English by the share of Latin letters, unless those letters spell
// Kazakh in its Latin alphabet (á ǵ ń ó ú ı; jáne, Qazaqstan). A Kazakh
// text that quotes Russian names is still Kazakh; short texts are handled
// by the same statistics, and a text with no clue is Russian.
//
// The package is pure: no I/O, no global mutable state.
package segment
