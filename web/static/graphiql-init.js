// Mounts GraphiQL on #graphiql, pointed at the GraphQL endpoint named by
// the body's data-endpoint attribute (relative to this page).
(function () {
  "use strict";

  var defaultQuery = [
    "# Welcome to the diplograph GraphQL API.",
    "#",
    "# The graph holds diplomatic events (meetings, visits, phone calls,",
    "# commission sessions, forums, Days of Culture), the agreements signed or",
    "# planned at them, the ministers and officials who took part, and the",
    "# articles (in Russian, Kazakh and English) that report each fact.",
    "#",
    "# Run the query below with Ctrl-Enter. More examples, to paste in:",
    "#",
    "# The relations of Kazakhstan and Uzbekistan since 2024:",
    "#   {",
    "#     bilateral(a: \"KZ\", b: \"UZ\", from: \"2024\") {",
    "#       eventCount firstContact lastContact",
    "#       byYear { key count }",
    "#       events { date type title city participants { person { name } } }",
    "#       agreements { kind status title date }",
    "#     }",
    "#   }",
    "#",
    "# Ministers of Kazakhstan and whom they met most often:",
    "#   {",
    "#     ministers(where: { country: { code: { eq: \"KZ\" } } }, first: 10) {",
    "#       edges { node { name nameLatin offices { portfolio }",
    "#         counterparts(first: 3) { meetings person { name country { code } } } } }",
    "#     }",
    "#   }",
    "#",
    "# Memoranda signed in 2025, with the sentences that report them:",
    "#   {",
    "#     agreements(where: { kind: { eq: MEMORANDUM }, status: { eq: SIGNED },",
    "#                         date: { gte: \"2025-01-01\", lte: \"2025-12-31\" } }) {",
    "#       totalCount",
    "#       edges { node { title date countries { code }",
    "#         evidence(first: 1) { sentence article { url title } } } }",
    "#     }",
    "#   }",
    "#",
    "# Full-text search over names, titles and texts:",
    "#   { search(text: \"culture\") { kind score label } }",
    "#",
    "# Mutations (ingestArticle, ingestArticles, deleteArticle) need the API key:",
    "# put it in the Headers tab below, e.g. {\"Authorization\": \"Bearer <key>\"}.",
    "",
    "query Overview {",
    "  stats { articles events agreements persons ministers countries }",
    "  events(sort: [{ date: DESC }], first: 5) {",
    "    totalCount",
    "    edges {",
    "      node {",
    "        date",
    "        type",
    "        title",
    "        city",
    "        countries { code nameEn }",
    "        sources(first: 1) { title url }",
    "      }",
    "    }",
    "  }",
    "}",
    ""
  ].join("\n");

  var root = document.getElementById("graphiql");
  if (typeof window.GraphiQL === "undefined" || typeof window.React === "undefined" ||
      typeof window.ReactDOM === "undefined") {
    root.textContent = "GraphiQL failed to load. The GraphQL endpoint is at ./graphql.";
    return;
  }

  var endpoint = new URL(document.body.getAttribute("data-endpoint") || "graphql",
    window.location.href).href;
  var fetcher = window.GraphiQL.createFetcher({ url: endpoint });

  window.ReactDOM.createRoot(root).render(
    window.React.createElement(window.GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false
    })
  );
})();
