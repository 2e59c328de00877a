// The peer of the diplograph benchmark: @neo4j/graphql 7 on Apollo Server
// over the project's Neo4j, with the typeDefs of typeDefs.graphql. Read-only
// use; no authentication (the bench Neo4j runs without it).
//
//   NEO4J_URI=bolt://127.0.0.1:7689 PORT=4000 node server.mjs
//
// It prints "peer ready http://127.0.0.1:PORT/" once it listens.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7687";
const user = process.env.NEO4J_USER || "neo4j";
const password = process.env.NEO4J_PASSWORD || "diplograph";
const port = Number(process.env.PORT || 4000);

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
const neoSchema = new Neo4jGraphQL({
  typeDefs,
  driver,
  // title: { caseInsensitive: { contains } }, as the project's contains.
  features: { filters: { String: { CASE_INSENSITIVE: true } } },
});
const schema = await neoSchema.getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port },
});
console.log(`peer ready ${url}`);

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
