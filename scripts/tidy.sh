#!/usr/bin/env bash
# Static analysis gate: clang-tidy (checks in .clang-tidy: bugprone, performance, clang-analyzer,
# selected modernize) over every translation unit of core/, with the dev preset's compile
# commands. Any finding fails the run.
#   scripts/tidy.sh              all of core/
#   scripts/tidy.sh FILE...      only these files (e.g. the ones a change touched)
#   JOBS=2 scripts/tidy.sh       parallelism (default: number of cores)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${JOBS:-$(nproc)}

tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [[ -z "$tidy" || -z "$runner" ]]; then
    echo "tidy: clang-tidy not found (scripts/install-deps.sh --tests installs it)" >&2
    exit 1
fi
# The compile commands come from the dev preset; configuring is enough (generated sources such as
# the Annex E table and Qt's moc output are not analysed: they are not under core/).
if [[ ! -f build/dev/compile_commands.json ]]; then
    cmake --preset dev >/dev/null
fi

if [[ $# -gt 0 ]]; then
    files=()
    for f in "$@"; do files+=("$(realpath "$f")"); done
else
    files=("$root/core/")
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# GCC-only warning flags in the compile commands mean nothing to clang; -quiet drops the
# "N warnings generated" chatter from system headers, which HeaderFilterRegex already excludes.
"$runner" -clang-tidy-binary "$tidy" -p build/dev -j"$jobs" -quiet \
    -extra-arg=-Wno-unknown-warning-option "${files[@]}" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log" || true
findings=$(grep -cE '^/.*:[0-9]+:[0-9]+: (warning|error):' "$log" || true)
if [[ "$findings" -ne 0 ]]; then
    grep -E -A3 '^/.*:[0-9]+:[0-9]+: (warning|error):' "$log"
    echo "tidy: $findings finding(s)" >&2
    exit 1
fi
# The runner's -quiet hides its command lines, so count the translation units as it chooses them:
# database entries whose path matches one of the arguments (regular expressions, searched).
units=$(python3 - build/dev/compile_commands.json "${files[@]}" <<'PY'
import json, re, sys
entries = json.load(open(sys.argv[1]))
paths = {e["file"] if e["file"].startswith("/") else e["directory"] + "/" + e["file"] for e in entries}
print(sum(1 for p in paths if any(re.search(a, p) for a in sys.argv[2:])))
PY
)
echo "tidy: clean ($units translation units checked)"
