#!/usr/bin/python3
"""Writes the golden fixtures of the fragility, key-player, community and
partition-comparison measures (tests/fixtures/fragility/).

References, all computed here by a reference library or by brute force over
its results:
- articulation points and bridges: nx.articulation_points, nx.bridges;
- fragmentation F = 1 - sum s_k(s_k-1)/(n(n-1)) from nx.connected_components,
  distance fragmentation DF = 1 - sum_{i!=j} 1/d_ij/(n(n-1)) from
  nx.all_pairs_shortest_path_length (Borgatti 2006), null for n < 2;
- fragmentation_if_removed: DF of G minus each actor, recomputed from scratch;
- key players: the best value over every set of k actors (brute force) of
  KPP-Neg (DF without the set) and KPP-Pos (reach within 1 and 2, and the
  distance-weighted reach sum_{j not in K} 1/d(K,j)/(n-k)), from NetworkX
  distances;
- communities: the modularity python-igraph's Leiden reaches (objective
  "modularity", until stable), mean and best over ten seeds: ours, averaged
  over ten seeds, must come within 0.005 of igraph's mean;
- partition comparison: igraph's compare_communities (nmi, vi, rand,
  adjusted_rand) on igraph's own test vectors and on seeded random labels,
  plus the cases scikit-learn's documentation states (not installed here; the
  values are those its docstrings show).

Every file records the versions of the libraries that produced it.

Usage (the Debian Python that has networkx and igraph):
    /usr/bin/python3 tools/make_fragility_fixtures.py          # rewrite the fixtures
    /usr/bin/python3 tools/make_fragility_fixtures.py --check  # compare, change nothing; exit 1 on a difference
"""

import itertools
import json
import math
import pathlib
import platform
import random
import sys

import igraph
import networkx as nx

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "fragility"
VERSIONS = {"networkx": nx.__version__, "igraph": igraph.__version__, "python": platform.python_version()}
SCRIPT = "tools/make_fragility_fixtures.py"


def relabel(G):
    G = nx.Graph(G)  # binary, undirected
    mapping = {v: i for i, v in enumerate(G.nodes())}
    H = nx.relabel_nodes(G, mapping, copy=True)
    B = nx.Graph()
    B.add_nodes_from(range(H.number_of_nodes()))
    B.add_edges_from((u, v) for u, v in H.edges() if u != v)
    return B


def two_cliques():
    """Two 5-cliques {0..4} and {5..9} joined by the tie 4-5."""
    G = nx.Graph()
    G.add_edges_from(itertools.combinations(range(5), 2))
    G.add_edges_from(itertools.combinations(range(5, 10), 2))
    G.add_edge(4, 5)
    return G


def graphs():
    """(name, description, graph, removals, key-player k values)."""
    out = []

    def add(name, description, G, removals=(), ks=()):
        out.append((name, description, relabel(G), [list(r) for r in removals], list(ks)))

    add("two_cliques", "two 5-cliques joined by the tie 4-5", two_cliques(), removals=[[4], [4, 5], [0]], ks=[1, 2, 3])
    add("path_5", "a path of five actors", nx.path_graph(5), removals=[[2], [0], [1, 3]], ks=[1, 2])
    add("star", "a centre with six leaves", nx.star_graph(6), removals=[[0], [1]], ks=[1, 2])
    add("cycle", "a cycle of nine actors", nx.cycle_graph(9), removals=[[0], [0, 4]], ks=[1, 2, 3])
    G = nx.Graph()
    G.add_nodes_from(range(12))
    G.add_edges_from([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3), (6, 7), (7, 8), (9, 10)])
    add("disconnected", "two triangles joined by a path, a path, a pair and an isolate", G, removals=[[3], [11], [2, 7]],
        ks=[1, 2, 3])
    add("single", "one actor", nx.empty_graph(1))
    add("pair", "two actors with one tie", nx.path_graph(2), removals=[[0]])
    add("three_isolates", "three actors, no tie", nx.empty_graph(3), removals=[[1]], ks=[1])
    add("binary_tree", "balanced binary tree of depth 3", nx.balanced_tree(2, 3), removals=[[0], [1, 2]], ks=[1, 2, 3])
    add("karate", "Zachary's karate club (binary)", nx.karate_club_graph(), removals=[[0], [0, 33]], ks=[1, 2, 3])
    add("florentine", "Florentine families (Padgett)", nx.florentine_families_graph(), removals=[[8]], ks=[1, 2, 3])
    add("les_miserables", "co-occurrence in Les Miserables (binary)", nx.les_miserables_graph(), removals=[[11]],
        ks=[1, 2])
    for seed in range(4):
        n = 14 + 2 * seed
        add(f"gnp_{seed}", f"G({n}, 0.15), seed {seed}", nx.gnp_random_graph(n, 0.15, seed=seed), removals=[[0]],
            ks=[1, 2, 3])
    add("gnp_sparse", "G(40, 0.06), seed 3: several components and isolates", nx.gnp_random_graph(40, 0.06, seed=3),
        ks=[1, 2])
    add("barabasi_albert", "Barabasi-Albert, 60 actors, 2 ties per newcomer, seed 5",
        nx.barabasi_albert_graph(60, 2, seed=5), removals=[[0, 1]], ks=[1, 2])
    add("random_tree", "a random tree on 25 actors, seed 7", nx.random_tree(25, seed=7), ks=[1, 2, 3])
    return out


def inverse_distance_sum(G):
    return sum(1.0 / d for u, dist in nx.all_pairs_shortest_path_length(G) for v, d in dist.items() if u != v)


def fragmentation(G):
    n = G.number_of_nodes()
    if n < 2:
        return None
    return 1.0 - sum(len(c) * (len(c) - 1) for c in nx.connected_components(G)) / (n * (n - 1))


def distance_fragmentation(G):
    n = G.number_of_nodes()
    if n < 2:
        return None
    return 1.0 - inverse_distance_sum(G) / (n * (n - 1))


def without(G, nodes):
    H = G.copy()
    H.remove_nodes_from(nodes)
    return H


def reach_values(G, members):
    """Outsiders within 1, within 2, and sum of 1/d(K, j), over j not in K."""
    d = nx.multi_source_dijkstra_path_length(G, set(members))
    outsiders = [v for v in G if v not in members]
    r1 = sum(1 for v in outsiders if d.get(v, math.inf) <= 1)
    r2 = sum(1 for v in outsiders if d.get(v, math.inf) <= 2)
    weighted = sum(1.0 / d[v] for v in outsiders if v in d)
    return r1, r2, weighted


def key_players(G, k):
    """Brute-force optima over every set of k actors."""
    n = G.number_of_nodes()
    best = {"k": k}
    if k <= n - 2:
        best["kpp_neg_distance_fragmentation"] = max(distance_fragmentation(without(G, s))
                                                     for s in itertools.combinations(range(n), k))
    if k <= n - 1:
        r1 = r2 = rw = -1
        for s in itertools.combinations(range(n), k):
            a, b, c = reach_values(G, s)
            r1, r2, rw = max(r1, a), max(r2, b), max(rw, c)
        best["kpp_pos_reach_1"] = r1
        best["kpp_pos_reach_2"] = r2
        best["kpp_pos_distance_weighted_reach"] = rw / (n - k)
    return best


def igraph_leiden_modularity(G):
    """The mean and the best modularity of igraph's Leiden over ten seeds."""
    if G.number_of_edges() == 0:
        return None
    ig = igraph.Graph(n=G.number_of_nodes(), edges=list(G.edges()), directed=False)
    found = []
    for seed in range(10):
        random.seed(seed)
        part = ig.community_leiden(objective_function="modularity", n_iterations=-1)
        found.append(ig.modularity(part.membership))
    return {"mean": sum(found) / len(found), "best": max(found)}


def graph_fixture(name, description, G, removals, ks):
    n = G.number_of_nodes()
    doc = {"generator": SCRIPT, "versions": VERSIONS, "name": name, "description": description, "actors": n,
           "edges": sorted([min(u, v), max(u, v)] for u, v in G.edges())}
    doc["articulation_points"] = sorted(nx.articulation_points(G))
    doc["bridges"] = sorted([min(u, v), max(u, v)] for u, v in nx.bridges(G))
    doc["fragmentation"] = fragmentation(G)
    doc["distance_fragmentation"] = distance_fragmentation(G)
    # The DF of the n - 1 others: null below three actors (fewer than two left).
    doc["fragmentation_if_removed"] = [distance_fragmentation(without(G, [v])) if n >= 3 else None for v in range(n)]
    doc["removals"] = [{"removed": r, "fragmentation": fragmentation(without(G, r)),
                        "distance_fragmentation": distance_fragmentation(without(G, r))} for r in removals]
    doc["key_players"] = [key_players(G, k) for k in ks]
    doc["igraph_leiden_modularity"] = igraph_leiden_modularity(G)
    return doc


def partition_fixture():
    cases = []

    def igraph_case(name, a, b):
        nmi = igraph.compare_communities(a, b, method="nmi")
        cases.append({"name": name, "a": a, "b": b, "source": "igraph compare_communities",
                      "nmi": nmi, "vi": igraph.compare_communities(a, b, method="vi"),
                      "rand": igraph.compare_communities(a, b, method="rand"),
                      "ari": igraph.compare_communities(a, b, method="adjusted_rand")})

    igraph_case("igraph_test_vectors", [2, 0, 2, 1, 1, 0, 2, 2, 1, 2], [1, 1, 2, 1, 1, 0, 2, 2, 0, 2])
    rng = random.Random(2024)
    for i, (n, ka, kb) in enumerate([(30, 3, 4), (50, 5, 2), (100, 7, 7), (12, 12, 3)]):
        igraph_case(f"random_{i}", [rng.randrange(ka) for _ in range(n)], [rng.randrange(kb) for _ in range(n)])
    igraph_case("identical_relabelled", [0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 4, 4])
    # scikit-learn's docstrings (adjusted_rand_score, normalized_mutual_info_score).
    sklearn = "scikit-learn documentation examples"
    cases.append({"name": "sklearn_perfect", "a": [0, 0, 1, 1], "b": [0, 0, 1, 1], "source": sklearn,
                  "ari": 1.0, "nmi": 1.0})
    cases.append({"name": "sklearn_permuted", "a": [0, 0, 1, 1], "b": [1, 1, 0, 0], "source": sklearn,
                  "ari": 1.0, "nmi": 1.0})
    cases.append({"name": "sklearn_split", "a": [0, 0, 1, 2], "b": [0, 0, 1, 1], "source": sklearn,
                  "ari": 0.5714285714285714})
    cases.append({"name": "sklearn_split_reversed", "a": [0, 0, 1, 1], "b": [0, 0, 1, 2], "source": sklearn,
                  "ari": 0.5714285714285714})
    cases.append({"name": "sklearn_incomplete", "a": [0, 0, 0, 0], "b": [0, 1, 2, 3], "source": sklearn,
                  "ari": 0.0, "nmi": 0.0})
    cases.append({"name": "sklearn_discordant", "a": [0, 0, 1, 1], "b": [0, 1, 0, 1], "source": sklearn,
                  "ari": -0.5})
    # Both a single group: NMI 0/0, 1 by convention (sklearn and igraph); ARI 1 (sklearn).
    cases.append({"name": "single_group_both", "a": [0, 0, 0], "b": [4, 4, 4], "source": sklearn,
                  "nmi": 1.0, "ari": 1.0, "vi": 0.0, "rand": 1.0})
    return {"generator": SCRIPT, "versions": VERSIONS, "cases": cases}


def check_stated_values(docs):
    """The values the task states, to 1e-6: a check of the script itself."""
    def near(x, y, tolerance=1e-6):
        assert abs(x - y) < tolerance, (x, y)

    cliques = docs["two_cliques.json"]
    near(cliques["distance_fragmentation"], 0.325926)
    one, both = cliques["removals"][0], cliques["removals"][1]
    near(one["fragmentation"], 0.555556)
    near(one["distance_fragmentation"], 0.555556)
    near(both["fragmentation"], 0.571429)
    near(both["distance_fragmentation"], 0.571429)
    path = docs["path_5.json"]
    near(path["distance_fragmentation"], 0.358333)
    centre, end = path["removals"][0], path["removals"][1]
    near(centre["fragmentation"], 0.666667)
    near(centre["distance_fragmentation"], 0.666667)
    near(path["fragmentation_if_removed"][1], 0.583333)
    near(end["fragmentation"], 0.0)
    vectors = docs["partitions.json"]["cases"][0]
    near(vectors["vi"], 1.1343, 5e-5)  # as igraph's tests print it
    near(vectors["rand"], 0.711111)
    near(vectors["ari"], 0.312573)
    near(vectors["nmi"], 0.455859)


def documents():
    docs = {}
    for name, description, G, removals, ks in graphs():
        docs[f"{name}.json"] = graph_fixture(name, description, G, removals, ks)
    docs["partitions.json"] = partition_fixture()
    check_stated_values(docs)
    return docs


def same(a, b, path=""):
    """Equal up to 1e-12 for numbers; the versions may differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        keys = (set(a) | set(b)) - {"versions"}
        return all(k in a and k in b and same(a[k], b[k], f"{path}.{k}") for k in keys)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y, f"{path}[{i}]") for i, (x, y) in enumerate(zip(a, b)))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-12 * max(1.0, abs(a))
    return a == b


def main():
    check = "--check" in sys.argv[1:]
    docs = documents()
    if check:
        bad = []
        for name, doc in docs.items():
            path = OUT / name
            if not path.exists() or not same(json.loads(path.read_text()), doc):
                bad.append(name)
        present = {p.name for p in OUT.glob("*.json")} if OUT.exists() else set()
        bad += sorted(present - set(docs))
        for name in bad:
            print(f"make_fragility_fixtures: {name} differs from what the script computes", file=sys.stderr)
        return 1 if bad else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, doc in docs.items():
        (OUT / name).write_text(json.dumps(doc, indent=1) + "\n")
        print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
