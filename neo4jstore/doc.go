// Package neo4jstore is the Neo4j adapter of diplograph: it holds all the
// Cypher of the project. It creates the schema (Migrate), writes extracted
// documents in batches (WriteBatch), deletes articles (DeleteArticle), loads
// reference data (UpsertCountries, UpsertTopics) and answers the queries of
// the GraphQL layer. It implements diplograph.GraphWriter and
// diplograph.Reference.
//
// # Graph model
//
// This section is the contract between the write side (schema.go, write.go,
// delete.go, reference.go) and the read side (query*.go, read*.go). Labels
// and relationship types are the constants Label* and Rel* of this package.
// Strings are Cypher STRING, lists are LIST<STRING> (LIST<INTEGER> for
// offsets), dates marked "Date" are Neo4j DATE values, every other date is
// an ISO string, possibly partial ("2024", "2024-03", "2024-03-05"). A
// property that is unknown is absent (never the empty string or an empty
// list, except where noted).
//
// Nodes, with their unique key (a uniqueness constraint each):
//
//	(:Article {id})
//	    url, source, title, language ("ru", "kk", "en"), text (the whole
//	    article text, for full-text search), file (where it was read from)
//	    publishedAt    ISO string, may be partial
//	    publishedDate  Date, only when publishedAt is a full date
//	    contentHash    diplograph.ContentHash(text); see Store.ArticleHash
//	    docHash        hash of the whole document (article + facts); a
//	                   document written again with the same docHash is
//	                   skipped, a different one replaces the old version
//	    ingestedAt     DateTime, set when this version was first written
//	    facts          JSON of the facts the extractor gave, before event
//	                   resolution (diplograph.Document.Extracted): event
//	                   resolution reads them again (ReportingDocuments)
//
//	(:Country {code})          ISO 3166-1 alpha-2
//	    nameEn, nameRu, nameKk (reference data; absent until loaded)
//
//	(:Topic {key})             the topic vocabulary (diplograph.Topics)
//	    nameEn, nameRu, nameKk (reference data; absent until loaded)
//
//	(:Person {id}) and (:Person:Minister {id}) when any article reports
//	the person with a ministerial portfolio
//	    name          nominative, original script
//	    nameLatin     plain romanisation
//	    aliases       LIST<STRING>, sorted, distinct: every name, Latin
//	                  form and alias any article gave
//	    aliasesText   the aliases joined with " | " (full-text index)
//	    country       ISO code
//	    portfolio     ministers: "foreign affairs", ...
//	    role          other officials: "President", "Ambassador", ...
//	    deputy        BOOLEAN, true for deputy ministers
//
//	(:Organization {id})
//	    name, nameLatin, country, aliases, aliasesText (as for Person)
//
//	(:Event {id})
//	    type          diplograph.Event* ("MEETING", "VISIT", ...)
//	    status        "HELD" or "PLANNED"
//	    title, city (English exonym), cityCountry (ISO code)
//	    date, endDate ISO strings, may be partial
//	    dateFrom      Date: first day of date
//	    dateTo        Date: last day of endDate, else of date
//	    primaryIn     LIST<STRING>: ids of the articles whose main event it
//	                  is, sorted (absent when none)
//
//	(:Agreement {id})
//	    kind          diplograph.Kind* ("MEMORANDUM", ...)
//	    status        "SIGNED", "DRAFT", "PLANNED" or "DISCUSSED"
//	    title, date (ISO string, may be partial)
//	    dateFrom      Date: first day of date
//
// Folded copies: Article.title, Person and Organization name and
// nameLatin, Event.title and Agreement.title each have a copy named with
// the suffix Fold (titleFold, nameFold, nameLatinFold): the property in
// lower case with ё read as е (fold.go), set wherever the property is
// set, absent when it is. TEXT indexes on them serve the case-insensitive
// contains and startsWith filters.
//
// Person, Organization, Event and Agreement nodes also have _ranks, for
// the write side only (readers ignore it): LIST<STRING>, the rank key of
// the report or mention each ranked property comes from (see "Merge
// rules"), "" for a property none gives.
//
// Relationships. "Fact" relationships carry sources, the sorted, distinct
// list of the ids of the articles that support the fact, except
// HOLDS_OFFICE, whose source articles are those that MENTION the person
// with its title and country (a minister's list would grow with the
// corpus); there is at most one relationship of a type between two nodes
// (for HOLDS_OFFICE: per title).
//
//	(:Person)-[:HOLDS_OFFICE {title, portfolio, deputy, firstSeen, lastSeen}]->(:Country)
//	    title: "Minister of <portfolio>" / "Deputy Minister of
//	    <portfolio>" for ministers, else the role; portfolio and deputy
//	    (BOOLEAN) absent for other officials; firstSeen, lastSeen: the earliest
//	    and latest publishedAt of the source articles (absent if none has one)
//	(:Person)-[:PARTICIPATED_IN {role, sources}]->(:Event)
//	    role: the person's title as the article gives it
//	(:Event)-[:INVOLVES {sources}]->(:Country)
//	(:Event)-[:ABOUT {sources}]->(:Topic)
//	(:Agreement)-[:BETWEEN {sources}]->(:Country)
//	(:Agreement)-[:BETWEEN {sources}]->(:Organization)
//	(:Agreement)-[:CONCLUDED_AT {sources}]->(:Event)
//	(:Person)-[:SIGNED {sources}]->(:Agreement)
//	(:Agreement)-[:ABOUT {sources}]->(:Topic)
//
// Provenance relationships, from an article to what it says (one per
// article and target):
//
//	(:Article)-[:REPORTS {evidence, offsets, primary, ...}]->(:Event)
//	(:Article)-[:REPORTS {evidence, offsets, primary, ...}]->(:Agreement)
//	(:Article)-[:MENTIONS {evidence, offsets, ...}]->(:Person)
//	(:Article)-[:MENTIONS {evidence, offsets}]->(:Country)
//	(:Article)-[:MENTIONS {evidence, offsets, ...}]->(:Organization)
//	(:Article)-[:ABOUT {evidence, offsets}]->(:Topic)
//
// evidence is the list of supporting sentences (may be empty), offsets
// the flat list of their byte offsets in the article text, start and end
// (exclusive) of each sentence in turn: [s0, e0, s1, e1, ...]; primary
// (BOOLEAN, REPORTS only) is true when the event is the one the article is
// mainly about. Besides, REPORTS and MENTIONS keep the article's own
// version of the target's properties ("..." above), from which the
// node's properties are derived:
//
//	REPORTS->Event:      type, status, title, city, cityCountry, date, endDate,
//	                     monthDay, ordinal, body, and keys: the indexes of the
//	                     article's extracted events it carries
//	REPORTS->Agreement:  kind, status, title, date
//	MENTIONS->Person:    name, nameLatin, aliases, country, portfolio, role, deputy,
//	                     title (the office title, as for HOLDS_OFFICE)
//	MENTIONS->Organization: name, nameLatin, country
//
// # From a document to the graph
//
// Ministers and persons are one list of Person nodes (merged by id within
// a document). Event participants and agreement signatories, given as
// Latin names, are resolved to the document's persons by
// diplograph.NameKey (or the normalised name); a name that matches none is
// left out. Agreement parties are resolved to the document's organizations
// by normalised name or Latin form; a party that matches none becomes an
// Organization of id diplograph.OrganizationID("", party), mentioned by the
// article. An article MENTIONS the countries of its facts (Facts.Countries
// and those of its events and agreements) and is ABOUT Facts.Topics; a
// person with a country and an office title HOLDS_OFFICE in that country.
// CONCLUDED_AT is written only when the event exists.
//
// # Merge rules
//
// Node properties never depend on the order in which articles were written:
// they are always what the rules below give over all the REPORTS or
// MENTIONS the node has. A delete or replace derives them again from all
// of those; a write merges the new reports and mentions into the node's
// properties (see planDerive), without reading the others: a property
// taken from the first ranked one that has it is compared by the rank key
// kept in _ranks (in the order of the properties: Person name, nameLatin,
// country, role, portfolio; Organization name, nameLatin, country; Event
// type, title, city, cityCountry, date, endDate; Agreement kind, title,
// date). Rank keys compare as strings in the order of the ranking: for
// reports "0" (primary) or "1", then "1" for an unknown publishedAt or "0"
// and publishedAt, " " and the article id; for mentions "1" for an unknown
// publishedAt or "0", publishedAt with every digit d turned into 9-d and
// "~", then " " and the article id.
//
//   - Event: reports are ranked primary first, then by publishedAt of the
//     article (earliest first, unknown last), then by article id; type,
//     title, city, cityCountry, date and endDate come from the first report
//     that has them (so later reports fill what earlier ones miss); status
//     is HELD when any report says HELD (a planned event that is later
//     reported held is held), else PLANNED.
//   - Agreement: same ranking; kind, title and date from the first report
//     that has them; status is the most advanced any report gives:
//     SIGNED > DRAFT > PLANNED > DISCUSSED.
//   - Person, Organization: mentions are ranked by publishedAt of the
//     article, latest first (the current office), then by article id; name,
//     nameLatin, country and role come from the first mention that has
//     them, portfolio and deputy from the first mention with a portfolio;
//     aliases are the union of every name, Latin form and alias over all
//     mentions; the Minister label is set while any mention has a
//     portfolio.
//   - Fact relationships: sources is the union of the supporting articles;
//     PARTICIPATED_IN.role is the least (in string order) office title the
//     source articles give the person, so that it does not depend on write
//     order; HOLDS_OFFICE firstSeen and lastSeen span the publishedAt of
//     its source articles.
//
// # Writes and deletes
//
// WriteBatch validates every document, then writes the batch in one managed
// transaction with a fixed number of UNWIND ... MERGE statements (one per
// node or relationship kind, whatever the batch size). A document whose
// article is stored with the same docHash is skipped (writing it again
// changes nothing); one stored with another docHash first has what it
// supported removed, as by DeleteArticle, in the same transaction.
//
// DeleteArticle removes the article's id from the sources of every fact
// relationship around what it reports or mentions, deletes fact
// relationships left without sources, deletes the article with its
// REPORTS, MENTIONS and ABOUT relationships, deletes the HOLDS_OFFICE of
// its persons that no article supports any more, deletes the Event, Agreement,
// Person and Organization nodes no article reports or mentions any more,
// and derives the properties of the rest again. Country and Topic nodes
// are reference data and stay.
//
// Concurrent writers converge: every node is MERGEd on its constrained
// key, rows are sorted by key so that transactions lock in the same order,
// and the nodes whose properties a transaction derives are write-locked
// (by setting and removing a marker property, _lock, that never stays)
// before their properties, REPORTS and MENTIONS are read, so the last
// writer merges into, or derives from, everything committed. Deadlocks are retried by the driver; an
// article created by a concurrent writer first (a uniqueness violation on
// Article.id) makes WriteBatch run the batch again, which then skips or
// replaces it.
//
// Converging writes are not enough for event resolution, which decides
// what to write from what it read: WriteSerial (serial.go), which package
// ingest uses for every batch and delete, takes the write lock of one
// node, (:IngestClock {key: "ingest"}), first, and lets its caller read
// (through the same transaction) and decide under that lock, so that
// resolutions of several processes run one at a time, each after the
// writes of the others. The node carries a clock of those writes; it is
// not part of the graph model (Snapshot and Counts leave it out).
//
// # Sessions, routing and bookmarks
//
// Every read runs in a read session and every write in a write session
// (session.go): with a neo4j:// or neo4j+s:// URI the driver routes reads
// to the readers of a cluster and writes to its leader. Sessions share the
// store's bookmark manager, so a read of this process runs after the
// writes this process committed, and carry the bookmarks of the context
// (diplograph.WithReadAfter), so a read runs after a write committed
// through another process; writes give their bookmarks to the context
// (diplograph.WithWriteBookmarks). Ready is the readiness probe: Neo4j
// answers and the schema below is in place.
//
// # Schema
//
// schema.cypher (embedded) holds the constraints and indexes: a uniqueness
// constraint on each node key, range indexes for the filters of the read
// side, TEXT indexes on the folded copies of titles and names, and the
// full-text index diplograph_search over name, nameLatin,
// aliases, aliasesText, title, text, nameEn, nameRu and nameKk of every
// label (Neo4j 5.26 full-text indexes take LIST<STRING> properties such as
// aliases; aliasesText is kept for CONTAINS filters). Migrate applies it
// idempotently, and gives the folded copies to nodes written without
// them.
//
// # Reading lists
//
// A list query (Events, Agreements, ...) compiles to one statement
// (query.go: filters and sorts from allow-lists; plan.go: where the
// statement starts). A relation to one node by its key in the AND of a
// filter (the events of a country, of two countries, of a person, of a
// topic) anchors the statement on that node's unique index, expanding
// from the anchor of least degree; the count and the page share one pass
// unless Neo4j can walk the sort index for the page. Contains and
// startsWith on titles and names seek the TEXT indexes of the folded
// copies. The relations a list query includes are map projection entries
// of the same statement: pattern comprehensions for the plain ones, and
// COLLECT and COUNT subqueries for the paged ones (read_include.go: an
// event's first evidence sentences with their articles, a person's
// offices, country and page of events with its filter and count).
package neo4jstore
