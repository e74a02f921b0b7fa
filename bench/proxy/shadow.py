#!/usr/bin/env python3
"""What a shadow test adds to the served path: p50 at one connection, every request mirrored.

Three servers on the same upstream (nginx answering a chat completion): nginx as a reverse proxy
(the baseline), Switchyard serving route "auto", and Switchyard serving route "mirrored", the same
route with a shadow test that mirrors every request (sample 1) to another model. Both Switchyards
log to a workspace, so the only difference is the mirror. wrk with one connection, rounds
alternating; reported: p50 of each, and the added p50 (mirrored minus plain) per round.

    bench/proxy/shadow.py --cli build/release/app/cli/switchyard-cli --work DIR [--rounds N] [--seconds S]
"""
import argparse, json, os, re, shutil, sqlite3, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import COMPLETION, bench_policy, free_port, request_body, wait_port  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument('--cli', required=True)
ap.add_argument('--work', required=True)
ap.add_argument('--rounds', type=int, default=5)
ap.add_argument('--seconds', type=int, default=8)
args = ap.parse_args()
for tool in ('nginx', 'wrk', 'taskset'):
    if not shutil.which(tool):
        sys.exit(f'{tool} is missing: bench/proxy/run.sh installs nginx-light and wrk')
os.makedirs(args.work, exist_ok=True)
tmp = tempfile.mkdtemp(dir=os.path.abspath(args.work))
procs = []


def start(cmd, core, log):
    p = subprocess.Popen(['taskset', '-c', str(core)] + cmd, stdout=open(os.path.join(tmp, log), 'w'), stderr=subprocess.STDOUT)
    procs.append(p)
    return p


def nginx_conf(body, name):
    d = os.path.join(tmp, name)
    os.makedirs(os.path.join(d, 'logs'), exist_ok=True)
    conf = os.path.join(d, 'nginx.conf')
    open(conf, 'w').write(f"""worker_processes 1; daemon off; pid {d}/nginx.pid; error_log {d}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{ access_log off; keepalive_requests 1000000; keepalive_timeout 75s; {body} }}""")
    return conf


try:
    up, ngx, plain, mirrored = free_port(), free_port(), free_port(), free_port()
    start(['nginx', '-c', nginx_conf(f"""server {{ listen 127.0.0.1:{up}; location / {{ default_type application/json;
        return 200 '{COMPLETION}'; }} }}""", 'upstream')], 0, 'upstream.log')
    wait_port(up)
    start(['nginx', '-c', nginx_conf(f"""upstream backend {{ server 127.0.0.1:{up}; keepalive 16; }}
        server {{ listen 127.0.0.1:{ngx}; location / {{ proxy_pass http://backend; proxy_http_version 1.1;
        proxy_set_header Connection ""; }} }}""", 'proxy')], 1, 'nginx.log')
    wait_port(ngx)
    policy = bench_policy(f'http://127.0.0.1:{up}/v1')
    route = json.loads(json.dumps(policy['routes'][0]))
    route['alias'] = 'mirrored'
    route['shadow'] = {'sample': 1, 'daily_budget_usd': 1000000, 'targets': ['up/m2']}
    policy['routes'].append(route)
    policy_file = os.path.join(tmp, 'policy.json')
    json.dump(policy, open(policy_file, 'w'))
    for port, name in ((plain, 'plain'), (mirrored, 'mirrored')):
        start([args.cli, 'proxy', '--policy', policy_file, '--listen', f'127.0.0.1:{port}', '--threads', '1',
               '--workspace', os.path.join(tmp, f'{name}.switchyard')], 1, f'{name}.log')
        wait_port(port)

    def lua(model):
        path = os.path.join(tmp, f'{model}.lua')
        open(path, 'w').write(f'wrk.method = "POST"\nwrk.body = {json.dumps(request_body(model))}\n'
                              'wrk.headers["Content-Type"] = "application/json"\n')
        return path

    def p50_ms(port, model):
        out = subprocess.run(['taskset', '-c', '0', 'wrk', '-t1', '-c1', f'-d{args.seconds}s', '--latency', '-s', lua(model),
                              f'http://127.0.0.1:{port}/v1/chat/completions'], capture_output=True, text=True).stdout
        m = re.search(r'50%\s+([\d.]+)(us|ms|s)\b', out)
        if not m or 'Non-2xx' in out:
            sys.exit(f'wrk failed on {port}:\n{out}')
        return float(m.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[m.group(2)]

    p50_ms(plain, 'auto'), p50_ms(mirrored, 'mirrored')  # warm both
    rows = []
    for r in range(args.rounds):
        n = p50_ms(ngx, 'auto')
        a = p50_ms(plain, 'auto')
        b = p50_ms(mirrored, 'mirrored')
        rows.append((n, a, b))
        print(f'round {r + 1}: nginx {n:.3f} ms, switchyard {a:.3f} ms ({a / n:.2f} x nginx), with every request mirrored '
              f'{b:.3f} ms: added {1000 * (b - a):+.1f} us', flush=True)
    added = [b - a for _, a, b in rows]
    print(f'added p50 on the served path, median of {args.rounds} rounds: {1000 * statistics.median(added):+.1f} us '
          f'(rounds {", ".join(f"{1000 * x:+.1f}" for x in added)}); switchyard/nginx p50 median '
          f'{statistics.median(a / n for n, a, _ in rows):.2f}')
    # The mirrors really ran: the mirrored proxy's log holds a mirror for each served request.
    time.sleep(1.5)
    db = sqlite3.connect(os.path.join(tmp, 'mirrored.switchyard'))
    served, mirrors = db.execute('SELECT SUM(shadow_of IS NULL), SUM(shadow_of IS NOT NULL) FROM request_log').fetchone()
    failed = db.execute('SELECT COUNT(*) FROM request_log WHERE status != 200').fetchone()[0]
    print(f'mirrored proxy logged {served} served requests and {mirrors} mirrors ({failed} not 200)')
finally:
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
