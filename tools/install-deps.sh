#!/usr/bin/env bash
# Installs the Debian 12 packages helixnet needs, only those that are missing.
# Usage: tools/install-deps.sh [--with-reference] [--with-browser]
#   --with-reference  also the reference libraries used to regenerate fixtures
#                     and to run the benchmark comparison (NetworkX, igraph)
#   --with-browser    also Chromium, for the report screenshot test
set -euo pipefail

# python3-networkx, -igraph, -scipy: the tests read the files helixnet writes
# with NetworkX's readers and check the golden fixtures against their scripts.
packages=(cmake g++ make pkg-config libboost-graph-dev libgraphviz-dev graphviz
          nlohmann-json3-dev libgtest-dev libgmock-dev libcli11-dev libfmt-dev
          libbenchmark-dev clang-format
          python3 python3-networkx python3-igraph python3-scipy)
for arg in "$@"; do
  case "$arg" in
    --with-reference) packages+=(python3 python3-networkx python3-scipy python3-igraph libigraph-dev) ;;
    --with-browser) packages+=(chromium) ;;
    *) echo "install-deps: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
