// The page of one country (?code=KZ, or a name in English, Russian or
// Kazakh): its counterparts over time (events shared with each country,
// by year), its calendar of events, its agreements and its officials.
(function () {
  "use strict";

  var dg = window.dg;
  var el = dg.el;

  var QUERY = [
    "query Country($code: ID!, $from: Date, $to: Date) {",
    "  country(code: $code) {",
    "    code nameEn nameRu nameKk",
    "    officials(first: 50) { id name nameLatin isMinister offices { title portfolio country { code } firstSeen lastSeen } }",
    "    agreements(first: 100, sort: [{ date: ASC }]) { totalCount edges { node {",
    "      id kind status title date parties { name } countries { code nameEn } event { id } } } }",
    "  }",
    "  timeline(country: $code, from: $from, to: $to, first: 100) {",
    "    date",
    "    event { id type status title date endDate city countries { code nameEn } }",
    "    counterparts { code nameEn }",
    "  }",
    "}"
  ].join("\n");

  var statusLine = document.getElementById("status");
  var result = document.getElementById("result");

  function load() {
    var given = dg.param("code");
    if (!given) {
      dg.setStatus(statusLine, "No country given: open one from the network, e.g. country?code=KZ.", true);
      return;
    }
    dg.loadCountries().then(function () {
      var code = dg.resolveCountry(given);
      if (!code) {
        throw new Error("Unknown country \u201c" + given + "\u201d.");
      }
      var from = dg.normDate(dg.param("from")) || null, to = dg.normDate(dg.param("to")) || null;
      return dg.graphql(QUERY, { code: code, from: from, to: to }).then(function (body) {
        var c = body.data && body.data.country;
        if (!c) {
          throw new Error("The graph holds no country " + code + ".");
        }
        document.title = "diplograph \u00b7 " + (c.nameEn || c.code);
        render(c, body.data.timeline || []);
        dg.setStatus(statusLine, (body.errors || []).length ? "Partly loaded: " +
          body.errors.map(function (e) { return e.message; }).join("; ") : "", (body.errors || []).length > 0);
      });
    }).catch(function (err) {
      result.hidden = true;
      dg.setStatus(statusLine, err.message, true);
    });
  }

  function render(c, timeline) {
    dg.clear(result);
    result.hidden = false;
    result.appendChild(el("h1", null, (c.nameEn || c.code) + " (" + c.code + ")"));
    result.appendChild(el("p", { class: "meta" }, [c.nameRu, c.nameKk !== c.nameRu ? c.nameKk : ""].filter(Boolean).join(" \u00b7 ")));
    if (!timeline.length && !c.agreements.totalCount) {
      result.appendChild(dg.empty("The graph holds no events or agreements of " + (c.nameEn || c.code) + " yet."));
      return;
    }
    result.appendChild(dg.panel("Counterparts over time", counterparts(c, timeline), "counterparts"));
    result.appendChild(dg.panel("Calendar", dg.eventList(timeline.map(function (t) { return t.event; }), c.code), "calendar"));
    result.appendChild(dg.panel("Agreements", agreements(c), "agreements"));
    result.appendChild(dg.panel("Officials", officials(c), "officials"));
  }

  // counterparts is a table of the countries met, with the events shared
  // in each year and in all, most frequent first.
  function counterparts(c, timeline) {
    var byCode = {}, years = {};
    timeline.forEach(function (t) {
      var y = t.date ? String(t.date).slice(0, 4) : "undated";
      years[y] = true;
      t.counterparts.forEach(function (o) {
        var row = byCode[o.code] || (byCode[o.code] = { country: o, total: 0, years: {} });
        row.total++;
        row.years[y] = (row.years[y] || 0) + 1;
      });
    });
    var ys = Object.keys(years).sort();
    var rows = Object.keys(byCode).map(function (k) { return byCode[k]; })
      .sort(function (a, b) { return b.total - a.total || (a.country.code < b.country.code ? -1 : 1); });
    if (!rows.length) {
      return dg.empty("No shared events.");
    }
    return dg.table(["Country"].concat(ys, ["Total"]), rows.map(function (r) {
      return [dg.pairLink(c.code, r.country.code, r.country.nameEn || r.country.code)]
        .concat(ys.map(function (y) { return { num: true, value: r.years[y] ? String(r.years[y]) : "\u00b7" }; }),
          [{ num: true, value: String(r.total) }]);
    }));
  }

  function agreements(c) {
    var list = c.agreements.edges.map(function (e) { return e.node; });
    if (!list.length) {
      return dg.empty("No agreements.");
    }
    return dg.table(["Date", "Kind", "Status", "Title", "With"], list.map(function (a) {
      var others = [];
      a.countries.filter(function (o) { return o.code !== c.code; }).forEach(function (o, i) {
        others.push(i ? ", " : "", dg.pairLink(c.code, o.code, o.nameEn || o.code));
      });
      return [a.date, el("span", { class: "badge" }, a.kind.toLowerCase()), el("span", { class: "badge " + a.status }, a.status.toLowerCase()),
        a.event ? dg.eventLink(a.event, dg.agreementTitle(a)) : dg.agreementTitle(a), others.length ? others : ""];
    }));
  }

  function officials(c) {
    if (!c.officials.length) {
      return dg.empty("No named officials.");
    }
    return dg.table(["Name", "Office", "Seen"], c.officials.map(function (p) {
      var o = (p.offices || []).filter(function (o) { return !o.country || o.country.code === c.code; })[0] || {};
      return [[dg.personLink(p), p.nameLatin && p.nameLatin !== p.name ? el("div", { class: "meta" }, p.nameLatin) : null],
        o.portfolio || o.title || (p.isMinister ? "minister" : ""), dg.formatRange(o.firstSeen, o.lastSeen)];
    }));
  }

  load();
})();
