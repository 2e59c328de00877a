package gazetteer

import "strings"

// seatTable lists presidential residences and seats of government whose
// names stand for the capital they are in (talks "в Акорде" are talks in
// Astana). Only names that name nothing else are listed: the White House
// (also any white house, and a Russian government building) and Aksaray (a
// Turkish city) are left out. A seat is reported by Cities only in a
// locative context ("в Кремле", "Ақордада", "at the Akorda"), since "the
// Kremlin said" names a government, not a place.
//
// One seat a line, fields separated by " | ": English names (the first is
// CityMention.Seat), the English exonym of its city (in cityTable), Russian
// names (declined like city names), Kazakh names (declined with the Kazakh
// suffixes), Russian case forms that the declension rules do not produce,
// as case=form pairs separated by ";" (a fleeting vowel: дворец ->
// дворце).
const seatTable = `
Akorda; Ak Orda; Ak-Orda; Aqorda | Astana | Акорда; Ак-Орда | Ақорда; Акорда; Ақ Орда |
Kremlin | Moscow | Кремль | Кремль |
Elysee Palace; Élysée Palace; Elysée Palace; Elysee; Élysée | Paris | Елисейский дворец | Елисей сарайы | gen=Елисейского дворца; dat=Елисейскому дворцу; ins=Елисейским дворцом; loc=Елисейском дворце
Zhongnanhai | Beijing | Чжуннаньхай | Чжуннаньхай |
Ak Saray; Ak-Saray; Beştepe Presidential Complex | Ankara | Ак-Сарай; Ак Сарай | |
Downing Street | London | Даунинг-стрит | Даунинг-стрит |
Quirinal Palace; Quirinale | Rome | Квиринальский дворец | | gen=Квиринальского дворца; dat=Квиринальскому дворцу; ins=Квиринальским дворцом; loc=Квиринальском дворце
`

// seatRow is one line of seatTable.
type seatRow struct {
	en      []string
	city    string // English exonym of the city
	ru, kk  []string
	ruForms map[string]string // case -> extra Russian form
}

// parseSeatTable reads seatTable.
func parseSeatTable(t string) []seatRow {
	var out []seatRow
	for _, line := range tableLines(t) {
		f := tableFields(line, 5)
		r := seatRow{en: listField(f[0]), city: strings.TrimSpace(f[1]), ru: listField(f[2]), kk: listField(f[3]), ruForms: map[string]string{}}
		for _, kv := range listField(f[4]) {
			if k, v, ok := strings.Cut(kv, "="); ok {
				r.ruForms[k] = v
			}
		}
		if len(r.en) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// addSeats indexes the seats of seatTable as locative-only forms of their
// cities.
func (g *Gazetteer) addSeats() {
	byName := map[string]int{}
	for i, c := range g.cities {
		if _, ok := byName[c.Name]; !ok {
			byName[c.Name] = i
		}
	}
	for _, r := range parseSeatTable(seatTable) {
		ci, ok := byName[r.city]
		if !ok {
			continue
		}
		g.seats = append(g.seats, r.en[0])
		base := entry{city: ci, kind: Name, rule: proper, locOnly: true, seat: len(g.seats)}
		for _, n := range r.ru {
			g.addRussianName(&g.tix, n, base)
		}
		for cas, f := range r.ruForms {
			e := base
			e.cases = bitOf(cas)
			g.tix.add(f, e)
		}
		g.addKazakhEnglishNames(r.kk, r.en, base)
	}
}
