#!/usr/bin/env bash
# Logins (W2) against the argon2 bound, side by side: each round measures the bound twice with
# criterion (benches/password.rs: `verify_back_to_back_per_core`, plain threads hashing without
# pause, and `verify_per_core_at_once`, rounds through the server's Hasher), then runs a login
# flood (wrk, 32 connections, the W2 script of bench/load.sh) against each binary in turn, in
# alternating order (A B, then B A), each on a fresh copy of the same seeded SQLite file.
#
#   BINS="main=/tmp/portcullis-main new=target/release/portcullis" bash bench/logins.sh
#   ROUNDS=3 DURATION=20 CONNS=32 USERS=300 SEED=<a kept bench/load.sh temp dir>
#
# The bound is cores / (the time of one verify on every core at once). Needs wrk and python3
# (as bench/load.sh, which seeds the database through the API when SEED is not given) and
# builds the criterion bench once (`cargo bench --bench password --no-run`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-20}"
CONNS="${CONNS:-32}"
PORT="${PORT:-5005}"
read -r -a SPECS <<<"${BINS:?BINS=\"name=path name=path\"}"
for spec in "${SPECS[@]}"; do
  [ -x "${spec#*=}" ] || { log "no executable at ${spec#*=}"; exit 1; }
done

# The criterion bench, built once; its executable is the newest `password-*` in the target dir.
(cd "$ROOT" && cargo bench --bench password --no-run >/dev/null 2>&1)
TARGET_DIR="$(cd "$ROOT" && cargo metadata --format-version 1 --no-deps \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
BENCH="$(ls -t "$TARGET_DIR"/release/deps/password-* | grep -v '\.d$' | head -n1)"

# A seeded database and the W2 script: one short bench/load.sh run that keeps its temp dir.
if [ -z "${SEED:-}" ]; then
  log "seeding through bench/load.sh (${USERS:-300} users)"
  out="$(KEEP=1 USERS="${USERS:-300}" DURATION=2 WARMUP=1 COLD_STARTS=1 PORT="$PORT" \
    BIN="${SPECS[0]#*=}" bash "$ROOT/bench/load.sh" 2>&1)"
  SEED="$(printf '%s\n' "$out" | sed -n 's/.*kept \(.*\)$/\1/p' | tail -n1)"
fi
[ -f "$SEED/load.db" ] && [ -f "$SEED/login.lua" ] || { log "no load.db/login.lua in $SEED"; exit 1; }
RUN="$(mktemp -d)"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$RUN"' EXIT

bound() { # name of the criterion function -> its median in ms
  "$BENCH" --bench "$1" --measurement-time "$DURATION" --warm-up-time 3 2>&1 | python3 -c '
import re, sys
m = re.search(r"time:\s*\[\S+ \S+ (\S+) (ns|µs|ms|s) ", sys.stdin.read())
if not m:
    sys.exit("criterion gave no time")
scale = {"ns": 1e-6, "µs": 1e-3, "ms": 1.0, "s": 1e3}[m.group(2)]
print(f"{float(m.group(1)) * scale:.2f}")'
}

flood() { # binary -> "logins/s p99_ms"
  rm -f "$RUN"/load.db*
  cp "$SEED"/load.db* "$RUN"/
  DATABASE_URL="sqlite://$RUN/load.db" BIND="127.0.0.1:$PORT" RATE_LIMIT_PER_IP=off \
    "$1" serve >"$RUN/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
  wrk -t1 -c"$CONNS" -d3s -s "$SEED/login.lua" "http://127.0.0.1:$PORT/graphql" >/dev/null 2>&1
  wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 30s -s "$SEED/login.lua" \
    "http://127.0.0.1:$PORT/graphql" >"$RUN/wrk.out" 2>&1
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  python3 - "$RUN/wrk.out" <<'EOF'
import json, sys
line = [l for l in open(sys.argv[1]) if l.startswith("RESULT ")][0]
r = json.loads(line[7:])
bad = r["bad"] + r["connect"] + r["read"] + r["write"] + r["timeout"]
if bad:
    sys.exit(f"{bad} failed logins")
print(f"{r['good'] / (r['duration_us'] / 1e6):.1f} {r['p99_us'] / 1000:.0f}")
EOF
}

cores="$(nproc)"
header="| round | bound back to back /s | bound through the Hasher /s |"
for spec in "${SPECS[@]}"; do header+=" ${spec%%=*} logins/s (p99 ms) |"; done
echo "$header"
for round in $(seq 1 "$ROUNDS"); do
  strict="$(bound verify_back_to_back_per_core)"
  hasher="$(bound verify_per_core_at_once)"
  order=("${SPECS[@]}")
  if [ $((round % 2)) = 0 ]; then
    order=(); for ((i = ${#SPECS[@]} - 1; i >= 0; i--)); do order+=("${SPECS[$i]}"); done
  fi
  declare -A got=()
  for spec in "${order[@]}"; do
    log "round $round: ${spec%%=*}"
    got[${spec%%=*}]="$(flood "${spec#*=}")"
  done
  row="| $round | $(python3 -c "print(f'{$cores / ($strict / 1000):.1f} ({$strict} ms)')") | $(python3 -c "print(f'{$cores / ($hasher / 1000):.1f} ({$hasher} ms)')") |"
  for spec in "${SPECS[@]}"; do
    set -- ${got[${spec%%=*}]}
    row+=" $1 ($2) |"
  done
  echo "$row"
  unset got
done
