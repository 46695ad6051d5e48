// Drives provider.mjs' real login and consent pages over plain HTTP, the way a browser would, with
// fetch and a hand-made cookie jar: the reference for the Rust test (see README.md).
//
// CLI:    node drive.mjs <authorization-url> <login> <password>
//         prints the final redirect URL (the client's redirect_uri?code=...&state=...&iss=...)
//         on stdout and exits 0; on a rejected password or any unexpected answer it prints the
//         reason on stderr and exits 1. DRIVE_VERBOSE=1 logs every request on stderr.
// Module: import { drive, CookieJar } from './drive.mjs';
//         const { redirect, steps } = await drive(url, login, password, { jar, log });

import { pathToFileURL } from 'node:url';

// Just enough of RFC 6265 for one host: cookies keyed by (name, path), sent when the request path
// path-matches the cookie's path, dropped when Max-Age <= 0 or Expires is in the past.
export class CookieJar {
  #cookies = new Map();

  store(setCookieHeaders, requestUrl) {
    for (const header of setCookieHeaders) {
      const [pair, ...attrs] = header.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path;
      let expired = false;
      for (const attr of attrs) {
        const [k, v = ''] = attr.split('=');
        const key = k.toLowerCase();
        if (key === 'path' && v.startsWith('/')) path = v;
        if (key === 'max-age' && Number(v) <= 0) expired = true;
        if (key === 'expires' && Date.parse(v) <= Date.now()) expired = true;
      }
      if (!path) {
        // default-path: the request path up to its last '/'
        const p = new URL(requestUrl).pathname;
        path = p.lastIndexOf('/') > 0 ? p.slice(0, p.lastIndexOf('/')) : '/';
      }
      const id = `${name}\u0000${path}`;
      if (expired) this.#cookies.delete(id);
      else this.#cookies.set(id, { name, value, path });
    }
  }

  header(requestUrl) {
    const reqPath = new URL(requestUrl).pathname;
    const matches = [...this.#cookies.values()].filter(({ path }) => reqPath === path
      || (reqPath.startsWith(path) && (path.endsWith('/') || reqPath[path.length] === '/')));
    // longer paths first, as browsers do
    matches.sort((a, b) => b.path.length - a.path.length);
    return matches.map(({ name, value }) => `${name}=${value}`).join('; ');
  }

  list() {
    return [...this.#cookies.values()];
  }
}

/**
 * Follows the authorization URL through the provider's login and consent pages.
 * Returns { redirect, steps } where redirect is the first redirect that leaves the provider's
 * origin (the client's redirect_uri with code and state, or with error=...).
 */
export async function drive(authorizationUrl, login, password, { jar = new CookieJar(), log = () => {} } = {}) {
  const providerOrigin = new URL(authorizationUrl).origin;
  const steps = [];
  let method = 'GET';
  let url = authorizationUrl;
  let body;

  for (let hop = 0; hop < 20; hop += 1) {
    const cookie = jar.header(url);
    const headers = { accept: 'text/html' };
    if (cookie) headers.cookie = cookie;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, {
      method, headers, body, redirect: 'manual',
    });
    jar.store(res.headers.getSetCookie(), url);
    const location = res.headers.get('location');
    const prompt = res.headers.get('x-interaction-prompt');
    const step = {
      method, url, status: res.status, location, prompt, sentCookies: cookie,
    };
    steps.push(step);
    log(`${method} ${url}${body ? ` [${body.replace(/password=[^&]*/, 'password=***')}]` : ''}\n  -> ${res.status}${location ? ` Location: ${location}` : ''}${prompt ? ` (${prompt} page)` : ''}`);

    if (res.status >= 300 && res.status < 400 && location) {
      await res.arrayBuffer();
      const next = new URL(location, url);
      if (next.origin !== providerOrigin) return { redirect: next.href, steps, jar };
      // 302 and 303 after a POST become a GET, as in browsers
      method = 'GET';
      body = undefined;
      url = next.href;
      continue;
    }

    const text = await res.text();
    const uidPath = new URL(url).pathname.match(/^\/interaction\/[^/]+/)?.[0];

    if (prompt === 'login' && res.status === 401) {
      throw new Error(`the provider rejected the login ${JSON.stringify(login)} (401 on the login form)`);
    }
    if (res.status === 200 && prompt === 'login' && uidPath) {
      method = 'POST';
      url = new URL(`${uidPath}/login`, providerOrigin).href;
      body = new URLSearchParams({ login, password }).toString();
      continue;
    }
    if (res.status === 200 && prompt === 'consent' && uidPath) {
      method = 'POST';
      url = new URL(`${uidPath}/confirm`, providerOrigin).href;
      body = '';
      continue;
    }
    const err = new Error(`unexpected answer ${res.status} from ${method} ${url}: ${text.slice(0, 500)}`);
    err.steps = steps;
    throw err;
  }
  throw new Error('too many hops');
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const [authorizationUrl, login, password] = process.argv.slice(2);
  if (!authorizationUrl || login === undefined || password === undefined) {
    console.error('usage: node drive.mjs <authorization-url> <login> <password>');
    process.exit(2);
  }
  const verbose = process.env.DRIVE_VERBOSE === '1';
  try {
    const { redirect } = await drive(authorizationUrl, login, password, {
      log: verbose ? (line) => console.error(line) : undefined,
    });
    process.stdout.write(`${redirect}\n`);
  } catch (err) {
    console.error(`drive.mjs: ${err.message}`);
    process.exit(1);
  }
}
