// What a long browser test did, kept quietly and told only when it fails: the steps it reached
// (with their times), the GraphQL operations the page sent and the error codes it got back, the
// screen it was on, the notices showing, and the server's warnings. A failure in CI is then
// readable from the log alone; a screenshot of the moment goes to SCREENSHOT_DIR as well.
import { screenshot } from './env.mjs';

/** Starts recording `page` (and `server`'s log); `run(fn)` runs the test body under it. */
export function trail(page, server, name) {
  const started = Date.now();
  const lines = [];
  const stamp = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`;
  const note = (text) => lines.push(`${stamp()}  ${text}`);

  const graphql = (req) => req.url().endsWith('/graphql') && req.method() === 'POST';
  const operation = (req) => {
    try {
      return JSON.parse(req.postData() ?? '{}').operationName ?? '(anonymous)';
    } catch {
      return '(not JSON)';
    }
  };
  const operations = [];
  page.on('request', (req) => {
    if (!graphql(req)) return;
    const op = operation(req);
    operations.push(op);
    note(`  → ${op}`);
  });
  page.on('response', (res) => {
    if (!graphql(res.request())) return;
    const op = operation(res.request());
    res.text().then(
      (text) => {
        let codes = [];
        try {
          codes = (JSON.parse(text).errors ?? []).map((e) => e.extensions?.code ?? e.message);
        } catch {
          codes = ['(not JSON)'];
        }
        note(`  ← ${op} ${res.status()}${codes.length ? ` errors: ${codes.join(', ')}` : ''}`);
      },
      () => note(`  ← ${op} ${res.status()} (body gone)`),
    );
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) note(`  navigated to ${frame.url()}`);
  });

  async function explain(error) {
    const out = [`\n# ${name} failed: ${error?.message?.split('\n')[0] ?? error}`, '# what happened, in order:'];
    out.push(...lines.map((l) => `#   ${l}`));
    try {
      out.push(`# address: ${page.url()}`);
      const heading = await page.locator('h1#page-title').allInnerTexts();
      out.push(`# screen: ${heading.join(' | ') || '(no title)'}`);
      const notices = await page.getByTestId('notice').evaluateAll((els) =>
        els.map((e) => `[${e.getAttribute('data-kind')}] ${e.textContent?.trim()}`),
      );
      out.push(`# notices: ${notices.join(' || ') || '(none)'}`);
      const dialogs = await page.locator('dialog[open]').allInnerTexts();
      if (dialogs.length) out.push(`# open dialog: ${dialogs.join(' | ').replace(/\s+/g, ' ')}`);
      out.push(`# screenshot: ${await screenshot(page, `${name}-failure`)}`);
    } catch (e) {
      out.push(`# (the page could not be read: ${e.message.split('\n')[0]})`);
    }
    const serverLines = server
      .logs()
      .split('\n')
      .filter((l) => /WARN|ERROR|panick/.test(l))
      .slice(-20);
    out.push('# server warnings and errors (last 20):', ...serverLines.map((l) => `#   ${l}`));
    console.error(out.join('\n'));
  }

  return {
    /** The operation names the page sent to /graphql, in order. */
    operations,
    /** Marks the start of a part of the test. */
    step(text) {
      note(`== ${text}`);
    },
    /** Runs the test body; on failure, tells what happened, then fails with the same error. */
    async run(fn) {
      try {
        await fn();
        // TRAIL=1 tells it on success too (to see where the time goes).
        if (process.env.TRAIL) console.error(lines.map((l) => `# ${l}`).join('\n'));
      } catch (e) {
        await explain(e);
        throw e;
      }
    },
  };
}
