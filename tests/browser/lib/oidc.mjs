// A real OpenID Connect provider for the browser tests: tests/oidc/provider.mjs (oidc-provider
// on 127.0.0.1, with its own login and consent pages). See tests/oidc/README.md.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CI, testsDir } from './env.mjs';

export const oidcDir = path.resolve(testsDir, '..', 'oidc');

/** Why the provider cannot run here (its npm packages are not installed), or null. */
export function oidcMissing() {
  if (!existsSync(path.join(oidcDir, 'node_modules', 'oidc-provider', 'package.json'))) {
    return `no node_modules in ${oidcDir} (run npm ci there)`;
  }
  return null;
}

/** The `skip` option for a suite that needs the provider (a failure in CI, as skipUnlessReady). */
export function skipUnlessOidc() {
  const why = oidcMissing();
  if (!why) return false;
  if (CI) throw new Error(`provider tests cannot run in CI: ${why}`);
  console.log(`# SKIP provider tests: ${why}`);
  return `provider tests skipped: ${why}`;
}

/**
 * Starts the provider with `accounts` (keyed by login: {password, sub, email, email_verified,
 * preferred_username…}). Resolves with `{ issuer, registerClient(client), logs(), stop() }` once
 * it printed `READY <issuer>`. It stops when its stdin closes (stop(), or this process ending).
 */
export async function startProvider({ accounts = {}, clients = [] } = {}) {
  const child = spawn(process.execPath, [path.join(oidcDir, 'provider.mjs')], {
    cwd: oidcDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      ACCOUNTS: JSON.stringify(accounts),
      CLIENTS: JSON.stringify(clients),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const issuer = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the OIDC provider did not start within 30 s:\n${stderr}`));
    }, 30_000);
    child.stdout.on('data', (d) => {
      out += d;
      const line = /^READY (\S+)\r?\n/m.exec(out);
      if (line) {
        clearTimeout(timer);
        resolve(line[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the OIDC provider exited (${code}) before READY:\n${stderr}`));
    });
  });

  return {
    issuer,
    logs: () => stderr,
    /** Registers (or replaces) a client once its redirect URI is known. */
    async registerClient(client) {
      const res = await fetch(`${issuer}/__test/clients`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(client),
      });
      if (res.status !== 204) throw new Error(`registering ${client.client_id}: HTTP ${res.status} ${await res.text()}`);
    },
    async stop() {
      if (exited) return;
      const done = new Promise((r) => child.on('exit', r));
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/**
 * On the provider's pages in the browser: logs in with `login`/`password` on its login page, then
 * consents on its consent page (the first time a provider account meets this client). Resolves
 * once the browser has left the provider.
 */
export async function passProvider(page, issuer, { login, password, consent = true }) {
  await page.waitForURL((u) => u.href.startsWith(`${issuer}/interaction/`), { timeout: 30_000 });
  const form = page.locator('form#login');
  await form.locator('input[name="login"]').fill(login);
  await form.locator('input[name="password"]').fill(password);
  await form.getByRole('button', { name: 'Sign-in' }).click();
  if (consent) {
    const consentForm = page.locator('form#consent');
    await consentForm.waitFor({ timeout: 30_000 });
    await consentForm.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL((u) => !u.href.startsWith(`${issuer}/`), { timeout: 30_000 });
}
