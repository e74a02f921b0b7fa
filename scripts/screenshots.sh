#!/usr/bin/env bash
# Screenshots of every workbench page, on a fresh demo workspace with live traffic flowing,
# into docs/screenshots/SIZE/SET/. Runs the GUI under xvfb-run; look at the pictures before
# committing.
#   scripts/screenshots.sh [OUTPUT_FOLDER]
#   SWITCHYARD_GUI=build/dev/app/gui/switchyard scripts/screenshots.sh   (an existing build, not the release one)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-docs/screenshots}
scripts/setup.sh
gui=${SWITCHYARD_GUI:-build/release/app/gui/switchyard}
if [ -z "${SWITCHYARD_GUI:-}" ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release -j "$(nproc)" --target switchyard >/dev/null
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"
# Each set: a window size, a theme and a language (a laptop's 1024x700 and a large 1600x1000;
# light, dark; English and German). trayer is the tray host, so the tray and its menu show too.
shoot() { # SIZE THEME LANGUAGE FOLDER
  local config="$scratch/config-$4"
  rm -rf "$out/$4" # no picture of an earlier layout is left behind
  mkdir -p "$config/Switchyard" "$out/$4"
  printf '[ui]\ntheme=%s\nlanguage=%s\n' "$2" "$3" > "$config/Switchyard/Switchyard.conf"
  XDG_CONFIG_HOME="$config" XDG_RUNTIME_DIR="$scratch" \
    xvfb-run -a -s "-screen 0 1700x1100x24" sh -c '
      trayer --edge top --align right --widthtype request --height 28 --transparent false --tint 0x303030 &
      sleep 1
      "$0" --workspace "$1" --demo --screenshots "$2" --screenshot-size "$3"
      status=$?
      kill %1 2>/dev/null
      exit $status' "$gui" "$scratch/$(echo "$4" | tr / -).switchyard" "$out/$4" "$1"
}
shoot 1024x700 1 en 1024x700/light
shoot 1024x700 2 en 1024x700/dark
shoot 1024x700 2 de 1024x700/de-dark
shoot 1024x700 1 zh_CN 1024x700/zh-light
shoot 1600x1000 1 en 1600x1000/light
shoot 1600x1000 2 en 1600x1000/dark
