#!/usr/bin/env python3
"""What worst-case quote searches cost (issue 13, point 5), against a running binary on SQLite.

    python3 bench/search_cost.py BIN [SEARCH_CHARS] [ALIASES]    # RUNS=3 in the environment

Starts BIN on a fresh SQLite file, gives one user 1,000 quotes of the maximum length (2,000
characters, all "a"), then times one document with ALIASES (10) aliased `quotes` searches of
SEARCH_CHARS (100) characters that match nothing ("aaa...ab": the substring scan tries every
position of every quote, in text and author), each with totalCount (a second scan), and the
same search alone (ALIASES=0: only that). Prints one JSON line per measurement; each is the
median of RUNS (3) runs. KEEP=1 keeps the temp dir (server log, SQLite file).
Standard library only.
"""

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

QUOTES = 1_000
TEXT = "a" * 2_000


def post(url, query, variables=None, token=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(url, body, {"content-type": "application/json"})
    if token:
        req.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=600) as res:
            return res.status, json.load(res)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def timed(url, query, variables, token):
    runs = []
    for _ in range(int(os.environ.get("RUNS", "3"))):
        t0 = time.perf_counter()
        status, body = post(url, query, variables, token)
        runs.append(time.perf_counter() - t0)
    errors = body.get("errors") or []
    code = errors[0].get("extensions", {}).get("code") if errors else None
    return statistics.median(runs), status, code


def main():
    binary = sys.argv[1]
    chars = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    aliases = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    work = tempfile.mkdtemp()
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": f"sqlite://{work}/db.sqlite?mode=rwc",
        "BIND": f"127.0.0.1:{port}",
        "MAIL_DIR": f"{work}/mail",
        "RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT": "off",
        "RUST_LOG": "warn",
    })
    log = open(os.path.join(work, "server.log"), "wb")
    server = subprocess.Popen([binary, "serve"], cwd=work, env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}/graphql"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        _, body = post(url, "mutation($i: RegisterInput!) { register(input: $i) { accessToken } }",
                       {"i": {"email": "bench@example.com", "username": "bench",
                              "password": "a long enough passphrase"}})
        token = body["data"]["register"]["accessToken"]
        batch = 20
        fields = " ".join(f'q{i}: createQuote(input: {{ text: $t, author: $a }}) {{ id }}'
                          for i in range(batch))
        for _ in range(QUOTES // batch):
            _, body = post(url, f"mutation($t: String!, $a: String!) {{ {fields} }}",
                           {"t": TEXT, "a": "a" * 200}, token)
            assert not body.get("errors"), body
        search = "a" * (chars - 1) + "b"
        one = "s0: quotes(first: 100, filter: { search: $s }) { totalCount nodes { id } }"
        many = " ".join(one.replace("s0:", f"s{i}:") for i in range(aliases))
        cases = [("one search", f"query($s: String) {{ {one} }}")]
        if aliases:
            cases.append((f"{aliases} aliased searches", f"query($s: String) {{ {many} }}"))
        for name, query in cases:
            seconds, status, code = timed(url, query, {"s": search}, token)
            print(json.dumps({"binary": binary, "search_chars": chars, "case": name,
                              "seconds": round(seconds, 3), "status": status, "code": code}))
    finally:
        server.terminate()
        server.wait()
        if os.environ.get("KEEP"):
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
