import * as assert from 'node:assert/strict';
import { Corpus, sentenceAt } from '../../server/src/engine';
import { EXAMPLES, readCorpus } from '../paths';

describe('corresponding passages', () => {
  const c = new Corpus();
  for (const [n, t] of readCorpus(EXAMPLES)) c.set(n, t);
  const passageFor = (doc: string, at: string) => {
    const d = c.get(doc)!;
    const offset = d.text.indexOf(at);
    const s = sentenceAt(d, offset)!;
    return c
      .alignment()
      .corresponding(doc, s.index, offset)
      .map((p) => {
        const t = c.get(p.doc)!;
        const ts = t.sentences[p.sentence]!;
        return [p.doc, t.text.slice(ts.start, ts.end)];
      });
  };

  it('finds the passage about what the cursor points at, even inside "four and a half hours"', () => {
    const found = passagesFor('four and a half hours');
    assert.match(found.get('weekly-roundup.md') ?? '', /^The search for the ferry's missing deckhand took more than six hours\.$/);
    function passagesFor(at: string) {
      return new Map(passageFor('ashcombe-gazette.txt', at) as Array<[string, string]>);
    }
  });

  it('gives no passage for a line no other source tells', () => {
    assert.deepEqual(passageFor('weekly-roundup.md', 'Coming up'), []);
  });

  it('never returns a passage of the same document', () => {
    const d = c.get('ashcombe-gazette.txt')!;
    for (const s of d.sentences) for (const p of c.alignment().corresponding(d.id, s.index)) assert.notEqual(p.doc, d.id);
  });
});
