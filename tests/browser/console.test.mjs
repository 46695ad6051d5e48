// The console end to end in Chromium (issue 14, point 5): a user signs up, enrols TOTP with the
// secret read from the page, signs out and back in with a code, works with quotes over more than
// one page; the refresh and device tokens stay out of reach of page scripts; cross-site and
// token-less requests are refused; an admin disables the user and the user's consoles sign out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  consoleOrigin,
  goTo,
  openConsole,
  recordGraphqlBodies,
  secondFactor,
  signIn,
  signOut,
  signUp,
  title,
  waitForTitle,
} from './lib/console.mjs';
import { startCrossSite } from './lib/cross-site.mjs';
import { foreignRequests, launchChromium, screenshot, skipUnlessReady, watch } from './lib/env.mjs';
import { ADMIN, startServer } from './lib/server.mjs';
import { freshTotp } from './lib/totp.mjs';

const USER = {
  email: 'ada@example.com',
  username: 'ada',
  password: 'correct horse battery staple 42',
};

/** Walks a parsed JSON value and yields [key, value] for every property. */
function* entries(value) {
  if (Array.isArray(value)) for (const v of value) yield* entries(v);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield [k, v];
      yield* entries(v);
    }
  }
}

/** The notice the console shows when a session ended without the user asking. */
function signedOutNotice(page) {
  return page.locator('[data-testid="notice"][data-code="SIGNED_OUT"]').filter({ hasText: /signed out/i });
}

describe('console end to end', { skip: skipUnlessReady(), timeout: 15 * 60_000 }, () => {
  let server;
  let browser;
  let userContext;
  let userPage;
  let userSeen;
  let graphqlBodies;
  let totpSecret;
  const usedSteps = new Set();
  let pageSize;
  let total;

  /**
   * The tokens a page script must never see: every cookie is HttpOnly and SameSite=Strict, so
   * document.cookie shows none of them; no GraphQL answer handed a refresh or device token to
   * the page; nothing token-like sits in web storage.
   */
  async function assertTokensOutOfReach(page, { expectSession = true } = {}) {
    const cookies = await page.context().cookies(server.url);
    const names = cookies.map((c) => c.name);
    if (expectSession) {
      assert.ok(
        names.some((n) => /refresh/.test(n)),
        `a refresh-token cookie is set (cookies: ${names.join(', ')})`,
      );
    }
    for (const c of cookies) {
      assert.equal(c.httpOnly, true, `cookie ${c.name} is HttpOnly`);
      assert.equal(c.sameSite, 'Strict', `cookie ${c.name} is SameSite=Strict`);
    }
    const visible = await page.evaluate(() => document.cookie);
    for (const c of cookies) {
      assert.ok(!visible.includes(c.value), `document.cookie shows the ${c.name} cookie`);
    }
    assert.doesNotMatch(visible, /refresh|device/i, `document.cookie: ${visible}`);

    for (const body of graphqlBodies) {
      let parsed;
      try {
        parsed = JSON.parse(body);
      } catch {
        continue;
      }
      for (const [k, v] of entries(parsed)) {
        if (k === 'refreshToken') assert.equal(v, '', 'cookie mode hands the page no refresh token');
        if (k === 'deviceToken') assert.equal(v, null, 'cookie mode hands the page no device token');
      }
    }

    const stored = await page.evaluate(() =>
      JSON.stringify([{ ...window.localStorage }, { ...window.sessionStorage }]),
    );
    assert.doesNotMatch(stored, /eyJ[\w-]+\.[\w-]+\./, 'no JWT in web storage');
    for (const c of cookies) {
      assert.ok(!stored.includes(c.value), `the ${c.name} cookie's value is not in web storage`);
    }
  }

  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    userContext = await browser.newContext();
    userPage = await userContext.newPage();
    userSeen = await watch(userPage);
    graphqlBodies = recordGraphqlBodies(userPage);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a user signs up', async () => {
    await openConsole(userPage, server.url, '#/signup');
    await waitForTitle(userPage, 'Create an account');
    await screenshot(userPage, 'console-sign-up');
    await signUp(userPage, USER);
    await waitForTitle(userPage, 'Quotes');
    await userPage.getByTestId('quote-count').filter({ hasText: /no quotes/i }).waitFor();
    await screenshot(userPage, 'console-quotes-empty');
    await assertTokensOutOfReach(userPage);
  });

  it('enrols TOTP with the secret read from the page', async () => {
    await goTo(userPage, '#/security', 'Two-factor authentication');
    await userPage.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const secret = userPage.getByTestId('totp-secret');
    await secret.waitFor();
    totpSecret = (await secret.innerText()).replace(/\s/g, '');
    assert.match(totpSecret, /^[A-Z2-7]{16,}=*$/, `a base32 secret: ${totpSecret}`);
    const qr = await userPage.getByTestId('totp-qr').getAttribute('src');
    assert.match(qr, /^data:image\//, 'the QR code is a data: URL');
    await screenshot(userPage, 'console-totp-enrolment');

    const form = userPage.getByRole('form', { name: 'Confirm two-factor authentication' });
    await form.getByLabel('Code from your authenticator app').fill(await freshTotp(totpSecret, usedSteps));
    await form.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await userPage.getByTestId('recovery-codes-panel').waitFor();
    const codes = await userPage.getByTestId('recovery-code').allInnerTexts();
    assert.equal(codes.length, 10, 'ten recovery codes');
    await screenshot(userPage, 'console-recovery-codes');
    await userPage.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await userPage.getByTestId('totp-status').filter({ hasText: 'On' }).waitFor();
    await screenshot(userPage, 'console-security');
  });

  it('signs out, and signs in again with a code', async () => {
    await signOut(userPage);
    await waitForTitle(userPage, 'Sign in');
    await assertTokensOutOfReach(userPage, { expectSession: false });
    await screenshot(userPage, 'console-sign-in');

    await signIn(userPage, USER.username, USER.password);
    await userPage.getByRole('form', { name: 'Second factor' }).waitFor();
    await screenshot(userPage, 'console-second-factor');
    await secondFactor(userPage, await freshTotp(totpSecret, usedSteps));
    await waitForTitle(userPage, 'Quotes');
    await assertTokensOutOfReach(userPage);
  });

  it('creates more quotes than fit a page, pages through them, edits and deletes', async () => {
    const page = userPage;
    const count = page.getByTestId('quote-count');
    const rows = page.getByTestId('quote-row');
    const next = page.getByRole('button', { name: /next page/i });
    const previous = page.getByRole('button', { name: /previous page/i });
    const addForm = page.getByRole('form', { name: 'Add a quote' });
    const settled = page.locator('[data-testid="quote-list"]:not([aria-busy="true"])');
    const countIs = async (n) => {
      await count.filter({ hasText: new RegExp(`^${n} quotes?\\b`) }).waitFor();
      await settled.waitFor();
    };

    const add = async (i) => {
      await addForm.getByLabel('Quote', { exact: true }).fill(`Quote number ${i}: no plan survives contact.`);
      await addForm.getByLabel('Author', { exact: true }).fill(i % 2 ? 'Moltke' : 'Tyson');
      await addForm.getByRole('button', { name: 'Add quote' }).click();
      await countIs(i);
    };

    // Add quotes until a second page appears: the console's page size is what the first page
    // then holds. One more makes two on the second page.
    let n = 0;
    while (!(await next.isEnabled())) {
      assert.ok(n < 100, 'a second page appears within 100 quotes');
      n += 1;
      await add(n);
    }
    pageSize = n - 1;
    assert.ok(pageSize >= 5, `page size ${pageSize}`);
    n += 1;
    await add(n);
    total = n;
    assert.equal(await rows.count(), pageSize, `the first page holds ${pageSize} quotes`);
    assert.match(await count.innerText(), /page 1 of 2/);
    // Newest first.
    assert.match(await rows.first().getByTestId('quote-text').innerText(), new RegExp(`Quote number ${total}:`));
    await screenshot(page, 'console-quotes');

    await next.click();
    await count.filter({ hasText: /page 2 of 2/ }).waitFor();
    await page.waitForFunction((want) => document.querySelectorAll('[data-testid="quote-row"]').length === want, total - pageSize);
    assert.match(await rows.last().getByTestId('quote-text').innerText(), /Quote number 1:/);
    assert.equal(await next.isEnabled(), false, 'no third page');
    await screenshot(page, 'console-quotes-page-2');
    await previous.click();
    await count.filter({ hasText: /page 1 of 2/ }).waitFor();
    await page.waitForFunction((want) => document.querySelectorAll('[data-testid="quote-row"]').length === want, pageSize);

    // Edit the newest quote.
    const first = rows.first();
    await first.getByRole('button', { name: 'Edit' }).click();
    const editForm = first.getByRole('form', { name: 'Edit quote' });
    await editForm.getByLabel('Edit quote').fill('Edited in the browser test.');
    await editForm.getByLabel('Edit author').fill('Portcullis');
    await screenshot(page, 'console-quote-edit');
    await editForm.getByRole('button', { name: 'Save' }).click();
    await rows.first().getByTestId('quote-text').filter({ hasText: 'Edited in the browser test.' }).waitFor();
    assert.equal(await rows.first().getByTestId('quote-author').innerText(), 'Portcullis');

    // Search finds it.
    const search = page.getByRole('search', { name: 'Find quotes' });
    await search.getByLabel('Search quotes').fill('edited');
    await search.getByRole('button', { name: 'Apply filters' }).click();
    await count.filter({ hasText: /^1 quote match/ }).waitFor();
    await screenshot(page, 'console-quotes-search');
    await search.getByRole('button', { name: 'Clear filters' }).click();
    await countIs(total);

    // Delete it, after a confirmation.
    await rows.first().getByRole('button', { name: 'Delete' }).click();
    await screenshot(page, 'console-quote-delete');
    await rows.first().getByRole('button', { name: 'Yes, delete' }).click();
    total -= 1;
    await countIs(total);
    assert.doesNotMatch(await page.getByTestId('quote-list').innerText(), /Edited in the browser test/);
    await assertTokensOutOfReach(page);
  });

  it("shows the user's account, sessions and security activity, also on a phone-sized screen", async () => {
    const page = userPage;
    await goTo(page, '#/account', 'Account');
    assert.equal(await page.getByTestId('account-username').innerText(), USER.username);
    assert.equal(await page.getByTestId('account-email').innerText(), USER.email);
    await screenshot(page, 'console-account');

    await goTo(page, '#/sessions', 'Sessions');
    await page.locator('[data-testid="session-row"][data-current="true"]').waitFor();
    await screenshot(page, 'console-sessions');

    await goTo(page, '#/activity', 'Security activity');
    await page.getByTestId('event-row').first().waitFor();
    await screenshot(page, 'console-activity');

    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await goTo(page, '#/quotes', 'Quotes');
      await page.getByTestId('quote-row').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 1, `no horizontal scrolling on a phone-sized screen (${overflow}px)`);
      await screenshot(page, 'console-quotes-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
    await assertTokensOutOfReach(page);
  });

  it('refuses a cross-site form POST and a cookie-mode fetch without the CSRF token', async () => {
    // A page on another site posts a form to /graphql (with the user's cookies, if the browser
    // sent them): the server refuses it.
    const attacker = await startCrossSite(server.url, 'mutation { logout(scope: GLOBAL) }');
    try {
      const page = await userContext.newPage();
      const refused = page.waitForResponse((r) => r.url() === `${server.url}/graphql`);
      await page.goto(attacker.url);
      const res = await refused;
      assert.equal(res.status(), 403, 'the cross-site form POST is refused');
      const body = JSON.parse(await res.text());
      assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      await page.close();
    } finally {
      await attacker.close();
    }

    // The same origin, cookie mode, but without (or with a wrong) CSRF token: refused; with the
    // token from GET /auth/csrf the same request works.
    const results = await userPage.evaluate(async () => {
      const body = JSON.stringify({ query: 'mutation { refresh { accessToken refreshToken } }' });
      const post = async (extra) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', 'x-portcullis-session': 'cookie', ...extra },
          body,
        });
        return { status: res.status, body: await res.json() };
      };
      const without = await post({});
      const wrong = await post({ 'x-csrf-token': 'not-the-token' });
      const { csrfToken } = await (await fetch('/auth/csrf', { credentials: 'same-origin' })).json();
      const withToken = await post({ 'x-csrf-token': csrfToken });
      return { without, wrong, withToken };
    });
    for (const key of ['without', 'wrong']) {
      assert.equal(results[key].status, 403, `${key} CSRF token: HTTP 403`);
      assert.equal(results[key].body.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${key} CSRF token: FORBIDDEN`);
    }
    assert.equal(results.withToken.status, 200, JSON.stringify(results.withToken.body));
    assert.ok(results.withToken.body.data?.refresh?.accessToken, 'with the token the refresh works');
    assert.equal(results.withToken.body.data.refresh.refreshToken, '');

    // The forged logout did nothing: a reload resumes the session from the cookie.
    await userPage.reload();
    await waitForTitle(userPage, 'Quotes');
    await userPage.getByTestId('quote-count').filter({ hasText: new RegExp(`^${total} quotes`) }).waitFor();
    await assertTokensOutOfReach(userPage);
  });

  it('an admin disables the user: the open console signs out at its next request, an idle one within a minute', async () => {
    // A second tab of the user's browser, left idle (it shares the cookie).
    const idlePage = await userContext.newPage();
    await openConsole(idlePage, server.url, '#/quotes');
    await waitForTitle(idlePage, 'Quotes');

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    const adminSeen = await watch(admin);
    await openConsole(admin, server.url, '#/signin');
    await signIn(admin, ADMIN.username, ADMIN.password);
    await waitForTitle(admin, 'Quotes');

    await goTo(admin, '#/admin', 'Overview');
    await admin.getByTestId('signin-chart').locator('canvas').first().waitFor();
    await admin.getByTestId('signin-totals').waitFor();
    await screenshot(admin, 'console-admin-overview');

    await goTo(admin, '#/admin/users', 'Users');
    const find = admin.getByRole('search', { name: 'Search users' });
    await find.getByRole('searchbox', { name: 'Search users' }).fill(USER.username);
    await find.getByRole('button', { name: 'Search', exact: true }).click();
    const row = admin.locator(`[data-testid="user-row"][data-username="${USER.username}"]`);
    await row.waitFor();
    await screenshot(admin, 'console-admin-users');
    await row.getByRole('link', { name: USER.username, exact: true }).click();
    await waitForTitle(admin, USER.username);
    assert.match(await admin.getByTestId('admin-user-2fa').innerText(), /on|enabled/i);
    await screenshot(admin, 'console-admin-user');

    await admin.getByRole('button', { name: 'Disable account' }).click();
    await admin.getByTestId('admin-user-status').filter({ hasText: 'Disabled' }).waitFor();
    const disabledAt = Date.now();
    await screenshot(admin, 'console-admin-user-disabled');

    // The user's console acts: its next request finds the session gone.
    const addForm = userPage.getByRole('form', { name: 'Add a quote' });
    await addForm.getByLabel('Quote', { exact: true }).fill('Written after the account was disabled.');
    await addForm.getByLabel('Author', { exact: true }).fill('Nobody');
    await addForm.getByRole('button', { name: 'Add quote' }).click();
    await userPage.getByRole('form', { name: 'Sign in' }).waitFor({ timeout: 15_000 });
    await signedOutNotice(userPage).waitFor();
    await screenshot(userPage, 'console-session-ended');

    // The idle tab notices within a minute (it polls every 30 s).
    await idlePage.getByRole('form', { name: 'Sign in' }).waitFor({ timeout: 60_000 - (Date.now() - disabledAt) });
    assert.ok(Date.now() - disabledAt < 60_000);
    await signedOutNotice(idlePage).waitFor();

    // And signing in again is refused.
    await signIn(userPage, USER.username, USER.password);
    await userPage.locator('[data-testid="notice"][data-kind="error"]').waitFor();
    assert.equal(await title(userPage).innerText(), 'Sign in');

    for (const [name, seen] of [['user', userSeen], ['admin', adminSeen]]) {
      const foreign = foreignRequests(seen.requests, consoleOrigin(server.url));
      assert.deepEqual(foreign, [], `${name}: requests to another origin: ${foreign.join(', ')}`);
      assert.deepEqual(await seen.cspViolations(), [], `${name}: no CSP violation`);
      assert.deepEqual(seen.errors, [], `${name}: no script error`);
    }
    await adminContext.close();
  });
});
