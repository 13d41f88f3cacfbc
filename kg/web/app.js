// kg's interactive graph: reads its data from the JSON block, never from markup.
// Article text is only ever put on the page with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  byId("kg-title").textContent = data.title;
  byId("kg-note").textContent = data.note || "";

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  window.nodes = nodes;
  window.edges = edges;
  var network = new vis.Network(byId("kg-graph"), { nodes: nodes, edges: edges }, data.options);
  window.network = network;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // legend: entity types, relations (colours from the relation declarations) and fact statuses
  var legend = byId("kg-legend");
  data.legend.types.forEach(function (t) {
    var row = el("div", null, "kg-legend-row");
    var swatch = el("span", null, "kg-swatch kg-shape-" + t.shape);
    swatch.style.background = t.color;
    row.appendChild(swatch);
    row.appendChild(el("span", t.name));
    legend.appendChild(row);
  });
  (data.legend.relations || []).forEach(function (r) {
    var row = el("div", null, "kg-legend-row kg-legend-relation");
    row.setAttribute("data-relation", r.name);
    var line = el("span", null, "kg-line");
    line.style.borderTopStyle = "solid";
    line.style.borderTopColor = r.color;
    row.appendChild(line);
    // a symmetric relation is drawn without an arrow
    row.appendChild(el("span", r.name + (r.symmetric ? " \u2194" : " \u2192") + (r.count ? " (" + r.count + ")" : "")));
    legend.appendChild(row);
  });
  data.legend.statuses.forEach(function (s) {
    var row = el("div", null, "kg-legend-row");
    var line = el("span", null, "kg-line");
    line.style.borderTopStyle = s.style;
    line.style.borderTopColor = s.color;
    row.appendChild(line);
    row.appendChild(el("span", s.name));
    legend.appendChild(row);
  });

  function nodeLines(n) {
    var lines = [n.label + " (" + n.kgType + ")"];
    if (n.aliases && n.aliases.length) lines.push("also: " + n.aliases.join("; "));
    lines.push(n.mentions + " mention(s)");
    return lines;
  }
  function edgeLines(e) {
    var a = nodes.get(e.from), b = nodes.get(e.to);
    var lines = [a.label + " " + e.kgRelation + " " + b.label + " [" + e.kgStatus + "]"];
    if (e.kgTime) lines.push("when: " + e.kgTime);
    if (e.kgPlace) lines.push("where: " + e.kgPlace);
    if (e.kgAttribution) lines.push("according to: " + e.kgAttribution);
    if (e.kgContent) lines.push("demanded: " + e.kgContent);
    lines.push("confidence: " + e.kgConfidence);
    e.evidence.forEach(function (ev) { lines.push("\u201c" + ev.sentence + "\u201d \u2014 " + ev.article); });
    return lines;
  }

  var tip = byId("kg-tooltip");
  function showTip(lines, pointer) {
    tip.replaceChildren();
    lines.forEach(function (l) { tip.appendChild(el("div", l)); });
    tip.style.left = (pointer.DOM.x + 16) + "px";
    tip.style.top = (pointer.DOM.y + 16) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) { showTip(nodeLines(nodes.get(p.node)), p.pointer); });
  network.on("hoverEdge", function (p) { showTip(edgeLines(edges.get(p.edge)), p.pointer); });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });

  var panel = byId("kg-panel-body");
  function showPanel(title, lines) {
    byId("kg-panel-title").textContent = title;
    panel.replaceChildren();
    lines.forEach(function (l) { panel.appendChild(el("p", l)); });
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      var n = nodes.get(p.nodes[0]);
      var lines = nodeLines(n);
      network.getConnectedEdges(n.id).forEach(function (id) { lines = lines.concat(edgeLines(edges.get(id))); });
      showPanel(n.label, lines);
    } else if (p.edges.length) {
      var e = edges.get(p.edges[0]);
      showPanel("Evidence", edgeLines(e));
    }
  });

  function ready() {
    window.kgReady = true;
    document.body.setAttribute("data-ready", "1");
  }
  if (data.options.physics && data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); ready(); });
    setTimeout(ready, 20000);
  } else {
    network.once("afterDrawing", ready);
  }
})();
