#!/usr/bin/env bash
# Builds helixnet with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs the whole test suite (installing what is missing first).
# Under CI (CI=true) warnings are errors.
# Usage: tools/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh --with-browser
preset=debug
if [ "${CI:-}" = "true" ]; then preset=ci; fi
cmake --preset "$preset"
cmake --build --preset "$preset" -j"$(nproc)"
ctest --preset "$preset" -j"$(nproc)"
