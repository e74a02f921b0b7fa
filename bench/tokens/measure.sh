#!/usr/bin/env bash
# Measures the token estimator's error against gpt-tokenizer (exact cl100k/o200k counts).
# Usage: bench/tokens/measure.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
work=$build/bench-node
mkdir -p "$work"
if [ ! -d "$work/node_modules/gpt-tokenizer" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund gpt-tokenizer@3.4.0 >/dev/null)
fi
cp "$root/bench/tokens/measure.mjs" "$work/measure.mjs"
node "$work/measure.mjs" "$build/bench/token_estimates" "${SWITCHYARD_DATASETS:-$root/../shared/datasets}"
