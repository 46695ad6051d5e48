// The console as a person uses it: by the labels, roles and names it shows (which also checks
// that its forms are labelled), plus the data-testid hooks listed in console/TESTIDS.md.
import assert from 'node:assert/strict';

export const SIGNED_OUT_NOTICE = /signed out/i;

export function consoleOrigin(url) {
  return new URL(url).origin;
}

/** The screen's title (each screen has one h1, focused when it opens). */
export function title(page) {
  return page.locator('h1#page-title');
}

export async function waitForTitle(page, text, timeout = 15_000) {
  await title(page).filter({ hasText: text }).waitFor({ timeout });
}

/** Loads the console at `hash` (e.g. '#/quotes'); resolves with the page's HTTP response. */
export async function openConsole(page, url, hash = '') {
  const response = await page.goto(`${url}/${hash}`);
  assert.equal(response.status(), 200, `GET /${hash} answers the console`);
  await title(page).waitFor({ timeout: 30_000 });
  return response;
}

export async function goTo(page, hash, titleText) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  if (titleText) await waitForTitle(page, titleText);
}

export function notice(page) {
  return page.getByTestId('notice');
}

export async function signUp(page, { email, username, password }) {
  const form = page.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Username', { exact: true }).fill(username);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Create account' }).click();
}

/** The password step; leaves the page on the second-factor step or signed in. */
export async function signIn(page, login, password) {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.waitFor();
  await form.getByLabel('Username or email').fill(login);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

export async function secondFactor(page, code) {
  const form = page.getByRole('form', { name: 'Second factor' });
  await form.waitFor();
  await form.getByLabel('Authentication code').fill(code);
  await form.getByRole('button', { name: 'Verify' }).click();
}

export async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).first().click();
  await page.getByRole('form', { name: 'Sign in' }).waitFor();
}

/** Every JSON body the page received from /graphql, for checks on what the server handed out. */
export function recordGraphqlBodies(page) {
  const bodies = [];
  page.on('response', async (res) => {
    if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return;
    try {
      bodies.push(await res.text());
    } catch {
      // the page went away
    }
  });
  return bodies;
}
