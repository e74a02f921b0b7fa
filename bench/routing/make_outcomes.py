#!/usr/bin/env python3
"""Turns the public outcome data in ../shared/datasets into Switchyard outcome matrices (JSONL).

Usage: make_outcomes.py DATASETS_DIR OUT_DIR
Writes gsm8k.jsonl, mt-bench.jsonl and mmlu-pro.jsonl with each model's quality and response.
Costs are left at 0 here: `switchyard-cli simulate --price MODEL=IN:OUT` prices the token counts of
the recorded prompts and responses with the product's own token estimate.
Only the standard library, so it runs on a bare Debian machine.
"""
import csv
import json
import re
import sys
import zipfile
from pathlib import Path

MIXTRAL = "mistralai/Mixtral-8x7B-Instruct-v0.1"
GPT4 = "gpt-4-1106-preview"


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {len(rows)} prompts", file=sys.stderr)


def gsm8k(root):
    csv.field_size_limit(1 << 24)
    rows = []
    with open(root / "routellm-outcomes/gsm8k_responses.csv", encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f), start=1):
            outcomes = {}
            for model in (MIXTRAL, GPT4):
                outcomes[model] = {"quality": 1.0 if r[model] == "True" else 0.0, "cost_usd": 0.0,
                                   "response": r[model + "_response"]}
            rows.append({"id": f"gsm8k-{i}", "prompt": r["prompt"], "category": "math", "outcomes": outcomes})
    return rows


def judged_answer(user_prompt, turn):
    """The assistant's answer inside the judge's prompt (for its token count)."""
    if turn == 1:
        m = re.search(r"\[The Start of Assistant's Answer\]\n(.*?)\n\[The End of Assistant's Answer\]", user_prompt, re.S)
        return m.group(1) if m else ""
    parts = user_prompt.split("### Assistant A:\n")
    last = parts[-1] if len(parts) > 1 else ""
    return last.split("<|The End of Assistant A's Conversation with User|>")[0].strip()


def mt_bench(root):
    questions = {}
    with open(root / "mt-bench/question.jsonl", encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            questions[q["question_id"]] = q
    scores = {}
    with open(root / "routellm-outcomes/mt_bench_judgements.jsonl", encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            if j["score"] < 0:
                continue
            scores[(j["question_id"], j["turn"], j["model"])] = (j["score"], judged_answer(j["user_prompt"], j["turn"]))
    rows = []
    for qid in sorted(questions):
        q = questions[qid]
        for turn in (1, 2):
            outcomes = {}
            for model in (MIXTRAL, GPT4):
                if (qid, turn, model) in scores:
                    score, answer = scores[(qid, turn, model)]
                    outcomes[model] = {"quality": score / 10.0, "cost_usd": 0.0, "response": answer}
            if len(outcomes) < 2:
                continue
            messages = [{"role": "user", "content": t} for t in q["turns"][:turn]]
            rows.append({"id": f"mt-{qid}-{turn}", "messages": messages, "category": q["category"], "outcomes": outcomes})
    return rows


def mmlu_pro(root):
    def load(name):
        with zipfile.ZipFile(root / "mmlu-pro-outcomes" / name) as z:
            with z.open(z.namelist()[0]) as f:
                return {str(r["question_id"]): r for r in json.load(f)}
    small = load("model_outputs_Meta-Llama-3_1-8B-Instruct_5shots.zip")
    large = load("model_outputs_Meta-Llama-3_1-70B-Instruct_5shots.zip")
    rows = []
    for qid, s in small.items():
        l = large.get(qid)
        if l is None:
            continue
        options = s["options"] if isinstance(s["options"], list) else []
        prompt = s["question"] + "\n" + "\n".join(f"{chr(65 + i)}. {o}" for i, o in enumerate(options))
        outcomes = {}
        for model, r in (("llama-3.1-8b-instruct", s), ("llama-3.1-70b-instruct", l)):
            outcomes[model] = {"quality": 1.0 if r.get("pred") == r["answer"] else 0.0, "cost_usd": 0.0,
                               "response": r.get("generated_text") or ""}
        rows.append({"id": f"mmlu-pro-{qid}", "prompt": prompt, "category": s["category"], "reference": s["answer"],
                     "outcomes": outcomes})
    return rows


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    write(out / "gsm8k.jsonl", gsm8k(root))
    write(out / "mt-bench.jsonl", mt_bench(root))
    write(out / "mmlu-pro.jsonl", mmlu_pro(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
