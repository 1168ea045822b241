/**
 * The corpus is kept up to date document by document (entities relinked, comparisons and passages
 * redone only where an edit reaches). These properties check that any sequence of additions,
 * edits and removals, with questions asked at any point between them, leaves exactly the state a
 * fresh analysis of the final texts gives.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildViews, Corpus } from '../../server/src/engine';
import { EXAMPLES, haveSeeds, readCorpus, SEEDS } from '../paths';

/** Everything a user can see of a corpus, in a comparable form. */
function state(c: Corpus): unknown {
  const entities = c
    .entities()
    .all()
    .map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      mentions: e.mentions.map((m) => `${m.doc}@${m.mention.start}`),
      roles: [...e.roles.keys()].sort().map((d) => `${d}: ${e.roles.get(d)!.map((r) => r.text).join('; ')}`),
    }));
  const findings = c.ids().map((id) => ({ id, findings: c.findingsFor(id).map((f) => ({ ...f })) }));
  const alignment = c.alignment();
  const passages = c.ids().flatMap((id) =>
    c
      .get(id)!
      .sentences.map((_, i) => `${id}#${i} → ${alignment.corresponding(id, i).map((p) => `${p.doc}#${p.sentence}:${p.score.toFixed(6)}`).join(', ')}`),
  );
  const counterparts = c.ids().flatMap((id) => {
    const d = c.get(id)!;
    return [
      ...d.claims.map((cl) => c.comparison().claimCounterparts(d, cl)),
      ...d.quotes.map((q) => c.comparison().quoteCounterparts(d, q)),
    ];
  });
  return { entities, findings, passages, counterparts, views: buildViews(c) };
}

function fresh(texts: ReadonlyMap<string, string>, singleSource = false): Corpus {
  const c = new Corpus();
  c.setSingleSource(singleSource);
  for (const [id, text] of [...texts].sort()) c.set(id, text);
  return c;
}

type Op =
  | { op: 'set'; doc: number }
  | { op: 'delete'; doc: number }
  | { op: 'edit'; doc: number; at: number; len: number; insert: string }
  | { op: 'ask'; what: 'entities' | 'findings' | 'alignment' };

/** Insertions that change what the analysis sees: numbers, names, roles, quotations, dates. */
const INSERTS = [
  'Nine',
  ' 14 ',
  '1987',
  ' Priya Raman, the mayor, ',
  ' Menon ',
  ' Achebe said. ',
  '“We will not stop,” said Helen Achebe. ',
  ' on Thursday, March 6, ',
  ' £2.5 million ',
  ' over six hours ',
  ' Lavrov ',
  ' Kremlin spokesman Dmitry Peskov ',
  ' Sergei Ryabkov, deputy foreign minister, ',
  ' State Department ',
  '. ',
  '',
];

const POOL = [
  'Mayor Helen Achebe said the bridge cost £4 million.',
  'Achebe said the bridge cost £5 million.',
  'The repairs cost £5 million, Achebe said.',
  'Daniel Achebe, a ferry pilot, said eleven people were injured.',
  'Nine people were injured near Tolbrook Bridge, Achebe said.',
  'The search at Tolbrook Bridge lasted four hours.',
  'The search at Tolbrook Bridge lasted six hours.',
  '“We will rebuild the bridge,” said Helen Achebe.',
  '“We will rebuild the bridge,” said Priya Raman.',
  '“We shall rebuild this bridge quickly,” said Priya Raman.',
  'Wendline chief executive Priya Raman said the ferry carried 40 passengers.',
  "Priya Raman, Wendline's operations director, said the ferry carried 42 passengers.",
  'Wendline Ferries said the ferry was built in 1998.',
  'The ferry Calder Star was built in 2001, Wendline said.',
  'The collision happened on Monday, March 3, 2025 at Tolbrook Bridge.',
  'The collision at Tolbrook Bridge happened on March 4.',
  'The bridge in Ashcombe opened in 1987.',
  'The Ashcombe bridge opened in 1989.',
  'Ruth Menon of Ashcombe General Hospital said 14 patients were treated.',
  'Menon said 12 patients were treated at the hospital in Ashcombe.',
  'The State Department said talks in Istanbul lasted six hours.',
  'The U.S. State Department said the talks lasted nearly six and a half hours.',
];

function ops(docs: number): fc.Arbitrary<Op[]> {
  const doc = fc.nat({ max: docs - 1 });
  return fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.record({ op: fc.constant('set' as const), doc }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), doc }) },
      {
        weight: 4,
        arbitrary: fc.record({
          op: fc.constant('edit' as const),
          doc,
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          len: fc.nat({ max: 60 }),
          insert: fc.constantFrom(...INSERTS),
        }),
      },
      { weight: 2, arbitrary: fc.record({ op: fc.constant('ask' as const), what: fc.constantFrom('entities' as const, 'findings' as const, 'alignment' as const) }) },
    ),
    { maxLength: 25 },
  );
}

/** Runs `sequence` on a corpus that starts with all of `corpus`, and checks it against a fresh one. */
function check(corpus: ReadonlyMap<string, string>, sequence: Op[], singleSource = false): void {
  const names = [...corpus.keys()];
  const texts = new Map(corpus);
  const inc = new Corpus();
  inc.setSingleSource(singleSource);
  for (const [id, text] of corpus) inc.set(id, text);
  inc.comparison();
  inc.alignment();
  for (const o of sequence) {
    const id = o.op === 'ask' ? '' : names[o.doc % names.length]!;
    if (o.op === 'set') {
      texts.set(id, corpus.get(id)!);
      inc.set(id, corpus.get(id)!);
    } else if (o.op === 'delete') {
      texts.delete(id);
      inc.delete(id);
    } else if (o.op === 'edit') {
      const text = texts.get(id);
      if (text === undefined) continue;
      const at = Math.floor(o.at * text.length);
      const next = text.slice(0, at) + o.insert + text.slice(Math.min(text.length, at + o.len));
      texts.set(id, next);
      inc.set(id, next);
    } else if (o.what === 'entities') inc.entities();
    else if (o.what === 'findings') inc.allFindings();
    else inc.alignment();
  }
  assert.deepEqual(state(inc), state(fresh(texts, singleSource)));
}

describe('incremental analysis', function () {
  this.timeout(120_000);

  it('gives the same entities, findings, counterparts and passages as a fresh analysis, after any edits (examples)', () => {
    const corpus = readCorpus(EXAMPLES);
    fc.assert(
      fc.property(ops(corpus.size), fc.boolean(), (sequence, single) => check(corpus, sequence, single)),
      { numRuns: 60, seed: 20261123 },
    );
  });

  it('does so on the seeds too', function () {
    if (!haveSeeds) {
      console.log(`    (skipped: ${SEEDS} is absent)`);
      this.skip();
    }
    const corpus = readCorpus(SEEDS);
    fc.assert(
      fc.property(ops(corpus.size), (sequence) => check(corpus, sequence)),
      { numRuns: 30, seed: 20261123 },
    );
  });

  it('does so on small documents whose links, buckets and roles keep changing', () => {
    // Short sources drawn from sentences that share surnames, places and slots: adding or dropping
    // one sentence makes a surname ambiguous, an entity shared, a role disagree.
    const arbitraryDoc = fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(' '));
    const step = fc.oneof(
      { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), doc: fc.nat({ max: 7 }), text: arbitraryDoc }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), doc: fc.nat({ max: 7 }), text: fc.constant('') }) },
      { weight: 2, arbitrary: fc.record({ op: fc.constant('ask' as const), doc: fc.constant(0), text: fc.constant('') }) },
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), fc.boolean(), (sequence, single) => {
        const texts = new Map<string, string>();
        const inc = new Corpus();
        inc.setSingleSource(single);
        for (const o of sequence) {
          const id = `s${o.doc}.txt`;
          if (o.op === 'set') {
            texts.set(id, o.text);
            inc.set(id, o.text);
          } else if (o.op === 'delete') {
            texts.delete(id);
            inc.delete(id);
          } else {
            inc.allFindings();
            inc.alignment();
          }
        }
        assert.deepEqual(state(inc), state(fresh(texts, single)));
      }),
      { numRuns: 1500, seed: 20261123 },
    );
  });

  it('builds the same comparison and alignment in slices, with pauses between them, as in one go', async () => {
    const texts = new Map([...readCorpus(EXAMPLES), ...(haveSeeds ? readCorpus(SEEDS) : [])]);
    const sliced = new Corpus();
    for (const [id, text] of texts) sliced.set(id, text);
    let pauses = 0;
    await sliced.prepare(async () => {
      pauses++;
      await new Promise((r) => setImmediate(r));
    }, 2);
    assert.ok(pauses >= 4, `expected several pauses, saw ${pauses}`);
    assert.deepEqual(state(sliced), state(fresh(texts)));
  });

  it('gives up a sliced build when the corpus changes during a pause, and still ends right', async () => {
    const texts = readCorpus(EXAMPLES);
    const c = new Corpus();
    for (const [id, text] of texts) c.set(id, text);
    const [first, text] = [...texts][0]!;
    const edited = text.replace(/\d+/, '77');
    let once = false;
    await c.prepare(async () => {
      if (!once) c.set(first, edited);
      once = true;
    }, 1);
    texts.set(first, edited);
    assert.deepEqual(state(c), state(fresh(texts)));
  });

  it('relinks documents elsewhere when an edit makes a surname ambiguous or unique', () => {
    const c = new Corpus();
    c.set('a.txt', 'Mayor Helen Achebe opened the bridge in Ashcombe on Monday.');
    c.set('b.txt', 'The bridge in Ashcombe will reopen, Achebe said.');
    const at = c.get('b.txt')!.text.indexOf('Achebe');
    assert.equal(c.entities().at('b.txt', at)?.entity.id, 'helen achebe');
    c.set('c.txt', 'Daniel Achebe, a ferry pilot, spoke in Ashcombe.');
    // Two people named Achebe: the bare surname no longer joins either.
    assert.equal(c.entities().at('b.txt', at)?.entity.id, '~achebe');
    c.delete('c.txt');
    assert.equal(c.entities().at('b.txt', at)?.entity.id, 'helen achebe');
  });
});
