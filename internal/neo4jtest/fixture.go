package neo4jtest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/neo4jstore"
)

// The builders of the fixed graphs that tests write to the test database
// (graph's golden tests, web's browser tests): invented articles about
// invented officials.

// Topics returns the topic vocabulary with English names made from the
// keys and placeholder Russian and Kazakh names.
func Topics() []diplograph.Topic {
	ts := make([]diplograph.Topic, len(diplograph.Topics))
	for i, k := range diplograph.Topics {
		en := strings.ToUpper(k[:1]) + strings.ReplaceAll(k[1:], "_", " ")
		ts[i] = diplograph.Topic{Key: k, NameEN: en, NameRU: "ru:" + k, NameKK: "kk:" + k}
	}
	return ts
}

// Evidence returns the evidence of sentence in text; it panics when text
// does not hold it (a broken fixture).
func Evidence(text, sentence string) []diplograph.Evidence {
	i := strings.Index(text, sentence)
	if i < 0 {
		panic("fixture: sentence not in text: " + sentence)
	}
	return []diplograph.Evidence{{Sentence: sentence, Start: i, End: i + len(sentence)}}
}

// Doc builds the document of an article from example.org; build fills
// its facts from the text.
func Doc(url, lang, published, title, text string, build func(text string, f *diplograph.Facts)) diplograph.Document {
	a := diplograph.Article{URL: url, Source: "example.org", Title: title, Language: lang, Published: published, Text: text}
	a.ID = diplograph.ArticleID(url, text)
	f := diplograph.Facts{ArticleID: a.ID, Language: lang, Published: published}
	build(text, &f)
	return diplograph.Document{Article: a, Facts: f}
}

// Latin returns the Latin names of ps, as an event lists its participants.
func Latin(ps ...diplograph.Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Latin
	}
	return out
}

// LoadFixture empties the test database, migrates it and writes the
// countries, the topics (Topics) and the documents of a fixture.
func LoadFixture(tb testing.TB, countries []diplograph.Country, docs []diplograph.Document) *neo4jstore.Store {
	tb.Helper()
	s := MustOpen(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.Migrate(ctx); err != nil {
		tb.Fatalf("migrate: %v", err)
	}
	if err := s.UpsertCountries(ctx, countries); err != nil {
		tb.Fatalf("countries: %v", err)
	}
	if err := s.UpsertTopics(ctx, Topics()); err != nil {
		tb.Fatalf("topics: %v", err)
	}
	if _, err := s.WriteBatch(ctx, docs); err != nil {
		tb.Fatalf("write fixture: %v", err)
	}
	return s
}
