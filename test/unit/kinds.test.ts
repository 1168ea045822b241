/**
 * Every claim kind's corpus (server/src/engine/claims/kinds/<kind>/corpus.ts): its examples read as
 * listed, its counter-examples give nothing of the kind, its pairs of sources conflict or not.
 */
import * as assert from 'node:assert/strict';
import { analyseDocument, Corpus, KINDS } from '../../server/src/engine';
import type { KindCorpus } from '../../server/src/engine/claims/kind';
import { corpus as age } from '../../server/src/engine/claims/kinds/age/corpus';
import { corpus as count } from '../../server/src/engine/claims/kinds/count/corpus';
import { corpus as date } from '../../server/src/engine/claims/kinds/date/corpus';
import { corpus as duration } from '../../server/src/engine/claims/kinds/duration/corpus';
import { corpus as money } from '../../server/src/engine/claims/kinds/money/corpus';
import { corpus as number } from '../../server/src/engine/claims/kinds/number/corpus';
import { corpus as percentage } from '../../server/src/engine/claims/kinds/percentage/corpus';
import { corpus as time } from '../../server/src/engine/claims/kinds/time/corpus';
import { corpus as vote } from '../../server/src/engine/claims/kinds/vote/corpus';
import { corpus as year } from '../../server/src/engine/claims/kinds/year/corpus';

/** Every kind's corpus, by kind: a kind without one fails the first test. */
export const CORPORA: Record<string, KindCorpus> = { age, count, date, duration, money, number, percentage, time, vote, year };

const dated = (text: string, date?: string) => (date ? `Published ${date}\n\n${text}` : text);

describe('claim kinds: every kind’s corpus of examples and counter-examples', () => {
  it('every kind of the registry has a corpus', () => {
    assert.deepEqual(Object.keys(CORPORA).sort(), Object.keys(KINDS).sort());
  });

  for (const [kind, corpus] of Object.entries(CORPORA)) {
    describe(kind, () => {
      for (const ex of corpus.examples) {
        it(`reads ${JSON.stringify(ex.text)}`, () => {
          const doc = analyseDocument('x.txt', dated(ex.text, ex.date));
          const got = doc.claims.filter((c) => c.kind === kind).map((c) => [doc.text.slice(c.start, c.end), c.display]);
          assert.deepEqual(got, ex.claims.map(([w, d]) => [w, d]));
        });
      }
      for (const ex of corpus.counter) {
        it(`reads no ${kind} in ${JSON.stringify(ex.text)} (${ex.why})`, () => {
          const doc = analyseDocument('x.txt', dated(ex.text, ex.date));
          assert.deepEqual(doc.claims.filter((c) => c.kind === kind).map((c) => c.text), []);
        });
      }
      for (const p of corpus.pairs ?? []) {
        it(`${p.conflict ? 'reports' : 'does not report'} ${JSON.stringify(p.a)} against ${JSON.stringify(p.b)} (${p.why})`, () => {
          const c = new Corpus();
          c.set('a.txt', dated(p.a, p.date));
          c.set('b.txt', dated(p.b, p.date));
          const found = c.findingsFor('a.txt').filter((f) => f.kind === kind);
          if (p.conflict) assert.equal(found.length, 1, `expected one finding; saw ${found.length}`);
          else {
            assert.deepEqual(found.map((f) => f.message), []);
            // Not merely unreported: compared and found to agree (or, where said, no one thing).
            const a = c.get('a.txt')!;
            const b = c.get('b.txt')!;
            const whys = a.claims.filter((x) => x.kind === kind).flatMap((x) => b.claims.filter((y) => y.kind === kind).map((y) => c.comparison().explain(a, x, b, y)));
            if (p.compared === false) {
              assert.ok(whys.length && !whys.includes('agree'), `expected claims of the kind on both sides, not compared: ${whys.join(' / ')}`);
              if (p.because) assert.ok(whys.some((w) => w.includes(p.because!)), `expected "${p.because}" among the reasons: ${whys.join(' / ')}`);
            }
            else assert.ok(whys.includes('agree'), `expected the two to be compared and agree: ${whys.join(' / ') || 'no claims of the kind'}`);
          }
        });
      }
    });
  }
});
