// `npm run verify`: builds the console into a temporary folder and compares it, file by file,
// with the committed dist/. Fails (exit 1) when they differ: the committed build is stale, or
// the build is not reproducible. Works from a clean clone (no git needed).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'dist');
const fresh = mkdtempSync(join(tmpdir(), 'portcullis-console-'));

function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

let failed = false;
try {
  await build({ root, logLevel: 'warn', build: { outDir: fresh, emptyOutDir: true } });
  const a = new Set(files(committed));
  const b = new Set(files(fresh));
  if (a.size === 0) {
    console.error('console/dist/ is missing or empty: run `npm run build` and commit console/dist/.');
    failed = true;
  }
  for (const f of a) {
    if (!b.has(f)) {
      console.error(`stale: dist/${f} is committed but a fresh build does not produce it`);
      failed = true;
    }
  }
  for (const f of b) {
    if (!a.has(f)) {
      console.error(`missing: a fresh build produces dist/${f}, which is not committed`);
      failed = true;
    } else if (!readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f)))) {
      console.error(`differs: dist/${f}`);
      failed = true;
    }
  }
  if (failed) {
    console.error('console/dist/ differs from a fresh build: run `npm run build` in console/ and commit dist/.');
  } else {
    console.log(`console/dist/ matches a fresh build (${b.size} files).`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
