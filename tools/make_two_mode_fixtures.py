#!/usr/bin/python3
"""Writes tests/fixtures/two_mode/*.json: golden values of the two-mode
measures and the co-membership projection (docs/initiatives.md) for the
GoogleTest suite (tests/groups/initiatives_fixtures_test.cpp,
tests/study/projection_test.cpp).

Each fixture holds a study in the helixnet/1 JSON form and, per wave, the
values computed here from NetworkX's bipartite module on the graph of that
wave (actors that exist in the wave, initiatives with a member in it):
  - density                 nx.bipartite.density(B, actors)
  - degree_centrality       nx.bipartite.degree_centrality(B, actors), both sides
  - overlap shared          nx.bipartite.weighted_projected_graph(B, initiatives)
  - overlap jaccard         nx.bipartite.overlap_weighted_projected_graph(B, initiatives, jaccard=True)
  - projection count        nx.bipartite.weighted_projected_graph(B, actors)
  - projection newman       nx.bipartite.collaboration_weighted_projected_graph(B, actors)
  - member_tie_density      nx.density(G.subgraph(members)) on the wave's ties
and, written out directly from their definitions: the helix roles of each
initiative, Leydesdorff's synergy T (entropies by counting), the members per
group of each attribute, the confidence of each projected link (the highest,
over the initiatives the pair shares, of the lower of its two memberships')
and the ties after projection (an existing tie keeps kind and confidence, its
weight grows by the link's).

Fixtures:
  davis.json    Davis, Gardner & Gardner's Southern Women (1941) as
                nx.davis_southern_women_graph has it: 18 women, 14 events,
                89 memberships, one wave.
  newman.json   Newman's example (Phys. Rev. E 64, 016132, 2001, fig. 1):
                authors A and B wrote three papers together, with four, two
                and three authors; their collaboration weight is
                1/3 + 1 + 1/2 = 11/6.
  panel.json    three waves of random memberships and ties (seeded) in
                which actors join and leave, with sectors (helix roles, one
                through the study's metadata), regions and every confidence.

Usage: /usr/bin/python3 tools/make_two_mode_fixtures.py [OUTPUT_DIR] [--check]
(tools/fixture_io.py: --check writes nothing and exits 1 when a committed
fixture differs; generator.json records the library versions.)
"""

import collections
import itertools
import json
import math
import os
import random
import sys

import networkx as nx
from networkx.algorithms import bipartite

import fixture_io

LEVEL = {"assumed": 0, "implied": 1, "stated": 2}
NAME = {v: k for k, v in LEVEL.items()}
ROLE_NAMES = ("government", "industry", "education")


# ---- the study model, as helixnet reads it ----------------------------------

def actor_waves(study, actor_id):
    for a in study["actors"]:
        if a["id"] == actor_id:
            return a.get("waves") or [w["year"] for w in study["waves"]]
    raise KeyError(actor_id)


def wave_members(study, year):
    """{initiative id: {actor id: confidence level}} for the initiatives with
    a member in the wave; a record covers the wave when it lists it, or lists
    none and the actor exists in it; the surest record counts."""
    out = {}
    for ini in study.get("initiatives", []):
        members = {}
        for m in ini.get("members", []):
            listed = m.get("waves") or []
            if year not in actor_waves(study, m["actor"]):
                continue
            if listed and year not in listed:
                continue
            level = LEVEL[m.get("confidence", "stated")]
            members[m["actor"]] = max(level, members.get(m["actor"], -1))
        if members:
            out[ini["id"]] = members
    return out


def helix_role(study, sector):
    meta = study.get("attributes", {}).get("sector", {}).get(sector)
    if meta and meta.get("helix"):
        return meta["helix"]
    return sector if sector in ROLE_NAMES else None


def group_value(actor, attribute):
    v = actor.get(attribute)
    return "unknown" if v is None or v == "" or v == "unknown" else v


# ---- reference values --------------------------------------------------------

def entropy(counts, n):
    return math.log2(n) - sum(c * math.log2(c) for c in counts if c > 0) / n


def synergy_bits(codings):
    """Leydesdorff's T = H_U + H_I + H_G - H_UI - H_UG - H_IG + H_UIG in bits."""
    n = len(codings)
    if n < 2:
        return None

    def h(dims):
        return entropy(collections.Counter(tuple(c[d] for d in dims) for c in codings).values(), n)

    t = h([0]) + h([1]) + h([2]) - h([0, 1]) - h([0, 2]) - h([1, 2]) + h([0, 1, 2])
    return 0.0 if abs(t) < 1e-12 else t


def wave_values(study, year, by):
    actors = {a["id"]: a for a in study["actors"]}
    present = [a["id"] for a in study["actors"] if year in actor_waves(study, a["id"])]
    members = wave_members(study, year)
    initiatives = [i["id"] for i in study.get("initiatives", []) if i["id"] in members]

    # Node names that cannot collide: actors and initiatives apart.
    B = nx.Graph()
    B.add_nodes_from((("a", a) for a in present), bipartite=0)
    B.add_nodes_from((("i", i) for i in initiatives), bipartite=1)
    for i in initiatives:
        for a in members[i]:
            B.add_edge(("i", i), ("a", a))
    top = [("a", a) for a in present]
    bottom = [("i", i) for i in initiatives]

    G = nx.Graph()
    G.add_nodes_from(present)
    weights = {}
    kinds = {}
    confidences = {}
    for t in study.get("ties", []):
        if t["wave"] != year:
            continue
        pair = tuple(sorted((t["source"], t["target"])))
        G.add_edge(*pair)
        weights[pair] = weights.get(pair, 0) + t.get("weight", 1)
        kinds.setdefault(pair, t.get("kind", ""))
        confidences[pair] = max(confidences.get(pair, -1), LEVEL[t.get("confidence", "stated")])

    out = {"wave": year, "memberships": B.number_of_edges()}
    out["density"] = bipartite.density(B, top) if initiatives else None
    centrality = bipartite.degree_centrality(B, top) if initiatives else {}

    # Synergy only where the study has a sector attribute.
    has_sector = any("sector" in a for a in study["actors"]) or "sector" in study.get("attributes", {})
    codings = []
    listed = []
    for i in initiatives:
        roles = {helix_role(study, actors[a].get("sector", "")) for a in members[i]}
        present_roles = [r for r in ROLE_NAMES if r in roles]
        codings.append(("education" in roles, "industry" in roles, "government" in roles))
        size = len(members[i])
        entry = {
            "id": i,
            "members": sorted(members[i], key=present.index),
            "degree_centrality": centrality[("i", i)],
            "helix_roles": present_roles,
            "helix_complete": len(present_roles) == 3,
            "member_tie_density": nx.density(G.subgraph(members[i])) if size >= 2 else None,
            "members_by": {},
        }
        for attribute in by:
            groups = sorted({group_value(actors[a], attribute) for a in present})
            counts = collections.Counter(group_value(actors[a], attribute) for a in members[i])
            entry["members_by"][attribute] = {g: counts.get(g, 0) for g in groups}
        listed.append(entry)
    out["synergy_bits"] = synergy_bits(codings) if has_sector else None
    out["initiatives"] = listed

    shared = bipartite.weighted_projected_graph(B, bottom)
    jaccard = bipartite.overlap_weighted_projected_graph(B, bottom, jaccard=True)
    overlap = []
    for p, q in itertools.combinations(initiatives, 2):
        if shared.has_edge(("i", p), ("i", q)):
            overlap.append({"initiatives": [p, q], "shared": shared[("i", p)][("i", q)]["weight"],
                            "jaccard": jaccard[("i", p)][("i", q)]["weight"]})
    out["overlap"] = overlap

    out["actors"] = [{"id": a, "initiatives": B.degree(("a", a)),
                      "initiative_centrality": centrality[("a", a)] if initiatives else None} for a in present]

    projections = {}
    for method, project in (("count", bipartite.weighted_projected_graph),
                            ("newman", bipartite.collaboration_weighted_projected_graph)):
        P = project(B, top)
        links = []
        ties = []
        for (_, a), (_, b) in P.edges():
            pair = tuple(sorted((a, b), key=present.index))
            shared_in = [i for i in initiatives if a in members[i] and b in members[i]]
            level = max(min(members[i][a], members[i][b]) for i in shared_in)
            links.append([pair[0], pair[1], P[("a", a)][("a", b)]["weight"], NAME[level]])
        links.sort(key=lambda l: (present.index(l[0]), present.index(l[1])))
        link_of = {(l[0], l[1]): l for l in links}
        for pair in sorted(set(weights) | set(link_of), key=lambda p: (present.index(p[0]), present.index(p[1]))):
            if pair in weights:
                extra = link_of[pair][2] if pair in link_of else 0
                ties.append([pair[0], pair[1], weights[pair] + extra, kinds[pair], NAME[confidences[pair]]])
            else:
                link = link_of[pair]
                ties.append([pair[0], pair[1], link[2], "co-membership", link[3]])
        projections[method] = {"links": links, "ties": ties}
    out["projection"] = projections
    return out


def fixture(description, study, by):
    return {
        "description": description,
        "by": by,
        "study": study,
        "waves": [wave_values(study, w["year"], by) for w in study["waves"]],
    }


# ---- the studies -------------------------------------------------------------

def davis():
    B = nx.davis_southern_women_graph()
    women, events = B.graph["top"], B.graph["bottom"]
    study = {
        "format": "helixnet/1",
        "name": "Southern Women (Davis, Gardner and Gardner 1941)",
        "waves": [{"year": 1936}],
        "actors": [{"id": w, "name": w} for w in women],
        "initiatives": [{"id": e, "name": e, "members": [{"actor": w, "waves": [1936]} for w in women
                                                          if B.has_edge(w, e)]} for e in events],
        "ties": [],
    }
    return fixture("nx.davis_southern_women_graph: 18 women, 14 events, 89 memberships", study, [])


def newman():
    papers = {"paper-1": ["A", "B", "C", "D"], "paper-2": ["A", "B"], "paper-3": ["A", "B", "E"]}
    study = {
        "format": "helixnet/1",
        "name": "Newman's three papers",
        "waves": [{"year": 2001}],
        "actors": [{"id": a} for a in "ABCDE"],
        "initiatives": [{"id": p, "members": [{"actor": a} for a in authors]} for p, authors in papers.items()],
        "ties": [],
    }
    return fixture("Newman (2001), fig. 1: A and B share papers of 4, 2 and 3 authors: weight 11/6", study, [])


def panel():
    rnd = random.Random(20280)
    years = [2019, 2022, 2024]
    sectors = ["government", "industry", "education", "university", "government", "industry", "intermediary", ""]
    regions = ["north", "south", ""]
    actors = []
    for k in range(16):
        a = {"id": "p%02d" % k, "name": "Actor %d" % k}
        s = rnd.choice(sectors)
        if s:
            a["sector"] = s
        r = rnd.choice(regions)
        if r:
            a["region"] = r
        # Some actors only in some waves: joining, leaving, or gone between.
        shape = rnd.random()
        if shape < 0.2:
            a["waves"] = [2022, 2024]
        elif shape < 0.35:
            a["waves"] = [2019, 2022]
        elif shape < 0.45:
            a["waves"] = [2019, 2024]
        elif shape < 0.5:
            a["waves"] = [2024]
        actors.append(a)
    study = {"format": "helixnet/1", "name": "A panel of initiatives in which actors join and leave",
             "waves": [{"year": y} for y in years],
             "attributes": {"sector": {"university": {"label": "University", "helix": "education"}}},
             "actors": actors, "initiatives": [], "ties": []}

    def waves_of(a):
        return a.get("waves") or years

    for k in range(7):
        ini = {"id": "i%d" % k, "name": "Initiative %d" % k, "members": []}
        for a in rnd.sample(actors, rnd.randint(2, 8)):
            own = waves_of(a)
            form = rnd.random()
            if form < 0.3:
                record = {"actor": a["id"]}  # every wave the actor exists in
            else:
                chosen = [y for y in own if rnd.random() < 0.6] or [own[0]]
                record = {"actor": a["id"], "waves": chosen}
            record["confidence"] = rnd.choice(["stated", "stated", "implied", "assumed"])
            ini["members"].append(record)
            # Now and then a second record for the same actor (another passage).
            if rnd.random() < 0.2:
                ini["members"].append({"actor": a["id"], "waves": [rnd.choice(own)],
                                       "confidence": rnd.choice(["stated", "implied", "assumed"])})
        study["initiatives"].append(ini)
    # An initiative with members in 2019 only (none in the later waves).
    study["initiatives"].append({"id": "i7", "name": "Initiative 7",
                                 "members": [{"actor": a["id"], "waves": [2019]} for a in actors
                                             if 2019 in waves_of(a)][:3]})
    for y in years:
        here = [a["id"] for a in actors if y in waves_of(a)]
        for s, t in itertools.combinations(here, 2):
            if rnd.random() < 0.18:
                study["ties"].append({"source": s, "target": t, "wave": y, "weight": rnd.choice([1, 1, 2, 3]),
                                      "kind": "collaboration",
                                      "confidence": rnd.choice(["stated", "implied", "assumed"])})
    return fixture("three waves, seeded: actors join and leave, sectors with helix roles, every confidence",
                   study, ["sector", "region"])


if __name__ == "__main__":
    sys.exit(fixture_io.main(
        __doc__.splitlines()[0], "tools/make_two_mode_fixtures.py",
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "two_mode"),
        ["networkx"], lambda: {"davis": davis(), "newman": newman(), "panel": panel()},
        dump=lambda d: json.dumps(d, indent=1, ensure_ascii=False) + "\n"))
