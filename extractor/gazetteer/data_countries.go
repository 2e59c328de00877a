package gazetteer

// countryTable adds to the CLDR names: preferred names (EN, RU, KK), official
// long forms and common alternatives (en, ru, kk), abbreviations (abbr),
// adjectives (radj, eadj, kadj) and demonyms (rdem, edem). See
// parseCountryTable for the format.
const countryTable = `
KZ | ru: Республика Казахстан; Казахстанская Республика | en: Republic of Kazakhstan | kk: Қазақстан Республикасы | abbr: РК; ҚР; RK | radj: казахстанский; казахский | eadj: Kazakh; Kazakhstani | kadj: қазақ | rdem: казахстанцы; казахи | edem: Kazakhstanis; Kazakhs
RU | ru: Российская Федерация; Россия | en: Russian Federation | kk: Ресей Федерациясы | abbr: РФ | radj: российский; русский | eadj: Russian | kadj: орыс | rdem: россияне | edem: Russians
`
