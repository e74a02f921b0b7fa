// The official openai client (npm) against the proxy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: `${process.env.PROXY_URL}/v1`, apiKey: 'not-needed', maxRetries: 0 });
const ask = (model, extra = {}) => ({ model, messages: [{ role: 'user', content: 'Say something.' }], ...extra });
const weather = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }];

test('non-stream completion with decision headers', async () => {
  const { data, response } = await client.chat.completions.create(ask('openai-model')).withResponse();
  assert.equal(data.object, 'chat.completion');
  assert.ok(data.choices[0].message.content.length > 0);
  assert.equal(data.usage.completion_tokens, 12);
  assert.equal(response.headers.get('x-switchyard-route'), 'openai-model');
  assert.ok(Number(response.headers.get('x-switchyard-cost-usd')) > 0);
});

test('stream with usage', async () => {
  const stream = await client.chat.completions.create(ask('openai-model', { stream: true, stream_options: { include_usage: true } }));
  let text = '';
  let usage;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    if (chunk.usage) usage = chunk.usage;
  }
  assert.equal(text.split(' ').length, 12);
  assert.equal(usage.completion_tokens, 12);
});

test('tool calls', async () => {
  const r = await client.chat.completions.create({ ...ask('openai-model'), messages: [{ role: 'user', content: 'use get_weather' }], tools: weather });
  assert.equal(r.choices[0].finish_reason, 'tool_calls');
  const call = r.choices[0].message.tool_calls[0];
  assert.equal(call.function.name, 'get_weather');
  assert.equal(JSON.parse(call.function.arguments).city, 'example');
});

test('fallback to the next target, across APIs', async () => {
  const { data, response } = await client.chat.completions.create(ask('with-fallback')).withResponse();
  assert.equal(data.object, 'chat.completion');
  assert.equal(response.headers.get('x-switchyard-attempts'), '2');
  assert.equal(response.headers.get('x-switchyard-provider'), 'simA');
});

test('routed to an Anthropic provider, streamed back as OpenAI chunks', async () => {
  const stream = await client.chat.completions.create(ask('anthropic-model', { stream: true }));
  let text = '';
  let finish;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  assert.equal(text.split(' ').length, 12);
  assert.equal(finish, 'stop');
});

test('errors map to the client error classes', async () => {
  await assert.rejects(client.chat.completions.create(ask('no-such-model')), (e) => e instanceof OpenAI.NotFoundError && e.code === 'model_not_found');
  await assert.rejects(client.chat.completions.create(ask('always-broken')), (e) => e instanceof OpenAI.InternalServerError);
  await assert.rejects(client.chat.completions.create(ask('rate-limited')), (e) => e instanceof OpenAI.RateLimitError && e.headers.get('retry-after') === '1');
  await assert.rejects(client.chat.completions.create({ model: 'openai-model' }), (e) => e instanceof OpenAI.BadRequestError && /messages/.test(e.message));
});

test('models list shows the routes', async () => {
  const ids = [];
  for await (const m of client.models.list()) ids.push(m.id);
  assert.deepEqual(ids, ['openai-model', 'anthropic-model', 'with-fallback', 'always-broken', 'rate-limited', 'embed', 'native-model']);
});

test('models.retrieve one route, and a 404 for an unknown one', async () => {
  const m = await client.models.retrieve('anthropic-model');
  assert.equal(m.id, 'anthropic-model');
  assert.equal(m.object, 'model');
  await assert.rejects(client.models.retrieve('no-such-model'), (e) => e instanceof OpenAI.NotFoundError);
});

// The Responses API on both provider kinds and passed through to a provider that speaks it
// (native-model): the route is the model.
for (const model of ['openai-model', 'anthropic-model', 'native-model']) {
  test(`responses.create on ${model}`, async () => {
    const { data, response } = await client.responses.create({ model, input: 'Say something.', instructions: 'Be brief.' }).withResponse();
    assert.equal(data.object, 'response');
    assert.equal(data.status, 'completed');
    assert.equal(data.output_text.split(' ').length, 12);
    assert.equal(data.usage.output_tokens, 12);
    assert.ok(data.usage.input_tokens > 0);
    assert.equal(response.headers.get('x-switchyard-route'), model);
  });

  test(`responses.create streamed on ${model}`, async () => {
    const stream = await client.responses.create({ model, input: 'Say something.', stream: true });
    const types = [];
    let text = '';
    let completed;
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.completed') completed = event.response;
    }
    assert.equal(types[0], 'response.created');
    assert.equal(types.at(-1), 'response.completed');
    assert.ok(types.includes('response.output_item.done'));
    assert.equal(text.split(' ').length, 12);
    assert.equal(completed.output[0].content[0].text, text);
    assert.equal(completed.usage.output_tokens, 12);
  });

  test(`responses.stream helper on ${model}`, async () => {
    const stream = client.responses.stream({ model, input: 'Say something.' });
    let text = '';
    stream.on('response.output_text.delta', (e) => { text += e.delta; });
    const final = await stream.finalResponse();
    assert.equal(final.output_text, text);
  });
}

for (const model of ['openai-model', 'anthropic-model', 'native-model'])
test(`responses on ${model}: a tool call, its output by previous_response_id, then the answer`, async () => {
  const tools = [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }];
  const first = await client.responses.create({ model, input: 'use get_weather', tools });
  const call = first.output.find((item) => item.type === 'function_call');
  assert.equal(call.name, 'get_weather');
  assert.equal(JSON.parse(call.arguments).city, 'example');
  const second = await client.responses.create({
    model, previous_response_id: first.id, tools,
    input: [{ type: 'function_call_output', call_id: call.call_id, output: 'sunny' }],
  });
  assert.equal(second.previous_response_id, first.id);
  assert.equal(second.output[0].type, 'message');
  const stored = await client.responses.retrieve(first.id);
  assert.equal(stored.id, first.id);
  await client.responses.delete(first.id);
  await assert.rejects(client.responses.retrieve(first.id), (e) => e instanceof OpenAI.NotFoundError);
});

test('responses: structured output format reaches the model as response_format', async () => {
  const r = await client.responses.create({
    model: 'openai-model', input: 'Describe a person.',
    text: { format: { type: 'json_schema', name: 'person', schema: { type: 'object', properties: { name: { type: 'string' } } } } },
  });
  assert.equal(r.status, 'completed');
  assert.equal(r.text.format.type, 'json_schema');
});

test('embeddings.create with the client defaults (base64 on the wire) and with dimensions', async () => {
  const plain = await client.embeddings.create({ model: 'embed', input: ['a cat', 'a dog'] });
  assert.equal(plain.data.length, 2);
  assert.equal(plain.data[0].embedding.length, 16);
  assert.ok(plain.data[0].embedding.every((x) => Number.isFinite(x) && Math.abs(x) <= 1));
  const floats = await client.embeddings.create({ model: 'embed', input: 'a cat', encoding_format: 'float' });
  assert.deepEqual(plain.data[0].embedding, floats.data[0].embedding);
  const short = await client.embeddings.create({ model: 'embed', input: 'a cat', dimensions: 8 });
  assert.equal(short.data[0].embedding.length, 8);
});

test('chat.completions.parse with a JSON schema', async () => {
  const schema = { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 18 } }, required: ['name', 'age'], additionalProperties: false };
  const r = await client.chat.completions.parse({ ...ask('openai-model'), response_format: { type: 'json_schema', json_schema: { name: 'person', schema, strict: true } } });
  const parsed = r.choices[0].message.parsed;
  assert.equal(typeof parsed.name, 'string');
  assert.ok(parsed.age >= 18);
});
