#!/usr/bin/env bash
# Installs what is missing, then configures and builds the release program
# (build/helixnet). Usage: tools/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target helixnet
