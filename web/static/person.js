// The page of one official (?id=...): the offices seen with their dates,
// the persons met most often, the events taken part in, the agreements
// signed and the articles that name the person.
(function () {
  "use strict";

  var dg = window.dg;
  var el = dg.el;

  var QUERY = [
    "query Person($id: ID!) {",
    "  person(id: $id) {",
    "    id name nameLatin aliases isMinister country { code nameEn }",
    "    offices { title portfolio country { code nameEn } firstSeen lastSeen }",
    "    counterparts(first: 50) { meetings person { id name nameLatin country { code nameEn } } }",
    "    events(first: 100, sort: [{ date: ASC }]) { totalCount edges { node {",
    "      id type status title date endDate city countries { code nameEn } } } }",
    "    signed(first: 50) { id kind status title date event { id } }",
    "    sources(first: 20) { id url title source published language }",
    "  }",
    "}"
  ].join("\n");

  var statusLine = document.getElementById("status");
  var result = document.getElementById("result");

  function load() {
    var id = dg.param("id");
    if (!id) {
      dg.setStatus(statusLine, "No person given: open one from a country, pair or event page.", true);
      return;
    }
    dg.graphql(QUERY, { id: id }).then(function (body) {
      var p = body.data && body.data.person;
      if (!p) {
        throw new Error("The graph holds no person with the id \u201c" + id + "\u201d.");
      }
      document.title = "diplograph \u00b7 " + (p.name || p.nameLatin);
      render(p);
      dg.setStatus(statusLine, "");
    }).catch(function (err) {
      result.hidden = true;
      dg.setStatus(statusLine, err.message, true);
    });
  }

  function render(p) {
    dg.clear(result);
    result.hidden = false;
    result.appendChild(el("h1", null, p.name || p.nameLatin));
    var facts = el("dl", { class: "facts" });
    function fact(k, v) {
      facts.appendChild(el("dt", null, k));
      facts.appendChild(el("dd", null, v));
    }
    if (p.nameLatin && p.nameLatin !== p.name) {
      fact("Latin", p.nameLatin);
    }
    if (p.country) {
      fact("Country", dg.countryLink(p.country));
    }
    // Other spellings than the two shown above.
    var aliases = (p.aliases || []).filter(function (a) { return a !== p.name && a !== p.nameLatin; });
    if (aliases.length) {
      fact("Also written", aliases.join(", "));
    }
    result.appendChild(facts);
    result.appendChild(dg.panel("Offices", offices(p), "offices"));
    result.appendChild(dg.panel("Counterparts", counterparts(p), "counterparts"));
    var events = p.events.edges.map(function (e) { return e.node; });
    result.appendChild(dg.panel("Events", dg.eventList(events, p.country ? p.country.code : null), "events"));
    if (p.signed.length) {
      result.appendChild(dg.panel("Signed", dg.table(["Date", "Kind", "Title"], p.signed.map(function (a) {
        return [a.date, a.kind.toLowerCase(), a.event ? dg.eventLink(a.event, a.title) : a.title];
      })), "signed"));
    }
    result.appendChild(dg.panel("Sources", sources(p.sources), "sources"));
  }

  function offices(p) {
    if (!p.offices.length) {
      return dg.empty("No office recorded.");
    }
    return dg.table(["Office", "Country", "First seen", "Last seen"], p.offices.map(function (o) {
      var title = o.title || "";
      if (o.portfolio && title.toLowerCase().indexOf(o.portfolio.toLowerCase()) < 0) {
        title = title ? title + " (" + o.portfolio + ")" : o.portfolio;
      }
      return [title, dg.countryLink(o.country), o.firstSeen, o.lastSeen];
    }));
  }

  function counterparts(p) {
    if (!p.counterparts.length) {
      return dg.empty("Met no named official in the graph.");
    }
    return dg.table(["Name", "Country", "Shared events"], p.counterparts.map(function (c) {
      return [dg.personLink(c.person), dg.countryLink(c.person.country), { num: true, value: String(c.meetings) }];
    }));
  }

  function sources(list) {
    if (!list.length) {
      return dg.empty("No sources.");
    }
    var ol = el("ol", { class: "sources" });
    list.forEach(function (s) {
      ol.appendChild(el("li", null, dg.extLink(s.url, s.title || s.url || s.id),
        el("span", { class: "meta" }, " \u2014 " + [s.source, s.published, s.language ? s.language.toLowerCase() : null]
          .filter(Boolean).join(" \u00b7 "))));
    });
    return ol;
  }

  load();
})();
