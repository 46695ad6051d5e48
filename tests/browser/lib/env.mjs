// Shared set-up of the browser tests: where things are, whether they can run, the browser.
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const testsDir = path.resolve(here, '..');
export const repoRoot = path.resolve(testsDir, '..', '..');

export const CI = process.env.CI === 'true' || process.env.CI === '1';
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
export const serverBin =
  process.env.PORTCULLIS_BIN ||
  path.join(
    process.env.CARGO_TARGET_DIR || path.join(homedir(), '.cache', 'portcullis', 'target'),
    'debug',
    'portcullis',
  );
export const screenshotDir = path.resolve(
  repoRoot,
  process.env.SCREENSHOT_DIR || path.join('target', 'screenshots'),
);

/** Why the tests cannot run here (missing browser, packages or binary), or null. */
export function missing({ needServer = true } = {}) {
  const reasons = [];
  if (!existsSync(chromiumPath)) {
    reasons.push(`no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`);
  }
  if (!existsSync(path.join(testsDir, 'node_modules', 'playwright-core'))) {
    reasons.push(`no node_modules in ${testsDir} (run npm ci there)`);
  }
  if (needServer && !existsSync(serverBin)) {
    reasons.push(`no server binary at ${serverBin} (cargo build, or set PORTCULLIS_BIN)`);
  }
  return reasons.length ? reasons.join('; ') : null;
}

/**
 * The `skip` option for a suite: a clear message on a developer's machine when something is
 * missing; in CI (CI=true) a missing prerequisite is a failure, not a skip.
 */
export function skipUnlessReady(opts) {
  const why = missing(opts);
  if (!why) return false;
  if (CI) throw new Error(`browser tests cannot run in CI: ${why}`);
  console.log(`# SKIP browser tests: ${why}`);
  return `browser tests skipped: ${why}`;
}

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium through playwright-core (which never downloads a browser itself). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Full-page PNG named after the screen, in SCREENSHOT_DIR (default target/screenshots). */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Records what a page does that the tests check: every request URL, console messages, page
 * errors and CSP violations (the listener is installed before any page script runs, so a blocked
 * inline script or eval is reported even if the console message is missed).
 */
export async function watch(page) {
  const seen = { requests: [], console: [], errors: [] };
  page.on('request', (req) => seen.requests.push(req.url()));
  page.on('console', (msg) => seen.console.push(`${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => seen.errors.push(String(err)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  seen.cspViolations = async () => {
    const fromPage = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
    const fromConsole = seen.console.filter((m) => /Content[ -]Security[ -]Policy/i.test(m));
    return [...fromPage, ...fromConsole];
  };
  return seen;
}

/** URLs among `urls` that are not on `origin` (data: and blob: of the page itself are fine). */
export function foreignRequests(urls, origin) {
  return urls.filter((u) => {
    if (u.startsWith('data:')) return false;
    if (u.startsWith(`blob:${origin}/`)) return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  });
}

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}
