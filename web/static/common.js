// What every dashboard page shares: building elements, asking GraphQL,
// the list of countries (names in English, Russian and Kazakh, by which a
// country may be given as well as by its ISO code), partial dates, links
// between the pages, and the event vocabulary. Plain JavaScript, no build
// step; it defines window.dg.
(function () {
  "use strict";

  var ENDPOINT = new URL(document.body.getAttribute("data-endpoint") || "graphql",
    window.location.href).href;
  var SVG_NS = "http://www.w3.org/2000/svg";

  // Colours and labels of the event types.
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

  function setAttrs(node, attrs) {
    if (!attrs) {
      return;
    }
    Object.keys(attrs).forEach(function (k) {
      if (attrs[k] === null || attrs[k] === undefined || attrs[k] === false) {
        return;
      }
      node.setAttribute(k, String(attrs[k]));
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

  // el builds an element: el("td", {class: "num"}, "3", otherNode).
  function el(tag, attrs) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  // svg builds an SVG element the same way.
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  // empty is the one empty state of every page: a short sentence in a <p>.
  function empty(text) {
    return el("p", { class: "empty" }, text);
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

  // extLink links to an article on its own site, or is plain text when the
  // article has no usable URL.
  function extLink(url, text) {
    var href = safeHref(url);
    if (!href) {
      return document.createTextNode(text);
    }
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer", class: "source" }, text);
  }

  // pageURL is the relative URL of one of the dashboard pages with params.
  function pageURL(page, params) {
    var p = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      if (params[k]) {
        p.set(k, params[k]);
      }
    });
    var q = p.toString();
    return page + (q ? "?" + q : "");
  }

  function countryLink(c) {
    if (!c) {
      return null;
    }
    return el("a", { href: pageURL("country", { code: c.code }) }, c.nameEn || c.code);
  }

  function personLink(p) {
    if (!p) {
      return null;
    }
    return el("a", { href: pageURL("person", { id: p.id }) }, p.name || p.nameLatin || p.id);
  }

  function eventLink(e, text) {
    return el("a", { href: pageURL("event", { id: e.id }) }, text || e.title || "(untitled)");
  }

  function pairLink(a, b, text) {
    return el("a", { href: pageURL("bilateral", { a: a, b: b }) }, text);
  }

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

  var COUNTRIES_QUERY =
    "query Countries($after: String) {" +
    " countries(first: 100, after: $after, sort: [{ nameEn: ASC }]) {" +
    "  edges { node { code nameEn nameRu nameKk } } pageInfo { hasNextPage endCursor } } }";

  // The countries the graph holds, by code, and codes by folded name.
  var countries = { byCode: {}, byName: {}, list: [] };
  var countriesPromise = null;

  // fold lower-cases a name and drops what users type differently
  // (case, ё, spaces, dots, hyphens).
  function fold(s) {
    return String(s || "").toLowerCase().replace(/ё/g, "е").replace(/[\s.\-'’]+/g, "");
  }

  // loadCountries reads every country once (up to 10 pages of 100); the
  // promise resolves to the table, empty when the list cannot be read.
  function loadCountries() {
    if (countriesPromise) {
      return countriesPromise;
    }
    var pages = 0;
    function page(after) {
      return graphql(COUNTRIES_QUERY, { after: after }).then(function (body) {
        var conn = body.data && body.data.countries;
        if (!conn) {
          return;
        }
        conn.edges.forEach(function (edge) {
          var c = edge.node;
          countries.byCode[c.code] = c;
          countries.list.push(c);
          [c.code, c.nameEn, c.nameRu, c.nameKk].forEach(function (n) {
            if (n) {
              countries.byName[fold(n)] = c.code;
            }
          });
        });
        pages++;
        if (conn.pageInfo && conn.pageInfo.hasNextPage && pages < 10) {
          return page(conn.pageInfo.endCursor);
        }
      });
    }
    countriesPromise = page(null).catch(function () {
      // Without the list, ISO codes still work.
    }).then(function () { return countries; });
    return countriesPromise;
  }

  // resolveCountry turns what the user typed (an ISO code, or a name in
  // English, Russian or Kazakh, or "Name (XX)") into an ISO code, or null.
  // Call it after loadCountries has resolved.
  function resolveCountry(text) {
    var t = String(text || "").trim();
    if (!t) {
      return null;
    }
    var m = /\(([A-Za-z]{2})\)\s*$/.exec(t);
    if (m) {
      return m[1].toUpperCase();
    }
    var byName = countries.byName[fold(t)];
    if (byName) {
      return byName;
    }
    if (/^[A-Za-z]{2}$/.test(t)) {
      return t.toUpperCase();
    }
    return null;
  }

  // normDate checks a full or partial ISO date (2024, 2024-03, 2024-03-12)
  // and returns it, "" for an empty one, or null when it is not a date.
  function normDate(text) {
    var t = String(text || "").trim();
    if (!t) {
      return "";
    }
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
    if (!m) {
      return null;
    }
    if (m[2] && (+m[2] < 1 || +m[2] > 12)) {
      return null;
    }
    if (m[3]) {
      var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (d.getUTCMonth() !== +m[2] - 1) {
        return null;
      }
    }
    return t;
  }

  // dateKey orders full and partial ISO dates; null dates sort last.
  function dateKey(d) {
    return d ? String(d) : "9999";
  }

  function byDate(x, y) {
    var a = dateKey(x.date), b = dateKey(y.date);
    return a < b ? -1 : a > b ? 1 : 0;
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

  function typeBadge(type) {
    return el("span", { class: "badge type", style: "--c:" + (TYPE_COLORS[type] || "#555") },
      TYPE_LABELS[type] || type);
  }

  // KIND_WORDS are the words an extracted agreement's title starts with
  // ("Memorandum between …"), by kind.
  var KIND_WORDS = { AGREEMENT: "Agreement", MEMORANDUM: "Memorandum", ROADMAP: "Roadmap", PROGRAM: "Programme",
    PLAN: "Plan", PROTOCOL: "Protocol", DECLARATION: "Declaration", OTHER: "Document" };

  // agreementTitle is an agreement's title as a reader expects it. The
  // graph's title names two parties in Latin letters ("Memorandum between
  // Ministerstvo …"); the parties themselves are named as the articles
  // spell them, in their own script and in the nominative, so a title of
  // the kind and two parties is told with those names. Any other title
  // is shown as it is.
  function agreementTitle(a) {
    var title = a.title || "";
    var word = KIND_WORDS[a.kind];
    var parties = (a.parties || []).map(function (p) { return p.name; }).filter(Boolean);
    if (!word || parties.length !== 2 || title.indexOf(word + " between ") !== 0) {
      return title || "(untitled)";
    }
    var status = / \((draft|to be signed|discussed)\)$/.exec(title);
    return word + " between " + parties.join(" and ") + (status ? status[0] : "");
  }

  // signatories links the persons who signed an agreement, or says that
  // no source names them (the graph has a signatory only where an article
  // names who signed).
  function signatories(a) {
    var out = [];
    (a.signatories || []).forEach(function (p, i) {
      out.push(i ? ", " : "", personLink(p));
    });
    return out.length ? out : el("span", { class: "empty" }, "not named in the sources");
  }

  // setStatus shows the outcome of a load in a page's status line;
  // data-state="done" tells that the page has finished (the browser tests
  // wait for it).
  function setStatus(node, text, isError) {
    node.textContent = text;
    node.className = isError ? "status error" : "status";
    node.setAttribute("data-state", "done");
  }

  // busy shows that a load is under way.
  function busy(node, text) {
    node.textContent = text || "Loading\u2026";
    node.className = "status";
    node.setAttribute("data-state", "loading");
  }

  // table builds a table whose cells carry their column's name, so that a
  // narrow screen can show each row as a card (see .stack in the CSS).
  function table(headers, rows) {
    return el("div", { class: "table-wrap" },
      el("table", { class: "stack" },
        el("thead", null, el("tr", null, headers.map(function (h) { return el("th", null, h); }))),
        el("tbody", null, rows.map(function (cells) {
          return el("tr", null, cells.map(function (c, i) {
            var attrs = { "data-label": headers[i] };
            if (c && c.num) {
              attrs.class = "num";
              c = c.value;
            }
            return el("td", attrs, c === null || c === undefined || c === "" ? "—" : c);
          }));
        }))));
  }

  // panel is a titled section of a page.
  function panel(title, content, id) {
    return el("section", { class: "panel", id: id || null }, el("h2", null, title), content);
  }

  // eventList lists events by date: date, type, title linked to the
  // event's page, city, and the other countries linked to the pair page
  // of `self` (a country code) with each.
  function eventList(events, self) {
    if (!events.length) {
      return empty("No events.");
    }
    var list = el("ol", { class: "timeline" });
    var month = null;
    events.slice().sort(byDate).forEach(function (e) {
      var m = e.date ? String(e.date).slice(0, 7) : "Undated";
      if (m !== month) {
        month = m;
        list.appendChild(el("li", { class: "year" }, m));
      }
      var others = (e.countries || []).filter(function (c) { return c.code !== self; });
      var with_ = [];
      others.forEach(function (c, i) {
        with_.push(i ? ", " : "", self ? pairLink(self, c.code, c.nameEn || c.code) : countryLink(c));
      });
      list.appendChild(el("li", { class: "event", "data-event-id": e.id },
        el("div", { class: "date" }, formatRange(e.date, e.endDate) || "date unknown"),
        el("div", null,
          el("div", null, typeBadge(e.type),
            e.status === "PLANNED" ? el("span", { class: "badge PLANNED" }, "planned") : null,
            el("strong", null, eventLink(e)), e.city ? " \u00b7 " + e.city : ""),
          with_.length ? el("div", { class: "meta" }, self ? "With: " : "Countries: ", with_) : null)));
    });
    return list;
  }

  // param reads a parameter of the page's URL.
  function param(name) {
    return new URLSearchParams(window.location.search).get(name) || "";
  }

  window.dg = {
    TYPE_COLORS: TYPE_COLORS,
    TYPE_LABELS: TYPE_LABELS,
    agreementTitle: agreementTitle,
    signatories: signatories,
    el: el,
    svg: svg,
    clear: clear,
    empty: empty,
    safeHref: safeHref,
    extLink: extLink,
    pageURL: pageURL,
    countryLink: countryLink,
    personLink: personLink,
    eventLink: eventLink,
    pairLink: pairLink,
    graphql: graphql,
    countries: countries,
    loadCountries: loadCountries,
    resolveCountry: resolveCountry,
    normDate: normDate,
    dateKey: dateKey,
    byDate: byDate,
    formatRange: formatRange,
    typeBadge: typeBadge,
    setStatus: setStatus,
    busy: busy,
    table: table,
    panel: panel,
    eventList: eventList,
    param: param
  };
})();
