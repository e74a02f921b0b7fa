#!/usr/bin/env python3
"""Two builds of the proxy side by side: the same nginx upstream, the same fallback policy, wrk at
64 connections in alternating 4 s rounds (proxies on core 1, wrk and the upstream on core 0).
For "did this change cost throughput or CPU": ratios from one run, not figures across runs; the
ratio of each round's pair too, since the machine's speed drifts between rounds.

    bench/proxy/ab.py OLD/switchyard-cli NEW/switchyard-cli [rounds=5]
"""
import json, os, re, socket, subprocess, sys, tempfile, time
a, b = sys.argv[1], sys.argv[2]; rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
tmp = tempfile.mkdtemp(); procs = []
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import free_port, wait_port  # noqa: E402
def start(cmd, core, log):
    p = subprocess.Popen(['taskset', '-c', str(core)] + cmd, stdout=open(os.path.join(tmp, log), 'w'), stderr=subprocess.STDOUT); procs.append(p); return p
up = free_port()
COMPLETION = json.dumps({"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": [{"index": 0, "message": {"role": "assistant", "content": "The quick brown fox jumps over the lazy dog."}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 25, "completion_tokens": 10, "total_tokens": 35}})
d = os.path.join(tmp, 'up'); os.makedirs(d + '/logs')
open(d + '/nginx.conf', 'w').write(f"""worker_processes 1; daemon off; pid {d}/nginx.pid; error_log {d}/logs/error.log warn;
events {{ worker_connections 4096; }} http {{ access_log off; keepalive_requests 1000000;
server {{ listen 127.0.0.1:{up}; location / {{ default_type application/json; return 200 '{COMPLETION}'; }} }} }}""")
start(['nginx', '-c', d + '/nginx.conf'], 0, 'up.log'); wait_port(up)
policy = {"format": "switchyard.policy", "version": 1, "name": "ab", "providers": [{"id": "up", "kind": "openai", "base_url": f"http://127.0.0.1:{up}/v1", "models": [{"id": "m0"}, {"id": "m1"}]}],
          "routes": [{"alias": "auto", "root": {"type": "fallback", "children": [{"type": "target", "model": "up/m0"}, {"type": "target", "model": "up/m1"}]}}]}
pf = os.path.join(tmp, 'p.json'); json.dump(policy, open(pf, 'w'))
ports = {}; pids = {}
for name, cli in (('A', a), ('B', b)):
    ports[name] = free_port(); pids[name] = start([cli, 'proxy', '--policy', pf, '--listen', f'127.0.0.1:{ports[name]}', '--threads', '1'], 1, name + '.log').pid; wait_port(ports[name])
def cpu_ms(pid):  # user + system time of the proxy process
    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf('SC_CLK_TCK')
REQUEST = json.dumps({"model": "auto", "messages": [{"role": "user", "content": "Summarise the attached incident report and list the next steps. " * 3}]})
lua = os.path.join(tmp, 'post.lua'); open(lua, 'w').write(f'wrk.method = "POST"\nwrk.body = {json.dumps(REQUEST)}\nwrk.headers["Content-Type"] = "application/json"\n')
def wrk(port, dur):
    out = subprocess.run(['taskset', '-c', '0', 'wrk', '-t1', '-c64', f'-d{dur}s', '-s', lua, f'http://127.0.0.1:{port}/v1/chat/completions'], capture_output=True, text=True).stdout
    return float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1)), int(re.search(r'(\d+) requests in', out).group(1))
for n in ports: wrk(ports[n], 2)
res = {'A': [], 'B': []}; cpu = {'A': [], 'B': []}
for r in range(rounds):
    for n in (('A', 'B') if r % 2 == 0 else ('B', 'A')):
        before = cpu_ms(pids[n]); rate, count = wrk(ports[n], 4)
        res[n].append(rate); cpu[n].append((cpu_ms(pids[n]) - before) * 1000.0 / count)
for p in procs: p.terminate()
import statistics
for n in res: print(n, [round(x) for x in res[n]], 'median', round(statistics.median(res[n])), '| CPU ms/1k req median', round(statistics.median(cpu[n]), 2))
print('B/A median ratio', round(statistics.median(res['B']) / statistics.median(res['A']), 3),
      '| median of round-pair ratios', round(statistics.median([b / a for a, b in zip(res['A'], res['B'])]), 3),
      '| CPU per request B/A', round(statistics.median(cpu['B']) / statistics.median(cpu['A']), 3))
