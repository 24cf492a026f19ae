#!/usr/bin/env bash
# README command 2: install dependencies, build the dev preset (Debug, warnings as errors) and
# run the whole test suite through CTest. Exits non-zero on any failure.
#
# Extra arguments go to ctest, e.g. `scripts/test.sh -L dicom`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh --tests
bash scripts/build.sh dev

# GUI tests run offscreen; nothing may try to reach a display.
export QT_QPA_PLATFORM=offscreen
ctest --preset dev -j"$(nproc)" "$@"
