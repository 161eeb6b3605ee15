#!/usr/bin/env bash
# Builds helixnet with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs the whole test suite (installing what is missing first), then every
# reader's fuzz target on its seeds and on HELIXNET_FUZZ_RUNS (default 5000)
# inputs derived from them with a fixed random seed (tools/fuzz.sh), so that a
# regression in a reader shows; a crash leaves its input in build-fuzz/crashes/.
# HELIXNET_FUZZ_SECONDS (default 120) caps each target's time.
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
HELIXNET_FUZZ_RUNS=${HELIXNET_FUZZ_RUNS:-5000} tools/fuzz.sh "${HELIXNET_FUZZ_SECONDS:-120}"
