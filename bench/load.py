#!/usr/bin/env python3
"""Driver of bench/load.sh (run that: it installs wrk and builds the release binary first).

Starts the server ($BIN serve) on a fresh SQLite file in a temp dir, or on $LOAD_DATABASE_URL;
seeds it through the public GraphQL API only (register, then createQuote); issues tokens through
login; checks one response of each workload by hand; runs W1, W2, W3 and a mixed run with wrk
and a Lua script that checks every response body; samples the server's RSS and CPU from /proc;
measures cold start on the existing database; prints a markdown table. Standard library only.
"""
import concurrent.futures
import http.client as httpc
from datetime import datetime
import json
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

ENV = os.environ
BIN = ENV["BIN"]
DB_URL = ENV.get("LOAD_DATABASE_URL", "")
USERS = int(ENV.get("USERS", "1000"))
QUOTES = int(ENV.get("QUOTES", "50"))
DURATION = int(ENV.get("DURATION", "10"))
WARMUP = int(ENV.get("WARMUP", "2"))
CONNS = int(ENV.get("CONNS", "64"))
FLOOD_CONNS = int(ENV.get("FLOOD_CONNS", "32"))
TOKENS = int(ENV.get("TOKENS", "200"))
WRK_THREADS = int(ENV.get("WRK_THREADS", "1"))
PORT = int(ENV.get("PORT", "5005"))
COLD_STARTS = int(ENV.get("COLD_STARTS", "5"))
SEED_CONCURRENCY = int(ENV.get("SEED_CONCURRENCY", "8"))
# At most GRAPHQL_MAX_ROOT_FIELDS (20 by default) mutations per document.
SEED_BATCH = max(1, int(ENV.get("SEED_BATCH", "20")))
EXTRA_ENV = ENV.get("EXTRA_ENV", "")
KEEP = ENV.get("KEEP", "") == "1"
PASSWORD = ENV.get("LOAD_PASSWORD", "Bench-pass-2026!")
HOST = "127.0.0.1"  # loopback only

W1 = "query { quotes(first: 20) { nodes { id text author createdAt } } }"
PAGE = min(20, QUOTES)


def log(msg):
    print(f"[{time.strftime('%H:%M:%S', time.gmtime())}] {msg}", file=sys.stderr, flush=True)


def username(i):
    return f"benchuser{i}"


def gql_body(query, variables=None):
    d = {"query": query}
    if variables is not None:
        d["variables"] = variables
    return json.dumps(d)


# ---- HTTP (keep-alive connection per thread) -----------------------------------------------

_local = threading.local()


def call(method, path, body=None, token=None, timeout=30):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    for attempt in range(2):
        conn = getattr(_local, "conn", None)
        if conn is None:
            conn = _local.conn = httpc.HTTPConnection(HOST, PORT, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.read().decode()
        except (httpc.HTTPException, OSError):
            conn.close()
            _local.conn = None
            if attempt:
                raise


def gql(query, variables=None, token=None):
    status, body = call("POST", "/graphql", gql_body(query, variables), token)
    try:
        d = json.loads(body)
    except ValueError:
        d = None
    return status, body, d


def must(query, variables=None, token=None):
    status, body, d = gql(query, variables, token)
    if status != 200 or d is None or d.get("errors"):
        raise SystemExit(f"unexpected answer ({status}): {body[:500]}")
    return d["data"]


# ---- the server process --------------------------------------------------------------------


class Server:
    def __init__(self, workdir, db_url):
        self.workdir = workdir
        self.db_url = db_url
        self.proc = None
        self.log_path = os.path.join(workdir, "server.log")

    def env(self):
        env = dict(ENV)
        env.update({
            "DATABASE_URL": self.db_url,
            "BIND": f"{HOST}:{PORT}",
            # One client address for all the load: per-IP limits would turn it into errors.
            "RATE_LIMIT_PER_IP": "off",
            # W3 writes thousands of quotes a second for a few hundred accounts.
            "RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT": "off",
        })
        for kv in EXTRA_ENV.split():
            k, _, v = kv.partition("=")
            env[k] = v
        return env

    def start(self):
        """Spawns the server; returns ms from spawn to the first 200 from /healthz."""
        logf = open(self.log_path, "ab")
        t0 = time.perf_counter()
        # cwd is the temp dir: no .env file of the checkout is read.
        self.proc = subprocess.Popen([BIN, "serve"], cwd=self.workdir, env=self.env(),
                                     stdout=logf, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        logf.close()
        deadline = t0 + 30
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"server exited with {self.proc.returncode}; log:\n{self.tail()}")
            try:
                c = httpc.HTTPConnection(HOST, PORT, timeout=1)
                c.request("GET", "/healthz")
                ok = c.getresponse().status == 200
                c.close()
                if ok:
                    return (time.perf_counter() - t0) * 1000
            except OSError:
                pass
            time.sleep(0.002)
        raise SystemExit(f"server not up after 30 s; log:\n{self.tail()}")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None

    def tail(self, n=30):
        try:
            with open(self.log_path, errors="replace") as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""

    def rss_kib(self):
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def cpu_ticks(self):
        return proc_ticks(self.proc.pid)  # utime + stime of all its threads


def machine_ticks():
    """(all ticks, idle + iowait ticks) of the machine since boot."""
    v = [int(x) for x in open("/proc/stat").readline().split()[1:9]]
    return sum(v), v[3] + v[4]


def proc_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except OSError:
        return 0


def rusage_s(who):
    u = resource.getrusage(who)
    return u.ru_utime + u.ru_stime


class Sampler:
    """Samples the server's RSS every 100 ms while running."""

    def __init__(self, server):
        self.server, self.peak, self.stop_ev = server, 0, threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        while not self.stop_ev.is_set():
            self.peak = max(self.peak, self.server.rss_kib())
            self.stop_ev.wait(0.1)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop_ev.set()
        self.thread.join()


# ---- seeding through the public API --------------------------------------------------------


def seed_user(i):
    """Registers user i (or signs in when it exists), then creates its missing quotes."""
    u = username(i)
    status, body, d = gql("mutation($i: RegisterInput!) { register(input: $i) { accessToken } }",
                          {"i": {"email": f"{u}@example.com", "username": u, "password": PASSWORD}})
    if status == 200 and d and not d.get("errors"):
        token = d["data"]["register"]["accessToken"]
        have = 0
    elif d and any((e.get("extensions") or {}).get("code") == "CONFLICT" for e in d.get("errors") or []):
        token = login(u)
        have = must("query { quotes(first: 1) { totalCount } }", token=token)["quotes"]["totalCount"]
    else:
        raise SystemExit(f"register {u}: ({status}) {body[:500]}")
    j = have
    while j < QUOTES:
        n = min(SEED_BATCH, QUOTES - j)
        # Several createQuote fields in one mutation run one after the other: newest last.
        fields = " ".join(
            f'q{k}: createQuote(input: {{text: "Seed quote {j + k} of {u}", author: "Author {(j + k) % 7}"}}) {{ id }}'
            for k in range(n))
        data = must(f"mutation {{ {fields} }}", token=token)
        if len(data) != n:
            raise SystemExit(f"createQuote for {u}: {n} asked, {len(data)} answered")
        j += n
    return j - have


def login_pair(u):
    """A new session for u: its refresh token (the start of one chain)."""
    d = must("mutation($i: LoginInput!) { login(input: $i) { ... on AuthPayload { refreshToken } } }",
             {"i": {"login": u, "password": PASSWORD}})
    token = d["login"].get("refreshToken")
    if not token:
        raise SystemExit(f"login {u}: no refresh token (MFA?): {d}")
    return token


def login(u):
    d = must("mutation($i: LoginInput!) { login(input: $i) { ... on AuthPayload { accessToken } } }",
             {"i": {"login": u, "password": PASSWORD}})
    token = d["login"].get("accessToken")
    if not token:
        raise SystemExit(f"login {u}: no access token (MFA?): {d}")
    return token


def parallel(fn, items, workers):
    with concurrent.futures.ThreadPoolExecutor(workers) as ex:
        return list(ex.map(fn, items))


# ---- wrk -----------------------------------------------------------------------------------

LUA = r"""
-- generated by bench/load.py: one workload, every response checked
local tokens = %(tokens)s
local users = %(users)s
local password = %(password)s
local kind = %(kind)s
local ok_marker = %(ok)s
local tag = %(tag)s
local w1 = %(w1)s
-- Refresh: each thread rotates its own share of refresh-token chains. A request takes a token
-- from the thread's pool and its answer puts the successor back; with at least as many chains
-- as connections the pool never runs dry (one request in flight per connection).
local refresh_all = %(refresh)s
local wrk_threads = %(threads)d
local pool = {}
local threads = {}
local n_threads = 0

function setup(thread)
  thread:set("tid", n_threads)
  n_threads = n_threads + 1
  table.insert(threads, thread)
end

function init(args)
  good, bad, sample = 0, 0, ""
  counter = 0
  tid = tonumber(wrk.thread:get("tid")) or 0
  for i, t in ipairs(refresh_all) do
    if (i - 1) %% wrk_threads == tid then table.insert(pool, t) end
  end
end

local function json_str(s)
  return '"' .. s:gsub('[%%c"\\]', function(c) return string.format("\\u%%04x", c:byte()) end) .. '"'
end

request = function()
  counter = counter + 1
  local i = (counter + tid * 13) %% #tokens + 1
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  local body
  if kind == "read" then
    headers["Authorization"] = "Bearer " .. tokens[i]
    body = w1
  elseif kind == "refresh" then
    -- A spent chain (an error) leaves the pool smaller; an empty pool sends a dead token,
    -- which counts as an error.
    local t = table.remove(pool) or "spent"
    body = '{"query":"mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }",'
      .. '"variables":{"t":' .. json_str(t) .. '}}'
  elseif kind == "login" then
    local u = users[(counter + tid * 13) %% #users + 1]
    body = '{"query":"mutation($i: LoginInput!) { login(input: $i) { ... on AuthPayload { accessToken } } }",'
      .. '"variables":{"i":{"login":' .. json_str(u) .. ',"password":' .. json_str(password) .. '}}}'
  else
    headers["Authorization"] = "Bearer " .. tokens[i]
    body = '{"query":"mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }",'
      .. '"variables":{"i":{"text":"bench w3 ' .. tag .. '-' .. tid .. '-' .. counter .. '","author":"Bench Author"}}}'
  end
  return wrk.format("POST", "/graphql", headers, body)
end

response = function(status, headers, body)
  if kind == "refresh" then
    local successor = body:match('"refreshToken":"([^"]+)"')
    if successor then table.insert(pool, successor) end
  end
  if status == 200 and body:find(ok_marker, 1, true) and not body:find('"errors"', 1, true) then
    good = good + 1
  else
    bad = bad + 1
    if sample == "" then sample = status .. " " .. body:sub(1, 300) end
  end
end

done = function(summary, latency, requests)
  local good, bad, sample = 0, 0, ""
  for _, t in ipairs(threads) do
    good = good + (tonumber(t:get("good")) or 0)
    bad = bad + (tonumber(t:get("bad")) or 0)
    if sample == "" then sample = t:get("sample") or "" end
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"good":%%d,"bad":%%d,"requests":%%d,"duration_us":%%d,"connect":%%d,"read":%%d,"write":%%d,"status":%%d,"timeout":%%d,"p50_us":%%d,"p99_us":%%d,"max_us":%%d,"sample":%%s}\n',
    good, bad, summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max, json_str(sample)))
end
"""

# Markers a good body must hold. W1's does not assume an order of the fields inside a node (the
# server's JSON objects are not in selection order today); check_by_hand checks the fields.
MARKERS = {"read": '"quotes":{"nodes":[{', "login": '"accessToken":"', "write": '"createQuote":{"id"',
           "refresh": '"refreshToken":"'}


def lua_str(s):
    return json.dumps(s)  # a JSON string literal is a valid Lua string literal for this ASCII text


def lua_list(items):
    return "{" + ",".join(lua_str(x) for x in items) + "}"


def write_lua(workdir, kind, tokens, users, refresh=()):
    path = os.path.join(workdir, f"{kind}.lua")
    with open(path, "w") as f:
        f.write(LUA % dict(tokens=lua_list(tokens), users=lua_list(users), password=lua_str(PASSWORD),
                           kind=lua_str(kind), ok=lua_str(MARKERS[kind]),
                           tag=lua_str(uuid.uuid4().hex[:8]), w1=lua_str(gql_body(W1)),
                           refresh=lua_list(refresh), threads=WRK_THREADS))
    return path


RUNNING = []  # wrk processes, stopped on the way out


def wrk(script, duration, conns):
    cmd = ["wrk", "-t", str(WRK_THREADS), "-c", str(conns), "-d", f"{duration}s", "--timeout", "30s",
           "--latency", "-s", script, f"http://{HOST}:{PORT}/graphql"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    RUNNING.append(proc)
    return proc


def wrk_result(proc):
    out, _ = proc.communicate(timeout=DURATION + 120)
    m = re.search(r"^RESULT (\{.*\})$", out, re.M)
    if not m:
        raise SystemExit(f"wrk gave no result:\n{out}")
    r = json.loads(m.group(1))
    r["errors"] = r["bad"] + r["connect"] + r["read"] + r["write"] + r["timeout"]
    r["rps"] = r["good"] / (r["duration_us"] / 1e6)
    return r


def run_workload(server, workdir, kind, tokens, users, conns=None, flood=None, refresh=None):
    """Warm-up, then the measured run; with `flood`, a login flood runs beside it. `refresh`
    gives fresh refresh-token chains for each of the two runs (a run spends what it is given)."""
    conns = conns or CONNS
    script = write_lua(workdir, kind, tokens, users, refresh() if refresh else ())
    if WARMUP:
        wrk_result(wrk(script, WARMUP, conns))
        if refresh:
            script = write_lua(workdir, kind, tokens, users, refresh())
    flood_proc = None
    if flood:
        flood_proc = wrk(write_lua(workdir, "login", tokens, users), DURATION + 2, FLOOD_CONNS)
        time.sleep(1)  # the flood is under way before the measured run starts
    # CPU split of the measured window, in seconds of CPU: the server, the load generator (the
    # measured wrk, reaped inside the window, plus a running flood) with this driver, and the rest
    # of the machine (other jobs), from /proc/stat.
    hz = os.sysconf("SC_CLK_TCK")
    m0, srv0 = machine_ticks(), server.cpu_ticks()
    flood0 = proc_ticks(flood_proc.pid) if flood_proc else 0
    ch0, self0 = rusage_s(resource.RUSAGE_CHILDREN), rusage_s(resource.RUSAGE_SELF)
    with Sampler(server) as s:
        r = wrk_result(wrk(script, DURATION, conns))
    m1, srv1 = machine_ticks(), server.cpu_ticks()
    flood1 = proc_ticks(flood_proc.pid) if flood_proc else 0
    ch1, self1 = rusage_s(resource.RUSAGE_CHILDREN), rusage_s(resource.RUSAGE_SELF)
    all_s = (m1[0] - m0[0]) / hz  # wall time x CPUs
    busy_s = all_s - (m1[1] - m0[1]) / hz
    server_s = (srv1 - srv0) / hz
    gen_s = (ch1 - ch0) + (self1 - self0) + (flood1 - flood0) / hz
    r["cpu_pct"] = 100 * server_s / all_s
    r["gen_cpu_pct"] = 100 * gen_s / all_s
    r["other_cpu_pct"] = max(0.0, 100 * (busy_s - server_s - gen_s) / all_s)
    r["peak_rss_kib"] = s.peak
    if flood_proc:
        r["flood"] = wrk_result(flood_proc)
    if r["errors"]:
        log(f"{kind}: {r['errors']} errors, first bad answer: {r['sample']}")
    return r


def iso(ts):
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


# ---- checks by hand ------------------------------------------------------------------------


def check_by_hand(tokens, users):
    """One request of each workload, bodies checked field by field (a fast error is not a result)."""
    for n in (0, len(tokens) - 1):
        d = must(W1, token=tokens[n])
        nodes = d["quotes"]["nodes"]
        if len(nodes) != PAGE or not all(set(q) == {"id", "text", "author", "createdAt"} for q in nodes):
            raise SystemExit(f"W1 answer has {len(nodes)} nodes (want {PAGE}): {d}")
        if not all(q["text"].endswith(f" of {users[n]}") for q in nodes if q["text"].startswith("Seed")):
            raise SystemExit(f"W1 for {users[n]} returned someone else's quotes: {nodes[:2]}")
        if iso(nodes[0]["createdAt"]) < iso(nodes[-1]["createdAt"]):
            raise SystemExit("W1 answer is not newest first")
    log(f"W1 sample ({users[-1]}): {json.dumps(nodes[0])} ... {len(nodes)} nodes")
    tok = login(users[0])
    if not tok.startswith("ey") or tok.count(".") != 2:
        raise SystemExit(f"W2 answer is not a JWT: {tok[:40]}")
    log(f"W2 sample ({users[0]}): accessToken {tok[:24]}... ({len(tok)} chars)")
    d = must("mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }",
             {"i": {"text": f"bench w3 check {uuid.uuid4().hex[:8]}", "author": "Bench Author"}}, tokens[0])
    if not re.fullmatch(r"[0-9a-f-]{36}", d["createQuote"]["id"]):
        raise SystemExit(f"W3 answer: {d}")
    log(f"W3 sample ({users[0]}): {json.dumps(d)}")
    # An invalid token must be refused, not answered with data: the marker check depends on it.
    status, body, d = gql(W1, token=tokens[0][:-4] + "AAAA")
    if not (d and d.get("errors") and MARKERS["read"] not in body):
        raise SystemExit(f"a forged token was not refused: {body[:300]}")


# ---- main ----------------------------------------------------------------------------------


def ms(us):
    return f"{us / 1000:.2f}"


def mib(kib):
    return f"{kib / 1024:.1f}"


def main():
    workdir = tempfile.mkdtemp(prefix="portcullis-load.")
    db_url = DB_URL or f"sqlite://{os.path.join(workdir, 'load.db')}?mode=rwc"
    backend = db_url.split(":", 1)[0]
    server = Server(workdir, db_url)

    def on_signal(signum, _frame):
        raise SystemExit(f"stopped by signal {signum}")

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)
    load1 = os.getloadavg()[0]
    log(f"{BIN} on {backend}, {USERS} users x {QUOTES} quotes, {DURATION} s per workload, "
        f"{CONNS} connections, load average {load1:.2f} on {os.cpu_count()} CPUs; temp dir {workdir}")
    try:
        first_start = server.start()
        start_rss = server.rss_kib()
        log(f"up in {first_start:.1f} ms, RSS {mib(start_rss)} MiB; seeding through the API")
        t0 = time.perf_counter()
        created = parallel(seed_user, range(1, USERS + 1), SEED_CONCURRENCY)
        log(f"seeded: {USERS} users, {sum(created)} quotes created in {time.perf_counter() - t0:.1f} s")

        n_tok = min(TOKENS, USERS)
        users = [username(i) for i in range(1, n_tok + 1)]
        t0 = time.perf_counter()
        tokens = parallel(login, users, SEED_CONCURRENCY)
        log(f"{n_tok} tokens issued through login in {time.perf_counter() - t0:.1f} s")
        check_by_hand(tokens, users)

        results = {}
        log(f"W1 read: {WARMUP} s warm-up + {DURATION} s")
        results["W1 read"] = r = run_workload(server, workdir, "read", tokens, users)
        time.sleep(3)
        idle_rss = server.rss_kib()
        log(f"W1: {r['rps']:.0f} req/s; idle RSS {mib(idle_rss)} MiB")
        check_by_hand(tokens, users)
        log("W2 login")
        results["W2 login"] = run_workload(server, workdir, "login", tokens, users)
        check_by_hand(tokens, users)
        log("W3 createQuote")
        results["W3 createQuote"] = run_workload(server, workdir, "write", tokens, users)
        check_by_hand(tokens, users)
        # Refresh: one chain per user of the token set, at least one per connection, each a
        # session of its own; rotation and reuse detection as in production (no grace).
        chains = max(n_tok, CONNS * WRK_THREADS)
        chain_users = [users[k % len(users)] for k in range(chains)]

        def fresh_chains():
            t0 = time.perf_counter()
            out = parallel(login_pair, chain_users, SEED_CONCURRENCY)
            log(f"{len(out)} refresh-token chains through login in {time.perf_counter() - t0:.1f} s")
            return out

        log(f"W4 refresh: {chains} chains, rotated on every answer")
        results["W4 refresh"] = run_workload(server, workdir, "refresh", tokens, users,
                                             refresh=fresh_chains)
        log(f"mixed: W1 ({CONNS} connections) while W2 floods ({FLOOD_CONNS} connections)")
        mixed = run_workload(server, workdir, "read", tokens, users, flood=True)
        results["W1 read during W2 flood"] = mixed
        results["W2 login (the flood)"] = dict(mixed["flood"], cpu_pct=None, gen_cpu_pct=None,
                                              other_cpu_pct=None, peak_rss_kib=None)
        server.stop()

        colds = []
        for _ in range(COLD_STARTS):
            colds.append(server.start())
            server.stop()
            time.sleep(0.3)

        print()
        print(f"Portcullis load run, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: {backend}, "
              f"{USERS} users x {QUOTES} quotes, {DURATION} s per workload after {WARMUP} s warm-up, "
              f"{CONNS} connections (flood {FLOOD_CONNS}), wrk {WRK_THREADS} thread(s), "
              f"tokens of {n_tok} users, {os.cpu_count()} CPUs, load average at start {load1:.2f}")
        print()
        print("| workload | req/s | p50 ms | p99 ms | errors | requests | server CPU % | wrk+driver CPU % "
              "| other jobs CPU % | peak RSS MiB |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, r in results.items():
            def pct(k):
                return "-" if r.get(k) is None else f"{r[k]:.0f}"
            peak = "-" if not r.get("peak_rss_kib") else mib(r["peak_rss_kib"])
            print(f"| {name} | {r['rps']:.1f} | {ms(r['p50_us'])} | {ms(r['p99_us'])} | {r['errors']} "
                  f"| {r['requests']} | {pct('cpu_pct')} | {pct('gen_cpu_pct')} | {pct('other_cpu_pct')} | {peak} |")
        print()
        print(f"- idle RSS (3 s after the W1 run): {mib(idle_rss)} MiB; just after start: {mib(start_rss)} MiB")
        print(f"- peak RSS during W1: {mib(results['W1 read']['peak_rss_kib'])} MiB")
        print(f"- cold start (spawn -> first 200 from /healthz, existing database), median of "
              f"{len(colds)}: {statistics.median(colds):.1f} ms (runs: {', '.join(f'{c:.1f}' for c in colds)})")
        print("- errors: non-200, a GraphQL error, a body without the workload's data, socket errors and "
              "timeouts; req/s counts good answers only; CPU % of all CPUs during the measured run (in the mixed "
              "run the flood's wrk counts as load generator)")
        if any(r["errors"] for r in results.values()):
            sys.exit(1)
    finally:
        for proc in RUNNING:
            if proc.poll() is None:
                proc.kill()
        server.stop()
        if KEEP:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
