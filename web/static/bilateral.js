// The bilateral-relations dashboard: asks the GraphQL `bilateral` query
// about two countries and a period, and draws what it returns. Plain
// JavaScript, no build step, no third-party code; charts are SVG.
//
// The state lives in the URL (?a=KZ&b=UZ&from=2024-01-01&to=2025-12-31), so
// a view can be bookmarked and shared.
(function () {
  "use strict";

  var ENDPOINT = new URL(document.body.getAttribute("data-endpoint") || "graphql",
    window.location.href).href;

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
    "      signatories { name }",
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

  var COUNTRIES_QUERY =
    "query Countries($after: String) {" +
    " countries(first: 100, after: $after, sort: [{ nameEn: ASC }]) {" +
    "  edges { node { code nameEn } } pageInfo { hasNextPage endCursor } } }";

  // Colours of the event types, also used by the legend.
  var TYPE_COLORS = {
    MEETING: "#2f6fdf",
    COMMISSION_SESSION: "#7a5bc7",
    VISIT: "#1f8a4c",
    PHONE_CALL: "#0f9bb0",
    FORUM: "#d9622b",
    CULTURE_DAYS: "#c23a7a",
    CULTURAL_EVENT: "#e0a000",
    SIGNING: "#5d6678"
  };

  var TYPE_LABELS = {
    MEETING: "Meeting",
    COMMISSION_SESSION: "Commission session",
    VISIT: "Visit",
    PHONE_CALL: "Phone call",
    FORUM: "Forum",
    CULTURE_DAYS: "Days of Culture",
    CULTURAL_EVENT: "Cultural event",
    SIGNING: "Signing"
  };

  var SVG_NS = "http://www.w3.org/2000/svg";

  var form = document.getElementById("query-form");
  var inputA = document.getElementById("country-a");
  var inputB = document.getElementById("country-b");
  var inputFrom = document.getElementById("date-from");
  var inputTo = document.getElementById("date-to");
  var runButton = document.getElementById("run");
  var statusLine = document.getElementById("status");
  var result = document.getElementById("result");

  // Country names by code, and codes by lower-cased name, once loaded.
  var countryNames = {};
  var countryCodes = {};

  // ------------------------------------------------------------ helpers

  // el builds an element: el("td", {class: "num"}, "3", otherNode).
  function el(tag, attrs) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function setAttrs(node, attrs) {
    if (!attrs) {
      return;
    }
    Object.keys(attrs).forEach(function (k) {
      if (attrs[k] === null || attrs[k] === undefined || attrs[k] === false) {
        return;
      }
      if (k === "style") {
        node.setAttribute("style", attrs[k]);
      } else {
        node.setAttribute(k, String(attrs[k]));
      }
    });
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) {
      return;
    }
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(node, c); });
      return;
    }
    if (typeof child === "string" || typeof child === "number") {
      node.appendChild(document.createTextNode(String(child)));
      return;
    }
    node.appendChild(child);
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  // safeHref keeps only http(s) links to articles; anything else is dropped.
  function safeHref(url) {
    if (!url) {
      return null;
    }
    try {
      var u = new URL(url, window.location.href);
      if (u.protocol === "http:" || u.protocol === "https:") {
        return u.href;
      }
    } catch (e) {
      // not a URL
    }
    return null;
  }

  function link(url, text) {
    var href = safeHref(url);
    if (!href) {
      return document.createTextNode(text);
    }
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer" }, text);
  }

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.className = isError ? "status error" : "status";
  }

  function countryLabel(c) {
    if (!c) {
      return "";
    }
    return c.nameEn ? c.nameEn + " (" + c.code + ")" : c.code;
  }

  // resolveCountry turns what the user typed (a code or a name) into an ISO code.
  function resolveCountry(text) {
    var t = (text || "").trim();
    if (/^[A-Za-z]{2}$/.test(t)) {
      return t.toUpperCase();
    }
    var m = /\(([A-Za-z]{2})\)\s*$/.exec(t);
    if (m) {
      return m[1].toUpperCase();
    }
    return countryCodes[t.toLowerCase()] || null;
  }

  // dateKey orders full and partial ISO dates; null dates sort last.
  function dateKey(d) {
    return d ? String(d) : "9999";
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

  function formatRange(from, to) {
    if (!from && !to) {
      return "";
    }
    if (from && to && from !== to) {
      return from + " – " + to;
    }
    return from || to;
  }

  // ------------------------------------------------------------ GraphQL

  function graphql(query, variables) {
    return fetch(ENDPOINT, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/graphql-response+json, application/json"
      },
      credentials: "same-origin",
      body: JSON.stringify({ query: query, variables: variables || {} })
    }).then(function (resp) {
      return resp.text().then(function (text) {
        var body = null;
        try {
          body = JSON.parse(text);
        } catch (e) {
          throw new Error("The server answered " + resp.status + " " + resp.statusText +
            " with something that is not JSON.");
        }
        if (body.errors && body.errors.length && !body.data) {
          throw new Error(body.errors.map(function (e) { return e.message; }).join("\n"));
        }
        if (!resp.ok && !body.data) {
          throw new Error("The server answered " + resp.status + " " + resp.statusText + ".");
        }
        return body;
      });
    });
  }

  // loadCountries fills the datalist; the page works without it (codes can be typed).
  function loadCountries() {
    var list = document.getElementById("country-list");
    var pages = 0;
    function page(after) {
      return graphql(COUNTRIES_QUERY, { after: after }).then(function (body) {
        var conn = body.data && body.data.countries;
        if (!conn) {
          return;
        }
        conn.edges.forEach(function (edge) {
          var c = edge.node;
          countryNames[c.code] = c.nameEn;
          countryCodes[String(c.nameEn).toLowerCase()] = c.code;
          list.appendChild(el("option", { value: c.code, label: c.nameEn }));
        });
        pages++;
        if (conn.pageInfo && conn.pageInfo.hasNextPage && pages < 10) {
          return page(conn.pageInfo.endCursor);
        }
      });
    }
    page(null).catch(function () {
      // The list is a convenience; typing ISO codes still works.
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

  function run() {
    var a = resolveCountry(inputA.value);
    var b = resolveCountry(inputB.value);
    if (!a || !b) {
      setStatus("Unknown country: give ISO 3166-1 codes such as KZ, UZ, TR, or names from the list.", true);
      return;
    }
    if (a === b) {
      setStatus("Pick two different countries.", true);
      return;
    }
    var vars = { a: a, b: b, from: inputFrom.value || null, to: inputTo.value || null };
    if (vars.from && vars.to && vars.from > vars.to) {
      setStatus("The start of the period is after its end.", true);
      return;
    }
    writeURL(vars);
    setStatus("Loading…");
    runButton.disabled = true;
    graphql(BILATERAL_QUERY, vars).then(function (body) {
      var data = body.data && body.data.bilateral;
      if (!data) {
        throw new Error("No data in the answer.");
      }
      render(data);
      var warnings = (body.errors || []).map(function (e) { return e.message; });
      if (warnings.length) {
        setStatus("Partly loaded:\n" + warnings.join("\n"), true);
      } else if (!data.eventCount && !(data.agreements || []).length) {
        setStatus("No shared events or agreements in this period.");
      } else {
        setStatus("");
      }
    }).catch(function (err) {
      result.hidden = true;
      setStatus("Could not load: " + err.message, true);
    }).then(function () {
      runButton.disabled = false;
    });
  }

  // ------------------------------------------------------------ rendering

  function render(d) {
    result.hidden = false;
    var events = (d.events || []).slice().sort(function (x, y) {
      return dateKey(x.date) < dateKey(y.date) ? -1 : dateKey(x.date) > dateKey(y.date) ? 1 : 0;
    });
    document.getElementById("title").textContent =
      countryLabel(d.a) + " — " + countryLabel(d.b) +
      (d.from || d.to ? ", " + (d.from || "…") + " to " + (d.to || "…") : "");
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
    renderAgreements(document.getElementById("agreements"), d.agreements || []);
    renderPeople(document.getElementById("people"), d.people || []);
    renderHBars(document.getElementById("topics"),
      (d.topics || []).slice().sort(function (x, y) { return y.weight - x.weight; })
        .map(function (t) { return { label: t.topic.nameEn || t.topic.key, count: t.weight }; }),
      "No topics.");
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
      ["First contact", d.firstContact || "—"],
      ["Last contact", d.lastContact || "—"],
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
    return (e.participants || []).map(function (p) {
      var name = p.person ? p.person.name : "";
      var code = p.person && p.person.country ? " (" + p.person.country.code + ")" : "";
      return name + code;
    }).filter(Boolean);
  }

  function renderTimeline(list, events, total) {
    clear(list);
    if (!events.length) {
      list.appendChild(el("li", { class: "empty" }, "No shared events in this period."));
      return;
    }
    if (total > events.length) {
      list.appendChild(el("li", { class: "empty" }, "Showing the first " + events.length + " of " + total +
        " shared events (the API pages at 100); narrow the dates to see the rest."));
    }
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
        return [i ? ", " : "", link(s.url, s.title || s.source || s.url || s.id)];
      });
      list.appendChild(el("li", { class: "event" },
        el("div", { class: "date" }, formatRange(e.date, e.endDate) || "date unknown"),
        el("div", null,
          el("div", null,
            el("span", { class: "badge type", style: "--c:" + (TYPE_COLORS[e.type] || "#555") },
              TYPE_LABELS[e.type] || e.type),
            e.status === "PLANNED" ? el("span", { class: "badge PLANNED" }, "planned") : null,
            el("strong", null, e.title || "(untitled)"),
            e.city ? " · " + e.city : ""),
          people.length ? el("div", { class: "meta" }, "Participants: " + people.join(", ")) : null,
          topics.length ? el("div", { class: "meta" }, "Topics: " + topics.join(", ")) : null,
          srcs.length ? el("div", { class: "meta" }, "Reported by: ", srcs) : null)));
    });
  }

  function renderAgreements(box, agreements) {
    clear(box);
    if (!agreements.length) {
      box.appendChild(el("p", { class: "empty" }, "No agreements between the two in this period."));
      return;
    }
    var rows = agreements.slice().sort(function (x, y) {
      return dateKey(x.date) < dateKey(y.date) ? -1 : dateKey(x.date) > dateKey(y.date) ? 1 : 0;
    }).map(function (a) {
      var parties = (a.parties || []).map(function (p) { return p.name; }).join("; ");
      var signatories = (a.signatories || []).map(function (p) { return p.name; }).join(", ");
      var src = (a.sources || [])[0];
      return el("tr", null,
        el("td", null, a.date || "—"),
        el("td", null, el("span", { class: "badge" }, a.kind)),
        el("td", null, el("span", { class: "badge " + a.status }, a.status.toLowerCase())),
        el("td", null, src ? link(src.url, a.title || "(untitled)") : (a.title || "(untitled)")),
        el("td", null, parties || "—"),
        el("td", null, signatories || "—"));
    });
    box.appendChild(el("table", null,
      el("thead", null, el("tr", null,
        el("th", null, "Date"), el("th", null, "Kind"), el("th", null, "Status"),
        el("th", null, "Title"), el("th", null, "Parties"), el("th", null, "Signed by"))),
      el("tbody", null, rows)));
  }

  function renderPeople(box, people) {
    clear(box);
    if (!people.length) {
      box.appendChild(el("p", { class: "empty" }, "No named officials."));
      return;
    }
    var max = Math.max.apply(null, people.map(function (p) { return p.count; })) || 1;
    var rows = people.map(function (pc) {
      var p = pc.person || {};
      var office = (p.offices || []).map(function (o) { return o.portfolio || o.title; })
        .filter(Boolean)[0] || (p.isMinister ? "minister" : "");
      return el("tr", null,
        el("td", null, p.name || "", p.nameLatin && p.nameLatin !== p.name ?
          el("div", { class: "meta" }, p.nameLatin) : null),
        el("td", null, p.country ? p.country.code : ""),
        el("td", null, office),
        el("td", { class: "num" }, String(pc.count),
          el("span", { class: "meter", style: "width:" + Math.round(60 * pc.count / max) + "px" })));
    });
    box.appendChild(el("table", null,
      el("thead", null, el("tr", null,
        el("th", null, "Name"), el("th", null, "Country"), el("th", null, "Office"),
        el("th", null, "Events"))),
      el("tbody", null, rows)));
  }

  function renderSources(list, sources) {
    clear(list);
    if (!sources.length) {
      list.appendChild(el("li", { class: "empty" }, "No sources."));
      return;
    }
    sources.forEach(function (s) {
      var meta = [s.source, s.published, s.language ? String(s.language).toLowerCase() : null]
        .filter(Boolean).join(" · ");
      list.appendChild(el("li", null,
        link(s.url, s.title || s.url || s.id),
        meta ? el("span", { class: "meta" }, " — " + meta) : null));
    });
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

  loadCountries();
  if (readURL()) {
    run();
  }
})();
