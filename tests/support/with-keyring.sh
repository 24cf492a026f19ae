#!/usr/bin/env bash
# Runs a test inside its own D-Bus session with a fresh, unlocked GNOME Keyring — a real Secret
# Service, the one QtKeychain talks to on Linux — in a throwaway home folder, so the keychain
# tests use the real thing and never touch the developer's own keyring.
#   with-keyring.sh TEST-EXECUTABLE [ARGS...]
# Without dbus-run-session or gnome-keyring-daemon (scripts/install-deps.sh --tests installs
# them) the test runs with CONSILIUM_NO_KEYRING=1 and skips with a visible message.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    CONSILIUM_NO_KEYRING="dbus-run-session or gnome-keyring-daemon is not installed" exec "$@"
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/consilium-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/share" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
# The daemon reads the new login keyring's password on stdin and leaves with the session bus.
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- bash -c 'printf "test keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' \
    with-keyring "$@"
