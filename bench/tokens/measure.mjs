// Compares Switchyard's token estimates with exact BPE counts (gpt-tokenizer: cl100k_base, o200k_base)
// on the prompts of the shared datasets. Usage: node measure.mjs ESTIMATOR DATASETS_DIR
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { encode as encodeCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { encode as encodeO200k } from 'gpt-tokenizer/encoding/o200k_base';

const [estimator, datasets] = process.argv.slice(2);
const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const sets = [];
const add = (name, file, pick) => {
  if (!existsSync(file)) { console.error(`skip ${name}: ${file} is absent`); return; }
  sets.push({ name, texts: jsonl(file).flatMap(pick).filter((t) => typeof t === 'string' && t.length > 0) });
};
add('gsm8k questions', `${datasets}/gsm8k/test.jsonl`, (r) => [r.question]);
add('gsm8k answers', `${datasets}/gsm8k/test.jsonl`, (r) => [r.answer]);
add('mt-bench turns', `${datasets}/mt-bench/question.jsonl`, (r) => r.turns);
add('humaneval prompts (code)', `${datasets}/humaneval/HumanEval.jsonl`, (r) => [r.prompt]);
if (sets.length === 0) { console.error('no datasets found'); process.exit(2); }

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
console.log('| prompts | n | tokens (cl100k) | sum error vs cl100k | median abs error | p90 abs error | sum error vs o200k |');
console.log('|---|---|---|---|---|---|---|');
for (const { name, texts } of sets) {
  const input = texts.map((text) => JSON.stringify({ text })).join('\n');
  const estimates = execFileSync(estimator, { input, maxBuffer: 1 << 28 }).toString().trim().split('\n').map(Number);
  const cl = texts.map((t) => encodeCl100k(t).length);
  const o2 = texts.map((t) => encodeO200k(t).length);
  const rel = estimates.map((e, i) => Math.abs(e - cl[i]) / Math.max(1, cl[i]));
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const f = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(`| ${name} | ${texts.length} | ${sum(cl)} | ${f(sum(estimates) / sum(cl) - 1)} | ${f(pct(rel, 0.5))} | ${f(pct(rel, 0.9))} | ${f(sum(estimates) / sum(o2) - 1)} |`);
}
