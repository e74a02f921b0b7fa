#!/usr/bin/env bash
# The two commands of README.md, and a few more for developers.
#   ./dev.sh demo        install what is missing, build, start the workbench on the demo workspace
#   ./dev.sh test        install what is missing, build, run the whole test suite
#   ./dev.sh core-only   build the core and CLI without ui/ (proves core/ needs no widgets)
#   ./dev.sh asan        build and test under AddressSanitizer + UBSan
#   ./dev.sh fuzz        build the libFuzzer targets (clang) and run each for 15 s
set -euo pipefail
cd "$(dirname "$0")"

jobs=$(nproc 2>/dev/null || echo 2)

configure_build() {  # preset
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j "$jobs"
}

case "${1:-}" in
  demo)
    scripts/setup.sh
    configure_build release
    shift
    exec build/release/app/gui/switchyard --demo "$@"
    ;;
  test)
    scripts/setup.sh
    configure_build dev
    ctest --preset dev -j "$jobs"
    ;;
  core-only)
    scripts/setup.sh
    configure_build core-only
    ;;
  asan)
    scripts/setup.sh
    configure_build asan
    ctest --preset asan -j "$jobs"
    ;;
  fuzz)
    scripts/setup.sh
    configure_build fuzz
    ctest --preset fuzz -j "$jobs"
    ;;
  *)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
