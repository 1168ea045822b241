import * as assert from 'node:assert/strict';
import { decodeBytes, LineIndex, sanitize } from '../../server/src/engine';

describe('line index', () => {
  it('maps offsets to positions and back over LF, CRLF and lone CR', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    const expect: Array<[number, number, number]> = [
      [0, 0, 0],
      [2, 0, 2],
      [4, 1, 0],
      [7, 2, 0],
      [10, 3, 0],
      [12, 3, 2],
    ];
    for (const [offset, line, character] of expect) {
      assert.deepEqual(idx.positionAt(offset), { line, character }, `offset ${offset}`);
      assert.equal(idx.offsetAt({ line, character }), offset);
    }
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2, 'clamped to the line end, before CRLF');
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), text.length);
  });

  it('counts UTF-16 code units, as LSP does', () => {
    const text = '😀 Öncu Keçeli\nx';
    const idx = new LineIndex(text);
    assert.deepEqual(idx.positionAt(text.indexOf('Ö')), { line: 0, character: 3 });
    assert.deepEqual(idx.positionAt(text.indexOf('x')), { line: 1, character: 0 });
  });
});

describe('decoding', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('decodes UTF-8 and drops a UTF-8 BOM', () => {
    assert.deepEqual(decodeBytes(enc('Keçeli')), { ok: true, text: 'Keçeli', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Hi')]);
    assert.deepEqual(decodeBytes(bom), { ok: true, text: 'Hi', encoding: 'utf-8-bom' });
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    assert.equal((decodeBytes(le) as { text: string }).text, 'Hi');
    assert.equal((decodeBytes(be) as { text: string }).text, 'Hi');
  });

  it('refuses binary data and invalid UTF-8 with a reason', () => {
    const bin = decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    assert.equal(bin.ok, false);
    assert.match((bin as { reason: string }).reason, /binary/);
    const bad = decodeBytes(new Uint8Array([0x41, 0xff, 0xfe, 0x42]));
    assert.equal(bad.ok, false);
    assert.match((bad as { reason: string }).reason, /not valid UTF-8/);
  });

  it('replaces control characters one for one', () => {
    const s = 'a\u0001b\u0007\tc\r\n';
    assert.equal(sanitize(s), 'a b \tc\r\n');
    assert.equal(sanitize(s).length, s.length);
  });
});
