// The viewer page: search with suggestions, the ego network of one entity, its card, the
// evidence of a clicked edge, filters, paths and SVG download, all through the JSON API.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var state = { entity: null, styles: {}, suggestions: [], active: -1 };
  var view = GraphView.create($("graph"), { node: function (n) { open(n.name); }, edge: showEvidence });

  // GET /api/<endpoint>?params; rejects with the API's error message.
  function api(endpoint, params) {
    var query = Object.keys(params || {}).filter(function (k) { return params[k] !== "" && params[k] != null; })
      .map(function (k) { return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]); }).join("&");
    return fetch("/api/" + endpoint + (query ? "?" + query : "")).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body.error || response.statusText);
        return body;
      });
    });
  }

  function status(text, isError) {
    $("status").textContent = text;
    $("status").className = isError ? "error" : "";
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  function sentenceItem(evidence) {
    var item = element("li", "sentence", evidence.sentence);
    var source = element("span", "source", evidence.document.split("/").pop() + (evidence.date ? ", " + evidence.date : ""));
    source.title = evidence.document;
    item.appendChild(source);
    return item;
  }

  // ---- search with suggestions

  function showSuggestions(entities) {
    state.suggestions = entities;
    state.active = -1;
    var list = $("suggestions");
    list.innerHTML = "";
    entities.forEach(function (entity) {
      var item = element("li", "suggestion", entity.name);
      item.dataset.name = entity.name;
      item.appendChild(element("span", "type", entity.type + ", " + entity.mentions + " mentions"));
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(entity.name); });
      list.appendChild(item);
    });
    list.hidden = entities.length === 0;
  }

  function choose(name) {
    $("search").value = name;
    showSuggestions([]);
    open(name);
  }

  var pending;
  $("search").addEventListener("input", function () {
    clearTimeout(pending);
    var q = $("search").value.trim();
    if (!q) return showSuggestions([]);
    pending = setTimeout(function () {
      api("lookup", { q: q }).then(function (answer) {
        if ($("search").value.trim() !== q) return;
        var seen = {};
        showSuggestions(answer.entities.concat(answer.completions).filter(function (e) { return !seen[e.id] && (seen[e.id] = true); }));
      }).catch(function (error) { status(error.message, true); });
    }, 120);
  });

  $("search").addEventListener("keydown", function (event) {
    var items = $("suggestions").children;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!items.length) return;
      state.active = (state.active + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      Array.prototype.forEach.call(items, function (item, i) { item.classList.toggle("active", i === state.active); });
    } else if (event.key === "Escape") {
      showSuggestions([]);
    } else if (event.key === "Enter") {
      event.preventDefault();
      clearTimeout(pending);
      if (state.active >= 0) return choose(state.suggestions[state.active].name);
      var q = $("search").value.trim();
      if (!q) return;
      api("lookup", { q: q }).then(function (answer) {
        if (answer.match === "found") return choose(answer.entities[0].name);
        showSuggestions(answer.entities);
        status(answer.entities.length ? "“" + q + "” could be any of these; pick one" : "no entity named “" + q + "”", !answer.entities.length);
      }).catch(function (error) { status(error.message, true); });
    }
  });
  $("search").addEventListener("blur", function () { setTimeout(function () { showSuggestions([]); }, 150); });

  // ---- the entity: card and ego network

  function filters() {
    var range = timeRange();
    return {
      type: $("filter-type").value, kind: $("filter-kind").value, min_weight: $("filter-min-weight").value,
      depth: $("filter-depth").value, limit: $("filter-limit").value, since: range.since, until: range.until
    };
  }

  // ---- time: two sliders over the days from the first to the last document date; edges are
  // counted over the documents of the days between them (all documents when the whole span is chosen).

  var days = null;

  function dayText(offset) { return new Date(days.first + offset * 86400000).toISOString().slice(0, 10); }

  function timeRange() {
    if (!days) return {};
    var from = +$("time-from").value, to = +$("time-to").value;
    if (from > to) { var swap = from; from = to; to = swap; }
    $("time-label").textContent = dayText(from) + " – " + dayText(to);
    return from === 0 && to === days.count ? {} : { since: dayText(from), until: dayText(to) };
  }

  function showTime(statistics) {
    if (!statistics.firstDate || !statistics.lastDate || statistics.firstDate === statistics.lastDate) return;
    var first = Date.parse(statistics.firstDate + "T00:00:00Z");
    days = { first: first, count: Math.round((Date.parse(statistics.lastDate + "T00:00:00Z") - first) / 86400000) };
    ["time-from", "time-to"].forEach(function (id) {
      $(id).max = days.count;
      $(id).addEventListener("input", timeRange);
      $(id).addEventListener("change", load);
    });
    $("time-to").value = days.count;
    timeRange();
    $("time").hidden = false;
  }

  function open(name, replace) {
    state.entity = name;
    var url = "?entity=" + encodeURIComponent(name);
    if (replace) history.replaceState({ entity: name }, "", url); else history.pushState({ entity: name }, "", url);
    load();
  }

  function load() {
    var name = state.entity;
    if (!name) return;
    document.body.dataset.state = "loading";
    status("loading " + name + " …");
    var params = filters();
    params.name = name;
    Promise.all([api("entity", { name: name }), api("neighbors", params)]).then(function (results) {
      var card = results[0], answer = results[1];
      state.entity = answer.entity.name;
      document.title = answer.entity.name + " — graphtool";
      showCard(card);
      view.draw(egoGraph(answer), state.styles);
      status(answer.neighbors.length + " edges to " + new Set(answer.neighbors.map(function (n) { return n.entity.id; })).size
        + " entities around " + answer.entity.name + "; click a node to recentre, an edge to read its sentences");
      document.body.dataset.state = "ready";
    }).catch(function (error) {
      status(error.message, true);
      document.body.dataset.state = "error";
    });
  }

  // Nodes and links of a neighbors answer: each neighbor is linked to the entity asked about, or
  // to the neighbor it was reached through; an action points from its subject to its object.
  function egoGraph(answer) {
    var nodes = [answer.entity], ids = {}, byName = {};
    ids[answer.entity.id] = true;
    byName[answer.entity.name] = answer.entity;
    answer.neighbors.forEach(function (n) {
      if (!ids[n.entity.id]) { ids[n.entity.id] = true; nodes.push(n.entity); byName[n.entity.name] = n.entity; }
    });
    var links = answer.neighbors.map(function (n) {
      var from = (n.via && byName[n.via]) || answer.entity;
      var outward = n.kind !== "action" || n.direction === "out";
      return { source: outward ? from.id : n.entity.id, target: outward ? n.entity.id : from.id,
               kind: n.kind, predicate: n.predicate, weight: n.weight };
    });
    return { nodes: nodes, links: links, center: answer.entity.id };
  }

  function showCard(card) {
    var e = card.entity, section = $("card");
    section.innerHTML = "";
    section.appendChild(element("h2", "name", e.name));
    var seen = e.firstSeen ? ", seen " + (e.firstSeen === e.lastSeen ? e.firstSeen : e.firstSeen + " to " + e.lastSeen) : "";
    section.appendChild(element("p", "meta", e.type + " · " + e.mentions + " mentions in " + e.documents + " document" + (e.documents === 1 ? "" : "s") + seen));
    if (card.aliases.length) {
      section.appendChild(element("p", "aliases", "Also written: " + card.aliases.map(function (a) { return a.name + " (" + a.count + ")"; }).join(", ")));
    }
    if (card.evidence.length) {
      section.appendChild(element("h3", null, "Sentences"));
      var list = element("ul");
      card.evidence.forEach(function (s) { list.appendChild(sentenceItem(s)); });
      section.appendChild(list);
    }
    $("evidence").innerHTML = "";
  }

  // ---- evidence of an edge

  function showEvidence(link) {
    var params = { source: link.source.name, target: link.target.name, kind: link.kind };
    if (link.kind === "action") params.predicate = link.predicate.replace(/^not /, "");
    var section = $("evidence");
    section.innerHTML = "";
    var title = link.source.name + (link.kind === "action" ? " —" + link.predicate + "→ " : " — ") + link.target.name;
    section.appendChild(element("h3", "edge", title));
    api("evidence", params).then(function (answer) {
      if (!answer.sameSentence) {
        section.appendChild(element("p", "hint", "Never named in one sentence; the first sentence naming each, in the documents that name both:"));
      }
      var list = element("ul", "sentences");
      answer.evidence.forEach(function (s) { list.appendChild(sentenceItem(s)); });
      section.appendChild(list);
      section.scrollIntoView({ block: "nearest" });
    }).catch(function (error) { status(error.message, true); });
  }

  // ---- path between two entities

  function showPath() {
    var to = $("path-to").value.trim();
    if (!state.entity || !to) return status("open an entity and name another to find the path between them", true);
    api("path", { from: state.entity, to: to, kind: $("filter-kind").value }).then(function (answer) {
      var nodes = [answer.from], links = [];
      answer.hops.forEach(function (hop) {
        nodes.push(hop.to.entity);
        var outward = hop.to.kind !== "action" || hop.to.direction === "out";
        links.push({ source: outward ? hop.from.id : hop.to.entity.id, target: outward ? hop.to.entity.id : hop.from.id,
                     kind: hop.to.kind, predicate: hop.to.predicate, weight: hop.to.weight });
      });
      view.draw({ nodes: nodes, links: links, center: answer.from.id }, state.styles);
      var section = $("evidence");
      section.innerHTML = "";
      section.appendChild(element("h3", null, "Path from " + answer.from.name + " to " + answer.to.name + " (" + answer.hops.length + " hops)"));
      var list = element("ol", "hops");
      answer.hops.forEach(function (hop) {
        var item = element("li", null, hop.from.name + " → " + hop.to.entity.name);
        if (hop.to.evidence.length) item.appendChild(sentenceItem(hop.to.evidence[0]));
        list.appendChild(item);
      });
      section.appendChild(list);
      status("path of " + answer.hops.length + " hops; click a node to go back to its neighbors");
    }).catch(function (error) { status(error.message, true); });
  }
  $("path-go").addEventListener("click", showPath);
  $("path-to").addEventListener("keydown", function (event) { if (event.key === "Enter") showPath(); });

  // ---- filters, download, history

  ["filter-type", "filter-kind", "filter-min-weight", "filter-depth", "filter-limit"].forEach(function (id) {
    $(id).addEventListener("change", load);
  });

  function download(href, name) {
    var a = element("a");
    a.href = href;
    if (name) a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  $("download-svg").addEventListener("click", function () {
    var blob = new Blob([view.svgText()], { type: "image/svg+xml" });
    download(URL.createObjectURL(blob), (state.entity || "graph").replace(/[^\w.-]+/g, "_") + ".svg");
  });

  // The drawing as a PNG at twice the size on screen, on white: the SVG drawn onto a canvas.
  $("download-png").addEventListener("click", function () {
    var svg = view.svgText(), box = $("graph").getBoundingClientRect(), image = new Image();
    image.onload = function () {
      var canvas = element("canvas"), scale = 2;
      canvas.width = Math.round(box.width * scale);
      canvas.height = Math.round(box.height * scale);
      var context = canvas.getContext("2d");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) {
        download(URL.createObjectURL(blob), (state.entity || "graph").replace(/[^\w.-]+/g, "_") + ".png");
      }, "image/png");
    };
    image.onerror = function () { status("the drawing could not be turned into a PNG", true); };
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  });

  // GraphML and GEXF of the entity's neighbourhood with the current filters, written by the server.
  ["graphml", "gexf"].forEach(function (format) {
    $("download-" + format).addEventListener("click", function () {
      if (!state.entity) return status("open an entity first", true);
      var f = filters(), params = { name: state.entity, format: format, type: f.type, kind: f.kind, min_weight: f.min_weight, depth: f.depth };
      download("/api/export?" + Object.keys(params).filter(function (k) { return params[k]; })
        .map(function (k) { return k + "=" + encodeURIComponent(params[k]); }).join("&"));
    });
  });

  window.addEventListener("popstate", function (event) {
    if (event.state && event.state.entity) { state.entity = event.state.entity; load(); }
  });

  Promise.all([api("styles"), api("stats")]).then(function (answers) {
    var answer = answers[0];
    state.styles = answer.types;
    showTime(answers[1]);
    var entity = new URLSearchParams(location.search).get("entity");
    if (entity) open(entity, true); else document.body.dataset.state = "ready";
  }).catch(function (error) { status(error.message, true); });
})();
