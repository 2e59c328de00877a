package segment

// Header is what the optional `date YYYY-MM-DD` header at the start of a
// text says.
type Header struct {
	// Published is the ISO date of the header, or "" when there is none.
	Published string
	// BodyStart is the byte offset where the article text starts after the
	// header (0 when there is no header).
	BodyStart int
}

// Span is a range of byte offsets [Start, End) into the original text.
type Span struct {
	Start, End int
}

// Sentence is one sentence of the article body.
type Sentence struct {
	// Text is the original text between Start and End.
	Text string
	// Start and End are byte offsets into the original text.
	Start, End int
	// Para is the index in Doc.Body of the paragraph holding the sentence.
	Para int
	// Quote is true when the sentence is the content of a direct-speech
	// quotation.
	Quote bool
}

// Doc is an article cut into its kept body and sentences.
type Doc struct {
	// Body lists the kept paragraphs in text order.
	Body []Span
	// Sentences lists the sentences of the body in text order.
	Sentences []Sentence
	// Language is "ru", "kk" or "en".
	Language string
	// Header is the parsed `date` header.
	Header Header
	// Title is the first body line when it looks like a headline (short,
	// no final period); it is also the first paragraph of Body.
	Title string
}

// ParseHeader reads the optional header `date YYYY-MM-DD` that may open a
// text, after optional white space. The rest of the header's line, if any,
// is article text: BodyStart points at it.
func ParseHeader(text string) Header {
	return Header{}
}

// Segment cleans text, splits its body into sentences and detects its
// language unless lang is given ("ru", "kk", "en"; "" detects).
func Segment(text, lang string) Doc {
	return Doc{}
}

// DetectLanguage returns "ru", "kk" or "en" for text.
func DetectLanguage(text string) string {
	return "ru"
}
