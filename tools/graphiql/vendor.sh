#!/usr/bin/env bash
# Copies the GraphiQL page's runtime files into assets/graphiql/ (the binary serves that folder
# at /graphiql/<file>), from the exact versions pinned in package-lock.json:
#   react.production.min.js, react-dom.production.min.js  React 18 UMD builds (globals React, ReactDOM)
#   graphiql.min.js, graphiql.min.css                       GraphiQL 4 UMD build (global GraphiQL;
#                                                           bundles graphql-js and CodeMirror 5;
#                                                           its fonts are data: URLs in the CSS)
#   init.js                                                 the page's bootstrap (source: tools/graphiql/init.js)
#   THIRD_PARTY_LICENSES.txt                                the licenses of the vendored packages
# Nothing is loaded from anywhere else at run time: no fonts, workers or source maps (the
# sourceMappingURL comment is dropped so no browser asks for a map the server does not have).
#
# Usage: tools/graphiql/vendor.sh [OUT_DIR]   (default: assets/graphiql in the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/assets/graphiql}"
npm_cache="${NPM_CONFIG_CACHE:-$HOME/.cache/portcullis/npm}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline --loglevel=error \
  --cache "$npm_cache" >/dev/null)
nm="$work/node_modules"

# The versions must be the pinned ones (npm ci guarantees it; this makes a bad lock loud).
for pkg in graphiql react react-dom; do
  want="$(node -p "require('$here/package.json').dependencies['$pkg']")"
  got="$(node -p "require('$nm/$pkg/package.json').version")"
  [ "$want" = "$got" ] || { echo "vendor.sh: $pkg is $got, package.json pins $want" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out"
cp "$nm/react/umd/react.production.min.js" "$out/"
cp "$nm/react-dom/umd/react-dom.production.min.js" "$out/"
# graphiql.min.js is the UMD build (dist/index.umd.js); drop its source-map comment.
sed '/^\/\/# sourceMappingURL=/d' "$nm/graphiql/graphiql.min.js" >"$out/graphiql.min.js"
cp "$nm/graphiql/graphiql.min.css" "$out/"
cp "$here/init.js" "$out/init.js"

{
  echo "Third-party software in this folder (copied by tools/graphiql/vendor.sh)."
  echo "graphiql.min.js also bundles graphql-js, CodeMirror 5 and other MIT-licensed packages;"
  echo "see the graphiql package on the npm registry for its full dependency list."
  for pkg in graphiql react react-dom graphql; do
    version="$(node -p "require('$nm/$pkg/package.json').version")"
    echo
    echo "================================================================================"
    echo "$pkg $version"
    echo "================================================================================"
    cat "$nm/$pkg/LICENSE"
  done
} >"$out/THIRD_PARTY_LICENSES.txt"

chmod 644 "$out"/*
echo "vendor.sh: wrote $(ls "$out" | wc -l) files to $out"
