// What a person does on the GraphiQL page, and what must hold there.
import assert from 'node:assert/strict';
import { foreignRequests, screenshot, watch } from './env.mjs';

/** The CodeMirror 5 instance behind one of GraphiQL 4's editors. */
function editorValue(page, selector) {
  return page.evaluate((sel) => document.querySelector(sel)?.CodeMirror?.getValue() ?? null, selector);
}

/**
 * Opens GraphiQL at `origin`/graphql, runs `{ errorCodes }`, opens the schema explorer; asserts
 * nothing came from another origin and no CSP violation or script error happened.
 */
export async function exerciseGraphiql(context, origin, { shot = 'graphiql' } = {}) {
  const page = await context.newPage();
  const seen = await watch(page);
  const response = await page.goto(`${origin}/graphql`);
  assert.equal(response.status(), 200, 'GET /graphql (text/html) answers the page');
  const csp = response.headers()['content-security-policy'] || '';
  assert.match(csp, /script-src 'self'(;|$)/, `the page's CSP allows scripts from itself only: ${csp}`);
  assert.doesNotMatch(csp, /https?:|unsafe-eval/, `the page's CSP names no other origin: ${csp}`);

  // The editor renders, with the default query and the header editor open on the Bearer header.
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });
  assert.match(await editorValue(page, '.graphiql-query-editor .CodeMirror'), /mutation Login/);
  const shown = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';
  await page.waitForSelector(shown, { state: 'visible' });
  const headers = await editorValue(page, shown);
  assert.match(headers, /"Authorization": "Bearer <accessToken>"/);

  // The schema loads by introspection (with the server's default limits) ...
  await page.getByLabel('Show Documentation Explorer').click();
  const explorer = page.locator('.graphiql-doc-explorer');
  await explorer.waitFor();
  await explorer.getByText('Query', { exact: true }).first().click();
  await explorer.getByText('errorCodes', { exact: true }).first().waitFor({ timeout: 15_000 });
  await screenshot(page, `${shot}-schema-explorer`);

  // ... and a query runs.
  await page.evaluate(() =>
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ errorCodes }'),
  );
  // GraphiQL takes the editor's text into its state after a debounce: the tab's title (the
  // operation's name) changes from "Login" when it has.
  await page.waitForFunction(
    () => !/Login/.test(document.querySelector('.graphiql-tab-active')?.innerText ?? 'Login'),
  );
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /errorCodes/.test(r.request().postData() || ''),
  );
  await page.locator('.graphiql-execute-button').click();
  const res = await answered;
  assert.equal(res.status(), 200);
  await page.waitForFunction(
    () => document.querySelector('.graphiql-response')?.innerText.includes('UNAUTHENTICATED'),
    null,
    { timeout: 15_000 },
  );
  assert.match(await page.innerText('.graphiql-response'), /"errorCodes"/);
  await screenshot(page, shot);

  const foreign = foreignRequests(seen.requests, origin);
  assert.deepEqual(foreign, [], `requests to another origin: ${foreign.join(', ')}`);
  assert.deepEqual(await seen.cspViolations(), [], 'no CSP violation');
  assert.deepEqual(seen.errors, [], 'no script error');
  await page.close();
  return seen;
}
