#!/usr/bin/env bash
# README command 1: install dependencies, build a Release and start Consilium on its embedded
# default — a local relay on loopback, two demo profiles with shared synthetic cases, and the
# desktop app on the first of them.
#
# Everything the demo writes lives under $CONSILIUM_HOME (default: ~/.local/share/consilium-demo),
# so it never mixes with a real profile. Extra arguments go to the desktop app.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh
bash scripts/build.sh release
bin="$root/build/release/bin"

export CONSILIUM_HOME="${CONSILIUM_HOME:-$HOME/.local/share/consilium-demo}"
mkdir -p "$CONSILIUM_HOME"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run: built $bin/consilium, but there is no display to show it on." >&2
    echo "run: start it from a desktop session, or headless with: xvfb-run -a $0" >&2
    exit 1
fi

# The embedded relay: loopback only, its own data folder, stopped when the app closes.
relay_log="$CONSILIUM_HOME/relay.log"
"$bin/consilium-relay" --listen 127.0.0.1:0 --data "$CONSILIUM_HOME/relay" >"$relay_log" 2>&1 &
relay_pid=$!
trap 'kill "$relay_pid" 2>/dev/null || true; wait "$relay_pid" 2>/dev/null || true' EXIT

relay_url=""
for _ in $(seq 1 100); do
    relay_url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$relay_log" | head -n1 || true)
    [[ -n "$relay_url" ]] && break
    kill -0 "$relay_pid" 2>/dev/null || { echo "run: the relay did not start:" >&2; cat "$relay_log" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$relay_url" ]] || { echo "run: the relay did not report its address in 10 s" >&2; exit 1; }
echo "run: relay listening on $relay_url (log: $relay_log)"

# Two demo colleagues with shared synthetic cases, made once (consilium-cli demo seed): the app
# opens on Dr. Amara Okafor's profile unless another is asked for; passphrase "consilium demo".
if [[ ! -d "$CONSILIUM_HOME/data/profiles/amara" ]]; then
    echo "run: creating the demo profiles (synthetic cases; takes about a minute)..."
    "$bin/consilium-cli" demo seed
fi
echo "run: demo profiles 'amara' and 'jonas', passphrase: consilium demo"
echo "run: a second window side by side: CONSILIUM_HOME=$CONSILIUM_HOME $bin/consilium --profile jonas"

args=("$@")
case " ${args[*]} " in
    *" --profile "* | *" --profile="*) ;;
    *) args=(--profile amara "${args[@]}") ;;
esac
"$bin/consilium" "${args[@]}"
