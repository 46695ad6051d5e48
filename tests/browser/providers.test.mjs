// Sign-in providers in the console, in Chromium, against a real OpenID Connect provider
// (tests/oidc/provider.mjs, oidc-provider on 127.0.0.1) configured as the generic OIDC provider
// "corp": a new provider account gets an account with one click and signs in again to it; a
// provider account whose verified address has an account must prove that account's password
// before it is linked (the email collision); the account page lists linked providers, links and
// unlinks them (never the last way in); an unverified address is asked for and confirmed by
// mail; a cancelled sign-in and a forged answer change nothing; a passwordless account changes
// its email without a password, confirms "it's you" with its provider, and deletes itself
// without a password.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { goTo, notice, openConsole, secondFactor, signIn, signOut, signUp, waitForTitle } from './lib/console.mjs';
import { launchChromium, repoRoot, screenshot, skipUnlessReady, watch } from './lib/env.mjs';
import { waitForLink } from './lib/mail.mjs';
import { passProvider, skipUnlessOidc, startProvider } from './lib/oidc.mjs';
import { ADMIN, gql, startServer } from './lib/server.mjs';
import { freshTotp } from './lib/totp.mjs';

const CLIENT_SECRET = 'browser-tests-client-secret';
const PROVIDER_NAME = 'Corp SSO';

const ACCOUNTS = {
  // A new provider account with a verified address nobody has: a new account, no password.
  newbie: {
    password: 'newbie provider password',
    sub: 'sub-newbie',
    email: 'newbie@corp.example',
    email_verified: true,
    name: 'New Bie',
    preferred_username: 'newbie',
  },
  // Its verified address belongs to an account made with a password first: LinkRequired.
  grace: {
    password: 'grace provider password',
    sub: 'sub-grace',
    email: 'grace@example.com',
    email_verified: true,
    name: 'Grace Hopper',
    preferred_username: 'grace-corp',
  },
  // No verified address: EmailRequired.
  drifter: {
    password: 'drifter provider password',
    sub: 'sub-drifter',
    email: 'drifter@corp.example',
    email_verified: false,
    preferred_username: 'drifter',
  },
  // The passwordless account of the "confirm it's you" suite.
  rita: {
    password: 'rita provider password',
    sub: 'sub-rita',
    email: 'rita@corp.example',
    email_verified: true,
    preferred_username: 'rita',
  },
};

/** The login form's fields for a provider account. */
const as = (login) => ({ login, password: ACCOUNTS[login].password });

const GRACE = { email: 'grace@example.com', username: 'grace', password: 'grace console password 1906' };

function providerEnv(issuer, clientId) {
  return {
    SIGN_IN_PROVIDERS: 'corp',
    PROVIDER_CORP_ISSUER: issuer,
    PROVIDER_CORP_CLIENT_ID: clientId,
    PROVIDER_CORP_CLIENT_SECRET: CLIENT_SECRET,
    PROVIDER_CORP_NAME: PROVIDER_NAME,
  };
}

/** The server must serve this tree's console/dist (it is compiled into the binary). */
async function assertFreshConsole(server) {
  const served = await (await fetch(`${server.url}/`)).text();
  const built = readFileSync(path.join(repoRoot, 'console', 'dist', 'index.html'), 'utf8');
  assert.equal(served, built, `${server.url}/ is not console/dist/index.html: the server binary embeds an older console (cargo build)`);
}

/** Everything on the console's pages must stay within the strict CSP. */
async function assertNoCspViolations(seen) {
  assert.deepEqual(await seen.cspViolations(), [], 'no CSP violation');
  assert.deepEqual(seen.errors, [], 'no page error');
}

/** Back in the console from the provider: the code and state are out of the address and storage. */
async function assertAnswerTakenOut(page, server) {
  const url = new URL(page.url());
  assert.equal(url.origin, new URL(server.url).origin);
  assert.equal(url.search, '', `the provider's answer is out of the address: ${page.url()}`);
  const stored = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }));
  assert.doesNotMatch(stored, /providerFlow/, 'the pending flow is gone from sessionStorage');
}

function signedInAs(page, username) {
  return page.getByTestId('signed-in-user').filter({ hasText: new RegExp(`^${username}$`) });
}

function providerButton(page) {
  return page.getByRole('button', { name: `Sign in with ${PROVIDER_NAME}` });
}

async function adminToken(url) {
  const { body } = await gql(
    url,
    'mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { ... on AuthPayload { accessToken } } }',
    { l: ADMIN.username, p: ADMIN.password },
  );
  const token = body.data?.login?.accessToken;
  assert.ok(token, `the admin signs in: ${JSON.stringify(body)}`);
  return token;
}

async function usersMatching(url, token, search) {
  const { body } = await gql(
    url,
    'query($s: String) { users(first: 50, search: $s) { nodes { username email hasPassword emailVerified } } }',
    { s: search },
    token,
  );
  assert.ok(body.data, JSON.stringify(body));
  return body.data.users.nodes;
}

describe('sign-in providers in the console', { skip: skipUnlessReady() || skipUnlessOidc(), timeout: 10 * 60_000 }, () => {
  let provider;
  let server;
  let browser;

  before(async () => {
    provider = await startProvider({ accounts: ACCOUNTS });
    server = await startServer({ env: providerEnv(provider.issuer, 'portcullis') });
    // The callback's port is known only now: the provider takes late registrations.
    await provider.registerClient({
      client_id: 'portcullis',
      client_secret: CLIENT_SECRET,
      redirect_uris: [`${server.url}/auth/corp/callback`],
    });
    await assertFreshConsole(server);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.stop();
  });

  it('a new provider account gets an account with one click, and signs in to it again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    await openConsole(page, server.url, '#/signin');
    await waitForTitle(page, 'Sign in');
    const button = page.getByTestId('provider-corp');
    await button.waitFor();
    assert.equal(await button.innerText(), `Sign in with ${PROVIDER_NAME}`);
    await assertNoCspViolations(seen);
    await screenshot(page, 'providers-sign-in');

    await providerButton(page).click();
    await page.waitForURL((u) => u.href.startsWith(`${provider.issuer}/interaction/`));
    await screenshot(page, 'providers-provider-login');
    await passProvider(page, provider.issuer, as('newbie'));

    // Back in the console, signed in to a new account named after preferred_username.
    await signedInAs(page, 'newbie').waitFor();
    await waitForTitle(page, 'Quotes');
    await assertAnswerTakenOut(page, server);
    await notice(page).filter({ hasText: `Signed in as newbie with ${PROVIDER_NAME}` }).waitFor();
    await assertNoCspViolations(seen);
    await screenshot(page, 'providers-signed-in');

    await goTo(page, '#/account', 'Account');
    await page.getByTestId('account-email').filter({ hasText: 'newbie@corp.example' }).waitFor();
    await page.getByTestId('email-status').filter({ hasText: 'Verified' }).waitFor();
    await page.getByTestId('account-password').filter({ hasText: /none/i }).waitFor();
    const row = page.locator('[data-testid="identity-row"][data-provider="corp"]');
    await row.waitFor();
    assert.match(await row.getByTestId('identity-provider').innerText(), new RegExp(PROVIDER_NAME));
    assert.match(await row.getByTestId('identity-account').innerText(), /newbie@corp\.example/);
    assert.match(await row.getByTestId('identity-last-used').innerText(), /Last used/);

    // Sign out, and in again with the button: the provider remembers the browser (no login page).
    await signOut(page);
    await providerButton(page).click();
    await signedInAs(page, 'newbie').waitFor();
    await assertAnswerTakenOut(page, server);

    const token = await adminToken(server.url);
    const users = await usersMatching(server.url, token, 'newbie');
    assert.deepEqual(users, [{ username: 'newbie', email: 'newbie@corp.example', hasPassword: false, emailVerified: true }]);
    await assertNoCspViolations(seen);
    await context.close();
  });

  it('unlinking the only way in of a passwordless account is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openConsole(page, server.url, '#/signin');
    await providerButton(page).click();
    await passProvider(page, provider.issuer, as('newbie'));
    await signedInAs(page, 'newbie').waitFor();

    await goTo(page, '#/account', 'Account');
    const row = page.locator('[data-testid="identity-row"][data-provider="corp"]');
    await row.getByRole('button', { name: `Unlink ${PROVIDER_NAME}` }).click();
    const refused = page.locator('[data-testid="notice"][data-kind="error"][data-code="FORBIDDEN"]');
    await refused.filter({ hasText: /last way to sign in/ }).waitFor();
    await screenshot(page, 'providers-unlink-refused');
    await row.waitFor();
    assert.equal(await page.getByTestId('identity-row').count(), 1, 'still linked');
    await context.close();
  });

  it('an address that has an account is linked only after its password is given', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    // The account is made first, with a password, through the console.
    await openConsole(page, server.url, '#/signup');
    await signUp(page, GRACE);
    await waitForTitle(page, 'Quotes');
    await signOut(page);

    // The provider account with the same (verified) address: nobody is signed in, the link
    // screen asks for the account's password.
    await providerButton(page).click();
    await passProvider(page, provider.issuer, as('grace'));
    await waitForTitle(page, `Link ${PROVIDER_NAME} to your account`);
    await assertAnswerTakenOut(page, server);
    assert.equal(await page.getByTestId('link-email').innerText(), GRACE.email);
    assert.equal(await page.getByTestId('signed-in-user').count(), 0, 'nobody is signed in yet');
    await assertNoCspViolations(seen);
    await screenshot(page, 'providers-link-required');

    const form = page.getByRole('form', { name: `Link ${PROVIDER_NAME}` });
    // A wrong password links nothing.
    await form.getByLabel('Password', { exact: true }).fill('not the password');
    await form.getByRole('button', { name: `Link ${PROVIDER_NAME} and sign in` }).click();
    await page.locator('[data-testid="notice"][data-code="INVALID_CREDENTIALS"]').waitFor();
    assert.equal(await page.getByTestId('signed-in-user').count(), 0);

    await form.getByLabel('Password', { exact: true }).fill(GRACE.password);
    await form.getByRole('button', { name: `Link ${PROVIDER_NAME} and sign in` }).click();
    await signedInAs(page, GRACE.username).waitFor();
    await waitForTitle(page, 'Quotes');
    await notice(page).filter({ hasText: `${PROVIDER_NAME} is linked` }).waitFor();

    await goTo(page, '#/account', 'Account');
    const row = page.locator('[data-testid="identity-row"][data-provider="corp"]');
    await row.waitFor();
    assert.match(await row.getByTestId('identity-account').innerText(), /grace@example\.com/);
    await page.getByTestId('account-password').filter({ hasText: 'Set' }).waitFor();
    await screenshot(page, 'providers-account');

    // Next time the provider's button signs in to that account directly.
    await signOut(page);
    await providerButton(page).click();
    await signedInAs(page, GRACE.username).waitFor();

    // With a password left, unlinking is allowed; then linking again from the account page.
    await goTo(page, '#/account', 'Account');
    await row.getByRole('button', { name: `Unlink ${PROVIDER_NAME}` }).click();
    await page.locator('[data-testid="notice"][data-kind="success"]').filter({ hasText: /unlinked/ }).waitFor();
    await page.getByTestId('identity-empty').waitFor();
    await page.getByTestId('link-provider-corp').click();
    // The provider still knows this browser: straight back, linked again.
    await page.locator('[data-testid="notice"][data-kind="success"]').filter({ hasText: `${PROVIDER_NAME} is linked` }).waitFor();
    await waitForTitle(page, 'Account');
    await assertAnswerTakenOut(page, server);
    await row.waitFor();
    await goTo(page, '#/activity', 'Security activity');
    await page.getByTestId('event-row').first().waitFor();
    const kinds = await page.getByTestId('event-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
    assert.deepEqual(
      kinds.filter((k) => k.startsWith('IDENTITY_')),
      ['IDENTITY_LINKED', 'IDENTITY_UNLINKED', 'IDENTITY_LINKED'],
      `events: ${kinds.join(', ')}`,
    );
    await assertNoCspViolations(seen);
    await context.close();
  });

  it('with two-factor sign-in on, the provider is the first factor and the code the second', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const usedSteps = new Set();
    await openConsole(page, server.url, '#/signin');
    await signIn(page, GRACE.username, GRACE.password);
    await signedInAs(page, GRACE.username).waitFor();
    await goTo(page, '#/security', 'Two-factor authentication');
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    const enrol = page.getByRole('form', { name: 'Confirm two-factor authentication' });
    await enrol.getByLabel('Code from your authenticator app').fill(await freshTotp(secret, usedSteps));
    await enrol.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.getByTestId('recovery-codes-panel').waitFor();
    const recovery = await page.getByTestId('recovery-code').allInnerTexts();
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await page.getByTestId('totp-status').filter({ hasText: 'On' }).waitFor();
    await signOut(page);

    await providerButton(page).click();
    await passProvider(page, provider.issuer, as('grace'));
    await waitForTitle(page, 'Two-factor authentication');
    await page.getByRole('form', { name: 'Second factor' }).waitFor();
    await assertAnswerTakenOut(page, server);
    assert.equal(await page.getByTestId('signed-in-user').count(), 0, 'not signed in before the code');
    await screenshot(page, 'providers-second-factor');
    // A recovery code (the enrolment just used this 30 s step's TOTP code).
    await secondFactor(page, recovery[0]);
    await signedInAs(page, GRACE.username).waitFor();
    await context.close();
  });

  it('a provider account without a verified address gives one and finishes on the mailed link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    await openConsole(page, server.url, '#/signin');
    await providerButton(page).click();
    await passProvider(page, provider.issuer, as('drifter'));
    await waitForTitle(page, `Sign up with ${PROVIDER_NAME}`);
    const form = page.getByRole('form', { name: 'Your email address' });
    const email = form.getByLabel('Email', { exact: true });
    assert.equal(await email.inputValue(), ACCOUNTS.drifter.email, "prefilled with the provider's suggestion");
    await email.fill('drifter@example.org');
    await form.getByRole('button', { name: 'Send the link' }).click();
    await page.getByTestId('provider-sign-up-requested').filter({ hasText: 'drifter@example.org' }).waitFor();
    await screenshot(page, 'providers-email-required');

    const link = await waitForLink(server, '/confirm-sign-up', { to: 'drifter@example.org' });
    assert.ok(link.startsWith(`${server.url}/confirm-sign-up?token=`), link);
    await page.goto(link);
    await waitForTitle(page, 'Finish signing up');
    // Nothing happens until the button is pressed (mail scanners open links too).
    assert.equal(await page.getByTestId('signed-in-user').count(), 0);
    await page.getByRole('form', { name: 'Finish signing up' }).getByRole('button', { name: 'Finish signing up' }).click();
    await page.getByTestId('sign-up-confirmed').waitFor();
    await signedInAs(page, 'drifter').waitFor();
    await screenshot(page, 'providers-sign-up-confirmed');

    // The link works once.
    await page.goto(link);
    await page.getByRole('form', { name: 'Finish signing up' }).getByRole('button', { name: 'Finish signing up' }).click();
    await page.locator('[data-testid="notice"][data-code="INVALID_TOKEN"]').waitFor();
    await assertNoCspViolations(seen);
    await context.close();
  });

  it('a cancelled sign-in and a forged answer change nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openConsole(page, server.url, '#/signin');
    await providerButton(page).click();
    await page.waitForURL((u) => u.href.startsWith(`${provider.issuer}/interaction/`));
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.locator('[data-testid="notice"][data-code="PROVIDER_CANCELLED"]').filter({ hasText: /cancelled/i }).waitFor();
    await waitForTitle(page, 'Sign in');
    await assertAnswerTakenOut(page, server);
    await screenshot(page, 'providers-cancelled');

    // An answer this tab did not ask for (login CSRF): ignored.
    await page.goto(`${server.url}/?code=forged-code&state=forged-state`);
    await page.locator('[data-testid="notice"][data-code="PROVIDER_STATE_MISMATCH"]').waitFor();
    assert.equal(new URL(page.url()).search, '');
    await waitForTitle(page, 'Sign in');
    assert.equal(await page.getByTestId('signed-in-user').count(), 0);
    await context.close();
  });
});

describe("confirm it's you with a provider (an account without a password)", { skip: skipUnlessReady() || skipUnlessOidc(), timeout: 10 * 60_000 }, () => {
  // A short recent-authentication window, so that the dialog shows up within the test.
  const WINDOW_SECONDS = 12;
  let provider;
  let server;
  let browser;

  before(async () => {
    provider = await startProvider({ accounts: ACCOUNTS });
    server = await startServer({ env: { ...providerEnv(provider.issuer, 'portcullis-reauth'), REAUTHENTICATION_WINDOW: `${WINDOW_SECONDS}s` } });
    await provider.registerClient({
      client_id: 'portcullis-reauth',
      client_secret: CLIENT_SECRET,
      redirect_uris: [`${server.url}/auth/corp/callback`],
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.stop();
  });

  it('confirms with the provider instead of a password, then deletes the account without one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    await openConsole(page, server.url, '#/signin');
    await providerButton(page).click();
    await passProvider(page, provider.issuer, as('rita'));
    await signedInAs(page, 'rita').waitFor();
    const signedInAt = Date.now();

    // Within the window, changing the email asks for no password (it sends null).
    await goTo(page, '#/account/email', 'Change email');
    const emailForm = page.getByRole('form', { name: 'Change email' });
    assert.equal(await emailForm.getByLabel('Current password').count(), 0, 'no password field');
    await emailForm.getByLabel('New email').fill('rita@example.org');
    await emailForm.getByRole('button', { name: 'Send confirmation link' }).click();
    await page.getByTestId('email-change-requested').waitFor();

    // Past the window, unlinking needs a fresh proof: the dialog offers the provider, no password.
    await goTo(page, '#/account', 'Account');
    const row = page.locator('[data-testid="identity-row"][data-provider="corp"]');
    await row.waitFor();
    await page.waitForTimeout(Math.max(0, signedInAt + (WINDOW_SECONDS + 1) * 1000 - Date.now()));
    await row.getByRole('button', { name: `Unlink ${PROVIDER_NAME}` }).click();
    const dialog = page.getByTestId('reauth-dialog');
    await dialog.getByRole('heading', { name: "Confirm it's you" }).waitFor();
    assert.equal(await dialog.getByLabel('Your password').count(), 0, 'no password field');
    const confirm = dialog.getByTestId('reauth-provider-corp');
    await confirm.waitFor();
    assert.equal(await confirm.innerText(), `Confirm with ${PROVIDER_NAME}`);
    await assertNoCspViolations(seen);
    await screenshot(page, 'providers-reauth-dialog');
    await confirm.click();

    // The provider knows the browser: straight back, confirmed, on the same screen.
    await page.locator('[data-testid="notice"][data-code="REAUTHENTICATED"]').waitFor();
    await waitForTitle(page, 'Account');
    await assertAnswerTakenOut(page, server);
    // Within the window now: the server's own answer (the last way in) comes through.
    await row.getByRole('button', { name: `Unlink ${PROVIDER_NAME}` }).click();
    await page.locator('[data-testid="notice"][data-code="FORBIDDEN"]').filter({ hasText: /last way to sign in/ }).waitFor();

    // Deleting the account asks for no password (it sends null).
    await goTo(page, '#/account/delete', 'Delete account');
    const form = page.getByRole('form', { name: 'Delete account' });
    assert.equal(await form.getByLabel('Password', { exact: true }).count(), 0, 'no password field');
    await form.getByLabel('I understand that this cannot be undone').check();
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('form', { name: 'Sign in' }).waitFor();
    await notice(page).filter({ hasText: /rita .*deleted/ }).waitFor();
    const token = await adminToken(server.url);
    assert.deepEqual(await usersMatching(server.url, token, 'rita'), []);
    await assertNoCspViolations(seen);
    await context.close();
  });
});
