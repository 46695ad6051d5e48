// Reading the .eml files the server writes to MAIL_DIR: just enough MIME (quoted-printable and
// base64 parts undone) to find the links in them.

/** The text of a message with its transfer encodings undone (all parts, one after another). */
export function mailText(eml) {
  const raw = eml.replace(/\r\n/g, '\n');
  const texts = [raw.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))];
  // base64 parts: the header block names the encoding, the body follows the blank line.
  const base64Part = /Content-Transfer-Encoding:\s*base64[^\n]*\n(?:[^\n]+\n)*\n([A-Za-z0-9+/=\n]+)/gi;
  for (const m of raw.matchAll(base64Part)) {
    texts.push(Buffer.from(m[1].replace(/\n/g, ''), 'base64').toString('utf8'));
  }
  return texts.join('\n');
}

/**
 * The first link to `path` (e.g. '/confirm-sign-up') in a mail to `to` (any, when not given), or
 * null. (MAIL_DIR's file names do not follow the sending order.)
 */
export function findLink(mails, path, to) {
  const pattern = new RegExp(`https?://[^\\s"'<>]+${path.replace(/[/.?]/g, '\\$&')}\\?token=[A-Za-z0-9_.~%-]+`);
  for (const eml of mails) {
    const text = mailText(eml);
    if (to && !new RegExp(`^To:.*${to.replace(/[.+]/g, '\\$&')}`, 'mi').test(text)) continue;
    const m = pattern.exec(text);
    if (m) return m[0].replace(/&amp;/g, '&');
  }
  return null;
}

/** Waits until a mail to `to` with a link to `path` arrives (the server sends mail from a queue). */
export async function waitForLink(server, path, { to, timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const link = findLink(server.mails(), path, to);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no mail${to ? ` to ${to}` : ''} with a ${path} link within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
