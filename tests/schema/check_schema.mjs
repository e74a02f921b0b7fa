// Checks resources/schema/policy-v1.schema.json with Ajv (JSON Schema 2020-12): every valid policy
// given on the command line passes, and each known-bad document below fails.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';

const [schemaFile, ...validFiles] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
let failures = 0;
let passed = 0;

for (const file of validFiles) {
  if (validate(JSON.parse(readFileSync(file, 'utf8')))) { passed++; continue; }
  failures++;
  console.log(`FAIL valid policy rejected: ${file}: ${ajv.errorsText(validate.errors)}`);
}

const base = () => ({
  format: 'switchyard.policy', version: 1, name: 'n',
  providers: [{ id: 'p', kind: 'openai', base_url: 'http://127.0.0.1:9/v1', models: [{ id: 'm' }] }],
  routes: [{ alias: 'a', root: { type: 'target', model: 'p/m' } }],
});
const bad = {
  'unknown node type': (d) => { d.routes[0].root = { type: 'router' }; },
  'target without model': (d) => { delete d.routes[0].root.model; },
  'typo in target key': (d) => { d.routes[0].root.timout_ms = 5; },
  'literal api key': (d) => { d.providers[0].api_key = 'sk-1'; },
  'bad provider kind': (d) => { d.providers[0].kind = 'gemini'; },
  'weight out of range': (d) => { d.routes[0].root = { type: 'weighted', arms: [{ weight: 120, node: { type: 'target', model: 'p/m' } }] }; },
  'bad sticky key': (d) => { d.routes[0].root = { type: 'weighted', sticky_key: 'cookie', arms: [{ weight: 100, node: { type: 'target', model: 'p/m' } }] }; },
  'condition with unknown field': (d) => { d.routes[0].root = { type: 'conditional', rules: [{ when: { field: 'tokens', op: 'gt', value: 1 }, then: { type: 'target', model: 'p/m' } }] }; },
  'no routes': (d) => { d.routes = []; },
  'no routes, empty pass-through list': (d) => { d.routes = []; d.passthrough_models = []; },
  'wrong version': (d) => { d.version = 2; },
  'model ref without provider': (d) => { d.routes[0].root.model = 'm'; },
  'selector without default': (d) => { d.routes[0].root = { type: 'selector', method: 'x', candidates: [{ label: 'a', node: { type: 'target', model: 'p/m' } }] }; },
};
for (const [name, mutate] of Object.entries(bad)) {
  const doc = base();
  mutate(doc);
  if (validate(doc)) { failures++; console.log(`FAIL invalid document accepted: ${name}`); } else { passed++; }
}
if (!validate(base())) { failures++; console.log(`FAIL minimal policy rejected: ${ajv.errorsText(validate.errors)}`); } else { passed++; }
const passThroughOnly = { ...base(), routes: [], passthrough_models: ['p/*'] };
if (!validate(passThroughOnly)) { failures++; console.log(`FAIL pass-through-only policy rejected: ${ajv.errorsText(validate.errors)}`); } else { passed++; }
console.log(`${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
