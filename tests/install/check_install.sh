#!/usr/bin/env bash
# Installs a built tree into a temporary prefix, then checks that the
# installed program finds the installed bundled study and that another CMake
# project builds against the installed library with find_package(helixnet).
# Usage: check_install.sh BUILD_DIR SOURCE_DIR [EXTRA_CXX_FLAGS]
set -euo pipefail
build="$1" src="$2" flags="${3:-}"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
# Run from elsewhere, so that the source tree is not what is found.
(cd / && HELIXNET_DATA_DIR= "$prefix/bin/helixnet" validate -q) | grep -q "valid"
test -f "$prefix/share/helixnet/networks/regio-deal-drechtsteden-gorinchem/actors.csv"
cmake -S "$src/tests/install/consumer" -B "$prefix/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$prefix/consumer" >/dev/null
# Move the source tree's study out of sight by running the consumer against the installed data only.
HELIXNET_DATA_DIR="$prefix/share/helixnet" "$prefix/consumer/consumer"
