#!/usr/bin/env bash
# Builds the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the unit and
# integration tests of the core modules under it. Any sanitizer report fails the run: ASan aborts
# by default and UBSan is made fatal below.
#   scripts/asan.sh            build + run the subset
#   JOBS=2 scripts/asan.sh     parallelism (default 2)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${JOBS:-2}

export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1

# The tests labelled with these modules, plus the processes they start (CLI, relay). Building only
# these keeps the sanitized build to the core; ui/ and the desktop app are not part of the subset.
labels='common|dicom|imaging|crypto|store|deid|annotation|relay'
targets=(
    consilium-cli consilium-relay
    test_common test_cases test_demo test_dicom test_samples test_imaging test_render_cli
    test_crypto test_crypto_cli test_store test_deid test_deid_samples test_deid_ocr
    test_annotation test_annotation_cli
    test_relay test_relay_api test_relay_process_api test_relay_postgres test_relay_api_postgres
)

start=$(date +%s)
cmake --preset asan >/dev/null
cmake --build build/asan --target "${targets[@]}" -- -j"$jobs"
built=$(date +%s)
echo "asan: build took $((built - start)) s"

# halt_on_error makes UBSan findings fail the test instead of only printing them; leak detection
# stays on (ASan default on Linux).
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_stack_use_after_return=1:strict_string_checks=1}
export QT_QPA_PLATFORM=offscreen
status=0
ctest --preset asan -L "$labels" -j"$jobs" || status=$?
echo "asan: tests took $(($(date +%s) - built)) s"
exit "$status"
