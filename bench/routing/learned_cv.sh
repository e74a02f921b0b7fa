#!/usr/bin/env bash
# The learned router's 5-fold cross-validated figures on the public outcome matrices, against the
# baselines, as a Markdown table (docs/routing.md). Needs ../shared/datasets and a release build.
#   bench/routing/learned_cv.sh [OUT_DIR]
# Prices (USD per million tokens, input:output), applied to token estimates of the recorded
# prompts and responses: GPT-4-1106 10:30 (OpenAI list price), Mixtral-8x7B 0.6:0.6, Llama 3.1 8B
# 0.18:0.18 and 70B 0.88:0.88 (Together AI list prices).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=../shared/datasets
if [ ! -d "$data/routellm-outcomes" ]; then
  echo "learned_cv: $data is not here; nothing to measure" >&2
  exit 0
fi
out=${1:-build/learned-cv}
cli=build/release/app/cli/switchyard-cli
mkdir -p "$out"
python3 bench/routing/make_outcomes.py "$data" "$out"

mixtral=mistralai/Mixtral-8x7B-Instruct-v0.1
gpt4=gpt-4-1106-preview
routellm=(--models "$mixtral,$gpt4" --price "$mixtral=0.6:0.6" --price "$gpt4=10:30")
llama=(--models llama-3.1-8b-instruct,llama-3.1-70b-instruct --price llama-3.1-8b-instruct=0.18:0.18 --price llama-3.1-70b-instruct=0.88:0.88)

run() {  # name, extra args...
  local name=$1; shift
  "$cli" simulate --outcomes "$out/$name.jsonl" --learned --folds 5 --seed 1 --json --curve "$@" > "$out/$name.json"
}
run gsm8k "${routellm[@]}"
run mt-bench "${routellm[@]}" --quality-bar 0.9
run mmlu-pro "${llama[@]}"

echo "| data set | prompts | weak → strong quality | random APGR | APGR (threshold rule) | APGR (willingness to pay) | CPT(50%) thr / wtp | AIQ wtp (zero router) | train+predict s |"
echo "|---|---|---|---|---|---|---|---|---|"
for name in gsm8k mt-bench mmlu-pro; do
  python3 - "$out/$name.json" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); b = r["baselines"]; l = r["learned"]; w = l["willingness_to_pay"]
pct = lambda v: "never" if v is None else f"{100 * v:.1f}%"
print(f"| {sys.argv[2]} | {r['prompts']} | {b['always_weak']['quality']:.3f} → {b['always_strong']['quality']:.3f} | {b['random']['apgr']:.3f} "
      f"| {l['apgr']:.3f} | {w['pair']['apgr']:.3f} | {pct(l['cpt50'])} / {pct(w['pair']['cpt50'])} "
      f"| {w['aiq']:.4f} ({b['zero_router']['aiq']:.4f}) | {l['seconds']:.1f} |")
PY
done

# The curves as images for docs/routing.md (the workbench's chart widget, offscreen).
if [ -x build/release/bench/routing_curves ]; then
  for pair in "gsm8k:GSM8K" "mt-bench:MT-Bench" "mmlu-pro:MMLU-Pro"; do
    QT_QPA_PLATFORM=offscreen build/release/bench/routing_curves "$out/${pair%%:*}.json" "docs/images/routing-${pair%%:*}" "${pair##*:}" > /dev/null
  done
fi
