package diplograph

import "context"

// WriteStats counts what a write changed in the graph. A batch written a
// second time reports zero created nodes and relationships.
type WriteStats struct {
	Articles             int `json:"articles"`
	NodesCreated         int `json:"nodesCreated"`
	RelationshipsCreated int `json:"relationshipsCreated"`
	PropertiesSet        int `json:"propertiesSet"`
	NodesDeleted         int `json:"nodesDeleted"`
	RelationshipsDeleted int `json:"relationshipsDeleted"`
}

// Add adds o to s.
func (s *WriteStats) Add(o WriteStats) {
	s.Articles += o.Articles
	s.NodesCreated += o.NodesCreated
	s.RelationshipsCreated += o.RelationshipsCreated
	s.PropertiesSet += o.PropertiesSet
	s.NodesDeleted += o.NodesDeleted
	s.RelationshipsDeleted += o.RelationshipsDeleted
}

// GraphWriter writes documents into the graph.
type GraphWriter interface {
	// Migrate creates the constraints and indexes of the graph model,
	// idempotently.
	Migrate(ctx context.Context) error

	// WriteBatch writes the documents in one transaction: all of them or
	// none. Writing the same documents again changes nothing. A document
	// whose article id is already stored with another content hash
	// replaces what that article supported. Returns EINVALID naming the
	// article when a document breaks the model, EUNAVAILABLE when Neo4j
	// cannot be reached.
	WriteBatch(ctx context.Context, docs []Document) (WriteStats, error)

	// DeleteArticle removes the article and every fact that no other
	// article supports. Returns ENOTFOUND when there is no such article.
	DeleteArticle(ctx context.Context, id string) (WriteStats, error)
}

// Extractor turns an article into facts. Implementations are pure and safe
// for concurrent use.
type Extractor interface {
	// Extract returns the facts of a; EINVALID when the article is empty,
	// too large or not UTF-8.
	Extract(a Article) (Facts, error)
}

// IngestResult says what an ingest did.
type IngestResult struct {
	// ArticleIDs are the ids of the articles written, in input order.
	ArticleIDs []string   `json:"articleIds"`
	Failed     int        `json:"failed"`
	Errors     []string   `json:"errors,omitempty"` // one per failed article, naming file and line
	Stats      WriteStats `json:"stats"`
}

// Ingester takes articles through the whole pipeline: extraction,
// resolution against the graph, batched writes. The GraphQL mutations and
// the CLI use the same implementation (package ingest).
type Ingester interface {
	// Ingest extracts and writes the articles. Articles that fail are
	// reported in the result and skipped; the rest are written.
	Ingest(ctx context.Context, articles []Article) (IngestResult, error)
}

// EventProbe asks which stored events may be the same real-world event as
// one newly extracted from an article.
type EventProbe struct {
	Event Event
	// Published is the publication date of the reporting article ("" when
	// unknown): an undated report of a held event bounds its date.
	Published string
	// PersonIDs are the ids of the event's participants.
	PersonIDs []string
}

// Rename gives a stored event or agreement node another id: event
// resolution renames a group of reports whose best-dated report changed,
// rather than writing again every article that reports it.
type Rename struct {
	Kind     string // "event" or "agreement"
	From, To string
}

// StoredDocument is an article as the graph keeps it for event
// resolution: the article, the facts its extractor gave before resolution
// (Facts, with the extractor's event ids), and, parallel to Facts.Events,
// the id of the event node each extracted event is reported as now ("" when
// none).
type StoredDocument struct {
	Document
	EventIDs []string
}

// MaxEventReports bounds the reports GraphReader.EventDocuments reads for
// one event, so that explaining an event costs a bounded read whatever
// the graph holds.
const MaxEventReports = 50

// EventMerge is a piece of the evidence an event node rests on: two of the
// articles that report it, whose reports event resolution's rules match,
// and the rule that matched them, in words (see ingest.Explain).
type EventMerge struct {
	Articles []string `json:"articles"`
	Rule     string   `json:"rule"`
}

// EventFinder is what event resolution reads of the graph (package
// ingest); the store implements it over a read session, and over the
// transaction of a serialised write (SerialPlan). EventCandidates
// returns, parallel to probes, the ids of the stored events that may be
// the same as each probe; ReportingDocuments the documents of the
// articles that report the events (at most limit), with their extracted
// facts and the event each of those is reported as now, without texts;
// ArticleDocuments the same of the articles ids, with texts.
type EventFinder interface {
	EventCandidates(ctx context.Context, probes []EventProbe, days int) ([][]string, error)
	ReportingDocuments(ctx context.Context, eventIDs []string, limit int) ([]StoredDocument, error)
	ArticleDocuments(ctx context.Context, ids []string) ([]StoredDocument, error)
}

// SerialWrite is what one serialised write of the ingest pipeline does,
// in one transaction: delete an article (Delete, "" for none), rename
// event and agreement nodes (Renames, after the delete), then write Docs
// as GraphWriter.WriteBatch does.
type SerialWrite struct {
	Delete  string
	Docs    []Document
	Renames []Rename
}

// SerialPlan decides a serialised write inside its transaction, while the
// ingest lock is held: no other serialised write commits until this one
// does, so what it reads through f is the graph its write applies to.
// clock identifies the last serialised write committed before this one
// (see neo4jstore.Store.WriteSerial): a plan made earlier, outside the
// lock, still holds when nothing was written since the write it assumed.
// It may be called more than once (a transaction retried).
type SerialPlan func(ctx context.Context, clock string, f EventFinder) (SerialWrite, error)
