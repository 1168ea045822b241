/**
 * Properties of the engine over random text: nothing throws, and every range it reports lies inside
 * the text on UTF-16 boundaries (never between the two halves of a surrogate pair), in order.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseDocument, buildViews, Corpus } from '../../server/src/engine';
import { renderHtml } from '../../server/src/views/html';
import { renderMarkdown } from '../../server/src/views/markdown';
import { toViewModel } from '../../server/src/views/model';
import type { Span } from '../../server/src/engine/types';

/** Pieces of text that stress a tokeniser and the claim patterns. */
const PIECES = [
  ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '.', ',', ';', ':', '—', '–', '-', '"', '“', '”', '‘', '’', "'", '(', ')', '…',
  '0', '7', '12', '1,250', '3.5', '£', '$', '€', '%', '¼', '٣', '۵', 'six', 'hours', 'half', 'and a half', 'about', 'nearly', 'over',
  'Monday', 'March', 'Feb.', '2025', '10:00', 'a.m.', 'PM', 'U.S.', 'Mr.', 'Dr.', 'Ms', 'Tolbrook Bridge', 'Priya', 'Raman', "O'Neil's",
  'said', 'told', 'talks', 'killed', 'injured', 'people', 'million', 'bn', 'per cent',
  'é', 'É', 'e\u0301', 'ß', 'Ω', 'ǅ', 'Öncu', 'Keçeli', '中文', 'مرحبا', 'שלום', '\u200f', '\u200e', '\u202e', '\u0301', '\u0308',
  '😀', '👍🏽', '𝐀', '\ud83d', '\ude00', '\ufeff', '\u0000', '\u0007', '\u001b', '\u2028', '\u2029', '\u00a0',
];

const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);

function checkSpan(t: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= t.length, `${what}: [${s.start}, ${s.end}) inside 0..${t.length}`);
  for (const at of [s.start, s.end]) {
    const before = t.charCodeAt(at - 1);
    const after = t.charCodeAt(at);
    const splits = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
    assert.ok(!splits, `${what}: offset ${at} splits a surrogate pair`);
  }
}

describe('engine properties (random text)', function () {
  this.timeout(120_000);

  it('never throws, and every range lies inside the text on UTF-16 boundaries', () => {
    fc.assert(
      fc.property(text, (t) => {
        const d = analyseDocument('r.txt', t);
        d.paragraphs.forEach((p, i) => checkSpan(t, p, `paragraph ${i}`));
        d.sentences.forEach((s, i) => checkSpan(t, s, `sentence ${i}`));
        d.names.forEach((m, i) => checkSpan(t, m, `name ${i} '${m.text}'`));
        d.names.forEach((m, i) => m.role && checkSpan(t, m.role, `role of name ${i}`));
        d.quotes.forEach((q, i) => checkSpan(t, q, `quotation ${i}`));
        d.claims.forEach((c, i) => checkSpan(t, c, `claim ${i} '${c.text}'`));
        d.weekdayMismatches.forEach((w, i) => checkSpan(t, w, `weekday ${i}`));
        for (let i = 1; i < d.sentences.length; i++) assert.ok(d.sentences[i - 1]!.end <= d.sentences[i]!.start, 'sentences in order, apart');
        // Positions round-trip through the line index as an editor counts them.
        for (const s of d.sentences) assert.equal(d.lines.offsetAt(d.lines.positionAt(s.start)), s.start);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('compares random documents without throwing, and every finding and related passage is a range of its text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), (texts) => {
        const c = new Corpus();
        texts.forEach((t, i) => c.set(`d${i}.txt`, `Tolbrook Bridge. ${t} Priya Raman said the talks lasted six hours.`));
        for (const [id, findings] of c.allFindings()) {
          for (const f of findings) {
            checkSpan(c.get(id)!.text, f.span, `finding in ${id}`);
            for (const r of f.related) checkSpan(c.get(r.doc)!.text, r.span, `related passage in ${r.doc}`);
          }
        }
        for (const id of c.ids()) for (let s = 0; s < c.get(id)!.sentences.length; s++) c.alignment().corresponding(id, s);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('builds and renders the views of random documents without throwing; every place is a range of its text and no text becomes markup', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 4 }), fc.boolean(), (texts, focused) => {
        const c = new Corpus();
        texts.forEach((t, i) => c.set(`d${i}.txt`, `Tolbrook Bridge. ${t} Priya Raman said the talks lasted six hours on March 6, 2025.`));
        const views = buildViews(c, focused ? { focus: new Set(['d0.txt']), maxSources: 2 } : {});
        for (const r of views.matrix.rows) for (const cell of r.cells) for (const e of cell.entries) checkSpan(c.get(cell.doc)!.text, e.span, `matrix entry in ${cell.doc}`);
        for (const m of views.timeline.marks) {
          assert.ok(Number.isFinite(m.start) && m.start <= m.end, `mark ${m.when}`);
          for (const s of m.sources) checkSpan(c.get(s.doc)!.text, s.span, `timeline source in ${s.doc}`);
        }
        const model = toViewModel(c, views, { title: 't', name: (id) => id, href: (id) => `./${id}` });
        const html = renderHtml(model, { mode: 'report', nonce: 'N' });
        // Our elements only: random text never opens a tag (its "<" is escaped).
        const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
        for (const t of tags) assert.ok(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'p', 'span', 'nav', 'button', 'main', 'section', 'div', 'label', 'select', 'option', 'table', 'thead', 'tr', 'th', 'td', 'tbody', 'a', 'br', 'wbr', 'ol', 'li', 'footer', 'code', 'script'].includes(t), t);
        renderMarkdown(model);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('gives the same analysis after random edits of random text as a fresh analysis of the result', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 20 }), insert: text });
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), edit), { maxLength: 15 }), (texts, edits) => {
        const inc = new Corpus();
        const now = texts.map((t) => `Priya Raman visited Tolbrook Bridge. ${t}`);
        now.forEach((t, i) => inc.set(`d${i}.txt`, t));
        inc.allFindings();
        for (const [which, e] of edits) {
          const i = which % now.length;
          const t = now[i]!;
          const at = Math.floor(e.at * t.length);
          now[i] = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.cut));
          inc.set(`d${i}.txt`, now[i]!);
          if (which % 3 === 0) inc.allFindings();
        }
        const fresh = new Corpus();
        now.forEach((t, i) => fresh.set(`d${i}.txt`, t));
        const view = (c: Corpus) => c.ids().map((id) => ({ id, analysis: { ...c.get(id)!, lines: undefined }, findings: c.findingsFor(id) }));
        assert.deepEqual(view(inc), view(fresh));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
