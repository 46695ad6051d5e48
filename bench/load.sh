#!/usr/bin/env bash
# Load run of issue 6 against a release build, over loopback only (127.0.0.1):
#   W1 read    query { quotes(first: 20) { nodes { id text author createdAt } } }, token rotated
#   W2 login   mutation { login(...) { ... on AuthPayload { accessToken } } }, user rotated
#   W3 write   mutation { createQuote(...) { id } }, token rotated, text unique per request
#   W4 refresh mutation { refresh(refreshToken: ...) { ... } }, each chain rotated on every answer
#   mixed      W1 while W2 floods (two wrk processes at once)
# then cold start (spawn -> first 200 from /healthz on the existing database, median).
#
#   bash bench/load.sh                              # fresh SQLite file in a temp dir
#   bash bench/load.sh postgres://u:p@127.0.0.1/db  # or LOAD_DATABASE_URL=...; seeding resumes
#   USERS=50 QUOTES=20 DURATION=3 bash bench/load.sh  # a quick run
#
# Knobs (env): USERS=1000 QUOTES=50 DURATION=10 WARMUP=2 CONNS=64 FLOOD_CONNS=32 TOKENS=200
#   WRK_THREADS=1 PORT=5005 COLD_STARTS=5 SEED_CONCURRENCY=8 SEED_BATCH=20
#   EXTRA_ENV="K=V ..." (more server settings) BIN=path (skip the build, run that binary)
#   KEEP=1 (keep the temp dir: server log, Lua scripts, SQLite file)
# The server always gets RATE_LIMIT_PER_IP=off and RATE_LIMIT_QUOTE_WRITES_PER_ACCOUNT=off (set in
# load.py, which builds the server's environment): the load comes from one address, and W3 writes
# far more quotes per account than the per-account budget allows. Per-IP limits
# would turn it into errors. Installs wrk (Debian package) when missing. Needs python3 (stdlib).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if ! command -v wrk >/dev/null; then
  log "installing wrk (apt)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq wrk >/dev/null 2>&1 \
    || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null; }
fi
command -v python3 >/dev/null || { log "python3 is required"; exit 1; }

if [ -z "${BIN:-}" ]; then
  log "cargo build --release"
  (cd "$ROOT" && cargo build --release --bin portcullis)
  # The target directory as cargo sees it (CARGO_TARGET_DIR, .cargo/config.toml, or target/).
  TARGET_DIR="$(cd "$ROOT" && cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
  BIN="$TARGET_DIR/release/portcullis"
fi
[ -x "$BIN" ] || { log "no executable at $BIN"; exit 1; }
export BIN
export LOAD_DATABASE_URL="${1:-${LOAD_DATABASE_URL:-}}"
exec python3 "$ROOT/bench/load.py"
