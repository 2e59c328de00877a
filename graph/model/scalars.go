package model

import (
	"fmt"
	"io"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph"
)

// MarshalDate writes a full or partial ISO date; the empty string, which
// the domain uses for an unknown date, is written as null.
func MarshalDate(s string) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		if s == "" {
			_, _ = io.WriteString(w, "null")
			return
		}
		graphql.MarshalString(s).MarshalGQL(w)
	})
}

// UnmarshalDate reads a Date: YYYY, YYYY-MM or YYYY-MM-DD naming a real
// calendar month and day.
func UnmarshalDate(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", diplograph.Errorf(diplograph.EINVALID, "a Date must be a string like 2024, 2024-03 or 2024-03-15")
	}
	if err := ValidateDate(s); err != nil {
		return "", diplograph.Errorf(diplograph.EINVALID, "%s", err.Error())
	}
	return s, nil
}

// ValidateDate checks that s is a full or partial ISO date naming a real
// month and day.
func ValidateDate(s string) error {
	bad := fmt.Errorf("malformed date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	if !diplograph.ValidDate(s) {
		return bad
	}
	var layout string
	switch len(s) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	default:
		layout = "2006-01-02"
	}
	if _, err := time.Parse(layout, s); err != nil {
		return bad
	}
	return nil
}

// MarshalDateTime writes an RFC 3339 timestamp; the zero time is null.
func MarshalDateTime(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		if t.IsZero() {
			_, _ = io.WriteString(w, "null")
			return
		}
		graphql.MarshalString(t.UTC().Format(time.RFC3339)).MarshalGQL(w)
	})
}

// UnmarshalDateTime reads an RFC 3339 timestamp.
func UnmarshalDateTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, diplograph.Errorf(diplograph.EINVALID, "a DateTime must be an RFC 3339 string")
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, diplograph.Errorf(diplograph.EINVALID, "malformed DateTime %q: want RFC 3339", s)
	}
	return t, nil
}
