#!/usr/bin/env bash
# Installs the Debian packages Switchyard needs; does nothing when all are present.
# Works as root or through sudo. Usage: scripts/setup.sh [--with-gui-tools]
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config python3
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
  libqcustomplot-dev qt6-svg-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libxkbcommon-dev libgl-dev
  libhttp-parser-dev libsimdjson-dev libbenchmark-dev libmimalloc-dev libnghttp2-dev zlib1g-dev libdtl-dev libssl-dev libsqlite3-dev nginx-light openssl
  xvfb xauth trayer
  fonts-wqy-microhei fonts-dejavu-core
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Tests drive real npm packages (Ajv now; the openai and Anthropic clients later). Keep a Node.js
# the machine already has (it may be newer than Debian's); install Debian's only when there is none.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup: need root or sudo to install: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
