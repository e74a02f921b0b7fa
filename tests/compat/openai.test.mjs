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
  assert.deepEqual(ids, ['openai-model', 'anthropic-model', 'with-fallback', 'always-broken', 'rate-limited']);
});
