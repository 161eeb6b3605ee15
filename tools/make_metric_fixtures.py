#!/usr/bin/python3
"""Writes the golden fixtures of the metrics engine (tests/fixtures/metrics/).

Every network-level and actor-level measure of docs/metrics.md is computed with
NetworkX 2.8 (and python-igraph for average_path_length and diameter) on a
varied set of small graphs, and written with the graph itself as one JSON file
per graph. tests/metrics/golden_test.cpp rebuilds each graph with build_graph,
runs compute_wave_metrics and compares every value (1e-6; 1e-4 for eigenvector
and pagerank) and the null-ness of every value exactly.

Where docs/metrics.md ("Conventions at the edges") asks for null and NetworkX returns
a number, the script writes null explicitly; each such place has a comment.

Run with the Debian Python that has networkx, igraph and numpy:
    /usr/bin/python3 tools/make_metric_fixtures.py [OUTPUT_DIR] [--check]
"""

import json
import math
import pathlib
import random
import sys

import igraph
import networkx as nx
import numpy as np

import fixture_io

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "metrics"


def relabel(G):
    """Vertices 0..n-1 in a fixed order (the order of G's nodes)."""
    mapping = {v: i for i, v in enumerate(G.nodes())}
    return nx.relabel_nodes(G, mapping, copy=True)


def graphs():
    """(name, description, graph) for every fixture; weights in 'weight'."""
    out = []

    def add(name, description, G):
        out.append((name, description, relabel(G)))

    add("single", "one actor, no tie", nx.empty_graph(1))
    add("pair", "two actors with one tie", nx.path_graph(2))
    add("pair_unconnected", "two actors without a tie", nx.empty_graph(2))
    add("isolates", "five actors and no tie", nx.empty_graph(5))
    add("star", "a centre with six leaves", nx.star_graph(6))
    add("complete", "the complete graph on six actors", nx.complete_graph(6))
    add("path", "a path of seven actors", nx.path_graph(7))
    add("cycle", "a cycle of eight actors (bipartite)", nx.cycle_graph(8))
    add("wheel", "a wheel on seven actors", nx.wheel_graph(7))
    add("binary_tree", "balanced binary tree of depth 3", nx.balanced_tree(2, 3))
    add("random_tree", "a random tree on 25 actors", nx.random_tree(25, seed=7))

    G = nx.Graph()
    G.add_nodes_from(range(11))
    G.add_edges_from([(0, 1), (1, 2), (2, 0), (2, 3)])  # triangle with a tail
    G.add_edges_from([(4, 5), (5, 6), (6, 7)])  # a path of four
    G.add_edges_from([(8, 9)])  # a pair; 10 is an isolate
    add("disconnected", "a triangle with a tail, a path, a pair and an isolate", G)

    G = nx.Graph()
    G.add_nodes_from(range(7))
    G.add_edges_from([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)])  # 6 is an isolate
    add("twin_triangles", "two triangles and an isolate (top eigenvalue not simple)", G)

    G = nx.Graph()
    G.add_nodes_from(range(9))
    G.add_edges_from([(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6)])  # star, lambda = sqrt 6
    G.add_edges_from([(7, 8)])
    add("star_and_pair", "a star beside a pair: eigenvector zero off the dominant component", G)

    add("karate", "Zachary's karate club, weighted", nx.karate_club_graph())
    add("florentine", "Florentine families (Padgett)", nx.florentine_families_graph())
    add("les_miserables", "co-occurrence in Les Miserables, weighted", nx.les_miserables_graph())
    add("gnp_sparse", "G(40, 0.06), seeded: several components and isolates", nx.gnp_random_graph(40, 0.06, seed=3))
    add("barabasi_albert", "Barabasi-Albert, 60 actors, 2 ties per newcomer, seeded", nx.barabasi_albert_graph(60, 2, seed=5))

    G = nx.gnp_random_graph(30, 0.15, seed=11)
    rng = random.Random(11)
    for u, v in G.edges():
        G[u][v]["weight"] = rng.choice([1, 1, 2, 3, 0.5])
    G.add_node(30)  # an isolate
    add("weighted_random", "G(30, 0.15) with weights, plus an isolate", G)
    return out


def none_if_nan(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def principal_eigenvector(G):
    """docs/metrics.md convention 3: the principal eigenvector of the 0/1 adjacency
    matrix, positive, L2-normalised; None where the top eigenvalue is not simple."""
    n = G.number_of_nodes()
    if n == 1:
        return [1.0]
    A = nx.to_numpy_array(G, nodelist=range(n), weight=None)
    values, vectors = np.linalg.eigh(A)
    top = values[-1]
    if n > 1 and abs(values[-2] - top) < 1e-9:
        return None  # not simple: e.g. only isolates, or two equal components
    x = vectors[:, -1]
    if x.sum() < 0:
        x = -x
    x[np.abs(x) < 1e-13] = 0.0
    x = x / np.linalg.norm(x)
    if nx.is_connected(G):
        # Cross-check: NetworkX agrees on connected graphs.
        ref = nx.eigenvector_centrality(G, max_iter=100000, tol=1e-12, weight=None)
        assert max(abs(ref[v] - x[v]) for v in range(n)) < 1e-6
    return [float(v) for v in x]


def metrics(G):
    n = G.number_of_nodes()
    m = G.number_of_edges()
    degree = dict(G.degree())
    strength = dict(G.degree(weight="weight"))

    network = {"actors": n, "ties": m, "isolates": sum(1 for v in G if degree[v] == 0)}
    # density: NetworkX returns 0 for n <= 1; docs/metrics.md convention 1: null.
    network["density"] = nx.density(G) if n > 1 else None
    network["average_degree"] = 2 * m / n
    comps = list(nx.connected_components(G))
    network["components"] = nx.number_connected_components(G)
    network["largest_component"] = max(len(c) for c in comps)
    network["largest_component_share"] = network["largest_component"] / n
    triples = sum(d * (d - 1) / 2 for d in degree.values())
    # transitivity: NetworkX returns 0 with no connected triple; convention 1: null.
    network["transitivity"] = nx.transitivity(G) if triples > 0 else None
    network["average_clustering"] = nx.average_clustering(G)

    ig = igraph.Graph(n=n, edges=list(G.edges()), directed=False)
    connected_pairs = sum(len(c) * (len(c) - 1) for c in comps)
    # igraph gives NaN (path length) and 0 (diameter) with no connected pair;
    # convention 1: null.
    network["average_path_length"] = ig.average_path_length(directed=False, unconn=True) if connected_pairs else None
    network["diameter"] = int(ig.diameter(directed=False, unconn=True)) if connected_pairs else None

    max_d = max(degree.values())
    # Freeman centralizations: 0/0 for n <= 2; convention 1: null.
    network["degree_centralization"] = (
        sum(max_d - d for d in degree.values()) / ((n - 1) * (n - 2)) if n > 2 else None)
    btw = nx.betweenness_centrality(G, normalized=True)
    max_b = max(btw.values())
    network["betweenness_centralization"] = sum(max_b - b for b in btw.values()) / (n - 1) if n > 2 else None

    # degree_centrality: NetworkX gives 1 for a single actor; convention 1: null.
    dc = nx.degree_centrality(G) if n > 1 else None
    # closeness: NetworkX gives 0 for a single actor; convention 1: null.
    closeness = nx.closeness_centrality(G, wf_improved=True) if n > 1 else None
    # harmonic / (n - 1): divides by zero for a single actor; convention 1: null.
    harmonic = nx.harmonic_centrality(G) if n > 1 else None
    eigen = principal_eigenvector(G)
    pagerank = nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14, max_iter=100000)
    clustering = nx.clustering(G)
    core = nx.core_number(G)
    constraint = nx.constraint(G)  # NaN for isolates -> null (convention 1)
    esize = nx.effective_size(G)  # NaN for isolates -> null (convention 1)

    actors = []
    for v in range(n):
        actors.append({
            "degree": degree[v],
            "strength": strength[v],
            "degree_centrality": dc[v] if dc else None,
            # normalised betweenness: NetworkX gives 0 for n <= 2; convention 1: null.
            "betweenness": btw[v] if n > 2 else None,
            "closeness": closeness[v] if closeness else None,
            "harmonic": harmonic[v] / (n - 1) if harmonic else None,
            "eigenvector": eigen[v] if eigen else None,
            "pagerank": pagerank[v],
            "clustering": clustering[v],
            "core": core[v],
            "constraint": none_if_nan(constraint[v]),
            "effective_size": none_if_nan(esize[v]),
        })
    return network, actors


def fixtures():
    out = {}
    for name, description, G in graphs():
        edges = []
        for u, v, data in sorted(G.edges(data=True)):
            edges.append([u, v, data.get("weight", 1)])
        network, actors = metrics(G)
        out[name] = {"name": name, "description": description, "actors": G.number_of_nodes(),
                     "edges": edges, "network": network, "actor_metrics": actors}
    return out


if __name__ == "__main__":
    sys.exit(fixture_io.main(__doc__.splitlines()[0], "tools/make_metric_fixtures.py", str(OUT),
                             ["networkx", "igraph", "numpy"], fixtures, dump=lambda d: json.dumps(d, indent=1) + "\n"))
