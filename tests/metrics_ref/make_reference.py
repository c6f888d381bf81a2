#!/usr/bin/python3
"""make_reference.py — reference values for polgraph's metrics from an
independent implementation (NetworkX, Debian's python3-networkx 2.8 with
scipy: run it with /usr/bin/python3).

Writes, next to this script:
  graph.json      a fixed random actor graph in polgraph graph format: 500
                  actors, directed and symmetric (call, meeting) relations
                  with weights 1..9, parallel relations of different types,
                  a few self-loops, affiliation edges, a separate small
                  component and isolated actors
  reference.json  NetworkX's values for that graph, per actor in node id
                  order, for the directed and the undirected view

The network is built the way docs/METRICS.md defines it: relations of every
type but affiliation, self-loops dropped, all relations from one actor to
another summed into one link (a symmetric relation gives a link each way);
the undirected view sums each relation once per unordered pair. Values are
NetworkX's own; tests/unit/test_metrics.c applies polgraph's documented
mapping (harmonic / (n-1), eigenvector / max) before comparing.

  /usr/bin/python3 tests/metrics_ref/make_reference.py
"""
import json
import os
import random
import sys
import warnings

import networkx as nx

SEED = 20250214
N = 500
HERE = os.path.dirname(os.path.abspath(__file__))
DIRECTED = ["statement", "criticism", "support", "visit"]
SYMMETRIC = ["call", "meeting"]
ACTOR_TYPES = ["person", "country", "organization"]


def make_graph():
    rng = random.Random(SEED)
    ids = ["a%03d" % i for i in range(N)]
    nodes = [{"id": ids[i], "label": "Actor %d" % i, "type": ACTOR_TYPES[rng.randrange(3)]} for i in range(N)]
    edges = {}  # (source, target, type) -> weight

    def add(s, t, typ, w):
        if typ in SYMMETRIC and s > t:
            s, t = t, s
        key = (ids[s], ids[t], typ)
        edges[key] = edges.get(key, 0) + w

    core = list(range(480))  # the main component
    popularity = [1.0 / (10 + i) for i in core]  # a few actors draw most reactions
    for s in core:
        for _ in range(rng.randrange(0, 9)):
            t = rng.choices(core, weights=popularity)[0] if rng.random() < 0.7 else rng.choice(core)
            if t == s:
                continue
            typ = rng.choice(SYMMETRIC) if rng.random() < 0.15 else rng.choice(DIRECTED)
            add(s, t, typ, rng.randint(1, 9))
            if rng.random() < 0.1:  # a second relation of another type, same pair
                add(s, t, rng.choice([x for x in DIRECTED if x != typ] if typ in DIRECTED else DIRECTED),
                    rng.randint(1, 3))
    # a separate component: a directed cycle with a chord and a meeting
    for s, t in [(480, 481), (481, 482), (482, 483), (483, 480), (480, 482)]:
        add(s, t, "statement", rng.randint(1, 4))
    add(484, 485, "meeting", 2)
    add(485, 480, "criticism", 1)
    # self-loops (ignored by polgraph, left out of the NetworkX graph)
    for s in (3, 77, 481):
        add(s, s, "statement", 2)
    # affiliation edges (not interaction: ignored by default)
    for s in range(100, 120):
        edges[(ids[s], ids[rng.randrange(490)], "affiliation")] = 1
    # actors 486 .. 499 stay isolated
    return ids, nodes, edges


def write_graph(nodes, edges, path):
    with open(path, "w") as f:
        f.write('{\n  "format": "polgraph-graph",\n  "version": 1,\n  "documents": [\n'
                '    {"id": "synthetic", "title": "Random graph for the NetworkX comparison", "date": "",'
                ' "source": "make_reference.py", "url": ""}\n  ],\n  "nodes": [\n')
        f.write(",\n".join('    {"id": %s, "label": %s, "type": %s}' % (json.dumps(n["id"]), json.dumps(n["label"]),
                                                                       json.dumps(n["type"])) for n in nodes))
        f.write('\n  ],\n  "edges": [\n')
        f.write(",\n".join('    {"source": "%s", "target": "%s", "type": "%s", "weight": %d}' % (s, t, typ, w)
                           for (s, t, typ), w in sorted(edges.items())))
        f.write("\n  ]\n}\n")


def networks(ids, edges):
    d = nx.DiGraph()
    u = nx.Graph()
    d.add_nodes_from(ids)
    u.add_nodes_from(ids)
    for (s, t, typ), w in edges.items():
        if typ == "affiliation" or s == t:
            continue
        pairs = [(s, t), (t, s)] if typ in SYMMETRIC else [(s, t)]
        for a, b in pairs:
            if d.has_edge(a, b):
                d[a][b]["weight"] += w
            else:
                d.add_edge(a, b, weight=w)
        if u.has_edge(s, t):
            u[s][t]["weight"] += w
        else:
            u.add_edge(s, t, weight=w)
    return d, u


def vec(ids, values):
    return [float(values[i]) for i in ids]


def measure(ids, g, directed):
    r = {}
    if directed:
        r["in_degree"] = vec(ids, dict(g.in_degree()))
        r["out_degree"] = vec(ids, dict(g.out_degree()))
        r["in_strength"] = vec(ids, dict(g.in_degree(weight="weight")))
        r["out_strength"] = vec(ids, dict(g.out_degree(weight="weight")))
    r["degree"] = vec(ids, dict(g.degree()))
    r["pagerank"] = vec(ids, nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000))
    r["pagerank_unweighted"] = vec(ids, nx.pagerank(g, alpha=0.85, weight=None, tol=1e-15, max_iter=100000))
    r["pagerank_damping_0.5"] = vec(ids, nx.pagerank(g, alpha=0.5, weight="weight", tol=1e-15, max_iter=100000))
    r["betweenness"] = vec(ids, nx.betweenness_centrality(g, normalized=False))
    r["betweenness_norm"] = vec(ids, nx.betweenness_centrality(g, normalized=True))
    r["closeness"] = vec(ids, nx.closeness_centrality(g))
    r["harmonic"] = vec(ids, nx.harmonic_centrality(g))
    if directed:
        # a fixed start vector: svds would otherwise start at random
        hubs, auths = nx.hits(g, max_iter=100000, tol=1e-15, nstart={v: 1.0 for v in g})
        r["hub"] = vec(ids, hubs)
        r["authority"] = vec(ids, auths)
    return r


def main():
    warnings.simplefilter("ignore", FutureWarning)  # NetworkX 2.8 announcing 3.0 changes
    ids, nodes, edges = make_graph()
    write_graph(nodes, edges, os.path.join(HERE, "graph.json"))
    d, u = networks(ids, edges)
    ref = {
        "generator": "tests/metrics_ref/make_reference.py, seed %d" % SEED,
        "networkx": nx.__version__,
        "nodes": ids,
        "directed": measure(ids, d, True),
        "undirected": measure(ids, u, False),
        "eigenvector_undirected_view": vec(ids, nx.eigenvector_centrality_numpy(u, weight="weight")),
        "eigenvector_undirected_view_unweighted": vec(ids, nx.eigenvector_centrality_numpy(u, weight=None)),
        "summary": {
            "nodes": d.number_of_nodes(),
            "links": d.number_of_edges(),
            "undirected_links": u.number_of_edges(),
            "density": nx.density(d),
            "undirected_density": nx.density(u),
            "reciprocity": nx.reciprocity(d),
            "weak_components": nx.number_weakly_connected_components(d),
            "strong_components": nx.number_strongly_connected_components(d),
        },
    }
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(ref, f, indent=1)
        f.write("\n")
    print("wrote graph.json (%d actors, %d relations) and reference.json (NetworkX %s)"
          % (len(nodes), len(edges), nx.__version__), file=sys.stderr)


if __name__ == "__main__":
    main()
