// Smoke test, also run against the release build: GraphiQL and the console load with nothing
// from another origin, a query runs, a sign-in works.
//   PORTCULLIS_BIN=.../release/portcullis node --test smoke.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { consoleOrigin, openConsole, signIn, waitForTitle } from './lib/console.mjs';
import { foreignRequests, launchChromium, screenshot, skipUnlessReady, watch } from './lib/env.mjs';
import { exerciseGraphiql } from './lib/graphiql.mjs';
import { ADMIN, startServer } from './lib/server.mjs';
import { startStaticGraphiql } from './lib/static-graphiql.mjs';

describe('vendored GraphiQL page under its CSP (no server binary needed)', {
  skip: skipUnlessReady({ needServer: false }),
}, () => {
  let browser;
  let site;
  before(async () => {
    site = await startStaticGraphiql();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('renders, introspects and runs { errorCodes } with only same-origin requests', async () => {
    const context = await browser.newContext();
    await exerciseGraphiql(context, site.url, { shot: 'graphiql-vendored' });
    await context.close();
  });
});

describe('smoke: the server binary in Chromium', { skip: skipUnlessReady() }, () => {
  let browser;
  let server;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('GraphiQL loads from the server alone and runs a query', async () => {
    const context = await browser.newContext();
    await exerciseGraphiql(context, server.url);
    await context.close();
  });

  it('the console loads from the server alone, and a sign-in works', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    const response = await openConsole(page, server.url);
    const csp = response.headers()['content-security-policy'] || '';
    assert.match(csp, /script-src 'self'(;|$)/, `the console's CSP: ${csp}`);
    await screenshot(page, 'console-sign-in');

    await signIn(page, ADMIN.username, ADMIN.password);
    await waitForTitle(page, 'Quotes');
    assert.equal(await page.getByTestId('signed-in-user').innerText(), ADMIN.username);
    await screenshot(page, 'console-signed-in');

    const foreign = foreignRequests(seen.requests, consoleOrigin(server.url));
    assert.deepEqual(foreign, [], `requests to another origin: ${foreign.join(', ')}`);
    assert.deepEqual(await seen.cspViolations(), [], 'no CSP violation');
    assert.deepEqual(seen.errors, [], 'no script error');
    await context.close();
  });
});
