#!/usr/bin/env bash
# README command 1: install dependencies, build a Release and start Consilium on its embedded
# default — a local verifier and relay on loopback, two demo profiles whose synthetic cases were
# shared through that relay, and the desktop app on the first of them, syncing with the relay.
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

# The local verifier that issues the demo colleagues' credentials, made once; the relay accepts
# only identities it signed.
verifier="$CONSILIUM_HOME/verifier"
if [[ ! -f "$verifier/verifier.pub" ]]; then
    "$bin/consilium-cli" verifier init "$verifier" >/dev/null
fi

# The embedded relay: loopback only, its own data folder, stopped when the app closes. A fixed
# port (CONSILIUM_RELAY_PORT, default 8765) keeps the URL the profiles remember; if it is taken,
# any free port (the app is told the URL with --relay on every run anyway).
relay_log="$CONSILIUM_HOME/relay.log"
relay_pid=""
trap '[[ -n "$relay_pid" ]] && { kill "$relay_pid" 2>/dev/null || true; wait "$relay_pid" 2>/dev/null || true; }' EXIT
start_relay() {
    "$bin/consilium-relay" --listen "127.0.0.1:$1" --data "$CONSILIUM_HOME/relay" \
        --verifier-key "$verifier/verifier.pub" >"$relay_log" 2>&1 &
    relay_pid=$!
    relay_url=""
    for _ in $(seq 1 100); do
        relay_url=$(grep -o 'listening on http://127\.0\.0\.1:[0-9]*' "$relay_log" | head -n1 | sed 's/^listening on //' || true)
        [[ -n "$relay_url" ]] && return 0
        kill -0 "$relay_pid" 2>/dev/null || { wait "$relay_pid" 2>/dev/null || true; relay_pid=""; return 1; }
        sleep 0.1
    done
    return 1
}
if ! start_relay "${CONSILIUM_RELAY_PORT:-8765}" && ! start_relay 0; then
    echo "run: the relay did not start:" >&2
    cat "$relay_log" >&2
    exit 1
fi
echo "run: relay listening on $relay_url (log: $relay_log)"

# Two demo colleagues, made once (consilium-cli demo seed --relay): each registers with the relay
# and publishes their own synthetic cases to the other, end to end encrypted, and their comments
# travel as envelopes. The app opens on Dr. Amara Okafor's profile unless another is asked for;
# passphrase "consilium demo".
# (Demo profiles from an older run.sh, seeded without a relay, are replaced once.)
seeded="$CONSILIUM_HOME/data/demo-shared-through-relay"
if [[ ! -f "$seeded" ]]; then
    echo "run: creating the demo profiles and sharing their cases through the relay (about a minute)..."
    "$bin/consilium-cli" demo seed --replace --relay "$relay_url" --verifier "$verifier"
    touch "$seeded"
fi
echo "run: demo profiles 'amara' and 'jonas', passphrase: consilium demo"
echo "run: a second window side by side, to watch a case or a comment travel:"
echo "run:   CONSILIUM_HOME=$CONSILIUM_HOME $bin/consilium --profile jonas --relay $relay_url"

args=("$@")
case " ${args[*]} " in
    *" --profile "* | *" --profile="*) ;;
    *) args=(--profile amara "${args[@]}") ;;
esac
"$bin/consilium" --relay "$relay_url" "${args[@]}"
