// Starts the real server binary on a free port with a fresh SQLite database in a temp folder
// (and an ADMIN made with `portcullis create-admin` first), like a user would run it.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, readdirSync, rmSync, closeSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serverBin } from './env.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs the binary with `args`, `input` on stdin; resolves with stdout, rejects on failure. */
function run(bin, args, { env, cwd, input }) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${path.basename(bin)} ${args[0]} exited ${code}: ${err || out}`)),
    );
    child.stdin.end(input ?? '');
  });
}

export const ADMIN = {
  email: 'admin@example.com',
  username: 'admin',
  password: 'admin passphrase for the browser tests',
};

/**
 * Starts a server; `env` adds or overrides variables. Resolves with
 * `{ url, publicUrl, port, dir, env, logs(), mails(), stop() }` once /healthz answers. `url` is
 * the loopback address (for requests from Node); `publicUrl` is PUBLIC_URL, on `publicHost`
 * (e.g. "localhost": passkeys need a host name, browsers refuse an IP address as their domain).
 */
export async function startServer({ env: extra = {}, admin = ADMIN, publicHost = '127.0.0.1' } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-browser-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const publicUrl = `http://${publicHost}:${port}`;
  const mailDir = path.join(dir, 'mail');
  // Only what the server needs from this environment: a developer's DATABASE_URL, .env or
  // CORS settings must not leak in (the working directory is the temp folder, so no .env).
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUST_LOG: process.env.RUST_LOG || 'info',
    RUST_BACKTRACE: '1',
    DATABASE_URL: `sqlite://${path.join(dir, 'portcullis.db')}?mode=rwc`,
    BIND: `127.0.0.1:${port}`,
    PUBLIC_URL: publicUrl,
    MAIL_DIR: mailDir,
    HASH_CONCURRENCY: '2',
    ...extra,
  };

  if (admin) {
    await run(serverBin, ['create-admin', '--email', admin.email, '--username', admin.username], {
      env,
      cwd: dir,
      input: `${admin.password}\n`,
    });
  }

  const logFile = path.join(dir, 'server.log');
  const logFd = openSync(logFile, 'a');
  const child = spawn(serverBin, ['serve'], { env, cwd: dir, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const logs = () => {
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      throw new Error(`server exited (${JSON.stringify(exited)}) before /healthz answered:\n${logs()}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /healthz within 60 s:\n${logs()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    publicUrl,
    port,
    dir,
    env,
    logs,
    /** The mails written so far (MAIL_DIR), as text, oldest first. */
    mails() {
      try {
        return readdirSync(mailDir)
          .sort()
          .map((f) => readFileSync(path.join(mailDir, f), 'utf8'));
      } catch {
        return [];
      }
    },
    async stop() {
      if (!exited) {
        const done = new Promise((r) => child.on('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await done;
        clearTimeout(timer);
      }
      if (!process.env.KEEP_SERVER_DIR) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A GraphQL request in Bearer mode (no cookies), for set-up and checks outside the browser. */
export async function gql(url, query, variables = {}, token = null) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}
