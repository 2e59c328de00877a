// Package diplograph holds the domain of the diplograph service: articles
// about diplomacy, the facts extracted from them (ministers and other
// officials, countries, events, agreements, topics, each with the evidence
// that supports it), the error type shared by every layer, and the
// interfaces that the adapters implement.
//
// The package imports no adapter. The extractor (package extractor) turns an
// Article into Facts; the store (package neo4jstore) keeps Facts as one
// knowledge graph in Neo4j; the pipeline (package ingest) connects the two;
// the GraphQL layer (package graph) serves the graph. Command
// cmd/diplograph wires them together.
//
// The shape of Facts follows the gold format of the evaluation
// (../shared/eval/GOLD_FORMAT.md) so that `diplograph extract` output can be
// scored directly, and adds stable ids and evidence.
package diplograph
