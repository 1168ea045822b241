import * as assert from 'node:assert/strict';
import { analyseDocument, segment, splitSentences } from '../../server/src/engine';
import { EXAMPLES, readCorpus, requireSeeds, SEEDS } from '../paths';

function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('segment: sentences', () => {
  it('does not end sentences at U.S., D.C., a.m., Mr., Dr., St. or initials', () => {
    const text =
      'The U.S. Embassy in Washington D.C. opened at 9 a.m. on Monday. Mr. Costa met Dr. Emma Hartley on St. James Street. J. R. Smith was there.';
    assert.deepEqual(sentences(text), [
      'The U.S. Embassy in Washington D.C. opened at 9 a.m. on Monday.',
      'Mr. Costa met Dr. Emma Hartley on St. James Street.',
      'J. R. Smith was there.',
    ]);
  });

  it('keeps a page address and a publication stamp on lines of their own apart from the headline and the sentence below', () => {
    const text = 'http://www.example.com/news/Harbour-Pilot-Retires-2201.html\nHarbour Pilot Retires After Forty Years\npublished: 2024-05-02 09:14:11\nIrene Coll steered her last ship into Porthleven on Thursday.\n';
    assert.deepEqual(sentences(text), [
      'http://www.example.com/news/Harbour-Pilot-Retires-2201.html',
      'Harbour Pilot Retires After Forty Years',
      'published: 2024-05-02 09:14:11',
      'Irene Coll steered her last ship into Porthleven on Thursday.',
    ]);
    assert.equal(segment(text).sentences[1]!.kind, 'heading');
    // A hard-wrapped line that starts in lower case still continues the line above.
    assert.deepEqual(sentences('The pilot was published in the harbour\nupdated charts on Friday.'), ['The pilot was published in the harbour\nupdated charts on Friday.']);
  });

  it('ends a sentence after an abbreviation when the next word starts a sentence', () => {
    assert.deepEqual(sentences('Talks resumed with the U.S. The Kremlin welcomed them.'), [
      'Talks resumed with the U.S.',
      'The Kremlin welcomed them.',
    ]);
  });

  it('keeps closing quotation marks with their sentence, and does not split before a lower-case word', () => {
    const text = 'They called it “substantive and businesslike.” Officials agreed. “Not yet,” she said. He said “wait.” then left.';
    assert.deepEqual(sentences(text), [
      'They called it “substantive and businesslike.”',
      'Officials agreed.',
      '“Not yet,” she said.',
      'He said “wait.” then left.',
    ]);
  });

  it('splits at a full stop missing its space between ordinary words, but not after a title', () => {
    assert.deepEqual(sentences('Trust benefits all parties.Engaging helps. Dr.Emma Hartley spoke.'), [
      'Trust benefits all parties.',
      'Engaging helps.',
      'Dr.Emma Hartley spoke.',
    ]);
  });

  it('does not split decimals, and splits at ! ? and ellipses', () => {
    assert.deepEqual(sentences('Growth was 3.5 percent! Really? Yes… We know.'), ['Growth was 3.5 percent!', 'Really?', 'Yes…', 'We know.']);
  });

  it('gives exact offsets: every sentence is its trimmed text', () => {
    const text = '  First one.   Second one?\n\nThird  one.  ';
    const segs = segment(text).sentences;
    for (const s of segs) assert.equal(text.slice(s.start, s.end), text.slice(s.start, s.end).trim());
    assert.deepEqual(
      segs.map((s) => [s.start, s.end]),
      [
        [2, 12],
        [15, 26],
        [28, 39],
      ],
    );
  });

  it('splits a range of a longer text', () => {
    const text = 'xx A b. C d. yy';
    assert.deepEqual(splitSentences(text, 3, 12), [
      [3, 7],
      [8, 12],
    ]);
  });
});

describe('segment: blocks', () => {
  it('makes headings, list items and table-of-contents lines units of their own', () => {
    const text = [
      'Ferry Strikes Bridge Pier',
      'Table of Contents',
      '- 1. What happened',
      '- 2. Who was hurt',
      'The ferry hit the pier. Nine were hurt.',
      'Who Was Hurt',
      '- Nine passengers were treated.',
      '* Two remain in hospital.',
      '# A markdown heading',
      '1. A numbered item.',
    ].join('\n');
    const { paragraphs } = segment(text);
    assert.deepEqual(
      paragraphs.map((p) => [p.kind, text.slice(p.start, p.end)]),
      [
        ['heading', 'Ferry Strikes Bridge Pier'],
        ['heading', 'Table of Contents'],
        ['toc', '- 1. What happened'],
        ['toc', '- 2. Who was hurt'],
        ['paragraph', 'The ferry hit the pier. Nine were hurt.'],
        ['heading', 'Who Was Hurt'],
        ['list-item', '- Nine passengers were treated.'],
        ['list-item', '* Two remain in hospital.'],
        ['heading', '# A markdown heading'],
        ['list-item', '1. A numbered item.'],
      ],
    );
  });

  it('joins hard-wrapped lines into one paragraph and separates paragraphs at blank lines', () => {
    const text = 'The ferry struck the pier at\nsix in the morning. Nine people\nwere hurt.\n\nA new paragraph.';
    const { paragraphs, sentences: s } = segment(text);
    assert.equal(paragraphs.length, 2);
    assert.deepEqual(
      s.map((x) => text.slice(x.start, x.end)),
      ['The ferry struck the pier at\nsix in the morning.', 'Nine people\nwere hurt.', 'A new paragraph.'],
    );
  });

  it('treats each line ending a sentence as a paragraph (one paragraph per line, no blank lines)', () => {
    const text = 'First paragraph here.\nSecond paragraph here.\nA Heading Line\nThird paragraph.';
    assert.deepEqual(
      segment(text).paragraphs.map((p) => p.kind),
      ['paragraph', 'paragraph', 'heading', 'paragraph'],
    );
  });

  it('is not fooled by an interview question holding two sentences, or a speaker label', () => {
    const text = 'Interviewer: There are concerns. How can they be addressed?\nDr. Emma Hartley: By talking.';
    const { paragraphs } = segment(text);
    assert.deepEqual(
      paragraphs.map((p) => p.kind),
      ['paragraph', 'paragraph'],
    );
  });

  it('handles CRLF and lone CR line ends with the same offsets as the text', () => {
    const text = 'Title Line\r\n\r\nOne. Two.\rThree.';
    const { sentences: s } = segment(text);
    assert.deepEqual(
      s.map((x) => text.slice(x.start, x.end)),
      ['Title Line', 'One.', 'Two.', 'Three.'],
    );
  });

  it('copes with empty and blank texts', () => {
    assert.deepEqual(segment('').sentences, []);
    assert.deepEqual(segment(' \n\r\n\t ').paragraphs, []);
  });
});

/** Invariants that hold for any corpus: sentences in order, inside their paragraph, trimmed, covering all words. */
function checkInvariants(name: string, text: string): void {
  const doc = analyseDocument(name, text);
  let last = 0;
  for (const s of doc.sentences) {
    assert.ok(s.start >= last && s.end > s.start, `${name}: sentence ${s.index} out of order`);
    const p = doc.paragraphs[s.paragraph]!;
    assert.ok(s.start >= p.start && s.end <= p.end, `${name}: sentence ${s.index} outside its paragraph`);
    assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
    last = s.end;
  }
  const words = (t: string) => t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const covered = doc.sentences.reduce((n, s) => n + words(text.slice(s.start, s.end)), 0);
  assert.equal(covered, words(text), `${name}: every word belongs to a sentence`);
}

describe('segment: corpora', () => {
  it('keeps its invariants on the examples', () => {
    for (const [name, text] of readCorpus(EXAMPLES)) checkInvariants(name, text);
  });

  it('keeps its invariants on the seeds, and splits them as a reader would', function () {
    requireSeeds(this);
    const seeds = readCorpus(SEEDS);
    for (const [name, text] of seeds) checkInvariants(name, text);
    const text = seeds.get('003_d4679412fdaedc1f.txt')!;
    const doc = analyseDocument('003', text);
    const kinds = new Map<string, number>();
    for (const p of doc.paragraphs) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    assert.equal(kinds.get('toc'), 16, 'the sixteen table-of-contents lines');
    const all = doc.sentences.map((s) => text.slice(s.start, s.end));
    // Expected sentences are cut from the seed itself (its words are not copied into the project).
    // A speaker label opens a sentence that ends at the label's first full stop.
    const label = text.indexOf('Dr.Emma Hartley:');
    assert.ok(label >= 0);
    assert.ok(all.includes(text.slice(label, text.indexOf('.', label + 'Dr.Emma Hartley:'.length) + 1)));
    // "EU Council President Antonio Costa" does not end a sentence before "on March 6."
    assert.ok(all.some((s) => s.startsWith('Amidst these') && s.includes('Antonio Costa') && s.endsWith('on March 6.')));
    const first = seeds.get('000_001c55f4bf65310b.txt')!;
    const d0 = analyseDocument('000', first);
    assert.equal(d0.paragraphs[0]!.kind, 'heading', 'the title is a heading');
    const from = first.indexOf('The U.S. delegation');
    const to = first.indexOf('Secretary of State', from) + 'Secretary of State'.length;
    assert.ok(from >= 0 && to > from);
    assert.ok(
      d0.sentences.some((s) => s.start === from && to <= s.end),
      '"U.S." and "Secretary of State" stay inside one sentence',
    );
  });
});
