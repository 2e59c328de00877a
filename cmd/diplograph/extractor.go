package main

import (
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor"
)

// newExtractor returns the extractor of the binary.
func newExtractor() diplograph.Extractor { return extractor.New(extractor.Options{}) }

func validDay(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
