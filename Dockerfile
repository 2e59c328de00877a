# syntax=docker/dockerfile:1
# diplograph: build the static binary, then a small runtime image that
# migrates the schema, ingests the example articles and serves GraphQL on
# :8080. Used by docker-compose.yml (Neo4j comes from the neo4j image there).

FROM golang:1.26 AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS=-trimpath
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
ARG VERSION=docker
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    go build -ldflags "-s -w -X main.version=${VERSION}" -o /out/diplograph ./cmd/diplograph

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin diplograph
COPY --from=build /out/diplograph /usr/local/bin/diplograph
COPY examples/articles /examples/articles
USER diplograph
ENV NEO4J_URI=bolt://neo4j:7687 \
    NEO4J_USER=neo4j \
    DIPLOGRAPH_EXAMPLES=/examples/articles
EXPOSE 8080
# migrate (idempotent), ingest the examples (unchanged ones are skipped, so a
# restart is cheap; a bad article does not stop the service), then serve.
CMD ["/bin/sh", "-c", "set -e; diplograph migrate; diplograph ingest \"$DIPLOGRAPH_EXAMPLES\" || echo \"diplograph: ingest of $DIPLOGRAPH_EXAMPLES reported errors; serving anyway\" >&2; exec diplograph serve --addr 0.0.0.0:8080"]
