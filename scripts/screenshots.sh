#!/usr/bin/env bash
# Screenshots of every workbench page, on a fresh demo workspace with live traffic flowing,
# into docs/screenshots/. Runs the GUI under xvfb-run; look at the pictures before committing.
#   scripts/screenshots.sh [OUTPUT_FOLDER]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-docs/screenshots}
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target switchyard >/dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"
# trayer is the tray host, so the tray icon and its menu show in 07-tray.png.
XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch" \
  xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
    trayer --edge top --align right --widthtype request --height 28 --transparent false --tint 0x303030 &
    sleep 1
    "$0" --workspace "$1/demo.switchyard" --demo --screenshots "$2"
    status=$?
    kill %1 2>/dev/null
    exit $status' build/release/app/gui/switchyard "$scratch" "$out"
# The same pages in the dark theme, to check that both palettes stay readable.
mkdir -p "$scratch/dark-config/Switchyard"
printf '[ui]\ntheme=2\n' > "$scratch/dark-config/Switchyard/Switchyard.conf"
XDG_CONFIG_HOME="$scratch/dark-config" XDG_RUNTIME_DIR="$scratch" \
  xvfb-run -a -s "-screen 0 1280x800x24" \
  build/release/app/gui/switchyard --workspace "$scratch/dark.switchyard" --demo --screenshots "$out/dark"
