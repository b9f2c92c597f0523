// medkg graph page: draws the JSON in #medkg-data with vis-network.
// Every string from a list is shown with textContent or drawn on the canvas: never parsed as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("medkg-data").textContent);
  var SYMBOL = { dot: "\u25CF", square: "\u25A0", diamond: "\u25C6", triangle: "\u25B2",
                 triangleDown: "\u25BC", star: "\u2605", hexagon: "\u2B22" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function safeUrl(u) {  // only plain http(s) links may be opened
    if (typeof u !== "string") return null;
    try {
      var p = new URL(u);
      return (p.protocol === "http:" || p.protocol === "https:") ? p.href : null;
    } catch (e) { return null; }
  }

  var nodes = new Array(data.nodes.length);
  for (var i = 0; i < data.nodes.length; i++) {
    var n = data.nodes[i], ty = data.types[n.k];
    nodes[i] = { id: i, x: n.x, y: n.y, size: n.s, shape: ty.shape, label: n.l,
                 color: { background: ty.color, border: "#333333",
                          highlight: { background: ty.color, border: "#000000" },
                          hover: { background: ty.color, border: "#000000" } } };
  }
  var edges = new Array(data.edges.length);
  for (var j = 0; j < data.edges.length; j++) {
    var e = data.edges[j];
    edges[j] = { id: j, from: e[0], to: e[1], color: { color: data.relations[e[2]].color, highlight: "#000000" } };
  }
  var nodeSet = new vis.DataSet(nodes), edgeSet = new vis.DataSet(edges);
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 1 },
    physics: { enabled: false, solver: "forceAtlas2Based", minVelocity: 1,
               forceAtlas2Based: { gravitationalConstant: -40, springLength: 60 },
               stabilization: { enabled: true, iterations: 200, updateInterval: 25, fit: false } },
    interaction: { hover: true, tooltipDelay: 80, hideEdgesOnDrag: data.big, hideEdgesOnZoom: data.big },
    nodes: { borderWidth: 1, font: { size: 13, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { width: 0.6, smooth: false, selectionWidth: 1.5, hoverWidth: 0 }
  };
  var container = document.getElementById("graph");
  window.medkgReady = false;
  window.medkgStabilized = false;
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, options);
  window.medkgNetwork = network;
  network.once("afterDrawing", function () {
    window.medkgFirstDrawMs = performance.now();
    window.medkgReady = true;
  });
  network.on("stabilized", function () { window.medkgStabilized = true; });

  // --- side panel
  var total = data.nodes.length;
  document.getElementById("summary").textContent =
    total + " nodes, " + data.edges.length + " links" + (data.filters.length ? " \u2014 " + data.filters.join("; ") : "");
  if (data.cut) {
    var cut = document.getElementById("cut");
    cut.textContent = data.cut;
    cut.hidden = false;
  }
  var hidden = {};
  var legend = document.getElementById("legend");
  data.types.forEach(function (ty, k) {
    var li = el("li");
    var sym = el("span", "sym", SYMBOL[ty.shape] || "\u25CF");
    sym.style.color = ty.color;
    li.appendChild(sym);
    li.appendChild(el("span", "", ty.label));
    li.appendChild(el("span", "n", String(ty.count)));
    li.title = "show or hide " + ty.label + " nodes";
    li.addEventListener("click", function () {
      hidden[k] = !hidden[k];
      li.classList.toggle("off", hidden[k]);
      var upd = [];
      for (var i = 0; i < data.nodes.length; i++) {
        if (data.nodes[i].k === k) upd.push({ id: i, hidden: hidden[k] });
      }
      nodeSet.update(upd);
    });
    legend.appendChild(li);
  });

  function fill(box, id) {
    var n = data.nodes[id];
    box.textContent = "";
    box.appendChild(el("div", "ttl", n.t));
    n.i.forEach(function (kv) {
      var row = el("div", "row");
      row.appendChild(el("span", "key", kv[0] + ": "));
      row.appendChild(el("span", "", kv[1]));
      box.appendChild(row);
    });
    return n;
  }

  // --- tooltip (our own: vis-network's would be one more place where text meets HTML)
  var tip = document.getElementById("tip");
  network.on("hoverNode", function (p) {
    var n = fill(tip, p.node);
    var url = n.u ? safeUrl(n.u) : null;
    if (url) {
      var row = el("div", "row");
      row.appendChild(el("span", "key", "opens: "));
      row.appendChild(el("span", "", url));
      tip.appendChild(row);
    }
    var r = container.getBoundingClientRect();
    var x = p.pointer.DOM.x + 14, y = p.pointer.DOM.y + 14;
    tip.style.display = "block";
    tip.style.left = Math.max(0, Math.min(x, r.width - tip.offsetWidth - 4)) + "px";
    tip.style.top = Math.max(0, Math.min(y, r.height - tip.offsetHeight - 4)) + "px";
  });
  network.on("blurNode", function () { tip.style.display = "none"; });
  network.on("dragStart", function () { tip.style.display = "none"; });

  // --- click: details in the side panel; open the resource when it has an http(s) link
  var details = document.getElementById("details");
  network.on("click", function (p) {
    if (!p.nodes.length) return;
    var n = fill(details, p.nodes[0]);
    var url = n.u ? safeUrl(n.u) : null;
    if (url) {
      var a = el("a", "", "open " + url);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      details.appendChild(a);
      window.open(url, "_blank", "noopener,noreferrer");
    }
  });

  // --- physics toggle
  var physics = document.getElementById("physics");
  function setPhysics(on) {
    window.medkgStabilized = false;
    network.setOptions({ physics: { enabled: on } });
    if (on) network.stabilize(200);
  }
  physics.addEventListener("change", function () { setPhysics(physics.checked); });
  if (data.physics) { physics.checked = true; setPhysics(true); }

  // --- search by title
  var search = document.getElementById("search");
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var q = search.value.trim().toLowerCase();
    if (!q) return;
    for (var i = 0; i < data.nodes.length; i++) {
      if (String(data.nodes[i].t).toLowerCase().indexOf(q) !== -1 && !hidden[data.nodes[i].k]) {
        network.selectNodes([i]);
        network.focus(i, { scale: 1.2, animation: false });
        fill(details, i);
        return;
      }
    }
  });
})();
