"""Writing and checking golden fixtures: the part every fixture script shares.

Each script computes its fixtures with a reference library and hands them to
`main`, which either writes them (one JSON file per fixture, plus
`generator.json` naming the script and the versions of the libraries it used;
the tests read every other *.json of the folder as a fixture)
or, with --check, writes nothing and exits 1 when a committed file differs
from what the script computes now (numbers to 1e-12). Scripts run under the Debian Python that
has the reference libraries: /usr/bin/python3.
"""

import argparse
import importlib
import json
import os
import platform
import sys


def versions(modules):
    """{"python": …, "networkx": …, …} for the modules the script imports."""
    out = {"python": platform.python_version()}
    for name in modules:
        out[name] = getattr(importlib.import_module(name), "__version__", "unknown")
    return out


def _same(a, b):
    """Equal JSON values, floats to 1e-12 (the reference libraries sum in set
    order, which Python's hash randomisation changes from run to run)."""
    if isinstance(a, float) or isinstance(b, float):
        return (isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool)
                and abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b)))
    if isinstance(a, dict):
        return isinstance(b, dict) and list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def _text(doc):
    return json.dumps(doc, indent=1, ensure_ascii=True) + "\n"


def main(description, script, default_out, modules, make_fixtures, dump=None):
    """make_fixtures() -> {name: doc}; dump(doc) -> text (default: JSON, indent 1)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", nargs="?", default=default_out, help="folder of the fixtures (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a committed fixture differs from what this script computes")
    args = parser.parse_args()
    dump = dump or _text
    fixtures = {f"{name}.json": dump(doc) for name, doc in make_fixtures().items()}
    fixtures["generator.json"] = _text({"script": script, "versions": versions(modules)})
    if args.check:
        stale = []
        for name, text in sorted(fixtures.items()):
            path = os.path.join(args.out, name)
            try:
                with open(path, encoding="utf-8") as f:
                    committed = json.load(f)
            except (OSError, ValueError):
                committed = None
            if not _same(committed, json.loads(text)):
                stale.append(name)
        if stale == ["generator.json"]:
            print(f"{script}: fixtures match; the library versions differ from generator.json", file=sys.stderr)
            return 0
        if stale:
            print(f"{script}: differs from the committed fixtures: {', '.join(stale)}", file=sys.stderr)
            return 1
        print(f"{script}: {len(fixtures) - 1} fixtures match", file=sys.stderr)
        return 0
    os.makedirs(args.out, exist_ok=True)
    for name, text in fixtures.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{script}: wrote {len(fixtures)} files to {os.path.normpath(args.out)}", file=sys.stderr)
    return 0
