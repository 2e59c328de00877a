package diplograph

import (
	"fmt"
	"regexp"
	"strings"
)

// Event types: the vocabulary of the gold format. They map onto the
// CAMEO/PLOVER codes for consultation, visit and agreement signing.
const (
	EventMeeting           = "MEETING"
	EventCommissionSession = "COMMISSION_SESSION"
	EventVisit             = "VISIT"
	EventPhoneCall         = "PHONE_CALL"
	EventForum             = "FORUM"
	EventCultureDays       = "CULTURE_DAYS"
	EventCulturalEvent     = "CULTURAL_EVENT"
	EventSigning           = "SIGNING"
)

// EventTypes lists every event type.
var EventTypes = []string{EventMeeting, EventCommissionSession, EventVisit, EventPhoneCall,
	EventForum, EventCultureDays, EventCulturalEvent, EventSigning}

// Event statuses.
const (
	StatusHeld    = "HELD"
	StatusPlanned = "PLANNED"
)

// Agreement kinds.
const (
	KindAgreement   = "AGREEMENT"
	KindMemorandum  = "MEMORANDUM"
	KindRoadmap     = "ROADMAP"
	KindProgram     = "PROGRAM"
	KindPlan        = "PLAN"
	KindProtocol    = "PROTOCOL"
	KindDeclaration = "DECLARATION"
	KindOther       = "OTHER"
)

// AgreementKinds lists every agreement kind.
var AgreementKinds = []string{KindAgreement, KindMemorandum, KindRoadmap, KindProgram,
	KindPlan, KindProtocol, KindDeclaration, KindOther}

// Agreement statuses.
const (
	AgreementSigned    = "SIGNED"
	AgreementDraft     = "DRAFT"
	AgreementPlanned   = "PLANNED"
	AgreementDiscussed = "DISCUSSED"
)

// AgreementStatuses lists every agreement status.
var AgreementStatuses = []string{AgreementSigned, AgreementDraft, AgreementPlanned, AgreementDiscussed}

// Topics is the topic vocabulary of the gold format.
var Topics = []string{"cinema", "theatre", "music", "museums", "libraries", "archives",
	"heritage", "archaeology", "animation", "fine_arts", "literature", "education",
	"science", "tourism", "media", "youth", "volunteering", "civil_society",
	"creative_industries", "memory", "trade", "energy", "transport", "industry",
	"agriculture", "water", "environment", "digital", "health", "security", "other"}

// Evidence is the sentence of an article that supports a fact, with its
// byte offsets in the article's Text (Start inclusive, End exclusive).
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Person is a named official. Ministers (any portfolio, deputies flagged)
// have Portfolio set; other officials (heads of state and government,
// envoys, ambassadors, heads of institutions) have Role set.
type Person struct {
	// ID is stable across articles and languages: see PersonID.
	ID        string     `json:"id"`
	Name      string     `json:"name"`  // nominative, original script
	Latin     string     `json:"latin"` // plain romanisation
	Aliases   []string   `json:"aliases,omitempty"`
	Country   string     `json:"country"`             // ISO 3166-1 alpha-2
	Portfolio string     `json:"portfolio,omitempty"` // ministers: "foreign affairs", "culture and information"
	Role      string     `json:"role,omitempty"`      // English title: "President", "Ambassador"
	Deputy    bool       `json:"deputy,omitempty"`
	Title     string     `json:"title,omitempty"` // the title as written, in officials
	Evidence  []Evidence `json:"evidence,omitempty"`
}

// IsMinister reports whether p holds a ministerial portfolio.
func (p Person) IsMinister() bool { return p.Portfolio != "" }

// Organization is a ministry, academy, theatre, university or international
// body named as a party to an agreement or taking part in an event.
type Organization struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"` // as written, original script
	Latin    string     `json:"latin,omitempty"`
	Country  string     `json:"country,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Event is a diplomatic event: it involves at least two countries, or a
// country and an international organisation.
type Event struct {
	// ID is stable across articles: see EventID.
	ID      string `json:"id"`
	Type    string `json:"type"`
	Status  string `json:"status"`
	Primary bool   `json:"primary,omitempty"`
	// Date and EndDate are ISO dates, possibly partial ("2024", "2024-03").
	Date    string `json:"date,omitempty"`
	EndDate string `json:"end_date,omitempty"`
	// MonthDay is the day the report gives without a year ("08-17"), for
	// an event whose date it cannot fix otherwise: evidence that ties
	// reports of one event (see package ingest).
	MonthDay string `json:"month_day,omitempty"`
	// Ordinal is the number of a session of a standing body or of a
	// summit of a series ("the 26th meeting"), 0 when not told: two
	// sessions of one body are two events.
	Ordinal int `json:"ordinal,omitempty"`
	// Body is the organisation whose gathering a multilateral forum is
	// ("Shanghai Cooperation Organisation"), "" when not told: reports
	// of one summit name different member states, but the same body.
	Body        string   `json:"body,omitempty"`
	City        string   `json:"city,omitempty"` // English exonym
	CityCountry string   `json:"city_country,omitempty"`
	Countries   []string `json:"countries"`
	// Participants are the Latin names of the ministers and persons in it.
	Participants []string   `json:"participants"`
	Title        string     `json:"title,omitempty"`
	Topics       []string   `json:"topics,omitempty"`
	Evidence     []Evidence `json:"evidence,omitempty"`
}

// Agreement is a document signed, drafted, proposed or discussed.
type Agreement struct {
	ID        string   `json:"id"`
	Kind      string   `json:"kind"`
	Status    string   `json:"status"`
	Date      string   `json:"date,omitempty"`
	Countries []string `json:"countries"`
	// Parties are the organisations that are parties, as named.
	Parties []string `json:"parties"`
	Title   string   `json:"title,omitempty"`
	// Signatories are the Latin names of the persons who signed it.
	Signatories []string `json:"signatories,omitempty"`
	// EventID is the event at which it was concluded, if any.
	EventID  string     `json:"event_id,omitempty"`
	Topics   []string   `json:"topics,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Facts is what one article says: the gold format of the evaluation plus
// ids and evidence. Ministers and Persons are split as in the gold format;
// both are Person values.
type Facts struct {
	File      string   `json:"file,omitempty"`
	ArticleID string   `json:"id"`
	Language  string   `json:"language"`
	Published string   `json:"published,omitempty"`
	Ministers []Person `json:"ministers"`
	Persons   []Person `json:"persons"`
	// Officials are every titled official the article names, whether or
	// not he takes part in an event, each with his title as written.
	Officials     []Person       `json:"officials"`
	Countries     []string       `json:"countries"`
	Organizations []Organization `json:"organizations,omitempty"`
	Events        []Event        `json:"events"`
	Agreements    []Agreement    `json:"agreements"`
	Topics        []string       `json:"topics"`
	// CountryEvidence and TopicEvidence give, for each country code and
	// topic key, the sentence that supports it.
	CountryEvidence map[string]Evidence `json:"country_evidence,omitempty"`
	TopicEvidence   map[string]Evidence `json:"topic_evidence,omitempty"`
}

// Document is an article with the facts extracted from it: the unit the
// store writes.
type Document struct {
	Article Article
	Facts   Facts
	// Extracted, when set, is what the extractor gave before event
	// resolution settled the ids: Facts.Events is parallel to
	// Extracted.Events, with the ids of the graph's event nodes. The store
	// keeps it with the article, so that resolution can run again when
	// other articles come or go.
	Extracted *Facts `json:"-"`
	// Rewrite asks the store to write the document again even though it
	// is stored with the same content and extracted facts: resolution
	// moved some of its events to other event nodes.
	Rewrite bool `json:"-"`
}

// StoredArticle is d's article as the store keeps it: metadata trimmed,
// the language, publication date and file of the facts when the article
// lacks them.
func (d *Document) StoredArticle() Article {
	a := Article{ID: d.Article.ID, URL: strings.TrimSpace(d.Article.URL), Source: strings.TrimSpace(d.Article.Source),
		Title: strings.TrimSpace(d.Article.Title), Language: strings.TrimSpace(d.Article.Language),
		Published: strings.TrimSpace(d.Article.Published), Text: d.Article.Text, File: strings.TrimSpace(d.Article.File)}
	if a.Language == "" {
		a.Language = strings.TrimSpace(d.Facts.Language)
	}
	if a.Published == "" {
		a.Published = strings.TrimSpace(d.Facts.Published)
	}
	if a.File == "" {
		a.File = strings.TrimSpace(d.Facts.File)
	}
	return a
}

var (
	countryCodeRE = regexp.MustCompile(`^[A-Z]{2}$`)
	isoDateRE     = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

// ValidDate reports whether s is a full or partial ISO date (YYYY,
// YYYY-MM or YYYY-MM-DD).
func ValidDate(s string) bool { return isoDateRE.MatchString(s) }

// ValidCountryCode reports whether s has the shape of an ISO 3166-1
// alpha-2 code.
func ValidCountryCode(s string) bool { return countryCodeRE.MatchString(s) }

func oneOf(s string, set []string) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

// Validate checks what the graph model requires of a document before it is
// written: an article id and text, ids on every fact, known vocabularies,
// well-formed dates and country codes. The error is EINVALID and names the
// article and the offending fact.
func (d *Document) Validate() error {
	fail := func(format string, args ...any) error {
		return &Error{Op: "diplograph.Validate", Code: EINVALID, File: d.Article.File, Line: d.Article.Line,
			Message: fmt.Sprintf("article %s: ", d.Article.ID) + fmt.Sprintf(format, args...)}
	}
	if strings.TrimSpace(d.Article.ID) == "" {
		return fail("no article id")
	}
	if d.Article.Published != "" && !ValidDate(d.Article.Published) {
		return fail("published %q is not an ISO date", d.Article.Published)
	}
	checkCountries := func(what string, cs []string) error {
		for _, c := range cs {
			if !ValidCountryCode(c) {
				return fail("%s: country %q is not an ISO 3166-1 alpha-2 code", what, c)
			}
		}
		return nil
	}
	if err := checkCountries("countries", d.Facts.Countries); err != nil {
		return err
	}
	for _, ps := range [][]Person{d.Facts.Ministers, d.Facts.Persons, d.Facts.Officials} {
		for _, p := range ps {
			if p.ID == "" || strings.TrimSpace(p.Name) == "" {
				return fail("person %q: no id or name", p.Name)
			}
			if p.Country != "" && !ValidCountryCode(p.Country) {
				return fail("person %q: country %q is not an ISO code", p.Name, p.Country)
			}
		}
	}
	for _, o := range d.Facts.Organizations {
		if o.ID == "" || strings.TrimSpace(o.Name) == "" {
			return fail("organization %q: no id or name", o.Name)
		}
	}
	for _, e := range d.Facts.Events {
		if e.ID == "" {
			return fail("event %q: no id", e.Title)
		}
		if !oneOf(e.Type, EventTypes) {
			return fail("event %s: unknown type %q", e.ID, e.Type)
		}
		if e.Status != StatusHeld && e.Status != StatusPlanned {
			return fail("event %s: unknown status %q", e.ID, e.Status)
		}
		for _, dt := range []string{e.Date, e.EndDate} {
			if dt != "" && !ValidDate(dt) {
				return fail("event %s: date %q is not an ISO date", e.ID, dt)
			}
		}
		if err := checkCountries("event "+e.ID, e.Countries); err != nil {
			return err
		}
	}
	for _, a := range d.Facts.Agreements {
		if a.ID == "" {
			return fail("agreement %q: no id", a.Title)
		}
		if !oneOf(a.Kind, AgreementKinds) {
			return fail("agreement %s: unknown kind %q", a.ID, a.Kind)
		}
		if !oneOf(a.Status, AgreementStatuses) {
			return fail("agreement %s: unknown status %q", a.ID, a.Status)
		}
		if a.Date != "" && !ValidDate(a.Date) {
			return fail("agreement %s: date %q is not an ISO date", a.ID, a.Date)
		}
		if err := checkCountries("agreement "+a.ID, a.Countries); err != nil {
			return err
		}
	}
	for _, t := range d.Facts.Topics {
		if !oneOf(t, Topics) {
			return fail("unknown topic %q", t)
		}
	}
	return nil
}
