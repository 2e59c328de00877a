// Package extractor turns the text of a news article about diplomacy
// (Russian, Kazakh or English) into Facts: the ministers and other
// officials who took part in diplomatic events, the countries that were
// parties to them, the events themselves, the documents signed, drafted,
// planned or discussed, and the fields of cooperation, each with the
// sentence that supports it.
//
// # Pipeline
//
// Extract is a pure function of the article. It runs these steps:
//
//  1. Check: an empty, oversized or invalid UTF-8 text is an EINVALID
//     *diplograph.Error.
//  2. Segment (package segment): the optional `date` header, removal of
//     boilerplate (photo credits, bylines, "popular" and "read also"
//     lists), sentences with byte offsets, the language. Only body
//     sentences give facts.
//  3. Annotate: every sentence is cut into tokens and scanned once with a
//     keyword lexicon compiled in New (lexicon.go: stems and short phrases
//     in the three languages, indexed by their first two letters); the
//     gazetteer's country and city mentions and the date finder's dates
//     are mapped onto the tokens.
//  4. People (people.go): a title word (minister, president, ambassador,
//     envoy...) is read with its deputy marker, its portfolio (after it in
//     Russian and English "Minister of", before it in Kazakh and English
//     "Foreign Minister") and its country (genitive, abbreviation,
//     adjective, Kazakh genitive, English possessive), then the name next
//     to it, brought to the nominative by package morph and romanised.
//     Later mentions by surname in any case form (Kazakh suffixes
//     included) refer to the same person; untitled full names in event
//     sentences are kept as possible participants.
//  5. Events (events.go): event words give mentions with a status (the
//     nearer of a future and a past marker), a date, a place in the
//     locative, the countries and the people of their sentence. Mentions
//     are merged into events of the same type and compatible parties and
//     dates; a meeting inside a commission session is the session unless
//     the text calls it bilateral; the framework of a meeting ("в рамках
//     форума") is its own event. Events without two countries (or a
//     country and an international organisation) are domestic and
//     dropped; an article without events yields no facts at all.
//  6. Agreements (agreements.go): document words with a status cue
//     (signed, draft handed over, to be signed, discussed); documents in
//     force ("в рамках действующего соглашения") are not facts.
//  7. Topics (topics.go): keyword stems of the fields of cooperation in
//     the sentences of an article that has events, except ministry names
//     and descriptions of concerts and exhibitions.
//
// # Home country
//
// A title without a country ("министр культуры Аида ...") takes the other
// side of its event when the counterpart's country is known, else the
// article's home country: the most mentioned country, with the national
// domain of the source or a Kazakh-language text settling ties.
//
// An Extractor is immutable after New and safe for concurrent use.
package extractor
