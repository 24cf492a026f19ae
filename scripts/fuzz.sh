#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, CONSILIUM_FUZZ=ON with clang, in build/fuzz) and runs
# each for SECONDS (default 60), then prints executions, coverage and crashes per target.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#   FUZZ_NO_BUILD=1 scripts/fuzz.sh ...   skip configure and build (several runs side by side)
# Seed corpora are made at run time and never enter the repository: the DICOM targets start
# from `consilium-cli make-samples` output and ../shared/dicom (read in place), the others from
# the valid inputs each target writes itself (CONSILIUM_FUZZ_SEEDS, tests/fuzz/FuzzSupport.h).
# Crashing inputs are kept in build/fuzz/runs/TARGET/ (crash-*, leak-*, oom-*, timeout-*).
set -euo pipefail
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_dicom fuzz_deid fuzz_crypto fuzz_relay fuzz_annotation)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=build/fuzz
jobs=${JOBS:-2}

export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1
# Debug keeps Q_ASSERT and friends; -O1 keeps libFuzzer fast enough.
if [[ -z "${FUZZ_NO_BUILD:-}" ]]; then
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCONSILIUM_FUZZ=ON \
    -DCONSILIUM_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target "${targets[@]}" -- -j"$jobs"
fi

# consilium-cli for make-samples: the dev build's when there is one, else built here.
cli=${CONSILIUM_CLI:-build/dev/bin/consilium-cli}
[[ -x "$cli" ]] || cli="$build/bin/consilium-cli"
if [[ ! -x "$cli" || -z "${FUZZ_NO_BUILD:-}" && "$cli" == "$build/bin/consilium-cli" ]]; then
    cmake --build "$build" --target consilium-cli -- -j"$jobs"
    cli="$build/bin/consilium-cli"
fi

runs="$root/$build/runs"
seeds="$root/$build/seeds"
mkdir -p "$runs" "$seeds"
if [[ ! -d "$seeds/samples" ]]; then
    ASAN_OPTIONS=detect_leaks=0 "$cli" make-samples "$seeds/samples" >/dev/null
fi
# A selection of the synthetic files (every kind and syntax, two of the 300 CT slices) as links,
# and the real corpus under ../shared/dicom when it is there.
rm -rf "$seeds/dicom"
mkdir -p "$seeds/dicom"
n=0
while IFS= read -r -d '' file; do
    n=$((n + 1))
    ln -sf "$file" "$seeds/dicom/$n.dcm"
done < <(find "$(cd "$seeds/samples" && pwd)" -name '*.dcm' \( ! -path '*/ct/*' -o -name CT0001.dcm -o -name CT0150.dcm \) -print0)
dicom_dirs=("$seeds/dicom")
corpus=${CONSILIUM_CORPUS_DIR:-$root/../shared/dicom/files}
[[ -d "$corpus" ]] || corpus=/work/shared/dicom/files
if [[ -d "$corpus" ]]; then
    dicom_dirs+=("$corpus")
else
    echo "fuzz: no ../shared/dicom corpus, seeding from make-samples only"
fi

export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=suppressions=$root/tests/fuzz/lsan.supp
export QT_QPA_PLATFORM=offscreen

declare -A result
for target in "${targets[@]}"; do
    work="$runs/$target"
    mkdir -p "$work/corpus"
    # libFuzzer reads seed folders recursively; DICOM inputs are cut to 64 KiB (header, some
    # pixels) to keep the rate up.
    case "$target" in
        fuzz_dicom|fuzz_deid) inputs=("${dicom_dirs[@]}"); maxlen=65536 ;;
        *)  rm -rf "${seeds:?}/$target"
            CONSILIUM_FUZZ_SEEDS="$seeds/$target" "$build/fuzz/$target" >/dev/null 2>&1
            inputs=("$seeds/$target"); maxlen=16384 ;;
    esac
    log="$work/fuzz.log"
    echo "fuzz: $target for ${seconds}s (log $log)"
    status=0
    (cd "$work" && "$root/$build/fuzz/$target" -max_total_time="$seconds" -max_len="$maxlen" \
        -timeout=25 -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$work/" \
        corpus "${inputs[@]}") >"$log" 2>&1 || status=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
    crashes=$(find "$work" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'leak-*' -o -maxdepth 1 -name 'oom-*' \
        -o -maxdepth 1 -name 'timeout-*' | wc -l)
    result[$target]="execs=$execs exec/s=$rate ${cov:-cov: ?} artifacts=$crashes exit=$status"
    echo "fuzz: $target ${result[$target]}"
done

echo
echo "fuzz: summary (${seconds}s per target)"
failed=0
for target in "${targets[@]}"; do
    printf '  %-16s %s\n' "$target" "${result[$target]}"
    [[ "${result[$target]}" == *"exit=0"* ]] || failed=1
done
exit "$failed"
