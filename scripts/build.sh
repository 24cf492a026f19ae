#!/usr/bin/env bash
# Configures and builds one CMake preset (dev, asan or release) from the project root.
#   scripts/build.sh release
set -euo pipefail
preset=${1:?usage: scripts/build.sh dev|asan|release}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Fresh clones in other folders still hit the compiler cache.
export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
