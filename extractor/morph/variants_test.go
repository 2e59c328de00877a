package morph

import (
	"reflect"
	"testing"
)

func TestSpellingVariants(t *testing.T) {
	for in, want := range map[string][]string{
		"Yerlan Yesenov":       {"Erlan Esenov"},
		"Yergali Sultanov":     {"Ergali Sultanov"},
		"Nurlan Bekov-Yerzhan": {"Nurlan Bekov-Erzhan"},
		"Yevgeniy Petrov":      {"Evgeniy Petrov"},
		"Yelena Yeo":           {"Elena Yeo"},
		"Eldor Yusupov":        nil,
		"Yerevan":              {"Erevan"},
		"Ye":                   nil,
	} {
		if got := SpellingVariants(in); !reflect.DeepEqual(got, want) {
			t.Errorf("SpellingVariants(%q) = %q, want %q", in, got, want)
		}
	}
}
