#!/usr/bin/env python3
"""Memory a large request body costs the proxy: peak RSS over idle while 1 and 8 requests with a
30 MB prompt go through at once, and while 32 such requests arrive without a client key (they
must be refused from their headers, their bodies never buffered).

    bench/proxy/big_bodies.py build/release/app/cli/switchyard-cli [MB=30]
"""
import json, os, socket, subprocess, sys, threading, time

cli = sys.argv[1]
mb = int(sys.argv[2]) if len(sys.argv) > 2 else 30

def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

def start(args, env=None):
    p = subprocess.Popen([cli] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    return p

def wait_port(port):
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close(); return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"nothing listens on {port}")

def post(port, body, key=None):
    s = socket.create_connection(("127.0.0.1", port), timeout=60)
    head = f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
    if key:
        head += f"Authorization: Bearer {key}\r\n"
    try:
        s.sendall(head.encode() + b"\r\n" + body)
    except OSError:
        pass  # refused before the body was all sent
    out = b""
    try:
        while chunk := s.recv(65536):
            out += chunk
    except OSError:
        pass
    s.close()
    return out[:12].decode(errors="replace")

def peak_during(pid, n, port, body, key):
    base = rss_kb(pid)
    peak = [base]
    done = threading.Event()
    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kb(pid)); time.sleep(0.005)
    t = threading.Thread(target=sample); t.start()
    statuses = []
    threads = [threading.Thread(target=lambda: statuses.append(post(port, body, key))) for _ in range(n)]
    for th in threads: th.start()
    for th in threads: th.join()
    done.set(); t.join()
    return base, peak[0], statuses

mock_port, proxy_port = free_port(), free_port()
mock = start(["mock", "--listen", f"127.0.0.1:{mock_port}"])
wait_port(mock_port)
key = "bench-key-0123456789abcdef"
env = dict(os.environ, BIG_BODIES_KEYS=key)
proxy = start(["proxy", "--upstream", f"http://127.0.0.1:{mock_port}/v1", "--listen", f"127.0.0.1:{proxy_port}", "--client-keys-env", "BIG_BODIES_KEYS"], env)
wait_port(proxy_port)
text = "word " * (mb * 1024 * 1024 // 5)
body = json.dumps({"model": "sim-mini", "messages": [{"role": "user", "content": text}]}).encode()
post(proxy_port, b'{"model": "sim-mini", "messages": [{"role": "user", "content": "warm up"}]}', key)
print(f"| case | body MB | idle RSS MB | peak RSS MB | MB per request | answers |")
print(f"|---|---|---|---|---|---|")
for n in (1, 8):
    base, peak, statuses = peak_during(proxy.pid, n, proxy_port, body, key)
    print(f"| {n} at once, with a key | {len(body)/1e6:.1f} | {base/1024:.0f} | {peak/1024:.0f} | {(peak-base)/1024/n:.0f} | {sorted(set(statuses))} |")
    time.sleep(1)
base, peak, statuses = peak_during(proxy.pid, 32, proxy_port, body, None)
print(f"| 32 at once, no key | {len(body)/1e6:.1f} | {base/1024:.0f} | {peak/1024:.0f} | {(peak-base)/1024/32:.1f} | {sorted(set(statuses))} |")
proxy.terminate(); mock.terminate(); proxy.wait(); mock.wait()
