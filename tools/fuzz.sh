#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz: one per study reader, clang with
# AddressSanitizer and UndefinedBehaviorSanitizer) and runs each for SECONDS
# (default 60), one after another, on one core. Seeds: tests/fuzz/seeds/ and
# the bundled study and tests/fuzz/studies/ written in every form; what a run
# finds stays in build-fuzz/corpus/ for the next one. A crash leaves its input
# in build-fuzz/crashes/ and makes the script exit 1.
# Usage: tools/fuzz.sh [SECONDS] [TARGET...]   targets: json csv_folder
#        edge_list graphml dot gexf pajek dl (default: all)
# HELIXNET_FUZZ_MAX_LEN (default 32768) bounds the inputs libFuzzer makes;
# longer seeds are cut to it. tests/fuzz/<target>.dict, where present, gives
# libFuzzer the format's keywords.
# HELIXNET_FUZZ_RUNS=N (tools/test.sh uses it): each target runs its seeds
# and then N inputs derived from them with a fixed random seed
# (HELIXNET_FUZZ_SEED, default 1), from an empty corpus, so a run does the
# same amount of work on any machine and mostly the same inputs (the targets
# that write files see coverage vary a little); SECONDS is then a time limit.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(json csv_folder edge_list graphml dot gexf pajek dl)
build=${HELIXNET_FUZZ_BUILD:-build-fuzz}

clang=${CLANGXX:-clang++}
if ! command -v "$clang" >/dev/null; then
  echo "fuzz: $clang not found (tools/install-deps.sh installs clang and libclang-rt-14-dev)" >&2
  exit 2
fi
cmake -S tests/fuzz -B "$build" -DCMAKE_CXX_COMPILER="$clang" >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null

seeds="$build/seeds"
rm -rf "$seeds"
"$build/make_seeds" "$seeds" networks/regio-deal-drechtsteden-gorinchem tests/fuzz/studies/*.json

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/export/lsan-graphviz.supp:print_suppressions=0"
mkdir -p "$build/crashes" "$build/logs"
failed=()
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  repeat=()
  if [ -n "${HELIXNET_FUZZ_RUNS:-}" ]; then
    corpus="$build/corpus-repeatable/$t"
    rm -rf "$corpus"
    repeat=(-runs="$HELIXNET_FUZZ_RUNS" -seed="${HELIXNET_FUZZ_SEED:-1}")
  fi
  mkdir -p "$corpus" "tests/fuzz/seeds/$t"
  log="$build/logs/$t.log"
  before=$(ls "$build/crashes" | grep -c "^$t-" || true)
  status=0
  dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
  "$build/fuzz_$t" "$corpus" "$seeds/$t" "tests/fuzz/seeds/$t" -max_total_time="$seconds" -timeout=10 \
    -max_len="${HELIXNET_FUZZ_MAX_LEN:-32768}" -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" "${repeat[@]}" \
    -artifact_prefix="$build/crashes/$t-" >"$log" 2>&1 || status=$?
  after=$(ls "$build/crashes" | grep -c "^$t-" || true)
  runs=$(grep -o "number_of_executed_units: [0-9]*" "$log" | grep -o "[0-9]*$" || true)
  if [ "$status" -eq 0 ] && [ "$after" -eq "$before" ]; then
    echo "fuzz: $t: ${runs:-?} inputs, no crash (corpus: $(ls "$corpus" | wc -l) inputs)"
  else
    echo "fuzz: $t: $((after - before)) crash(es) in ${runs:-?} inputs (log: $log; inputs in $build/crashes/)" >&2
    grep -E "ERROR|fuzz check failed|SUMMARY|runtime error|Test unit written" "$log" | head -20 >&2 || tail -30 "$log" >&2
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in: ${failed[*]}" >&2
  exit 1
fi
