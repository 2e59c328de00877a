// The schema of the diplograph graph: see doc.go. Every statement is
// idempotent (IF NOT EXISTS); statements end with a semicolon; lines
// starting with // are comments.

// Uniqueness constraints on the node keys (each comes with a range index).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE;

// The clock whose lock serialises the writes of ingest workers (see
// serial.go): one node, which two writers must not both create.
CREATE CONSTRAINT ingest_clock_key IF NOT EXISTS FOR (n:IngestClock) REQUIRE n.key IS UNIQUE;

// Range indexes for the filters of the read side.
CREATE RANGE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);
CREATE RANGE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE RANGE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE RANGE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
// The filter of the events page (a status, types and a date range): its
// count reads this index alone, not the type and status of every event of
// the period.
CREATE RANGE INDEX event_status_type_date IF NOT EXISTS FOR (n:Event) ON (n.status, n.type, n.dateFrom);
CREATE RANGE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE RANGE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status);
CREATE RANGE INDEX agreement_date_from IF NOT EXISTS FOR (n:Agreement) ON (n.dateFrom);
CREATE RANGE INDEX article_published_date IF NOT EXISTS FOR (n:Article) ON (n.publishedDate);
CREATE RANGE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
CREATE RANGE INDEX person_name_latin IF NOT EXISTS FOR (n:Person) ON (n.nameLatin);
CREATE RANGE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country);

// TEXT indexes on the folded copies of titles and names (lower case,
// ё read as е; see fold.go): case-insensitive contains and startsWith
// filters seek them instead of lowering every node's property.
CREATE TEXT INDEX article_title_fold IF NOT EXISTS FOR (n:Article) ON (n.titleFold);
CREATE TEXT INDEX person_name_fold IF NOT EXISTS FOR (n:Person) ON (n.nameFold);
CREATE TEXT INDEX person_name_latin_fold IF NOT EXISTS FOR (n:Person) ON (n.nameLatinFold);
CREATE TEXT INDEX organization_name_fold IF NOT EXISTS FOR (n:Organization) ON (n.nameFold);
CREATE TEXT INDEX organization_name_latin_fold IF NOT EXISTS FOR (n:Organization) ON (n.nameLatinFold);
CREATE TEXT INDEX event_title_fold IF NOT EXISTS FOR (n:Event) ON (n.titleFold);
CREATE TEXT INDEX agreement_title_fold IF NOT EXISTS FOR (n:Agreement) ON (n.titleFold);

// The date each article gives an event, with the event's type: event
// resolution looks up the reports of a type on a day (and in a month)
// whatever date the event node took. (It replaces the index on the date
// alone, one index less to keep up on every write.)
DROP INDEX reports_date IF EXISTS;
CREATE RANGE INDEX reports_date_type IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.date, r.type);

// Full-text search over names, titles, aliases and article text. Neo4j
// 5.26 full-text indexes take LIST<STRING> properties (aliases); the
// joined aliasesText is indexed as well, for older servers and for
// CONTAINS filters.
CREATE FULLTEXT INDEX diplograph_search IF NOT EXISTS
FOR (n:Person|Organization|Event|Agreement|Article|Country|Topic)
ON EACH [n.name, n.nameLatin, n.aliases, n.aliasesText, n.title, n.text, n.nameEn, n.nameRu, n.nameKk];
