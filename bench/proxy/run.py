#!/usr/bin/env python3
"""Drives the proxy benchmark; see run.sh. Everything listens on 127.0.0.1 and stops at the end."""
import argparse, json, os, re, shutil, signal, socket, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument('--cli', required=True)
ap.add_argument('--work', required=True)
ap.add_argument('--quick', action='store_true', help='shorter runs, one round')
ap.add_argument('--streams-only', action='store_true', help='only the slow-upstream and 1,000-stream runs')
ap.add_argument('--no-tls', action='store_true', help='skip the HTTPS-upstream runs')
ap.add_argument('--gateway-only', action='store_true', help='only the run with 1,000 virtual keys, their limits and the response cache')
args = ap.parse_args()
DURATION = 4 if args.quick else 8
ROUNDS = 1 if args.quick else 3  # best of three: single rounds on a shared VM move by a tenth
work = os.path.abspath(args.work)
tmp = tempfile.mkdtemp(prefix='sy-bench-')
procs = []
CLK = os.sysconf('SC_CLK_TCK')

def start(cmd, core, env=None, log='log'):
    p = subprocess.Popen(['taskset', '-c', str(core)] + cmd, stdout=open(os.path.join(tmp, log), 'w'), stderr=subprocess.STDOUT,
                         env={**os.environ, **(env or {})})
    procs.append(p); return p

def cpu_seconds(pids):
    total = 0
    for pid in pids:
        for line in [open(f'/proc/{pid}/stat').read()]:
            fields = line.rsplit(')', 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / CLK

def tree(pid):
    out = [pid]
    for child in subprocess.run(['pgrep', '-P', str(pid)], capture_output=True, text=True).stdout.split():
        out += tree(int(child))
    return out

def nginx(conf_body, name):
    d = os.path.join(tmp, name); os.makedirs(os.path.join(d, 'logs'), exist_ok=True)
    conf = os.path.join(d, 'nginx.conf')
    open(conf, 'w').write(f"""worker_processes 1; daemon off; pid {d}/nginx.pid; error_log {d}/logs/error.log warn;
events {{ worker_connections 4096; }}
http {{ access_log off; keepalive_requests 1000000; keepalive_timeout 75s;
{conf_body} }}""")
    return conf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import COMPLETION, STREAM_BODY, bench_policy, free_port, request_body, wait_port  # noqa: E402
REQUEST_MODEL = 'auto'

up_port, ngx_port, sy_port, pk_port = free_port(), free_port(), free_port(), free_port()
# The upstream answers a chat completion, or a stream of 13 events when the client accepts one.
upstream = nginx(f"""server {{ listen 127.0.0.1:{up_port}; location / {{
  if ($http_accept = "text/event-stream") {{ return 200 '{STREAM_BODY}'; }}
  default_type application/json; return 200 '{COMPLETION}'; }} }}""", 'upstream')
start(['nginx', '-c', upstream], 0, log='upstream.log'); wait_port(up_port)
proxy_conf = nginx(f"""upstream backend {{ server 127.0.0.1:{up_port}; keepalive 128; }}
server {{ listen 127.0.0.1:{ngx_port}; location / {{ proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_buffering off; }} }}""", 'proxy')
ngx = start(['nginx', '-c', proxy_conf], 1, log='nginx.log'); wait_port(ngx_port)

# Switchyard with a realistic 10-rule policy: thresholds, keywords, headers, regexes and flags, then a fallback.
policy = bench_policy(f'http://127.0.0.1:{up_port}/v1')
policy_file = os.path.join(tmp, 'policy.json'); json.dump(policy, open(policy_file, 'w'))
sy = start([args.cli, 'proxy', '--policy', policy_file, '--listen', f'127.0.0.1:{sy_port}', '--threads', '1'], 1, log='switchyard.log'); wait_port(sy_port)
if not args.gateway_only:  # the gateway run compares with nginx only
    pk = start(['node', os.path.join(work, 'portkey-loopback.mjs'), f'--port={pk_port}', '--headless'], 1,
               env={'PORTKEY_START': os.path.join(work, 'node_modules/@portkey-ai/gateway/build/start-server.js')}, log='portkey.log')
    shutil.copy(os.path.join(os.path.dirname(__file__), 'portkey-loopback.mjs'), work)
    wait_port(pk_port, 60)

lua = os.path.join(tmp, 'post.lua')
def write_lua(headers, body):
    hs = ''.join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in headers.items())
    # done() prints latencies in microseconds: wrk's own summary rounds a 1 s answer to 10 ms.
    open(lua, 'w').write(f'wrk.method = "POST"\nwrk.body = {json.dumps(body)}\nwrk.headers["Content-Type"] = "application/json"\n{hs}'
                         'done = function(summary, latency, requests)\n'
                         '  io.write(string.format("EXACT p50=%d p99=%d mean=%.1f\\n", latency:percentile(50), latency:percentile(99), latency.mean))\n'
                         'end\n')

TARGETS = {
    'direct': (f'http://127.0.0.1:{up_port}/v1/chat/completions', {}, None),
    'nginx': (f'http://127.0.0.1:{ngx_port}/v1/chat/completions', {}, lambda: tree(ngx.pid)),
    'switchyard': (f'http://127.0.0.1:{sy_port}/v1/chat/completions', {}, lambda: [sy.pid]),
    'portkey': (f'http://127.0.0.1:{pk_port}/v1/chat/completions', {'x-portkey-provider': 'openai', 'Authorization': 'Bearer bench',
                'x-portkey-custom-host': f'http://127.0.0.1:{up_port}/v1'}, lambda: tree(pk.pid)),
}

STREAM_HEADERS = {'Accept': 'text/event-stream'}  # what SDKs send; nginx passes it on, Switchyard sets it itself

def wrk(name, conns, duration=DURATION, stream=False):
    url, headers, pids = TARGETS[name]
    write_lua({**headers, **(STREAM_HEADERS if stream else {})}, request_body(REQUEST_MODEL, stream))
    return wrk_script(url, lua, conns, pids, duration)

def quiet(pids, limit_s=30):
    """Waits until the processes stop using CPU (bounded): a proxy with the request log on keeps
    writing its backlog after wrk stops, on the core the next run's proxy uses."""
    deadline, last = time.time() + limit_s, cpu_seconds(pids)
    while time.time() < deadline:
        time.sleep(0.2)
        now = cpu_seconds(pids)
        if now - last < 0.01:
            return
        last = now

def wrk_script(url, script, conns, pids, duration=DURATION):
    """One wrk run of a script; CPU seconds of the pids() processes per 1,000 requests."""
    before = cpu_seconds(pids()) if pids else None
    out = subprocess.run(['taskset', '-c', '0', 'wrk', '-t1', f'-c{conns}', f'-d{duration}s', '--latency', '--timeout', '10s', '-s', script, url],
                         capture_output=True, text=True).stdout
    after = cpu_seconds(pids()) if pids else None
    rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
    total = int(re.search(r'(\d+) requests in', out).group(1))
    errors = sum(int(x) for x in re.findall(r'(?:connect|read|write|timeout) (\d+)', out))
    non2xx = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
    exact = re.search(r'EXACT p50=(\d+) p99=(\d+) mean=([\d.]+)', out)
    mean_ms = float(exact.group(3)) / 1000
    return {'rps': rps, 'p50': int(exact.group(1)) / 1000, 'p99': int(exact.group(2)) / 1000, 'requests': total,
            'errors': errors + (int(non2xx.group(1)) if non2xx else 0),
            'steady_rps': conns * 1000 / mean_ms if mean_ms > 0 else 0,
            'cpu_ms_per_1k': (after - before) * 1e6 / total if pids and total else None}

CHECKS = []  # (target, measured, limit, holds) for the summary at the end
def check(what, value, limit, holds):
    CHECKS.append((what, value, limit, holds))

if not args.streams_only:
    # A team's gateway: 1,000 virtual keys in the workspace, each with budgets and per-minute limits
    # (high enough that none refuses: every request pays for the accounting), the request log on,
    # and a route whose response cache is on. Two runs against nginx in the same rounds: every
    # request a different question (each a cache miss, looked up and then stored), and the same
    # question again and again (each a cache hit, no upstream at all).
    import hashlib, sqlite3, uuid
    gw_ws = os.path.join(tmp, 'gateway.switchyard')
    subprocess.run([args.cli, 'keys', 'list', '--workspace', gw_ws], capture_output=True, check=True)  # creates and migrates it
    db = sqlite3.connect(gw_ws)
    now_ms = int(time.time() * 1000)
    limits = json.dumps({'day_usd': 1000, 'month_usd': 20000, 'rpm': 1000000, 'tpm': 1000000000, 'routes': ['auto', 'cached']})
    secrets = [f'sy-bench-{i:04d}-' + hashlib.sha256(str(i).encode()).hexdigest()[:30] for i in range(1000)]
    db.executemany('INSERT INTO virtual_keys (id, name, owner, tags_json, key_hash, prefix, created_ms, limits_json, updated_ms) '
                   'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
                   [(str(uuid.uuid4()), f'bench-{i}', 'bench', '["bench"]', hashlib.sha256(k.encode()).hexdigest(), k[:10], now_ms, limits, now_ms)
                    for i, k in enumerate(secrets)])
    db.commit(); db.close()
    gw_policy = json.loads(json.dumps(policy))
    cached_route = json.loads(json.dumps(gw_policy['routes'][0]))
    cached_route['alias'] = 'cached'
    cached_route['cache'] = {'mode': 'exact', 'ttl_s': 3600, 'share_across_keys': True}
    gw_policy['routes'].append(cached_route)
    gw_policy_file = os.path.join(tmp, 'gateway-policy.json'); json.dump(gw_policy, open(gw_policy_file, 'w'))
    # The main run: keys from the workspace, no request log (the plain runs below log nothing
    # either); a second proxy with the log on, for what the log costs.
    gw_port, gw_log_port = free_port(), free_port()
    gw = start([args.cli, 'proxy', '--policy', gw_policy_file, '--workspace', gw_ws, '--no-request-log', '--listen', f'127.0.0.1:{gw_port}',
                '--threads', '1'], 1, log='switchyard-gateway.log'); wait_port(gw_port)
    gw_logged = start([args.cli, 'proxy', '--policy', gw_policy_file, '--workspace', gw_ws, '--listen', f'127.0.0.1:{gw_log_port}',
                       '--threads', '1'], 1, log='switchyard-gateway-logged.log'); wait_port(gw_log_port)
    done_fn = ('done = function(summary, latency, requests)\n'
               '  io.write(string.format("EXACT p50=%d p99=%d mean=%.1f\\n", latency:percentile(50), latency:percentile(99), latency.mean))\nend\n')
    keys_lua = 'local keys = {' + ','.join(f'"{k}"' for k in secrets) + '}\n'
    body = json.loads(request_body('cached'))
    user = body['messages'][1]['content']
    def gw_script(name, unique):
        parts = json.dumps(body).split(user)
        if unique:  # the question differs in every request: "Request N: ..."
            make_body = f'{json.dumps(parts[0])} .. "Request " .. n .. ": " .. {json.dumps(user + parts[1])}'
        else:
            make_body = json.dumps(json.dumps(body))
        path = os.path.join(tmp, name)
        open(path, 'w').write(keys_lua + 'local n = 0\n'
                              'request = function()\n  n = n + 1\n'
                              f'  return wrk.format("POST", "/v1/chat/completions", {{["Content-Type"] = "application/json", '
                              f'["Authorization"] = "Bearer " .. keys[(n % 1000) + 1]}}, {make_body})\nend\n' + done_fn)
        return path
    miss_lua, hit_lua = gw_script('gateway-miss.lua', True), gw_script('gateway-hit.lua', False)
    ngx_url = f'http://127.0.0.1:{ngx_port}/v1/chat/completions'
    GW = {  # label: (url, script, pids); nginx gets the same scripts, so the client's work is the same
        'nginx, new questions': (ngx_url, miss_lua, lambda: tree(ngx.pid)),
        'Switchyard: keys, limits, cache (all misses)': (f'http://127.0.0.1:{gw_port}/v1/chat/completions', miss_lua, lambda: [gw.pid]),
        'same, request log on': (f'http://127.0.0.1:{gw_log_port}/v1/chat/completions', miss_lua, lambda: [gw_logged.pid]),
        'nginx, one question again': (ngx_url, hit_lua, lambda: tree(ngx.pid)),
        'Switchyard: cache hits': (f'http://127.0.0.1:{gw_port}/v1/chat/completions', hit_lua, lambda: [gw.pid]),
    }
    gw_runs = {}
    for label, (url, script, _) in GW.items():
        wrk_script(url, script, 8, None, 2)  # warm; the one question is cached from here on
    GW_ROUNDS = 1 if args.quick else 5  # the gateway's targets sit near their limits: more rounds, and paired ratios below
    for rnd in range(GW_ROUNDS):
        for conns in (1, 64):
            for label, (url, script, pids) in GW.items():
                quiet([gw.pid, gw_logged.pid])
                r = wrk_script(url, script, conns, pids)
                gw_runs.setdefault((label, conns), []).append(r)
                print(f'round {rnd + 1} c={conns:<3} {label:<45} {r["rps"]:>9.0f} req/s  p50 {r["p50"]:.3f} ms  p99 {r["p99"]:.3f} ms'
                      f'  cpu/1k {r["cpu_ms_per_1k"] or 0:.1f} ms  errors {r["errors"]}', flush=True)
    def gw_best(label, conns, key, low=False):
        vals = [r[key] for r in gw_runs[(label, conns)] if r[key] is not None]
        return (min(vals) if low else max(vals)) if vals else None
    metrics = subprocess.run(['curl', '-s', '-H', f'Authorization: Bearer {secrets[0]}', f'http://127.0.0.1:{gw_port}/metrics'],
                             capture_output=True, text=True).stdout
    hits = sum(float(x) for x in re.findall(r'switchyard_cache_hits_total\{route="cached",match="exact"\} ([\d.e+]+)', metrics))
    lookups = sum(float(x) for x in re.findall(r'switchyard_cache_lookups_total\{route="cached"\} ([\d.e+]+)', metrics))
    cache_bytes = re.search(r'switchyard_cache_bytes (\d+)', metrics)
    keyed_requests = sum(float(x) for x in re.findall(r'switchyard_key_requests_total\{key="[^"]+",status="200"\} ([\d.e+]+)', metrics))
    print('\n## A gateway: 1,000 virtual keys with budgets and per-minute limits, a cached route (best of the rounds)\n')
    print('| path | req/s c=64 | ratio to nginx | p50 c=1 (ms) | p99 c=64 (ms) | CPU ms / 1k req c=64 | ratio to nginx | errors |')
    print('|---|---|---|---|---|---|---|---|')
    for label in GW:
        base = 'nginx, one question again' if 'one question' in label or 'hits' in label else 'nginx, new questions'
        rps, cpu = gw_best(label, 64, 'rps'), gw_best(label, 64, 'cpu_ms_per_1k', True)
        errs = sum(r['errors'] for (l, c), v in gw_runs.items() if l == label for r in v)
        print(f'| {label} | {rps:,.0f} | {rps / gw_best(base, 64, "rps"):.2f} | {gw_best(label, 1, "p50", True):.3f} | '
              f'{gw_best(label, 64, "p99", True):.3f} | {cpu or 0:.1f} | {(cpu or 0) / gw_best(base, 64, "cpu_ms_per_1k", True):.2f} | {errs} |')
    print(f'\nkeys in use: {keyed_requests:,.0f} requests answered across the 1,000 keys; cache: {hits:,.0f} hits of {lookups:,.0f} '
          f'lookups on the cached route, {int(cache_bytes.group(1)) / 1e6 if cache_bytes else 0:.1f} MB held')
    # The same ratio round by round: each pair ran within the same minute, so the host's drift
    # (a shared VM, +-20% between minutes) moves both; the median of the pairs is the steadier figure.
    def paired(label, base):
        return sorted(a['rps'] / b['rps'] for a, b in zip(gw_runs[(label, 64)], gw_runs[(base, 64)]))
    for label, base in (('Switchyard: keys, limits, cache (all misses)', 'nginx, new questions'),
                        ('same, request log on', 'nginx, new questions'),
                        ('Switchyard: cache hits', 'nginx, one question again')):
        pairs = paired(label, base)
        print(f'{label}: per-round ratio to nginx c=64 ' + ' '.join(f'{r:.2f}' for r in pairs) + f'; median {pairs[len(pairs) // 2]:.2f}')
    miss_pairs = paired('Switchyard: keys, limits, cache (all misses)', 'nginx, new questions')
    check('gateway: throughput with keys, limits, cache (median of per-round pairs)', f'{miss_pairs[len(miss_pairs) // 2]:.2f} x nginx',
          '>= 0.75', miss_pairs[len(miss_pairs) // 2] >= 0.75)
    keyed = gw_best('Switchyard: keys, limits, cache (all misses)', 64, 'rps') / gw_best('nginx, new questions', 64, 'rps')
    check('gateway: throughput with keys, limits, cache (best round against best round)', f'{keyed:.2f} x nginx', '>= 0.75', keyed >= 0.75)
    hit_rps = gw_best('Switchyard: cache hits', 64, 'rps') / gw_best('nginx, one question again', 64, 'rps')
    check('gateway: cache hits, throughput c=64', f'{hit_rps:.2f} x nginx proxying', '>= 1.0', hit_rps >= 1.0)
    hit_p50, n_p50 = gw_best('Switchyard: cache hits', 1, 'p50', True), gw_best('nginx, one question again', 1, 'p50', True)
    check('gateway: cache hits, median latency c=1', f'{hit_p50:.3f} ms (nginx proxying {n_p50:.3f} ms)', '<= nginx', hit_p50 <= n_p50)
    gw_errors = sum(r['errors'] for (l, c), v in gw_runs.items() if not l.startswith('nginx') for r in v)
    if gw_errors:
        check('gateway: errors', str(gw_errors), '0', False)
    gw.send_signal(signal.SIGTERM)
    gw_logged.send_signal(signal.SIGTERM)

if not args.streams_only and not args.gateway_only:
    # Warm up, then alternate: non-streamed and streamed answers, one connection and 64.
    MODES = (('json', False), ('stream', True))
    for name in TARGETS:
        wrk(name, 8, 2)
    results = {}
    for rnd in range(ROUNDS):
        for mode, stream in MODES:
            for conns in (1, 64):
                for name in TARGETS:
                    if stream and name == 'portkey':
                        continue  # measured on plain answers only: it is two orders of magnitude off either way
                    r = wrk(name, conns, stream=stream)
                    results.setdefault((name, conns, mode), []).append(r)
                    print(f'round {rnd + 1} {mode:<6} c={conns:<3} {name:<10} {r["rps"]:>9.0f} req/s  p50 {r["p50"]:.3f} ms  p99 {r["p99"]:.3f} ms'
                          f'  cpu/1k {r["cpu_ms_per_1k"] or 0:.1f} ms  errors {r["errors"]}', flush=True)

    def best(name, conns, key, low=False, mode='json'):
        vals = [r[key] for r in results[(name, conns, mode)] if r[key] is not None]
        return (min(vals) if low else max(vals)) if vals else None

    for mode, stream in MODES:
        print(f'\n## {"Streamed answers (13 events each)" if stream else "Non-streamed answers"}: throughput, added latency, CPU (best of the rounds)\n')
        print('| proxy | req/s c=64 | ratio to nginx | added p50 c=1 (ms) | ratio to nginx | added p99 c=64 (ms) | CPU ms / 1k req c=64 | ratio to nginx | errors |')
        print('|---|---|---|---|---|---|---|---|---|')
        base = {c: best('direct', c, 'p50', True, mode) for c in (1, 64)}
        base99 = best('direct', 64, 'p99', True, mode)
        ngx_rps, ngx_add, ngx_cpu = best('nginx', 64, 'rps', mode=mode), best('nginx', 1, 'p50', True, mode) - base[1], best('nginx', 64, 'cpu_ms_per_1k', True, mode)
        for name in ('nginx', 'switchyard') + (() if stream else ('portkey',)):
            rps = best(name, 64, 'rps', mode=mode); add = best(name, 1, 'p50', True, mode) - base[1]; add99 = best(name, 64, 'p99', True, mode) - base99
            cpu = best(name, 64, 'cpu_ms_per_1k', True, mode); errs = sum(r['errors'] for k, v in results.items() if k[0] == name and k[2] == mode for r in v)
            print(f'| {name} | {rps:,.0f} | {rps / ngx_rps:.2f} | {add:.3f} | {add / ngx_add if ngx_add > 0 else float("nan"):.2f} | {add99:.2f} | {cpu:.1f} | {cpu / ngx_cpu:.2f} | {errs} |')
            if name == 'switchyard':
                check(f'{mode}: throughput, c=64', f'{rps / ngx_rps:.2f} x nginx', '>= 0.85' if stream else '>= 0.80', rps / ngx_rps >= (0.85 if stream else 0.80))
                check(f'{mode}: CPU per request, c=64', f'{cpu / ngx_cpu:.2f} x nginx', '<= 1.4' if stream else '<= 1.3', cpu / ngx_cpu <= (1.4 if stream else 1.3))
                if not stream:
                    check('json: added median latency, c=1', f'{add / ngx_add:.2f} x nginx' if ngx_add > 0 else f'{add:.3f} ms',
                          '<= 1.2', ngx_add > 0 and add / ngx_add <= 1.2)
                if errs:
                    check(f'{mode}: errors', str(errs), '0', False)
        print(f'\ndirect to the upstream: {best("direct", 64, "rps", mode=mode):,.0f} req/s at c=64, p50 {base[1]:.3f} ms at c=1')
        # Each round's own ratio, for how far the machine moved between rounds.
        pairs = [(s['rps'] / n['rps'], s['cpu_ms_per_1k'] / n['cpu_ms_per_1k'])
                 for n, s in zip(results[('nginx', 64, mode)], results[('switchyard', 64, mode)])]
        print('each round, Switchyard / nginx at c=64: ' + ', '.join(f'throughput {t:.2f} CPU {c:.2f}' for t, c in pairs))

if not args.streams_only and not args.no_tls and not args.gateway_only:
    # HTTPS upstreams: the same static answer behind TLS, over HTTP/1.1 and over HTTP/2. nginx (as a
    # proxy) speaks only HTTP/1.1 to upstreams, with keep-alive and TLS session reuse.
    cert, key = os.path.join(tmp, 'cert.pem'), os.path.join(tmp, 'key.pem')
    subprocess.run(['openssl', 'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
                    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert],
                   check=True, capture_output=True)
    tls1_port, tls2_port, ngx_tls_port, sy_tls1_port, sy_tls2_port = free_port(), free_port(), free_port(), free_port(), free_port()
    tls_upstream = nginx(f"""ssl_certificate {cert}; ssl_certificate_key {key};
    server {{ listen 127.0.0.1:{tls1_port} ssl; location / {{ default_type application/json; return 200 '{COMPLETION}'; }} }}
    server {{ listen 127.0.0.1:{tls2_port} ssl http2; location / {{ default_type application/json; return 200 '{COMPLETION}'; }} }}""", 'tls-upstream')
    start(['nginx', '-c', tls_upstream], 0, log='tls-upstream.log'); wait_port(tls1_port); wait_port(tls2_port)
    ngx_tls_conf = nginx(f"""upstream tls_backend {{ server 127.0.0.1:{tls1_port}; keepalive 128; }}
    server {{ listen 127.0.0.1:{ngx_tls_port}; location / {{ proxy_pass https://tls_backend; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_ssl_session_reuse on; proxy_ssl_verify off; proxy_buffering off; }} }}""", 'tls-proxy')
    ngx_tls = start(['nginx', '-c', ngx_tls_conf], 1, log='nginx-tls.log'); wait_port(ngx_tls_port)
    def https_policy(port):
        p = json.loads(json.dumps(policy))
        p['providers'][0]['base_url'] = f'https://localhost:{port}/v1'
        f = os.path.join(tmp, f'policy-tls-{port}.json'); json.dump(p, open(f, 'w')); return f
    sy_tls1 = start([args.cli, 'proxy', '--policy', https_policy(tls1_port), '--ca-file', cert, '--listen', f'127.0.0.1:{sy_tls1_port}', '--threads', '1'], 1, log='sy-tls1.log')
    sy_tls2 = start([args.cli, 'proxy', '--policy', https_policy(tls2_port), '--ca-file', cert, '--listen', f'127.0.0.1:{sy_tls2_port}', '--threads', '1'], 1, log='sy-tls2.log')
    wait_port(sy_tls1_port); wait_port(sy_tls2_port)
    TARGETS['nginx-https1'] = (f'http://127.0.0.1:{ngx_tls_port}/v1/chat/completions', {}, lambda: tree(ngx_tls.pid))
    TARGETS['switchyard-https1'] = (f'http://127.0.0.1:{sy_tls1_port}/v1/chat/completions', {}, lambda: [sy_tls1.pid])
    TARGETS['switchyard-h2'] = (f'http://127.0.0.1:{sy_tls2_port}/v1/chat/completions', {}, lambda: [sy_tls2.pid])
    tls_names = ('nginx-https1', 'switchyard-https1', 'switchyard-h2')
    for name in tls_names:
        wrk(name, 8, 2)
    for rnd in range(ROUNDS):
        for conns in (1, 64):
            for name in tls_names:
                r = wrk(name, conns)
                results.setdefault((name, conns, 'json'), []).append(r)
                print(f'round {rnd + 1} c={conns:<3} {name:<18} {r["rps"]:>9.0f} req/s  p50 {r["p50"]:.3f} ms  cpu/1k {r["cpu_ms_per_1k"] or 0:.1f} ms  errors {r["errors"]}', flush=True)
    print('\n## HTTPS upstreams (the proxy holds keep-alive TLS connections; client to proxy is plain HTTP)\n')
    print('| proxy, upstream protocol | req/s c=64 | ratio to nginx | p50 c=1 (ms) | CPU ms / 1k req | ratio to nginx | errors |')
    print('|---|---|---|---|---|---|---|')
    t_rps, t_cpu = best('nginx-https1', 64, 'rps'), best('nginx-https1', 64, 'cpu_ms_per_1k', True)
    for name, label in (('nginx-https1', 'nginx, HTTPS/1.1'), ('switchyard-https1', 'Switchyard, HTTPS/1.1'), ('switchyard-h2', 'Switchyard, HTTP/2')):
        rps, cpu = best(name, 64, 'rps'), best(name, 64, 'cpu_ms_per_1k', True)
        errs = sum(r['errors'] for k, v in results.items() if k[0] == name for r in v)
        print(f'| {label} | {rps:,.0f} | {rps / t_rps:.2f} | {best(name, 1, "p50", True):.3f} | {cpu:.1f} | {cpu / t_cpu:.2f} | {errs} |')
    for p in (ngx_tls, sy_tls1, sy_tls2):
        p.send_signal(signal.SIGTERM)

def finish(title):
    """The targets table, then every process stopped and the scratch folder gone."""
    print(f'\n## {title}\n')
    print('| target | measured | limit | holds |')
    print('|---|---|---|---|')
    for what, value, limit, holds in CHECKS:
        print(f'| {what} | {value} | {limit} | {"yes" if holds else "NO"} |')
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try: p.wait(10)
        except subprocess.TimeoutExpired: p.kill()
    shutil.rmtree(tmp, ignore_errors=True)

if args.gateway_only:
    finish('Targets')
    sys.exit(0)

# Slow upstreams: the simulator, 500 connections each waiting 1 s for an answer, 500 slow streams
# (10 chunks 100 ms apart), and 1,000 concurrent 2 s streams.
mock_conf = os.path.join(tmp, 'mock.json')
json.dump({"format": "switchyard.mock", "version": 1, "models": [
    {"id": "wait1s", "ttft_ms": 1000, "tokens_per_second": 100000, "output_tokens": [10, 10]},
    {"id": "slow10", "ttft_ms": 100, "tokens_per_second": 10, "output_tokens": [10, 10]},
    {"id": "stream2s", "ttft_ms": 500, "tokens_per_second": 10, "output_tokens": [15, 15]}]}, open(mock_conf, 'w'))
mock_port, sy2_port = free_port(), free_port()
start([args.cli, 'mock', '--listen', f'127.0.0.1:{mock_port}', '--config', mock_conf, '--threads', '2'], 0, log='mock.log'); wait_port(mock_port)
slow_policy = os.path.join(tmp, 'slow.json')
json.dump({"format": "switchyard.policy", "version": 1, "name": "slow", "providers": [{"id": "sim", "kind": "openai",
    "base_url": f"http://127.0.0.1:{mock_port}/v1", "models": [{"id": m} for m in ("wait1s", "slow10", "stream2s")]}],
    "routes": [{"alias": m, "root": {"type": "target", "model": f"sim/{m}"}} for m in ("wait1s", "slow10", "stream2s")]}, open(slow_policy, 'w'))
sy2 = start([args.cli, 'proxy', '--policy', slow_policy, '--listen', f'127.0.0.1:{sy2_port}', '--threads', '1'], 1, log='switchyard-slow.log'); wait_port(sy2_port)

# The same topology through nginx (streaming, unbuffered) is the baseline: with the client and the
# simulator sharing core 0, "direct" has all the TCP work on that core and is not comparable.
ngx_stream_port = free_port()
ngx_stream_conf = nginx(f"""upstream sim {{ server 127.0.0.1:{mock_port}; keepalive 1024; }}
server {{ listen 127.0.0.1:{ngx_stream_port}; location / {{ proxy_pass http://sim; proxy_http_version 1.1; proxy_set_header Connection "";
  proxy_buffering off; }} }}""", 'stream-proxy')
ngx_stream = start(['nginx', '-c', ngx_stream_conf], 1, log='nginx-stream.log'); wait_port(ngx_stream_port)
TARGETS['mock-direct'] = (f'http://127.0.0.1:{mock_port}/v1/chat/completions', {}, None)
TARGETS['mock-switchyard'] = (f'http://127.0.0.1:{sy2_port}/v1/chat/completions', {}, lambda: [sy2.pid])
TARGETS['mock-nginx'] = (f'http://127.0.0.1:{ngx_stream_port}/v1/chat/completions', {}, lambda: tree(ngx_stream.pid))

def slow_section(title, model, stream):
    global REQUEST_MODEL
    REQUEST_MODEL = model
    for name in ('mock-nginx', 'mock-switchyard'):
        wrk(name, 500, 3, stream=stream)  # the connections to the simulator exist before the measured round
    d = wrk('mock-direct', 500, 10, stream=stream); n = wrk('mock-nginx', 500, 10, stream=stream); s = wrk('mock-switchyard', 500, 10, stream=stream)
    print(f'\n## {title}\n')
    # Throughput here is the steady rate, connections / mean latency: wrk's count of answers in a
    # 10 s window moves by a tenth when one wave of 1 s answers ends just after the window.
    print('| path | req/s (steady: connections / mean latency) | answers in the window / s | p50 (ms) | p99 (ms) | CPU ms / 1k req | errors |')
    print('|---|---|---|---|---|---|---|')
    for label, r in (('direct', d), ('through nginx', n), ('through Switchyard', s)):
        cpu = f'{r["cpu_ms_per_1k"]:.0f}' if r['cpu_ms_per_1k'] is not None else '-'
        print(f'| {label} | {r["steady_rps"]:.1f} | {r["rps"]:.0f} | {r["p50"]:.1f} | {r["p99"]:.1f} | {cpu} | {r["errors"]} |')
    added, ngx_added = s['p99'] - d['p99'], n['p99'] - d['p99']
    ratio = s['steady_rps'] / n['steady_rps']
    print(f'\nSwitchyard: {ratio:.3f} of nginx\'s throughput; p99 added {added:+.1f} ms (nginx {ngx_added:+.1f} ms); '
          f'CPU per request {s["cpu_ms_per_1k"] / n["cpu_ms_per_1k"]:.2f} x nginx')
    check(f'{model}: throughput', f'{ratio:.3f} x nginx', '>= 0.98', ratio >= 0.98)
    check(f'{model}: added p99', f'{added:+.1f} ms (nginx {ngx_added:+.1f})', '<= nginx + 20 ms', added <= ngx_added + 20)
    if stream:
        ratio = s['cpu_ms_per_1k'] / n['cpu_ms_per_1k']
        check(f'{model}: CPU per streamed request', f'{ratio:.2f} x nginx', '<= 1.5', ratio <= 1.5)
    if s['errors']:
        check(f'{model}: errors', str(s['errors']), '0', False)

slow_section('500 connections, each request waiting 1 s upstream', 'wait1s', False)
slow_section('500 slow streams: 10 chunks 100 ms apart (after 100 ms to the first)', 'slow10', True)

def status_kb(pid, key):
    for line in open(f'/proc/{pid}/status'):
        if line.startswith(key):
            return int(line.split()[1])
streams = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'streams.mjs')
def run_streams(port):
    return json.loads(subprocess.run(['taskset', '-c', '0', 'node', streams, f'http://127.0.0.1:{port}/v1/chat/completions', '1000', 'stream2s', '1000'],
                                     capture_output=True, text=True).stdout)
# Alternating, two rounds, the better round of each (the shared core makes single runs noisy).
runs = {}
for _ in range(2):
    for label, port in (('direct', mock_port), ('nginx', ngx_stream_port), ('switchyard', sy2_port)):
        runs.setdefault(label, []).append(run_streams(port))
def best_run(label):
    ok = [r for r in runs[label] if r['ttft_p50_ms'] is not None]
    return min(ok, key=lambda r: r['ttft_p50_ms']) if ok else runs[label][0]
direct, via_nginx, via = best_run('direct'), best_run('nginx'), best_run('switchyard')
stream_errors = sum(r['errors'] for rs in runs.values() for r in rs)
print(f'\n## 1,000 concurrent streams of about 2 s (starts spread over 1 s; all 1,000 in flight at the peak)\n')
print('| path | errors | peak in flight | TTFT p50 (ms) | TTFT p99 (ms) | total p50 (ms) |')
print('|---|---|---|---|---|---|')
for label, r in (('direct', direct), ('through nginx', via_nginx), ('through Switchyard', via)):
    print(f'| {label} | {r["errors"]} | {r["peak_in_flight"]} | {r["ttft_p50_ms"]:.0f} | {r["ttft_p99_ms"]:.0f} | {r["total_p50_ms"]:.0f} |')
rss = status_kb(sy2.pid, "VmHWM") / 1024
sy_errors = sum(r['errors'] for r in runs['switchyard'])
print(f'\nerrors over all runs: {stream_errors}. TTFT added by Switchyard against nginx: p50 {via["ttft_p50_ms"] - via_nginx["ttft_p50_ms"]:+.1f} ms, '
      f'p99 {via["ttft_p99_ms"] - via_nginx["ttft_p99_ms"]:+.1f} ms; Switchyard peak RSS {rss:.1f} MB')
check('1,000 streams: errors through Switchyard', str(sy_errors), '0', sy_errors == 0)
check('1,000 streams: peak RSS', f'{rss:.1f} MB', '< 100 MB', rss < 100)

finish('Targets (issues 15 and 17)')
