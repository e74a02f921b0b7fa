#!/usr/bin/env bash
# The proxy benchmark: nginx (physical-limit baseline), Switchyard and the Portkey gateway in
# front of one fast upstream, measured in the same run, alternating. Not a test: run by hand.
#   bench/proxy/run.sh [--quick]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
scripts/setup.sh
for p in wrk nginx-light; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq $missing; else sudo apt-get install -y -qq $missing; fi
fi
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target switchyard-cli >/dev/null
work=build/release/bench-proxy
mkdir -p "$work"
cp bench/proxy/package.json "$work/"
[ -d "$work/node_modules/@portkey-ai/gateway" ] || (cd "$work" && npm install --silent --no-audit --no-fund >/dev/null)
exec python3 bench/proxy/run.py --cli build/release/app/cli/switchyard-cli --work "$work" "$@"
