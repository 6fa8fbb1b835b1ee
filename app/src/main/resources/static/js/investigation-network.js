// The network view of a case (Cytoscape.js). Data comes from the JSON API named in the container's
// data-* attributes; every value is put into the page as text, never as HTML.
(function () {
  "use strict";
  var container = document.getElementById("network");
  if (!container || typeof window.cytoscape !== "function") {
    return;
  }
  var data = container.dataset;
  var palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#843c39"];
  var shapes = {
    PERSON: "ellipse", PHONE_NUMBER: "round-rectangle", HANDSET_IMEI: "diamond", ADDRESS: "hexagon",
    VEHICLE: "triangle", BANK_ACCOUNT: "barrel", ORGANISATION: "octagon", ONLINE_ACCOUNT: "tag", LOCATION: "star"
  };
  var filters = document.getElementById("network-filters");
  var statusLine = document.getElementById("network-status");
  var selected = null;

  var cy = window.cytoscape({
    container: container,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 9, "text-valign": "bottom", "text-margin-y": 3,
        "width": "data(size)", "height": "data(size)", "background-color": "data(colour)", "shape": "data(shape)",
        "border-width": 1, "border-color": "#333" } },
      { selector: "edge", style: {
        "width": "data(width)", "line-color": "#9aa3b5", "curve-style": "haystack", "opacity": 0.8 } },
      { selector: "edge[kind != 'CALLED']", style: { "line-style": "dashed", "line-color": "#6b4f9e" } },
      { selector: "node.path", style: { "border-width": 4, "border-color": "#d62728" } },
      { selector: "edge.path", style: { "line-color": "#d62728", "width": 4, "z-index": 10 } },
      { selector: ".common", style: { "border-width": 6, "border-style": "double", "border-color": "#111" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#000" } },
      { selector: "edge:selected", style: { "line-color": "#000" } },
      { selector: ".hidden", style: { "display": "none" } }
    ]
  });

  function query(extra) {
    var params = new URLSearchParams();
    var from = document.getElementById("from");
    var to = document.getElementById("to");
    if (from && from.value) { params.set("from", from.value); }
    if (to && to.value) { params.set("to", to.value); }
    try { params.set("tz", Intl.DateTimeFormat().resolvedOptions().timeZone); } catch (e) { /* default zone */ }
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    return params.toString();
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error(String(r.status)); }
      return r.json();
    });
  }

  var maxRank = 0;

  function nodeData(n) {
    maxRank = Math.max(maxRank, n.pageRank);
    var size = 14 + (maxRank > 0 ? 46 * Math.sqrt(n.pageRank / maxRank) : 0);
    return { group: "nodes", data: {
      id: n.id, label: n.label, kind: n.kind, community: n.community, pageRank: n.pageRank,
      betweenness: n.betweenness, degree: n.degree, size: size, shape: shapes[n.kind] || "ellipse",
      colour: n.community >= 0 ? palette[n.community % palette.length] : "#b0b0b0" } };
  }

  function edgeData(e) {
    return { group: "edges", data: {
      id: e.id, source: e.source, target: e.target, kind: e.kind, calls: e.calls,
      width: e.kind === "CALLED" ? Math.min(8, 1 + Math.log(1 + e.calls)) : 1.5 } };
  }

  function add(graph) {
    graph.nodes.forEach(function (n) { maxRank = Math.max(maxRank, n.pageRank); });
    var fresh = [];
    graph.nodes.forEach(function (n) { if (cy.getElementById(n.id).empty()) { fresh.push(nodeData(n)); } });
    graph.edges.forEach(function (e) { if (cy.getElementById(e.id).empty()) { fresh.push(edgeData(e)); } });
    cy.add(fresh);
    applyKinds();
    fillTable();
    cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: 6000, idealEdgeLength: 60 }).run();
  }

  // the same entities as a table, for keyboards and screen readers
  function fillTable() {
    var body = document.querySelector("#network-table tbody");
    if (!body) { return; }
    body.replaceChildren();
    cy.nodes().sort(function (a, b) { return b.data("pageRank") - a.data("pageRank"); }).forEach(function (n) {
      var row = document.createElement("tr");
      [n.data("label"), n.data("kind"), n.data("community") >= 0 ? String(n.data("community") + 1) : "—",
        n.data("pageRank").toFixed(4), n.data("betweenness").toFixed(1), String(n.data("degree"))]
        .forEach(function (value) {
          var cell = document.createElement("td");
          cell.textContent = value;
          row.appendChild(cell);
        });
      body.appendChild(row);
    });
  }

  // exports follow the chosen time window
  var exportLinks = Array.prototype.slice.call(document.querySelectorAll("a[download][href*='export']"));
  exportLinks.forEach(function (a) { a.dataset.base = a.getAttribute("href"); });

  function load() {
    statusLine.textContent = "…";
    exportLinks.forEach(function (a) { a.setAttribute("href", a.dataset.base + "&" + query()); });
    getJson(data.graphUrl + "?" + query()).then(function (graph) {
      cy.elements().remove();
      maxRank = 0;
      add(graph);
      container.dataset.loaded = "true";
      statusLine.textContent = graph.nodes.length === 0 ? data.labelEmpty
        : data.labelShown.replace("{0}", graph.nodes.length).replace("{1}", graph.totalNodes)
          .replace("{2}", graph.communities) + (graph.truncated ? " " + data.labelTruncated : "");
    }).catch(function () { statusLine.textContent = data.labelError; });
  }

  function checkedKinds() {
    var kinds = {};
    filters.querySelectorAll("input[name=kinds]").forEach(function (box) { kinds[box.value] = box.checked; });
    return kinds;
  }

  function applyKinds() {
    var kinds = checkedKinds();
    cy.nodes().forEach(function (n) { n.toggleClass("hidden", kinds[n.data("kind")] === false); });
  }

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function showNode(node) {
    selected = node;
    document.getElementById("details").hidden = false;
    text("details-label", node.data("label"));
    text("details-kind", node.data("kind"));
    text("details-community", node.data("community") >= 0 ? String(node.data("community") + 1) : "—");
    text("details-pagerank", node.data("pageRank").toFixed(4));
    text("details-betweenness", node.data("betweenness").toFixed(1));
  }

  function expand(node) {
    getJson(data.neighbourhoodUrl + "?" + query({ entity: node.id(), hops: 1 })).then(add)
      .catch(function () { statusLine.textContent = data.labelError; });
  }

  function showCalls(edge) {
    var body = document.getElementById("edge-calls-body");
    body.replaceChildren();
    document.getElementById("edge-calls").hidden = false;
    if (edge.data("kind") !== "CALLED") {
      return;
    }
    getJson(data.callsUrl + "?" + query({ a: edge.data("source"), b: edge.data("target") })).then(function (calls) {
      calls.forEach(function (c) {
        var row = document.createElement("tr");
        [new Date(c.start).toLocaleString(), c.callerLabel, c.calleeLabel, c.durationSeconds + " s", c.cell || "—"]
          .forEach(function (value) {
            var cell = document.createElement("td");
            cell.textContent = value;
            row.appendChild(cell);
          });
        body.appendChild(row);
      });
    }).catch(function () { statusLine.textContent = data.labelError; });
  }

  cy.on("tap", "node", function (event) { showNode(event.target); });
  cy.on("dbltap", "node", function (event) { expand(event.target); });
  cy.on("tap", "edge", function (event) { showCalls(event.target); });
  document.getElementById("expand").addEventListener("click", function () { if (selected) { expand(selected); } });

  filters.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  filters.querySelectorAll("input[name=kinds]").forEach(function (box) { box.addEventListener("change", applyKinds); });

  document.getElementById("use-selected").addEventListener("click", function () {
    var labels = cy.nodes(":selected").map(function (n) { return n.data("label"); });
    if (labels.length === 0 && selected) { labels = [selected.data("label")]; }
    document.getElementById("numbers").value = labels.join("\n");
  });

  // highlight the common contacts the server listed
  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id !== "common-result") { return; }
    cy.nodes().removeClass("common");
    event.detail.target.querySelectorAll("tr[data-entity]").forEach(function (row) {
      cy.getElementById(row.getAttribute("data-entity")).addClass("common");
    });
  });

  document.getElementById("path-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var list = document.getElementById("path-result");
    list.replaceChildren();
    cy.elements().removeClass("path");
    var from = document.getElementById("path-from").value.trim();
    var to = document.getElementById("path-to").value.trim();
    if (!from || !to) { return; }
    var params = new URLSearchParams({ from: from, to: to });
    getJson(data.pathUrl + "?" + params.toString()).then(function (path) {
      if (path.nodes.length === 0) {
        var none = document.createElement("li");
        none.textContent = data.labelNoPath;
        list.appendChild(none);
        return;
      }
      add({ nodes: path.nodes, edges: path.edges });
      path.nodes.forEach(function (n) {
        cy.getElementById(n.id).addClass("path");
        var item = document.createElement("li");
        item.textContent = n.label + " (" + n.kind + ")";
        list.appendChild(item);
      });
      path.edges.forEach(function (e) { cy.getElementById(e.id).addClass("path"); });
    }).catch(function () {
      var failed = document.createElement("li");
      failed.textContent = data.labelNoPath;
      list.appendChild(failed);
    });
  });

  load();
})();
