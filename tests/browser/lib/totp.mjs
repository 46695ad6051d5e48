// RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s steps: what authenticator apps and Portcullis use),
// from the base32 secret an enrolment shows.
import { createHmac } from 'node:crypto';

export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const i = alphabet.indexOf(ch);
    if (i < 0) throw new Error(`not base32: ${JSON.stringify(ch)}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The code for the step that contains `time` (ms), RFC 4226's dynamic truncation. */
export function totp(secret, { time = Date.now(), step = 30, digits = 6 } = {}) {
  const counter = Math.floor(time / 1000 / step);
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', base32Decode(secret)).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, '0');
}

/** The secret from an otpauth:// URI (or the secret itself). */
export function secretFrom(text) {
  const m = /[?&]secret=([A-Z2-7=]+)/i.exec(text);
  return (m ? m[1] : text).replace(/\s/g, '');
}

/**
 * A code the server has not seen yet: the server accepts a code once, so a second sign-in in the
 * same 30 s step must wait for the next step.
 */
export async function freshTotp(secret, used = new Set()) {
  for (;;) {
    const counter = Math.floor(Date.now() / 30000);
    if (!used.has(counter)) {
      used.add(counter);
      return totp(secret);
    }
    await new Promise((r) => setTimeout(r, 30000 - (Date.now() % 30000) + 50));
  }
}
