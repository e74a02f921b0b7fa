"""What the proxy benchmarks share: the upstream's answers, the client's request, the 10-rule policy."""
import json, socket, time

def free_port():
    s = socket.socket(); s.bind(('127.0.0.1', 0)); p = s.getsockname()[1]; s.close(); return p

def wait_port(port, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        try:
            socket.create_connection(('127.0.0.1', port), 0.2).close(); return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f'nothing listens on {port}')

COMPLETION = json.dumps({"id": "chatcmpl-bench", "object": "chat.completion", "created": 1, "model": "bench-model",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "The quick brown fox jumps over the lazy dog."}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 25, "completion_tokens": 10, "total_tokens": 35}})

def _chunk(delta, finish=None):
    return json.dumps({"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1, "model": "bench-model",
                       "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})

# A streamed answer as an OpenAI server sends it when asked for usage: ten content chunks, the finish
# chunk, the usage chunk and [DONE]. Written for an nginx single-quoted string (\n escapes).
_events = [_chunk({"role": "assistant", "content": ""})] + [_chunk({"content": w + " "}) for w in
           "The quick brown fox jumps over the lazy dog today".split()] + [_chunk({}, "stop")]
_events.append(json.dumps({"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1, "model": "bench-model",
                           "choices": [], "usage": {"prompt_tokens": 25, "completion_tokens": 10, "total_tokens": 35}}))
STREAM_BODY = ''.join(f'data: {e}\\n\\n' for e in _events) + 'data: [DONE]\\n\\n'

def request_body(model='auto', stream=False):
    body = {"model": model, "messages": [{"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Summarise the attached incident report and list the next steps for the on-call team. " * 3}]}
    if stream:
        body["stream"] = True
    return json.dumps(body)

def bench_policy(base_url):
    """A realistic 10-rule policy (thresholds, keywords, headers, regexes, flags), then a fallback."""
    rules = []
    for i in range(10):
        when = [{"field": "prompt_tokens", "op": "gt", "value": 50000 + i},
                {"field": "last_user_message", "op": "contains", "value": [f"kubernetes{i}", f"terraform{i}"]},
                {"field": "header", "name": "x-tier", "op": "eq", "value": f"tier-{i}"},
                {"field": "last_user_message", "op": "matches", "value": f"\\bticket-{i}\\d{{3}}\\b"},
                {"field": "has_tools", "op": "eq", "value": True}][i % 5]
        rules.append({"name": f"rule-{i}", "when": when, "then": {"type": "target", "model": f"up/m{i % 3}"}})
    return {"format": "switchyard.policy", "version": 1, "name": "bench",
            "providers": [{"id": "up", "kind": "openai", "base_url": base_url,
                           "models": [{"id": f"m{i}", "pricing": {"input_per_mtok": 0.15, "output_per_mtok": 0.6}} for i in range(3)]}],
            "routes": [{"alias": "auto", "root": {"type": "conditional", "rules": rules,
                        "default": {"type": "fallback", "children": [{"type": "target", "model": "up/m0"}, {"type": "target", "model": "up/m1"}]}}}]}
