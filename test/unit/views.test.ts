/**
 * The source matrix and the timeline, on the seeds and the examples: the rows and dates a reviewer
 * expects, conflicts first, and the same conflicts as the Problems panel.
 */
import * as assert from 'node:assert/strict';
import { buildViews, conflictKinds, Corpus, countConflictClusters, countConflicts, type MatrixRow, type Views } from '../../server/src/engine';
import { EXAMPLES, readCorpus, requireSeeds, SEEDS } from '../paths';

function corpusOf(dir: string, singleSource = false): Corpus {
  const c = new Corpus();
  c.setSingleSource(singleSource);
  for (const [id, text] of readCorpus(dir)) c.set(id, text);
  return c;
}

const SEED = {
  a: '000_001c55f4bf65310b.txt',
  b: '001_f8eb54056b1d8acf.txt',
  c: '002_30284a75d6a5d37c.txt',
  d: '003_d4679412fdaedc1f.txt',
  e: '004_32ab8f25e8b8189a.txt',
};

function row(views: Views, label: string, context?: string): MatrixRow {
  const rows = views.matrix.rows.filter((r) => r.label === label && (context === undefined || r.context === context));
  assert.equal(rows.length, 1, `one row '${label}'${context ? ` · ${context}` : ''}; rows: ${views.matrix.rows.map((r) => `${r.label} · ${r.context}`).join(' | ')}`);
  return rows[0]!;
}

function cellTexts(r: MatrixRow): Record<string, string[]> {
  return Object.fromEntries(r.cells.map((c) => [c.doc, c.entries.map((e) => e.text)]));
}

/** Every conflict a matrix shows, as "doc@start", and every conflict finding, the same way. */
function conflictPlaces(c: Corpus, views: Views): { shown: string[]; reported: string[] } {
  const shown = new Set<string>();
  // A disputed value is shown as the odd one out (conflict) or as the majority's (majority): both are a side of a reported conflict.
  for (const r of views.matrix.rows) for (const cell of r.cells) for (const e of cell.entries) if (e.status === 'conflict' || e.status === 'majority') shown.add(`${cell.doc}@${e.span.start}`);
  const reported = new Set<string>();
  for (const [doc, findings] of c.allFindings()) {
    for (const f of findings) {
      // Within one text (a weekday beside a date it contradicts) and single-source claims are no cross-source conflicts.
      if (f.kind === 'single-source' || f.related.length === 0) continue;
      reported.add(`${doc}@${f.span.start}`);
    }
  }
  return { shown: [...shown].sort(), reported: [...reported].sort() };
}

describe('source matrix and timeline', () => {
  it('seeds: the talks’ duration row has every source’s value and marks the conflict', function () {
    requireSeeds(this);
    const views = buildViews(corpusOf(SEEDS));
    const r = row(views, 'Duration of the talks');
    assert.equal(r.status, 'conflict');
    assert.equal(views.matrix.rows[0]!.status, 'conflict', 'conflicts sort first');
    const texts = cellTexts(r);
    assert.deepEqual(Object.keys(texts), [SEED.a, SEED.c, SEED.e]);
    assert.deepEqual(texts[SEED.a], ['over six hours']);
    assert.deepEqual(texts[SEED.c], ['over six hours', 'six hours of talks']);
    // The seed's own words are not copied here: the two claims of 004 by their ends.
    assert.equal(texts[SEED.e]!.length, 2);
    assert.match(texts[SEED.e]![0]!, /^nearly six and a half hours\b/);
    assert.match(texts[SEED.e]![1]!, /^10:00 AM\b.*\b4:20 PM$/);
    const entries = r.cells.flatMap((c) => c.entries.map((e) => ({ doc: c.doc, ...e })));
    const six = entries.find((e) => e.text === 'six hours of talks')!;
    const nearly = entries.find((e) => e.text.startsWith('nearly six'))!;
    assert.equal(six.status, 'conflict');
    assert.equal(six.display, '6 h');
    assert.deepEqual(six.conflicts, [{ doc: SEED.e, kind: 'duration' }]);
    assert.equal(nearly.display, '6.2–6.5 h');
    assert.deepEqual(nearly.conflicts, [{ doc: SEED.c, kind: 'duration' }]);
    // Hedged values that meet every other value agree.
    assert.equal(entries.find((e) => e.doc === SEED.a)!.status, 'agree');
    assert.match(entries.find((e) => e.text.startsWith('10:00'))!.display, /^6 h 20 min/);
    // Sources that give no duration have no cell (they are silent).
    assert.ok(!r.cells.some((c) => c.doc === SEED.b || c.doc === SEED.d));
  });

  it('seeds: the timeline places the Saudi Arabia meeting on 18 February and the Istanbul talks on 27 February, with their sources', function () {
    requireSeeds(this);
    const { timeline } = buildViews(corpusOf(SEEDS));
    const at = (when: string, context: string) => {
      const marks = timeline.marks.filter((m) => m.when === when && timeline.events[m.event]!.context === context);
      assert.equal(marks.length, 1, `${when} · ${context}: ${timeline.marks.map((m) => `${m.when} ${timeline.events[m.event]!.context}`).join(' | ')}`);
      return marks[0]!;
    };
    const saudi = at('18 February 2025', 'Saudi Arabia');
    assert.equal(timeline.events[saudi.event]!.label, 'Date of the talks');
    assert.deepEqual([...new Set(saudi.sources.map((s) => s.doc))], [SEED.c, SEED.d, SEED.e]);
    assert.equal(saudi.conflict, false);
    const istanbul = at('27 February 2025', 'Istanbul');
    assert.deepEqual([...new Set(istanbul.sources.map((s) => s.doc))], [SEED.c, SEED.e]);
    assert.ok(istanbul.sources.some((s) => s.text === 'February 27, 2025'));
    assert.ok(istanbul.sources.some((s) => s.text === 'on Thursday'), 'a weekday resolved against the article’s date');
    // In time order.
    for (let i = 1; i < timeline.marks.length; i++) assert.ok(timeline.marks[i - 1]!.start <= timeline.marks[i]!.start);
    assert.ok(timeline.marks.indexOf(saudi) < timeline.marks.indexOf(istanbul));
  });

  it('counts conflicts one way: the matrix’s counted rows, the groups, and the clusters of a large folder’s findings', () => {
    const corpus = corpusOf(EXAMPLES);
    const rows = buildViews(corpus).matrix.rows;
    const counted = rows.filter((r) => r.counted).length;
    assert.equal(countConflicts(corpus), counted);
    assert.equal(countConflictClusters(corpus), counted);
    // The injured-count row holds updates only (information): a conflict row, but not counted.
    assert.equal(counted, rows.filter((r) => r.status === 'conflict').length - 1);
    assert.equal(rows.find((r) => r.label === 'Number of people (injured)')!.counted, false);
    // Counted as conflicts when the user reports updates as warnings.
    assert.equal(countConflicts(corpus, conflictKinds({ update: 'warning' })), counted + 1);
    assert.equal(countConflictClusters(corpus, conflictKinds({ update: 'warning' })), counted + 1);
  });

  it('examples: a row for each planted conflict, marked on the sources that disagree', () => {
    const views = buildViews(corpusOf(EXAMPLES));
    const conflictRows = views.matrix.rows.filter((r) => r.status === 'conflict').map((r) => r.label);
    for (const label of [
      'Date of the collision',
      'Role of Priya Raman',
      'Number of people (injured)',
      'Duration of the search',
      'Percentage (ridership)',
      'Quotation of Priya Raman',
      'Time of the collision',
      'Year of the opening',
      'Amount of the cost',
      'Quotation of Tom Hadley',
    ]) {
      assert.ok(conflictRows.includes(label), `${label} in ${conflictRows.join(', ')}`);
    }
    const injured = row(views, 'Number of people (injured)');
    assert.deepEqual(
      injured.cells.map((c) => [c.doc, c.status, c.entries.map((e) => e.display).join()]),
      [
        // The headline's "nine hurt" and the lead's "nine people": the majority's value, against
        // the one odd source (the roundup's 11).
        ['ashcombe-gazette.txt', 'majority', '9 people,9 people'],
        // The doctor's nine patients are the nine injured: linked, agreeing with them.
        ['radio-interview.txt', 'agree', '9 patients'],
        ['weekly-roundup.md', 'conflict', '11 people'],
        ['wend-valley-wire.txt', 'majority', '9 people'],
      ],
    );
    assert.equal(injured.noMajority, undefined);
    // Three sources, two of them against the third: the two are the majority, the third the odd one.
    const search = row(views, 'Duration of the search');
    assert.deepEqual(
      search.cells.map((c) => [c.doc, c.status]),
      [
        ['ashcombe-gazette.txt', 'majority'],
        ['weekly-roundup.md', 'conflict'],
        ['wend-valley-wire.txt', 'majority'],
      ],
    );
    // Two sources, one value each: no majority, both disputed, and the row says so.
    const twoSided = views.matrix.rows.filter((r) => r.status === 'conflict' && r.cells.length === 2);
    assert.ok(twoSided.length > 0);
    for (const r of twoSided) {
      assert.equal(r.noMajority, true, r.label);
      assert.ok(r.cells.every((x) => x.status === 'conflict'), r.label);
    }
    // Agreeing pairs written differently are rows that agree.
    assert.equal(row(views, 'Number of people (aboard)').status, 'agree');
    assert.equal(row(views, 'Amount of the fine').status, 'agree');
    assert.equal(row(views, 'Number of homes (evacuated)').status, 'agree');
    // Rows sort by state: conflict, reviewed, agree, single.
    const rank = { conflict: 0, majority: 1, reviewed: 2, agree: 3, single: 4 };
    for (let i = 1; i < views.matrix.rows.length; i++) assert.ok(rank[views.matrix.rows[i - 1]!.status] <= rank[views.matrix.rows[i]!.status]);
  });

  it('examples: the timeline shows both dates of the collision, each marked, with the sources that give it', () => {
    const { timeline } = buildViews(corpusOf(EXAMPLES));
    const collision = timeline.events.findIndex((e) => e.label === 'Date of the collision');
    assert.ok(collision >= 0);
    assert.equal(timeline.events[collision]!.conflict, true);
    const marks = timeline.marks.filter((m) => m.event === collision);
    assert.deepEqual(
      marks.map((m) => [m.when, m.conflict, [...new Set(m.sources.map((s) => s.doc))].join()]),
      [
        ['28 October 2024', true, 'weekly-roundup.md'],
        ['29 October 2024', true, 'ashcombe-gazette.txt,county-council-statement.md,radio-interview.txt,wend-valley-wire.txt'],
      ],
    );
    const opening = timeline.events.findIndex((e) => e.label === 'Year of the opening');
    assert.deepEqual(
      timeline.marks.filter((m) => m.event === opening).map((m) => m.when),
      ['1996', '1998'],
    );
  });

  it('gives a row’s verdict on its pairs not dismissed: an earlier "not a conflict" on one pair stays', () => {
    const c = corpusOf(EXAMPLES);
    const before = row(buildViews(c), 'Duration of the search');
    assert.equal(before.keys.length, 2, 'two pairs: the roundup against the gazette and against the wire');
    c.setVerdicts((k) => (k === before.keys[0] ? 'dismissed' : undefined));
    const after = row(buildViews(c), 'Duration of the search');
    assert.deepEqual(after.keys, [before.keys[1]]);
    assert.equal(after.verdict, undefined, 'one pair open: no verdict on the row');
    c.setVerdicts((k) => (k === before.keys[0] ? 'dismissed' : 'confirmed'));
    assert.equal(row(buildViews(c), 'Duration of the search').verdict, 'confirmed');
  });

  it('shows exactly the conflicts the Problems panel reports (seeds and examples)', function () {
    for (const dir of [EXAMPLES, SEEDS]) {
      if (dir === SEEDS) requireSeeds(this);
      const c = corpusOf(dir);
      const { shown, reported } = conflictPlaces(c, buildViews(c));
      assert.deepEqual(shown, reported, dir);
    }
  });

  it('a reviewed conflict is shown as reviewed, no longer as a conflict', () => {
    const c = corpusOf(EXAMPLES);
    const key = c.findingsFor('weekly-roundup.md').find((f) => f.kind === 'update')!.key;
    c.setVerdicts((k) => (key.split('\n').includes(k) ? 'dismissed' : undefined));
    const r = row(buildViews(c), 'Number of people (injured)');
    assert.equal(r.status, 'reviewed');
    assert.deepEqual(r.cells.map((x) => x.status), ['reviewed', 'agree', 'reviewed', 'reviewed']);
  });

  it('lists the claims only one source makes, and reports the same ones as single-source findings when asked to', function () {
    for (const dir of [EXAMPLES, SEEDS]) {
      if (dir === SEEDS) requireSeeds(this);
      const off = corpusOf(dir);
      assert.ok(![...off.allFindings().values()].flat().some((f) => f.kind === 'single-source'), 'off by default');
      const c = corpusOf(dir, true);
      const views = buildViews(c);
      const single = views.matrix.rows.filter((r) => r.status === 'single');
      assert.ok(single.length > 0);
      for (const r of single) assert.equal(r.cells.length, 1, r.label);
      const listed = single.flatMap((r) => r.cells.flatMap((cell) => cell.entries.map((e) => `${cell.doc}@${e.span.start}`))).sort();
      const reported = [...c.allFindings()].flatMap(([doc, fs]) => fs.filter((f) => f.kind === 'single-source').map((f) => `${doc}@${f.span.start}`)).sort();
      assert.deepEqual(reported, listed, dir);
      // The other findings are those of the corpus without single-source claims.
      const others = [...c.allFindings()].flatMap(([, fs]) => fs.filter((f) => f.kind !== 'single-source'));
      assert.deepEqual(others, [...off.allFindings().values()].flat());
    }
    const c = corpusOf(EXAMPLES, true);
    const messages = c.findingsFor('ashcombe-gazette.txt').filter((f) => f.kind === 'single-source').map((f) => f.message);
    assert.ok(messages.includes("Only this source: Number of tugboats (fire): 2 tugboats, 'two tugboats'"), messages.join('\n'));
  });

  it('a claim that another source states with the very same value is not a single-source claim', () => {
    const c = new Corpus();
    c.setSingleSource(true);
    // Years of one event in one story, without the words in common a comparison of years needs.
    c.set('a.txt', 'Tolbrook Bridge in Ashcombe is busy again. It was refurbished between 2015 and 2017.');
    c.set('b.txt', 'Tolbrook Bridge in Ashcombe reopened. Its refurbishment ran 2015-2017 under contractors.');
    const views = buildViews(c);
    const years = views.matrix.rows.filter((r) => r.kind === 'year');
    assert.deepEqual(years.map((r) => [r.status, r.cells.map((x) => x.doc).join()]), [['agree', 'a.txt,b.txt']]);
    assert.deepEqual([...c.allFindings().values()].flat().filter((f) => f.kind === 'single-source' && /201/.test(f.message)), []);
    // These two years are not compared (nothing distinctive in common beside them): other years are
    // no conflict, and then each source is alone with its own.
    c.set('b.txt', 'Tolbrook Bridge in Ashcombe reopened. Its refurbishment ran 2012-2013 under contractors.');
    assert.deepEqual([...c.allFindings().values()].flat().filter((f) => f.kind === 'year'), []);
    assert.deepEqual(
      buildViews(c).matrix.rows.filter((r) => r.kind === 'year').map((r) => [r.status, r.cells.map((x) => x.doc).join()]),
      [['single', 'a.txt'], ['single', 'b.txt']],
    );
  });

  it('keeps the focus sources when there are too many columns, and says how many it left out', () => {
    const c = corpusOf(EXAMPLES);
    const all = buildViews(c).matrix;
    const few = buildViews(c, { focus: new Set(['radio-interview.txt']), maxSources: 2 }).matrix;
    assert.equal(few.sources.length, 2);
    assert.ok(few.sources.includes('radio-interview.txt'));
    assert.ok(few.omittedSources >= 1);
    for (const r of few.rows) for (const cell of r.cells) assert.ok(few.sources.includes(cell.doc));
    // A focus limits the rows to those involving the focus document.
    for (const r of buildViews(c, { focus: new Set(['radio-interview.txt']) }).matrix.rows) assert.ok(r.cells.some((x) => x.doc === 'radio-interview.txt'), r.label);
    assert.ok(all.sources.length === 5);
  });

  it('is deterministic: the same texts in another order give the same views', () => {
    const texts = [...readCorpus(EXAMPLES)];
    const a = new Corpus();
    for (const [id, t] of texts) a.set(id, t);
    const b = new Corpus();
    for (const [id, t] of texts.reverse()) b.set(id, t);
    assert.deepEqual(buildViews(b), buildViews(a));
  });
});
