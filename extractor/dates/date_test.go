package dates_test

import (
	"errors"
	"testing"

	"github.com/diplograph/diplograph/extractor/dates"
)

func TestParseISO(t *testing.T) {
	tests := []struct {
		in      string
		want    dates.Date
		wantErr bool
	}{
		{"2024-03-05", dates.Date{Year: 2024, Month: 3, Day: 5}, false},
		{" 2024-03-05\n", dates.Date{Year: 2024, Month: 3, Day: 5}, false},
		{"2024-03", dates.Date{Year: 2024, Month: 3}, false},
		{"2024", dates.Date{Year: 2024}, false},
		{"2024-02-29", dates.Date{Year: 2024, Month: 2, Day: 29}, false},
		{"2023-02-29", dates.Date{}, true},
		{"2024-13-01", dates.Date{}, true},
		{"2024-00", dates.Date{}, true},
		{"1850", dates.Date{}, true},
		{"2024/03/05", dates.Date{}, true},
		{"24-03-05", dates.Date{}, true},
		{"", dates.Date{}, true},
		{"2024-3-5", dates.Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := dates.ParseISO(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseISO(%q) error %v, want error %v", tt.in, err, tt.wantErr)
			}
			if d != tt.want {
				t.Errorf("ParseISO(%q) = %+v, want %+v", tt.in, d, tt.want)
			}
		})
	}
	if _, err := dates.ParseISO("x"); !errors.Is(err, dates.ErrSyntax) {
		t.Errorf("ParseISO(x) error %v, want ErrSyntax", err)
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		d    dates.Date
		want string
	}{
		{dates.Date{}, ""},
		{dates.Date{Year: 2024}, "2024"},
		{dates.Date{Year: 2024, Month: 3}, "2024-03"},
		{dates.Date{Year: 2024, Month: 3, Day: 5}, "2024-03-05"},
		{dates.Date{Month: 3, Day: 5}, ""},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := dates.Date{Year: 2024, Month: 3, Day: 1}
	if got := d.AddDays(-1).String(); got != "2024-02-29" {
		t.Errorf("AddDays(-1) = %s, want 2024-02-29", got)
	}
	if got := (dates.Date{Year: 2024, Month: 12, Day: 31}).AddDays(1).String(); got != "2025-01-01" {
		t.Errorf("AddDays(1) = %s, want 2025-01-01", got)
	}
	if p := (dates.Date{Year: 2024, Month: 3}); p.AddDays(1) != p {
		t.Errorf("AddDays on a partial date changed it")
	}
	if d.Compare(dates.Date{Year: 2024, Month: 2, Day: 29}) != 1 || d.Compare(d) != 0 ||
		(dates.Date{Year: 2024}).Compare(d) != -1 {
		t.Errorf("Compare orders dates wrongly")
	}
	if (dates.Date{Year: 2024, Month: 2, Day: 30}).Valid() || !(dates.Date{Month: 2, Day: 29}).Valid() {
		t.Errorf("Valid: wrong about February")
	}
}
