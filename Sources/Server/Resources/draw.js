// Draws a graph of entities as a force-directed layout in an SVG element, with D3 3: nodes
// coloured and shaped by type (the styles of the DOT export), edges as wide as their weight,
// actions as labelled arrows. GraphView.create(svg, {node, edge}) returns {draw, svgText}.
var GraphView = (function () {
  "use strict";

  // The radius of an entity's node: grows with the square root of its mentions.
  function radius(entity) { return Math.min(26, 6 + 1.6 * Math.sqrt(entity.mentions)); }

  // The stroke width of an edge: as the DOT export's penwidth, from 1.5 up to 8.
  function width(link) { return Math.min(8, 1 + Math.sqrt(Math.max(1, link.weight)) / 2); }

  // An SVG path for a Graphviz shape name, centred on 0,0.
  function shapePath(shape, r) {
    function polygon(points) { return "M" + points.map(function (p) { return p[0].toFixed(1) + "," + p[1].toFixed(1); }).join("L") + "Z"; }
    switch (shape) {
      case "box": return polygon([[-r, -r * .75], [r, -r * .75], [r, r * .75], [-r, r * .75]]);
      case "diamond": return polygon([[0, -r * 1.2], [r * 1.2, 0], [0, r * 1.2], [-r * 1.2, 0]]);
      case "hexagon": return polygon([0, 1, 2, 3, 4, 5].map(function (i) { var a = Math.PI / 3 * i; return [r * 1.1 * Math.cos(a), r * 1.1 * Math.sin(a)]; }));
      default: return "M" + (-r) + ",0a" + r + "," + r + " 0 1,0 " + 2 * r + ",0a" + r + "," + r + " 0 1,0 " + (-2 * r) + ",0Z";
    }
  }

  // The control point of a link's curve: links between one pair of nodes fan out.
  function control(link) {
    var s = link.source, t = link.target, dx = t.x - s.x, dy = t.y - s.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
    var bend = link.bend * 28;
    return { x: (s.x + t.x) / 2 - dy / len * bend, y: (s.y + t.y) / 2 + dx / len * bend };
  }

  function linkPath(link) {
    var s = link.source, t = link.target, c = control(link);
    var dx = t.x - c.x, dy = t.y - c.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
    var cut = link.kind === "action" ? radius(t) + 3 : 0;
    return "M" + s.x.toFixed(1) + "," + s.y.toFixed(1) + "Q" + c.x.toFixed(1) + "," + c.y.toFixed(1) + " "
      + (t.x - dx / len * cut).toFixed(1) + "," + (t.y - dy / len * cut).toFixed(1);
  }

  function labelPoint(link) {
    var s = link.source, t = link.target, c = control(link);
    return { x: .25 * s.x + .5 * c.x + .25 * t.x, y: .25 * s.y + .5 * c.y + .25 * t.y };
  }

  function create(svgElement, handlers) {
    var svg = d3.select(svgElement);
    var defs = svg.append("defs");
    defs.append("marker").attr({ id: "arrow", viewBox: "0 -5 10 10", refX: 9, refY: 0, markerWidth: 7, markerHeight: 7, orient: "auto", markerUnits: "userSpaceOnUse" })
      .append("path").attr({ d: "M0,-5L10,0L0,5", fill: "#555" });
    var zoomed = svg.append("g").attr("class", "viewport");
    var legend = svg.append("g").attr("class", "legend").attr("transform", "translate(12,16)");
    var zoom = d3.behavior.zoom().scaleExtent([0.1, 5]).on("zoom", function () {
      zoomed.attr("transform", "translate(" + d3.event.translate + ")scale(" + d3.event.scale + ")");
    });
    svg.call(zoom);
    // Heavier edges pull their ends closer.
    var force = d3.layout.force().charge(-900).gravity(0.05).friction(0.85)
      .linkDistance(function (l) { return 60 + 220 / Math.sqrt(l.weight) + radius(l.source) + radius(l.target); });

    // Zooms so that every node and its label is in view (never enlarging).
    function fit(nodes, w, h) {
      var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
      var x0 = Math.min.apply(null, xs) - 80, x1 = Math.max.apply(null, xs) + 80;
      var y0 = Math.min.apply(null, ys) - 30, y1 = Math.max.apply(null, ys) + 40;
      var scale = Math.min(1, w / (x1 - x0), h / (y1 - y0));
      var translate = [w / 2 - scale * (x0 + x1) / 2, h / 2 - scale * (y0 + y1) / 2];
      zoom.translate(translate).scale(scale);
      zoomed.attr("transform", "translate(" + translate + ")scale(" + scale + ")");
    }

    function drawLegend(styles) {
      legend.selectAll("*").remove();
      Object.keys(styles).sort().forEach(function (type, i) {
        var row = legend.append("g").attr("transform", "translate(0," + i * 18 + ")");
        row.append("path").attr("d", shapePath(styles[type].dotShape, 6)).attr("fill", styles[type].color);
        row.append("text").attr({ x: 12, y: 4 }).text(type);
      });
    }

    // Lays out and draws `graph` = {nodes: [entity], links: [{source, target, kind, predicate, weight}], center: id};
    // link ends are node ids. Returns once the layout has settled.
    function draw(graph, styles) {
      drawLegend(styles);
      var rect = svgElement.getBoundingClientRect(), w = rect.width || 800, h = rect.height || 600;
      var byId = {};
      var nodes = graph.nodes.map(function (e) { var n = Object.assign({}, e); byId[e.id] = n; return n; });
      var pairs = {};
      var links = graph.links.filter(function (l) { return byId[l.source] && byId[l.target]; }).map(function (l) {
        var key = [Math.min(l.source, l.target), Math.max(l.source, l.target)].join("-");
        (pairs[key] = pairs[key] || []).push(l);
        return Object.assign({}, l, { source: byId[l.source], target: byId[l.target], pair: key });
      });
      links.forEach(function (l) {
        var group = pairs[l.pair], i = group.findIndex(function (g) { return g.kind === l.kind && g.predicate === l.predicate && g.source === l.source.id; });
        l.bend = group.length === 1 ? 0 : i - (group.length - 1) / 2;
      });
      var center = byId[graph.center];
      if (center) { center.fixed = true; center.x = w / 2; center.y = h / 2; }
      // Start from a sunflower spiral, nodes in answer order (heaviest edges first) outwards, then
      // settle the forces for at most 250 steps or 400 ms, so that large graphs do not freeze the page.
      nodes.forEach(function (n, i) { if (n !== center) { var a = i * 2.39996, r = 40 * Math.sqrt(i); n.x = w / 2 + Math.cos(a) * r; n.y = h / 2 + Math.sin(a) * r; } });
      force.stop().size([w, h]).nodes(nodes).links(links).start();
      var started = performance.now();
      for (var i = 0; i < 250 && performance.now() - started < 400; i++) force.tick();
      force.stop();
      fit(nodes, w, h);
      zoomed.selectAll("*").remove();

      var link = zoomed.append("g").selectAll("g").data(links).enter().append("g");
      link.append("path").attr("class", "link-hit")
        .attr("data-source", function (l) { return l.source.name; })
        .attr("data-target", function (l) { return l.target.name; })
        .attr("data-kind", function (l) { return l.kind; })
        .on("click", function (l) {
          zoomed.selectAll(".link").classed("selected", function (o) { return o === l; });
          handlers.edge(l);
        });
      link.append("path").attr("class", function (l) { return "link " + l.kind; })
        .attr("stroke-width", width)
        .attr("marker-end", function (l) { return l.kind === "action" ? "url(#arrow)" : null; });
      link.append("title").text(function (l) {
        return l.source.name + (l.kind === "action" ? " —" + l.predicate + "→ " : " — ") + l.target.name + " (weight " + l.weight + ")";
      });
      var label = zoomed.append("g").selectAll("text").data(links.filter(function (l) { return l.kind === "action"; }))
        .enter().append("text").attr("class", "link-label").attr("text-anchor", "middle").text(function (l) { return l.predicate; });

      var node = zoomed.append("g").selectAll("g").data(nodes).enter().append("g")
        .attr("class", function (n) { return "node" + (n.id === graph.center ? " center" : ""); })
        .attr("data-name", function (n) { return n.name; })
        .on("click", function (n) { if (!d3.event.defaultPrevented) handlers.node(n); })
        .call(force.drag().on("dragstart", function () { d3.event.sourceEvent.stopPropagation(); }));
      node.append("path").attr("class", "shape")
        .attr("d", function (n) { return shapePath((styles[n.type] || {}).dotShape, radius(n)); })
        .attr("fill", function (n) { return (styles[n.type] || {}).color || "#999"; });
      node.append("text").attr("dy", function (n) { return radius(n) + 12; }).attr("text-anchor", "middle").text(function (n) { return n.name; });
      node.append("title").text(function (n) { return n.name + " (" + n.type + ", " + n.mentions + " mentions)"; });

      function place() {
        link.selectAll("path").attr("d", linkPath);
        label.attr("x", function (l) { return labelPoint(l).x; }).attr("y", function (l) { return labelPoint(l).y - 3; });
        node.attr("transform", function (n) { return "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")"; });
      }
      force.on("tick", place);
      place();
    }

    // The drawing as a standalone SVG document, with the page's styles inlined.
    function svgText() {
      var copy = svgElement.cloneNode(true);
      var rect = svgElement.getBoundingClientRect();
      copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
      copy.setAttribute("width", Math.round(rect.width));
      copy.setAttribute("height", Math.round(rect.height));
      copy.querySelectorAll(".link-hit").forEach(function (e) { e.remove(); });
      var style = document.createElementNS("http://www.w3.org/2000/svg", "style");
      style.textContent = ".link{fill:none;stroke:#999;stroke-opacity:.6}.link.action{stroke:#555;stroke-opacity:.8}"
        + ".link-label{font:10px sans-serif;fill:#444}.node .shape{stroke:#fff;stroke-width:1.5px}"
        + ".node.center .shape{stroke:#222;stroke-width:2.5px}.node text,.legend text{font:11px sans-serif}"
        + ".node text{paint-order:stroke;stroke:#fff;stroke-width:3px}";
      copy.insertBefore(style, copy.firstChild);
      return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
    }

    return { draw: draw, svgText: svgText };
  }

  return { create: create };
})();
