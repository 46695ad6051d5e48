#!/usr/bin/env bash
# Fails when assets/graphiql/ is not exactly what tools/graphiql/vendor.sh makes from the pinned
# package-lock.json and tools/graphiql/init.js (no file missing, changed or extra).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bash "$here/vendor.sh" "$tmp/graphiql" >/dev/null
if ! diff -r -q "$tmp/graphiql" "$root/assets/graphiql"; then
  echo "verify.sh: assets/graphiql/ differs from a fresh tools/graphiql/vendor.sh; run it and commit the result" >&2
  exit 1
fi
echo "verify.sh: assets/graphiql/ matches the pinned packages ($(ls "$tmp/graphiql" | wc -l) files)"
