/* ctip report: every post of the workspace, paged, filtered, sorted and exported in the page.
   Data: <script type="application/json" id="ctip-posts"> (one compact record per post, see
   ctip/report/posts_data.py). No library, no network; text is inserted as text, never as HTML. */
(function () {
  "use strict";
  var posts = JSON.parse(document.getElementById("ctip-posts").textContent);
  var langNames = JSON.parse(document.getElementById("ctip-lang-names").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var state = {page: 0, size: 100, group: null, matched: posts};
  posts.forEach(function (p, i) {
    p.rank = i;  // the page arrives highest risk first
    p.text = p.g.map(function (seg) { return typeof seg === "string" ? seg : seg[0]; }).join("");
    p.ocr = (p.q || []).map(function (seg) { return typeof seg === "string" ? seg : seg[0]; }).join("");
    p.hay = (p.text + " " + p.ocr + " " + p.i + " " + p.e.join(" ") + " " + (p.u || "") + " " + (p.t || "")).toLowerCase();
    p.day = (p.p || "").slice(0, 10);
  });

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (k === "text") e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { if (c !== null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function safeUrl(u) { return /^https?:\/\//i.test(u || "") ? u : null; }

  function matches(p, f) {
    return (!f.lang || p.l === f.lang) && (!f.level || p.v === f.level) && (!f.review || p.r === 1) &&
      (!f.ind || p.d.indexOf(f.ind) >= 0) && (!f.frame || p.f === f.frame) && (!f.source || p.o === f.source) &&
      (!f.from || (p.day && p.day >= f.from)) && (!f.to || (p.day && p.day <= f.to)) &&
      (!f.group || (f.group.kind === "template" ? p.c === f.group.id : p.n === f.group.id)) &&
      (!f.q || p.hay.indexOf(f.q) >= 0);
  }
  var sorters = {
    "risk": function (a, b) { return a.rank - b.rank; },
    "risk-asc": function (a, b) { return b.rank - a.rank; },
    "new": function (a, b) { return (b.p || "").localeCompare(a.p || "") || a.rank - b.rank; },
    "old": function (a, b) { return (a.p || "\uffff").localeCompare(b.p || "\uffff") || a.rank - b.rank; }
  };
  function filters() {
    return {lang: $("f-lang").value, ind: $("f-ind").value, level: $("f-level").value, review: $("f-review").checked,
      frame: $("f-frame").value, source: $("f-source").value, from: $("f-from").value, to: $("f-to").value,
      q: $("f-q").value.trim().toLowerCase(), group: state.group};
  }
  function apply(keepPage) {
    var f = filters();
    state.matched = posts.filter(function (p) { return matches(p, f); }).sort(sorters[$("f-sort").value] || sorters.risk);
    if (!keepPage) state.page = 0;
    render();
  }

  function signed(x) { return (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(2); }

  function row(p) {
    var marks = p.g.map(function (seg) {
      return typeof seg === "string" ? document.createTextNode(seg)
        : el("mark", {"class": seg[1], title: seg[2], "data-ind": seg[3], text: seg[0]});
    });
    var meta = [p.i, langNames[p.l] || p.l];
    if (p.o) meta.push(p.o);
    if (p.p) meta.push(p.p);
    var metaDiv = el("div", {"class": "muted"}, [meta.join(" · ")]);
    if (p.t) metaDiv.appendChild(document.createTextNode(" · “" + p.t + "”"));
    if (p.c) { metaDiv.appendChild(document.createTextNode(" · ")); metaDiv.appendChild(el("a", {href: "#tpl-" + p.c, "class": "to-template", text: "template " + p.c})); }
    if (p.n) { metaDiv.appendChild(document.createTextNode(" · ")); metaDiv.appendChild(el("a", {href: "#net-" + p.n, "class": "to-network", text: "network " + p.n})); }
    if (safeUrl(p.u)) { metaDiv.appendChild(document.createTextNode(" · ")); metaDiv.appendChild(el("a", {href: p.u, rel: "noopener noreferrer", text: p.u})); }
    var text = el("td", {"class": "text"}, marks);
    if (p.m || p.q) {  // the post's pictures and the text read from them (OCR)
      var ocr = el("div", {"class": "ocr"}, (p.m || []).map(function (m) {
        return /^data:image\/jpeg;base64,/.test(m[1] || "") ? el("img", {"class": "thumb", src: m[1], alt: "picture " + m[0], title: m[0]})
          : el("span", {"class": "muted", text: "picture " + m[0] + " (not found now)"});
      }));
      if (p.q) ocr.appendChild(el("div", {"class": "ocr-text"}, [el("span", {"class": "muted", text: "text in the picture: "})].concat(
        p.q.map(function (seg) {
          return typeof seg === "string" ? document.createTextNode(seg)
            : el("mark", {"class": seg[1], title: seg[2], "data-ind": seg[3], text: seg[0]});
        }))));
      text.appendChild(ocr);
    }
    text.appendChild(metaDiv);
    if (p.e.length) text.appendChild(el("div", {"class": "ents"}, p.e.map(function (e) { return el("code", {text: e}); })));
    var why = el("ul", {"class": "why"}, p.w.length ? p.w.map(function (h) {
      return el("li", {}, [el("b", {text: h[0]}), " " + h[1], h[2] ? el("span", {"class": "muted", text: " (" + h[2] + ")"}) : null,
                           el("span", {"class": "wt", title: "contribution to this score (log-odds)", text: " " + signed(h[3])})]);
    }) : [el("li", {"class": "muted", text: "no indicators"})]);
    if (p.b) {  // the parts add up: sigmoid(base + indicator weights + wording) is the score shown
      var total = p.b[0] + p.b[1] + p.w.reduce(function (a, h) { return a + h[3]; }, 0);
      why.appendChild(el("li", {"class": "muted parts", text: "base " + signed(p.b[0]) + " · wording " + signed(p.b[1]) +
        " · total " + signed(total) + " → " + (1 / (1 + Math.exp(-total))).toFixed(3)}));
    }
    var risk = el("td", {}, [el("span", {"class": "lvl " + p.v, text: p.v}), el("br"), p.s.toFixed(2)]);
    if (p.r) { risk.appendChild(el("br")); risk.appendChild(el("span", {"class": "flag", text: "needs review"})); }
    return el("tr", {"class": "post", "data-id": p.i}, [risk, text, el("td", {}, [why])]);
  }

  function render() {
    var n = state.matched.length, pages = Math.max(1, Math.ceil(n / state.size));
    state.page = Math.min(state.page, pages - 1);
    var first = state.page * state.size, slice = state.matched.slice(first, first + state.size);
    var body = $("post-rows"), frag = document.createDocumentFragment();
    slice.forEach(function (p) { frag.appendChild(row(p)); });
    body.textContent = "";
    body.appendChild(frag);
    $("f-count").textContent = n ? (first + 1) + "–" + (first + slice.length) + " of " + n + " matching posts shown (" +
      posts.length + " in the workspace)" : "0 of " + posts.length + " posts match these filters";
    $("p-where").textContent = "page " + (state.page + 1) + " of " + pages;
    $("p-prev").disabled = state.page === 0;
    $("p-next").disabled = state.page >= pages - 1;
    var chip = $("f-group");
    chip.hidden = !state.group;
    chip.textContent = "";
    if (state.group) {
      chip.appendChild(document.createTextNode(state.group.kind + " " + state.group.id + " "));
      var clear = el("button", {type: "button", title: "show all posts", text: "✕"});
      clear.onclick = function () { state.group = null; apply(); };
      chip.appendChild(clear);
    }
  }

  function showGroup(kind, id) {
    state.group = {kind: kind, id: id};
    apply();
    $("posts").scrollIntoView();
  }

  // Export: the current selection (all pages), as CSV (UTF-8 with BOM, for Excel) or JSONL.
  var COLUMNS = ["id", "lang", "risk_score", "risk_level", "needs_review", "frame", "indicator_ids", "entities",
    "url", "title", "author", "posted_at", "source", "template", "network", "text"];
  function exported(p) {
    return {id: p.i, lang: p.l, risk_score: p.s, risk_level: p.v, needs_review: p.r === 1, frame: p.f,
      indicator_ids: p.d, entities: p.e, url: p.u || null, title: p.t || null, author: p.a || null,
      posted_at: p.p || null, source: p.o || null, template: p.c || null, network: p.n || null, text: p.text};
  }
  function csvCell(v) {
    var s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join("; ") : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // spreadsheets would run these as formulas
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function download(name, type, content) {
    var a = el("a", {download: name});
    a.href = URL.createObjectURL(new Blob([content], {type: type}));
    document.body.appendChild(a); a.click(); a.remove();
  }
  function exportCsv() {
    var lines = [COLUMNS.join(",")].concat(state.matched.map(function (p) {
      var r = exported(p); return COLUMNS.map(function (c) { return csvCell(r[c]); }).join(",");
    }));
    download("ctip-selection.csv", "text/csv;charset=utf-8", "\ufeff" + lines.join("\r\n") + "\r\n");
  }
  function exportJsonl() {
    download("ctip-selection.jsonl", "application/x-ndjson;charset=utf-8",
      state.matched.map(function (p) { return JSON.stringify(exported(p)) + "\n"; }).join(""));
  }

  // Sortable tables (templates, networks): click a header; numbers sort by their data-v value.
  function sortable(table) {
    var heads = table.querySelectorAll("th[data-sort]");
    Array.prototype.forEach.call(heads, function (th) {
      th.addEventListener("click", function () {
        var col = Array.prototype.indexOf.call(th.parentNode.children, th), num = th.dataset.sort === "num";
        var desc = !th.classList.contains("sorted-desc");
        Array.prototype.forEach.call(heads, function (h) { h.classList.remove("sorted-desc", "sorted-asc"); });
        th.classList.add(desc ? "sorted-desc" : "sorted-asc");
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].dataset.v || a.cells[col].textContent, y = b.cells[col].dataset.v || b.cells[col].textContent;
          var c = num ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return desc ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), sortable);

  ["f-lang", "f-ind", "f-level", "f-review", "f-frame", "f-source", "f-from", "f-to", "f-q", "f-sort"].forEach(function (id) {
    $(id).addEventListener("input", function () { apply(); });
    $(id).addEventListener("change", function () { apply(); });
  });
  $("p-prev").onclick = function () { state.page--; render(); $("posts").scrollIntoView(); };
  $("p-next").onclick = function () { state.page++; render(); $("posts").scrollIntoView(); };
  $("p-size").onchange = function () { state.size = parseInt($("p-size").value, 10); state.page = 0; render(); };
  $("x-csv").onclick = exportCsv;
  $("x-jsonl").onclick = exportJsonl;
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (t.classList && t.classList.contains("show-posts")) { ev.preventDefault(); showGroup(t.dataset.kind, t.dataset.id); }
    if (t.classList && (t.classList.contains("to-template") || t.classList.contains("to-network"))) {
      var target = document.getElementById(t.getAttribute("href").slice(1));
      if (target) {
        if (t.classList.contains("to-network")) drawNetworks([target.dataset.network]);
        target.classList.add("flash"); setTimeout(function () { target.classList.remove("flash"); }, 2000);
      }
    }
    if (t.classList && t.classList.contains("draw-net")) drawNetworks([t.closest("tr").dataset.network]);
  });
  function drawNetworks(ids) {
    var view = document.querySelector(".ctip-net");
    if (view && view.ctipNetwork) { view.ctipNetwork.drawNetworks(ids); view.scrollIntoView(); }
  }
  window.ctipReport = {posts: posts, state: state, apply: apply, showGroup: showGroup, exportRows: function () {
    return state.matched.map(exported);
  }};
  apply();
})();
