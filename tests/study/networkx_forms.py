#!/usr/bin/python3
"""NetworkX as the reference reader and writer of GEXF and Pajek for
tests/study/reference_readers_test.cpp.

  networkx_forms.py versions                 library versions, as JSON
  networkx_forms.py parse-xml FILE           parses FILE with a strict XML 1.0 parser (expat)
  networkx_forms.py read-gexf FILE           what networkx.read_gexf sees in FILE, as JSON
  networkx_forms.py read-pajek FILE          what networkx.read_pajek sees in FILE, as JSON
  networkx_forms.py write-gexf FILE          writes a static graph with write_gexf; prints it as JSON
  networkx_forms.py write-gexf-dynamic FILE  the same with spells (mode dynamic)
  networkx_forms.py write-pajek FILE         writes a graph with write_pajek; prints it as JSON

NetworkX 2.8 (Debian 12) reads GEXF 1.1 and 1.2; GEXF 1.3 differs from 1.2
in its namespace only for what is read here, so the 1.3 namespace is
registered as NetworkX 3 does.
"""
import json
import sys
import xml.etree.ElementTree as ElementTree

import networkx as nx
from networkx.readwrite import gexf


def register_gexf_13():
    gexf.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    })


def plain(value):
    """A value as JSON: tuples as lists, everything else as it is."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def read_gexf(path):
    ElementTree.parse(path)  # strict XML 1.0 (expat) first
    register_gexf_13()
    g = nx.read_gexf(path, version="1.3")
    return {
        "directed": g.is_directed(),
        "mode": g.graph.get("mode"),
        "nodes": {n: plain(d) for n, d in g.nodes(data=True)},
        "edges": [dict(plain(d), source=u, target=v) for u, v, d in g.edges(data=True)],
    }


def read_pajek(path):
    g = nx.read_pajek(path)
    return {
        "name": g.graph.get("name"),
        "nodes": list(g.nodes()),
        "edges": [[u, v, d.get("weight", 1.0)] for u, v, d in g.edges(data=True)],
    }


def sample():
    """A graph with a name, node attributes, a label and weights."""
    g = nx.Graph(name="harbour")
    g.add_node("townhall", sector="government", label="Town hall")
    g.add_node("shipyard", sector="industry")
    g.add_node("college", sector="education", region="south")
    g.add_node("isolate")
    g.add_edge("townhall", "shipyard", weight=2.5)
    g.add_edge("shipyard", "college", weight=1.0)
    g.add_edge("college", "townhall", weight=4.0)
    return g


def describe(g):
    return {
        "nodes": {n: plain(d) for n, d in g.nodes(data=True)},
        "edges": [dict(plain(d), source=u, target=v) for u, v, d in g.edges(data=True)],
    }


def main(argv):
    command = argv[1]
    if command == "versions":
        print(json.dumps({"networkx": nx.__version__, "python": sys.version.split()[0]}))
    elif command == "parse-xml":
        ElementTree.parse(argv[2])
        print(json.dumps({"parsed": argv[2]}))
    elif command == "read-gexf":
        print(json.dumps(read_gexf(argv[2])))
    elif command == "read-pajek":
        print(json.dumps(read_pajek(argv[2])))
    elif command == "write-gexf":
        g = sample()
        nx.write_gexf(g, argv[2])
        print(json.dumps(describe(g)))
    elif command == "write-gexf-dynamic":
        g = sample()
        g.graph["mode"] = "dynamic"
        g.nodes["townhall"]["spells"] = [(2019, 2024)]
        g.nodes["shipyard"]["spells"] = [(2019, 2019), (2024, 2024)]
        g.nodes["college"]["spells"] = [(2022, 2024)]
        g.edges["townhall", "shipyard"]["spells"] = [(2019, 2019), (2024, 2024)]
        g.edges["shipyard", "college"]["spells"] = [(2024, 2024)]
        g.edges["college", "townhall"]["spells"] = [(2022, 2024)]
        nx.write_gexf(g, argv[2])
        print(json.dumps(describe(g)))
    elif command == "write-pajek":
        g = sample()
        for n in g.nodes:  # write_pajek writes string attributes only
            g.nodes[n].pop("label", None)
        nx.write_pajek(g, argv[2])
        print(json.dumps(describe(g)))
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv)
