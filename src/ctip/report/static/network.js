/* ctip network view: a force-directed drawing of posts and identifiers on a canvas.
   No external library, works offline. Data: a <script type="application/json"> element with
   node-link JSON ({nodes, links}); the container holds a <canvas> and a details panel.
   Only some networks are drawn at a time (the first ones up to a few hundred posts; pick others
   with drawNetworks), so the view stays readable however large the workspace.
   Posts are coloured by risk level when known (else by network); hover a node for its label,
   scroll to zoom, drag the background to pan, drag a node to move it, click to see details. */
(function () {
  "use strict";
  var LEVEL = {high: "#c0392b", medium: "#e67e22", low: "#95a5a6"};
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
  var MAX_DRAWN = 300;

  function init(root) {
    var data = JSON.parse(root.querySelector("script.ctip-net-data").textContent);
    var canvas = root.querySelector("canvas"), panel = root.querySelector(".ctip-net-panel");
    var ctx = canvas.getContext("2d"), W = canvas.width, H = canvas.height;
    var byId = {}, all = data.nodes, netPosts = {}, netOrder = [];
    all.forEach(function (n) {
      n.adj = []; byId[n.id] = n;
      if (n.kind === "post") {
        if (!(n.network in netPosts)) { netPosts[n.network] = []; netOrder.push(n.network); }
        netPosts[n.network].push(n);
      }
    });
    var allLinks = [];
    data.links.forEach(function (l) {
      var s = byId[l.source], t = byId[l.target];
      if (s && t) { allLinks.push({s: s, t: t, linking: l.linking !== false}); s.adj.push(t); t.adj.push(s); }
    });
    var order = (data.graph && data.graph.order) || netOrder.slice().sort(function (a, b) {
      return netPosts[b].length - netPosts[a].length || String(a).localeCompare(String(b));
    });
    var nodes = [], links = [], colourOf = {}, nColours = 0;
    var selected = null, hover = null, dragging = null, panning = null, alpha = 1;
    var view = {k: 1, x: 0, y: 0};  // screen = world * k + (x, y)

    function colour(n) {
      if (n.kind !== "post") return n.hub ? "#999" : "#222";
      if (n.level && LEVEL[n.level]) return LEVEL[n.level];
      var key = n.community || n.network || "";
      if (!(key in colourOf)) colourOf[key] = PALETTE[nColours++ % PALETTE.length];
      return colourOf[key];
    }
    function label(n) {
      if (n.kind === "post") return n.post_id + (n.risk !== undefined ? " · risk " + n.risk.toFixed(2) : "") + (n.network ? " · " + n.network : "");
      return n.id + (n.hub ? " (hub: not linked)" : "") + " · " + n.adj.length + " posts";
    }
    function drawNetworks(ids) {
      var posts = [], seen = {};
      ids.forEach(function (id) { (netPosts[id] || []).forEach(function (p) { posts.push(p); }); });
      nodes = posts.slice();
      posts.forEach(function (p) { seen[p.id] = true; });
      links = [];
      allLinks.forEach(function (l) {
        if (seen[l.s.id]) {
          if (!seen[l.t.id]) { seen[l.t.id] = true; nodes.push(l.t); }
          links.push(l);
        }
      });
      nodes.forEach(function (n, i) {
        var a = (i * 2.399963) % (2 * Math.PI), r = 20 + 6 * Math.sqrt(i);  // golden-angle start: no overlaps
        n.x = W / 2 + r * Math.cos(a); n.y = H / 2 + r * Math.sin(a); n.vx = 0; n.vy = 0;
      });
      view = {k: 1, x: 0, y: 0}; alpha = 1; selected = null; hover = null;
      root.dataset.drawn = ids.join(" ");
      var info = root.querySelector(".ctip-net-drawn");
      if (info) info.textContent = "Drawn: " + ids.length + " network" + (ids.length === 1 ? "" : "s") + ", " + posts.length +
        " posts, " + (nodes.length - posts.length) + " identifiers (of " + netOrder.length + " networks).";
    }
    function firstNetworks() {
      var ids = [], total = 0;
      order.forEach(function (id) {
        var size = (netPosts[id] || []).length;
        if (!size || (total && total + size > MAX_DRAWN)) return;
        ids.push(id); total += size;
      });
      return ids;
    }
    function step() {
      var i, j, a, b, dx, dy, d2, f;
      for (i = 0; i < nodes.length; i++) {
        a = nodes[i];
        for (j = i + 1; j < nodes.length; j++) {
          b = nodes[j]; dx = a.x - b.x; dy = a.y - b.y; d2 = dx * dx + dy * dy + 0.01;
          if (d2 > 40000) continue;
          f = 60 * alpha / d2; a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
        }
        a.vx += (W / 2 - a.x) * 0.002 * alpha; a.vy += (H / 2 - a.y) * 0.002 * alpha;
      }
      links.forEach(function (l) {
        if (!l.linking) return;  // hub edges are drawn but do not pull
        dx = l.t.x - l.s.x; dy = l.t.y - l.s.y; f = 0.05 * alpha;
        l.s.vx += dx * f; l.s.vy += dy * f; l.t.vx -= dx * f; l.t.vy -= dy * f;
      });
      nodes.forEach(function (n) {
        if (n === dragging) return;
        n.vx *= 0.6; n.vy *= 0.6; n.x += n.vx; n.y += n.vy;
      });
      alpha = Math.max(0.01, alpha * 0.985);
    }
    function draw() {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, W, H);
      ctx.setTransform(view.k, 0, 0, view.k, view.x, view.y);
      ctx.lineWidth = 1 / view.k;
      links.forEach(function (l) {
        ctx.strokeStyle = l.linking ? "rgba(0,0,0,0.25)" : "rgba(150,150,150,0.25)";
        ctx.setLineDash(l.linking ? [] : [3 / view.k, 3 / view.k]);
        ctx.beginPath(); ctx.moveTo(l.s.x, l.s.y); ctx.lineTo(l.t.x, l.t.y); ctx.stroke();
      });
      ctx.setLineDash([]);
      nodes.forEach(function (n) {
        ctx.fillStyle = colour(n); ctx.beginPath();
        if (n.kind === "post") ctx.arc(n.x, n.y, 5, 0, 2 * Math.PI); else ctx.rect(n.x - 5, n.y - 5, 10, 10);
        ctx.fill();
        if (n === selected || (selected && selected.adj.indexOf(n) >= 0)) {
          ctx.strokeStyle = "#f00"; ctx.lineWidth = 2 / view.k; ctx.stroke(); ctx.lineWidth = 1 / view.k;
        }
      });
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      if (hover) {  // the label is drawn in screen space so it stays readable at any zoom
        var sx = hover.x * view.k + view.x, sy = hover.y * view.k + view.y, t = label(hover);
        ctx.font = "12px sans-serif";
        var w = ctx.measureText(t).width + 8, lx = Math.min(sx + 8, W - w - 2), ly = Math.max(sy - 22, 2);
        ctx.fillStyle = "rgba(255,255,255,0.92)"; ctx.fillRect(lx, ly, w, 18);
        ctx.strokeStyle = "#888"; ctx.strokeRect(lx, ly, w, 18);
        ctx.fillStyle = "#111"; ctx.fillText(t, lx + 4, ly + 13);
      }
    }
    function tick() { step(); draw(); window.requestAnimationFrame(tick); }
    function at(ev) {
      var r = canvas.getBoundingClientRect();
      var sx = (ev.clientX - r.left) * W / r.width, sy = (ev.clientY - r.top) * H / r.height;
      var x = (sx - view.x) / view.k, y = (sy - view.y) / view.k, best = null, bd = 64 / (view.k * view.k);
      nodes.forEach(function (n) { var d = (n.x - x) * (n.x - x) + (n.y - y) * (n.y - y); if (d < bd) { bd = d; best = n; } });
      return {node: best, x: x, y: y, sx: sx, sy: sy};
    }
    function text(tag, content) { var e = document.createElement(tag); e.textContent = content; return e; }
    function show(n) {
      selected = n;
      var details = panel.querySelector(".ctip-net-details") || panel;
      details.textContent = "";
      if (!n) return;
      if (n.kind === "post") {
        details.appendChild(text("h4", "Post " + n.post_id));
        details.appendChild(text("p", [n.lang, n.posted_at, n.level && ("risk " + n.level), n.network, n.community].filter(Boolean).join(" · ")));
        if (n.text) details.appendChild(text("p", n.text));
        return;
      }
      details.appendChild(text("h4", n.id + (n.hub ? " (hub: not linked)" : "")));
      var posts = n.adj.filter(function (m) { return m.kind === "post"; });
      details.appendChild(text("p", posts.length + " posts"));
      var ul = document.createElement("ul");
      posts.forEach(function (p) {
        var li = text("li", p.post_id + (p.text ? ": " + p.text.slice(0, 120) : ""));
        li.style.cursor = "pointer"; li.onclick = function () { show(p); };
        ul.appendChild(li);
      });
      details.appendChild(ul);
    }
    canvas.addEventListener("mousedown", function (ev) {
      var h = at(ev);
      if (h.node) { dragging = h.node; show(h.node); } else { panning = {sx: h.sx, sy: h.sy, x: view.x, y: view.y}; }
    });
    canvas.addEventListener("mousemove", function (ev) {
      var h = at(ev);
      if (dragging) { dragging.x = h.x; dragging.y = h.y; alpha = Math.max(alpha, 0.3); return; }
      if (panning) { view.x = panning.x + h.sx - panning.sx; view.y = panning.y + h.sy - panning.sy; return; }
      hover = h.node;
      canvas.style.cursor = hover ? "pointer" : "grab";
    });
    canvas.addEventListener("mouseleave", function () { hover = null; });
    canvas.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var h = at(ev), k = Math.max(0.2, Math.min(8, view.k * (ev.deltaY < 0 ? 1.2 : 1 / 1.2)));
      view.x = h.sx - h.x * k; view.y = h.sy - h.y * k; view.k = k;
    }, {passive: false});
    window.addEventListener("mouseup", function () { dragging = null; panning = null; });
    drawNetworks(firstNetworks());
    root.ctipNetwork = {nodes: function () { return nodes; }, links: links, show: show, byId: byId, view: view,
      drawNetworks: drawNetworks, networks: netOrder, label: label};  // for the report, tests and the console
    tick();
  }
  var roots = document.querySelectorAll(".ctip-net");
  for (var i = 0; i < roots.length; i++) if (!roots[i].ctipNetwork) init(roots[i]);  // once per view
})();
