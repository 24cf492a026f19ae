#!/usr/bin/env bash
# Format gate: every C++ line changed since the commit in .ci/format-base must match .clang-format.
# Only changed lines are checked (git clang-format), so older code is reformatted as it is touched
# rather than in one history-obscuring sweep.
#   scripts/check-format.sh          check, print the diff and exit 1 when something is off
#   scripts/check-format.sh --fix    reformat those lines in the work tree
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if ! git rev-parse --git-dir >/dev/null 2>&1; then
    echo "check-format: not a git checkout, nothing to compare against (skipped)"
    exit 77
fi
tool=$(command -v git-clang-format-14 || command -v git-clang-format || true)
if [[ -z "$tool" ]]; then
    echo "check-format: git-clang-format not found (install clang-format)" >&2
    exit 1
fi
base=$(cat .ci/format-base)
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    echo "check-format: base commit $base is not in this clone's history" >&2
    exit 1
fi

args=(--binary "$(command -v clang-format-14 || command -v clang-format)" --extensions cpp,h "$base" -- core ui app tests)
if [[ "${1:-}" == "--fix" ]]; then
    "$tool" --force "${args[@]}"
    exit 0
fi
# git-clang-format 14 exits 0 even when it prints a diff, so judge by its output.
diff=$("$tool" --diff "${args[@]}")
if grep -q '^diff --git' <<<"$diff"; then
    echo "$diff"
    echo "check-format: the lines above do not follow .clang-format; run scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "check-format: lines changed since ${base:0:10} follow .clang-format"
