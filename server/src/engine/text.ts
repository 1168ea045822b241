/**
 * Turning bytes into text the engine can analyse, and text into text that is safe to tokenise.
 * Written by hand: the decisions (what counts as binary, how a BOM is treated) are ours to state,
 * and Node's TextDecoder does the decoding itself.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly reason: string };

/**
 * Decodes a file's bytes the way an editor shows them: UTF-8 (a BOM is dropped, as VS Code drops it,
 * so offsets agree with the editor's), or UTF-16 when a BOM says so. Binary data (NUL bytes) and
 * invalid UTF-8 are refused with a reason a user can act on.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) return { ok: false, reason: 'looks binary (it contains NUL bytes)' };
  const decoded = decodeWith('utf-8', body);
  if (!decoded.ok) return decoded;
  return bom ? { ok: true, text: decoded.text, encoding: 'utf-8-bom' } : decoded;
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (encoding !== 'utf-8' && text.includes('\u0000')) return { ok: false, reason: 'looks binary (it contains NUL characters)' };
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: encoding === 'utf-8' ? 'is not valid UTF-8 text' : `is not valid ${encoding.toUpperCase()} text` };
  }
}

// Control characters other than tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u0080-\u009F]/g;

/**
 * Replaces control characters by spaces, one for one, so that every offset into the result is an
 * offset into the original text.
 */
export function sanitize(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL, ' ') : text;
}
