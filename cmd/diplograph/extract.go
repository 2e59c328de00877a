package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/ingest"
)

// extractCmd prints the facts of articles as JSON Lines.
type extractCmd struct {
	source, published string
	paths             []string
}

func (c *extractCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.source, "source", "", "source (outlet) of articles that do not name one")
	fs.StringVar(&c.published, "published", "", "publication date (YYYY-MM-DD) of articles that do not give one")
}

func (c *extractCmd) args(a []string) error {
	if len(a) == 0 {
		return errors.New("no PATH given (a file, a directory, or - for JSON Lines on stdin)")
	}
	if c.published != "" && !validDay(c.published) {
		return fmt.Errorf("--published %q is not a date YYYY-MM-DD", c.published)
	}
	c.paths = a
	return nil
}

func (c *extractCmd) run(ctx context.Context, m *Main) error {
	x := newExtractor()
	w := bufio.NewWriter(m.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := 0
	opt := ingest.ReadOptions{Source: c.source, Published: c.published, Stdin: m.Stdin}
	err := ingest.Walk(ctx, c.paths, opt, func(it ingest.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "diplograph extract: %v\n", it.Err)
			return nil
		}
		f, err := extractOne(x, it.Article)
		if err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "diplograph extract: %v\n", err)
			return nil
		}
		if err := enc.Encode(f); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}

// extractOne extracts a, with the article id, the published date and the
// file (path:line for JSON Lines) that the output names.
func extractOne(x diplograph.Extractor, a diplograph.Article) (f diplograph.Facts, err error) {
	a.ID = diplograph.ArticleID(a.URL, a.Text)
	defer func() {
		if r := recover(); r != nil {
			err = &diplograph.Error{Op: "extract", Code: diplograph.EINTERNAL, File: a.File, Line: a.Line,
				Message: fmt.Sprintf("extractor failed: %v", r)}
		}
	}()
	f, err = x.Extract(a)
	if err != nil {
		var e *diplograph.Error
		if errors.As(err, &e) && e.File != "" {
			return f, err
		}
		return f, &diplograph.Error{Op: "extract", Code: diplograph.ErrorCode(err), File: a.File, Line: a.Line,
			Message: diplograph.ErrorMessage(err), Err: err}
	}
	f.ArticleID = a.ID
	f.File = a.File
	if a.Line > 0 {
		f.File = fmt.Sprintf("%s:%d", a.File, a.Line)
	}
	if f.Published == "" {
		f.Published = a.Published
	}
	if f.Language == "" {
		f.Language = a.Language
	}
	nonNil(&f)
	return f, nil
}

// nonNil makes empty lists print as [] rather than null, as the gold
// format has them.
func nonNil(f *diplograph.Facts) {
	if f.Ministers == nil {
		f.Ministers = []diplograph.Person{}
	}
	if f.Persons == nil {
		f.Persons = []diplograph.Person{}
	}
	if f.Countries == nil {
		f.Countries = []string{}
	}
	if f.Events == nil {
		f.Events = []diplograph.Event{}
	}
	if f.Agreements == nil {
		f.Agreements = []diplograph.Agreement{}
	}
	if f.Topics == nil {
		f.Topics = []string{}
	}
}
