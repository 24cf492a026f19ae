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

# Every core module's tests, the sync engine against a real relay process, and the viewer and
# editor widgets (which pull in ui/common, ui/viewer and ui/editor), plus the processes the tests
# start (CLI, relay). The account, feed, settings and shell screens and the desktop app stay out
# to keep CI well under its time budget; they run in the dev build.
targets=(
    consilium-cli consilium-relay
    test_common test_cases test_demo test_dicom test_dicomdir test_samples test_imaging test_render_cli
    test_crypto test_crypto_cli test_store test_deid test_deid_samples test_deid_ocr test_deid_cli
    test_annotation test_annotation_cli
    test_relay test_relay_api test_relay_process_api test_relay_postgres test_relay_api_postgres
    test_sync_relay_client test_sync_formats test_sync_integration
    test_viewer test_editor
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
# System libraries' process-lifetime caches (tests/support/lsan.supp says which and why).
export LSAN_OPTIONS=suppressions=$root/tests/support/lsan.supp
export QT_QPA_PLATFORM=offscreen
status=0
tests=()
for target in "${targets[@]}"; do
    [[ "$target" == test_* ]] && tests+=("$target")
done
# CTest names are "<executable>:<test case>": run exactly the executables built above.
ctest --preset asan -R "^($(IFS='|'; echo "${tests[*]}")):" -j"$jobs" || status=$?
echo "asan: tests took $(($(date +%s) - built)) s"
exit "$status"
