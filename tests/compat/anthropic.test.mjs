// The official @anthropic-ai/sdk client (npm) against the proxy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ baseURL: process.env.PROXY_URL, apiKey: 'not-needed', maxRetries: 0 });
const ask = (model, extra = {}) => ({ model, max_tokens: 200, messages: [{ role: 'user', content: 'Say something.' }], ...extra });
const tools = [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }];

test('non-stream message', async () => {
  const m = await client.messages.create(ask('anthropic-model'));
  assert.equal(m.type, 'message');
  assert.equal(m.stop_reason, 'end_turn');
  assert.equal(m.content[0].text.split(' ').length, 12);
  assert.equal(m.usage.output_tokens, 12);
});

test('stream with the SDK helper', async () => {
  const stream = client.messages.stream(ask('anthropic-model'));
  let text = '';
  stream.on('text', (t) => { text += t; });
  const final = await stream.finalMessage();
  assert.equal(text.split(' ').length, 12);
  assert.equal(final.stop_reason, 'end_turn');
});

test('tool use', async () => {
  const m = await client.messages.create({ ...ask('anthropic-model'), messages: [{ role: 'user', content: 'use get_weather' }], tools });
  assert.equal(m.stop_reason, 'tool_use');
  const block = m.content.find((b) => b.type === 'tool_use');
  assert.equal(block.name, 'get_weather');
  assert.equal(block.input.city, 'example');
});

test('routed to an OpenAI provider, streamed back as Anthropic events', async () => {
  const stream = client.messages.stream({ ...ask('openai-model'), messages: [{ role: 'user', content: 'use get_weather' }], tools });
  const final = await stream.finalMessage();
  assert.equal(final.stop_reason, 'tool_use');
  assert.equal(final.content.find((b) => b.type === 'tool_use').input.city, 'example');
});

test('errors map to the client error classes', async () => {
  await assert.rejects(client.messages.create(ask('no-such-model')), (e) => e instanceof Anthropic.NotFoundError);
  await assert.rejects(client.messages.create(ask('always-broken')), (e) => e instanceof Anthropic.InternalServerError);
  await assert.rejects(client.messages.create({ model: 'anthropic-model', messages: [{ role: 'user', content: 'x' }] }),
                      (e) => e instanceof Anthropic.BadRequestError && /max_tokens/.test(e.message));
});

// count_tokens: the provider's count on an Anthropic-kind target, the estimator's on others.
for (const model of ['anthropic-model', 'openai-model']) {
  test(`messages.countTokens on ${model}`, async () => {
    const { data, response } = await client.messages
      .countTokens({ model, system: 'Be brief.', messages: [{ role: 'user', content: 'How many tokens is this sentence?' }] })
      .withResponse();
    assert.ok(data.input_tokens > 3);
    assert.equal(response.headers.get('x-switchyard-estimated'), model === 'openai-model' ? 'true' : null);
  });
}

test('a stream from an OpenAI-kind target carries input tokens in message_start', async () => {
  const stream = await client.messages.create(ask('openai-model', { stream: true }));
  let start;
  for await (const event of stream)
    if (event.type === 'message_start') start = event.message;
  assert.ok(start.usage.input_tokens > 0);
});
