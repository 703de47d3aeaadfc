/* The citation network page (graph/viz.py): filters, detail panel, ego network, timeline axes.
 *
 * Data comes from the JSON element #unsc-data (written by graph/viz.py, "<", ">", "&" and "/"
 * escaped). Text from documents is only ever put into the page with textContent or drawn on
 * the canvas; nothing from the data is parsed as HTML. vis-network's own tooltips are not
 * used (nodes have no title). `window.unscReady(network)` is called by pyvis's drawGraph().
 */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("unsc-data").textContent);
  var U = D.ui;
  var N = D.nodes.label.length, E = D.edges.from.length;
  var network = null;
  var shownNodes = new Array(N).fill(true), shownEdges = new Array(E).fill(true);
  var ego = null;  // {centre: id, depth: n}
  var selected = null;
  var adjacency = null;  // node -> [edge ids], built on first use
  var citedIn = null, citesOut = null;  // node -> [context ids], built on first use

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function fmt(s, values) {
    return s.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }
  function decode(s) {  // labels reach pyvis HTML-escaped; a textarea decodes without markup
    var t = document.createElement("textarea"); t.innerHTML = s; return t.value;
  }
  function byId(id) { return document.getElementById(id); }

  // --- indexes ---------------------------------------------------------------------------------
  function buildAdjacency() {
    if (adjacency) { return; }
    adjacency = []; var i;
    for (i = 0; i < N; i++) { adjacency.push([]); }
    for (i = 0; i < E; i++) {
      adjacency[D.edges.from[i]].push(i); adjacency[D.edges.to[i]].push(i);
    }
  }
  function buildContexts() {
    if (citedIn) { return; }
    citedIn = []; citesOut = []; var i, c = D.contexts;
    for (i = 0; i < N; i++) { citedIn.push([]); citesOut.push([]); }
    for (i = 0; i < c.para.length; i++) {
      citedIn[c.cited[i]].push(i);
      citesOut[D.paragraphs.doc[c.para[i]]].push(i);
    }
  }

  // --- filters ---------------------------------------------------------------------------------
  function checkedSet(name) {
    var out = {}, boxes = document.querySelectorAll("input[name=" + name + "]"), i;
    for (i = 0; i < boxes.length; i++) { out[boxes[i].value] = boxes[i].checked; }
    return out;
  }
  function allChecked(set) {
    for (var k in set) { if (!set[k]) { return false; } }
    return true;
  }
  function readYears() {
    var from = parseInt(byId("unsc-from").value, 10), to = parseInt(byId("unsc-to").value, 10);
    if (isNaN(from)) { from = D.years[0]; }
    if (isNaN(to)) { to = D.years[1]; }
    return [from, to];
  }
  function apply() {
    var kinds = checkedSet("unsc-kind"), verbs = checkedSet("unsc-verb");
    var years = readYears(), i, j;
    var yearActive = years[0] > D.years[0] || years[1] < D.years[1];
    var verbActive = !allChecked(verbs);
    var pass = new Array(N), edgeOk = new Array(E), degree = new Array(N).fill(0);
    for (i = 0; i < N; i++) {
      var y = D.nodes.year[i];
      pass[i] = kinds[D.nodes.group[i]] !== false &&
        (y === null || (y >= years[0] && y <= years[1]));
    }
    for (i = 0; i < E; i++) {
      var vs = D.edges.verbs[i], ok = false;
      if (vs.length === 0) { ok = verbs[""] !== false; }
      for (j = 0; j < vs.length && !ok; j++) { ok = verbs[D.verbs[vs[j]].slug] !== false; }
      edgeOk[i] = ok && pass[D.edges.from[i]] && pass[D.edges.to[i]];
      if (edgeOk[i]) { degree[D.edges.from[i]]++; degree[D.edges.to[i]]++; }
    }
    var keep = new Array(N);
    for (i = 0; i < N; i++) {
      var lonely = degree[i] === 0 && (verbActive || (yearActive && D.nodes.year[i] === null));
      keep[i] = pass[i] && !lonely;
    }
    if (ego !== null) {
      buildAdjacency();
      var dist = {}, frontier = [ego.centre], d;
      dist[ego.centre] = 0; keep[ego.centre] = true;
      for (d = 1; d <= ego.depth; d++) {
        var next = [];
        frontier.forEach(function (n) {
          adjacency[n].forEach(function (e) {
            if (!edgeOk[e]) { return; }
            var m = D.edges.from[e] === n ? D.edges.to[e] : D.edges.from[e];
            if (!(m in dist) && keep[m]) { dist[m] = d; next.push(m); }
          });
        });
        frontier = next;
      }
      for (i = 0; i < N; i++) { keep[i] = keep[i] && (i in dist); }
    }
    var nodeChanges = [], edgeChanges = [], nShown = 0, eShown = 0;
    for (i = 0; i < N; i++) {
      if (keep[i] !== shownNodes[i]) { nodeChanges.push({id: i, hidden: !keep[i]}); }
      shownNodes[i] = keep[i]; if (keep[i]) { nShown++; }
    }
    for (i = 0; i < E; i++) {
      var show = edgeOk[i] && keep[D.edges.from[i]] && keep[D.edges.to[i]];
      if (show !== shownEdges[i]) { edgeChanges.push({id: i, hidden: !show}); }
      shownEdges[i] = show; if (show) { eShown++; }
    }
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length && D.physics) { edges.update(edgeChanges); }
    if (!D.physics) { network.redraw(); }
    byId("unsc-status").textContent = fmt(U.status, {n: nShown, e: eShown}) +
      (ego !== null ? " " + fmt(U.ego_status, {s: D.nodes.label[ego.centre], d: ego.depth}) : "");
    document.body.setAttribute("data-shown", String(nShown));
    if (ego !== null) { network.fit({nodes: visibleIds(), animation: false}); }
  }
  function visibleIds() {
    var out = [];
    for (var i = 0; i < N; i++) { if (shownNodes[i]) { out.push(i); } }
    return out;
  }
  function recentre(id, depth) {
    ego = {centre: id, depth: depth};
    apply();
    show(id);
  }
  function reset() {
    ego = null;
    var boxes = document.querySelectorAll("#unsc-filters input[type=checkbox]");
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = true; }
    byId("unsc-from").value = D.years[0]; byId("unsc-to").value = D.years[1];
    apply();
    network.fit({animation: false});
  }

  // --- detail panel ----------------------------------------------------------------------------
  function docLink(id) {
    var s = el("span", D.nodes.label[id], "unsc-doc");
    s.setAttribute("role", "button");
    s.addEventListener("click", function () { select(id, true); });
    return s;
  }
  function contextItem(i, other) {
    var c = D.contexts, p = c.para[i], li = el("li");
    li.appendChild(docLink(other));
    var num = D.paragraphs.num[p];
    if (num) { li.appendChild(document.createTextNode(" " + num)); }
    var verb = c.verb[i];
    if (verb !== null) {
      li.appendChild(document.createTextNode(" · "));
      li.appendChild(el("span", D.verbs[verb].label, "unsc-verb"));
    }
    var text = D.paragraphs.text[p];
    if (text) {
      var q = el("q", text);
      if (D.paragraphs.lang[p]) { q.setAttribute("lang", D.paragraphs.lang[p]); }
      li.appendChild(q);
    }
    return li;
  }
  function contextList(ids, other, heading) {
    var box = document.createDocumentFragment();
    box.appendChild(el("h3", fmt(heading, {n: ids.length})));
    if (!ids.length) { box.appendChild(el("p", U.none)); return box; }
    var ul = el("ul"), limit = 150;
    ids.slice(0, limit).forEach(function (i) { ul.appendChild(contextItem(i, other(i))); });
    box.appendChild(ul);
    if (ids.length > limit) { box.appendChild(el("p", fmt(U.more, {n: ids.length - limit}))); }
    return box;
  }
  function row(dl, term, value, lang) {
    if (value === null || value === undefined || value === "") { return; }
    dl.appendChild(el("dt", term));
    var dd = el("dd", value);
    if (lang) { dd.setAttribute("lang", lang); }
    dl.appendChild(dd);
  }
  function show(id) {
    buildContexts(); buildAdjacency();
    var n = D.nodes, panel = byId("unsc-panel");
    var out = document.createDocumentFragment();
    out.appendChild(el("h2", n.label[id]));
    out.appendChild(el("p", D.groups[n.group[id]].name, "unsc-kind"));
    var dl = el("dl");
    row(dl, U.name, n.name[id]);
    row(dl, U.date, n.date[id] || n.year[id]);
    row(dl, U.agenda, n.topic[id], "en");
    row(dl, U.title_, n.title[id]);
    row(dl, U.vote, n.vote[id]);
    var inDeg = 0, outDeg = 0;
    adjacency[id].forEach(function (e) {
      if (D.edges.to[e] === id) { inDeg++; } else { outDeg++; }
    });
    row(dl, U.degree, fmt(U.degrees, {i: inDeg, o: outDeg}));
    if (n.undated[id]) { row(dl, U.date, U.undated); }
    out.appendChild(dl);
    var url = n.url[id];
    if (url && url.indexOf("https://undocs.org/") === 0) {
      var a = el("a", url.replace("https://", ""));
      a.href = url; a.rel = "noopener noreferrer"; a.target = "_blank";
      var p = el("p", U.link + " "); p.appendChild(a); out.appendChild(p);
    }
    var form = el("p");
    var depth = el("select"); depth.id = "unsc-depth";
    [1, 2, 3].forEach(function (k) {
      var o = el("option", fmt(U.steps, {n: k})); o.value = String(k); depth.appendChild(o);
    });
    var go = el("button", U.centre); go.type = "button"; go.id = "unsc-ego";
    go.addEventListener("click", function () { recentre(id, parseInt(depth.value, 10)); });
    form.appendChild(go); form.appendChild(document.createTextNode(" ")); form.appendChild(depth);
    out.appendChild(form);
    var c = D.contexts;
    out.appendChild(contextList(citedIn[id], function (i) { return D.paragraphs.doc[c.para[i]]; },
                                U.cited_in));
    out.appendChild(contextList(citesOut[id], function (i) { return c.cited[i]; }, U.cites));
    panel.replaceChildren(out);
    panel.scrollTop = 0;
    panel.setAttribute("data-node", String(id));
  }
  function select(id, move) {  // move: bring the node into view (search, panel links)
    selected = id;
    if (!D.physics) { network.redraw(); }
    if (!shownNodes[id]) {
      byId("unsc-search-status").textContent = U.hidden_by_filters;
    } else {
      network.selectNodes([id]);
      if (move) {
        network.focus(id, {scale: Math.max(network.getScale(), 0.8), animation: false});
      }
    }
    show(id);
  }

  // --- tooltip on hover ------------------------------------------------------------------------
  function tip(id, pointer) {
    var box = byId("unsc-tip"), n = D.nodes;
    var parts = [el("b", n.label[id]), el("span", D.groups[n.group[id]].name)];
    var when = n.date[id] || n.year[id];
    if (when) { parts.push(el("div", when)); }
    if (n.name[id]) { parts.push(el("div", n.name[id])); }
    if (n.topic[id]) { parts.push(el("div", n.topic[id])); }
    box.replaceChildren.apply(box, parts);
    box.style.left = (pointer.x + 14) + "px"; box.style.top = (pointer.y + 10) + "px";
    box.style.display = "block";
  }

  // --- find ------------------------------------------------------------------------------------
  function find() {
    var q = byId("unsc-search").value.toUpperCase().replace(/\s+/g, ""), i, hit = null;
    var status = byId("unsc-search-status");
    if (!q) { return; }
    for (i = 0; i < N && hit === null; i++) { if (D.nodes.key[i] === q) { hit = i; } }
    for (i = 0; i < N && hit === null; i++) {
      if (D.nodes.key[i] && D.nodes.key[i].indexOf(q) >= 0) { hit = i; }
    }
    if (hit === null) { status.textContent = U.not_found; return; }
    status.textContent = "";
    select(hit, true);
  }

  // --- edges of a laid-out view: drawn here, one path per colour ---------------------------------
  // vis-network spends about 0.1 ms per edge building it and as much drawing its arrowhead:
  // 2.5 s for the 25,000 edges of 5,000 nodes. A view with positions computed in Python has no
  // physics to feed, so its edges are plain lines drawn under the nodes.
  var byColour = null, colourOrder = null;
  function edgeColours() {  // most frequent colour first: the rarer verbs are drawn on top
    if (byColour) { return byColour; }
    byColour = {};
    for (var i = 0; i < E; i++) {
      var c = D.edges.colour[i];
      (byColour[c] || (byColour[c] = [])).push(i);
    }
    colourOrder = Object.keys(byColour).sort(function (a, b) {
      return byColour[b].length - byColour[a].length || (a < b ? -1 : 1);
    });
    return byColour;
  }
  function strokeEdges(ctx, ids, arrows, s) {
    var body = network.body.nodes, e = D.edges, i, k, a, b;
    ctx.beginPath();
    for (k = 0; k < ids.length; k++) {
      i = ids[k];
      if (!shownEdges[i]) { continue; }
      a = body[e.from[i]]; b = body[e.to[i]];
      ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
    if (!arrows) { return; }
    var len = 9 / s, half = 3.5 / s;
    ctx.beginPath();
    for (k = 0; k < ids.length; k++) {
      i = ids[k];
      if (!shownEdges[i]) { continue; }
      a = body[e.from[i]]; b = body[e.to[i]];
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy);
      if (d < 1e-6) { continue; }
      dx /= d; dy /= d;
      var r = (b.options.size || 10) + 1 / s, tx = b.x - dx * r, ty = b.y - dy * r;
      ctx.moveTo(tx, ty);
      ctx.lineTo(tx - dx * len - dy * half, ty - dy * len + dx * half);
      ctx.lineTo(tx - dx * len + dy * half, ty - dy * len - dx * half);
      ctx.closePath();
    }
    ctx.fill();
  }
  function drawEdges(ctx) {
    var s = network.getScale(), groups = edgeColours(), arrows = s > 0.45;
    ctx.save();
    ctx.globalAlpha = E > 3000 ? 0.3 : 0.6;
    ctx.lineWidth = 1 / s;
    colourOrder.forEach(function (c) {
      ctx.strokeStyle = c; ctx.fillStyle = c;
      strokeEdges(ctx, groups[c], arrows, s);
    });
    ctx.restore();
  }
  function drawSelection(ctx) {
    if (selected === null || !shownNodes[selected]) { return; }
    buildAdjacency();
    var s = network.getScale(), mine = {};
    adjacency[selected].forEach(function (i) {
      (mine[D.edges.colour[i]] || (mine[D.edges.colour[i]] = [])).push(i);
    });
    ctx.save();
    ctx.lineWidth = 2.5 / s;
    Object.keys(mine).sort().forEach(function (c) {
      ctx.strokeStyle = c; ctx.fillStyle = c;
      strokeEdges(ctx, mine[c], true, s);
    });
    ctx.restore();
  }

  // --- timeline axes ---------------------------------------------------------------------------
  function drawTimeline(ctx) {
    var T = D.timeline, s = network.getScale();
    var box = network.body.container.getBoundingClientRect();
    var tl = network.DOMtoCanvas({x: 0, y: 0});
    var br = network.DOMtoCanvas({x: box.width, y: box.height});
    var x0 = (T.first - T.origin) * T.width - 20, x1 = (T.last + 1 - T.origin) * T.width + 20;
    var top = T.bands.length ? T.bands[0].top : 0;
    var bottom = T.bands.length ? T.bands[T.bands.length - 1].bottom : 0;
    ctx.save();
    T.bands.forEach(function (b, i) {
      ctx.fillStyle = i % 2 ? "rgba(0,0,0,0.035)" : "rgba(0,0,0,0)";
      ctx.fillRect(x0, b.top, x1 - x0, b.bottom - b.top);
    });
    var pxYear = T.width * s, step = pxYear > 60 ? 1 : pxYear > 12 ? 5 : 10, y;
    ctx.strokeStyle = "rgba(0,0,0,0.12)"; ctx.lineWidth = 1 / s;
    ctx.fillStyle = "#555"; ctx.font = (12 / s) + "px sans-serif"; ctx.textBaseline = "top";
    for (y = Math.ceil(T.first / step) * step; y <= T.last + 1; y += step) {
      var x = (y - T.origin) * T.width;
      ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, bottom); ctx.stroke();
      if (x >= tl.x && x <= br.x) { ctx.fillText(String(y), x + 3 / s, Math.max(tl.y, top) + 2 / s); }
    }
    ctx.font = (11 / s) + "px sans-serif"; ctx.fillStyle = "#333";
    T.bands.forEach(function (b) {
      if ((b.bottom - b.top) * s < 12 || b.bottom < tl.y || b.top > br.y) { return; }
      ctx.fillText(b.label, Math.max(tl.x, x0) + 4 / s, b.top + 2 / s);
    });
    ctx.restore();
  }

  // --- start -----------------------------------------------------------------------------------
  window.unscReady = function (net) {
    network = net;
    var fix = [];
    nodes.get({fields: ["id", "label"]}).forEach(function (n) {
      if (n.label.indexOf("&") >= 0) { fix.push({id: n.id, label: decode(n.label)}); }
    });
    if (fix.length) { nodes.update(fix); }
    network.body.container.appendChild(byId("unsc-tip"));  // positioned over the canvas
    network.on("beforeDrawing", function (ctx) {
      if (D.timeline) { drawTimeline(ctx); }
      if (!D.physics) { drawEdges(ctx); }
    });
    if (!D.physics) { network.on("afterDrawing", drawSelection); }
    network.on("selectNode", function (p) { select(p.nodes[0]); });
    network.on("hoverNode", function (p) { tip(p.node, p.pointer.DOM); });
    network.on("blurNode", function () { byId("unsc-tip").style.display = "none"; });
    network.on("dragStart", function () { byId("unsc-tip").style.display = "none"; });
    byId("unsc-filters").addEventListener("change", apply);
    byId("unsc-filters").addEventListener("submit", function (ev) { ev.preventDefault(); });
    byId("unsc-reset").addEventListener("click", reset);
    byId("unsc-search-form").addEventListener("submit", function (ev) {
      ev.preventDefault(); find();
    });
    window.unsc = {apply: apply, recentre: recentre, reset: reset, select: select, show: show,
                   data: D, shown: function () { return visibleIds(); }};
    function settled() {
      if (D.physics) { network.setOptions({physics: {enabled: false}}); }
      document.body.setAttribute("data-layout", "done");
      network.once("afterDrawing", function () {
        document.body.setAttribute("data-ready", "1");
      });
      network.redraw();
    }
    if (D.physics) { network.once("stabilizationIterationsDone", settled); } else { settled(); }
    if (D.focus !== null) { select(D.focus, false); }
  };
})();
