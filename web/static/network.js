// The network view: countries as nodes and the events and agreements they
// share as weighted edges (the GraphQL `network` query), drawn with
// Cytoscape.js (vendored under static/vendor). With "Persons" ticked, the
// people in the most events of the filters are nodes too, tied to the
// countries of their events and to each other. A click on a country opens
// its page, a click on a country edge the page of the pair, a click on a
// person or a person's edge the person's page. The filters live in the URL
// (?from=2024&to=2024-06&type=VISIT&topic=trade&min=2&persons=1).
(function () {
  "use strict";

  var dg = window.dg;
  var el = dg.el;

  var NETWORK_QUERY = [
    "query Network($from: Date, $to: Date, $types: [EventType!], $topics: [ID!], $min: Int, $persons: Int) {",
    "  network(from: $from, to: $to, types: $types, topics: $topics, minWeight: $min, persons: $persons) {",
    "    nodes { events country { code nameEn } }",
    "    edges { source target events agreements weight }",
    "    persons { events person { id name nameLatin } }",
    "    personEdges { source target kind events }",
    "  }",
    "}"
  ].join("\n");

  // How many persons the toggle adds, at most.
  var PERSONS = 50;

  var TOPICS_QUERY = "query { topics(first: 100, sort: [{ nameEn: ASC }]) { edges { node { key nameEn } } } }";

  var form = document.getElementById("filter-form");
  var inputFrom = document.getElementById("date-from");
  var inputTo = document.getElementById("date-to");
  var selType = document.getElementById("type");
  var selTopic = document.getElementById("topic");
  var inputMin = document.getElementById("min-weight");
  var checkPersons = document.getElementById("persons");
  var statusLine = document.getElementById("status");
  var container = document.getElementById("cy");
  var cy = null;

  Object.keys(dg.TYPE_LABELS).forEach(function (t) {
    selType.appendChild(el("option", { value: t }, dg.TYPE_LABELS[t]));
  });

  function loadTopics() {
    return dg.graphql(TOPICS_QUERY).then(function (body) {
      var conn = body.data && body.data.topics;
      (conn ? conn.edges : []).forEach(function (e) {
        selTopic.appendChild(el("option", { value: e.node.key }, e.node.nameEn || e.node.key));
      });
    }).catch(function () {
      // Without the list the topic filter stays at "any".
    });
  }

  function readURL() {
    var p = new URLSearchParams(window.location.search);
    inputFrom.value = p.get("from") || "";
    inputTo.value = p.get("to") || "";
    selType.value = p.get("type") || "";
    selTopic.value = p.get("topic") || "";
    inputMin.value = p.get("min") || "1";
    checkPersons.checked = p.get("persons") === "1";
  }

  function writeURL(f) {
    var url = dg.pageURL("network", { from: f.from, to: f.to, type: f.type, topic: f.topic,
      min: f.min > 1 ? String(f.min) : "", persons: f.persons ? "1" : "" });
    window.history.replaceState(null, "", url);
  }

  function run() {
    var from = dg.normDate(inputFrom.value), to = dg.normDate(inputTo.value);
    if (from === null || to === null) {
      dg.setStatus(statusLine, "Dates are YYYY, YYYY-MM or YYYY-MM-DD.", true);
      return;
    }
    var min = parseInt(inputMin.value, 10);
    if (!(min >= 1)) {
      min = 1;
    }
    var f = { from: from, to: to, type: selType.value, topic: selTopic.value, min: min,
      persons: checkPersons.checked };
    writeURL(f);
    dg.busy(statusLine);
    dg.graphql(NETWORK_QUERY, {
      from: from || null, to: to || null,
      types: f.type ? [f.type] : null, topics: f.topic ? [f.topic] : null, min: min,
      persons: f.persons ? PERSONS : 0
    }).then(function (body) {
      var net = body.data && body.data.network;
      if (!net) {
        throw new Error("No data in the answer.");
      }
      draw(net);
      var warnings = (body.errors || []).map(function (e) { return e.message; });
      if (warnings.length) {
        dg.setStatus(statusLine, "Partly loaded:\n" + warnings.join("\n"), true);
      } else if (!net.nodes.length) {
        dg.setStatus(statusLine, "No two countries share an event or agreement with these filters.");
      } else {
        var line = plural(net.nodes.length, "country", "countries") + ", " + plural(net.edges.length, "tie", "ties");
        if (f.persons) {
          line += "; " + plural(net.persons.length, "person", "persons") + ", " +
            plural(net.personEdges.length, "person tie", "person ties");
        }
        dg.setStatus(statusLine, line + ".");
      }
    }).catch(function (err) {
      dg.setStatus(statusLine, "Could not load: " + err.message, true);
    });
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function draw(net) {
    var names = {};
    net.nodes.forEach(function (n) { names[n.country.code] = n.country.nameEn || n.country.code; });
    var maxW = Math.max.apply(null, net.edges.map(function (e) { return e.weight; }).concat([1]));
    var maxN = Math.max.apply(null, net.nodes.map(function (n) { return n.events; }).concat([1]));
    var elements = [];
    net.nodes.forEach(function (n) {
      elements.push({ group: "nodes", data: {
        id: n.country.code, label: names[n.country.code], events: n.events,
        size: 22 + 38 * Math.sqrt(n.events / maxN)
      } });
    });
    var persons = net.persons || [];
    var maxP = Math.max.apply(null, persons.map(function (p) { return p.events; }).concat([1]));
    persons.forEach(function (p) {
      elements.push({ group: "nodes", classes: "person", data: {
        id: p.person.id, label: p.person.name || p.person.nameLatin, events: p.events, person: true,
        size: 10 + 16 * Math.sqrt(p.events / maxP)
      } });
    });
    (net.personEdges || []).forEach(function (e) {
      elements.push({ group: "edges", classes: e.kind === "PERSON_PERSON" ? "person-person" : "person-country", data: {
        id: e.source + "~" + e.target, source: e.source, target: e.target, events: e.events, person: true,
        width: 1 + 3 * Math.min(e.events, 5) / 5
      } });
    });
    net.edges.forEach(function (e) {
      elements.push({ group: "edges", data: {
        id: e.source + "-" + e.target, source: e.source, target: e.target,
        weight: e.weight, events: e.events, agreements: e.agreements,
        width: 1.5 + 8 * e.weight / maxW, label: String(e.weight)
      } });
    });
    container.hidden = !net.nodes.length;
    if (cy) {
      cy.destroy();
    }
    cy = window.cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "#2f6fdf", "label": "data(label)", "width": "data(size)", "height": "data(size)",
          "font-size": 12, "color": "#1d2433", "text-valign": "bottom", "text-margin-y": 4,
          "text-outline-color": "#fff", "text-outline-width": 2
        } },
        { selector: "edge", style: {
          "width": "data(width)", "line-color": "#9aa3b5", "curve-style": "bezier",
          "label": "data(label)", "font-size": 10, "color": "#5d6678",
          "text-background-color": "#fff", "text-background-opacity": 1, "text-background-padding": 2
        } },
        { selector: "node.person", style: {
          "background-color": "#1f8a4c", "shape": "round-rectangle", "font-size": 10, "color": "#35624a"
        } },
        { selector: "edge.person-country, edge.person-person", style: {
          "line-style": "dashed", "line-color": "#8cc3a2", "label": "", "curve-style": "straight"
        } },
        { selector: "edge.person-person", style: { "line-style": "dotted", "line-color": "#1f8a4c" } },
        { selector: "node:active, node:selected", style: { "background-color": "#1f8a4c" } },
        { selector: "edge:active, edge:selected", style: { "line-color": "#1f8a4c" } }
      ],
      layout: net.nodes.length + persons.length > 2 ?
        { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, padding: 30 } :
        { name: "circle", padding: 60 }
    });
    cy.on("tap", "node", function (evt) {
      var d = evt.target.data();
      window.location.href = d.person ? dg.pageURL("person", { id: d.id }) : dg.pageURL("country", { code: d.id });
    });
    cy.on("tap", "edge", function (evt) {
      var d = evt.target.data();
      if (d.person) {
        window.location.href = dg.pageURL("person", { id: d.source });
        return;
      }
      window.location.href = dg.pageURL("bilateral", { a: d.source, b: d.target,
        from: inputFrom.value, to: inputTo.value });
    });
    // The tests and the curious reach the graph here.
    window.dgNetwork = cy;
    listEdges(net, names);
  }

  // listEdges shows the ties as links too: the same destinations as the
  // graph, for keyboards and screen readers.
  function listEdges(net, names) {
    var box = document.getElementById("edge-list");
    dg.clear(box);
    if (!net.edges.length) {
      document.getElementById("edge-list-panel").hidden = true;
      return;
    }
    document.getElementById("edge-list-panel").hidden = false;
    var rows = net.edges.slice().sort(function (x, y) { return y.weight - x.weight; }).slice(0, 30)
      .map(function (e) {
        return [
          dg.pairLink(e.source, e.target, names[e.source] + " \u2014 " + names[e.target]),
          { num: true, value: String(e.events) },
          { num: true, value: String(e.agreements) }
        ];
      });
    box.appendChild(dg.table(["Pair", "Events", "Agreements"], rows));
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    run();
  });

  loadTopics().then(function () {
    readURL();
    run();
  });
})();
