import * as assert from 'node:assert/strict';
import { Corpus, sentenceAt } from '../../server/src/engine';
import { RELATED_STORY } from '../../server/src/engine/policy';
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

  it('gives a source that only brushes what another tells closely no passage, nor when nobody tells it closely', () => {
    const k = new Corpus();
    k.set('a.txt', 'Weather notes\n\nIt was windy. The harbour ferry Calder Star struck the old Tolbrook Bridge at dawn, injuring eleven passengers.');
    k.set('b.txt', 'Local news\n\nIt was windy. The harbour ferry Calder Star struck the Tolbrook Bridge at dawn and eleven passengers were hurt.');
    k.set('c.txt', 'Market day\n\nTraders set up early. Stalls near the harbour opened at dawn as usual.');
    const a = k.get('a.txt')!;
    const crash = sentenceAt(a, a.text.indexOf('struck'))!;
    assert.deepEqual(k.alignment().corresponding('a.txt', crash.index).map((p) => p.doc), ['b.txt']);
    // Without the close telling, the brushing source tells another story: still no passage.
    k.delete('b.txt');
    assert.deepEqual(k.alignment().corresponding('a.txt', crash.index).map((p) => p.doc), []);
  });

  it('offers the best passage of a source that tells the same story, however weak beside another source’s', () => {
    const k = new Corpus();
    const story = 'Mayor Helen Achebe opened the Tolbrook Bridge inquiry on Monday. The inquiry will sit in Ashcombe town hall. Wendline Ferries will give evidence in March.';
    k.set('a.txt', `Inquiry opens\n\n${story} The harbour ferry Calder Star struck the bridge at dawn, injuring eleven passengers.`);
    k.set('b.txt', `Bridge inquiry\n\n${story} The harbour ferry Calder Star struck the Tolbrook Bridge at dawn and eleven passengers were hurt.`);
    k.set('c.txt', `Council notes\n\n${story} Its report on the harbour ferry will come in the summer.`);
    const a = k.get('a.txt')!;
    const crash = sentenceAt(a, a.text.indexOf('struck'))!;
    assert.ok(k.alignment().relatedness('a.txt').get('c.txt')! >= RELATED_STORY);
    assert.deepEqual(k.alignment().corresponding('a.txt', crash.index).map((p) => p.doc), ['b.txt', 'c.txt']);
  });

  it('goes from a count under the cursor to the other source’s count of the same thing, not to its lead', () => {
    const k = new Corpus();
    k.set('a.txt', 'Tablet news\n\nHarrow Devices launched the Slate 9 tablet at a Kelby event on Tuesday. Retailers were upbeat. Harrow Devices says its Slate 9 drew 130,000 pre-orders in its first two days, a record.');
    k.set('b.txt', 'Launch day\n\nHarrow Devices today introduced the Slate 9 tablet at its Kelby campus. The screen is brighter. Customers placed 312,000 pre-orders in the first 48 hours.');
    const a = k.get('a.txt')!;
    const at = a.text.indexOf('drew 130,000');
    const found = k.alignment().corresponding('a.txt', sentenceAt(a, at)!.index, at);
    const b = k.get('b.txt')!;
    const s = b.sentences[found.find((p) => p.doc === 'b.txt')!.sentence]!;
    assert.match(b.text.slice(s.start, s.end), /^Customers placed 312,000 pre-orders/);
  });
});
