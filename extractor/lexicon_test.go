package extractor

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/diplograph/diplograph"
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

// Word lists (honorifics, words that start no name) are looked up as
// whole words, and an entry of several words is refused with its line.
func TestLexiconWordLists(t *testing.T) {
	l, err := loadLexicon(lexiconFiles, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cl   class
		word string
		want bool
	}{{cNotName, "затем", true}, {cNotName, "then", true}, {cNotName, "мерат", false}, {cHonorific, "г-н", true}, {cHonorific, "затем", false}} {
		if got := l.is(tc.cl, tc.word); got != tc.want {
			t.Errorf("is(%d, %q) = %v, want %v", tc.cl, tc.word, got, tc.want)
		}
	}
	// The sentence adverb starts no name in a sentence: the person is
	// named without it.
	st := New(Options{}).analyse(diplograph.Article{Text: "Министр иностранных дел Казахстана Мерат Куланов прибыл в Берлин. " +
		"Затем Мерат Куланов и Анна Вебер провели переговоры в узком составе."})
	for _, s := range st.sents {
		for _, r := range s.persons {
			if strings.HasPrefix(r.p.latin, "Zatem") {
				t.Errorf("person %q", r.p.latin)
			}
		}
	}
	bad := fstest.MapFS{"lex/x.tsv": {Data: []byte("not_name\t-\tru\t=один два\n")}}
	if _, err := loadLexicon(bad, "lex"); err == nil || !strings.Contains(err.Error(), "x.tsv:1") {
		t.Errorf("a word list entry of two words: %v", err)
	}
}
