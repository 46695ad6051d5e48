// Starts the real Portcullis binary for the integration tests: a fresh SQLite file in a temp
// folder (also the working directory, so no stray .env is read), a free loopback port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const binary =
  process.env['PORTCULLIS_BIN'] ?? join(homedir(), '.cache/portcullis/target/debug/portcullis');

/** Set PORTCULLIS_TEST_LOG=1 to see each server's log when it stops. */

/** Why the server tests cannot run here, or null. In CI a missing binary is a failure. */
export function skipReason(): string | null {
  if (existsSync(binary)) return null;
  const message = `no Portcullis binary at ${binary}: build it (cargo build) or set PORTCULLIS_BIN`;
  if (process.env['CI'] === 'true') throw new Error(`${message} (required in CI)`);
  console.error(`SKIPPING the server tests: ${message}`);
  return message;
}

export interface Server {
  url: string;
  graphql: string;
  /** The server's output so far (shown when a test fails). */
  log(): string;
  /** Runs `portcullis <args>` on the same database. */
  cli(args: string[], input: string): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-client-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? dir,
    DATABASE_URL: `sqlite://${join(dir, 'db.sqlite')}?mode=rwc`,
    BIND: `127.0.0.1:${port}`,
    PUBLIC_URL: url,
    MAIL_DIR: join(dir, 'mail'),
    RUST_LOG: 'warn',
    ...extraEnv,
  };
  let output = '';
  const child: ChildProcess = spawn(binary, ['serve'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const server: Server = {
    url,
    graphql: `${url}/graphql`,
    log: () => output,
    cli(args, input) {
      const run = spawnSync(binary, args, { cwd: dir, env, input, encoding: 'utf8', timeout: 60_000 });
      if (run.status !== 0) throw new Error(`portcullis ${args.join(' ')} failed: ${run.stderr}`);
      return run.stdout.trim();
    },
    async stop() {
      if (process.env['PORTCULLIS_TEST_LOG']) console.error(`--- server log (${url})\n${output}`);
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await server.stop();
      throw new Error(`the server exited (${child.exitCode}) at start:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the server did not answer /healthz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
