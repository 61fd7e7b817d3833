/* ctip network view: a small force-directed drawing of posts and identifiers on a canvas.
   No external library, works offline. Data: a <script type="application/json"> element with
   node-link JSON ({nodes, links}); the container holds a <canvas> and a details panel.
   Click an identifier to list its posts; click a post to see its text; drag to move a node. */
(function () {
  "use strict";
  function init(root) {
    var data = JSON.parse(root.querySelector("script.ctip-net-data").textContent);
    var canvas = root.querySelector("canvas"), panel = root.querySelector(".ctip-net-panel");
    var ctx = canvas.getContext("2d"), W = canvas.width, H = canvas.height;
    var byId = {}, nodes = data.nodes, links = [];
    nodes.forEach(function (n, i) {
      var a = (i * 2.399963) % (2 * Math.PI), r = 20 + 4 * Math.sqrt(i);  // golden-angle start: no overlaps
      n.x = W / 2 + r * Math.cos(a); n.y = H / 2 + r * Math.sin(a); n.vx = 0; n.vy = 0; n.adj = [];
      byId[n.id] = n;
    });
    data.links.forEach(function (l) {
      var s = byId[l.source], t = byId[l.target];
      if (s && t) { links.push({s: s, t: t, linking: l.linking !== false}); s.adj.push(t); t.adj.push(s); }
    });
    var palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
    var colourOf = {}, nColours = 0, selected = null, dragging = null, alpha = 1;
    function colour(n) {
      if (n.kind !== "post") return n.hub ? "#999" : "#222";
      var key = n.community || n.network || "";
      if (!(key in colourOf)) colourOf[key] = palette[nColours++ % palette.length];
      return colourOf[key];
    }
    function step() {  // O(n^2) repulsion is fine for the few hundred nodes a report shows
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
        n.vx *= 0.6; n.vy *= 0.6; n.x = Math.max(5, Math.min(W - 5, n.x + n.vx)); n.y = Math.max(5, Math.min(H - 5, n.y + n.vy));
      });
      alpha = Math.max(0.02, alpha * 0.99);
    }
    function draw() {
      ctx.clearRect(0, 0, W, H);
      links.forEach(function (l) {
        ctx.strokeStyle = l.linking ? "rgba(0,0,0,0.25)" : "rgba(150,150,150,0.25)";
        ctx.setLineDash(l.linking ? [] : [3, 3]);
        ctx.beginPath(); ctx.moveTo(l.s.x, l.s.y); ctx.lineTo(l.t.x, l.t.y); ctx.stroke();
      });
      ctx.setLineDash([]);
      nodes.forEach(function (n) {
        ctx.fillStyle = colour(n); ctx.beginPath();
        if (n.kind === "post") ctx.arc(n.x, n.y, 4, 0, 2 * Math.PI); else ctx.rect(n.x - 5, n.y - 5, 10, 10);
        ctx.fill();
        if (n === selected || (selected && selected.adj.indexOf(n) >= 0)) {
          ctx.strokeStyle = "#f00"; ctx.lineWidth = 2; ctx.stroke(); ctx.lineWidth = 1;
        }
      });
    }
    function tick() { step(); draw(); window.requestAnimationFrame(tick); }
    function at(ev) {
      var r = canvas.getBoundingClientRect(), x = (ev.clientX - r.left) * W / r.width, y = (ev.clientY - r.top) * H / r.height;
      var best = null, bd = 100;
      nodes.forEach(function (n) { var d = (n.x - x) * (n.x - x) + (n.y - y) * (n.y - y); if (d < bd) { bd = d; best = n; } });
      return {node: best, x: x, y: y};
    }
    function text(tag, content) { var e = document.createElement(tag); e.textContent = content; return e; }
    function show(n) {
      selected = n; panel.textContent = "";
      if (!n) return;
      if (n.kind === "post") {
        panel.appendChild(text("h4", "Post " + n.post_id));
        panel.appendChild(text("p", [n.lang, n.posted_at, n.network, n.community].filter(Boolean).join(" · ")));
        if (n.text) panel.appendChild(text("p", n.text));
        return;
      }
      panel.appendChild(text("h4", n.id + (n.hub ? " (hub: not linked)" : "")));
      var posts = n.adj.filter(function (m) { return m.kind === "post"; });
      panel.appendChild(text("p", posts.length + " posts"));
      var ul = document.createElement("ul");
      posts.forEach(function (p) {
        var li = text("li", p.post_id + (p.text ? ": " + p.text.slice(0, 120) : ""));
        li.style.cursor = "pointer"; li.onclick = function () { show(p); };
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    canvas.addEventListener("mousedown", function (ev) { var h = at(ev); dragging = h.node; show(h.node); });
    canvas.addEventListener("mousemove", function (ev) {
      if (!dragging) return; var h = at(ev); dragging.x = h.x; dragging.y = h.y; alpha = Math.max(alpha, 0.3);
    });
    window.addEventListener("mouseup", function () { dragging = null; });
    root.ctipNetwork = {nodes: nodes, links: links, show: show, byId: byId};  // for tests and the console
    tick();
  }
  var roots = document.querySelectorAll(".ctip-net");
  for (var i = 0; i < roots.length; i++) if (!roots[i].ctipNetwork) init(roots[i]);  // once per view
})();
