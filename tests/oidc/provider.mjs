// A real OpenID Connect provider (the certified npm package `oidc-provider`) on loopback, for
// Portcullis' end-to-end tests. See README.md beside this file for the environment, the READY
// line, how to drive the login and consent pages over plain HTTP, and the MISBEHAVE modes.
//
//   PORT=0 CLIENTS='[...]' ACCOUNTS='{...}' node provider.mjs [port]
//
// Prints exactly one line on stdout, `READY http://127.0.0.1:<port>`, once it listens; everything
// else goes to stderr. Exits when its stdin closes (so a test process that dies does not leave it
// behind), on SIGTERM/SIGINT, or never on stdin EOF when EXIT_ON_STDIN_EOF=0.

import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';

import * as jose from 'jose';
import Provider, { errors } from 'oidc-provider';

// oidc-provider prints notices with console.info (stdout); stdout carries only the READY line.
console.log = console.error;
console.info = console.error;

const fail = (msg) => {
  console.error(`provider.mjs: ${msg}`);
  process.exit(2);
};

const parseJsonEnv = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  try {
    return JSON.parse(raw);
  } catch (err) {
    return fail(`${name} is not valid JSON: ${err.message}`);
  }
};

// ---------------------------------------------------------------------------------------------
// Configuration from the environment
// ---------------------------------------------------------------------------------------------

const portArg = process.argv[2] ?? process.env.PORT ?? '0';
const port = Number.parseInt(portArg, 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`bad port ${JSON.stringify(portArg)}`);

const MISBEHAVE_MODES = new Set(['', 'none', 'wrong-key', 'wrong-audience', 'no-nonce', 'wrong-nonce']);
let misbehave = process.env.MISBEHAVE ?? '';
if (!MISBEHAVE_MODES.has(misbehave)) fail(`unknown MISBEHAVE ${JSON.stringify(misbehave)}`);

const OWN_CLIENT_KEYS = new Set(['misbehave']);
// oidc-provider client metadata: a confidential web client, code flow only, unless overridden.
function clientMetadata(c) {
  const out = {
    application_type: 'web',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'RS256',
  };
  for (const [k, v] of Object.entries(c)) if (!OWN_CLIENT_KEYS.has(k)) out[k] = v;
  return out;
}
const clientsIn = parseJsonEnv('CLIENTS', []);
if (!Array.isArray(clientsIn)) fail('CLIENTS must be a JSON array');
const clientMisbehave = new Map();
const clients = clientsIn.map((c, i) => {
  if (!c || typeof c !== 'object' || !c.client_id) fail(`CLIENTS[${i}] needs a client_id`);
  if (c.misbehave !== undefined && !MISBEHAVE_MODES.has(c.misbehave)) {
    fail(`CLIENTS[${i}].misbehave: unknown mode ${JSON.stringify(c.misbehave)}`);
  }
  if (c.misbehave) clientMisbehave.set(c.client_id, c.misbehave);
  return clientMetadata(c);
});

const accounts = parseJsonEnv('ACCOUNTS', {});
if (!accounts || typeof accounts !== 'object' || Array.isArray(accounts)) fail('ACCOUNTS must be a JSON object keyed by login');
const accountsBySub = new Map();
for (const [login, a] of Object.entries(accounts)) {
  if (!a || typeof a !== 'object') fail(`ACCOUNTS.${login} must be an object`);
  if (typeof a.password !== 'string') fail(`ACCOUNTS.${login}.password must be a string`);
  const sub = a.sub ?? login;
  if (accountsBySub.has(sub)) fail(`ACCOUNTS: two accounts share the sub ${JSON.stringify(sub)}`);
  accountsBySub.set(sub, { login, ...a, sub });
}

// Signing keys: JWKS (private JWKs, JSON {"keys":[...]}) or one RS256 and one ES256 key made now.
async function makeJwks() {
  const given = parseJsonEnv('JWKS', null);
  if (given) {
    if (!Array.isArray(given.keys) || !given.keys.length) fail('JWKS must be {"keys":[...]} with private JWKs');
    return given;
  }
  const keys = [];
  for (const alg of ['RS256', 'ES256']) {
    const { privateKey } = await jose.generateKeyPair(alg, { extractable: true });
    const jwk = await jose.exportJWK(privateKey);
    jwk.kid = await jose.calculateJwkThumbprint(jwk);
    jwk.alg = alg;
    jwk.use = 'sig';
    keys.push(jwk);
  }
  return { keys };
}

const cookieKeys = (process.env.COOKIE_KEYS || '').split(',').filter(Boolean);
if (!cookieKeys.length) cookieKeys.push(randomBytes(32).toString('base64url'));

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

const NOT_CLAIMS = new Set(['password', 'login']);

async function findAccount(ctx, sub) {
  const a = accountsBySub.get(sub);
  if (!a) return undefined;
  return {
    accountId: sub,
    async claims() {
      // Every claim given in ACCOUNTS except the password; the provider filters them by the
      // granted scopes and by the `claims` configuration below.
      const out = {};
      for (const [k, v] of Object.entries(a)) if (!NOT_CLAIMS.has(k)) out[k] = v;
      out.sub = sub;
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Login and consent pages (our own: the built-in devInteractions accept any password)
// ---------------------------------------------------------------------------------------------

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

function page(ctx, status, prompt, title, body) {
  ctx.status = status;
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Interaction-Prompt', prompt);
  ctx.body = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body data-prompt="${esc(prompt)}">
<h1>${esc(title)}</h1>
${body}
</body></html>
`;
}

function loginPage(ctx, uid, clientId, { error, login } = {}) {
  page(ctx, error ? 401 : 200, 'login', 'Sign-in', `
<p>Signing in to <code>${esc(clientId)}</code></p>
${error ? `<p id="error" role="alert">${esc(error)}</p>` : ''}
<form id="login" method="post" action="/interaction/${esc(uid)}/login" autocomplete="off">
  <input type="text" name="login" value="${esc(login ?? '')}" required autofocus>
  <input type="password" name="password" required>
  <button type="submit">Sign-in</button>
</form>
<p><a id="abort" href="/interaction/${esc(uid)}/abort">Cancel</a></p>`);
}

function consentPage(ctx, uid, clientId, details) {
  const scopes = (details.missingOIDCScope || []).map((s) => `<li>${esc(s)}</li>`).join('');
  const claims = (details.missingOIDCClaims || []).map((s) => `<li>${esc(s)}</li>`).join('');
  page(ctx, 200, 'consent', 'Authorize', `
<p><code>${esc(clientId)}</code> asks for:</p>
<ul id="scopes">${scopes}</ul>
<ul id="claims">${claims}</ul>
<form id="consent" method="post" action="/interaction/${esc(uid)}/confirm">
  <button type="submit">Continue</button>
</form>
<p><a id="abort" href="/interaction/${esc(uid)}/abort">Cancel</a></p>`);
}

async function readForm(ctx) {
  return new URLSearchParams(await readBody(ctx));
}

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|confirm|abort))?\/?$/;

function interactions(provider) {
  return async function interactionRoutes(ctx, next) {
    const m = INTERACTION_PATH.exec(ctx.path);
    if (!m) return next();
    const [, uid, action] = m;
    const { method } = ctx;
    const route = `${method} ${action ?? ''}`;
    if (!['GET ', 'POST login', 'POST confirm', 'GET abort'].includes(route)) {
      ctx.status = 405;
      ctx.body = 'method not allowed';
      return undefined;
    }

    let details;
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res);
    } catch (err) {
      if (err instanceof errors.SessionNotFound) {
        ctx.status = 400;
        ctx.type = 'text';
        ctx.body = `interaction session not found (${err.error_description}): the op_interaction cookie for this path is missing, expired or already used\n`;
        return undefined;
      }
      throw err;
    }
    if (details.uid !== uid) {
      ctx.status = 400;
      ctx.type = 'text';
      ctx.body = 'interaction cookie does not belong to this interaction\n';
      return undefined;
    }

    const { prompt, params } = details;
    ctx.set('Cache-Control', 'no-store');

    if (action === 'abort') {
      return provider.interactionFinished(ctx.req, ctx.res, {
        error: 'access_denied',
        error_description: 'End-User aborted interaction',
      }, { mergeWithLastSubmission: false });
    }

    if (!action) {
      if (prompt.name === 'login') return loginPage(ctx, uid, params.client_id, { login: params.login_hint });
      if (prompt.name === 'consent') return consentPage(ctx, uid, params.client_id, prompt.details);
      ctx.status = 501;
      ctx.body = `prompt ${prompt.name} not implemented`;
      return undefined;
    }

    const form = await readForm(ctx);

    if (action === 'login') {
      if (prompt.name !== 'login') {
        ctx.status = 400;
        ctx.type = 'text';
        ctx.body = `this interaction is at the ${prompt.name} prompt, not login\n`;
        return undefined;
      }
      const login = form.get('login') ?? '';
      const password = form.get('password') ?? '';
      const account = Object.hasOwn(accounts, login) ? accounts[login] : undefined;
      if (!account || account.password !== password) {
        console.error(`provider.mjs: rejected sign-in for ${JSON.stringify(login)}`);
        return loginPage(ctx, uid, params.client_id, { error: 'Invalid login or password.', login });
      }
      return provider.interactionFinished(ctx.req, ctx.res, {
        login: { accountId: account.sub ?? login, amr: ['pwd'] },
      }, { mergeWithLastSubmission: false });
    }

    // action === 'confirm'
    if (prompt.name !== 'consent') {
      ctx.status = 400;
      ctx.type = 'text';
      ctx.body = `this interaction is at the ${prompt.name} prompt, not consent\n`;
      return undefined;
    }
    const { session: { accountId } } = details;
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    if (prompt.details.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    const grantId = await grant.save();
    const consent = details.grantId ? {} : { grantId };
    return provider.interactionFinished(ctx.req, ctx.res, { consent }, { mergeWithLastSubmission: true });
  };
}

// ---------------------------------------------------------------------------------------------
// MISBEHAVE: rewrite the ID token in the token endpoint's JSON answer
// ---------------------------------------------------------------------------------------------

function misbehaviour(jwks, tokenPath) {
  return async function misbehaveAtToken(ctx, next) {
    await next();
    if (ctx.method !== 'POST' || ctx.path !== tokenPath || ctx.status !== 200) return;
    const body = ctx.body;
    if (!body || typeof body !== 'object' || typeof body.id_token !== 'string') return;
    const clientId = ctx.oidc?.client?.clientId;
    const mode = (clientId && clientMisbehave.get(clientId)) || misbehave;
    if (!mode || mode === 'none') return;

    const header = jose.decodeProtectedHeader(body.id_token);
    const payload = jose.decodeJwt(body.id_token);
    let key;
    let kid = header.kid;
    if (mode === 'wrong-key') {
      ({ privateKey: key } = await jose.generateKeyPair(header.alg));
      kid = `not-published-${randomUUID()}`;
    } else {
      const jwk = jwks.keys.find((k) => k.kid === header.kid)
        ?? jwks.keys.find((k) => k.alg === header.alg);
      key = await jose.importJWK(jwk, header.alg);
      if (mode === 'wrong-audience') payload.aud = 'someone-else';
      else if (mode === 'no-nonce') delete payload.nonce;
      else if (mode === 'wrong-nonce') payload.nonce = `wrong-${randomUUID()}`;
    }
    const { alg, typ } = header;
    body.id_token = await new jose.SignJWT(payload)
      .setProtectedHeader({ alg, kid, ...(typ ? { typ } : {}) })
      .sign(key);
    ctx.set('X-Misbehave', mode);
    console.error(`provider.mjs: MISBEHAVE ${mode} applied to the ID token for ${clientId}`);
  };
}

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// Test-only control endpoints (loopback only, like the whole provider):
//   POST /__test/misbehave  body: the mode (text/plain), or "none"
//   POST /__test/clients    body: a client object or an array of them, as in CLIENTS; registers
//                           or replaces them (not the ones given in CLIENTS) so that a client whose
//                           redirect_uri is known only after the provider started can be added
function control(provider) {
  const staticIds = new Set(clients.map((c) => c.client_id));
  return async function controlRoutes(ctx, next) {
    if (ctx.path === '/__test/clients') {
      if (ctx.method !== 'POST' && ctx.method !== 'PUT') {
        ctx.status = 405;
        return undefined;
      }
      let list;
      try {
        list = JSON.parse(await readBody(ctx));
      } catch (err) {
        ctx.status = 400;
        ctx.type = 'text';
        ctx.body = `body is not JSON: ${err.message}\n`;
        return undefined;
      }
      if (!Array.isArray(list)) list = [list];
      const checked = [];
      for (const c of list) {
        const problem = !c || typeof c !== 'object' || typeof c.client_id !== 'string' || !c.client_id ? 'a client needs a client_id'
          : staticIds.has(c.client_id) ? `client ${c.client_id} is given in CLIENTS and cannot be replaced`
            : c.misbehave !== undefined && !MISBEHAVE_MODES.has(c.misbehave) ? `unknown misbehave mode ${JSON.stringify(c.misbehave)}`
              : undefined;
        if (problem) {
          ctx.status = problem.includes('cannot be replaced') ? 409 : 400;
          ctx.type = 'text';
          ctx.body = `${problem}\n`;
          return undefined;
        }
        const metadata = clientMetadata(c);
        try {
          await provider.Client.validate(metadata);
        } catch (err) {
          ctx.status = 400;
          ctx.type = 'text';
          ctx.body = `invalid client ${c.client_id}: ${err.error_description ?? err.message}\n`;
          return undefined;
        }
        checked.push([c, metadata]);
      }
      for (const [c, metadata] of checked) {
        await provider.Client.adapter.upsert(c.client_id, metadata);
        if (c.misbehave) clientMisbehave.set(c.client_id, c.misbehave);
        else clientMisbehave.delete(c.client_id);
        console.error(`provider.mjs: client ${c.client_id} registered`);
      }
      ctx.status = 204;
      return undefined;
    }
    if (ctx.path !== '/__test/misbehave') return next();
    if (ctx.method === 'GET') {
      ctx.type = 'text';
      ctx.body = `${misbehave || 'none'}\n`;
      return undefined;
    }
    if (ctx.method !== 'POST' && ctx.method !== 'PUT') {
      ctx.status = 405;
      return undefined;
    }
    const mode = (await readBody(ctx)).trim();
    if (!MISBEHAVE_MODES.has(mode)) {
      ctx.status = 400;
      ctx.type = 'text';
      ctx.body = `unknown mode ${JSON.stringify(mode)}; one of: none wrong-key wrong-audience no-nonce wrong-nonce\n`;
      return undefined;
    }
    misbehave = mode === 'none' ? '' : mode;
    console.error(`provider.mjs: MISBEHAVE is now ${misbehave || 'none'}`);
    ctx.status = 204;
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------

const jwks = await makeJwks();

const server = createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', resolve);
});
const issuer = `http://127.0.0.1:${server.address().port}`;

const ttl = (name, fallback) => {
  const v = Number.parseInt(process.env[`TTL_${name}`] ?? '', 10);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

const provider = new Provider(issuer, {
  clients,
  jwks,
  findAccount,
  cookies: {
    keys: cookieKeys,
    // Distinct names, so they cannot clash with the relying party's cookies on the same host
    // (cookies are not separated by port).
    names: { session: 'op_session', interaction: 'op_interaction', resume: 'op_interaction_resume' },
  },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    userinfo: { enabled: true },
  },
  interactions: {
    url: (ctx, interaction) => `/interaction/${interaction.uid}`,
  },
  scopes: ['openid', 'email', 'profile', 'offline_access'],
  claims: {
    amr: null,
    // amr (['pwd'] after the login form) and auth_time in every ID token, as many providers do
    openid: ['sub', 'amr', 'auth_time'],
    email: ['email', 'email_verified'],
    profile: [
      'name', 'family_name', 'given_name', 'middle_name', 'nickname', 'preferred_username',
      'profile', 'picture', 'website', 'gender', 'birthdate', 'zoneinfo', 'locale', 'updated_at',
    ],
  },
  // Put the scope claims (email, profile) in the ID token as well as at userinfo, as Google and
  // most providers do; CONFORM_ID_TOKEN_CLAIMS=1 keeps them at userinfo only (the spec's default).
  conformIdTokenClaims: process.env.CONFORM_ID_TOKEN_CLAIMS === '1',
  ttl: {
    AuthorizationCode: ttl('CODE', 60),
    AccessToken: ttl('ACCESS_TOKEN', 600),
    IdToken: ttl('ID_TOKEN', 600),
    Interaction: ttl('INTERACTION', 600),
    Session: ttl('SESSION', 3600),
    Grant: ttl('GRANT', 3600),
  },
  renderError(ctx, out, error) {
    ctx.type = 'html';
    ctx.body = `<!DOCTYPE html><html><head><title>oops</title></head><body><h1>oops! something went wrong</h1>
<pre id="error">${Object.entries(out).map(([k, v]) => `${esc(k)}: ${esc(v)}`).join('\n')}</pre></body></html>\n`;
    if (error && !(error instanceof errors.OIDCProviderError)) console.error(error);
  },
});

// oidc-provider checks static clients only when first used: check them now, before READY.
for (const c of clients) {
  try {
    await provider.Client.validate(c);
  } catch (err) {
    fail(`CLIENTS: client ${c.client_id} is invalid: ${err.error_description ?? err.message}`);
  }
}

provider.on('server_error', (ctx, err) => console.error('provider.mjs: server_error', err));

const tokenPath = new URL(provider.pathFor('token'), issuer).pathname;
provider.use(control(provider));
provider.use(misbehaviour(jwks, tokenPath));
provider.use(interactions(provider));

server.on('request', provider.callback());

const shutdown = (why) => {
  console.error(`provider.mjs: exiting (${why})`);
  server.close();
  process.exit(0);
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
if (process.env.EXIT_ON_STDIN_EOF !== '0') {
  process.stdin.on('end', () => shutdown('stdin closed'));
  process.stdin.on('error', () => shutdown('stdin error'));
  process.stdin.on('data', () => {});
  process.stdin.resume();
}

process.stdout.write(`READY ${issuer}\n`);
console.error(`provider.mjs: ${issuer} with ${clients.length} client(s), ${accountsBySub.size} account(s)${misbehave ? `, MISBEHAVE=${misbehave}` : ''}`);
