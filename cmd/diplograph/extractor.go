package main

import (
	"strings"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor/segment"
)

// newExtractor returns the extractor of the binary.
func newExtractor() diplograph.Extractor { return placeholderExtractor{} }

// placeholderExtractor stands in until package extractor lands: it reads
// the language and the date header only.
type placeholderExtractor struct{}

func (placeholderExtractor) Extract(a diplograph.Article) (diplograph.Facts, error) {
	if strings.TrimSpace(a.Text) == "" {
		return diplograph.Facts{}, diplograph.Errorf(diplograph.EINVALID, "empty article")
	}
	h := segment.ParseHeader(a.Text)
	lang := a.Language
	if lang == "" {
		lang = segment.DetectLanguage(a.Text)
	}
	pub := h.Published
	if pub == "" {
		pub = a.Published
	}
	return diplograph.Facts{ArticleID: a.ID, Language: lang, Published: pub}, nil
}

func validDay(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
