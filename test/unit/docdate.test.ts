import * as assert from 'node:assert/strict';
import { findDocumentDate } from '../../server/src/engine';
import { EXAMPLES, readCorpus, requireSeeds, SEEDS } from '../paths';

const iso = (text: string) => findDocumentDate(text)?.iso;

describe('document date', () => {
  it('reads datelines at the top, in the forms news uses', () => {
    assert.equal(iso(' date 2025-02-28 The United States said talks were held.'), '2025-02-28');
    assert.equal(iso('Published 2024-11-02\n\nText.'), '2024-11-02');
    assert.equal(iso('The Morning Ledger — 2024-10-30\nA story.'), '2024-10-30');
    assert.equal(iso('April 3, 2024\n\nA story.'), '2024-04-03');
    assert.equal(iso('Updated: 30 October 2024\nA story.'), '2024-10-30');
    assert.equal(iso('Headline Here\nBy Jane Doe | Friday, March 7, 2025\nText.'), '2025-03-07');
    assert.equal(iso('Wend Valley Radio — Morning Programme, October 30, 2024\nTranscript'), '2024-10-30');
  });

  it('does not take an event date inside the prose, or a date further down', () => {
    assert.equal(iso('Talks concluded on February 27, 2025, after six hours.'), undefined);
    assert.equal(iso('On February 27, 2025, diplomats met.'), undefined);
    assert.equal(iso('Title\n\nOne.\n\nTwo.\n\nThree.\n\nPublished 2024-11-02'), undefined);
    assert.equal(iso('Published 2024-02-30\nNo such day.'), undefined);
    assert.equal(iso(''), undefined);
  });

  it('gives the span of the date itself', () => {
    const text = 'The Morning Ledger — 2024-10-30';
    const d = findDocumentDate(text)!;
    assert.equal(text.slice(d.span.start, d.span.end), '2024-10-30');
  });

  it('dates the examples', () => {
    const dates = Object.fromEntries([...readCorpus(EXAMPLES)].map(([name, text]) => [name, iso(text)]));
    assert.deepEqual(dates, {
      'ashcombe-gazette.txt': '2024-10-30',
      'county-council-statement.md': '2024-10-30',
      'radio-interview.txt': '2024-10-30',
      'weekly-roundup.md': '2024-11-02',
      'wend-valley-wire.txt': '2024-10-29',
    });
  });

  it('dates the seeds: only one gives a dateline', function () {
    requireSeeds(this);
    const dates = [...readCorpus(SEEDS)].map(([name, text]) => [name, iso(text) ?? null]);
    assert.deepEqual(dates, [
      ['000_001c55f4bf65310b.txt', null],
      ['001_f8eb54056b1d8acf.txt', null],
      ['002_30284a75d6a5d37c.txt', '2025-02-28'],
      ['003_d4679412fdaedc1f.txt', null],
      ['004_32ab8f25e8b8189a.txt', null],
    ]);
  });
});
