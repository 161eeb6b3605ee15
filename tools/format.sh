#!/usr/bin/env bash
# Formats every C++ source of the project with clang-format (.clang-format).
# Usage: tools/format.sh           rewrite the files in place
#        tools/format.sh --check   change nothing; list the files that differ, exit 1 if any
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null; then
  echo "format: $clang_format not found (tools/install-deps.sh installs it)" >&2
  exit 2
fi
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.hpp' 2>/dev/null || find src include tests tools -name '*.[ch]pp')
case "${1:-}" in
  --check)
    if ! "$clang_format" --dry-run --Werror "${files[@]}" 2>/tmp/format-check.$$; then
      grep -o '^[^:]*\.[ch]pp' /tmp/format-check.$$ | sort -u | sed 's/^/format: not formatted (run tools\/format.sh): /' >&2
      rm -f /tmp/format-check.$$
      exit 1
    fi
    rm -f /tmp/format-check.$$ ;;
  "") "$clang_format" -i "${files[@]}" ;;
  *) echo "format: unknown option '$1'" >&2; exit 2 ;;
esac
