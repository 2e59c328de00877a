// The bilateral-relations dashboard: asks the GraphQL `bilateral` query
// about two countries and a period, and draws what it returns. Plain
// JavaScript on top of common.js, no build step; charts are SVG.
//
// The state lives in the URL (?a=KZ&b=UZ&from=2024&to=2025-06), so a view
// can be bookmarked and shared. A country may be given by its ISO code or
// by its name in English, Russian or Kazakh; dates may be partial.
(function () {
  "use strict";

  var dg = window.dg;
  var el = dg.el, svg = dg.svg, clear = dg.clear;
  var TYPE_COLORS = dg.TYPE_COLORS, TYPE_LABELS = dg.TYPE_LABELS;

  var BILATERAL_QUERY = [
    "query Bilateral($a: ID!, $b: ID!, $from: Date, $to: Date) {",
    "  bilateral(a: $a, b: $b, from: $from, to: $to) {",
    "    a { code nameEn }",
    "    b { code nameEn }",
    "    from",
    "    to",
    "    eventCount",
    "    firstContact",
    "    lastContact",
    "    events(first: 100, direction: ASC) {",
    "      id type status title date endDate city",
    "      countries { code }",
    "      participants { role person { id name nameLatin country { code } } }",
    "      topics { key nameEn }",
    "      sources(first: 3) { id url title source }",
    "    }",
    "    byYear { key count }",
    "    byType { type count }",
    "    agreements(first: 100) {",
    "      id kind status title date",
    "      parties { name }",
    "      signatories { id name }",
    "      event { id }",
    "      sources(first: 1) { url title }",
    "    }",
    "    people(first: 50) {",
    "      count",
    "      person { id name nameLatin isMinister country { code } offices { title portfolio } }",
    "    }",
    "    topics { weight topic { key nameEn } }",
    "    sources(first: 50) { id url title source published language }",
    "  }",
    "}"
  ].join("\n");

  var form = document.getElementById("query-form");
  var inputA = document.getElementById("country-a");
  var inputB = document.getElementById("country-b");
  var inputFrom = document.getElementById("date-from");
  var inputTo = document.getElementById("date-to");
  var runButton = document.getElementById("run");
  var statusLine = document.getElementById("status");
  var result = document.getElementById("result");

  function setStatus(text, isError) {
    dg.setStatus(statusLine, text, isError);
  }

  function countryTitle(c) {
    if (!c) {
      return "";
    }
    return el("a", { href: dg.pageURL("country", { code: c.code }) },
      c.nameEn ? c.nameEn + " (" + c.code + ")" : c.code);
  }

  // dateValue maps a full or partial ISO date to a time in ms (start of period).
  function dateValue(d) {
    if (!d) {
      return null;
    }
    var parts = String(d).split("-");
    var y = parseInt(parts[0], 10);
    if (isNaN(y)) {
      return null;
    }
    var mo = parts.length > 1 ? parseInt(parts[1], 10) - 1 : 0;
    var day = parts.length > 2 ? parseInt(parts[2], 10) : 1;
    return Date.UTC(y, mo, day);
  }

  // fillCountryList offers every country by its English name; the input
  // also takes codes and Russian or Kazakh names.
  function fillCountryList(table) {
    var list = document.getElementById("country-list");
    clear(list);
    table.list.forEach(function (c) {
      list.appendChild(el("option", { value: c.nameEn + " (" + c.code + ")" }));
    });
  }

  // ------------------------------------------------------------ form and URL

  function readURL() {
    var p = new URLSearchParams(window.location.search);
    inputA.value = p.get("a") || "";
    inputB.value = p.get("b") || "";
    inputFrom.value = p.get("from") || "";
    inputTo.value = p.get("to") || "";
    return inputA.value && inputB.value;
  }

  function writeURL(vars) {
    var p = new URLSearchParams();
    p.set("a", vars.a);
    p.set("b", vars.b);
    if (vars.from) { p.set("from", vars.from); }
    if (vars.to) { p.set("to", vars.to); }
    window.history.replaceState(null, "", "?" + p.toString());
  }

  // lowerBound and upperBound are the first and last day a partial date
  // stands for, as strings that order like dates ("-31" for any month).
  function lowerBound(d) {
    return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d;
  }

  function upperBound(d) {
    return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d;
  }

  // userError is a mistake in the form, shown as it is.
  function userError(text) {
    var err = new Error(text);
    err.user = true;
    return err;
  }

  // run resolves the countries once their list has loaded, then asks for
  // the pair.
  function run() {
    runButton.disabled = true;
    dg.busy(statusLine);
    return dg.loadCountries().then(function () {
      var a = dg.resolveCountry(inputA.value);
      var b = dg.resolveCountry(inputB.value);
      var bad = !a ? inputA.value : !b ? inputB.value : null;
      if (bad !== null) {
        throw userError("Unknown country \u201c" + bad + "\u201d: give an ISO code such as KZ, or a name " +
          "in English, Russian or Kazakh (Kazakhstan, Казахстан, Қазақстан).");
      }
      if (a === b) {
        throw userError("Pick two different countries.");
      }
      var from = dg.normDate(inputFrom.value), to = dg.normDate(inputTo.value);
      if (from === null || to === null) {
        throw userError("Dates are YYYY, YYYY-MM or YYYY-MM-DD.");
      }
      var vars = { a: a, b: b, from: from || null, to: to || null };
      if (vars.from && vars.to && lowerBound(vars.from) > upperBound(vars.to)) {
        throw userError("The start of the period is after its end.");
      }
      writeURL(vars);
      dg.busy(statusLine);
      return dg.graphql(BILATERAL_QUERY, vars).then(function (body) {
        var data = body.data && body.data.bilateral;
        if (!data) {
          throw new Error("No data in the answer.");
        }
        render(data);
        var warnings = (body.errors || []).map(function (e) { return e.message; });
        if (warnings.length) {
          setStatus("Partly loaded:\n" + warnings.join("\n"), true);
        } else if (!data.eventCount && !(data.agreements || []).length) {
          // One clear empty state instead of a page of empty panels.
          result.hidden = true;
          setStatus("No shared events or agreements of " + (data.a.nameEn || data.a.code) + " and " +
            (data.b.nameEn || data.b.code) + (vars.from || vars.to ? " in this period." : " in the graph yet."));
        } else {
          setStatus("");
        }
      });
    }).catch(function (err) {
      result.hidden = true;
      setStatus(err.user ? err.message : "Could not load: " + err.message, true);
    }).then(function () {
      runButton.disabled = false;
    });
  }

  // ------------------------------------------------------------ rendering

  function render(d) {
    result.hidden = false;
    var events = (d.events || []).slice().sort(dg.byDate);
    var title = document.getElementById("title");
    clear(title);
    title.appendChild(countryTitle(d.a));
    title.appendChild(document.createTextNode(" \u2014 "));
    title.appendChild(countryTitle(d.b));
    if (d.from || d.to) {
      title.appendChild(document.createTextNode(", " + (d.from || "\u2026") + " to " + (d.to || "\u2026")));
    }
    renderSummary(d, events);
    renderBars(document.getElementById("by-year"),
      (d.byYear || []).slice().sort(function (x, y) { return x.key < y.key ? -1 : 1; })
        .map(function (bk) { return { label: bk.key, count: bk.count }; }),
      "No dated events.");
    renderHBars(document.getElementById("by-type"),
      (d.byType || []).slice().sort(function (x, y) { return y.count - x.count; })
        .map(function (t) {
          return { label: TYPE_LABELS[t.type] || t.type, count: t.count, color: TYPE_COLORS[t.type] };
        }),
      "No events.");
    renderStrip(document.getElementById("strip"), events);
    renderLegend(events);
    renderTimeline(document.getElementById("timeline"), events, d.eventCount || 0);
    renderAgreements(document.getElementById("agreements"), d.agreements || [],
      (d.a.nameEn || d.a.code) + ", " + (d.b.nameEn || d.b.code));
    renderPeople(document.getElementById("people"), d.people || []);
    renderHBars(document.getElementById("topics"),
      (d.topics || []).slice().sort(function (x, y) { return y.weight - x.weight; })
        .map(function (t) { return { label: t.topic.nameEn || t.topic.key, count: t.weight }; }),
      "No topics recorded for the shared events and agreements.");
    renderSources(document.getElementById("sources"), d.sources || []);
  }

  function renderSummary(d, events) {
    var box = document.getElementById("summary");
    clear(box);
    var signed = (d.agreements || []).filter(function (a) { return a.status === "SIGNED"; }).length;
    var planned = events.filter(function (e) { return e.status === "PLANNED"; }).length;
    var cards = [
      ["Events", d.eventCount],
      ["Planned events", planned],
      ["Agreements", (d.agreements || []).length],
      ["Signed", signed],
      ["Officials", (d.people || []).length],
      ["First contact", d.firstContact || "\u2014"],
      ["Last contact", d.lastContact || "\u2014"],
      ["Sources", (d.sources || []).length]
    ];
    cards.forEach(function (c) {
      box.appendChild(el("div", { class: "card" },
        el("div", { class: "value" }, String(c[1])),
        el("div", { class: "label" }, c[0])));
    });
  }

  // renderBars draws vertical bars, one per item {label, count}.
  function renderBars(box, items, emptyText) {
    clear(box);
    if (!items.length) {
      box.appendChild(el("p", { class: "empty" }, emptyText));
      return;
    }
    var max = Math.max.apply(null, items.map(function (i) { return i.count; })) || 1;
    var slot = 48, h = 160, top = 18, bottom = 22;
    var width = Math.max(items.length * slot, 240);
    var chart = svg("svg", {
      viewBox: "0 0 " + width + " " + (h + top + bottom),
      width: width, height: h + top + bottom,
      role: "img",
      "aria-label": items.map(function (i) { return i.label + ": " + i.count; }).join(", ")
    });
    items.forEach(function (it, i) {
      var bh = Math.round(h * it.count / max);
      var x = i * slot + 8;
      chart.appendChild(svg("rect", {
        x: x, y: top + h - bh, width: slot - 16, height: Math.max(bh, 1), rx: 3, fill: "#4c7fe0"
      }, svg("title", null, it.label + ": " + it.count)));
      chart.appendChild(svg("text", {
        x: x + (slot - 16) / 2, y: top + h - bh - 4, "text-anchor": "middle", class: "value-label"
      }, String(it.count)));
      chart.appendChild(svg("text", {
        x: x + (slot - 16) / 2, y: top + h + 15, "text-anchor": "middle"
      }, it.label));
    });
    box.appendChild(chart);
  }

  // renderHBars draws horizontal bars, one per item {label, count, color}.
  function renderHBars(box, items, emptyText) {
    clear(box);
    if (!items.length) {
      box.appendChild(el("p", { class: "empty" }, emptyText));
      return;
    }
    var max = Math.max.apply(null, items.map(function (i) { return i.count; })) || 1;
    var row = 24, labelW = 140, barW = 260, width = labelW + barW + 40;
    var chart = svg("svg", {
      viewBox: "0 0 " + width + " " + (items.length * row + 4),
      width: width, height: items.length * row + 4,
      role: "img",
      "aria-label": items.map(function (i) { return i.label + ": " + i.count; }).join(", ")
    });
    items.forEach(function (it, i) {
      var y = i * row + 4;
      var w = Math.max(Math.round(barW * it.count / max), 1);
      chart.appendChild(svg("text", { x: labelW - 6, y: y + 13, "text-anchor": "end" }, it.label));
      chart.appendChild(svg("rect", {
        x: labelW, y: y, width: w, height: row - 8, rx: 3, fill: it.color || "#4c7fe0"
      }, svg("title", null, it.label + ": " + it.count)));
      chart.appendChild(svg("text", { x: labelW + w + 5, y: y + 13, class: "value-label" }, String(it.count)));
    });
    box.appendChild(chart);
  }

  // renderStrip places the dated events on a time axis, coloured by type;
  // planned events are hollow.
  function renderStrip(box, events) {
    clear(box);
    var dated = events.filter(function (e) { return dateValue(e.date) !== null; });
    if (!dated.length) {
      box.appendChild(el("p", { class: "empty" }, "No dated events to place on the axis."));
      return;
    }
    var times = dated.map(function (e) { return dateValue(e.date); });
    var minT = Math.min.apply(null, times), maxT = Math.max.apply(null, times);
    var y0 = new Date(minT).getUTCFullYear(), y1 = new Date(maxT).getUTCFullYear() + 1;
    var start = Date.UTC(y0, 0, 1), end = Date.UTC(y1, 0, 1);
    var width = 1000, left = 20, right = 20, axisY = 60;
    function xOf(t) { return left + (width - left - right) * (t - start) / (end - start); }

    var chart = svg("svg", { viewBox: "0 0 " + width + " 90", class: "full", role: "img", "aria-label": "Events on a time axis" });
    chart.appendChild(svg("line", { x1: left, x2: width - right, y1: axisY, y2: axisY, stroke: "#9aa3b5" }));
    for (var y = y0; y <= y1; y++) {
      var x = xOf(Date.UTC(y, 0, 1));
      chart.appendChild(svg("line", { x1: x, x2: x, y1: axisY - 4, y2: axisY + 4, stroke: "#9aa3b5" }));
      if (y < y1) {
        chart.appendChild(svg("text", { x: x + 4, y: axisY + 18 }, String(y)));
      }
    }
    // Stack events that fall close together so that none hides another.
    var lanes = [];
    dated.forEach(function (e) {
      var cx = xOf(dateValue(e.date));
      var lane = 0;
      while (lanes[lane] !== undefined && cx - lanes[lane] < 12) {
        lane++;
      }
      lanes[lane] = cx;
      var color = TYPE_COLORS[e.type] || "#555";
      var planned = e.status === "PLANNED";
      chart.appendChild(svg("circle", {
        cx: cx, cy: axisY - 10 - (lane % 4) * 12, r: 5,
        fill: planned ? "#fff" : color, stroke: color, "stroke-width": 2
      }, svg("title", null, (e.date || "") + " · " + (TYPE_LABELS[e.type] || e.type) +
        (planned ? " (planned)" : "") + " · " + (e.title || ""))));
    });
    box.appendChild(chart);
  }

  function renderLegend(events) {
    var box = document.getElementById("legend");
    clear(box);
    var seen = {};
    events.forEach(function (e) { seen[e.type] = true; });
    Object.keys(TYPE_COLORS).forEach(function (t) {
      if (seen[t]) {
        box.appendChild(el("span", { style: "--c:" + TYPE_COLORS[t] }, TYPE_LABELS[t]));
      }
    });
    if (events.some(function (e) { return e.status === "PLANNED"; })) {
      box.appendChild(el("span", { class: "planned-key" }, "hollow: planned"));
    }
  }

  function participantsOf(e) {
    var out = [];
    (e.participants || []).forEach(function (p) {
      if (!p.person) {
        return;
      }
      if (out.length) {
        out.push(", ");
      }
      out.push(dg.personLink(p.person));
      if (p.person.country) {
        out.push(" (" + p.person.country.code + ")");
      }
    });
    return out;
  }

  function renderTimeline(box, events, total) {
    clear(box);
    if (!events.length) {
      box.appendChild(dg.empty("No shared events in this period."));
      return;
    }
    if (total > events.length) {
      box.appendChild(dg.empty("Showing the first " + events.length + " of " + total +
        " shared events (the API pages at 100); narrow the dates to see the rest."));
    }
    var list = el("ol", { class: "timeline" });
    var year = null;
    events.forEach(function (e) {
      var y = e.date ? String(e.date).slice(0, 4) : "Undated";
      if (y !== year) {
        year = y;
        list.appendChild(el("li", { class: "year" }, y));
      }
      var people = participantsOf(e);
      var topics = (e.topics || []).map(function (t) { return t.nameEn || t.key; });
      var srcs = (e.sources || []).map(function (s, i) {
        return [i ? ", " : "", dg.extLink(s.url, s.title || s.source || s.url || s.id)];
      });
      list.appendChild(el("li", { class: "event", "data-event-id": e.id },
        el("div", { class: "date" }, dg.formatRange(e.date, e.endDate) || "date unknown"),
        el("div", null,
          el("div", null,
            dg.typeBadge(e.type),
            e.status === "PLANNED" ? el("span", { class: "badge PLANNED" }, "planned") : null,
            el("strong", null, dg.eventLink(e)),
            e.city ? " \u00b7 " + e.city : ""),
          people.length ? el("div", { class: "meta" }, "Participants: ", people) : null,
          topics.length ? el("div", { class: "meta" }, "Topics: " + topics.join(", ")) : null,
          el("div", { class: "meta" },
            dg.eventLink(e, "Evidence"),
            srcs.length ? [" \u00b7 Reported by: ", srcs] : null))));
    });
    box.appendChild(list);
  }

  // renderAgreements lists the agreements; those without named
  // organisations as parties are the pair's (pairNames).
  function renderAgreements(box, agreements, pairNames) {
    clear(box);
    if (!agreements.length) {
      box.appendChild(dg.empty("No agreements between the two in this period."));
      return;
    }
    var rows = agreements.slice().sort(dg.byDate).map(function (a) {
      var parties = (a.parties || []).map(function (p) { return p.name; }).join("; ");
      var src = (a.sources || [])[0];
      var title = dg.agreementTitle(a);
      return [
        a.date,
        el("span", { class: "badge" }, a.kind.toLowerCase()),
        el("span", { class: "badge " + a.status }, a.status.toLowerCase()),
        [src ? dg.extLink(src.url, title) : title,
          a.event ? [" \u00b7 ", dg.eventLink(a.event, "event")] : null],
        parties || pairNames,
        dg.signatories(a)
      ];
    });
    box.appendChild(dg.table(["Date", "Kind", "Status", "Title", "Parties", "Signed by"], rows));
  }

  function renderPeople(box, people) {
    clear(box);
    if (!people.length) {
      box.appendChild(dg.empty("No named officials."));
      return;
    }
    var max = Math.max.apply(null, people.map(function (p) { return p.count; })) || 1;
    var rows = people.map(function (pc) {
      var p = pc.person || {};
      var office = (p.offices || []).map(function (o) { return o.portfolio || o.title; })
        .filter(Boolean)[0] || (p.isMinister ? "minister" : "");
      return [
        [dg.personLink(p), p.nameLatin && p.nameLatin !== p.name ? el("div", { class: "meta" }, p.nameLatin) : null],
        p.country ? p.country.code : "",
        office,
        { num: true, value: [String(pc.count),
          el("span", { class: "meter", style: "width:" + Math.round(60 * pc.count / max) + "px" })] }
      ];
    });
    box.appendChild(dg.table(["Name", "Country", "Office", "Events"], rows));
  }

  function renderSources(box, sources) {
    clear(box);
    if (!sources.length) {
      box.appendChild(dg.empty("No sources."));
      return;
    }
    var list = el("ol", { class: "sources" });
    sources.forEach(function (s) {
      var meta = [s.source, s.published, s.language ? String(s.language).toLowerCase() : null]
        .filter(Boolean).join(" \u00b7 ");
      list.appendChild(el("li", null,
        dg.extLink(s.url, s.title || s.url || s.id),
        meta ? el("span", { class: "meta" }, " \u2014 " + meta) : null));
    });
    box.appendChild(list);
  }

  // ------------------------------------------------------------ wiring

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    run();
  });
  document.getElementById("swap").addEventListener("click", function () {
    var t = inputA.value;
    inputA.value = inputB.value;
    inputB.value = t;
  });

  var listed = dg.loadCountries().then(fillCountryList);
  if (readURL()) {
    run();
  } else {
    // Nothing to load: the prompt stays, and the page is ready once the
    // country list for the form is.
    var ready = function () { statusLine.setAttribute("data-state", "done"); };
    listed.then(ready, ready);
  }
})();
