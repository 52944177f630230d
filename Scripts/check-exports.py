#!/usr/bin/env python3
"""Loads graphtool's exports with the real tools and checks every node, edge and attribute
against the store they came from (read directly with sqlite3).

    python3 Scripts/check-exports.py --db STORE [--kind all|co-mention|action] EXPORT...

Each EXPORT is a .graphml, .gexf, .json (NetworkX node-link), .cyjs (Cytoscape.js) file, an .svg
Graphviz drew from the DOT export, or a folder with Neo4j's nodes.csv and edges.csv, written with
the same --kind and no other filter.
Loaders: NetworkX read_graphml, read_gexf and node_link_graph; python-igraph Read_GraphML;
json; csv; the SVG's node and edge groups (ids, ends, the drawn names and predicates). NetworkX has no mixed graphs, so it reads GraphML and GEXF only when the export
holds one kind of edge; igraph reads every GraphML. Prints one line per loader and exits 1 on
the first difference.
"""
import argparse
import csv
import json
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx


def xml_clean(text):
    """What the XML, DOT and CSV exports write for a name: forbidden control characters -> U+FFFD."""
    return "".join("\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or c in "\ufffe\uffff" else c for c in text)


def varints(blob):
    """The unsigned varints packed in a blob, in order."""
    value, shift = 0, 0
    for byte in blob:
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            yield value
            value, shift = 0, 0


def co_mention_edges(con):
    """The co-mention edges as rows of `edges`: each entity's runs in `co_mention_runs` (per entry,
    the gap to the previous other end, then sentences and documents as zigzag varints) summed."""
    unzigzag = lambda v: (v >> 1) ^ -(v & 1)
    counts = {}
    for entity, blob in con.execute("SELECT entity, others FROM co_mention_runs ORDER BY entity, id"):
        values, other = list(varints(blob)), 0
        for gap, sentences, documents in zip(values[0::3], values[1::3], values[2::3]):
            other += gap
            if entity < other:
                s, d = counts.get((entity, other), (0, 0))
                counts[(entity, other)] = (s + unzigzag(sentences), d + unzigzag(documents))
    return [(a << 32 | b, a, b, 0, "", 0, s, d) for (a, b), (s, d) in sorted(counts.items()) if d > 0]


def expected(db, kind):
    con = sqlite3.connect(db)
    codes = {"all": (0, 1), "co-mention": (0,), "action": (1,)}[kind]
    evidence = {e: n for e, n in con.execute("SELECT edge_id, count(*) FROM evidence GROUP BY edge_id")}
    edges = {}
    actions = con.execute("SELECT id, source, target, kind, predicate, negated, sentences, documents FROM edges").fetchall()
    for i, s, t, k, p, negated, sentences, documents in actions + co_mention_edges(con):
        if k in codes:
            # Exports show a negated action's predicate after "not".
            edges[f"e{i}"] = dict(source=f"n{s}", target=f"n{t}", kind="co-mention" if k == 0 else "action",
                                  predicate=("not " if negated else "") + p, weight=sentences + documents, sentences=sentences,
                                  documents=documents, evidence=evidence.get(i, 0))
    aliases = {}
    for e, name in con.execute("SELECT entity_id, name FROM aliases ORDER BY entity_id, name"):
        aliases.setdefault(f"n{e}", []).append(name)
    ends = {n for e in edges.values() for n in (e["source"], e["target"])}
    nodes = {}
    for i, name, typ, mentions, documents, first, last in con.execute(
            "SELECT id, name, type, mentions, documents, first_date, last_date FROM entities"):
        key = f"n{i}"
        if kind == "all" or key in ends:
            nodes[key] = dict(label=name, type=typ, mentions=mentions, documents=documents,
                              aliases=aliases.get(key, []), first_seen=first, last_seen=last)
    return nodes, edges


def same(where, got, want):
    if got != want or type(got) is not type(want):
        sys.exit(f"check-exports: {where}: got {got!r} ({type(got).__name__}), want {want!r} ({type(want).__name__})")


def ends(edge, want, directed_graph):
    pair = (edge[0], edge[1])
    if want["kind"] == "co-mention" or not directed_graph:
        return set(pair) == {want["source"], want["target"]}
    return pair == (want["source"], want["target"])


def compare(loader, nodes, edges, got_nodes, got_edges, clean, directed_graph=True, aliases=lambda a: "; ".join(a),
            number=lambda n: n, node_fields=("label", "type", "mentions", "documents", "aliases"),
            edge_fields=("kind", "predicate", "weight", "sentences", "documents", "evidence"), edge_count=None):
    """got_nodes: id -> attributes; got_edges: id -> (source, target, attributes)."""
    same(f"{loader}: node ids", sorted(got_nodes), sorted(nodes))
    same(f"{loader}: edge ids", sorted(got_edges), sorted(edges))
    for key, want in nodes.items():
        got = got_nodes[key]
        for field in node_fields:
            value = want[field]
            value = aliases([clean(a) for a in value]) if field == "aliases" else value
            value = clean(value) if isinstance(value, str) else number(value)
            same(f"{loader}: node {key} {field}", got.get(field), value)
    for key, want in edges.items():
        source, target, got = got_edges[key]
        if not ends((source, target), want, directed_graph):
            sys.exit(f"check-exports: {loader}: edge {key} joins {source}-{target}, want {want['source']}-{want['target']}")
        for field in edge_fields:
            if field == "predicate" and want["kind"] != "action":
                continue
            value = want[field]
            same(f"{loader}: edge {key} {field}", got.get(field), clean(value) if isinstance(value, str) else number(value))
    print(f"{loader}: {len(nodes)} nodes, {len(edges) if edge_count is None else edge_count} edges, every attribute matches")


def check_graphml(path, nodes, edges, mixed):
    if not mixed:
        g = nx.read_graphml(path, force_multigraph=True)
        same("networkx read_graphml: directed", g.is_directed(), any(e["kind"] == "action" for e in edges.values()))
        compare("networkx read_graphml", nodes, edges, dict(g.nodes(data=True)),
                {k: (s, t, d) for s, t, k, d in g.edges(keys=True, data=True)}, xml_clean, g.is_directed())
    else:
        print("networkx read_graphml: not read, mixed graph (NetworkX has no mixed graphs; export one --kind for it)")
    g = igraph.Graph.Read_GraphML(path)
    ids = g.vs["id"]
    got_nodes = {v["id"]: v.attributes() for v in g.vs}
    # igraph keeps numbers as floats and mislabels edge ids; match edges by their attributes.
    numbers = ("weight", "sentences", "documents", "evidence")
    want = sorted((tuple(sorted((e["source"], e["target"]))), e["kind"], xml_clean(e["predicate"]) if e["kind"] == "action" else "")
                  + tuple(float(e[n]) for n in numbers) for e in edges.values())
    got = sorted((tuple(sorted((ids[e.source], ids[e.target]))), e["kind"], e["predicate"] or "") + tuple(e[n] for n in numbers) for e in g.es)
    same("igraph Read_GraphML: edges", got, want)
    compare("igraph Read_GraphML", nodes, {}, got_nodes, {}, xml_clean, number=float, edge_count=len(got))


def check_gexf(path, nodes, edges, mixed):
    if mixed:
        print("networkx read_gexf: not read, mixed graph (NetworkX has no mixed graphs; export one --kind for it)")
        return
    g = nx.read_gexf(path)
    got_edges = {d["id"]: (s, t, d) for s, t, d in g.edges(data=True)} if not g.is_multigraph() else \
        {d["id"]: (s, t, d) for s, t, k, d in g.edges(keys=True, data=True)}
    for _, _, d in got_edges.values():
        d["weight"] = int(d["weight"]) if d["weight"] == int(d["weight"]) else d["weight"]
    compare("networkx read_gexf", nodes, edges, dict(g.nodes(data=True)), got_edges, xml_clean, g.is_directed())
    for key, node in g.nodes(data=True):
        if g.graph.get("mode") == "dynamic" and nodes[key]["first_seen"]:
            same(f"networkx read_gexf: node {key} start", node.get("start"), nodes[key]["first_seen"])
            same(f"networkx read_gexf: node {key} end", node.get("end"), nodes[key]["last_seen"])


def check_json(path, nodes, edges):
    data = json.load(open(path, encoding="utf-8"))
    g = nx.node_link_graph(data, edges="links")
    compare("networkx node_link_graph", nodes, edges, dict(g.nodes(data=True)),
            {k: (s, t, d) for s, t, k, d in g.edges(keys=True, data=True)}, lambda s: s, g.is_directed(), aliases=lambda a: a)
    for key, node in g.nodes(data=True):
        same(f"networkx node_link_graph: node {key} first_seen", node["first_seen"], nodes[key]["first_seen"])
    for _, _, key, edge in g.edges(keys=True, data=True):
        same(f"networkx node_link_graph: edge {key} directed", edge["directed"], edges[key]["kind"] == "action")


def check_cytoscape(path, nodes, edges):
    elements = json.load(open(path, encoding="utf-8"))["elements"]
    got_nodes = {n["data"]["id"]: n["data"] for n in elements["nodes"]}
    got_edges = {e["data"]["id"]: (e["data"]["source"], e["data"]["target"], e["data"]) for e in elements["edges"]}
    compare("cytoscape.js elements", nodes, edges, got_nodes, got_edges, lambda s: s, aliases=lambda a: a)


def check_csv(folder, nodes, edges):
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    same("neo4j csv: nodes.csv header", list(rows[0].keys()) if rows else [],
         ["id:ID", "name", ":LABEL", "mentions:int", "documents:int", "aliases:string[]", "first_seen", "last_seen"])
    got_nodes = {r["id:ID"]: dict(label=r["name"], type=r[":LABEL"].split(";")[1].upper(), mentions=int(r["mentions:int"]),
                                  documents=int(r["documents:int"]), aliases=r["aliases:string[]"]) for r in rows}
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    same("neo4j csv: edges.csv header", list(rows[0].keys()) if rows else [],
         [":START_ID", ":END_ID", ":TYPE", "id", "kind", "predicate", "weight:int", "sentences:int", "documents:int", "evidence:int"])
    got_edges = {r["id"]: (r[":START_ID"], r[":END_ID"], dict(kind=r["kind"], predicate=r["predicate"], weight=int(r["weight:int"]),
                 sentences=int(r["sentences:int"]), documents=int(r["documents:int"]), evidence=int(r["evidence:int"]))) for r in rows}
    compare("neo4j csv", nodes, edges, got_nodes, got_edges, xml_clean, aliases=lambda a: ";".join(x.replace(";", ",") for x in a))


def check_svg(path, nodes, edges):
    svg = "{http://www.w3.org/2000/svg}"
    got_nodes, got_edges = {}, {}
    for g in ET.parse(path).getroot().iter(f"{svg}g"):
        text = "\n".join(t.text or "" for t in g.iter(f"{svg}text"))
        if g.get("class") == "node":
            got_nodes[g.get("id")] = dict(label=text)
        elif g.get("class") == "edge":
            source, target = g.find(f"{svg}title").text.split("->")
            got_edges[g.get("id")] = (source, target, dict(predicate=text))
    compare("graphviz svg", nodes, edges, got_nodes, got_edges, xml_clean, node_fields=("label",), edge_fields=("predicate",))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--kind", default="all", choices=["all", "co-mention", "action"])
    parser.add_argument("exports", nargs="+")
    args = parser.parse_args()
    nodes, edges = expected(args.db, args.kind)
    mixed = len({e["kind"] for e in edges.values()}) > 1
    for path in args.exports:
        if os.path.isdir(path):
            check_csv(path, nodes, edges)
        elif path.endswith(".graphml"):
            check_graphml(path, nodes, edges, mixed)
        elif path.endswith(".gexf"):
            check_gexf(path, nodes, edges, mixed)
        elif path.endswith(".json"):
            check_json(path, nodes, edges)
        elif path.endswith(".svg"):
            check_svg(path, nodes, edges)
        elif path.endswith(".cyjs"):
            check_cytoscape(path, nodes, edges)
        else:
            sys.exit(f"check-exports: {path}: not a .graphml, .gexf, .json, .cyjs file .svg file or a CSV folder")


if __name__ == "__main__":
    main()
