#!/usr/bin/python3
"""Regenerates tests/fixtures/robustness/*.json: the expected result of
`helixnet robustness` (docs/robustness.md) on small random studies, found by
brute force, for the GoogleTest suite (tests/compare/robustness_fixtures_test.cpp).

Every finding is computed from its definition on NetworkX graphs (components
by nx.connected_components), under each variant, and the passage search tries
every set of one, two and three passages in lexicographic order
(itertools.combinations), removing their ties from both waves and recomputing
the finding: the first set that changes the direction is the expected
`reversing_passages`. The library's search is incremental (signatures for the
counts, forests for the components); this script shares none of that.

Usage (tools/fixture_io.py; the Python and NetworkX versions go to generator.json):
  /usr/bin/python3 tools/make_robustness_fixtures.py [OUTPUT_DIR]   write the fixtures
  /usr/bin/python3 tools/make_robustness_fixtures.py --check        regenerate in memory and
                                                                   compare with the committed files
"""

import itertools
import json
import os
import random
import sys

import networkx as nx

import fixture_io

TOLERANCE = 1e-9
SHARED_LIMIT = 3
MAX_PASSAGES = 3
LEVELS = {"assumed": 0, "implied": 1, "stated": 2}
VARIANTS = ["all", "implied", "stated", "no_group_actors", "no_shared_passages"]
HELIX = ("government", "industry", "education")
FIXTURE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "robustness")


def direction(a, b):
    if a is None or b is None:
        return None
    d = b - a
    if d > TOLERANCE:
        return "rise"
    if d < -TOLERANCE:
        return "fall"
    return "same"


def group_of(actor, attribute):
    v = actor.get(attribute)
    return "unknown" if v is None or v == "" or v == "unknown" else v


def helix_role(study, actor):
    s = actor.get("sector") or ""
    meta = study.get("attributes", {}).get("sector", {})
    if s in meta and "helix" in meta[s]:
        return meta[s]["helix"]
    return s if s in HELIX else ""


def is_group_actor(actor):
    return (actor.get("count") or "").strip() != ""


def number_passages(study):
    """The passage number of each tie (distinct evidence; a tie without
    evidence is a passage of its own): the quotes in code-point order, then
    the ties without evidence by wave and the ids of their ends."""
    def key(t):
        ev = t.get("evidence", "")
        if ev:
            return (0, ev, 0, "", "")
        a, b = sorted([t["source"], t["target"]])
        return (1, "", t["wave"], a, b)
    keys = [key(t) for t in study["ties"]]
    numbers = {k: i for i, k in enumerate(sorted(set(keys)))}
    return [numbers[k] for k in keys], len(numbers)


def wave_actors(study, year):
    return [a["id"] for a in study["actors"] if not a.get("waves") or year in a["waves"]]


def values(study, year, attributes, ties, drop_groups):
    """Every figure of one wave from its ties (list of study tie dicts)."""
    actors = {a["id"]: a for a in study["actors"]}
    nodes = [v for v in wave_actors(study, year) if not (drop_groups and is_group_actor(actors[v]))]
    G = nx.Graph()
    G.add_nodes_from(nodes)
    for t in ties:
        G.add_edge(t["source"], t["target"])
    n, m = G.number_of_nodes(), G.number_of_edges()
    out = {"ties": m,
           "average_degree": None if n == 0 else 2 * m / n,
           "largest_component_share": None if n == 0 else max(len(c) for c in nx.connected_components(G)) / n}
    for attr in attributes:
        ext = sum(1 for u, v in G.edges() if group_of(actors[u], attr) != group_of(actors[v], attr))
        internal = m - ext
        out["external_ties:" + attr] = ext
        out["ei_index:" + attr] = None if m == 0 else (ext - internal) / (ext + internal)
        for u, v in G.edges():
            a, b = sorted([group_of(actors[u], attr), group_of(actors[v], attr)])
            if a != b:
                key = f"pair_ties:{attr}:{a}:{b}"
                out[key] = out.get(key, 0) + 1
    if any("sector" in a for a in study["actors"]):
        out["helix_ties"] = sum(1 for u, v in G.edges()
                                if helix_role(study, actors[u]) and helix_role(study, actors[v])
                                and helix_role(study, actors[u]) != helix_role(study, actors[v]))
    return out


def wave_ties(study, year, passage, variant, removed=()):
    ties = [(i, t) for i, t in enumerate(study["ties"]) if t["wave"] == year]
    support = {}
    for i, t in ties:
        if t.get("evidence", ""):
            support[passage[i]] = support.get(passage[i], 0) + 1
    actors = {a["id"]: a for a in study["actors"]}
    kept = []
    for i, t in ties:
        if passage[i] in removed:
            continue
        level = LEVELS[t.get("confidence", "stated")]
        if variant == "implied" and level < LEVELS["implied"]:
            continue
        if variant == "stated" and level < LEVELS["stated"]:
            continue
        if variant == "no_group_actors" and (is_group_actor(actors[t["source"]]) or is_group_actor(actors[t["target"]])):
            continue
        if variant == "no_shared_passages" and support.get(passage[i], 1) > SHARED_LIMIT:
            continue
        kept.append(t)
    return kept


def figure(vals, key):
    if key.startswith("pair_ties:"):
        return vals.get(key, 0)
    return vals[key]


def expected_for(study):
    years = [w["year"] for w in study["waves"]]
    attributes = [a for a in ("sector", "region") if any(a in x for x in study["actors"])]
    passage, count = number_passages(study)
    evidence = {}
    for i, t in enumerate(study["ties"]):
        evidence.setdefault(passage[i], t.get("evidence", ""))
    pairs = [(years[i], years[i + 1]) for i in range(len(years) - 1)]
    if len(years) > 2:
        pairs.append((years[0], years[-1]))
    comparisons = []
    for a, b in pairs:
        full = {y: values(study, y, attributes, wave_ties(study, y, passage, "all"), False) for y in (a, b)}
        keys = ["ties", "average_degree", "largest_component_share"]
        for attr in attributes:
            keys += ["external_ties:" + attr, "ei_index:" + attr]
            pair_keys = {k for y in (a, b) for k in full[y] if k.startswith(f"pair_ties:{attr}:") and full[y][k] > 0}
            # G1 < G2 and the pairs in byte order of (G1, G2).
            keys += sorted(pair_keys, key=lambda k: tuple(g.encode("utf-8") for g in k.split(":")[2:]))
        if "helix_ties" in full[a]:
            keys.append("helix_ties")
        per_variant = {v: {y: values(study, y, attributes, wave_ties(study, y, passage, v), v == "no_group_actors")
                           for y in (a, b)} for v in VARIANTS}
        relevant = sorted({passage[i] for i, t in enumerate(study["ties"]) if t["wave"] in (a, b)})
        order = [k for k in keys if direction(figure(full[a], k), figure(full[b], k)) is not None]
        # Every set of one, two, three passages in lexicographic order; a
        # finding's answer is the first set of the smallest size that changes it.
        reversing = {}
        for k in range(1, MAX_PASSAGES + 1):
            open_keys = [key for key in order if key not in reversing]
            if not open_keys:
                break
            found = {}
            for S in itertools.combinations(relevant, k):
                removed = set(S)
                va = values(study, a, attributes, wave_ties(study, a, passage, "all", removed), False)
                vb = values(study, b, attributes, wave_ties(study, b, passage, "all", removed), False)
                for key in open_keys:
                    if key not in found and direction(figure(va, key), figure(vb, key)) != \
                            direction(figure(full[a], key), figure(full[b], key)):
                        found[key] = list(S)
            reversing.update(found)
        findings = {}
        for key in order:
            x, y = figure(full[a], key), figure(full[b], key)
            d = direction(x, y)
            variants = {}
            holds = 0
            for v in VARIANTS:
                vx, vy = figure(per_variant[v][a], key), figure(per_variant[v][b], key)
                vd = direction(vx, vy)
                variants[v] = {"from_value": vx, "to_value": vy, "direction": vd}
                holds += vd == d
            r = reversing.get(key)
            findings[key] = {"direction": d, "from_value": x, "to_value": y, "variants": variants,
                             "holds_in": holds,
                             "passages_to_reverse": None if r is None else len(r),
                             "reversing_passages": r or [],
                             "reversing_evidence": [evidence[p] for p in (r or [])]}
        comparisons.append({"from": a, "to": b, "order": order, "findings": findings})
    return {"attributes": attributes, "passages": count, "comparisons": comparisons}


def random_study(rng, name, n_actors, years, ties_per_wave, quotes, quoted=0.85):
    sectors = ["government", "industry", "education", "intermediary", ""]
    regions = ["north", "south", "east", ""]
    actors = []
    for i in range(n_actors):
        a = {"id": f"a{i:02d}", "name": f"Actor {i}", "sector": rng.choice(sectors), "region": rng.choice(regions)}
        if rng.random() < 0.2:
            a["count"] = rng.choice(["12", "unspecified", "4-5"])
        if rng.random() < 0.25:
            a["waves"] = sorted(rng.sample(years, rng.randint(1, len(years))))
        actors.append({k: v for k, v in a.items() if v != ""})
    pool = [f"Quote {q}: these parties work together." for q in range(quotes)]
    ties = []
    for w, y in enumerate(years):
        present = [a["id"] for a in actors if not a.get("waves") or y in a["waves"]]
        pairs = list(itertools.combinations(present, 2))
        rng.shuffle(pairs)
        m = ties_per_wave[w] if isinstance(ties_per_wave, list) else ties_per_wave
        for u, v in pairs[:m]:
            t = {"source": u, "target": v, "wave": y}
            r = rng.random()
            if r < quoted:
                q = rng.randrange(quotes)
                t["evidence"] = pool[q]
                t["source_ref"] = f"report, section {q}"
            c = rng.random()
            if c < 0.2:
                t["confidence"] = "assumed"
            elif c < 0.45:
                t["confidence"] = "implied"
            elif c < 0.6:
                t["confidence"] = "stated"
            ties.append(t)
    return {"format": "helixnet/1", "name": name, "waves": [{"year": y} for y in years],
            "actors": actors, "ties": ties}


def cases():
    rng = random.Random(20240613)
    specs = [  # name, actors, waves, ties per wave, quotes
        ("random_0", 6, [2019, 2022], 4, 4),
        ("random_1", 7, [2019, 2022, 2024], 5, 6),
        ("random_2", 8, [2019, 2022, 2024], 7, 5),
        ("random_3", 9, [2019, 2022], 9, 8),
        ("random_4", 10, [2019, 2022, 2024], 8, 10),
        ("random_5", 8, [2019, 2022], 10, 3),
        ("random_6", 12, [2019, 2022, 2024], 12, 12),
        ("random_7", 14, [2019, 2022], 16, 18),
        ("random_8", 6, [2019, 2022, 2024], 3, 2),
        ("random_9", 11, [2020, 2023], 14, 7),
        # Mostly a quote per tie: components that take two or three passages to break.
        ("dense_0", 9, [2019, 2022], 14, 60),
        ("dense_1", 10, [2019, 2022, 2024], 13, 60),
        ("dense_2", 12, [2019, 2022], 15, 60),
        ("dense_3", 8, [2019, 2022, 2024], 11, 60),
        # Well-connected waves: a lone actor needs several passages to cut off.
        ("connected_0", 7, [2019, 2022], [9, 16], 80),
        ("connected_1", 7, [2019, 2022, 2024], [17, 12, 15], 80),
        ("connected_2", 8, [2019, 2022], [20, 14], 80),
    ]
    out = []
    for name, n, years, m, q in specs:
        study = random_study(rng, name, n, years, m, q, 0.85 if name.startswith("random") else 0.95)
        out.append({"name": name, "study": study, "expected": expected_for(study)})
    for study in built_cases():
        out.append({"name": study["name"], "study": study, "expected": expected_for(study)})
    # Helix roles from metadata.
    study = random_study(rng, "helix_metadata", 8, [2019, 2022, 2024], 8, 5)
    study["attributes"] = {"sector": {"intermediary": {"helix": "industry"}}}
    out.append({"name": "helix_metadata", "study": study, "expected": expected_for(study)})
    return out


def built_study(name, n_actors, waves):
    """A study from edge lists per wave, every tie its own quote."""
    actors = [{"id": f"a{i:02d}", "name": f"Actor {i}", "sector": HELIX[i % 3]} for i in range(n_actors)]
    ties = []
    for year, edges in waves:
        for u, v in edges:
            ties.append({"source": f"a{u:02d}", "target": f"a{v:02d}", "wave": year,
                         "evidence": f"Quote {len(ties)}: actors {u} and {v} work together.",
                         "source_ref": f"report, page {len(ties)}"})
    return {"format": "helixnet/1", "name": name, "waves": [{"year": y} for y, _ in waves],
            "actors": actors, "ties": ties}


def built_cases():
    k4 = [(a, b) for a, b in itertools.combinations(range(4), 2)]
    k5 = [(a, b) for a, b in itertools.combinations(range(5), 2)]
    return [
        # Largest component 5/6 -> 6/6 (a path, then a ring): two ring ties cut it.
        built_study("component_two", 6, [(2019, [(0, 1), (1, 2), (2, 3), (3, 4)]),
                                         (2022, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)])]),
        # 4/5 -> 5/5 with actor 4 tied to three of a clique of four: three ties cut it.
        built_study("component_three", 5, [(2019, k4), (2022, k4 + [(4, 0), (4, 1), (4, 2)])]),
        # 4/5 -> 5/5 with a clique of five: every actor has four ties, no three passages cut one off.
        built_study("component_none", 5, [(2019, k4), (2022, k5)]),
    ]


def fixtures():
    return {case["name"]: case for case in cases()}


if __name__ == "__main__":
    sys.exit(fixture_io.main(
        __doc__.splitlines()[0], "tools/make_robustness_fixtures.py", FIXTURE_DIR, ["networkx"], fixtures,
        dump=lambda d: json.dumps(d, indent=1, ensure_ascii=False) + "\n"))
