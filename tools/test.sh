#!/usr/bin/env bash
# Builds helixnet with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs the whole test suite (installing what is missing first), then every
# reader's fuzz target for a few seconds (tools/fuzz.sh; HELIXNET_FUZZ_SECONDS,
# default 5), so that a regression in a reader shows.
# Under CI (CI=true) warnings are errors.
# Usage: tools/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh --with-browser --with-tests
preset=debug
if [ "${CI:-}" = "true" ]; then preset=ci; fi
cmake --preset "$preset"
cmake --build --preset "$preset" -j"$(nproc)"
ctest --preset "$preset" -j"$(nproc)"
tools/fuzz.sh "${HELIXNET_FUZZ_SECONDS:-5}"
