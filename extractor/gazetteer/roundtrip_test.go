package gazetteer_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extractor/morph"
)

// unMembers are the ISO 3166-1 codes of the 193 member states of the United
// Nations.
const unMembers = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN
BG BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE
SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE
KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP
NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS
SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US
UY UZ VU VE VN YE ZM ZW`

// kazakhLastWordForms returns the Kazakh case forms of a (multiword) name
// in case cas, as the gazetteer generates them.
func kazakhForms(name, cas string) []string {
	prefix, last := "", name
	if i := strings.LastIndex(name, " "); i >= 0 {
		prefix, last = name[:i+1], name[i+1:]
	}
	lr, _ := utf8.DecodeLastRuneInString(last)
	if prefix != "" && (lr == 'ы' || lr == 'і') {
		return []string{prefix + morph.KazakhInflectPossessive(last)[cas]}
	}
	var out []string
	for _, f := range morph.KazakhInflectVariants(last)[cas] {
		out = append(out, prefix+f)
	}
	return out
}

func TestEveryUNMemberHasCapital(t *testing.T) {
	g := mustGaz(t)
	caps := map[string]int{}
	for _, c := range g.AllCities() {
		if c.Capital {
			caps[c.Country]++
		}
	}
	for _, code := range strings.Fields(unMembers) {
		if caps[code] == 0 {
			t.Errorf("no capital for UN member %s", code)
		}
	}
}

func TestCapitalLocativesRoundTrip(t *testing.T) {
	g := mustGaz(t)
	for _, c := range g.AllCities() {
		if !c.Capital {
			continue
		}
		ru := morph.RussianInflectPhrase(c.NameRU)["loc"]
		texts := []string{"Встреча прошла в " + ru + ".", "The talks were held in " + c.Name + "."}
		for _, f := range kazakhForms(c.NameKK, morph.KkLoc) {
			texts = append(texts, "Кездесу "+f+" өтті.")
		}
		for _, text := range texts {
			ms := g.Cities(text)
			ok := false
			for _, m := range ms {
				if m.City == c && m.Locative {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s (%s): %q: got %s", c.Name, c.Country, text, cityString(ms))
			}
		}
	}
}

func TestCountryGenitivesRoundTrip(t *testing.T) {
	g := mustGaz(t)
	// The UN members, the observer states and Kosovo and Taiwan, whose
	// names the press uses like a country's (the dependent territories,
	// "острова Мэн", are left out).
	for _, code := range strings.Fields(unMembers + " PS VA XK TW") {
		c, ok := g.Country(code)
		if !ok {
			t.Errorf("no country %s", code)
			continue
		}
		texts := []string{"Делегация " + morph.RussianInflectPhrase(c.NameRU)["gen"] + " прибыла."}
		if c.NameRU == strings.ToUpper(c.NameRU) {
			// An abbreviation (КНДР) does not decline.
			texts[0] = "Делегация " + c.NameRU + " прибыла."
		}
		for _, f := range kazakhForms(c.NameKK, morph.KkGen) {
			texts = append(texts, "Делегация "+f+" өкілдері келді.")
		}
		for _, text := range texts {
			ms := g.Countries(text)
			found := false
			for _, m := range ms {
				if m.Code == code {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: %q: got %s", code, text, mentionString(ms))
			}
		}
	}
}
