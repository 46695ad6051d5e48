// Passkeys in the console, in Chromium, with the DevTools virtual authenticator
// (WebAuthn.addVirtualAuthenticator: a platform authenticator with resident keys and user
// verification, as a phone or laptop has): a user adds a passkey on the Account screen, signs in
// with it without a username, meets the second step of a password sign-in with it, confirms
// "it's you" with it, renames and deletes it. The autofill (conditional mediation): the username
// field asks for it, the page starts a pending conditional request, and the virtual authenticator
// answers it as a user picking the suggestion would; the dropdown itself is browser UI that
// headless Chromium does not draw, so that click is not tested.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { goTo, notice, openConsole, signIn, signOut, signUp, waitForTitle } from './lib/console.mjs';
import { launchChromium, repoRoot, screenshot, skipUnlessReady, watch } from './lib/env.mjs';
import { gql, startServer } from './lib/server.mjs';
import { trail } from './lib/trail.mjs';

const ADA = { email: 'ada@example.com', username: 'ada', password: 'ada console password 1815' };

function signedInAs(page, username) {
  return page.getByTestId('signed-in-user').filter({ hasText: new RegExp(`^${username}$`) });
}

/** A virtual platform authenticator in `page`'s browser context, as DevTools offers it. */
async function addAuthenticator(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    async credentials() {
      return (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
    },
    /** The user refuses (fails) verification from now on. */
    async refuseVerification() {
      await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
    },
    async allowVerification() {
      await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: true });
    },
  };
}

/**
 * The bodies of the page's /graphql answers, in the order they came. Each is read as its
 * response arrives; `claims` waits for the reads still running, so an answer the page has
 * already acted on is never missed.
 */
function recordBodies(page) {
  const reads = [];
  page.on('response', (res) => {
    if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return;
    reads.push(res.text().catch(() => null)); // null: the page went away
  });
  return {
    /** How many answers came so far: claims after this mark are the next action's. */
    mark: () => reads.length,
    /** The access token's claims in the first `field` payload after `mark`, or null. */
    async claims(field, mark) {
      const bodies = await Promise.all(reads.slice(mark));
      for (const text of bodies) {
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          continue;
        }
        const payload = parsed?.data?.[field];
        if (payload?.accessToken) return JSON.parse(Buffer.from(payload.accessToken.split('.')[1], 'base64url').toString());
      }
      return null;
    },
  };
}

describe('passkeys in the console', { skip: skipUnlessReady(), timeout: 10 * 60_000 }, () => {
  let server;
  let browser;

  before(async () => {
    // Passkeys need a host name (localhost), not 127.0.0.1; a short window for "recent
    // authentication" lets the test reach the "confirm it's you" dialog.
    server = await startServer({ publicHost: 'localhost', env: { REAUTHENTICATION_WINDOW: '30s' } });
    const served = await (await fetch(`${server.url}/`)).text();
    const built = readFileSync(path.join(repoRoot, 'console', 'dist', 'index.html'), 'utf8');
    assert.equal(served, built, 'the server binary embeds this tree\'s console (cargo build)');
    const { body } = await gql(server.url, '{ passkeysEnabled }');
    assert.equal(body.data.passkeysEnabled, true, JSON.stringify(body));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds a passkey, signs in with it and uses it as the second factor, then manages it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = await watch(page);
    const answers = recordBodies(page);
    const authenticator = await addAuthenticator(context, page);
    const t = trail(page, server, 'passkeys');
    const { operations } = t;
    await t.run(async () => {
      t.step('sign up');

      await openConsole(page, server.publicUrl, '#/signup');
      await signUp(page, ADA);
      await signedInAs(page, ADA.username).waitFor();

      t.step('add a passkey');
      // Account → Passkeys: none yet; add one (the virtual authenticator verifies the user).
      await goTo(page, '#/account', 'Account');
      const section = page.getByTestId('passkeys');
      await section.getByTestId('passkey-empty').waitFor();
      await section.getByLabel('Name for the new passkey').fill('Test laptop');
      await section.getByRole('button', { name: 'Add a passkey' }).click();
      await notice(page).filter({ hasText: 'Passkey "Test laptop" added' }).waitFor();
      const row = page.locator('[data-testid="passkey-row"][data-name="Test laptop"]');
      await row.waitFor();
      assert.match(await row.getByTestId('passkey-last-used').innerText(), /Not used yet/);
      const stored = await authenticator.credentials();
      assert.equal(stored.length, 1, 'the authenticator holds one credential');
      assert.equal(stored[0].isResidentCredential, true, 'a discoverable credential (username-less sign-in)');
      assert.equal(stored[0].rpId, 'localhost');
      await screenshot(page, 'passkeys-added');

      t.step('a second passkey on the same authenticator');
      // The same authenticator cannot make a second passkey for the account (excluded).
      await section.getByLabel('Name for the new passkey').fill('Again');
      await section.getByRole('button', { name: 'Add a passkey' }).click();
      await page
        .locator('[data-testid="notice"][data-kind="error"]')
        .filter({ hasText: /already holds a passkey/ })
        .waitFor();
      assert.equal((await authenticator.credentials()).length, 1);

      t.step('sign out; the autofill signs in');
      // Sign out: the sign-in screen starts a conditional request for the browser's autofill.
      // The virtual authenticator answers a pending conditional request at once, as if the user
      // had picked the passkey among the username field's suggestions: signed in again, no click.
      const before = operations.length;
      let mark = answers.mark();
      // (The whole round trip can fit between two animation frames: wait for the answer to the
      // sign-in, not for the signed-out screen to be seen.)
      const finished = page.waitForResponse(
        (res) => res.url().endsWith('/graphql') && (res.request().postData() ?? '').includes('"FinishPasskeySignIn"'),
      );
      await page.getByRole('button', { name: 'Sign out', exact: true }).first().click();
      await finished;
      await signedInAs(page, ADA.username).waitFor();
      const sent = operations.slice(before);
      assert.ok(sent.includes('StartPasskeySignIn') && sent.includes('FinishPasskeySignIn'), `autofill sign-in: ${sent.join(', ')}`);
      let claims = await answers.claims('finishPasskeySignIn', mark);
      assert.deepEqual(claims?.amr, ['hwk', 'user'], 'a passkey is two factors');
      assert.equal(claims?.aal, 'aal2');

      t.step('the passkey button');
      // A browser without autofill for passkeys: the button instead (modal, no username).
      await page.addInitScript(() => {
        if (window.PublicKeyCredential) window.PublicKeyCredential.isConditionalMediationAvailable = async () => false;
      });
      await page.reload();
      await signedInAs(page, ADA.username).waitFor();
      await signOut(page);
      // The field offers passkeys among its suggestions once the page knows the server has them.
      const username = page.getByRole('form', { name: 'Sign in' }).getByLabel('Username or email');
      await username.and(page.locator('[autocomplete="username webauthn"]')).waitFor();
      await screenshot(page, 'passkeys-sign-in');
      mark = answers.mark();
      await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
      await signedInAs(page, ADA.username).waitFor();
      claims = await answers.claims('finishPasskeySignIn', mark);
      assert.deepEqual(claims?.amr, ['hwk', 'user']);

      t.step('password, then the passkey as second factor');
      // With a passkey, the password asks for a second factor: the passkey meets it.
      await signOut(page);
      await signIn(page, ADA.username, ADA.password);
      await waitForTitle(page, 'Two-factor authentication');
      await page.getByTestId('second-factor-passkey').waitFor();
      // No TOTP and no recovery codes yet: nothing to type.
      assert.equal(await page.getByRole('form', { name: 'Second factor' }).count(), 0);
      await screenshot(page, 'passkeys-second-factor');
      // A failed verification (the user cancels) leaves the step open, with a clear message.
      await authenticator.refuseVerification();
      await page.getByRole('button', { name: 'Use your passkey' }).click();
      await page.locator('[data-testid="notice"][data-kind="error"]').filter({ hasText: /No passkey was used|not accepted/ }).waitFor();
      await authenticator.allowVerification();
      mark = answers.mark();
      await page.getByRole('button', { name: 'Use your passkey' }).click();
      await signedInAs(page, ADA.username).waitFor();
      claims = await answers.claims('finishPasskeySecondFactor', mark);
      assert.deepEqual(claims?.amr, ['pwd', 'hwk', 'user']);

      t.step('rename');
      // Rename it; the list shows its last use now.
      await goTo(page, '#/account', 'Account');
      await row.getByRole('button', { name: 'Rename Test laptop' }).click();
      await row.getByLabel('Passkey name').fill('Work laptop');
      await row.getByRole('button', { name: 'Save' }).click();
      const renamed = page.locator('[data-testid="passkey-row"][data-name="Work laptop"]');
      await renamed.waitFor();
      assert.match(await renamed.getByTestId('passkey-last-used').innerText(), /Last used/);

      t.step('recovery codes');
      // Recovery codes for the day the passkey is lost; then a code meets the second step.
      await section.getByRole('button', { name: 'Create recovery codes' }).click();
      await page.getByTestId('recovery-code').first().waitFor();
      const codes = await page.getByTestId('recovery-code').allInnerTexts();
      assert.equal(codes.length, 10);
      await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
      await signOut(page);
      await signIn(page, ADA.username, ADA.password);
      const form = page.getByRole('form', { name: 'Second factor' });
      await form.getByLabel('Recovery code').fill(codes[0]);
      await form.getByRole('button', { name: 'Verify' }).click();
      await signedInAs(page, ADA.username).waitFor();

      t.step('delete, confirming with the passkey');
      // Later (past the window), deleting asks to confirm it's you: with the passkey, in place.
      await goTo(page, '#/account', 'Account');
      await page.waitForTimeout(31_000);
      page.once('dialog', (d) => void d.accept());
      await renamed.getByRole('button', { name: 'Delete Work laptop' }).click();
      const dialog = page.getByTestId('reauth-dialog');
      await dialog.getByRole('button', { name: 'Confirm with your passkey' }).waitFor();
      await screenshot(page, 'passkeys-reauth');
      mark = answers.mark();
      await dialog.getByRole('button', { name: 'Confirm with your passkey' }).click();
      await notice(page).filter({ hasText: 'Passkey "Work laptop" deleted' }).waitFor();
      await section.getByTestId('passkey-empty').waitFor();
      claims = await answers.claims('reauthenticateWithPasskey', mark);
      assert.ok(claims?.auth_time, 'the reauthentication renewed auth_time');

      t.step('password alone');
      // Without a passkey, the password alone signs in again.
      await signOut(page);
      await signIn(page, ADA.username, ADA.password);
      await signedInAs(page, ADA.username).waitFor();

      assert.deepEqual(await seen.cspViolations(), [], 'no CSP violation');
      assert.deepEqual(seen.errors, [], 'no page error');
    });
    await context.close();
  });
});
