#!/usr/bin/env bash
# Runs every `consilium-cli bench ...` on a Release build and rewrites the summary table at the
# top of docs/bench.md (figure, target, reference tool measured in the same run, ratio), with the
# machine and date. The detailed, dated sections below it are written by hand from the same JSON.
#   scripts/bench.sh            full sizes (100,000-case store, 256 MiB blobs): about 10 minutes
#   scripts/bench.sh --quick    small sizes, to check that every benchmark still runs
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1

bash scripts/install-deps.sh
# Reference tools the benchmarks compare against in the same run (GDCM's gdcmanon for deid).
if ! command -v gdcmanon >/dev/null; then
    sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd=sudo
    $sudo_cmd apt-get install -y -q libgdcm-tools >/dev/null
fi
bash scripts/build.sh release

cli="$root/build/release/bin/consilium-cli"
out="$root/build/bench"
rm -rf "$out" && mkdir -p "$out"
samples=$(mktemp -d)
trap 'rm -rf "$samples"' EXIT
"$cli" make-samples "$samples" >/dev/null

declare -A args
if [[ $quick -eq 1 ]]; then
    args[crypto]="--size-mib 16 --rounds 1"; args[store]="--cases 2000"; args[deid]="--samples $samples --rounds 1"
    args[app]="--cases 2000 --slices 60 --rounds 1"
else
    args[crypto]="--size-mib 256 --rounds 5"; args[store]="--cases 100000"; args[deid]="--samples $samples --rounds 5"
    # The desktop app (consilium-bench-app, run through the CLI): 10,000 cached cases, 300 slices.
    args[app]="--cases 10000 --slices 300 --rounds 5"
fi
available=$("$cli" bench --help | awk '/^Actions:/{on=1; next} on && NF {print $1} on && !NF {exit}')
for name in $available; do
    command="consilium-cli bench $name${args[$name]:+ ${args[$name]}} --json"
    echo "bench: $command"
    echo "$command" | sed "s|$samples|SAMPLES|" >>"$out/commands.txt"
    # shellcheck disable=SC2086
    "$cli" bench "$name" ${args[$name]:-} --json >"$out/$name.json"
done
python3 tools/bench-summary.py "$out" docs/bench.md
echo "bench: summary written to docs/bench.md (raw JSON in $out)"
