#!/usr/bin/env bash
# Installs Ajv from the npm registry into the build folder (once) and checks the policy schema.
set -euo pipefail
build=$1; shift
mkdir -p "$build/node"
if [ ! -d "$build/node/node_modules/ajv" ]; then
  (cd "$build/node" && npm install --silent --no-audit --no-fund ajv@8.17.1 >/dev/null)
fi
cp "$(dirname "$0")/check_schema.mjs" "$build/node/check_schema.mjs"
exec node "$build/node/check_schema.mjs" "$@"
