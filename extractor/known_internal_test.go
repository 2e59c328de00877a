package extractor

import (
	"testing"

	"github.com/diplograph/diplograph/extractor/holders"
)

// TestFittingCountry checks that the full-name holders of a title's
// office decide a person's state only when they are of one state: a
// plural title ("между президентами Казахстана и России, A и B") gives
// both the first state, and the dictionary gives each his own.
func TestFittingCountry(t *testing.T) {
	president := &person{titled: true, head: true, role: "President"}
	ru := &holders.Holder{Country: "RU", Office: holders.HeadOfState}
	ruPM := &holders.Holder{Country: "RU", Office: holders.HeadOfGovernment}
	kz := &holders.Holder{Country: "KZ", Office: holders.HeadOfState}
	for _, tt := range []struct {
		name string
		hs   []*holders.Holder
		want string
	}{
		{"one holder", []*holders.Holder{ru}, "RU"},
		{"one state, two offices of which one fits", []*holders.Holder{ru, ruPM}, "RU"},
		{"two states", []*holders.Holder{ru, kz}, ""},
		{"no office fits", []*holders.Holder{ruPM}, ""},
		{"none", nil, ""},
	} {
		if got := fittingCountry(president, tt.hs); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
