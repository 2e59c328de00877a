package extractor

import (
	"strings"
	"testing"
	"testing/fstest"
)

// The embedded lexicon loads, and every class and language has entries.
func TestLexiconFiles(t *testing.T) {
	l, err := loadLexicon(lexiconFiles, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, es := range l.byKey {
		n += len(es)
	}
	for _, es := range l.exact {
		n += len(es)
	}
	if n < 1500 {
		t.Errorf("%d entries, want the whole lexicon", n)
	}
	for _, name := range []string{"events", "titles", "documents", "topics", "organisations"} {
		b, err := lexiconFiles.ReadFile("lexicon/" + name + ".tsv")
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range lexiconLangs {
			if !strings.Contains(string(b), "\t"+lang+"\t") {
				t.Errorf("%s: no entry in %s", name, lang)
			}
		}
	}
}

// A bad line is an error that names the file and the line.
func TestLexiconErrors(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"event\tMEETING\tru", "x.tsv:3: 3 fields"},
		{"evnt\tMEETING\tru\tвстреч", `x.tsv:3: unknown class "evnt"`},
		{"event\tMEETING\tde\ttreffen", `x.tsv:3: unknown language "de"`},
		{"event\tMEETING\ten\tMet", `x.tsv:3: phrase "Met" is not lower case`},
		{"event\tMEETING\ten\tmet|meet", `x.tsv:3: bad phrase`},
	} {
		fsys := fstest.MapFS{"lex/x.tsv": {Data: []byte("# a comment\n\n" + tt.line + "\n")}}
		_, err := loadLexicon(fsys, "lex")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.line, err, tt.want)
		}
	}
	fsys := fstest.MapFS{"lex/x.tsv": {Data: []byte("event\tMEETING\ten\t=met\nevent\tMEETING\tkk\tкездес\n")}}
	l, err := loadLexicon(fsys, "lex")
	if err != nil || len(l.exact["met"]) != 1 || len(l.byKey["ке"]) != 1 {
		t.Errorf("a good file: %v, %+v", err, l)
	}
}
