package extractor

import "testing"

func TestOrdinalOf(t *testing.T) {
	for w, want := range map[string]int{
		"26-е": 26, "26-го": 26, "5th": 5, "5-ші": 5, "XXVI": 26, "II": 2, "второго": 2, "Fifth": 5, "екінші": 2,
		"26": 0, "I": 0, "2025-го": 0, "заседания": 0, "2nd": 2,
	} {
		if got := ordinalOf(w); got != want {
			t.Errorf("ordinalOf(%q) = %d, want %d", w, got, want)
		}
	}
}
