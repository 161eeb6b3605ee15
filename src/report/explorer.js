// The explorer of the network section (report/explorer.hpp): works on the
// page's own inline Graphviz drawings and on the JSON in #explorer-data.
// Every study text goes into the page as text (textContent, attribute
// values), never as markup; nothing is loaded from anywhere.
(function () {
  "use strict";
  var dataElement = document.getElementById("explorer-data");
  var root = document.getElementById("explorer");
  if (!dataElement || !root || !window.URLSearchParams) return;
  var data = JSON.parse(dataElement.textContent);
  var T = data.text;
  var XLINK = "http://www.w3.org/1999/xlink";
  var LEVEL_KEYS = ["all", "implied", "stated"];

  var drawingBox = document.getElementById("explorer-drawing");
  var panel = document.getElementById("actor-panel");
  var viewsBox = document.getElementById("explorer-views");
  var confidenceSelect = document.getElementById("explorer-confidence");
  var colourSelect = document.getElementById("explorer-colour");
  var searchInput = document.getElementById("explorer-search");
  var namesList = document.getElementById("explorer-names");
  var statusLine = document.getElementById("explorer-status");
  var tooltip = document.getElementById("explorer-tooltip");
  var legendBox = document.getElementById("explorer-legend");

  // ---- The data, indexed --------------------------------------------------

  var actorById = new Map();
  data.actors.forEach(function (a, i) { actorById.set(a.id, i); });
  var waveYears = data.views.filter(function (v) { return !v.change; }).map(function (v) { return v.waves[0]; });

  function pairKey(a, b) { return a < b ? a + "-" + b : b + "-" + a; }
  // Graphviz names an edge "tail--head" by its nodes' names (the actor ids).
  var pairByTitle = new Map();
  data.ties.forEach(function (t) {
    var key = pairKey(t.a, t.b);
    pairByTitle.set(data.actors[t.a].id + "--" + data.actors[t.b].id, key);
    pairByTitle.set(data.actors[t.b].id + "--" + data.actors[t.a].id, key);
  });

  function viewByKey(key) {
    for (var i = 0; i < data.views.length; i++) if (data.views[i].key === key) return data.views[i];
    return null;
  }
  var lastWave = data.views.filter(function (v) { return !v.change; }).pop();

  // The ties a view shows, each with its status in the change view: the
  // last wave's ties (new, or in both waves) and the first wave's that ended.
  var viewTies = new Map();
  data.views.forEach(function (v) {
    var list = [];
    if (!v.change) {
      data.ties.forEach(function (t) { if (t.wave === v.waves[0]) list.push({ tie: t, status: "" }); });
    } else {
      var first = v.waves[0], last = v.waves[1];
      var inFirst = new Set(), inLast = new Set();
      data.ties.forEach(function (t) {
        if (t.wave === first) inFirst.add(pairKey(t.a, t.b));
        if (t.wave === last) inLast.add(pairKey(t.a, t.b));
      });
      data.ties.forEach(function (t) {
        var key = pairKey(t.a, t.b);
        if (t.wave === last) list.push({ tie: t, status: inFirst.has(key) ? "kept" : "new" });
        else if (t.wave === first && !inLast.has(key)) list.push({ tie: t, status: "ended" });
      });
    }
    viewTies.set(v.key, list);
  });

  // ---- State, and the address that keeps it ---------------------------------

  var state = { view: lastWave ? lastWave.key : data.views[0].key, actor: null, pair: null, level: 0, colouring: data.default_colouring };

  function readAddress() {
    var hash = location.hash.replace(/^#/, "");
    if (hash.indexOf("=") < 0) return false;  // a link to a section
    var p = new URLSearchParams(hash);
    if (!p.has("actor") && !p.has("wave") && !p.has("confidence")) return false;
    var view = viewByKey(p.get("wave") || "");
    state.view = view ? view.key : state.view;
    var level = LEVEL_KEYS.indexOf(p.get("confidence") || "all");
    state.level = level < 0 ? 0 : level;
    var actor = actorById.get(p.get("actor") || "");
    state.actor = actor === undefined ? null : actor;
    state.pair = null;
    return true;
  }

  var writing = false;
  function writeAddress() {
    var p = new URLSearchParams();
    if (state.actor !== null) p.set("actor", data.actors[state.actor].id);
    p.set("wave", state.view);
    if (state.level > 0) p.set("confidence", LEVEL_KEYS[state.level]);
    var hash = "#" + p.toString();
    if (location.hash === hash) return;
    try {
      history.replaceState(null, "", hash);
    } catch (e) {
      writing = true;
      location.replace(hash);
    }
  }

  // ---- The drawings -----------------------------------------------------------

  // Each view's drawing: a copy of the page's static drawing, its nodes made
  // focusable and its ties clickable. Made when first shown.
  var drawings = new Map();
  function drawingOf(view) {
    if (drawings.has(view.key)) return drawings.get(view.key);
    var figure = document.querySelector('figure[data-view="' + view.key + '"] svg');
    if (!figure) return null;
    var svg = figure.cloneNode(true);
    svg.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
    svg.removeAttribute("id");
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", view.label);
    var d = { svg: svg, nodes: new Map(), edges: new Map(), legend: null };
    svg.querySelectorAll("g.node").forEach(function (g) {
      var title = g.querySelector("title");
      var actor = title ? actorById.get(title.textContent) : undefined;
      if (title) title.remove();
      g.querySelectorAll("a").forEach(function (a) { a.removeAttributeNS(XLINK, "title"); a.removeAttribute("title"); });
      if (actor === undefined) return;
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.setAttribute("aria-label", data.actors[actor].name);
      g.dataset.actor = String(actor);
      d.nodes.set(actor, g);
    });
    svg.querySelectorAll("g.edge").forEach(function (g) {
      var title = g.querySelector("title");
      var key = title ? pairByTitle.get(title.textContent) : undefined;
      if (title) title.remove();
      g.querySelectorAll("a").forEach(function (a) { a.removeAttributeNS(XLINK, "title"); a.removeAttribute("title"); });
      if (key === undefined) return;
      var line = g.querySelector("path");
      if (line) {
        var hit = line.cloneNode(false);
        hit.setAttribute("class", "hit");
        line.parentNode.appendChild(hit);
      }
      g.dataset.pair = key;
      d.edges.set(key, g);
    });
    svg.querySelectorAll("g.cluster").forEach(function (g) {
      var title = g.querySelector("title");
      if (title && title.textContent === "clusterlegend") d.legend = g;
      if (title) title.remove();
    });
    drawings.set(view.key, d);
    return d;
  }

  function current() { return viewByKey(state.view); }

  // The ties of the shown view at or above the chosen confidence.
  function shownTies() {
    return viewTies.get(state.view).filter(function (x) { return x.tie.level >= state.level; });
  }

  function colourOf(actor) {
    var c = colouring(state.colouring);
    if (!c) return null;
    var value = data.actors[actor].values[c.attribute];
    for (var i = 0; i < c.values.length; i++) if (c.values[i].value === value) return c.values[i].colour;
    return "#BBBBBB";
  }
  function colouring(attribute) {
    for (var i = 0; i < data.colourings.length; i++) if (data.colourings[i].attribute === attribute) return data.colourings[i];
    return null;
  }
  function valueLabel(actor, attribute) {
    var c = colouring(attribute);
    var value = data.actors[actor].values[attribute];
    if (!c || value === undefined) return value || "";
    for (var i = 0; i < c.values.length; i++) if (c.values[i].value === value) return c.values[i].label;
    return value;
  }

  function paint() {
    var view = current();
    var d = drawingOf(view);
    drawingBox.querySelectorAll("svg").forEach(function (s) { if (s !== (d && d.svg)) s.remove(); });
    if (!d) return;
    if (d.svg.parentNode !== drawingBox) drawingBox.insertBefore(d.svg, tooltip);
    // Confidence: a drawn tie stays while one of its ties is shown.
    var visible = new Set();
    shownTies().forEach(function (x) { visible.add(pairKey(x.tie.a, x.tie.b)); });
    d.edges.forEach(function (g, key) { g.classList.toggle("filtered", !visible.has(key)); });
    var all = viewTies.get(state.view).length, hidden = all - shownTies().length;
    statusLine.textContent = state.level > 0 ? T.hidden.replace("{hidden}", hidden).replace("{total}", all) : "";
    // Colours: the drawing's own for the default attribute, else the chosen one's.
    var own = state.colouring === data.default_colouring;
    d.nodes.forEach(function (g, actor) {
      var shape = g.querySelector("path, polygon, ellipse");
      if (!shape) return;
      var colour = own ? null : colourOf(actor);
      shape.style.fill = colour || "";
      shape.style.stroke = colour || "";
    });
    if (d.legend) d.legend.classList.toggle("legend-off", !own);
    legend(own ? null : colouring(state.colouring));
    d.nodes.forEach(function (g, actor) { g.classList.toggle("chosen", actor === state.actor); });
    d.edges.forEach(function (g, key) { g.classList.toggle("chosen", key === state.pair); });
    light(state.actor);
    viewsBox.querySelectorAll("button").forEach(function (b) {
      b.setAttribute("aria-pressed", b.dataset.view === state.view ? "true" : "false");
    });
    confidenceSelect.value = LEVEL_KEYS[state.level];
    colourSelect.value = state.colouring;
  }

  function legend(c) {
    legendBox.textContent = "";
    if (!c) return;
    var head = document.createElement("span");
    head.textContent = T.legend + " (" + c.label + "):";
    legendBox.appendChild(head);
    c.values.forEach(function (v) {
      var item = document.createElement("span");
      var swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = v.colour;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(v.label));
      legendBox.appendChild(item);
    });
  }

  // An actor's ties lit, everything else dimmed; null: nothing dimmed.
  function light(actor) {
    var d = drawingOf(current());
    if (!d) return;
    d.svg.classList.toggle("dimmed", actor !== null);
    d.svg.querySelectorAll(".lit").forEach(function (e) { e.classList.remove("lit"); });
    if (actor === null) return;
    var node = d.nodes.get(actor);
    if (node) node.classList.add("lit");
    shownTies().forEach(function (x) {
      if (x.tie.a !== actor && x.tie.b !== actor) return;
      var edge = d.edges.get(pairKey(x.tie.a, x.tie.b));
      if (edge) edge.classList.add("lit");
      var other = d.nodes.get(x.tie.a === actor ? x.tie.b : x.tie.a);
      if (other) other.classList.add("lit");
    });
  }

  function showTooltip(g, text) {
    tooltip.textContent = text;
    tooltip.hidden = false;
    var box = drawingBox.getBoundingClientRect(), r = g.getBoundingClientRect();
    tooltip.style.left = Math.max(0, r.left - box.left) + "px";
    tooltip.style.top = Math.max(0, r.bottom - box.top + 4) + "px";
  }

  function hover(target) {
    var node = target.closest ? target.closest("g.node[data-actor]") : null;
    var edge = target.closest ? target.closest("g.edge[data-pair]") : null;
    if (node) {
      var actor = Number(node.dataset.actor);
      light(actor);
      var label = valueLabel(actor, data.default_colouring || state.colouring);
      showTooltip(node, data.actors[actor].name + (label ? " \u00b7 " + label : ""));
    } else if (edge) {
      var ends = edge.dataset.pair.split("-").map(Number);
      showTooltip(edge, data.actors[ends[0]].name + " \u2013 " + data.actors[ends[1]].name);
    }
  }
  function unhover() {
    tooltip.hidden = true;
    light(state.actor);
  }

  // ---- The side panel -----------------------------------------------------------

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function actorButton(actor) {
    var b = el("button", "partner", data.actors[actor].name);
    b.type = "button";
    b.addEventListener("click", function () { select(actor); });
    return b;
  }

  function tieItem(x, withPartnerOf, inChange) {
    var t = x.tie;
    var li = el("li", "tie");
    var head = el("div", "tie-head");
    if (withPartnerOf !== null) {
      head.appendChild(el("span", "label", T.partner + ":"));
      head.appendChild(actorButton(t.a === withPartnerOf ? t.b : t.a));
    }
    var facts = [];
    if (inChange) facts.push(t.wave + (x.status ? " (" + T["status_" + x.status] + ")" : ""));
    if (t.kind) facts.push(T.kind + ": " + t.kind);
    facts.push(T.weight + ": " + t.weight);
    facts.push(T.level + ": " + T.levels[t.level]);
    head.appendChild(el("span", "facts", facts.join(" \u00b7 ")));
    li.appendChild(head);
    if (t.initiative) li.appendChild(el("div", "facts", T.initiative + ": " + t.initiative));
    if (t.evidence) li.appendChild(el("blockquote", "evidence", t.evidence));
    if (t.source_ref) li.appendChild(el("cite", "source", T.source + ": " + t.source_ref));
    return li;
  }

  function byPartnerThenWave(of) {
    return function (x, y) {
      var p = data.actors[x.tie.a === of ? x.tie.b : x.tie.a].name, q = data.actors[y.tie.a === of ? y.tie.b : y.tie.a].name;
      return p < q ? -1 : p > q ? 1 : y.tie.wave - x.tie.wave;
    };
  }

  function tieList(list, partnerOf, inChange) {
    if (!list.length) return el("p", "muted", T.no_ties);
    var ol = el("ol", "ties");
    list.forEach(function (x) { ol.appendChild(tieItem(x, partnerOf, inChange)); });
    return ol;
  }

  function closeButton() {
    var b = el("button", "close", T.close);
    b.type = "button";
    b.addEventListener("click", clear);
    return b;
  }

  function renderPanel() {
    panel.textContent = "";
    var view = current();
    if (state.actor !== null) {
      var a = data.actors[state.actor];
      panel.appendChild(closeButton());
      panel.appendChild(el("h4", "name", a.name));
      if (a.attributes.length) {
        panel.appendChild(el("h5", "", T.attributes));
        var dl = el("dl", "attributes");
        a.attributes.forEach(function (pair) { dl.appendChild(el("dt", "", pair[0])); dl.appendChild(el("dd", "", pair[1])); });
        panel.appendChild(dl);
      }
      panel.appendChild(el("h5", "", T.measures));
      // One row per measure, one column per wave ("–" where the actor is absent).
      var table = el("table", "measures"), head = el("tr");
      head.appendChild(el("th", "", ""));
      waveYears.forEach(function (year) { head.appendChild(el("th", "", String(year))); });
      table.appendChild(el("thead")).appendChild(head);
      var body = table.appendChild(el("tbody"));
      data.measures.forEach(function (m, k) {
        var row = el("tr");
        row.appendChild(el("th", "", m));
        waveYears.forEach(function (year, i) {
          var values = a.measures[i];
          var cell = el("td", values ? "" : "muted", values ? values[k] : "\u2013");
          if (!values) cell.title = T.absent;
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
      panel.appendChild(table);
      panel.appendChild(el("h5", "", T.ties_in + " " + view.label));
      var mine = shownTies().filter(function (x) { return x.tie.a === state.actor || x.tie.b === state.actor; });
      mine.sort(byPartnerThenWave(state.actor));
      panel.appendChild(tieList(mine, state.actor, !!view.change));
      // Its memberships of initiatives in the view's (last) wave.
      var year = view.waves[view.waves.length - 1];
      var joined = data.memberships.filter(function (m) {
        return m.actor === state.actor && m.level >= state.level && m.waves.indexOf(year) >= 0;
      });
      if (joined.length) {
        panel.appendChild(el("h5", "", T.initiatives_in + " " + year));
        var list = el("ol", "ties memberships");
        joined.forEach(function (m) {
          var li = el("li", "membership");
          var head = el("div", "tie-head");
          head.appendChild(el("span", "partner", m.initiative));
          head.appendChild(el("span", "facts", T.level + ": " + T.levels[m.level]));
          li.appendChild(head);
          if (m.evidence) li.appendChild(el("blockquote", "evidence", m.evidence));
          if (m.source_ref) li.appendChild(el("cite", "source", T.source + ": " + m.source_ref));
          list.appendChild(li);
        });
        panel.appendChild(list);
      }
    } else if (state.pair !== null) {
      var ends = state.pair.split("-").map(Number);
      panel.appendChild(closeButton());
      var h = el("h4", "name", T.tie_between + ": ");
      h.appendChild(actorButton(ends[0]));
      h.appendChild(document.createTextNode(" \u2013 "));
      h.appendChild(actorButton(ends[1]));
      panel.appendChild(h);
      panel.appendChild(el("h5", "", T.ties_in + " " + view.label));
      var these = shownTies().filter(function (x) { return pairKey(x.tie.a, x.tie.b) === state.pair; });
      panel.appendChild(tieList(these, null, !!view.change));
    } else {
      panel.appendChild(el("p", "", T.panel_hint));
    }
  }

  // ---- Changes of state ---------------------------------------------------------

  // `quiet`: leave the address as it is (on opening a page without a view in it).
  function update(quiet) {
    paint();
    renderPanel();
    if (!quiet) writeAddress();
  }
  function select(actor) {
    state.actor = actor;
    state.pair = null;
    update();
  }
  function selectPair(key) {
    state.actor = null;
    state.pair = key;
    update();
  }
  function clear() {
    state.actor = null;
    state.pair = null;
    update();
  }
  function showView(key) {
    state.view = key;
    tooltip.hidden = true;
    update();
  }
  function stepView(step) {
    var i = data.views.indexOf(current());
    var next = data.views[(i + step + data.views.length) % data.views.length];
    showView(next.key);
    var b = viewsBox.querySelector('button[data-view="' + next.key + '"]');
    if (b && viewsBox.contains(document.activeElement)) b.focus();
  }

  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    var partial = null;
    for (var i = 0; i < data.actors.length; i++) {
      var name = data.actors[i].name.toLowerCase();
      if (name === q || data.actors[i].id.toLowerCase() === q) return i;
      if (partial === null && name.indexOf(q) >= 0) partial = i;
    }
    return partial;
  }
  function search() {
    var found = find(searchInput.value);
    if (found === null) {
      if (searchInput.value.trim()) statusLine.textContent = T.no_match;
      return;
    }
    select(found);
    var d = drawingOf(current());
    var node = d && d.nodes.get(found);
    if (node && node.scrollIntoView) node.scrollIntoView({ block: "nearest" });
  }

  // ---- Controls and events ------------------------------------------------------

  data.views.forEach(function (v) {
    var b = el("button", "", v.label);
    b.type = "button";
    b.dataset.view = v.key;
    b.addEventListener("click", function () { showView(v.key); });
    viewsBox.appendChild(b);
  });
  data.colourings.forEach(function (c) {
    var o = el("option", "", c.label);
    o.value = c.attribute;
    colourSelect.appendChild(o);
  });
  if (!data.colourings.length) colourSelect.parentNode.hidden = true;
  data.actors.forEach(function (a) {
    var o = document.createElement("option");
    o.value = a.name;
    namesList.appendChild(o);
  });

  confidenceSelect.addEventListener("change", function () {
    state.level = Math.max(0, LEVEL_KEYS.indexOf(confidenceSelect.value));
    update();
  });
  colourSelect.addEventListener("change", function () {
    state.colouring = colourSelect.value;
    update();
  });
  searchInput.addEventListener("change", search);
  searchInput.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); search(); } });

  drawingBox.addEventListener("mouseover", function (e) { hover(e.target); });
  drawingBox.addEventListener("mouseout", unhover);
  drawingBox.addEventListener("focusin", function (e) { hover(e.target); });
  drawingBox.addEventListener("focusout", unhover);
  drawingBox.addEventListener("click", function (e) {
    var node = e.target.closest("g.node[data-actor]");
    var edge = e.target.closest("g.edge[data-pair]");
    if (node) select(Number(node.dataset.actor));
    else if (edge) selectPair(edge.dataset.pair);
  });
  drawingBox.addEventListener("keydown", function (e) {
    var node = e.target.closest ? e.target.closest("g.node[data-actor]") : null;
    if (node && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      select(Number(node.dataset.actor));
    }
  });
  root.addEventListener("keydown", function (e) {
    var tag = e.target.tagName;
    if (e.key === "Escape") {
      if (state.actor !== null || state.pair !== null) { clear(); e.preventDefault(); }
      return;
    }
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      stepView(e.key === "ArrowRight" ? 1 : -1);
    }
  });
  window.addEventListener("hashchange", function () {
    if (writing) { writing = false; return; }
    if (readAddress()) update();
  });

  var linked = readAddress();
  root.hidden = false;
  document.documentElement.classList.add("explorer-on");
  update(!linked);
  // A link to a view opens at the explorer.
  if (linked && root.scrollIntoView) root.scrollIntoView();
})();
