package extractor

import (
	"strings"
	"testing"
)

// The embedded formats load, and every format but the region itself is an
// organisation the lexicon names, so that a text can name it.
func TestFormatsFile(t *testing.T) {
	f, err := loadFormats("formats/members.tsv", membersTSV)
	if err != nil {
		t.Fatal(err)
	}
	l := buildLexicon()
	orgs := map[string]bool{}
	for _, m := range []map[string][]*entry{l.byKey, l.exact} {
		for _, es := range m {
			for _, e := range es {
				if e.cl == cOrg {
					orgs[e.val] = true
				}
			}
		}
	}
	if len(f.members) < 8 {
		t.Errorf("%d formats", len(f.members))
	}
	for org := range f.members {
		if org != "Central Asia" && !orgs[org] {
			t.Errorf("format %q is no organisation of the lexicon", org)
		}
	}
	if !f.large["Shanghai Cooperation Organisation"] || f.large["Organization of Turkic States"] {
		t.Errorf("large formats %v", f.large)
	}
}

// A bad line of a formats file is an error that names the file and line.
func TestFormatsErrors(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"fields", "# c\nASEAN\tBN KH\n", "x.tsv:2: 2 fields"},
		{"code", "ASEAN\tBN Kh\t-\tsrc\n", "x.tsv:1: member \"Kh\""},
		{"size", "ASEAN\tBN KH\tbig\tsrc\n", "x.tsv:1: size \"big\""},
		{"twice", "ASEAN\tBN KH\t-\tsrc\nASEAN\tBN KH\t-\tsrc\n", "x.tsv:2: format \"ASEAN\" empty or given twice"},
		{"one member", "ASEAN\tBN\t-\tsrc\n", "x.tsv:1: format \"ASEAN\" has 1 members"},
		{"no source", "ASEAN\tBN KH\t-\t \n", "x.tsv:1: format \"ASEAN\" has no source"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadFormats("x.tsv", tt.text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}
