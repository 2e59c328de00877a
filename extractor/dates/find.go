package dates

// Mention is one date expression found in a text.
type Mention struct {
	// Start and End are byte offsets of the expression in the text given
	// to Find.
	Start, End int
	// From is the date, or the first day of a range.
	From Date
	// To is the last day of a range; zero when the mention is not a range.
	To Date
	// Relative is true when the date was resolved from the published date
	// ("вчера", "бүгін", "tomorrow", a weekday name). Without a published
	// date a relative mention has a zero From.
	Relative bool
	// Eve is true for "накануне <event>" / "on the eve of <event>": the day
	// before some other event named right after it, not before the
	// publication. From then holds the day before the published date only
	// as a fallback; the caller should anchor it to that event when it can.
	Eve bool
	// YearInferred is true when the text gave a day and month (or a month)
	// without a year and the year was taken from the published date.
	YearInferred bool
	// Text is text[Start:End].
	Text string
}

// IsRange reports whether m is a range of dates.
func (m Mention) IsRange() bool { return !m.To.IsZero() }

// Find returns the date expressions of text in lang ("ru", "kk", "en"; any
// other value tries all three), sorted by Start and non-overlapping.
// published (possibly zero) resolves relative expressions and supplies the
// year of dates written without one.
func Find(text, lang string, published Date) []Mention {
	return nil
}
