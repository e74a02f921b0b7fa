// N concurrent streaming chat requests; prints JSON with errors and time-to-first-byte percentiles.
const [url, n, model] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const body = JSON.stringify({ model, stream: true, messages: [{ role: 'user', content: 'stream a long answer please' }] });
const one = async () => {
  const start = performance.now();
  try {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (r.status !== 200) return { error: `status ${r.status}` };
    const reader = r.body.getReader();
    let first = -1, text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (first < 0) first = performance.now() - start;
      text += new TextDecoder().decode(value);
    }
    if (!text.includes('[DONE]')) return { error: 'stream ended without [DONE]' };
    return { ttft: first, total: performance.now() - start };
  } catch (e) { return { error: String(e) }; }
};
const results = await Promise.all(Array.from({ length: n }, one));
const ok = results.filter((r) => !r.error);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null; };
console.log(JSON.stringify({ requests: n, errors: results.length - ok.length, firstError: results.find((r) => r.error)?.error ?? null,
  ttft_p50_ms: pct(ok.map((r) => r.ttft), 0.5), ttft_p99_ms: pct(ok.map((r) => r.ttft), 0.99), total_p50_ms: pct(ok.map((r) => r.total), 0.5) }));
