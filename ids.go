package diplograph

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// StableID returns prefix-HASH where HASH is a short hash of the parts.
// Ids built this way are the same for the same parts in every process,
// which is what makes ingestion idempotent and concurrent ingests
// converge on one node per thing.
func StableID(prefix string, parts ...string) string {
	return prefix + "-" + shortHash(strings.Join(parts, "\x1f"))
}

// NameKey returns a forgiving key of a Latin personal name, under which the
// common romanisation variants of one name collapse: case, diacritics,
// word order, doubled letters, vowels after the first letter of a word,
// and the pairs kh/h, q/k, x/ks, w/v, j/zh/z, ch/sh. "Kassym-Jomart
// Tokayev" and "Tokaev Kasym-Zhomart" share a key.
func NameKey(latin string) string {
	s := strings.ToLower(stripMarks(latin))
	r := strings.NewReplacer("kh", "h", "q", "k", "x", "ks", "w", "v", "j", "z", "zh", "z", "ch", "sh", "ts", "c")
	s = r.Replace(s)
	words := strings.FieldsFunc(s, func(r rune) bool { return r < 'a' || r > 'z' })
	for i, w := range words {
		var b strings.Builder
		var last rune
		for j, c := range w {
			if j > 0 && strings.ContainsRune("aeiouy", c) {
				continue
			}
			if c == last {
				continue
			}
			b.WriteRune(c)
			last = c
		}
		words[i] = b.String()
	}
	sort.Strings(words)
	return strings.Join(words, " ")
}

// PersonID returns the stable id of a person: the country and the NameKey
// of the Latin name. The same official written in Russian, Kazakh or
// English, in any case form, gets one id once the extractor has brought the
// name to the nominative and romanised it.
func PersonID(country, latin string) string {
	return StableID("person", strings.ToUpper(country), NameKey(latin))
}

// OrganizationID returns the stable id of an organisation from its country
// and a normalised form of its name.
func OrganizationID(country, name string) string {
	return StableID("org", strings.ToUpper(country), NormaliseText(stripMarks(name)))
}

func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// EventID returns the stable id of an event. Reports of one event agree on
// its type, its countries and its date, so those make the key; the country
// order counts only for Days of Culture (the guest country first, then the
// host), where it tells two different events apart. An event whose date is
// unknown, or only its year (many meetings of the same people share a
// year), is keyed to the article that reports it (anchor, typically the
// article id and the event's index), since nothing safer identifies it.
func EventID(typ string, countries []string, date, anchor string) string {
	cs := append([]string(nil), countries...)
	if typ != EventCultureDays {
		sort.Strings(cs)
	}
	if len(date) > 4 {
		anchor = ""
	}
	return StableID("event", typ, strings.Join(cs, ","), date, anchor)
}

// AgreementID returns the stable id of an agreement: its kind, its
// (sorted) countries, its parties' normalised names, and an anchor: the
// id of the event it was concluded at, else its date, else the article.
// The status is not part of the key, so a draft that is later signed stays
// one node whose status moves on.
func AgreementID(kind string, countries, parties []string, anchor string) string {
	cs := append([]string(nil), countries...)
	sort.Strings(cs)
	ps := make([]string, len(parties))
	for i, p := range parties {
		ps[i] = NormaliseText(stripMarks(p))
	}
	sort.Strings(ps)
	return StableID("agreement", kind, strings.Join(cs, ","), strings.Join(ps, ";"), anchor)
}
