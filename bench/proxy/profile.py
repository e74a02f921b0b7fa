#!/usr/bin/env python3
"""Where the proxy's time goes, per request: system calls, heap allocations and a perf profile of
switchyard-cli pinned to core 1 (one worker thread) in front of nginx answering on core 0, with wrk
on core 0 at 64 connections. The same 10-rule policy as run.py. Needs root (perf, uprobes).

    bench/proxy/profile.py CLI [--stream] [--connections N] [--seconds S] [--report FILE]

Allocations are counted with uprobes on mimalloc's malloc, calloc, realloc and operator new (the
allocator the proxy links); --report also records a call-graph profile and writes its flat summary.
"""
import argparse, json, os, re, signal, socket, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument('cli')
ap.add_argument('--stream', action='store_true', help='streamed answers (10 chunks and the usage chunk)')
ap.add_argument('--connections', type=int, default=64)
ap.add_argument('--seconds', type=int, default=5)
ap.add_argument('--report', help='also record a profile and write `perf report` top symbols here')
args = ap.parse_args()
tmp = tempfile.mkdtemp(prefix='sy-profile-'); procs = []

def start(cmd, core, log):
    p = subprocess.Popen(['taskset', '-c', str(core)] + cmd, stdout=open(os.path.join(tmp, log), 'w'), stderr=subprocess.STDOUT)
    procs.append(p); return p

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import COMPLETION, STREAM_BODY, bench_policy, free_port, request_body, wait_port  # noqa: E402

up = free_port()
d = os.path.join(tmp, 'up'); os.makedirs(d + '/logs')
open(d + '/nginx.conf', 'w').write(f"""worker_processes 1; daemon off; pid {d}/nginx.pid; error_log {d}/logs/error.log warn;
events {{ worker_connections 4096; }} http {{ access_log off; keepalive_requests 1000000;
server {{ listen 127.0.0.1:{up};
  location /v1/chat/completions {{ if ($http_accept = "text/event-stream") {{ return 200 '{STREAM_BODY}'; }}
    default_type application/json; return 200 '{COMPLETION}'; }} }} }}""")
start(['nginx', '-c', d + '/nginx.conf'], 0, 'up.log'); wait_port(up)
pf = os.path.join(tmp, 'policy.json'); json.dump(bench_policy(f'http://127.0.0.1:{up}/v1'), open(pf, 'w'))
sp = free_port()
sy = start([args.cli, 'proxy', '--policy', pf, '--listen', f'127.0.0.1:{sp}', '--threads', '1'], 1, 'sy.log'); wait_port(sp)
lua = os.path.join(tmp, 'post.lua')
open(lua, 'w').write(f'wrk.method = "POST"\nwrk.body = {json.dumps(request_body("auto", args.stream))}\n'
                     'wrk.headers["Content-Type"] = "application/json"\n')

def wrk(seconds):
    out = subprocess.run(['taskset', '-c', '0', 'wrk', '-t1', f'-c{args.connections}', f'-d{seconds}s', '-s', lua,
                          f'http://127.0.0.1:{sp}/v1/chat/completions'], capture_output=True, text=True).stdout
    if 'Non-2xx' in out:
        raise SystemExit('the proxy answered errors:\n' + out)
    return int(re.search(r'(\d+) requests in', out).group(1)), float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))

def probes():
    lib = '/usr/lib/x86_64-linux-gnu/libmimalloc.so.2.0'
    if not os.path.exists(lib):
        return []
    have = subprocess.run(['perf', 'probe', '-l'], capture_output=True, text=True).stdout
    names = []
    for name, spec in (('malloc', 'malloc'), ('calloc', 'calloc'), ('realloc', 'realloc'), ('newop', None)):
        if f'probe_libmimalloc:{name}' not in have:
            if spec is None:  # operator new has no plain name perf can look up: its address
                sym = subprocess.run(['nm', '-D', lib], capture_output=True, text=True).stdout
                m = re.search(r'^([0-9a-f]+) T _Znwm$', sym, re.M)
                if not m:
                    continue
                spec = f'newop=0x{m.group(1)}'
            subprocess.run(['perf', 'probe', '-q', '-x', lib, '-a', spec], capture_output=True)
        names.append(f'probe_libmimalloc:{name}')
    return names

def counted(events, seconds):
    out = os.path.join(tmp, 'stat.txt')
    stat = subprocess.Popen(['perf', 'stat', '-x,', '-o', out] + sum((['-e', e] for e in events), []) + ['-p', str(sy.pid)])
    time.sleep(0.3)
    requests, rate = wrk(seconds)
    stat.send_signal(signal.SIGINT); stat.wait()
    counts = {}
    for line in open(out):
        parts = line.strip().split(',')
        if len(parts) > 2 and parts[0] and parts[0][0].isdigit():
            counts[parts[2]] = float(parts[0])
    return requests, rate, counts

wrk(2)  # warm up
# Time and system calls at full speed; allocations in a run of their own (each uprobe hit traps
# into the kernel, so that run is slow and its time means nothing).
requests, rate, counts = counted(['raw_syscalls:sys_enter', 'task-clock'], args.seconds)
print(f'{"streamed" if args.stream else "non-streamed"}, {args.connections} connections: {rate:,.0f} req/s under perf stat')
print(f'  CPU per request      {counts.get("task-clock", 0) / requests * 1000:.1f} us')
print(f'  system calls         {counts.get("raw_syscalls:sys_enter", 0) / requests:.2f} per request')
if alloc_events := probes():
    requests, _, counts = counted(alloc_events, 2)
    allocs = sum(counts.get(e.split(':', 1)[0] + ':' + e.split(':', 1)[1], 0) for e in alloc_events)
    detail = ', '.join(f'{k.split(":")[1]} {v / requests:.1f}' for k, v in counts.items() if k.startswith('probe_libmimalloc'))
    print(f'  heap allocations     {allocs / requests:.1f} per request ({detail})')

if args.report:
    data = os.path.join(tmp, 'perf.data')
    rec = subprocess.Popen(['perf', 'record', '-q', '-g', '-o', data, '-p', str(sy.pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.3); wrk(args.seconds); rec.send_signal(signal.SIGINT); rec.wait()
    flat = subprocess.run(['perf', 'report', '-i', data, '--no-children', '--sort', 'dso,sym', '--stdio', '-g', 'none'],
                          capture_output=True, text=True).stdout
    dso = subprocess.run(['perf', 'report', '-i', data, '--no-children', '--sort', 'dso', '--stdio', '-g', 'none'],
                         capture_output=True, text=True).stdout
    threads = subprocess.run(['perf', 'report', '-i', data, '--no-children', '--sort', 'comm', '--stdio', '-g', 'none'],
                             capture_output=True, text=True).stdout
    with open(args.report, 'w') as f:
        f.write('## by thread\n' + '\n'.join(l for l in threads.splitlines() if '%' in l and not l.startswith('#')) + '\n\n')
        f.write('## by library\n' + '\n'.join(l for l in dso.splitlines() if '%' in l and not l.startswith('#')) + '\n\n')
        f.write('## top symbols\n' + '\n'.join([l for l in flat.splitlines() if '%' in l and not l.startswith('#')][:60]) + '\n')
    print(f'  profile summary in {args.report}')

for p in procs:
    p.terminate()
