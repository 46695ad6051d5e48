// Integration tests against the real server binary (see test/server.ts): Bearer mode end to end,
// and cookie mode through a small cookie jar when the binary has it.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';

import {
  PortcullisClient,
  PortcullisError,
  changePasswordMutation,
  confirmTotpMutation,
  createQuoteMutation,
  enrollTotpMutation,
  meQuery,
  quotesQuery,
  refreshMutation,
  setUserDisabledMutation,
  signInActivityQuery,
  usersQuery,
  memoryTokenStorage,
  storageKeys,
  type QuotesQuery,
  type SessionState,
  type TokenStorage,
} from '../src/index.js';
import { skipReason, startServer, type Server } from './server.js';

const skip = skipReason() ?? false;
const password = 'a long and unusual passphrase 7';

let counter = 0;
function newAccount() {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  return { email: `u${tag}@example.com`, username: `u${tag}`, password };
}

/** fetch that counts the GraphQL operations it sends, and can tamper with the next token. */
function countingFetch() {
  const sent: string[] = [];
  let tamperNext = false;
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    if (typeof init.body === 'string') {
      sent.push((JSON.parse(init.body) as { operationName?: string }).operationName ?? '?');
      if (tamperNext) {
        tamperNext = false;
        const headers = new Headers(init.headers);
        headers.set('authorization', 'Bearer not.a.valid.token');
        init = { ...init, headers };
      }
    }
    return globalThis.fetch(input, init);
  };
  return {
    fetch,
    sent,
    count: (name: string) => sent.filter((n) => n === name).length,
    rejectNextToken: () => {
      tamperNext = true;
    },
  };
}

/** A PortcullisError with this code. */
const code = (expected: string) => (e: unknown) => {
  assert.ok(e instanceof PortcullisError, `expected a PortcullisError, got ${String(e)}`);
  assert.equal(e.code, expected, e.message);
  return true;
};

/** RFC 6238 TOTP (SHA-1, 30 s, 6 digits) for a base32 secret. */
function totp(secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)?.map((b) => parseInt(b, 2)) ?? []);
  const counterBuf = Buffer.alloc(8);
  counterBuf.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', key).update(counterBuf).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0xf;
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0');
}

describe('Bearer mode against the server', { skip }, () => {
  let server: Server;
  const bearer = (opts: { storage?: TokenStorage; fetch?: typeof fetch; onSessionChange?: (s: SessionState) => void } = {}) =>
    new PortcullisClient({ mode: 'bearer', url: server.graphql, ...opts });

  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  it('registers, signs in, and reads me', async () => {
    const account = newAccount();
    const storage = memoryTokenStorage();
    const events: SessionState[] = [];
    const c = bearer({ storage, onSessionChange: (s) => events.push(s) });
    const user = await c.register(account);
    assert.equal(user.username, account.username);
    assert.equal(c.signedIn, true);
    assert.ok(await storage.get(storageKeys.refreshToken));

    const other = bearer({ storage });
    const result = await other.signIn(account.username, account.password);
    assert.equal(result.kind, 'signedIn');
    assert.equal(other.user?.email, account.email);
    assert.ok(await storage.get(storageKeys.deviceToken), 'a sign-in hands out a device token');
    const { me } = await other.request(meQuery);
    assert.equal(me?.username, account.username);
    assert.deepEqual(events.map((e) => e.reason), ['signedIn']);

    await assert.rejects(bearer().signIn(account.username, 'wrong password 123'), code('INVALID_CREDENTIALS'));
    await assert.rejects(bearer().register(account), (e) => code('CONFLICT')(e) && (e as PortcullisError).field !== undefined);
    // Without a session, me is simply null.
    assert.equal((await bearer().request(meQuery)).me, null);
  });

  it('creates quotes and pages through them', async () => {
    const c = bearer();
    await c.register(newAccount());
    const texts = ['one', 'two', 'three', 'four', 'five'];
    for (const text of texts) {
      const { createQuote } = await c.request(createQuoteMutation, { input: { text, author: text === 'three' ? 'Ada' : 'Bob' } });
      assert.equal(createQuote.text, text);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: QuotesQuery = await c.request(quotesQuery, { first: 2, after, withTotalCount: true });
      pages += 1;
      assert.equal(page.quotes.totalCount, 5);
      seen.push(...page.quotes.nodes.map((q) => q.text));
      if (!page.quotes.pageInfo.hasNextPage) break;
      after = page.quotes.pageInfo.endCursor;
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, [...texts].reverse(), 'newest first');

    const filtered = await c.request(quotesQuery, { filter: { author: 'ada' } });
    assert.deepEqual(filtered.quotes.nodes.map((q) => q.text), ['three']);
    assert.equal(filtered.quotes.totalCount, undefined, 'totalCount only when asked for');
    // Another user sees none of them.
    const stranger = bearer();
    await stranger.register(newAccount());
    assert.equal((await stranger.request(quotesQuery)).quotes.nodes.length, 0);
  });

  it('rotates the refresh token, and the old one is refused', async () => {
    const storage = memoryTokenStorage();
    const c = bearer({ storage });
    await c.register(newAccount());
    const first = await storage.get(storageKeys.refreshToken);
    const firstAccess = c.accessToken;
    assert.equal(await c.refresh(), true);
    const second = await storage.get(storageKeys.refreshToken);
    assert.ok(first && second && first !== second);
    assert.notEqual(c.accessToken, firstAccess);
    assert.equal((await c.request(meQuery)).me?.id, c.user?.id);

    await assert.rejects(bearer().request(refreshMutation, { refreshToken: first }), code('INVALID_TOKEN'));
    // Presenting a retired token revoked the session (strict reuse detection): the next refresh
    // is refused and the client is signed out.
    assert.equal(await c.refresh(), false);
    assert.equal(c.signedIn, false);
    assert.equal(await storage.get(storageKeys.refreshToken), null);
  });

  it('shares one refresh between concurrent callers', async () => {
    const net = countingFetch();
    const c = bearer({ fetch: net.fetch });
    await c.register(newAccount());
    assert.deepEqual(await Promise.all([c.refresh(), c.refresh()]), [true, true]);
    assert.equal(net.count('Refresh'), 1);
    // Two refreshes on the wire would have presented a retired token and ended the session.
    assert.ok((await c.request(meQuery)).me);
    assert.equal(await c.refresh(), true);
  });

  it('refreshes and retries when the access token is refused', async () => {
    const net = countingFetch();
    const c = bearer({ fetch: net.fetch });
    await c.register(newAccount());
    const before = c.accessToken;
    net.rejectNextToken();
    const { createQuote } = await c.request(createQuoteMutation, { input: { text: 'retried', author: 'me' } });
    assert.equal(createQuote.text, 'retried');
    assert.equal(net.count('Refresh'), 1);
    assert.equal(net.count('CreateQuote'), 2);
    assert.notEqual(c.accessToken, before);
    assert.equal((await c.request(quotesQuery)).quotes.nodes.length, 1, 'created once');

    // The same for `me`, which answers null instead of UNAUTHENTICATED.
    net.rejectNextToken();
    assert.equal((await c.request(meQuery)).me?.id, c.user?.id);
    assert.equal(net.count('Refresh'), 2);
  });

  it('takes the new tokens of reauthenticate and changePassword', async () => {
    const account = newAccount();
    const storage = memoryTokenStorage();
    const c = bearer({ storage });
    await c.register(account);
    const before = await storage.get(storageKeys.refreshToken);
    await c.reauthenticate(account.password);
    await assert.rejects(c.reauthenticate('not my password 42'), code('INVALID_CREDENTIALS'));
    assert.ok((await c.request(meQuery)).me);
    const next = 'another long passphrase 8';
    await c.request(changePasswordMutation, { currentPassword: account.password, newPassword: next });
    assert.notEqual(await storage.get(storageKeys.refreshToken), before);
    assert.equal(await c.refresh(), true, 'the stored refresh token is the live one');
    assert.equal((await bearer().signIn(account.username, next)).kind, 'signedIn');
  });

  it('signs in with a second factor (recovery code)', async () => {
    const account = newAccount();
    const c = bearer();
    await c.register(account);
    const { enrollTotp } = await c.request(enrollTotpMutation);
    assert.match(enrollTotp.qrCodeDataUrl, /^data:image\/png;base64,/);
    const { confirmTotp: recoveryCodes } = await c.request(confirmTotpMutation, { code: totp(enrollTotp.secret) });
    assert.ok(recoveryCodes.length > 0);

    const d = bearer();
    const step = await d.signIn(account.email, account.password);
    assert.equal(step.kind, 'secondFactor');
    assert.equal(d.signedIn, false);
    if (step.kind !== 'secondFactor') return;
    await assert.rejects(d.completeSecondFactor(step.mfaToken, '000000'), code('INVALID_MFA_CODE'));
    const user = await d.completeSecondFactor(step.mfaToken, recoveryCodes[0] ?? '');
    assert.equal(user.totpEnabled, true);
    assert.equal(d.signedIn, true);
  });

  it('signs out: the refresh token dies, the device token stays', async () => {
    const account = newAccount();
    const storage = memoryTokenStorage();
    const events: string[] = [];
    const c = bearer({ storage, onSessionChange: (s) => events.push(s.reason) });
    await c.register(account);
    await c.signIn(account.username, account.password);
    const refreshToken = await storage.get(storageKeys.refreshToken);
    await c.signOut();
    assert.equal(c.signedIn, false);
    assert.equal(c.accessToken, null);
    assert.equal(await storage.get(storageKeys.refreshToken), null);
    assert.ok(await storage.get(storageKeys.deviceToken));
    assert.deepEqual(events, ['signedIn', 'refreshed', 'signedOut']);
    await assert.rejects(bearer().request(refreshMutation, { refreshToken }), code('INVALID_TOKEN'));
    assert.equal(await c.resume(), null);
  });

  it("signs a user out at its next request once an admin disables the account", async () => {
    const admin = { ...newAccount() };
    server.cli(['create-admin', '--email', admin.email, '--username', admin.username], `${admin.password}\n`);
    const a = bearer();
    assert.equal((await a.signIn(admin.username, admin.password)).kind, 'signedIn');
    assert.equal(a.user?.role, 'ADMIN');

    const account = newAccount();
    const events: SessionState[] = [];
    const u = bearer({ onSessionChange: (s) => events.push(s) });
    const user = await u.register(account);
    const { users } = await a.request(usersQuery, { search: account.username, withTotalCount: true });
    assert.deepEqual(users.nodes.map((n) => n.id), [user.id]);
    assert.equal(users.totalCount, 1);
    await assert.rejects(u.request(usersQuery), code('FORBIDDEN'));
    await assert.rejects(u.request(signInActivityQuery), code('FORBIDDEN'));

    await assert.rejects(bearer().signIn(admin.username, 'wrong password 123'), code('INVALID_CREDENTIALS'));
    const { signInActivity } = await a.request(signInActivityQuery, { days: 7 });
    assert.equal(signInActivity.length, 7);
    assert.equal(signInActivity.at(-1)?.day, new Date().toISOString().slice(0, 10), 'oldest first, today last');
    const sum = (k: 'succeeded' | 'failed') => signInActivity.reduce((n, d) => n + d[k], 0);
    assert.ok(sum('succeeded') >= 1 && sum('failed') >= 1, JSON.stringify(signInActivity));

    const { setUserDisabled } = await a.request(setUserDisabledMutation, { userId: user.id, disabled: true });
    assert.equal(setUserDisabled.disabled, true);
    assert.equal((await u.request(meQuery)).me, null);
    assert.equal(u.signedIn, false);
    assert.deepEqual(events.map((e) => e.reason), ['signedIn', 'expired']);
  });
});

describe('documents sent by id', { skip }, () => {
  let server: Server;
  before(async () => {
    server = await startServer({ GRAPHQL_ONLY_TRUSTED_DOCUMENTS: 'true' });
  });
  after(async () => {
    await server?.stop();
  });

  it('work where only trusted documents run, and nothing else does', async () => {
    const account = newAccount();
    const bodies: Record<string, unknown>[] = [];
    const fetch: typeof globalThis.fetch = async (input, init = {}) => {
      if (typeof init.body === 'string') bodies.push(JSON.parse(init.body) as Record<string, unknown>);
      return globalThis.fetch(input, init);
    };
    const c = new PortcullisClient({ mode: 'bearer', url: server.graphql, documentIds: true, fetch });
    await c.register(account);
    await c.request(createQuoteMutation, { input: { text: 'Sent by id', author: 'Test' } });
    const { me } = await c.request(meQuery);
    assert.equal(me?.username, account.username);
    assert.ok(bodies.length >= 3);
    for (const body of bodies) {
      assert.match(String(body['documentId']), /^sha256:[0-9a-f]{64}$/);
      assert.equal(body['query'], undefined, 'no text is sent');
    }
    // Without the option the client sends its documents' text, which is not the manifest's
    // byte for byte: refused, like a document of one's own.
    const byText = new PortcullisClient({ mode: 'bearer', url: server.graphql });
    await assert.rejects(byText.signIn(account.username, account.password), code('FORBIDDEN'));
    const res = await globalThis.fetch(server.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const answer = (await res.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(answer.errors[0]?.extensions.code, 'FORBIDDEN');
  });
});

describe('access tokens that expire', { skip }, () => {
  let server: Server;
  before(async () => {
    server = await startServer({ ACCESS_TOKEN_TTL: '1s' });
  });
  after(async () => {
    await server?.stop();
  });

  it('are refreshed before the request', async () => {
    const net = countingFetch();
    const c = new PortcullisClient({ mode: 'bearer', url: server.graphql, fetch: net.fetch });
    await c.register(newAccount());
    await new Promise((r) => setTimeout(r, 1_500));
    const { me } = await c.request(meQuery);
    assert.equal(me?.id, c.user?.id);
    assert.deepEqual(net.sent, ['Register', 'Refresh', 'Me']);
  });
});

/** fetch with a cookie jar, and an Origin header as a browser would send. */
function browserFetch(origin: string) {
  const jar = new Map<string, string>();
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('origin', origin);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await globalThis.fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  return { fetch, jar };
}

describe('cookie mode against the server', { skip }, () => {
  let server: Server;
  let supported = false;
  before(async () => {
    server = await startServer();
    supported = (await fetch(`${server.url}/auth/csrf`)).ok;
    if (!supported) console.error('SKIPPING the cookie-mode server tests: this binary has no GET /auth/csrf');
  });
  after(async () => {
    await server?.stop();
  });

  it('keeps the refresh and device tokens in HttpOnly cookies only', async (t) => {
    if (!supported) return t.skip('no cookie mode in this binary');
    const browser = browserFetch(server.url);
    const storage = memoryTokenStorage();
    const account = newAccount();
    const c = new PortcullisClient({ mode: 'cookie', url: server.graphql, fetch: browser.fetch, storage });
    await c.register(account);
    assert.equal((await c.signIn(account.username, account.password)).kind, 'signedIn');
    assert.equal(await storage.get(storageKeys.refreshToken), null);
    assert.ok([...browser.jar.keys()].some((k) => k.includes('refresh')));
    assert.ok([...browser.jar.keys()].some((k) => k.includes('device')));
    assert.ok((await c.request(meQuery)).me);
    assert.deepEqual(await Promise.all([c.refresh(), c.refresh()]), [true, true]);

    // Another tab of the same browser picks the session up from the cookie.
    const tab = new PortcullisClient({ mode: 'cookie', url: server.graphql, fetch: browser.fetch });
    assert.equal((await tab.resume())?.username, account.username);

    // The CSRF cookie went (cleared, expired): the 403 makes the client fetch a new token once.
    const csrfCookie = [...browser.jar.keys()].find((k) => k.includes('csrf'));
    assert.ok(csrfCookie);
    browser.jar.delete(csrfCookie);
    assert.ok((await c.request(meQuery)).me);
    assert.ok(browser.jar.has(csrfCookie));

    await c.signOut();
    assert.equal(c.signedIn, false);
    assert.ok(![...browser.jar.keys()].some((k) => k.includes('refresh')));
    assert.equal(await new PortcullisClient({ mode: 'cookie', url: server.graphql, fetch: browser.fetch }).resume(), null);
  });

  it('is refused without the CSRF proof', async (t) => {
    if (!supported) return t.skip('no cookie mode in this binary');
    const response = await fetch(server.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portcullis-session': 'cookie', origin: server.url },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    assert.equal(response.status, 403);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]?.extensions.code, 'FORBIDDEN');
  });
});
