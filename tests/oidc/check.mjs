// End-to-end check of provider.mjs and drive.mjs with this script as the relying party:
// discovery, an authorization URL with state, nonce and PKCE, the login and consent pages driven
// over HTTP, the token exchange, the ID token verified with jose against the JWKS, and every
// MISBEHAVE mode. Run: `node --test check.mjs` (or `npm run check`).

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, after } from 'node:test';
import assert from 'node:assert/strict';

import * as jose from 'jose';

import { drive, CookieJar } from './drive.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const REDIRECT = 'http://127.0.0.1:4000/auth/oidc/callback';
const CLIENTS = [
  { client_id: 'portcullis', client_secret: 's3cret', redirect_uris: [REDIRECT] },
  {
    client_id: 'portcullis-es', client_secret: 'es-s3cret', redirect_uris: [REDIRECT],
    token_endpoint_auth_method: 'client_secret_post', id_token_signed_response_alg: 'ES256',
  },
  { client_id: 'portcullis-bad', client_secret: 'bad-s3cret', redirect_uris: [REDIRECT], misbehave: 'wrong-audience' },
];
const ACCOUNTS = {
  alice: {
    password: 'pw', sub: 'sub-alice', email: 'alice@example.com', email_verified: true,
    name: 'Alice Liddell', preferred_username: 'alice',
  },
  bob: {
    password: 'hunter2', sub: 'sub-bob', email: 'bob@example.com', email_verified: false,
    name: 'Bob', given_name: 'Bob', preferred_username: 'bobby',
  },
};

const providers = [];

async function startProvider(env = {}) {
  const child = spawn(process.execPath, [join(here, 'provider.mjs')], {
    env: {
      ...process.env, PORT: '0', CLIENTS: JSON.stringify(CLIENTS), ACCOUNTS: JSON.stringify(ACCOUNTS), ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  let stdout = '';
  const issuer = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no READY line in 10 s; stderr:\n${stderr}`)), 10_000);
    child.stdout.setEncoding('utf8').on('data', (d) => {
      stdout += d;
      const m = /^READY (\S+)\n/.exec(stdout);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`provider exited ${code}; stderr:\n${stderr}`)); });
  });
  const p = {
    issuer, child, stdout: () => stdout, stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.stdin.end();
      const [code] = await once(child, 'exit');
      return code;
    },
  };
  providers.push(p);
  return p;
}

after(async () => { await Promise.all(providers.map((p) => p.stop())); });

const b64url = (buf) => Buffer.from(buf).toString('base64url');

async function discover(issuer) {
  const res = await fetch(`${issuer}/.well-known/openid-configuration`);
  assert.equal(res.status, 200);
  return res.json();
}

function authorizationUrl(disc, clientId, { pkce = true, redirectUri = REDIRECT, scope = 'openid email profile', extra = {} } = {}) {
  const state = b64url(randomBytes(16));
  const nonce = b64url(randomBytes(16));
  const verifier = b64url(randomBytes(32));
  const challenge = b64url(createHash('sha256').update(verifier).digest());
  const url = new URL(disc.authorization_endpoint);
  const params = {
    response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope, state, nonce,
    ...(pkce ? { code_challenge: challenge, code_challenge_method: 'S256' } : {}),
    ...extra,
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return { url: url.href, state, nonce, verifier };
}

async function exchange(disc, client, code, verifier, redirectUri = REDIRECT) {
  const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
  const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  if ((client.token_endpoint_auth_method ?? 'client_secret_basic') === 'client_secret_basic') {
    const enc = (s) => encodeURIComponent(s);
    headers.authorization = `Basic ${Buffer.from(`${enc(client.client_id)}:${enc(client.client_secret)}`).toString('base64')}`;
  } else {
    form.set('client_id', client.client_id);
    form.set('client_secret', client.client_secret);
  }
  const res = await fetch(disc.token_endpoint, { method: 'POST', headers, body: form });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

async function signIn(issuer, { client = CLIENTS[0], login = 'alice', password = 'pw', jar } = {}) {
  const disc = await discover(issuer);
  const auth = authorizationUrl(disc, client.client_id);
  const { redirect, steps } = await drive(auth.url, login, password, { jar });
  const r = new URL(redirect);
  assert.equal(`${r.origin}${r.pathname}`, REDIRECT);
  assert.equal(r.searchParams.get('state'), auth.state);
  assert.equal(r.searchParams.get('iss'), issuer);
  const code = r.searchParams.get('code');
  assert.ok(code, `no code in ${redirect}`);
  const token = await exchange(disc, client, code, auth.verifier);
  return { disc, auth, code, token, steps };
}

function verifyIdToken(disc, idToken, clientId) {
  const jwks = jose.createRemoteJWKSet(new URL(disc.jwks_uri));
  return jose.jwtVerify(idToken, jwks, { issuer: disc.issuer, audience: clientId, algorithms: ['RS256', 'ES256'] });
}

// ---------------------------------------------------------------------------------------------

const main = await startProvider();

test('READY line and discovery', async () => {
  assert.match(main.issuer, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(main.stdout(), `READY ${main.issuer}\n`, 'stdout has the READY line and nothing else');
  const disc = await discover(main.issuer);
  assert.equal(disc.issuer, main.issuer);
  for (const ep of ['authorization_endpoint', 'token_endpoint', 'userinfo_endpoint', 'jwks_uri']) {
    assert.ok(disc[ep].startsWith(`${main.issuer}/`), `${ep} ${disc[ep]}`);
  }
  assert.deepEqual(disc.code_challenge_methods_supported, ['S256']);
  const jwks = await (await fetch(disc.jwks_uri)).json();
  assert.deepEqual(jwks.keys.map((k) => k.alg).sort(), ['ES256', 'RS256']);
  for (const k of jwks.keys) assert.equal(k.d, undefined, 'no private part published');
});

test('sign-in: code flow with PKCE, ID token verified against the JWKS, userinfo', async () => {
  const { disc, auth, token, steps } = await signIn(main.issuer);
  assert.equal(token.status, 200, JSON.stringify(token.body));
  assert.equal(token.body.token_type, 'Bearer');
  assert.deepEqual(steps.map((s) => `${s.method} ${new URL(s.url).pathname.replace(/[^/]{20,}/g, ':uid')} ${s.status}${s.prompt ? ` ${s.prompt}` : ''}`), [
    'GET /auth 303',
    'GET /interaction/:uid 200 login',
    'POST /interaction/:uid/login 303',
    'GET /auth/:uid 303',
    'GET /interaction/:uid 200 consent',
    'POST /interaction/:uid/confirm 303',
    'GET /auth/:uid 303',
  ]);
  const { payload, protectedHeader } = await verifyIdToken(disc, token.body.id_token, 'portcullis');
  assert.equal(protectedHeader.alg, 'RS256');
  assert.equal(payload.nonce, auth.nonce);
  assert.equal(payload.sub, 'sub-alice');
  assert.equal(payload.email, 'alice@example.com');
  assert.equal(payload.email_verified, true);
  assert.equal(payload.name, 'Alice Liddell');
  assert.equal(payload.preferred_username, 'alice');
  assert.deepEqual(payload.amr, ['pwd']);
  assert.equal(payload.password, undefined);
  const ui = await (await fetch(disc.userinfo_endpoint, { headers: { authorization: `Bearer ${token.body.access_token}` } })).json();
  assert.deepEqual(ui, {
    sub: 'sub-alice', email: 'alice@example.com', email_verified: true, name: 'Alice Liddell', preferred_username: 'alice',
  });
});

test('a replayed code is refused (invalid_grant)', async () => {
  const { disc, auth, code } = await signIn(main.issuer);
  const again = await exchange(disc, CLIENTS[0], code, auth.verifier);
  assert.equal(again.status, 400);
  assert.equal(again.body.error, 'invalid_grant');
});

test('a wrong code_verifier is refused (invalid_grant)', async () => {
  const disc = await discover(main.issuer);
  const auth = authorizationUrl(disc, 'portcullis');
  const { redirect } = await drive(auth.url, 'alice', 'pw');
  const code = new URL(redirect).searchParams.get('code');
  const res = await exchange(disc, CLIENTS[0], code, b64url(randomBytes(32)));
  assert.equal(res.status, 400);
  assert.equal(res.body.error, 'invalid_grant');
});

test('a wrong client secret is refused (invalid_client)', async () => {
  const disc = await discover(main.issuer);
  const auth = authorizationUrl(disc, 'portcullis');
  const { redirect } = await drive(auth.url, 'alice', 'pw');
  const code = new URL(redirect).searchParams.get('code');
  const res = await exchange(disc, { ...CLIENTS[0], client_secret: 'nope' }, code, auth.verifier);
  assert.equal(res.status, 401);
  assert.equal(res.body.error, 'invalid_client');
});

test('a wrong password is rejected with 401 and the login form again; unknown login too', async () => {
  const disc = await discover(main.issuer);
  for (const [login, password] of [['alice', 'wrong'], ['mallory', 'pw'], ['alice', '']]) {
    const auth = authorizationUrl(disc, 'portcullis');
    await assert.rejects(drive(auth.url, login, password), /rejected the login/);
  }
  // by hand, to see the page: and the same interaction still accepts the right password after
  const jar = new CookieJar();
  const auth = authorizationUrl(disc, 'portcullis');
  let res = await fetch(auth.url, { redirect: 'manual' });
  jar.store(res.headers.getSetCookie(), auth.url);
  const loginPage = new URL(res.headers.get('location'), auth.url).href;
  const post = (body) => fetch(`${loginPage}/login`, {
    method: 'POST', redirect: 'manual', body: new URLSearchParams(body),
    headers: { cookie: jar.header(`${loginPage}/login`) },
  });
  res = await post({ login: 'alice', password: 'wrong' });
  assert.equal(res.status, 401);
  assert.equal(res.headers.get('x-interaction-prompt'), 'login');
  assert.match(await res.text(), /id="error"[^>]*>Invalid login or password\./);
  res = await post({ login: 'alice', password: 'pw' });
  assert.equal(res.status, 303);
  // without the interaction cookie the form is refused
  res = await fetch(`${loginPage}/login`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ login: 'alice', password: 'pw' }) });
  assert.equal(res.status, 400);
});

test('PKCE is required: no code_challenge redirects back with error=invalid_request', async () => {
  const disc = await discover(main.issuer);
  const auth = authorizationUrl(disc, 'portcullis', { pkce: false });
  const res = await fetch(auth.url, { redirect: 'manual' });
  assert.equal(res.status, 303);
  const loc = new URL(res.headers.get('location'));
  assert.equal(`${loc.origin}${loc.pathname}`, REDIRECT);
  assert.equal(loc.searchParams.get('error'), 'invalid_request');
  assert.equal(loc.searchParams.get('state'), auth.state);
});

test('an unregistered redirect_uri gets an error page, never a redirect', async () => {
  const disc = await discover(main.issuer);
  const auth = authorizationUrl(disc, 'portcullis', { redirectUri: 'http://127.0.0.1:4000/elsewhere' });
  const res = await fetch(auth.url, { redirect: 'manual' });
  assert.equal(res.status, 400);
  assert.equal(res.headers.get('location'), null);
  assert.match(await res.text(), /error: invalid_redirect_uri/);
});

test('Cancel on the login page redirects back with error=access_denied', async () => {
  const disc = await discover(main.issuer);
  const auth = authorizationUrl(disc, 'portcullis');
  const jar = new CookieJar();
  let res = await fetch(auth.url, { redirect: 'manual' });
  jar.store(res.headers.getSetCookie(), auth.url);
  const abort = new URL(`${res.headers.get('location')}/abort`, auth.url).href;
  res = await fetch(abort, { redirect: 'manual', headers: { cookie: jar.header(abort) } });
  assert.equal(res.status, 303);
  const resume = new URL(res.headers.get('location'), abort).href;
  res = await fetch(resume, { redirect: 'manual', headers: { cookie: jar.header(resume) } });
  const loc = new URL(res.headers.get('location'));
  assert.equal(loc.searchParams.get('error'), 'access_denied');
  assert.equal(loc.searchParams.get('state'), auth.state);
});

test('ES256 client with client_secret_post; an unverified email is passed as such', async () => {
  const client = CLIENTS[1];
  const { disc, auth, token } = await signIn(main.issuer, { client, login: 'bob', password: 'hunter2' });
  assert.equal(token.status, 200, JSON.stringify(token.body));
  const { payload, protectedHeader } = await verifyIdToken(disc, token.body.id_token, client.client_id);
  assert.equal(protectedHeader.alg, 'ES256');
  assert.equal(payload.nonce, auth.nonce);
  assert.equal(payload.sub, 'sub-bob');
  assert.equal(payload.email_verified, false);
  assert.equal(payload.given_name, 'Bob');
});

test('the same cookie jar signs in again without login or consent (provider session)', async () => {
  const jar = new CookieJar();
  await signIn(main.issuer, { jar });
  const { steps, token } = await signIn(main.issuer, { jar });
  assert.equal(token.status, 200);
  assert.deepEqual(steps.map((s) => s.prompt).filter(Boolean), []);
  assert.equal(steps.length, 1, 'GET /auth redirects straight to the client');
  // prompt=login forces the login page again
  const disc = await discover(main.issuer);
  const auth = authorizationUrl(disc, 'portcullis', { extra: { prompt: 'login' } });
  const again = await drive(auth.url, 'alice', 'pw', { jar });
  assert.deepEqual(again.steps.map((s) => s.prompt).filter(Boolean), ['login'], 'login again, consent remembered');
  // prompt=consent asks for consent again, without login
  const auth2 = authorizationUrl(disc, 'portcullis', { extra: { prompt: 'consent' } });
  const again2 = await drive(auth2.url, 'alice', 'pw', { jar });
  assert.deepEqual(again2.steps.map((s) => s.prompt).filter(Boolean), ['consent']);
  assert.ok(new URL(again2.redirect).searchParams.get('code'));
});

// The simplest jar that works: one value per cookie name, the latest Set-Cookie wins, an expired
// one (Expires in 1970) is dropped, and every cookie is sent on every request to the provider.
class FlatJar {
  #m = new Map();

  store(headers) {
    for (const h of headers) {
      const [pair, ...attrs] = h.split(';').map((x) => x.trim());
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attrs.some((a) => /^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now());
      if (expired) this.#m.delete(name); else this.#m.set(name, value);
    }
  }

  header() { return [...this.#m].map(([k, v]) => `${k}=${v}`).join('; '); }
}

test('a flat name->value cookie map that ignores Path also drives the pages', async () => {
  const jar = new FlatJar();
  const { token, steps } = await signIn(main.issuer, { jar });
  assert.equal(token.status, 200);
  assert.equal(steps.length, 7);
  // and a second sign-in with it goes straight through on the provider session
  const again = await signIn(main.issuer, { jar });
  assert.equal(again.steps.length, 1);
});

// ---------------------------------------------------------------------------------------------
// MISBEHAVE

async function misbehavingSignIn(issuer, client = CLIENTS[0]) {
  const { disc, auth, token } = await signIn(issuer, { client });
  assert.equal(token.status, 200, JSON.stringify(token.body));
  return { disc, auth, token };
}

const MODES = {
  async 'wrong-key'({ disc, token }, clientId) {
    const header = jose.decodeProtectedHeader(token.body.id_token);
    const published = (await (await fetch(disc.jwks_uri)).json()).keys;
    assert.equal(header.alg, 'RS256');
    assert.ok(header.kid && !published.some((k) => k.kid === header.kid), 'kid is not published');
    await assert.rejects(verifyIdToken(disc, token.body.id_token, clientId), { code: 'ERR_JWKS_NO_MATCHING_KEY' });
    // and no published key verifies it, whatever the kid says
    for (const jwk of published.filter((k) => k.alg === header.alg)) {
      await assert.rejects(jose.compactVerify(token.body.id_token, await jose.importJWK(jwk, header.alg)), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    }
  },
  async 'wrong-audience'({ disc, token, auth }, clientId) {
    await assert.rejects(verifyIdToken(disc, token.body.id_token, clientId), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud' });
    const { payload } = await verifyIdToken(disc, token.body.id_token, 'someone-else'); // signature is good
    assert.equal(payload.aud, 'someone-else');
    assert.equal(payload.nonce, auth.nonce);
  },
  async 'no-nonce'({ disc, token }, clientId) {
    const { payload } = await verifyIdToken(disc, token.body.id_token, clientId);
    assert.equal(payload.nonce, undefined);
  },
  async 'wrong-nonce'({ disc, token, auth }, clientId) {
    const { payload } = await verifyIdToken(disc, token.body.id_token, clientId);
    assert.ok(payload.nonce);
    assert.notEqual(payload.nonce, auth.nonce);
  },
};

for (const [mode, expect] of Object.entries(MODES)) {
  test(`MISBEHAVE=${mode} (env)`, async () => {
    const p = await startProvider({ MISBEHAVE: mode });
    const got = await misbehavingSignIn(p.issuer);
    assert.equal(got.token.headers.get('x-misbehave'), mode);
    await expect(got, 'portcullis');
    assert.equal(await p.stop(), 0);
  });
}

test('MISBEHAVE through POST /__test/misbehave, and back to none', async () => {
  const ctl = `${main.issuer}/__test/misbehave`;
  for (const mode of Object.keys(MODES)) {
    assert.equal((await fetch(ctl, { method: 'POST', body: mode })).status, 204);
    assert.equal(await (await fetch(ctl)).text(), `${mode}\n`);
    await MODES[mode](await misbehavingSignIn(main.issuer), 'portcullis');
  }
  assert.equal((await fetch(ctl, { method: 'POST', body: 'bogus' })).status, 400);
  assert.equal((await fetch(ctl, { method: 'POST', body: 'none' })).status, 204);
  const { disc, auth, token } = await misbehavingSignIn(main.issuer);
  assert.equal(token.headers.get('x-misbehave'), null);
  assert.equal((await verifyIdToken(disc, token.body.id_token, 'portcullis')).payload.nonce, auth.nonce);
});

test('per-client "misbehave" in CLIENTS', async () => {
  const client = CLIENTS[2];
  await MODES['wrong-audience'](await misbehavingSignIn(main.issuer, client), client.client_id);
});

test('POST /__test/clients registers a client after start (and replaces it)', async () => {
  const ctl = `${main.issuer}/__test/clients`;
  const late = { client_id: 'late', client_secret: 'late-1', redirect_uris: ['http://127.0.0.1:4999/cb'] };
  const post = (body) => fetch(ctl, { method: 'POST', body: JSON.stringify(body) });
  assert.equal((await post(late)).status, 204);
  const redirect = (await (async () => {
    const disc = await discover(main.issuer);
    const auth = authorizationUrl(disc, 'late', { redirectUri: late.redirect_uris[0] });
    const { redirect: r } = await drive(auth.url, 'alice', 'pw');
    const code = new URL(r).searchParams.get('code');
    const tok = await exchange(disc, late, code, auth.verifier, late.redirect_uris[0]);
    assert.equal(tok.status, 200, JSON.stringify(tok.body));
    await verifyIdToken(disc, tok.body.id_token, 'late');
    return r;
  })());
  assert.ok(redirect.startsWith('http://127.0.0.1:4999/cb?code='));
  // replaced: the old secret no longer works
  assert.equal((await post([{ ...late, client_secret: 'late-2' }])).status, 204);
  const disc = await discover(main.issuer);
  const auth = authorizationUrl(disc, 'late', { redirectUri: late.redirect_uris[0] });
  const { redirect: r2 } = await drive(auth.url, 'alice', 'pw');
  const code = new URL(r2).searchParams.get('code');
  assert.equal((await exchange(disc, late, code, auth.verifier, late.redirect_uris[0])).status, 401);
  // errors
  let res = await post({ ...CLIENTS[0] });
  assert.equal(res.status, 409);
  res = await post({ client_id: 'x', client_secret: 'y', redirect_uris: ['not a url'] });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /redirect_uris/);
  res = await post({ client_id: 'x', client_secret: 'y', redirect_uris: ['http://127.0.0.1/cb'], misbehave: 'bogus' });
  assert.equal(res.status, 400);
});

test('JWKS from the environment is used for signing', async () => {
  const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await jose.exportJWK(privateKey)), kid: 'fixed-kid', alg: 'RS256', use: 'sig' };
  // (an RS256-only JWKS: a client asking for ES256 ID tokens would be refused at start)
  const p = await startProvider({ JWKS: JSON.stringify({ keys: [jwk] }), CLIENTS: JSON.stringify([CLIENTS[0]]) });
  const { disc, token } = await misbehavingSignIn(p.issuer);
  const { protectedHeader } = await verifyIdToken(disc, token.body.id_token, 'portcullis');
  assert.equal(protectedHeader.kid, 'fixed-kid');
  await p.stop();
});

test('the provider exits when its stdin closes; bad configuration exits 2', async () => {
  const p = await startProvider();
  assert.equal(await p.stop(), 0);
  assert.match(p.stderr(), /exiting \(stdin closed\)/);
  await assert.rejects(startProvider({ MISBEHAVE: 'bogus' }), /provider exited 2/);
  await assert.rejects(startProvider({ CLIENTS: '{' }), /provider exited 2/);
  await assert.rejects(
    startProvider({ CLIENTS: JSON.stringify([{ client_id: 'x', client_secret: 'y', redirect_uris: ['not a url'] }]) }),
    /provider exited 2;[^]*client x is invalid: redirect_uris must only contain valid uris/,
  );
});
