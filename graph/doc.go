// Package graph serves the diplograph knowledge graph over GraphQL with
// gqlgen (schema-first: ../schema.graphqls, ../gqlgen.yml; `make generate`
// writes generated/ and model/models_gen.go).
//
// NewServer builds the HTTP server: POST and GET /graphql, /healthz (is
// Neo4j reachable: 200 or 503, JSON), /readyz (should this copy get
// requests: Neo4j reachable, schema migrated, not draining; 200 or 503),
// /metrics (Prometheus text format
// from a registry of the server's own) and, for every other path, the web
// pages (GraphiQL at "/", from package web, passed in Config.Web).
//
// # Several copies
//
// The server keeps no state that decides an answer, so copies of it over
// one Neo4j (a cluster, reached with neo4j://) answer alike behind a load
// balancer. A mutation's response carries the bookmarks of its writes
// (BookmarkHeader and the extension "bookmarks"); a request that sends
// them back reads after those writes on any copy (cluster.go).
//
// # Resolvers
//
// The resolvers (schema.resolvers.go) hold no Cypher: they turn GraphQL
// arguments into the domain's queries (diplograph.ListQuery with Where,
// SortField and page) and call a diplograph.GraphReader, which package
// neo4jstore implements. A root list field is one Cypher query: the
// relations of events and agreements that the query selects (countries,
// topics, participants, agreements) are loaded in that same query,
// found with graphql.CollectFields, and served as plain fields (no
// resolver, no goroutine per object). So are the evidence of a page of
// events (with the properties of its articles the query selects) and
// the country, offices and page of events of a person or a list of
// persons (include.go): the events page and the person page of the
// dashboard are one round trip each. Other nested fields go through
// per-request loaders (loaders.go): every resolver records the keys of the
// nodes it returned, and the first nested field resolved for one of them
// is fetched for all known nodes of that kind in one query, so a request
// costs one query per field and level, not per node. The bilateral
// dashboard is one query shaped by the arguments of its selected
// sub-fields, computing only the parts selected. The store loads nested
// nodes with just the properties their own selection needs (Fields keyed
// by type and by relation).
//
// # Speed
//
// A dashboard response has thousands of fields, so the per-field costs of
// gqlgen count. Lists are marshalled on the calling goroutine (gqlgen's
// generated code starts a goroutine per element; `make generate` rewrites
// it, see internal/seqlists); the POST transport (transport.go) writes the
// executor's JSON as it is, where gqlgen's re-validates and copies it;
// loaders record the nodes of big lists lazily; and `diplograph serve`
// runs the collector at GOGC=400. neo4jstore's BenchmarkReadBilateral and
// BenchmarkReadEvents compare the handler with the store call and with
// hand-written Cypher.
//
// # Protection
//
// Before any resolver runs, the guard extension (limits.go) checks the
// whole operation: depth (introspection aside), page sizes (first at most
// diplograph.MaxPageSize), cursors, dates, country codes and, for
// mutations, the API key; gqlgen's complexity limit then bounds the
// operation, list fields counting their page size times their children.
// So a rejected request costs no database work. Every database call has
// the server's deadline, the request body is limited, resolver panics are
// recovered, and the error presenter (errors.go) shows a
// *diplograph.Error's user-safe message with its code in
// extensions.code, and anything else as "internal error" (details go to
// the log).
package graph
