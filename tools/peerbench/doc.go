// Command peerbench measures diplograph against its standard peer, the
// Neo4j GraphQL Library (@neo4j/graphql 7, on Apollo Server), over the same
// Neo4j (issue #11).
//
// The peer lives in peer/: a small Node project whose package-lock.json
// pins @neo4j/graphql, @apollo/server, neo4j-driver and graphql from the
// npm registry (`npm ci` installs them; node_modules is not in git), with
// typeDefs (peer/typeDefs.graphql) that describe the graph as neo4jstore
// writes it: the same labels, relationship types and properties, nothing
// added for the peer.
//
// peerbench builds ./cmd/diplograph (or takes --bin), generates --articles
// articles with `diplograph gen` and ingests them (unchanged articles are
// skipped, so a kept database is reused), starts `diplograph serve` and
// the peer (`node server.mjs`) as subprocesses on free ports, and sends
// each pair of queries (pairs.go) to both: the project's query and the
// peer's best equivalent, one HTTP request each (the peer's may hold
// several root fields, whose data the client then aggregates as the
// project's statement does). It first checks that both answer the same,
// normalising the shape and the order of unordered lists, and stops if
// they do not. Then, for --runs runs, at each concurrency level of
// --levels, it sends --requests requests to each side of each pair,
// interleaved (each worker alternates the two servers), and prints a plain
// table: the p50 and p99 of each side (the median over the runs, in ms)
// and the ratio project/peer (lowest-highest over the runs; below 1 the
// project is faster).
//
// Run it from the repository root against a Neo4j it may write into:
//
//	(cd tools/peerbench/peer && npm ci)
//	go run ./tools/peerbench --neo4j bolt://127.0.0.1:7689
//	go run ./tools/peerbench --neo4j bolt://127.0.0.1:7689 --articles 5000 --requests 30
//
// `make bench-peer` does both on the Neo4j of `make bench`; it takes
// PEER_ARTICLES, PEER_REQUESTS, PEER_RUNS and PEER_LEVELS from the make
// command line or the environment.
package main
