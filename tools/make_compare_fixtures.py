#!/usr/bin/python3
"""Regenerates tests/fixtures/compare/*.json: golden values of the wave
comparison (docs/metrics.md, "Comparing two waves") for the GoogleTest suite
(tests/compare/).

Each fixture holds a small study (actors with the waves they exist in, ties
per wave) and, per compared pair of waves, the expected figures:
- tie turnover from Python set arithmetic on NetworkX edge sets
  (added / removed / stable, Jaccard);
- the change table and Hamming distance by enumerating every pair of actors
  present in both waves (itertools.combinations), Jaccard of the common
  actors from that table;
- actors joined and left;
- Spearman's rho of degree and of betweenness over the common actors from
  scipy.stats.spearmanr, betweenness from nx.betweenness_centrality
  (normalized=True; null for a wave of at most two actors, as docs/metrics.md
  says); rho null where scipy gives NaN or fewer than two actors are common;
- each actor's degree and betweenness in both waves, in the order docs/metrics.md
  asks for (rise in betweenness, largest first, then actors with an absent
  side; each part by id).

Betweenness is rounded to 10 decimals before ranking, the counterpart of the
library's 1e-9 tie tolerance; the script checks that no two distinct values
(and no two distinct rises) are close enough for the two rules to disagree.

Usage: /usr/bin/python3 tools/make_compare_fixtures.py [OUTPUT_DIR] [--check]
"""

import itertools
import json
import math
import os
import random
import sys
import warnings

import networkx as nx
from scipy import stats

import fixture_io


def wave_graph(case, year):
    g = nx.Graph()
    for a in case["actors"]:
        if year in a["waves"]:
            g.add_node(a["id"])
    for u, v, w in case["ties"]:
        if w == year:
            assert g.has_node(u) and g.has_node(v), (u, v, w)
            g.add_edge(u, v)
    return g


def betweenness(g):
    if g.number_of_nodes() <= 2:
        return {v: None for v in g.nodes}
    return {v: round(b, 10) for v, b in nx.betweenness_centrality(g, normalized=True).items()}


def check_separated(values, what):
    """No two distinct values within 1e-8: the library's 1e-9 tolerance and
    this script's rounding then agree on which values are tied."""
    vs = sorted(set(values))
    for a, b in zip(vs, vs[1:]):
        assert b - a > 1e-8, f"{what}: {a} and {b} are too close to rank reliably; change the seed"


def spearman(x, y):
    if len(x) < 2:
        return None
    rho = stats.spearmanr(x, y).correlation
    return None if rho is None or math.isnan(rho) else float(rho)


def edge_set(g):
    return {tuple(sorted(e)) for e in g.edges}


def compare(case, y0, y1):
    a, b = wave_graph(case, y0), wave_graph(case, y1)
    ea, eb = edge_set(a), edge_set(b)
    added, removed, stable = len(eb - ea), len(ea - eb), len(ea & eb)
    common = sorted(set(a.nodes) & set(b.nodes))
    table = {"00": 0, "01": 0, "10": 0, "11": 0}
    for u, v in itertools.combinations(common, 2):
        table[f"{int(a.has_edge(u, v))}{int(b.has_edge(u, v))}"] += 1
    hamming = table["01"] + table["10"]
    changed_or_kept = table["01"] + table["10"] + table["11"]
    ba, bb = betweenness(a), betweenness(b)
    check_separated([x for x in list(ba.values()) + list(bb.values()) if x is not None], "betweenness")

    bet = None
    if all(ba[v] is not None and bb[v] is not None for v in common):
        bet = spearman([ba[v] for v in common], [bb[v] for v in common])
    deg = spearman([a.degree(v) for v in common], [b.degree(v) for v in common])

    everyone = sorted(set(a.nodes) | set(b.nodes))
    rises = {v: round(bb[v] - ba[v], 10) for v in common if ba[v] is not None and bb[v] is not None}
    check_separated(list(rises.values()), "rise in betweenness")
    first = sorted(rises, key=lambda v: (-rises[v], v))
    rest = sorted(v for v in everyone if v not in rises)
    actors = []
    for v in first + rest:
        actors.append({
            "id": v,
            "degree": {"from": a.degree(v) if v in a else None, "to": b.degree(v) if v in b else None},
            "betweenness": {"from": ba.get(v), "to": bb.get(v)},
        })
    return {
        "from": y0, "to": y1,
        "ties_added": added, "ties_removed": removed, "ties_stable": stable,
        "jaccard": stable / (added + removed + stable) if added + removed + stable else None,
        "change_table": table, "hamming": hamming,
        "jaccard_common": table["11"] / changed_or_kept if changed_or_kept else None,
        "actors_joined": sorted(set(b.nodes) - set(a.nodes)),
        "actors_left": sorted(set(a.nodes) - set(b.nodes)),
        "rank_correlation": {"betweenness": bet, "degree": deg},
        "actors": actors,
    }


def finish(description, years, actors, ties, pairs):
    case = {"description": description, "waves": years, "actors": actors, "ties": ties}
    case["comparisons"] = [compare(case, y0, y1) for y0, y1 in pairs]
    return case


def panel(seed):
    """Three waves, actors joining, leaving and coming back, ties persisting
    with probability 0.6 and new ones drawn at random."""
    rng = random.Random(seed)
    years = [2019, 2022, 2024]
    presence = ([years] * 24 + [[2019, 2022]] * 5 + [[2022, 2024]] * 5 + [[2024]] * 4
                + [[2019]] * 2 + [[2019, 2024]] * 1 + [[2022]] * 1)
    actors = [{"id": f"a{i:02d}", "waves": list(w)} for i, w in enumerate(presence)]
    ties, previous = [], set()
    for year in years:
        present = [a["id"] for a in actors if year in a["waves"]]
        # sorted: a set of strings iterates in a different order in every Python run
        current = {e for e in sorted(previous) if e[0] in present and e[1] in present and rng.random() < 0.6}
        for u, v in itertools.combinations(present, 2):
            if rng.random() < 0.07:
                current.add((u, v))
        ties += [[u, v, year] for u, v in sorted(current)]
        previous = current
    return finish(f"three-wave panel, seed {seed}", years, actors, ties,
                  [(2019, 2022), (2022, 2024), (2019, 2024)])


def same_actors(n, years=(1, 2)):
    return [{"id": f"v{i}", "waves": list(years)} for i in range(n)]


def edge_cases():
    out = {}
    path = [["v0", "v1"], ["v1", "v2"], ["v2", "v3"], ["v3", "v4"], ["v1", "v4"]]
    out["no_ties_then_ties"] = finish(
        "a wave without ties, then a wave with ties", [1, 2], same_actors(5), [t + [2] for t in path], [(1, 2), (2, 1)])
    out["both_empty"] = finish("two waves without ties", [1, 2], same_actors(4), [], [(1, 2)])
    out["identical"] = finish(
        "identical waves", [1, 2], same_actors(5), [t + [1] for t in path] + [t + [2] for t in path], [(1, 2)])
    other = [["v0", "v2"], ["v0", "v3"], ["v0", "v4"], ["v2", "v4"]]
    out["disjoint_ties"] = finish(
        "the same actors, no tie in common", [1, 2], same_actors(5), [t + [1] for t in path] + [t + [2] for t in other],
        [(1, 2)])
    actors = [{"id": f"p{i}", "waves": [1]} for i in range(4)] + [{"id": f"q{i}", "waves": [2]} for i in range(4)]
    out["disjoint_actors"] = finish(
        "no actor in both waves", [1, 2], actors,
        [["p0", "p1", 1], ["p1", "p2", 1], ["p2", "p3", 1], ["q0", "q1", 2], ["q0", "q2", 2], ["q0", "q3", 2]], [(1, 2)])
    actors = ([{"id": "hub", "waves": [1, 2]}] + [{"id": f"p{i}", "waves": [1]} for i in range(3)]
              + [{"id": f"q{i}", "waves": [2]} for i in range(4)])
    out["single_common_actor"] = finish(
        "one actor in both waves", [1, 2], actors,
        [["hub", "p0", 1], ["p0", "p1", 1], ["p1", "p2", 1], ["hub", "q0", 2], ["hub", "q1", 2], ["q1", "q2", 2],
         ["q2", "q3", 2]], [(1, 2)])
    actors = ([{"id": "x", "waves": [1, 2]}, {"id": "y", "waves": [1, 2]}]
              + [{"id": f"p{i}", "waves": [1]} for i in range(2)] + [{"id": f"q{i}", "waves": [2]} for i in range(2)])
    out["two_common_actors"] = finish(
        "two actors in both waves, their order reversed", [1, 2], actors,
        [["x", "p0", 1], ["x", "p1", 1], ["x", "y", 1], ["y", "q0", 2], ["y", "q1", 2], ["q0", "q1", 2]], [(1, 2)])
    out["tiny_waves"] = finish(
        "waves of one and two actors (betweenness null)", [1, 2, 3],
        [{"id": "a", "waves": [1, 2, 3]}, {"id": "b", "waves": [2, 3]}, {"id": "c", "waves": [3]}],
        [["a", "b", 2], ["a", "b", 3], ["b", "c", 3]], [(1, 2), (2, 3)])
    return out


def fixtures():
    warnings.filterwarnings("ignore", category=stats.ConstantInputWarning)  # constant side: rho is null
    cases = {f"panel_{seed}": panel(seed) for seed in (1, 2)}
    cases.update(edge_cases())
    return cases


if __name__ == "__main__":
    sys.exit(fixture_io.main(
        __doc__.splitlines()[0], "tools/make_compare_fixtures.py",
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "compare"),
        ["networkx", "scipy"], fixtures, dump=lambda d: json.dumps(d, indent=1) + "\n"))
