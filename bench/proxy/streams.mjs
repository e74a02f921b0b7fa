// N concurrent streaming chat requests, their starts spread over RAMP_MS (so the client's own
// connection burst does not swamp the time to first byte); prints JSON with errors, the peak
// number in flight and time-to-first-byte percentiles.
const [url, n, model, rampMs] = [process.argv[2], Number(process.argv[3]), process.argv[4], Number(process.argv[5] ?? 0)];
let inFlight = 0, peak = 0;
const body = JSON.stringify({ model, stream: true, messages: [{ role: 'user', content: 'stream a long answer please' }] });
const one = async (i) => {
  await new Promise((resolve) => setTimeout(resolve, (rampMs * i) / n));
  const start = performance.now();
  peak = Math.max(peak, ++inFlight);
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
  } catch (e) { return { error: String(e) }; } finally { --inFlight; }
};
const results = await Promise.all(Array.from({ length: n }, (_, i) => one(i)));
const ok = results.filter((r) => !r.error);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null; };
console.log(JSON.stringify({ requests: n, peak_in_flight: peak, errors: results.length - ok.length, firstError: results.find((r) => r.error)?.error ?? null,
  ttft_p50_ms: pct(ok.map((r) => r.ttft), 0.5), ttft_p99_ms: pct(ok.map((r) => r.ttft), 0.99), total_p50_ms: pct(ok.map((r) => r.total), 0.5) }));
