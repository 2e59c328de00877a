// Package dates finds date expressions in news text in Russian, Kazakh and
// English and resolves them to calendar dates, possibly partial (a year, or a
// year and a month) and possibly ranges.
//
// Find is the entry point. It cuts the text into tokens once (numbers,
// words, punctuation), looks each word up in immutable tables (month names
// of the three languages with their Kazakh case endings, words for "year",
// relative days, prepositions), and matches a few token patterns from left
// to right. It returns non-overlapping mentions in text order, each with
// byte offsets into the text it was given:
//
//	"25 сентября 2025 года"       -> 2025-09-25
//	"со 2 по 5 декабря"            -> 2025-12-02 .. 2025-12-05 (year from published)
//	"2025 жылы 10 қазанда"         -> 2025-10-10
//	"желтоқсанның 2-сі мен 5-і аралығында" -> range
//	"March 3-5, 2024"              -> 2024-03-03 .. 2024-03-05
//	"вчера", "кеше", "yesterday"   -> published - 1 day, Relative
//	"в прошлом году", "биыл"       -> a year from the published one, Relative
//	"сентябре–октябре 2025 года"   -> 2025-09 .. 2025-10
//	"в октябре", "in October", "маусымда" -> a month of the year inferred
//
// Ranges have From and To at the same precision. "Накануне" alone is the
// day before publication; "накануне встречи", "сапар қарсаңында" and "on
// the eve of" set Eve, since they are the day before another event that
// the caller has to find. Weekdays ("в понедельник", "on Monday",
// "дүйсенбі күні") resolve to the last such day on or before publication,
// or the next one after "следующий"/"next"/"келесі"; "last Tuesday", "в
// прошлый вторник" is the last such day before publication.
//
// A weekday followed by a date ("on Monday, January 19, 2026", "в
// четверг, 22 января") is one mention of that date, not Relative. A part
// of a month or year ("в начале октября", "в конце 2025 года", "early
// October", "mid-March", "by the end of 2026", "қазанның басында", "2025
// жылдың соңында") keeps the whole month or year in From and names the
// part in Part. "до"/"until"/"till"/"through" before a date and Kazakh
// "дейін" after it make an end date: Until is set ("продлится до 27 мая",
// "will run until May 27", "27 мамырға дейін"); From keeps the date as it
// always did, and Mention.EndDate gives the bound of any mention.
// The date of an agency dateline at the start of a line ("ASTANA, March 4
// (Xinhua) --", "АСТАНА, 4 марта. /Корр./") has Dateline set: it is the
// published date, not an event date.
//
// A day and month without a year take the year of the published date, or
// the one before or after when that puts the month nearer (a month more
// than six months after the published month is read as the previous
// year's, one more than six months before it as the next year's), and the
// mention says so with YearInferred. Without a published date such a mention keeps Year 0: its
// String is "" and the caller decides what to do with it.
//
// Numbers that are anniversaries or quantities ("80-летие", "100 жылдығы",
// "5 млн", "2024 tonnes") are not dates; years outside 1900..2100 and
// impossible days (31 February) are rejected.
//
// The package is pure: no I/O, no global mutable state.
package dates
