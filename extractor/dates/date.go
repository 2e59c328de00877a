package dates

import (
	"errors"
	"fmt"
	"time"
)

// Date is a calendar date that may be partial: Month is 0 when only the
// year is known, Day is 0 when only the year and month are known. Year 0
// means the year is unknown (a day and month read without any year to
// resolve them against).
type Date struct {
	Year, Month, Day int
}

// MinYear and MaxYear bound the years accepted as dates.
const (
	MinYear = 1900
	MaxYear = 2100
)

// IsZero reports whether d holds no date at all.
func (d Date) IsZero() bool { return d == Date{} }

// String returns the ISO form of d to its known precision: "2024",
// "2024-03" or "2024-03-05"; "" when d is zero or its year is unknown.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Valid reports whether d is a possible date to its precision: a year in
// MinYear..MaxYear (or 0, unknown), a month in 1..12 (or 0 with no day), a
// day that exists in that month (29 February only in leap years; with an
// unknown year 29 February is allowed).
func (d Date) Valid() bool {
	if d.Year != 0 && (d.Year < MinYear || d.Year > MaxYear) {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0 && d.Year != 0
	}
	if d.Month < 1 || d.Month > 12 {
		return false
	}
	if d.Day == 0 {
		return true
	}
	return d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// daysIn returns the number of days of month m in year y; year 0 (unknown)
// counts as a leap year.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Complete reports whether d has a year, a month and a day.
func (d Date) Complete() bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }

// Time returns d as midnight UTC; ok is false unless d is Complete.
func (d Date) Time() (t time.Time, ok bool) {
	if !d.Complete() {
		return time.Time{}, false
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC), true
}

// FromTime returns the complete Date of t (in t's location).
func FromTime(t time.Time) Date {
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// AddDays returns d moved by n days; a date that is not Complete is
// returned unchanged.
func (d Date) AddDays(n int) Date {
	t, ok := d.Time()
	if !ok {
		return d
	}
	return FromTime(t.AddDate(0, 0, n))
}

// Compare orders dates by year, then month, then day (unknown parts as 0):
// -1 if d is before o, +1 if after, 0 if equal.
func (d Date) Compare(o Date) int {
	for _, p := range [][2]int{{d.Year, o.Year}, {d.Month, o.Month}, {d.Day, o.Day}} {
		if p[0] < p[1] {
			return -1
		}
		if p[0] > p[1] {
			return 1
		}
	}
	return 0
}

// ErrSyntax is returned (wrapped) by ParseISO for text that is not an ISO
// date.
var ErrSyntax = errors.New("dates: not an ISO date")

// ParseISO parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (surrounding white
// space is ignored) and checks that the date exists.
func ParseISO(s string) (Date, error) {
	b := []byte(s)
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\n' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	num := func(p []byte) (int, bool) {
		n := 0
		for _, c := range p {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, len(p) > 0
	}
	var d Date
	var ok bool
	switch len(b) {
	case 4, 7, 10:
	default:
		return Date{}, fmt.Errorf("%w: %q", ErrSyntax, s)
	}
	if d.Year, ok = num(b[:4]); !ok {
		return Date{}, fmt.Errorf("%w: %q", ErrSyntax, s)
	}
	if len(b) >= 7 {
		if b[4] != '-' {
			return Date{}, fmt.Errorf("%w: %q", ErrSyntax, s)
		}
		if d.Month, ok = num(b[5:7]); !ok {
			return Date{}, fmt.Errorf("%w: %q", ErrSyntax, s)
		}
	}
	if len(b) == 10 {
		if b[7] != '-' {
			return Date{}, fmt.Errorf("%w: %q", ErrSyntax, s)
		}
		if d.Day, ok = num(b[8:10]); !ok {
			return Date{}, fmt.Errorf("%w: %q", ErrSyntax, s)
		}
	}
	if !d.Valid() || (len(b) >= 7 && d.Month == 0) || (len(b) == 10 && d.Day == 0) {
		return Date{}, fmt.Errorf("dates: impossible date %q", s)
	}
	return d, nil
}
