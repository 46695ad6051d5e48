// Unit tests: the session logic against a fake fetch (cookie mode's headers and CSRF dance
// included), and the documents against schema.graphql. No server needed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Kind, buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';

import * as client from '../src/index.js';
import {
  PortcullisClient,
  PortcullisError,
  createQuoteMutation,
  meQuery,
  memoryTokenStorage,
  providerSignInUrl,
  storageKeys,
  type SessionState,
} from '../src/index.js';

// ------------------------------------------------------------------------------- fake server

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  operationName?: string;
  variables?: Record<string, unknown>;
}

type Answer = { status?: number; body: unknown } | Error;
type Handler = (call: Call) => Answer | Promise<Answer>;

function fakeFetch(handler: Handler): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const call: Call = {
      url: String(input),
      method: init.method ?? 'GET',
      headers,
      credentials: init.credentials,
    };
    if (typeof init.body === 'string') {
      const body = JSON.parse(init.body) as { operationName?: string; variables?: Record<string, unknown> };
      if (body.operationName !== undefined) call.operationName = body.operationName;
      if (body.variables !== undefined) call.variables = body.variables;
    }
    calls.push(call);
    const answer = await handler(call);
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, calls };
}

const user = {
  id: 'u1',
  email: 'ada@example.com',
  username: 'ada',
  emailVerified: false,
  role: 'USER',
  createdAt: '2026-01-01T00:00:00Z',
  disabled: false,
  totpEnabled: false,
  hasPassword: true,
  passkeyCount: 0,
};

function payload(n: number, mode: 'bearer' | 'cookie', expiresIn = 900) {
  return {
    accessToken: `access-${n}`,
    refreshToken: mode === 'bearer' ? `refresh-${n}` : '',
    tokenType: 'Bearer',
    expiresIn,
    deviceToken: mode === 'bearer' ? 'device-1' : null,
    user,
  };
}

const gqlError = (code: string, extra: Record<string, unknown> = {}) => ({
  body: { data: null, errors: [{ message: code.toLowerCase(), extensions: { code, ...extra } }] },
});

/** A small server: logins, rotating refresh tokens, quotes; the access token `access-<n>` is live for n >= live. */
/** What finishProviderSignIn and confirmProviderSignUp answer in the fake server. */
type ProviderAnswer = 'AuthPayload' | 'MfaChallenge' | 'LinkRequired' | 'EmailRequired';

function server(
  mode: 'bearer' | 'cookie',
  opts: { mfa?: boolean; expiresIn?: number; provider?: ProviderAnswer } = {},
) {
  let issued = 0;
  let liveFrom = 1;
  let refreshToken: string | null = null;
  let csrf = 0;
  const state = {
    revoke: () => {
      refreshToken = null;
      liveFrom = Infinity;
    },
    expireAccess: () => {
      liveFrom = issued + 1;
    },
    rejectCsrf: 0,
    refreshDelay: 0,
  };
  const issue = () => {
    issued += 1;
    if (mode === 'bearer') refreshToken = `refresh-${issued}`;
    return payload(issued, mode, opts.expiresIn);
  };
  const handler: Handler = async (call) => {
    if (call.url.endsWith('/auth/csrf')) {
      csrf += 1;
      return { body: { csrfToken: `csrf-${csrf}` } };
    }
    if (mode === 'cookie' && state.rejectCsrf > 0) {
      state.rejectCsrf -= 1;
      return { status: 403, ...gqlError('FORBIDDEN') };
    }
    const token = /^Bearer access-(\d+)$/.exec(call.headers['authorization'] ?? '')?.[1];
    const authed = token !== undefined && Number(token) >= liveFrom;
    switch (call.operationName) {
      case 'Login':
        if (opts.mfa) return { body: { data: { login: { __typename: 'MfaChallenge', mfaToken: 'mfa-1', expiresIn: 300, methods: ['TOTP', 'RECOVERY_CODE'] } } } };
        return { body: { data: { login: { __typename: 'AuthPayload', ...issue() } } } };
      case 'VerifyTotp':
        return call.variables?.['code'] === '123456'
          ? { body: { data: { verifyTotp: issue() } } }
          : gqlError('INVALID_MFA_CODE');
      case 'Refresh': {
        await new Promise((r) => setTimeout(r, state.refreshDelay));
        if (mode === 'bearer' && (refreshToken === null || call.variables?.['refreshToken'] !== refreshToken)) {
          return gqlError('INVALID_TOKEN');
        }
        if (mode === 'cookie' && liveFrom === Infinity) return gqlError('INVALID_TOKEN');
        return { body: { data: { refresh: issue() } } };
      }
      case 'Me':
        return { body: { data: { me: authed ? user : null } } };
      case 'FinishProviderSignIn':
      case 'ConfirmProviderSignUp': {
        const key = call.operationName === 'FinishProviderSignIn' ? 'finishProviderSignIn' : 'confirmProviderSignUp';
        const answer = (() => {
          switch (opts.provider ?? 'AuthPayload') {
            case 'AuthPayload':
              return { __typename: 'AuthPayload', ...issue() };
            case 'MfaChallenge':
              return { __typename: 'MfaChallenge', mfaToken: 'mfa-1', expiresIn: 300, methods: ['TOTP', 'RECOVERY_CODE'] };
            case 'LinkRequired':
              return { __typename: 'LinkRequired', linkToken: 'link-1', provider: 'corp', email: 'ada@example.com', expiresIn: 600 };
            case 'EmailRequired':
              return { __typename: 'EmailRequired', signUpToken: 'signup-1', provider: 'corp', suggestedEmail: null, expiresIn: 600 };
          }
        })();
        return { body: { data: { [key]: answer } } };
      }
      case 'ConfirmProviderLink':
        if (call.variables?.['password'] === undefined && !authed) return gqlError('BAD_USER_INPUT', { field: 'password' });
        return { body: { data: { confirmProviderLink: issue() } } };
      case 'ReauthenticateWithProvider':
        if (!authed) return gqlError('UNAUTHENTICATED');
        return { body: { data: { reauthenticateWithProvider: issue() } } };
      case 'RequestProviderSignUp':
        return { body: { data: { requestProviderSignUp: true } } };
      case 'SignInProviders':
        return { body: { data: { signInProviders: [{ id: 'corp', name: 'Corp SSO', startUrl: 'https://auth.example.com/auth/corp/start' }] } } };
      case 'UnlinkProvider':
        if (!authed) return gqlError('UNAUTHENTICATED');
        return {
          body: {
            data: null,
            errors: [{ message: 'It is the last way to sign in to this account.', extensions: { code: 'FORBIDDEN' } }],
          },
        };
      case 'CreateQuote':
        if (!authed) return gqlError('UNAUTHENTICATED');
        return { body: { data: { createQuote: { id: 'q1', text: 't', author: 'a', createdAt: 'x', updatedAt: 'x' } } } };
      case 'Logout':
        return authed || mode === 'cookie' ? { body: { data: { logout: true } } } : gqlError('UNAUTHENTICATED');
      default:
        return gqlError('BAD_USER_INPUT', { field: 'operationName' });
    }
  };
  return { handler, state };
}

const quote = { input: { text: 't', author: 'a' } };

// ------------------------------------------------------------------------------------- tests

describe('bearer mode', () => {
  it('keeps the refresh and device tokens in the storage and the access token in memory', async () => {
    const { handler } = server('bearer');
    const { fetch, calls } = fakeFetch(handler);
    const storage = memoryTokenStorage();
    const events: SessionState[] = [];
    const c = new PortcullisClient({ mode: 'bearer', url: 'http://api/graphql', fetch, storage, onSessionChange: (s) => events.push(s) });
    const result = await c.signIn('ada', 'pw');
    assert.deepEqual(result, { kind: 'signedIn', user });
    assert.equal(c.accessToken, 'access-1');
    assert.equal(await storage.get(storageKeys.refreshToken), 'refresh-1');
    assert.equal(await storage.get(storageKeys.deviceToken), 'device-1');
    assert.deepEqual(events.map((e) => e.reason), ['signedIn']);
    assert.equal(calls[0]?.headers['x-portcullis-session'], undefined);
    assert.equal(calls[0]?.variables?.['input'] && (calls[0].variables['input'] as Record<string, unknown>)['deviceToken'], undefined);

    await c.request(createQuoteMutation, quote);
    assert.equal(calls[1]?.headers['authorization'], 'Bearer access-1');

    // A later sign-in sends the device token.
    await c.signIn('ada', 'pw');
    assert.equal((calls[2]?.variables?.['input'] as Record<string, unknown>)['deviceToken'], 'device-1');
  });

  it('shares one refresh between concurrent callers, and rotates the stored token', async () => {
    const { handler, state } = server('bearer');
    state.refreshDelay = 20;
    const { fetch, calls } = fakeFetch(handler);
    const storage = memoryTokenStorage();
    const c = new PortcullisClient({ mode: 'bearer', fetch, storage });
    await c.signIn('ada', 'pw');
    const results = await Promise.all([c.refresh(), c.refresh(), c.refresh()]);
    assert.deepEqual(results, [true, true, true]);
    assert.equal(calls.filter((x) => x.operationName === 'Refresh').length, 1);
    assert.deepEqual(calls.find((x) => x.operationName === 'Refresh')?.variables, { refreshToken: 'refresh-1' });
    assert.equal(await storage.get(storageKeys.refreshToken), 'refresh-2');
    assert.equal(c.accessToken, 'access-2');
  });

  it('refreshes once and retries when the access token is refused, for every concurrent caller', async () => {
    const { handler, state } = server('bearer');
    const { fetch, calls } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    await c.signIn('ada', 'pw');
    state.expireAccess();
    const created = await Promise.all([c.request(createQuoteMutation, quote), c.request(createQuoteMutation, quote)]);
    assert.equal(created[0].createQuote.id, 'q1');
    assert.equal(calls.filter((x) => x.operationName === 'Refresh').length, 1);
    assert.equal(c.accessToken, 'access-2');
  });

  it('refreshes an expired access token before sending', async () => {
    const { handler } = server('bearer', { expiresIn: 0 });
    const { fetch, calls } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    await c.signIn('ada', 'pw');
    const { me } = await c.request(meQuery);
    assert.equal(me?.id, 'u1');
    assert.deepEqual(calls.map((x) => x.operationName), ['Login', 'Refresh', 'Me']);
  });

  it('ends the session when the refresh is refused', async () => {
    const { handler, state } = server('bearer');
    const { fetch } = fakeFetch(handler);
    const storage = memoryTokenStorage();
    const events: SessionState[] = [];
    const c = new PortcullisClient({ mode: 'bearer', fetch, storage, onSessionChange: (s) => events.push(s) });
    await c.signIn('ada', 'pw');
    state.revoke();
    await assert.rejects(c.request(createQuoteMutation, quote), (e) => e instanceof PortcullisError && e.code === 'UNAUTHENTICATED');
    assert.equal(c.signedIn, false);
    assert.equal(c.user, null);
    assert.equal(await storage.get(storageKeys.refreshToken), null);
    assert.equal(await storage.get(storageKeys.deviceToken), 'device-1');
    assert.deepEqual(events.map((e) => [e.reason, e.signedIn]), [['signedIn', true], ['expired', false]]);
  });

  it('keeps the session when the refresh fails for another reason', async () => {
    const { handler } = server('bearer');
    let offline = false;
    const { fetch } = fakeFetch((call) => (offline ? new TypeError('fetch failed') : handler(call)));
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    await c.signIn('ada', 'pw');
    offline = true;
    await assert.rejects(c.refresh(), (e) => e instanceof PortcullisError && e.code === 'NETWORK_ERROR');
    assert.equal(c.signedIn, true);
  });

  it('resumes from a stored refresh token', async () => {
    const { handler } = server('bearer');
    const { fetch } = fakeFetch(handler);
    const storage = memoryTokenStorage();
    await new PortcullisClient({ mode: 'bearer', fetch, storage }).signIn('ada', 'pw');
    const c = new PortcullisClient({ mode: 'bearer', fetch, storage });
    assert.equal(c.signedIn, false);
    assert.deepEqual(await c.resume(), user);
    assert.equal(c.signedIn, true);
    assert.equal(await new PortcullisClient({ mode: 'bearer', fetch }).resume(), null);
  });

  it('signs out locally even when the server cannot be reached', async () => {
    const { handler } = server('bearer');
    let offline = false;
    const { fetch } = fakeFetch((call) => (offline ? new TypeError('fetch failed') : handler(call)));
    const storage = memoryTokenStorage();
    const events: SessionState[] = [];
    const c = new PortcullisClient({ mode: 'bearer', fetch, storage, onSessionChange: (s) => events.push(s) });
    await c.signIn('ada', 'pw');
    offline = true;
    await c.signOut();
    assert.equal(c.signedIn, false);
    assert.equal(c.accessToken, null);
    assert.equal(await storage.get(storageKeys.refreshToken), null);
    assert.equal(events.at(-1)?.reason, 'signedOut');
    // GLOBAL tells the caller that other sessions may still be live.
    offline = false;
    await c.signIn('ada', 'pw');
    offline = true;
    await assert.rejects(c.signOut('GLOBAL'), PortcullisError);
    assert.equal(c.signedIn, false);
  });

  it('does not come back to life when a refresh ends after a sign-out', async () => {
    const { handler, state } = server('bearer');
    state.refreshDelay = 30;
    const { fetch } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    await c.signIn('ada', 'pw');
    const refreshing = c.refresh();
    await c.signOut();
    await refreshing;
    assert.equal(c.signedIn, false);
    assert.equal(c.accessToken, null);
  });

  it('goes through the second factor', async () => {
    const { handler } = server('bearer', { mfa: true });
    const { fetch } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    const first = await c.signIn('ada', 'pw');
    assert.deepEqual(first, { kind: 'secondFactor', mfaToken: 'mfa-1', expiresIn: 300, methods: ['TOTP', 'RECOVERY_CODE'] });
    assert.equal(c.signedIn, false);
    await assert.rejects(c.completeSecondFactor('mfa-1', '000000'), (e) => e instanceof PortcullisError && e.code === 'INVALID_MFA_CODE');
    assert.deepEqual(await c.completeSecondFactor('mfa-1', '123456'), user);
    assert.equal(c.signedIn, true);
  });
});

describe('cookie mode', () => {
  it('sends the opt-in header and the CSRF token, fetched once, with credentials', async () => {
    const { handler } = server('cookie');
    const { fetch, calls } = fakeFetch(handler);
    const storage = memoryTokenStorage();
    const c = new PortcullisClient({ mode: 'cookie', url: 'https://auth.example.com/graphql', fetch, storage });
    await Promise.all([c.signIn('ada', 'pw'), c.request(meQuery)]);
    await c.request(createQuoteMutation, quote);
    const csrfCalls = calls.filter((x) => x.url === 'https://auth.example.com/auth/csrf');
    assert.equal(csrfCalls.length, 1);
    assert.equal(csrfCalls[0]?.credentials, 'include');
    for (const call of calls.filter((x) => x.operationName !== undefined)) {
      assert.equal(call.url, 'https://auth.example.com/graphql');
      assert.equal(call.headers['x-portcullis-session'], 'cookie');
      assert.equal(call.headers['x-csrf-token'], 'csrf-1');
      assert.equal(call.credentials, 'include');
    }
    const login = calls.find((x) => x.operationName === 'Login');
    assert.equal((login?.variables?.['input'] as Record<string, unknown>)['deviceToken'], undefined);
    assert.equal(c.accessToken, 'access-1');
    // Nothing of the session goes to the storage in cookie mode.
    assert.equal(await storage.get(storageKeys.refreshToken), null);
    assert.equal(await storage.get(storageKeys.deviceToken), null);
  });

  it('refreshes without an argument', async () => {
    const { handler } = server('cookie');
    const { fetch, calls } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'cookie', fetch });
    assert.deepEqual(await c.resume(), user);
    const refresh = calls.find((x) => x.operationName === 'Refresh');
    assert.deepEqual(refresh?.variables, {});
    assert.equal(calls[0]?.url, '/auth/csrf');
  });

  it('fetches a new CSRF token once on HTTP 403, then gives up', async () => {
    const { handler, state } = server('cookie');
    const { fetch, calls } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'cookie', fetch });
    state.rejectCsrf = 1;
    await c.signIn('ada', 'pw');
    assert.deepEqual(
      calls.map((x) => x.operationName ?? 'csrf'),
      ['csrf', 'Login', 'csrf', 'Login'],
    );
    assert.equal(calls[3]?.headers['x-csrf-token'], 'csrf-2');
    state.rejectCsrf = 2;
    await assert.rejects(c.request(meQuery), (e) => e instanceof PortcullisError && e.code === 'FORBIDDEN' && e.status === 403);
  });

  it('signs out with an expired access token and ends the session when refresh is refused', async () => {
    const { handler, state } = server('cookie');
    const { fetch, calls } = fakeFetch(handler);
    const events: string[] = [];
    const c = new PortcullisClient({ mode: 'cookie', fetch, onSessionChange: (s) => events.push(s.reason) });
    await c.signIn('ada', 'pw');
    state.revoke();
    await assert.rejects(c.request(createQuoteMutation, quote), PortcullisError);
    assert.equal(c.signedIn, false);
    await c.signIn('ada', 'pw');
    state.expireAccess();
    await c.signOut();
    assert.equal(calls.at(-1)?.operationName, 'Logout');
    assert.equal(calls.at(-1)?.headers['authorization'], 'Bearer access-2');
    assert.deepEqual(events, ['signedIn', 'expired', 'signedIn', 'signedOut']);
  });
});

describe('sign-in providers', () => {
  it('builds the start address with redirect_uri and state', () => {
    const url = providerSignInUrl('https://auth.example.com/auth/corp/start', {
      redirectUri: 'https://app.example.com/',
      state: 'a b&c',
    });
    const parsed = new URL(url);
    assert.equal(parsed.origin + parsed.pathname, 'https://auth.example.com/auth/corp/start');
    assert.equal(parsed.searchParams.get('redirect_uri'), 'https://app.example.com/');
    assert.equal(parsed.searchParams.get('state'), 'a b&c');
    assert.equal(new URL(providerSignInUrl('https://x/auth/y/start', { redirectUri: 'https://x/' })).searchParams.has('state'), false);
  });

  it('lists the providers', async () => {
    const { handler } = server('cookie');
    const { fetch } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'cookie', fetch });
    assert.deepEqual(await c.providers(), [{ id: 'corp', name: 'Corp SSO', startUrl: 'https://auth.example.com/auth/corp/start' }]);
  });

  for (const mode of ['bearer', 'cookie'] as const) {
    it(`takes in the tokens of a finished provider sign-in (${mode} mode)`, async () => {
      const { handler } = server(mode);
      const { fetch, calls } = fakeFetch(handler);
      const storage = memoryTokenStorage();
      const events: string[] = [];
      const c = new PortcullisClient({ mode, fetch, storage, onSessionChange: (s) => events.push(s.reason) });
      assert.deepEqual(await c.finishProviderSignIn('code-1'), { kind: 'signedIn', user });
      assert.equal(c.signedIn, true);
      assert.equal(c.accessToken, 'access-1');
      assert.deepEqual(events, ['signedIn']);
      assert.equal(await storage.get(storageKeys.refreshToken), mode === 'bearer' ? 'refresh-1' : null);
      const call = calls.find((x) => x.operationName === 'FinishProviderSignIn');
      assert.deepEqual(call?.variables, { providerCode: 'code-1' });
      assert.equal(call?.headers['authorization'], undefined);
      if (mode === 'cookie') assert.equal(call?.headers['x-portcullis-session'], 'cookie');
    });
  }

  it('answers the second factor, and signs in after it', async () => {
    const { handler } = server('bearer', { provider: 'MfaChallenge' });
    const { fetch } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    assert.deepEqual(await c.finishProviderSignIn('code-1'), { kind: 'secondFactor', mfaToken: 'mfa-1', expiresIn: 300, methods: ['TOTP', 'RECOVERY_CODE'] });
    assert.equal(c.signedIn, false);
    await c.completeSecondFactor('mfa-1', '123456');
    assert.equal(c.signedIn, true);
  });

  it('answers linkRequired without signing in, then links with the password', async () => {
    const { handler } = server('cookie', { provider: 'LinkRequired' });
    const { fetch, calls } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'cookie', fetch });
    const r = await c.finishProviderSignIn('code-1');
    assert.deepEqual(r, { kind: 'linkRequired', linkToken: 'link-1', provider: 'corp', email: 'ada@example.com', expiresIn: 600 });
    assert.equal(c.signedIn, false);
    // Null and undefined are left out of the variables (the server's "prove it by your session").
    await assert.rejects(c.confirmProviderLink('link-1', null), (e) => e instanceof PortcullisError && e.field === 'password');
    assert.deepEqual(calls.at(-1)?.variables, { linkToken: 'link-1' });
    assert.deepEqual(await c.confirmProviderLink('link-1', 'pw', '123456'), user);
    assert.deepEqual(calls.at(-1)?.variables, { linkToken: 'link-1', password: 'pw', code: '123456' });
    assert.equal(c.signedIn, true);
    assert.equal(c.accessToken, 'access-1');
  });

  it('answers emailRequired with the suggestion, and signs up through the mailed link', async () => {
    const { handler } = server('bearer', { provider: 'EmailRequired' });
    const { fetch, calls } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    assert.deepEqual(await c.finishProviderSignIn('code-1'), {
      kind: 'emailRequired',
      signUpToken: 'signup-1',
      provider: 'corp',
      email: null,
      expiresIn: 600,
    });
    await c.requestProviderSignUp('signup-1', 'ada@example.com');
    assert.deepEqual(calls.at(-1)?.variables, { signUpToken: 'signup-1', email: 'ada@example.com' });
    assert.equal(c.signedIn, false);

    const { handler: h2 } = server('bearer');
    const c2 = new PortcullisClient({ mode: 'bearer', fetch: fakeFetch(h2).fetch });
    assert.deepEqual(await c2.confirmProviderSignUp('mailed-1'), { kind: 'signedIn', user });
    assert.equal(c2.signedIn, true);
  });

  it('reauthenticates with a provider: fresh tokens for the same user', async () => {
    const { handler } = server('cookie');
    const { fetch, calls } = fakeFetch(handler);
    const events: string[] = [];
    const c = new PortcullisClient({ mode: 'cookie', fetch, onSessionChange: (s) => events.push(s.reason) });
    await c.signIn('ada', 'pw');
    await c.reauthenticateWithProvider('code-2');
    assert.deepEqual(calls.at(-1)?.variables, { providerCode: 'code-2' });
    assert.equal(calls.at(-1)?.headers['authorization'], 'Bearer access-1');
    assert.equal(c.accessToken, 'access-2');
    await c.reauthenticateWithProvider('code-3', '123456');
    assert.deepEqual(calls.at(-1)?.variables, { providerCode: 'code-3', code: '123456' });
    assert.deepEqual(events, ['signedIn', 'refreshed', 'refreshed']);
  });

  it("passes the server's FORBIDDEN on unlinking the last way in", async () => {
    const { handler } = server('bearer');
    const { fetch } = fakeFetch(handler);
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    await c.signIn('ada', 'pw');
    const error = await c.unlinkProvider('corp').catch((e: unknown) => e);
    assert.ok(error instanceof PortcullisError && error.code === 'FORBIDDEN');
    assert.match(error.message, /last way/);
    assert.equal(c.signedIn, true);
  });
});

describe('errors', () => {
  it('carries code, field and retryAfter', async () => {
    const { fetch } = fakeFetch(() => ({
      body: { data: null, errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 42 } }] },
    }));
    const c = new PortcullisClient({ mode: 'bearer', fetch });
    const error = await c.signIn('a', 'b').catch((e: unknown) => e);
    assert.ok(error instanceof PortcullisError);
    assert.equal(error.code, 'RATE_LIMITED');
    assert.equal(error.retryAfter, 42);
    assert.equal(error.message, 'slow down');

    const { fetch: f2 } = fakeFetch(() => gqlError('CONFLICT', { field: 'username' }));
    const e2 = await new PortcullisClient({ mode: 'bearer', fetch: f2 })
      .register({ email: 'a@b.c', username: 'ada', password: 'pw' })
      .catch((e: unknown) => e);
    assert.ok(e2 instanceof PortcullisError && e2.code === 'CONFLICT' && e2.field === 'username');
  });

  it('reports answers that are not GraphQL as BAD_RESPONSE', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response('<html>bad gateway</html>', { status: 502 });
    const error = await new PortcullisClient({ mode: 'bearer', fetch }).request(meQuery).catch((e: unknown) => e);
    assert.ok(error instanceof PortcullisError && error.code === 'BAD_RESPONSE' && error.status === 502);
  });
});

// ------------------------------------------------------------------------------- documents

describe('documents', () => {
  const schemaSource = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
  const schema = buildSchema(schemaSource);
  const documents = Object.entries(client as Record<string, unknown>).filter(
    (entry): entry is [string, String] => entry[1] instanceof String,
  );

  it('are valid against schema.graphql', () => {
    assert.ok(documents.length > 30);
    // Fragments are checked where operations spread them.
    for (const [name, doc] of documents.filter(([n]) => !n.endsWith('Fragment'))) {
      const errors = validate(schema, parse(doc.toString()));
      assert.deepEqual(errors.map((e) => e.message), [], name);
    }
  });

  it('cover every Query and Mutation field', () => {
    const used = new Set<string>();
    for (const [, doc] of documents) {
      for (const def of parse(doc.toString()).definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        for (const sel of (def as OperationDefinitionNode).selectionSet.selections) {
          if (sel.kind === Kind.FIELD) used.add(`${def.operation}.${sel.name.value}`);
        }
      }
    }
    const missing: string[] = [];
    for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
      for (const field of Object.keys(type?.getFields() ?? {})) {
        if (!used.has(`${kind}.${field}`)) missing.push(`${kind}.${field}`);
      }
    }
    assert.deepEqual(missing, [], 'add a document to src/operations.ts, then npm run codegen');
  });

  it('are all in the persisted-documents manifest', () => {
    const manifest = JSON.parse(readFileSync(new URL('../src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const operations = documents.filter(([name]) => !name.endsWith('Fragment'));
    assert.equal(Object.keys(manifest).length, operations.length);
    for (const [name, doc] of operations) {
      const hash = (doc as String & { __meta__?: { hash?: string } }).__meta__?.hash;
      assert.ok(hash !== undefined && manifest[hash] !== undefined, name);
    }
  });
});

describe('documents sent by id', () => {
  it('send the manifest id instead of the text, and the text once when the server does not know the id', async () => {
    const bodies: Record<string, unknown>[] = [];
    let known = false;
    const fetch: typeof globalThis.fetch = async (_input, init = {}) => {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      bodies.push(body);
      const answer =
        body['query'] === undefined && !known
          ? { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'BAD_USER_INPUT' } }] }
          : { data: { me: null } };
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    };
    const c = new PortcullisClient({ mode: 'bearer', url: 'http://server/graphql', documentIds: true, fetch });
    assert.deepEqual(await c.request(meQuery), { me: null });
    const id = (meQuery as unknown as { __meta__: { hash: string } }).__meta__.hash;
    assert.match(id, /^sha256:[0-9a-f]{64}$/);
    assert.equal(bodies.length, 2);
    assert.equal(bodies[0]?.['documentId'], id);
    assert.equal(bodies[0]?.['query'], undefined);
    assert.equal(bodies[0]?.['operationName'], 'Me');
    assert.equal(bodies[1]?.['documentId'], undefined);
    assert.equal(bodies[1]?.['query'], meQuery.toString());
    known = true;
    await c.request(meQuery);
    assert.equal(bodies.length, 3);
    assert.equal(bodies[2]?.['query'], undefined);
    // Without the option, the text as before.
    await new PortcullisClient({ mode: 'bearer', url: 'http://server/graphql', fetch }).request(meQuery);
    assert.equal(bodies[3]?.['documentId'], undefined);
    assert.equal(bodies[3]?.['query'], meQuery.toString());
  });
});

describe('passkeys (the browser side)', () => {
  it('turns the server options into WebAuthn options with binary values', () => {
    const json = JSON.stringify({
      publicKey: {
        rp: { id: 'example.com', name: 'Portcullis' },
        user: { id: client.toBase64Url(new Uint8Array([1, 2, 3])), name: 'ada@example.com', displayName: 'ada' },
        challenge: 'AAEC_-8',
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        excludeCredentials: [{ type: 'public-key', id: 'BAUG' }],
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      },
    });
    const { publicKey } = client.creationOptions(json);
    assert.ok(publicKey);
    assert.deepEqual([...new Uint8Array(publicKey.challenge as ArrayBuffer)], [0, 1, 2, 255, 239]);
    assert.deepEqual([...new Uint8Array(publicKey.user.id as ArrayBuffer)], [1, 2, 3]);
    assert.deepEqual([...new Uint8Array(publicKey.excludeCredentials![0]!.id as ArrayBuffer)], [4, 5, 6]);
    assert.equal(publicKey.authenticatorSelection?.residentKey, 'preferred');

    const request = client.requestOptions(
      JSON.stringify({ publicKey: { challenge: 'AAEC', rpId: 'example.com', allowCredentials: [] }, mediation: 'conditional' }),
      true,
    );
    assert.equal(request.mediation, 'conditional');
    assert.deepEqual(request.publicKey?.allowCredentials, []);
  });

  it('writes an assertion as the JSON the server reads, without toJSON', () => {
    const bytes = (...b: number[]) => new Uint8Array(b).buffer;
    const credential = {
      id: 'AQI',
      rawId: bytes(1, 2),
      type: 'public-key',
      getClientExtensionResults: () => ({}),
      response: {
        clientDataJSON: bytes(123, 125),
        authenticatorData: bytes(9),
        signature: bytes(8, 7),
        userHandle: bytes(1),
      },
    } as unknown as Credential;
    assert.deepEqual(JSON.parse(client.credentialJson(credential)), {
      id: 'AQI',
      rawId: 'AQI',
      type: 'public-key',
      clientExtensionResults: {},
      response: { clientDataJSON: 'e30', authenticatorData: 'CQ', signature: 'CAc', userHandle: 'AQ' },
    });
    assert.throws(() => client.credentialJson(null), /no credential/);
  });
});
