package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind is what the cleaner decides about one line.
type lineKind int

const (
	lineText lineKind = iota // article text
	lineDrop                 // boilerplate: dropped
	lineRole                 // a byline role ("специальный корреспондент"): dropped with the name line before it
	lineStop                 // a "more news" marker: it and everything after it are dropped
)

// moreNews are the marker lines (lower case, without final colon) after
// which a page holds only other articles, tags or archive widgets.
var moreNews = map[string]bool{
	// Russian
	"популярное": true, "популярные новости": true, "читайте также": true, "читайте еще": true,
	"читайте ещё": true, "похожие новости": true, "последние новости": true, "новости по теме": true,
	"архив": true, "архив новостей": true, "другие новости": true, "смотрите также": true,
	"похожие материалы": true, "материалы по теме": true, "по теме": true, "еще новости": true,
	"ещё новости": true, "главные новости": true, "самое читаемое": true, "самое популярное": true,
	"рекомендуем": true, "рекомендуем прочитать": true, "новости партнеров": true, "теги": true,
	"тэги": true, "метки": true, "комментарии": true, "лента новостей": true, "все новости": true,
	// Kazakh
	"оқи отырыңыз": true, "көп оқылған": true, "көп оқылғандар": true, "тақырып бойынша": true,
	"соңғы жаңалықтар": true, "ұқсас жаңалықтар": true, "басқа жаңалықтар": true, "тегтер": true,
	"тағы оқыңыз": true, "мұрағат": true, "барлық жаңалықтар": true, "пікірлер": true,
	"оқыңыз": true, "танымал": true, "тақырыпқа қатысты": true, "тақырыпқа қатысты жаңалықтар": true,
	"ұқсас материалдар": true, "тақырыптас жаңалықтар": true,
	// English
	"read also": true, "also read": true, "read more": true, "related": true, "related news": true,
	"related articles": true, "related stories": true, "popular": true, "most read": true,
	"most popular": true, "latest news": true, "archive": true, "tags": true, "more news": true,
	"see also": true, "comments": true, "you may also like": true, "recommended": true,
}

// markerPrefixes start lines that end the body even with more text on the
// line (a tag list).
var markerPrefixes = []string{"теги:", "тэги:", "тегтер:", "метки:", "tags:"}

// inlineMarkers start a single "read also" link inside the body: that line
// alone is dropped.
var inlineMarkers = []string{
	"читайте также", "читайте еще", "читайте ещё", "смотрите также", "оқи отырыңыз",
	"оқыңыз:", "тағы оқыңыз", "read also", "also read", "read more", "see also", "по теме:",
}

var (
	// Photo credits and captions.
	photoRe = regexp.MustCompile(`^[\[(]?\s*(?i:фото|фотосурет|сурет|photo|photos|image|credit|источник фото|фото и видео|видео|video|фото/видео|коллаж|иллюстративное фото|фото на обложке|суретте|суреттер)\s*(?:[:\-–—|©/]|(?i:by|courtesy|credit|пресс-служб|из открытых|из архива|с сайта|автора|предоставлен|источник))`)
	// Captions wholly in brackets whose photo word follows a qualifier
	// ("[Archive photo: ...]", "(Архивное фото: ...)").
	bracketPhotoRe = regexp.MustCompile(`^[\[(]\s*(?:\p{L}+\s+){1,2}(?i:фото|фотография|фотосурет|сурет|photo|photograph|image|picture)\p{L}*(?:\s+\p{L}+){0,2}\s*[:\-–—].*[\])]\s*$`)
	// Bylines.
	bylineRe = regexp.MustCompile(`^(?:(?i:автор|авторы|author|authors|редактор|editor|written by|мақала авторы|автордың)\s*[:\-–—]?|(?i:текст|text|мәтін)\s*[:\-–—])\s*\p{Lu}`)
	byRe     = regexp.MustCompile(`^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[,|/].{0,40})?$`)
	// View counters with a word.
	viewsRe = regexp.MustCompile(`^(?i:просмотр\p{L}*|views?|қаралым\p{L}*|көрілім\p{L}*|көрсетілім\p{L}*|прочтени\p{L}*|прочитано)\s*:?\s*[\d\s]+$|^[\d\s]+\s*(?i:просмотр\p{L}*|views?|қаралым\p{L}*|көрілім\p{L}*|прочтени\p{L}*|комментари\p{L}*|comments?|пікір)$`)
	roleRe  = regexp.MustCompile(`(?i:корреспондент|меншікті тілші|тілші|correspondent|обозреватель|шолушы)`)
)

// Lower-case word lists for the checks that need no regular expression.
var (
	// shareStarts open share and subscribe prompts and other page widgets.
	shareStarts = []string{"поделиться", "поделитесь", "подписывайтесь", "подпишитесь", "share", "subscribe",
		"follow us", "бөлісу", "бөлісіңіз", "жазылыңыз", "жазылу", "присоединяйтесь", "следите за нами",
		"наш канал", "біздің арна", "нажмите", "click here", "реклама", "advertisement", "жарнама", "загрузка", "loading",
		"нашли ошибку", "если вы нашли ошибку", "қате тапсаңыз", "версия для печати", "распечатать", "print", "back to",
		"вернуться к", "last updated", "обновлено:", "жаңартылды:", "басып шығару", "следите за новостями"}
	// socialWords name messengers and social networks; promoWords make a
	// line naming one of them a promotion of the site's channel.
	socialWords = []string{"telegram", "телеграм", "whatsapp", "ватсап", "instagram", "инстаграм", "t.me/",
		"youtube", "facebook", "вконтакте", "tiktok"}
	promoWords = []string{"канал", "channel", "подпис", "жазыл", "subscribe", "арна", "follow", "следите", "присоедин"}
	// copyStarts open copyright and reprint notices; copyWords mark them
	// anywhere in a short line.
	copyStarts = []string{"©", "(c)", "copyright", "все права защищены", "all rights reserved", "барлық құқықтар",
		"при использовании материал", "при цитировании", "при перепечатке", "перепечатка", "материалдарды пайдалан",
		"сайт материалдарын"}
	copyWords = []string{"все права защищены", "all rights reserved", "құқықтары қорғалған", "©"}
	// sourceStarts open a line that only names the source of the news.
	sourceStarts = []string{"источник:", "дереккөз:", "source:"}
)

var (
	socialSet = map[string]bool{"facebook": true, "twitter": true, "x": true, "vk": true, "вконтакте": true,
		"telegram": true, "whatsapp": true, "instagram": true, "youtube": true, "ok": true,
		"одноклассники": true, "tiktok": true, "threads": true, "linkedin": true, "email": true, "e-mail": true}
)

// monthStems open the month names that may appear in a bare date line.
var monthStems = []string{
	"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
	"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
}

// dateWords may appear in a bare date or time line besides numbers and
// month names.
var dateWords = map[string]bool{
	"г": true, "г.": true, "года": true, "год": true, "гг": true, "жыл": true, "жылы": true, "ж": true, "ж.": true,
	"сегодня": true, "вчера": true, "бүгін": true, "кеше": true, "today": true, "yesterday": true,
	"в": true, "at": true, "am": true, "pm": true, "мск": true, "utc": true, "gmt": true, "сағ": true, "сағат": true,
	"обновлено": true, "опубликовано": true, "updated": true, "published": true, "жаңартылды": true,
	"жарияланды": true, "дата": true, "date": true, "время": true, "уақыты": true, "on": true, "of": true,
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true, "суббота": true, "воскресенье": true,
	"дүйсенбі": true, "сейсенбі": true, "сәрсенбі": true, "бейсенбі": true, "жұма": true, "сенбі": true, "жексенбі": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// classify decides what one trimmed, non-empty line is.
func classify(line string) lineKind {
	hasLetter := false
	for _, r := range line {
		if unicode.IsLetter(r) {
			hasLetter = true
			break
		}
	}
	if !hasLetter {
		// View counters, bare numbers, numeric dates and times, bullets,
		// separators.
		return lineDrop
	}
	if strings.Contains(line, "[[") || strings.Contains(line, "]]") || strings.Contains(line, "{{") || strings.Contains(line, "}}") {
		return lineDrop
	}
	n := utf8.RuneCountInString(line)
	if n > 300 {
		return lineText // boilerplate lines are short
	}
	lower := strings.ToLower(line)
	key := strings.TrimRight(strings.TrimLeftFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }), " :.»>→…")
	if moreNews[key] {
		return lineStop
	}
	for _, p := range markerPrefixes {
		if strings.HasPrefix(lower, p) {
			return lineStop
		}
	}
	if n <= 300 {
		for _, p := range inlineMarkers {
			if strings.HasPrefix(lower, p) {
				return lineDrop
			}
		}
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if n <= 200 && (photoRe.MatchString(line) || bracketPhotoRe.MatchString(line)) {
		return lineDrop
	}
	words := countWords(line, 9)
	if words <= 7 && last != '.' && (bylineRe.MatchString(line) || byRe.MatchString(line)) {
		return lineDrop
	}
	if words <= 8 && last != '.' && roleRe.MatchString(line) {
		return lineRole
	}
	if n <= 60 && viewsRe.MatchString(line) {
		return lineDrop
	}
	if n <= 200 && hasAnyWordPrefix(lower, shareStarts) {
		return lineDrop
	}
	if n <= 300 && containsAny(lower, socialWords) && containsAny(lower, promoWords) {
		return lineDrop
	}
	if n <= 250 && (hasAnyPrefix(lower, copyStarts) || containsAny(lower, copyWords)) {
		return lineDrop
	}
	if n <= 150 && hasAnyPrefix(lower, sourceStarts) {
		return lineDrop
	}
	if n <= 120 && breadcrumbs(line) {
		return lineDrop
	}
	if n <= 200 && hashtags(line) {
		return lineDrop
	}
	if n <= 100 && (isDateLine(lower) || isSocialLine(lower)) {
		return lineDrop
	}
	return lineText
}

// countWords counts the words of s separated by white space, up to max.
func countWords(s string, max int) int {
	n, in := 0, false
	for _, r := range s {
		if isSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
			if n >= max {
				return n
			}
		}
	}
	return n
}

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasAnyWordPrefix reports whether s starts with one of prefixes as whole
// words: "share" opens "Share this", not "Shares rose".
func hasAnyWordPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			r, _ := utf8.DecodeRuneInString(s[len(p):])
			if len(s) == len(p) || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, p := range subs {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// isDateLine reports a line made only of numbers, month names and date
// words: a dateline or a timestamp.
func isDateLine(lower string) bool {
	digit := false
	for _, f := range strings.FieldsFunc(lower, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '/' || r == '•' || r == '·' || r == '(' || r == ')'
	}) {
		if f[0] >= '0' && f[0] <= '9' {
			digit = true
			continue // "25", "14:30", "2025-03-05", "10-шы"
		}
		if dateWords[f] || dateWords[strings.TrimRight(f, ".:")] {
			continue
		}
		month := false
		for _, m := range monthStems {
			if strings.HasPrefix(f, m) && (len(m) > 2 || len(f) <= 4) {
				month = true
				break
			}
		}
		if !month && f != "-" && f != "–" && f != "—" {
			return false
		}
	}
	return digit
}

// breadcrumbs reports a navigation trail: "Главная > Новости > Политика".
func breadcrumbs(line string) bool {
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '>' || r == '»' || r == '|' || r == '→' || r == '/' })
	if len(parts) < 2 || strings.Contains(line, "://") {
		return false
	}
	if len(parts) < 3 && !strings.ContainsAny(line, ">»→") {
		return false // "Title | Site", "Астана / Москва": two parts with a bar or slash
	}
	if strings.Contains(line, "«") {
		return false // a quotation, not a trail
	}
	for _, p := range parts {
		if w := countWords(p, 5); w == 0 || w > 4 {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?", last)
}

// hashtags reports a line made only of hashtags.
func hashtags(line string) bool {
	fs := strings.Fields(line)
	for _, f := range fs {
		if !strings.HasPrefix(f, "#") {
			return false
		}
	}
	return len(fs) > 0
}

// isSocialLine reports a line that only lists social networks.
func isSocialLine(lower string) bool {
	fs := strings.Fields(lower)
	if len(fs) < 2 {
		return false
	}
	for _, f := range fs {
		if !socialSet[strings.Trim(f, ",|/•·")] {
			return false
		}
	}
	return true
}

// keptLine is one line of article text.
type keptLine struct {
	start, end int
	gap        bool // a blank or dropped line separates it from the previous kept line
}

// cleanBody returns the kept paragraphs of text from offset from on.
func cleanBody(text string, from int) []Span {
	var kept []keptLine
	gap := false
	started := false // a line of running text was kept
	for pos := from; pos < len(text); {
		end, next := len(text), len(text)
		if nl := strings.IndexByte(text[pos:], '\n'); nl >= 0 {
			end, next = pos+nl, pos+nl+1
		}
		s, e := trimSpan(text, pos, end)
		pos = next
		if s == e {
			gap = true
			continue
		}
		switch classify(text[s:e]) {
		case lineStop:
			// "Лента новостей" above the article is a menu item; below
			// its text, the start of other articles.
			if !started {
				gap = true
				continue
			}
			pos = len(text)
			continue
		case lineDrop:
			gap = true
			continue
		case lineRole:
			if k := len(kept); k > 0 && nameLike(text[kept[k-1].start:kept[k-1].end]) {
				kept = kept[:k-1]
			}
			gap = true
			continue
		}
		kept = append(kept, keptLine{s, e, gap})
		started = started || !headlineLike(text[s:e])
		gap = false
	}
	kept = dropHeadlineRuns(text, kept)

	// Join hard-wrapped lines: a line that does not end a sentence followed
	// directly by one that starts in lower case. When the text shows such
	// wrapping at least twice, it is wrapped throughout: a long line that
	// does not end a sentence is joined with the next one whatever its
	// case.
	wraps := 0
	for i := 1; i < len(kept); i++ {
		if !kept[i].gap && wrapsInto(text, kept[i-1], kept[i], false) {
			wraps++
		}
	}
	var body []Span
	var prev keptLine
	for i, k := range kept {
		if i > 0 && !k.gap && wrapsInto(text, prev, k, wraps >= 2) {
			body[len(body)-1].End = k.end
		} else {
			body = append(body, Span{k.start, k.end})
		}
		prev = k
	}
	return body
}

// wrapsInto reports whether line a continues on line b: a does not end a
// sentence and b starts in lower case, or (in wrapped text) a is long.
func wrapsInto(text string, a, b keptLine, wrapped bool) bool {
	la := text[a.start:a.end]
	last, _ := utf8.DecodeLastRuneInString(la)
	if strings.ContainsRune(".!?…:;»\"”", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[b.start:b.end])
	return unicode.IsLower(first) || wrapped && utf8.RuneCountInString(la) >= 50 && !unicode.IsDigit(first)
}

// dropHeadlineRuns removes runs of three or more headline-like lines once
// the body has started (lists of other articles), unless the line before
// the run introduces a list with a colon; before the body, it removes runs
// of three or more menu items.
func dropHeadlineRuns(text string, kept []keptLine) []keptLine {
	started := false
	out := kept[:0:0]
	for i := 0; i < len(kept); {
		line := text[kept[i].start:kept[i].end]
		if !headlineLike(line) {
			started = true
			out = append(out, kept[i])
			i++
			continue
		}
		j := i
		for j < len(kept) && headlineLike(text[kept[j].start:kept[j].end]) {
			j++
		}
		intro := false
		if len(out) > 0 {
			p := out[len(out)-1]
			intro = strings.HasSuffix(text[p.start:p.end], ":")
		}
		if !started {
			// A menu before the article: "Главная", "Новости", "Политика".
			// Its last line may be the title, right before the text.
			k := i
			for k < j && countWords(text[kept[k].start:kept[k].end], 4) <= 3 {
				k++
			}
			if k-i >= 3 {
				if k == j && j < len(kept) {
					k--
				}
				i = k
			}
		}
		switch {
		case !started || j-i < 3 || intro:
			out = append(out, kept[i:j]...)
		}
		i = j
	}
	return out
}

// headlineLike reports a short line with no sentence punctuation: a title.
func headlineLike(line string) bool {
	if utf8.RuneCountInString(line) > 150 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".:;,", last) {
		return false
	}
	return !strings.Contains(line, ". ")
}

// nameLike reports a line that is only a person's name (two to four
// capitalised words), as in a byline.
func nameLike(line string) bool {
	fs := strings.Fields(line)
	if len(fs) < 1 || len(fs) > 4 {
		return false
	}
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range f {
			if !unicode.IsLetter(c) && c != '-' && c != '.' && c != '\'' && c != ',' {
				return false
			}
		}
	}
	return true
}

// trimSpan narrows [s, e) of text to exclude white space at both ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}
