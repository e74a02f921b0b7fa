#!/usr/bin/env bash
# Compatibility tests: the official openai and @anthropic-ai/sdk npm clients drive the proxy, which
# routes to simulated providers. Usage: run.sh BUILD_DIR CLI_PATH
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
cli=$2
work=$build/compat
mkdir -p "$work"
cp "$here/package.json" "$here"/*.test.mjs "$work/"
if [ ! -d "$work/node_modules/openai" ] || [ ! -d "$work/node_modules/@anthropic-ai/sdk" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund >/dev/null)
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_for_url() { # file pattern
  for _ in $(seq 1 100); do
    url=$(grep -o "$2" "$1" | head -n 1 || true)
    [ -n "$url" ] && { echo "$url"; return 0; }
    sleep 0.1
  done
  echo "no '$2' in $1:" >&2; cat "$1" >&2; return 1
}

"$cli" mock --listen 127.0.0.1:0 --config "$here/mock.json" > "$work/mock.log" 2>&1 &
pids+=($!)
mock_url=$(wait_for_url "$work/mock.log" 'http://127.0.0.1:[0-9]*/v1')
sed "s#MOCK_URL#$mock_url#g" "$here/policy.template.json" > "$work/policy.json"
"$cli" proxy --policy "$work/policy.json" --listen 127.0.0.1:0 > "$work/proxy.log" 2>&1 &
pids+=($!)
proxy_url=$(wait_for_url "$work/proxy.log" 'http://127.0.0.1:[0-9]*')

cd "$work"
PROXY_URL=$proxy_url node --test --test-reporter=spec openai.test.mjs anthropic.test.mjs
