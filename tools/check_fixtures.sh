#!/usr/bin/env bash
# Checks that the committed golden fixtures (tests/fixtures/) are what the
# fixture scripts compute with the reference libraries. Exit 77 (skipped)
# when the Debian Python lacks them (tools/install-deps.sh installs them).
set -uo pipefail
cd "$(dirname "$0")/.."
python=/usr/bin/python3
if ! "$python" -c 'import networkx, igraph, scipy, numpy' 2>/dev/null; then
  echo "check_fixtures: $python with networkx, igraph, scipy and numpy is missing; skipped" >&2
  exit 77
fi
status=0
for script in tools/make_*_fixtures.py; do
  "$python" "$script" --check || status=1
done
exit $status
