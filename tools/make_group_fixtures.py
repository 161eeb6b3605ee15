#!/usr/bin/python3
"""Regenerates tests/fixtures/groups/*.json: golden values of the group and
brokerage measures (docs/metrics.md, "Brokerage roles", "Group level", triple-helix
measures) for the GoogleTest suite (tests/groups/).

References: NetworkX 2.8 (attribute_mixing_matrix, attribute_assortativity_
coefficient, community.modularity with weight=None) and, beside it, a direct
line-by-line implementation of the definitions (E-I indexes, block densities,
brokerage roles by enumerating neighbour pairs, expected brokerage by
enumerating pairs of other actors, helix triads by enumerating triples, and
the exact permutation p-value of the E-I index by enumerating every distinct
relabelling of small graphs).

Where R's sna package is installed (Debian r-cran-sna), brokerage is also
cross-checked against sna::brokerage on the symmetrised graph (2x for
coordinator, itinerant and liaison; gatekeeper = sna's gatekeeper =
representative). This is a check of the script only; the build never needs R.

Usage: /usr/bin/python3 tools/make_group_fixtures.py [OUTPUT_DIR] [--check]
"""

import itertools
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import warnings

import networkx as nx

import fixture_io

UNKNOWN = "unknown"
ROLES = ("coordinator", "itinerant", "gatekeeper", "liaison")


def value_of(actor, attribute):
    """The group name of an actor for a (possibly combined) attribute."""
    parts = attribute.split("+") if attribute not in actor["attributes"] else [attribute]
    names = []
    for part in parts:
        v = actor["attributes"].get(part)
        names.append(UNKNOWN if v is None or v == "" or v == UNKNOWN else v)
    return "+".join(names)


def classify(ga, gb, gc):
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "itinerant"
    if ga == gb or gc == gb:
        return "gatekeeper"
    return "liaison"


def ei(e, i):
    return None if e + i == 0 else (e - i) / (e + i)


def nan_to_none(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def groups_object(G, group, helix_role, attribute):
    nodes = sorted(G.nodes())
    n = len(nodes)
    m = G.number_of_edges()
    names = sorted(set(group.values()))
    size = {g: sum(1 for v in nodes if group[v] == g) for g in names}

    # Mixing from NetworkX (it counts an internal tie twice on the diagonal).
    nx.set_node_attributes(G, group, "grp")
    mapping = {g: i for i, g in enumerate(names)}
    M = nx.attribute_mixing_matrix(G, "grp", mapping=mapping, normalized=False)
    mixing = {g: {h: int(M[mapping[g], mapping[h]]) // (2 if g == h else 1) for h in names} for g in names}
    # ... and directly.
    for g in names:
        for h in names:
            direct = sum(1 for u, v in G.edges() if {group[u], group[v]} == {g, h} and
                         (g != h or group[u] == group[v] == g))
            assert direct == mixing[g][h], (g, h, direct, mixing[g][h])

    block = {}
    for g in names:
        block[g] = {}
        for h in names:
            possible = size[g] * (size[g] - 1) // 2 if g == h else size[g] * size[h]
            block[g][h] = None if possible == 0 else mixing[g][h] / possible

    internal = sum(1 for u, v in G.edges() if group[u] == group[v])
    external = m - internal
    pairs = list(itertools.combinations(nodes, 2))
    p_within = sum(1 for u, v in pairs if group[u] == group[v])
    p_between = len(pairs) - p_within
    expected = None if not pairs else (p_between - p_within) / (p_between + p_within)

    if m == 0:
        assort = None
        modularity = None
    else:
        with warnings.catch_warnings():  # 0/0 where every tie end is in one group
            warnings.simplefilter("ignore", RuntimeWarning)
            assort = nan_to_none(nx.attribute_assortativity_coefficient(G, "grp"))
        parts = [{v for v in nodes if group[v] == g} for g in names]
        modularity = nx.community.modularity(G, parts, weight=None)

    per_group = {}
    for g in names:
        gi = sum(1 for u, v in G.edges() if group[u] == group[v] == g)
        ge = sum(1 for u, v in G.edges() if (group[u] == g) != (group[v] == g))
        possible = size[g] * (size[g] - 1) // 2
        per_group[g] = {"size": size[g], "internal_ties": gi, "external_ties": ge,
                        "ei_index": ei(ge, gi),
                        "internal_density": None if possible == 0 else gi / possible}

    out = {"mixing": mixing, "block_density": block, "internal_ties": internal,
           "external_ties": external, "ei_index": ei(external, internal),
           "expected_ei_index": expected, "ei_p_value": exact_p_value(G, group, nodes, names),
           "assortativity": assort, "modularity": modularity, "per_group": per_group}
    if attribute == "sector":
        out["helix_ties"] = sum(1 for u, v in G.edges() if helix_role[u] and helix_role[v] and helix_role[u] != helix_role[v])
        out["helix_triangles"], out["helix_open_triads"] = helix(G, helix_role, nodes)
    return out


def exact_p_value(G, group, nodes, names):
    """Share of all distinct relabellings (group sizes kept) whose E-I index is
    at least as far from its mean as the observed one; None with no ties or
    too many relabellings to enumerate (the test then checks only the range)."""
    m = G.number_of_edges()
    if m == 0:
        return None
    n = len(nodes)
    counts = [sum(1 for v in nodes if group[v] == g) for g in names]
    total = math.factorial(n)
    for c in counts:
        total //= math.factorial(c)
    if total > 100000:
        return None
    P = n * (n - 1) // 2
    Pb = P - sum(c * (c - 1) // 2 for c in counts)
    edges = list(G.edges())
    e_obs = sum(1 for u, v in edges if group[u] != group[v])
    dev = abs(e_obs * P - m * Pb)
    index = {v: i for i, v in enumerate(nodes)}
    labels = [None] * n
    extreme = 0
    seen = 0

    def assign(pos, remaining):
        nonlocal extreme, seen
        if pos == n:
            e = sum(1 for u, v in edges if labels[index[u]] != labels[index[v]])
            seen += 1
            extreme += abs(e * P - m * Pb) >= dev
            return
        for k in range(len(remaining)):
            if remaining[k]:
                remaining[k] -= 1
                labels[pos] = k
                assign(pos + 1, remaining)
                remaining[k] += 1

    assign(0, list(counts))
    assert seen == total
    return extreme / total


def helix(G, role, nodes):
    three = {"government", "industry", "education"}
    triangles = 0
    for a, b, c in itertools.combinations(nodes, 3):
        if G.has_edge(a, b) and G.has_edge(b, c) and G.has_edge(a, c) and {role[a], role[b], role[c]} == three:
            triangles += 1
    open_triads = 0
    for b in nodes:
        for a, c in itertools.combinations(sorted(G[b]), 2):
            if not G.has_edge(a, c) and {role[a], role[b], role[c]} == three:
                open_triads += 1
    return triangles, open_triads


def actor_objects(G, group):
    nodes = sorted(G.nodes())
    n = len(nodes)
    result = []
    for b in nodes:
        e = sum(1 for a in G[b] if group[a] != group[b])
        i = G.degree(b) - e
        counts = dict.fromkeys(ROLES, 0)
        for a, c in itertools.combinations(sorted(G[b]), 2):
            if not G.has_edge(a, c):
                counts[classify(group[a], group[b], group[c])] += 1
        counts["total"] = sum(counts[r] for r in ROLES)
        # Expected: ordered pairs of distinct other actors, drawn without replacement.
        others = [v for v in nodes if v != b]
        draws = dict.fromkeys(ROLES, 0)
        for a, c in itertools.permutations(others, 2):
            draws[classify(group[a], group[b], group[c])] += 1
        denominator = (n - 1) * (n - 2)
        expected = {r: (None if denominator == 0 else counts["total"] * draws[r] / denominator) for r in ROLES}
        expected["total"] = counts["total"]
        result.append({"ei_index": ei(e, i), "brokerage": counts, "brokerage_expected": expected})
    return result


def sna_check(G, group, name, attribute):
    """Cross-check brokerage against R sna::brokerage (symmetrised graph)."""
    if shutil.which("Rscript") is None:
        return False
    nodes = sorted(G.nodes())
    if len(nodes) < 3 or len(set(group.values())) < 1:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        adj = os.path.join(tmp, "adj.csv")
        cl = os.path.join(tmp, "cl.txt")
        with open(adj, "w") as f:
            for u in nodes:
                f.write(",".join("1" if G.has_edge(u, v) else "0" for v in nodes) + "\n")
        with open(cl, "w") as f:
            for v in nodes:
                f.write(group[v] + "\n")
        script = (
            "suppressPackageStartupMessages(library(sna));"
            f"A <- as.matrix(read.csv('{adj}', header=FALSE));"
            f"cl <- readLines('{cl}');"
            "b <- brokerage(A, cl);"
            "write.table(b$raw.nli, sep=',', row.names=FALSE, col.names=TRUE, quote=FALSE)")
        proc = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"  sna check of {name}/{attribute} skipped: {proc.stderr.strip()[:200]}", file=sys.stderr)
            return False
    lines = proc.stdout.strip().splitlines()
    header = lines[0].split(",")
    ours = actor_objects(G, group)
    for row, actor in zip(lines[1:], ours):
        raw = dict(zip(header, (int(float(x)) for x in row.split(","))))
        b = actor["brokerage"]
        assert raw["w_I"] == 2 * b["coordinator"], (name, raw, b)
        assert raw["w_O"] == 2 * b["itinerant"], (name, raw, b)
        assert raw["b_IO"] == b["gatekeeper"] and raw["b_OI"] == b["gatekeeper"], (name, raw, b)
        assert raw["b_O"] == 2 * b["liaison"], (name, raw, b)
    return True


def make_case(name, actors, edges, attributes, sector_helix=None, note=""):
    sector_helix = sector_helix or {}
    G = nx.Graph()
    G.add_nodes_from(range(len(actors)))
    G.add_edges_from(edges)
    helix_role = {}
    for v, a in enumerate(actors):
        s = a["attributes"].get("sector", "")
        r = sector_helix.get(s, s if s in ("government", "industry", "education") else "")
        helix_role[v] = r
    expected = {}
    checked = []
    for attribute in attributes:
        group = {v: value_of(a, attribute) for v, a in enumerate(actors)}
        expected[attribute] = {"groups": groups_object(G, group, helix_role, attribute),
                               "actors": actor_objects(G, group)}
        if sna_check(G, group, name, attribute):
            checked.append(attribute)
    if checked:
        print(f"  {name}: brokerage agrees with sna::brokerage for {', '.join(checked)}", file=sys.stderr)
    return {"name": name, "note": note, "actors": actors, "sector_helix": sector_helix,
            "edges": [list(e) for e in G.edges()], "expected": expected}


def actor(i, **attributes):
    return {"id": f"a{i:02d}", "attributes": attributes}


def cases():
    rng = random.Random(20240501)
    out = []

    # A small mixed study: four sectors (one without a helix role), a missing
    # and an empty sector, regions with a gap, and their combination.
    sectors = ["government", "industry", "education", "intermediary", None, "", "industry",
               "government", "education", "industry"]
    regions = ["gorinchem", "drechtsteden", None, "drechtsteden", "gorinchem", "gorinchem",
               "drechtsteden", "drechtsteden", "gorinchem", ""]
    acts = []
    for i, (s, r) in enumerate(zip(sectors, regions)):
        attrs = {}
        if s is not None:
            attrs["sector"] = s
        if r is not None:
            attrs["region"] = r
        acts.append(actor(i, **attrs))
    edges = [(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (4, 5), (0, 6), (6, 7), (7, 8), (8, 0),
             (1, 9), (2, 9), (5, 9)]
    out.append(make_case("small_mixed", acts, edges, ["sector", "region", "sector+region"],
                         note="unknown and empty values, a combined attribute, helix roles"))

    # Helix roles declared in metadata under other value names.
    names = ["overheid", "bedrijf", "onderwijs", "overheid", "bedrijf", "onderwijs", "anders"]
    acts = [actor(i, sector=s) for i, s in enumerate(names)]
    edges = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (0, 4), (2, 6), (6, 1), (3, 1), (5, 0)]
    out.append(make_case("helix_metadata", acts, edges, ["sector"],
                         sector_helix={"overheid": "government", "bedrijf": "industry", "onderwijs": "education"},
                         note="helix roles from attributes.sector.<value>.helix"))

    # Groups of size one: every actor its own group except two.
    acts = [actor(i, kind=f"k{i}") for i in range(6)] + [actor(6, kind="k0")]
    edges = [(0, 1), (1, 2), (2, 3), (3, 0), (4, 5), (0, 6), (5, 6)]
    out.append(make_case("singletons", acts, edges, ["kind"], note="groups of size one"))

    # One value only: no external ties, assortativity undefined (0/0).
    acts = [actor(i, sector="industry") for i in range(6)]
    edges = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0), (0, 3)]
    out.append(make_case("single_value", acts, edges, ["sector"], note="an attribute with a single value"))

    # Ties only inside groups.
    acts = [actor(i, team="red" if i < 4 else "blue") for i in range(8)]
    edges = [(0, 1), (1, 2), (2, 3), (0, 2), (4, 5), (5, 6), (6, 7)]
    out.append(make_case("internal_only", acts, edges, ["team"], note="ties only inside groups"))

    # Ties only across groups (bipartite).
    acts = [actor(i, team="red" if i < 4 else "blue") for i in range(8)]
    edges = [(0, 4), (0, 5), (1, 5), (1, 6), (2, 6), (2, 7), (3, 7), (3, 4)]
    out.append(make_case("external_only", acts, edges, ["team"], note="ties only across groups"))

    # Ties only inside one group: every tie end in one group (assortativity 0/0).
    acts = [actor(i, team="red" if i < 3 else "blue") for i in range(6)]
    edges = [(0, 1), (1, 2)]
    out.append(make_case("one_group_ties", acts, edges, ["team"], note="all ties inside one group"))

    # No ties at all.
    acts = [actor(i, team="red" if i % 2 else "") for i in range(5)]
    out.append(make_case("no_ties", acts, [], ["team"], note="isolates only, an unknown group"))

    # Zachary's karate club with its known split.
    K = nx.karate_club_graph()
    acts = [actor(v, club=K.nodes[v]["club"]) for v in sorted(K.nodes())]
    out.append(make_case("karate", acts, list(K.edges()), ["club"], note="Zachary's karate club, club split"))

    # Random graphs with unknown values and a combined attribute.
    for k, (n, p) in enumerate([(30, 0.12), (45, 0.08), (25, 0.3)]):
        G = nx.gnp_random_graph(n, p, seed=100 + k)
        pool = ["government", "industry", "education", "intermediary", ""]
        acts = []
        for i in range(n):
            attrs = {"sector": rng.choice(pool), "region": rng.choice(["north", "south", "east"])}
            if rng.random() < 0.15:
                del attrs["region"]
            acts.append(actor(i, **attrs))
        out.append(make_case(f"random_{k}", acts, list(G.edges()), ["sector", "region", "sector+region"],
                             note=f"G(n={n}, p={p}), seed {100 + k}"))
    return out


if __name__ == "__main__":
    sys.exit(fixture_io.main(
        __doc__.splitlines()[0], "tools/make_group_fixtures.py",
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "groups"),
        ["networkx"], lambda: {case["name"]: case for case in cases()},
        dump=lambda d: json.dumps(d, indent=1, sort_keys=False) + "\n"))
