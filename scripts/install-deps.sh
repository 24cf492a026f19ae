#!/usr/bin/env bash
# Installs what Consilium needs on Debian 12 with apt-get. Idempotent: when everything is
# already installed it prints one line and touches nothing.
#
#   scripts/install-deps.sh           build and run dependencies
#   scripts/install-deps.sh --tests   plus what the test suite needs
#   scripts/install-deps.sh --fuzz    plus clang and libFuzzer for scripts/fuzz.sh (tests/fuzz)
set -euo pipefail

# Build and run: compiler, CMake, Qt 6 modules, DCMTK, tl::expected, Catch2 (tests are built
# by default, so it is a build dependency), OCR (Tesseract) and face detection (OpenCV's Haar
# cascades, whose XML files are in opencv-data), the system keychain (QtKeychain, which reaches
# the Secret Service through libsecret at run time), QR codes for invitations and safety numbers
# (libqrencode).
packages=(
    g++ cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qt6-qpa-plugins libqt6svg6
    libdcmtk-dev libexpected-dev catch2 libsqlcipher-dev
    libsodium-dev
    libopenjp2-7-dev
    libtesseract-dev tesseract-ocr-eng
    libopencv-dev opencv-data
    qtkeychain-qt6-dev libsecret-1-0
    libqrencode-dev
)
# Tests: packaging checks (dpkg-deb, dpkg-shlibdeps, desktop/AppStream validators), a
# virtual display for screenshots of the GUI, and PostgreSQL for the relay's scale-out test
# (the test creates and removes its own throwaway cluster), and a real Secret Service for the
# keychain tests (GNOME Keyring in a private D-Bus session, tests/support/with-keyring.sh), and DCMTK's
# command-line tools (dcmpschk checks the exported presentation states).
test_packages=(clang-format dpkg-dev file desktop-file-utils appstream xvfb xauth python3 python3-cryptography postgresql
    dbus-daemon gnome-keyring dcmtk)

# Fuzzing: clang with its runtime (libFuzzer, ASan, UBSan) for the CONSILIUM_FUZZ build.
fuzz_packages=(clang libclang-rt-14-dev)

if [[ "${1:-}" == "--tests" ]]; then
    packages+=("${test_packages[@]}")
elif [[ "${1:-}" == "--fuzz" ]]; then
    packages+=("${fuzz_packages[@]}")
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--tests|--fuzz]" >&2
    exit 2
fi

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
