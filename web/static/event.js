// The page of one event (?id=...): what, when, where, the countries and
// participants, the topics, the agreements concluded, and the evidence:
// every sentence of every report, in every language, with its source.
(function () {
  "use strict";

  var dg = window.dg;
  var el = dg.el;

  var QUERY = [
    "query Event($id: ID!) {",
    "  event(id: $id) {",
    "    id type status title date endDate city",
    "    countries { code nameEn }",
    "    participants { role person { id name nameLatin country { code nameEn } } }",
    "    topics { key nameEn }",
    "    agreements { id kind status title date parties { name } signatories { id name } }",
    "    evidence(first: 50) { sentence article { id url title source language published } }",
    "    sources(first: 50) { id url title source language published }",
    "  }",
    "}"
  ].join("\n");

  var statusLine = document.getElementById("status");
  var result = document.getElementById("result");

  function load() {
    var id = dg.param("id");
    if (!id) {
      dg.setStatus(statusLine, "No event given: open one from a pair, country or person page.", true);
      return;
    }
    dg.graphql(QUERY, { id: id }).then(function (body) {
      var e = body.data && body.data.event;
      if (!e) {
        throw new Error("The graph holds no event with the id \u201c" + id + "\u201d.");
      }
      document.title = "diplograph \u00b7 " + (e.title || "Event");
      render(e);
      dg.setStatus(statusLine, "");
    }).catch(function (err) {
      result.hidden = true;
      dg.setStatus(statusLine, err.message, true);
    });
  }

  function render(e) {
    dg.clear(result);
    result.hidden = false;
    result.appendChild(el("h1", null, e.title || "(untitled)"));
    var facts = el("dl", { class: "facts" });
    function fact(k, v) {
      facts.appendChild(el("dt", null, k));
      facts.appendChild(el("dd", null, v));
    }
    fact("Type", [dg.typeBadge(e.type), e.status === "PLANNED" ? el("span", { class: "badge PLANNED" }, "planned") : "held"]);
    fact("Date", dg.formatRange(e.date, e.endDate) || "unknown");
    if (e.city) {
      fact("City", e.city);
    }
    var cs = [];
    e.countries.forEach(function (c, i) { cs.push(i ? ", " : "", dg.countryLink(c)); });
    if (e.countries.length === 2) {
      cs.push(" \u00b7 ", dg.pairLink(e.countries[0].code, e.countries[1].code, "the pair"));
    }
    fact("Countries", cs);
    if (e.topics.length) {
      fact("Topics", e.topics.map(function (t) { return t.nameEn || t.key; }).join(", "));
    }
    result.appendChild(facts);
    result.appendChild(dg.panel("Participants", participants(e), "participants"));
    if (e.agreements.length) {
      result.appendChild(dg.panel("Agreements", dg.table(["Date", "Kind", "Status", "Title", "Signed by"],
        e.agreements.map(function (a) {
          return [a.date, el("span", { class: "badge" }, a.kind.toLowerCase()), el("span", { class: "badge " + a.status }, a.status.toLowerCase()),
            dg.agreementTitle(a), dg.signatories(a)];
        })), "agreements"));
    }
    result.appendChild(dg.panel("Evidence", evidence(e), "evidence"));
  }

  function participants(e) {
    if (!e.participants.length) {
      return dg.empty("No named participants.");
    }
    return dg.table(["Name", "Country", "Role"], e.participants.map(function (p) {
      return [dg.personLink(p.person), dg.countryLink(p.person.country), p.role];
    }));
  }

  // evidence groups the sentences by the article that reports them; the
  // sources without a sentence are listed too.
  function evidence(e) {
    var byArticle = {}, order = [];
    e.evidence.forEach(function (ev) {
      var id = ev.article.id;
      if (!byArticle[id]) {
        byArticle[id] = { article: ev.article, sentences: [] };
        order.push(id);
      }
      byArticle[id].sentences.push(ev.sentence);
    });
    e.sources.forEach(function (a) {
      if (!byArticle[a.id]) {
        byArticle[a.id] = { article: a, sentences: [] };
        order.push(a.id);
      }
    });
    if (!order.length) {
      return dg.empty("No reports.");
    }
    var box = el("div", null);
    order.forEach(function (id) {
      var r = byArticle[id], a = r.article;
      box.appendChild(el("div", { class: "evidence", lang: a.language ? a.language.toLowerCase() : null },
        r.sentences.map(function (s) { return el("blockquote", null, s); }),
        el("div", { class: "meta" }, dg.extLink(a.url, a.title || a.url || a.id),
          " \u2014 " + [a.source, a.published, a.language ? a.language.toLowerCase() : null].filter(Boolean).join(" \u00b7 "))));
    });
    return box;
  }

  load();
})();
