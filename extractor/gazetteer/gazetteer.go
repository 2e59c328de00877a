package gazetteer

// Kind says what sort of word a country mention is.
type Kind int

// The kinds of country mention.
const (
	// Name is a country name in any case form: Казахстан, Казахстана,
	// Қазақстанның, Kazakhstan, the Russian Federation.
	Name Kind = iota
	// Adjective is a country adjective: казахстанский, қазақстандық, French.
	Adjective
	// Abbrev is an abbreviation: РК, РФ, ҚР, США, US, UAE.
	Abbrev
	// Demonym names the people of a country: казахстанцы, россияне, Kazakhstanis.
	Demonym
)

// String returns the kind in lower case ("name", "adjective", "abbrev", "demonym").
func (k Kind) String() string {
	switch k {
	case Name:
		return "name"
	case Adjective:
		return "adjective"
	case Abbrev:
		return "abbrev"
	case Demonym:
		return "demonym"
	}
	return "unknown"
}

// Country is a country (an ISO 3166-1 region) with its CLDR names.
type Country struct {
	Code   string // ISO 3166-1 alpha-2
	NameEN string // English, nominative (CLDR short name)
	NameRU string // Russian, nominative
	NameKK string // Kazakh, nominative
}

// EU returns the European Union as a party: never matched as a country
// name in a text (the lexicon knows it as an organisation), but the side
// its own officials stand for, code EU (reserved for it by ISO 3166-1).
func EU() Country {
	return Country{Code: "EU", NameEN: "European Union", NameRU: "Европейский союз", NameKK: "Еуропалық одақ"}
}

// Mention is one country mention found in a text.
type Mention struct {
	Code       string // ISO 3166-1 alpha-2
	Start, End int    // byte offsets of Form in the text
	Form       string // the matched text
	Kind       Kind
	// Case is the best guess of the grammatical case of a Name: for Russian
	// "nom", "gen", "dat", "acc", "ins", "loc"; for Kazakh "nom", "gen",
	// "dat", "acc", "loc", "abl", "ins", "rel" (-лық), "loc_rel" (-дағы);
	// for English "nom", or "gen" with a possessive 's (of any kind of
	// mention); for an Abbrev, the case a Russian preposition before it
	// selects ("в РК" -> "loc"); "" when unknown or ambiguous.
	Case string
}

// City is a city of the gazetteer.
type City struct {
	Name    string // English exonym: "Moscow", "Astana"
	Country string // ISO 3166-1 alpha-2
	NameRU  string // Russian, nominative
	NameKK  string // Kazakh, nominative
	Capital bool   // national capital
}

// CityMention is one city mention found in a text.
type CityMention struct {
	City
	Start, End int    // byte offsets of Form in the text
	Form       string // the matched text (without a preposition)
	// Locative is true when the text places something in the city: Russian
	// "в/во" + locative case, a Kazakh locative suffix (-да/-де/-та/-те),
	// English "in"/"at".
	Locative bool
	// Seat is the English name of a presidential residence or seat of
	// government that the text names for its city ("Akorda" for "в
	// Акорде", "Kremlin" for "в Кремле"), or "" for the city's own name.
	// Seats are reported only when Locative.
	Seat string
}
