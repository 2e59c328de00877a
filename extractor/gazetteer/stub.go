package gazetteer

// Gazetteer finds countries and cities in text. It is immutable after New
// and safe for concurrent use.
type Gazetteer struct {
	countries map[string]Country
}

// New builds the gazetteer.
func New() *Gazetteer { return &Gazetteer{countries: map[string]Country{}} }

// Country returns the country with ISO alpha-2 code (upper case).
func (g *Gazetteer) Country(code string) (Country, bool) {
	c, ok := g.countries[code]
	return c, ok
}

// Countries returns every country mention in text, sorted by Start.
func (g *Gazetteer) Countries(text string) []Mention { return nil }

// Cities returns every city mention in text, sorted by Start.
func (g *Gazetteer) Cities(text string) []CityMention { return nil }

// LookupCountry returns the country code a single phrase names.
func (g *Gazetteer) LookupCountry(phrase string) (code string, ok bool) { return "", false }
