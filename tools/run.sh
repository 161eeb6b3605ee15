#!/usr/bin/env bash
# The main job: builds helixnet (installing what is missing) and analyses the
# bundled study of the Regio Deal Drechtsteden-Gorinchem: prints its summary
# and writes the report. Usage: tools/run.sh [OUTDIR]   (default: out/)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh >&2
out="${1:-out}"
build/helixnet summary
if build/helixnet --help 2>/dev/null | grep -q '^  report'; then
  build/helixnet report -o "$out/report" --quiet
  echo
  echo "Report: $(cd "$out/report" && pwd)/index.html"
fi
