// Package ingest is the pipeline that takes articles into the graph: it
// reads sources, skips what is stored unchanged, extracts facts in
// parallel, resolves events across articles, and writes batches, one
// transaction per batch, with retries. Pipeline implements
// diplograph.Ingester for the GraphQL mutations; `diplograph ingest` uses
// the same pipeline on files.
//
// # Sources
//
// Walk reads paths in order: .txt files (an optional first line `date
// YYYY-MM-DD`, which sets Article.Published and stays in the text for the
// extractor), .jsonl/.ndjson files (one article a line: text, and optional
// url, source, title, language, published), .html/.htm pages (ReadHTML:
// the main text of <article>, <main> or the densest block of paragraphs,
// without nav, header, footer, aside, script, style and figcaption; the
// title from <h1> or <title>; the URL from the canonical link or og:url;
// the date from article:published_time or <time datetime>), directories
// recursively, and "-" for JSON Lines on standard input. A page in
// another encoding than UTF-8 is decoded as its <meta charset> says. A bad input
// (unreadable, not UTF-8, empty, larger than the limit, malformed JSON,
// no text) becomes an Item with a *diplograph.Error naming file and line;
// it is reported and skipped and the run goes on.
//
// # Flow and memory
//
//	Walk -> prefilter -> N extract workers -> collect -> resolve -> write
//
// Every stage is connected by a channel of BatchSize items, so memory is
// bounded by the batch size and the number of workers, whatever the size
// of the input. A writer goroutine writes the batches, in order, while a
// resolver goroutine resolves the next one against the graph as that
// write leaves it (the written batch is seen over the graph until it
// commits; a batch resolved against an outcome the write did not have is
// resolved again before it is written). The prefilter gives each article its id
// (diplograph.ArticleID: from the URL when there is one, else from the
// normalised text) and looks up, one query per chunk, which ids are stored
// with the same content hash: those are skipped without being extracted,
// which makes a second run over the same files cheap and leaves the graph
// as it was. An article stored with another hash (an edited text under the
// same URL) is written again, and the store replaces what it supported.
//
// # Writes and faults
//
// A batch is written with Writer.WriteBatch in one transaction: all or
// nothing. A batch that fails is retried with exponential back-off; an
// invalid document is not retried. While Neo4j is unavailable (down,
// restarting, busy) writes are retried for up to RetryBudget (a minute),
// after which the run stops with an error that says so; running the same
// command again finishes the job, skipping what was written. A batch that
// keeps failing for another reason is split in halves, recursively (each
// half resolved again), so that only the articles that fail on their own
// are skipped, each reported with its file and line. Batches are resolved
// and written one at a time: resolution reads what the batch before wrote.
//
// # Several processes
//
// Config.Shard (--shard i/n) takes only the articles whose id hashes to
// one part of the input, so that n processes given the same paths share
// a corpus. Their graph is the one a single process leaves: with a
// SerialWriter (neo4jstore.Store) every batch is written under one lock
// that all writers take, and its resolution is read inside that write, so
// no process resolves without the reports another has committed. A batch
// resolved ahead (while the one before is written, outside the lock) is
// used only when the lock's clock shows that no other writer wrote since
// that resolution began reading; otherwise it is resolved again under the
// lock (Summary.ResolvedUnderLock counts those). Resolution and writing
// of all processes are therefore serial; extraction is not.
//
// # Entity resolution
//
// Persons and organisations need no step here: the extractor brings names
// to the nominative and to Latin script, and their ids
// (diplograph.PersonID: country and diplograph.NameKey of the Latin name;
// diplograph.OrganizationID) are the same in every article and language,
// so the store's MERGE makes them one node.
//
// Events are resolved by Resolver: reports, not events, are grouped, so
// that the graph is a function of the set of articles, whatever their
// order, and a delete undoes what the article tied. A report is one event
// as one article's extractor gave it; the store keeps the extracted facts
// of every article (diplograph.Document.Extracted) and, on each REPORTS
// relationship, which of them it carries. Before a batch is written, the
// resolver asks the graph (EventFinder) for the events its reports may be
// one with, and for the events the undated reports of those may join (two
// rounds); it reads the stored documents that report them, groups all
// those reports afresh with the batch's (cluster: connected components of
// the rules below; a loose match that would join two groups joins
// neither), gives each group the extractor's id of its best-dated report
// (told apart by the least report when two groups would share one), and
// returns the stored documents whose ids changed, which are written in the
// batch's transaction. DeleteArticle does the same without the deleted
// article's reports. So ids are stable while reports of one day come, and
// change only when a better-dated report joins or a group falls apart.
// The rules, pairwise:
//
//   - Blocking: only events of the same type and the same country set (in
//     order for CULTURE_DAYS, where guest and host differ) are compared.
//   - Candidates from the graph: those an article reports on or around
//     the event's date (or in its month), the undated ones reported around
//     its article's date, and those of one of its participants (by
//     Person key; for a dated event only those a report leaves undated,
//     even when the event took a date from its other reports) or, for
//     Days of Culture, of its guest country; at most 200 a probe and 2000
//     stored documents a batch.
//   - Date: both dated, equal precision, at most one day apart (partial
//     dates must be equal), or a day within the other's month (a year
//     alone holds too many visits of the same people); or both undated and reported by articles
//     published at most WindowDays (7) apart; or one dated and one
//     undated, where the undated report's publication date bounds the
//     date: a held event happened at most WindowDays before it was
//     reported (and not after), a planned one is announced at most a
//     month ahead.
//   - Participants: events bounded by dates must share at least one
//     participant; undated events of articles published close in time
//     must have the same, non-empty, set of participants. Two names are
//     one person when their diplograph.NameKeys agree, or their surnames'
//     do and their given names agree as far as both tell them ("K.
//     Tokayev", "Tokayev" and "Kassym-Jomart Tokaev" are one person;
//     "A. Tokayev" is another); a report that names one person twice
//     names him once.
//   - No date at all: a report with neither an event date nor a
//     publication date ties to another only on strong evidence (at least
//     two common participants, or Days of Culture of one guest in one
//     city) for a rare kind of event (a session, Days of Culture), or
//     when their two articles are tied by two other reports (the session
//     and the meeting of its co-chairs); and only when it would join one
//     group: of two sessions of the same co-chairs it takes neither.
//   - Within one article, a dated and an undated event are never merged
//     (the article tells two meetings).
//   - City: two events placed in different cities are different events;
//     a missing city does not conflict.
//
// Agreements follow their event: Agreement.EventID takes the event's new
// id, and an agreement id anchored on the extracted event id is computed
// again on the new one. Two events of one article with one id are written
// as one report.
//
// So a Russian and a Kazakh report of one meeting, or two outlets on one
// visit, give one Event with a REPORTS edge from each article, while two
// meetings of the same ministers on different dates stay two events.
//
// # Reports
//
// Run returns a Summary: articles read, written, skipped as unchanged,
// failed (with the first errors, each naming file and line), events merged
// by resolution and the store's WriteStats (nodes and relationships
// created). Config.Progress is called after every batch; ProgressPrinter
// renders it on a terminal.
package ingest
