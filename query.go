package diplograph

import (
	"context"
	"time"
)

// This file holds the read side of the domain: what the graph returns to
// queries, how queries filter, sort and page, and the GraphReader
// interface that package neo4jstore implements and package graph serves.

// MaxPageSize is the largest page a list query may ask for.
const MaxPageSize = 100

// Op is a filter operator.
type Op string

// Filter operators. The comparison operators apply to strings and dates;
// a partial date stands for its whole period, so Lte "2024-03" includes
// "2024-03-31" and Gt "2024" starts at "2025".
const (
	OpEq         Op = "eq"
	OpIn         Op = "in"
	OpContains   Op = "contains"
	OpStartsWith Op = "startsWith"
	OpGt         Op = "gt"
	OpGte        Op = "gte"
	OpLt         Op = "lt"
	OpLte        Op = "lte"
	// OpSome and OpNone apply Cond.Sub to the nodes related through
	// Cond.Field: at least one matches, none matches.
	OpSome Op = "some"
	OpNone Op = "none"
)

// Where is a filter: all of Conds and And, at least one of Or (when any),
// and not Not. The zero value matches everything.
type Where struct {
	Conds []Cond
	And   []Where
	Or    []Where
	Not   *Where
}

// IsZero reports whether w matches everything.
func (w *Where) IsZero() bool {
	return w == nil || (len(w.Conds) == 0 && len(w.And) == 0 && len(w.Or) == 0 && w.Not == nil)
}

// Cond is one condition: Field (a GraphQL field name of the filtered
// kind, such as "date" or "countries") compared by Op with Value, which is
// a string, a bool or a []string (for OpIn). For OpSome and OpNone, Sub
// filters the related nodes. The store accepts only the fields it knows
// for each kind and rejects the rest with EINVALID.
type Cond struct {
	Field string
	Op    Op
	Value any
	Sub   *Where
}

// SortField orders by one field; Desc reverses it.
type SortField struct {
	Field string
	Desc  bool
}

// ListQuery asks for one page of a kind of node.
type ListQuery struct {
	Where *Where
	Sort  []SortField
	// First is the page size (1..MaxPageSize); Offset the number of
	// nodes to skip, as decoded from a cursor.
	First  int
	Offset int
	// Count asks for the total number of matching nodes.
	Count bool
	// Include names relations to load with the nodes in the same query
	// (for events: "countries", "topics", "participants", "agreements",
	// "evidence"; for agreements: "countries", "topics"; for persons:
	// "country", "offices", "events"). Included relations are non-nil in
	// the results; others are left nil.
	Include []string
	// Pages gives the page of each included relation that is paged: for
	// events "evidence" (First sentences a node, as RelationQuery does for
	// Event.evidence), for persons "events" (a page of each person's
	// events with its own filter, sort, count and includes, as
	// RelationQuery does for Person.events). Such a relation needs its
	// entry.
	Pages map[string]ListQuery
	// Fields names, by type name, the fields selected of the nodes of
	// that type, as BilateralQuery.Fields: only the properties these need
	// are loaded for the listed nodes and their included relations. An
	// entry keyed by a relation ("Event.countries", "Participant.person")
	// names the fields selected of the nodes under that relation alone
	// and takes precedence there. Nil loads every property.
	Fields map[string][]string
}

// Page is one page of results.
type Page[T any] struct {
	Items []T
	// Offset is the position of the first item in the whole result.
	Offset      int
	HasNextPage bool
	// TotalCount is set when the query asked for it.
	TotalCount int
}

// PersonNode is a person as the graph holds it.
type PersonNode struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Latin   string   `json:"nameLatin"`
	Aliases []string `json:"aliases"`
	// Country is the ISO code of the country the person serves.
	Country  string `json:"country"`
	Minister bool   `json:"isMinister"`
	// Role is the person's role in an event, set when the person was read
	// as an event's participant.
	Role string `json:"role,omitempty"`

	// The relations a list query included (ListQuery.Include), nil when
	// not included: the node of Country (also nil when the graph has no
	// node of that code), the offices, and the page of events that
	// ListQuery.Pages asked for.
	CountryNode *Country         `json:"-"`
	Offices     []Office         `json:"-"`
	Events      *Page[EventNode] `json:"-"`
}

// Office is a post a person was seen holding.
type Office struct {
	Title     string  `json:"title"`
	Portfolio string  `json:"portfolio"`
	Country   Country `json:"country"`
	FirstSeen string  `json:"firstSeen"`
	LastSeen  string  `json:"lastSeen"`
}

// Counterpart is a person met at shared events.
type Counterpart struct {
	Person   PersonNode `json:"person"`
	Meetings int        `json:"meetings"`
}

// Participant is a person's part in an event.
type Participant struct {
	Person PersonNode `json:"person"`
	Role   string     `json:"role"`
}

// OrganizationNode is an organisation as the graph holds it.
type OrganizationNode struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Latin   string `json:"nameLatin"`
	Country string `json:"country"`
}

// EventNode is an event as the graph holds it, with the relations a query
// included: those ListQuery.Include names (the GraphQL layer names every
// relation the request selects), and all of them in the results of
// Bilateral, Timeline and Search and in the agreements of an event.
// Relations not included are nil.
type EventNode struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	Status  string `json:"status"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	EndDate string `json:"endDate"`
	City    string `json:"city"`

	Countries    []Country       `json:"countries,omitempty"`
	Topics       []Topic         `json:"topics,omitempty"`
	Participants []Participant   `json:"participants,omitempty"`
	Agreements   []AgreementNode `json:"agreements,omitempty"`
	// Evidence is set when ListQuery.Include names "evidence": the first
	// sentences of ListQuery.Pages["evidence"], each with its article.
	Evidence []EvidenceRef `json:"evidence,omitempty"`
}

// AgreementNode is an agreement as the graph holds it, with the relations
// a query included, as for EventNode (nil when not included).
type AgreementNode struct {
	ID     string `json:"id"`
	Kind   string `json:"kind"`
	Status string `json:"status"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	// EventID is the event it was concluded at, if any.
	EventID string `json:"eventId,omitempty"`

	Countries []Country `json:"countries,omitempty"`
	Topics    []Topic   `json:"topics,omitempty"`
}

// ArticleNode is an article as the graph holds it (without its text).
type ArticleNode struct {
	ID          string    `json:"id"`
	URL         string    `json:"url"`
	Source      string    `json:"source"`
	Title       string    `json:"title"`
	Language    string    `json:"language"`
	Published   string    `json:"published"`
	ContentHash string    `json:"contentHash"`
	IngestedAt  time.Time `json:"ingestedAt"`
}

// EvidenceRef is a sentence of an article that supports a fact.
type EvidenceRef struct {
	ArticleID string `json:"articleId"`
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	// Article is the article, with the properties the query selected,
	// when the evidence was included with its node (EventNode.Evidence).
	Article *ArticleNode `json:"article,omitempty"`
}

// Relation names a relationship read from many parent nodes at once:
// "Kind.field" after the GraphQL field it serves.
type Relation string

// Relations the reader loads in batches.
const (
	RelCountryEvents       Relation = "Country.events"
	RelCountryAgreements   Relation = "Country.agreements"
	RelCountryMinisters    Relation = "Country.ministers"
	RelCountryOfficials    Relation = "Country.officials"
	RelCountrySources      Relation = "Country.sources"
	RelPersonCountry       Relation = "Person.country"
	RelPersonEvents        Relation = "Person.events"
	RelPersonSigned        Relation = "Person.signed"
	RelPersonSources       Relation = "Person.sources"
	RelPersonEvidence      Relation = "Person.evidence"
	RelOrgCountry          Relation = "Organization.country"
	RelOrgAgreements       Relation = "Organization.agreements"
	RelOrgSources          Relation = "Organization.sources"
	RelOrgEvidence         Relation = "Organization.evidence"
	RelEventCountries      Relation = "Event.countries"
	RelEventParticipants   Relation = "Event.participants"
	RelEventTopics         Relation = "Event.topics"
	RelEventAgreements     Relation = "Event.agreements"
	RelEventSources        Relation = "Event.sources"
	RelEventEvidence       Relation = "Event.evidence"
	RelAgreementCountries  Relation = "Agreement.countries"
	RelAgreementParties    Relation = "Agreement.parties"
	RelAgreementSignatory  Relation = "Agreement.signatories"
	RelAgreementTopics     Relation = "Agreement.topics"
	RelAgreementEvent      Relation = "Agreement.event"
	RelAgreementSources    Relation = "Agreement.sources"
	RelAgreementEvidence   Relation = "Agreement.evidence"
	RelTopicEvents         Relation = "Topic.events"
	RelTopicAgreements     Relation = "Topic.agreements"
	RelArticleEvents       Relation = "Article.events"
	RelArticleAgreements   Relation = "Article.agreements"
	RelArticlePersons      Relation = "Article.persons"
	RelArticleCountries    Relation = "Article.countries"
	RelArticleOrganization Relation = "Article.organizations"
)

// RelationQuery asks for the nodes related to each of Keys (the ids,
// codes or keys of the parent nodes) through Relation, one page per key.
type RelationQuery struct {
	Relation Relation
	Keys     []string
	ListQuery
}

// SearchHit is one full-text search result: exactly one of the node
// fields is set, as Kind says.
type SearchHit struct {
	Kind         string // PERSON, ORGANIZATION, EVENT, AGREEMENT, ARTICLE, COUNTRY, TOPIC
	Score        float64
	Label        string
	Person       *PersonNode
	Organization *OrganizationNode
	Event        *EventNode
	Agreement    *AgreementNode
	Article      *ArticleNode
	Country      *Country
	Topic        *Topic
}

// Stats counts the graph.
type Stats struct {
	Articles      int `json:"articles"`
	Countries     int `json:"countries"`
	Persons       int `json:"persons"`
	Ministers     int `json:"ministers"`
	Organizations int `json:"organizations"`
	Events        int `json:"events"`
	Agreements    int `json:"agreements"`
	Topics        int `json:"topics"`
}

// DateRange bounds a query by date, inclusively; partial dates stand for
// their whole period. Empty ends are open.
type DateRange struct {
	From string
	To   string
}

// BilateralQuery asks for the relations of countries A and B.
type BilateralQuery struct {
	A, B string
	DateRange
	// EventLimit, AgreementLimit, PeopleLimit and SourceLimit bound the
	// lists of the result; zero means MaxPageSize.
	EventLimit int
	EventsDesc bool
	// EventInclude names the relations of the events to load, as
	// ListQuery.Include; nil loads them all.
	EventInclude   []string
	AgreementLimit int
	// AgreementInclude names the relations of the agreements to load
	// ("countries", "topics"); nil loads them all.
	AgreementInclude []string
	// Fields names, by type name ("Country", "Person", "Article",
	// "Topic", "Event", "Agreement"), the fields selected of the nodes of
	// that type anywhere in the result; only the properties these need
	// are loaded (a node's key always is). Entries keyed by a relation
	// ("Event.countries") work as in ListQuery.Fields. The entry
	// "Bilateral" names the parts of the dashboard to compute (eventCount,
	// events, byYear, byMonth, byType, firstContact, lastContact, people,
	// topics, sources, agreements); the others come back empty. Nil loads
	// every part and every property.
	Fields      map[string][]string
	PeopleLimit int
	SourceLimit int
}

// Count is a count for a key: a period, an event type, a topic.
type Count struct {
	Key   string
	Count int
}

// PersonCount is how often a person took part.
type PersonCount struct {
	Person PersonNode
	Count  int
}

// TopicWeight is a topic with a weight.
type TopicWeight struct {
	Topic  Topic
	Weight int
}

// Bilateral is the relations of two countries over a period.
type Bilateral struct {
	A, B       Country
	EventCount int
	// Events are the shared events with their countries, topics and
	// participants included, in the order asked for.
	Events       []EventNode
	ByYear       []Count
	ByMonth      []Count
	ByType       []Count
	Agreements   []AgreementNode
	People       []PersonCount
	Topics       []TopicWeight
	FirstContact string
	LastContact  string
	Sources      []ArticleNode
}

// NetworkQuery asks for the network of countries. Every filter applies to
// events and agreements alike: an agreement is of a type when it was
// concluded at an event of that type (and every agreement is a SIGNING);
// it is about a topic, as an event is, when it or an article reporting it
// is.
type NetworkQuery struct {
	DateRange
	Types     []string
	Topics    []string
	MinWeight int
	// Persons is how many persons to add as nodes (those who took part in
	// the most events of the filters, at most MaxPageSize); 0 adds none.
	Persons int
}

// NetworkNode is a country in the network.
type NetworkNode struct {
	Country Country
	Events  int
}

// NetworkEdge is a weighted edge between two countries, Source < Target.
type NetworkEdge struct {
	Source, Target string
	Events         int
	Agreements     int
}

// NetworkPerson is a person in the network, with the events of the
// filters the person took part in.
type NetworkPerson struct {
	Person PersonNode
	Events int
}

// The kinds of a NetworkPersonEdge.
const (
	TiePersonCountry = "PERSON_COUNTRY"
	TiePersonPerson  = "PERSON_PERSON"
)

// NetworkPersonEdge ties a person (Source, a person id) to a country
// (Target, a code: events of the person that involve the country) or to
// another person (Target, a person id greater than Source: events both took
// part in).
type NetworkPersonEdge struct {
	Source, Target string
	Kind           string
	Events         int
}

// Network is countries and the weighted edges between them and, when
// asked for, persons and their edges.
type Network struct {
	Nodes       []NetworkNode
	Edges       []NetworkEdge
	Persons     []NetworkPerson
	PersonEdges []NetworkPersonEdge
}

// TimelineQuery asks for a country's calendar.
type TimelineQuery struct {
	Country string
	DateRange
	First int
}

// TimelineEntry is one event of a country's calendar.
type TimelineEntry struct {
	Event        EventNode
	Counterparts []Country
}

// GraphReader reads the graph. Every method runs in read transactions
// bounded by the store's timeout. Methods return EINVALID for a filter or
// sort field the kind does not have, and EUNAVAILABLE when Neo4j cannot be
// reached or does not answer in time.
type GraphReader interface {
	// Countries, Persons, Organizations, Events, Agreements, Articles and
	// Topics return one page of the nodes of their kind.
	Countries(ctx context.Context, q ListQuery) (Page[Country], error)
	Persons(ctx context.Context, q ListQuery) (Page[PersonNode], error)
	Organizations(ctx context.Context, q ListQuery) (Page[OrganizationNode], error)
	Events(ctx context.Context, q ListQuery) (Page[EventNode], error)
	Agreements(ctx context.Context, q ListQuery) (Page[AgreementNode], error)
	Articles(ctx context.Context, q ListQuery) (Page[ArticleNode], error)
	Topics(ctx context.Context, q ListQuery) (Page[Topic], error)

	// The Related methods load a relation for many parent nodes in one
	// query: the result maps each parent key to its page. Keys without
	// related nodes map to an empty page.
	RelatedCountries(ctx context.Context, q RelationQuery) (map[string]Page[Country], error)
	RelatedPersons(ctx context.Context, q RelationQuery) (map[string]Page[PersonNode], error)
	RelatedOrganizations(ctx context.Context, q RelationQuery) (map[string]Page[OrganizationNode], error)
	RelatedEvents(ctx context.Context, q RelationQuery) (map[string]Page[EventNode], error)
	RelatedAgreements(ctx context.Context, q RelationQuery) (map[string]Page[AgreementNode], error)
	RelatedArticles(ctx context.Context, q RelationQuery) (map[string]Page[ArticleNode], error)
	RelatedTopics(ctx context.Context, q RelationQuery) (map[string]Page[Topic], error)
	// Evidence loads the evidence of facts (Person.evidence,
	// Organization.evidence, Event.evidence, Agreement.evidence).
	Evidence(ctx context.Context, q RelationQuery) (map[string][]EvidenceRef, error)
	// Offices loads the offices of persons.
	Offices(ctx context.Context, personIDs []string) (map[string][]Office, error)
	// Counterparts loads, for each person, the persons met at shared
	// events, most frequent first, at most first of them.
	Counterparts(ctx context.Context, personIDs []string, first int) (map[string][]Counterpart, error)
	// EventDocuments returns the documents of the articles that report an
	// event (at most MaxEventReports, by article id), with the facts
	// their extractor gave and the event each is reported as: what
	// Event.merges explains.
	EventDocuments(ctx context.Context, eventID string) ([]StoredDocument, error)

	// Search queries the full-text index; text is Lucene syntax with
	// special characters escaped by the store.
	Search(ctx context.Context, text string, first int) ([]SearchHit, error)
	// Stats counts nodes by kind.
	Stats(ctx context.Context) (Stats, error)
	// Bilateral returns the relations of two countries. Countries the
	// graph does not hold are ENOTFOUND.
	Bilateral(ctx context.Context, q BilateralQuery) (Bilateral, error)
	// Network returns the network of countries.
	Network(ctx context.Context, q NetworkQuery) (Network, error)
	// Timeline returns a country's events in date order.
	Timeline(ctx context.Context, q TimelineQuery) ([]TimelineEntry, error)
}

// Pinger checks that a dependency answers; for health checks.
type Pinger interface {
	Ping(ctx context.Context) error
}

// ArticleDeleter deletes an article and what only it supported; the
// DeleteArticle method of GraphWriter.
type ArticleDeleter interface {
	DeleteArticle(ctx context.Context, id string) (WriteStats, error)
}
