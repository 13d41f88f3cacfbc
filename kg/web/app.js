// kg's interactive graph: reads its data from the JSON block, never from markup.
// Article text is only ever put on the page with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  var SVG = "http://www.w3.org/2000/svg";
  byId("kg-title").textContent = data.title;

  // entities without any fact are in the data but drawn only when asked for
  var lone = data.nodes.filter(function (n) { return !n.kgFacts; });
  var connected = data.nodes.filter(function (n) { return n.kgFacts; });
  var showLone = data.showIsolated || connected.length === 0;
  var nodes = new vis.DataSet(showLone ? data.nodes : connected);
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
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function setNote() {
    var parts = [];
    if (data.note) parts.push(data.note);
    if (lone.length && !showLone) {
      parts.push(lone.length.toLocaleString("en") + " of " + data.nodes.length.toLocaleString("en") +
                 " entities have no fact and are not drawn.");
    }
    byId("kg-note").textContent = parts.join(" ");
  }
  var control = byId("kg-isolated");
  if (lone.length && connected.length) {
    byId("kg-isolated-control").hidden = false;
    byId("kg-isolated-text").textContent = "show the " + lone.length.toLocaleString("en") + " entities without facts";
    control.checked = showLone;
    control.addEventListener("change", function () {
      showLone = control.checked;
      if (showLone) nodes.update(lone); else nodes.remove(lone.map(function (n) { return n.id; }));
      setNote();
      network.fit();
    });
  }
  setNote();

  // legend: each entity type as vis draws it (same shape and colour as the nodes), each
  // relation's colour, each status's dash pattern
  var shapes = {  // in a 14x14 box, the outlines vis-network draws for these shapes
    dot: function (c) { return svg("circle", { cx: 7, cy: 7, r: 6, fill: c }); },
    square: function (c) { return svg("rect", { x: 1.5, y: 1.5, width: 11, height: 11, fill: c }); },
    triangle: function (c) { return svg("polygon", { points: "7,1 13,12.5 1,12.5", fill: c }); },
    triangleDown: function (c) { return svg("polygon", { points: "1,1.5 13,1.5 7,13", fill: c }); },
    diamond: function (c) { return svg("polygon", { points: "7,0.5 13.5,7 7,13.5 0.5,7", fill: c }); },
    star: function (c) {
      var pts = [];
      for (var i = 0; i < 10; i++) {
        var r = i % 2 ? 2.8 : 6.8, a = Math.PI * (i / 5 - 0.5);
        pts.push((7 + r * Math.cos(a)).toFixed(2) + "," + (7.5 + r * Math.sin(a)).toFixed(2));
      }
      return svg("polygon", { points: pts.join(" "), fill: c });
    }
  };
  var legend = byId("kg-legend");
  function section(name) {
    var box = el("div", null, "kg-legend-section");
    box.appendChild(el("div", name, "kg-legend-head"));
    byId("kg-legend").appendChild(box);
    return box;
  }
  function swatch(child, width) {
    var s = svg("svg", { width: width || 14, height: 14, viewBox: "0 0 " + (width || 14) + " 14", "aria-hidden": "true" });
    s.appendChild(child);
    return s;
  }
  legend = section("entities");
  data.legend.types.forEach(function (t) {
    var row = el("div", null, "kg-legend-row kg-legend-type");
    row.setAttribute("data-type", t.name);
    row.setAttribute("data-shape", t.shape);
    row.setAttribute("data-color", t.color);
    row.appendChild(swatch((shapes[t.shape] || shapes.dot)(t.color)));
    row.appendChild(el("span", t.name));
    legend.appendChild(row);
  });
  function line(color, dashes) {
    return swatch(svg("line", { x1: 0, y1: 7, x2: 28, y2: 7, stroke: color, "stroke-width": 2.5,
                                "stroke-dasharray": dashes && dashes.length ? dashes.map(function (d) { return d * 0.7; }).join(" ") : "none" }), 28);
  }
  legend = section("relations");
  (data.legend.relations || []).forEach(function (r) {
    var row = el("div", null, "kg-legend-row kg-legend-relation");
    row.setAttribute("data-relation", r.name);
    row.setAttribute("data-color", r.color);
    row.appendChild(line(r.color, []));
    // a symmetric relation is drawn without an arrow
    row.appendChild(el("span", r.name + (r.symmetric ? " \u2194" : " \u2192") + (r.count ? " (" + r.count + ")" : "")));
    legend.appendChild(row);
  });
  if (data.legend.sources && data.legend.sources.length) {
    legend = section("sources (line width)");
    data.legend.sources.forEach(function (w, i) {
      var row = el("div", null, "kg-legend-row kg-legend-sources");
      row.setAttribute("data-width", String(w.width));
      var l = line("#555555", []);
      l.querySelector("line").setAttribute("stroke-width", String(w.width));
      row.appendChild(l);
      row.appendChild(el("span", w.sources + (i === data.legend.sources.length - 1 ? " or more" : "")));
      legend.appendChild(row);
    });
  }
  legend = section("status");
  data.legend.statuses.forEach(function (s) {
    var row = el("div", null, "kg-legend-row kg-legend-status");
    row.setAttribute("data-status", s.name);
    row.setAttribute("data-color", s.color);
    row.setAttribute("data-dashes", JSON.stringify(s.dashes));
    row.appendChild(line(s.color, s.dashes));
    row.appendChild(el("span", s.name + (s.name === "negated" ? " (grey, any relation)" : "")));
    legend.appendChild(row);
  });

  function nodeLines(n) {
    var lines = [n.label + " (" + n.kgType + ")"];
    if (n.aliases && n.aliases.length) lines.push("also: " + n.aliases.join("; "));
    lines.push(n.mentions + " mention(s), " + (n.kgFacts || 0) + " fact(s)");
    return lines;
  }
  function edgeLines(e) {
    var a = nodes.get(e.from), b = nodes.get(e.to);
    var lines = [a.label + " " + (e.kgStatus === "negated" ? "not " : "") + e.kgRelation + " " + b.label + " [" + e.kgStatus + "]"];
    if (e.kgTime) lines.push("when: " + e.kgTime);
    if (e.kgPlace) lines.push("where: " + e.kgPlace);
    if (e.kgAttribution) lines.push("according to: " + e.kgAttribution);
    if (e.kgContent) lines.push("demanded: " + e.kgContent);
    lines.push("confidence: " + e.kgConfidence);
    if (e.kgSources) {
      // a fact across articles: its claims in time order, each with its date, status and source
      lines.push(e.kgSources + " source(s), " + e.kgArticles + " article(s)");
      (e.timeline || []).forEach(function (c) {
        lines.push((c.date || "undated") + " \u00b7 " + c.status + " \u00b7 " + (c.source || "unknown source") +
                   " \u2014 \u201c" + c.sentence + "\u201d \u2014 " + c.article);
      });
      return lines;
    }
    e.evidence.forEach(function (ev) { lines.push("\u201c" + ev.sentence + "\u201d \u2014 " + ev.article); });
    return lines;
  }

  var tip = byId("kg-tooltip");
  function showTip(lines, pointer) {
    tip.replaceChildren();
    lines.forEach(function (l) { tip.appendChild(el("div", l)); });
    tip.style.left = (pointer.DOM.x + 16) + "px";
    tip.style.top = (pointer.DOM.y + 56) + "px";
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
  function showNode(id) {
    var n = nodes.get(id);
    var lines = nodeLines(n);
    network.getConnectedEdges(n.id).forEach(function (eid) { lines = lines.concat(edgeLines(edges.get(eid))); });
    showPanel(n.label, lines);
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      showNode(p.nodes[0]);
    } else if (p.edges.length) {
      showPanel("Evidence", edgeLines(edges.get(p.edges[0])));
    }
  });

  // search: any of an entity's names (label or alias), any case; exact names first
  var names = byId("kg-names"), seen = {};
  data.nodes.forEach(function (n) {
    [n.label].concat(n.aliases || []).forEach(function (name) {
      if (seen[name]) return;
      seen[name] = true;
      var o = document.createElement("option");
      o.value = name;
      names.appendChild(o);
    });
  });
  function fold(s) { return String(s).toLocaleLowerCase().replace(/\s+/g, " ").trim(); }
  function findEntity(text) {
    var key = fold(text);
    if (!key) return null;
    var all = function (n) { return [n.label].concat(n.aliases || []).map(fold); };
    var hit = data.nodes.filter(function (n) { return all(n).indexOf(key) >= 0; });
    if (!hit.length) hit = data.nodes.filter(function (n) { return all(n).some(function (a) { return a.indexOf(key) >= 0; }); });
    hit.sort(function (a, b) { return (b.kgFacts || 0) - (a.kgFacts || 0) || b.mentions - a.mentions; });
    return hit.length ? hit[0] : null;
  }
  window.kgFind = findEntity;
  var search = byId("kg-search");
  function go() {
    var n = findEntity(search.value);
    search.classList.toggle("kg-miss", !n && search.value.trim() !== "");
    if (!n) return;
    if (!nodes.get(n.id)) nodes.add(n);  // an entity without facts is drawn once looked for
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.2, animation: false });
    showNode(n.id);
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });

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
