package gazetteer

import "strings"

// countryExtra is what the tables add to the CLDR names of a country.
type countryExtra struct {
	nameEN, nameRU, nameKK string   // preferred nominative names replacing CLDR's
	ru, en, kk             []string // other names: official long forms, short forms
	abbr                   []string // abbreviations, matched exactly
	ruAdj                  []string // Russian adjectives, masculine nominative
	ruComb                 []string // Russian combining forms: американо(-казахстанский)
	enAdj                  []string // English adjectives
	kkAdj                  []string // Kazakh adjectives (their -лық forms are added)
	ruDem                  []string // Russian demonyms, plural nominative
	enDem                  []string // English demonyms, plural
}

// tableLines returns the data lines of a table: trimmed, without blank
// lines and # comments.
func tableLines(t string) []string {
	var out []string
	for _, line := range strings.Split(t, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// tableFields splits a table line on "|", padded to at least n fields.
func tableFields(line string, n int) []string {
	f := strings.Split(line, "|")
	for len(f) < n {
		f = append(f, "")
	}
	return f
}

// listField splits a field on ";" into its trimmed, non-empty values.
func listField(s string) []string {
	var vs []string
	for _, v := range strings.Split(s, ";") {
		if v = strings.TrimSpace(v); v != "" {
			vs = append(vs, v)
		}
	}
	return vs
}

// parseCountryTable reads countryTable: one country a line, fields separated
// by " | ", the first the ISO code, each other "key: value; value". Keys:
// EN, RU, KK (preferred names), en, ru, kk (other names), abbr, radj,
// rcomb (combining forms of compounds), eadj, kadj, rdem, edem.
func parseCountryTable(t string) map[string]countryExtra {
	out := map[string]countryExtra{}
	for _, line := range tableLines(t) {
		fields := strings.Split(line, " | ")
		code := strings.TrimSpace(fields[0])
		x := out[code]
		for _, f := range fields[1:] {
			key, val, ok := strings.Cut(f, ":")
			if !ok {
				continue
			}
			vals := listField(val)
			first := ""
			if len(vals) > 0 {
				first = vals[0]
			}
			switch strings.TrimSpace(key) {
			case "EN":
				x.nameEN = first
				x.en = append(x.en, vals...)
			case "RU":
				x.nameRU = first
				x.ru = append(x.ru, vals...)
			case "KK":
				x.nameKK = first
				x.kk = append(x.kk, vals...)
			case "en":
				x.en = append(x.en, vals...)
			case "ru":
				x.ru = append(x.ru, vals...)
			case "kk":
				x.kk = append(x.kk, vals...)
			case "abbr":
				x.abbr = append(x.abbr, vals...)
			case "radj":
				x.ruAdj = append(x.ruAdj, vals...)
			case "rcomb":
				x.ruComb = append(x.ruComb, vals...)
			case "eadj":
				x.enAdj = append(x.enAdj, vals...)
			case "kadj":
				x.kkAdj = append(x.kkAdj, vals...)
			case "rdem":
				x.ruDem = append(x.ruDem, vals...)
			case "edem":
				x.enDem = append(x.enDem, vals...)
			}
		}
		out[code] = x
	}
	return out
}

// cityRow is one line of cityTable.
type cityRow struct {
	city    City
	en      []string // all English names, the first is City.Name
	ru, kk  []string
	fem     bool // a Russian name in -ь is feminine (Казань)
	locOnly bool // the name is also a common word: accept it only in a locative context
}

// parseCityTable reads cityTable: one city a line, fields separated by
// " | ": English names, ISO code, Russian names, Kazakh names (empty: the
// Russian ones), flags (c capital, f feminine -ь, l locative only).
func parseCityTable(t string) []cityRow {
	var out []cityRow
	for _, line := range tableLines(t) {
		f := tableFields(line, 5)
		r := cityRow{en: listField(f[0]), ru: listField(f[2]), kk: listField(f[3])}
		if len(r.en) == 0 || len(r.ru) == 0 {
			continue
		}
		if len(r.kk) == 0 {
			r.kk = r.ru
		}
		flags := strings.TrimSpace(f[4])
		r.fem = strings.Contains(flags, "f")
		r.locOnly = strings.Contains(flags, "l")
		r.city = City{Name: r.en[0], Country: strings.TrimSpace(f[1]), NameRU: r.ru[0], NameKK: r.kk[0], Capital: strings.Contains(flags, "c")}
		out = append(out, r)
	}
	return out
}

// riskyNames are country names that are also common words written with a
// capital at the start of a sentence (Того, the Russian pronoun).
var riskyNames = map[string]bool{
	"того": true,
}
