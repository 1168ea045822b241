import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyseDocument, type Claim, Corpus, roleShape, rolesDisagree } from '../../server/src/engine';
import { readCorpus, ROOT } from '../paths';

const CORPORA_DIR = path.join(ROOT, 'test', 'corpora');

/** The claims of a text written under a dateline. */
function claims(text: string, date = '2024-10-30'): Claim[] {
  return [...analyseDocument('t', `Published ${date}\n\n${text}`).claims];
}
function one(text: string, kind: Claim['kind'], date?: string): Claim {
  const c = claims(text, date).filter((x) => x.kind === kind);
  assert.equal(c.length, 1, `one ${kind} claim in: ${text} (got ${c.map((x) => x.text).join(', ')})`);
  return c[0]!;
}
const DAY = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;

describe('claims: numbers and hedges as intervals', () => {
  const cases: Array<[string, Claim['kind'], number, number, string]> = [
    ['The talks lasted six hours.', 'duration', 5.88, 6.12, '6 h'],
    ['The talks lasted nearly six and a half hours.', 'duration', 6.175, 6.5, '6.2–6.5 h'],
    ['The talks lasted over six hours.', 'duration', 6, Infinity, '> 6 h'],
    ['The search took about four hours.', 'duration', 3.6, 4.4, '3.6–4.4 h'],
    ['The meeting took half an hour.', 'duration', 0.49, 0.51, '30 min'],
    ['It went on for an hour and a half.', 'duration', 1.47, 1.53, '1.5 h'],
    ['A six-hour meeting ended.', 'duration', 5.88, 6.12, '6 h'],
    ['The fine was £7.1m.', 'money', 7.05e6, 7.15e6, '£7.1m'],
    ['They were fined 7.1 million pounds.', 'money', 7.05e6, 7.15e6, '£7.1m'],
    ['The deal is worth $2.8 billion.', 'money', 2.75e9, 2.85e9, '$2.8bn'],
    ['Sales reached 3.5bn euros.', 'money', 3.45e9, 3.55e9, '€3.5bn'],
    ['Turnout was 62%.', 'percentage', 61.5, 62.5, '62%'],
    ['Ridership rose by 12 per cent.', 'percentage', 11.5, 12.5, '+12%'],
    ['Exports fell 4 percent.', 'percentage', -4.5, -3.5, '−4%'],
    ['At least 2,750 homes were evacuated.', 'count', 2750, Infinity, '≥ 2,750 homes'],
    ['Up to seventeen people were hurt.', 'count', -Infinity, 17, '≤ 17 people'],
    ['Some 18,000 vehicles use it.', 'count', 16200, 19800, '16,200–19,800 vehicles'],
    ['The blast damaged 18,000 homes.', 'count', 17500, 18500, '18,000 homes'],
    ['Nine people were injured.', 'count', 9, 9, '9 people'],
  ];
  for (const [text, kind, lo, hi, display] of cases) {
    it(`${text} → ${display}`, () => {
      const c = one(text, kind);
      assert.ok(Math.abs(c.lo - lo) < 1e-6 * Math.max(1, Math.abs(lo)) || c.lo === lo, `lo ${c.lo} ≠ ${lo}`);
      assert.ok(Math.abs(c.hi - hi) < 1e-6 * Math.max(1, Math.abs(hi)) || c.hi === hi, `hi ${c.hi} ≠ ${hi}`);
      assert.equal(c.display, display);
    });
  }

  it('reads "about" after a verb of speaking as a preposition, not a hedge', () => {
    const c = one('Russia spoke to its counterparts about six diplomatic properties.', 'count');
    assert.deepEqual([c.lo, c.hi], [6, 6]);
  });

  it('adds up parts: 18 passengers and 4 crew are 22 people', () => {
    const sum = claims('There were 18 passengers and 4 crew on board.').find((c) => c.derivedFrom === 'sum')!;
    assert.deepEqual([sum.lo, sum.hi, sum.noun], [22, 22, 'people']);
  });

  it('takes clock ranges as durations: 10:00 AM until 4:20 PM is 6 h 20 min', () => {
    const c = claims('The discussions kicked off at 10:00 AM and lasted until approximately 4:20 PM.').find((x) => x.derivedFrom === 'clock')!;
    assert.match(c.display, /^6 h 20 min/);
    // 10:00 is read to ±5 min, 'approximately 4:20' to ±10 min.
    assert.ok(c.lo < 6.34 && c.hi > 6.32 && c.hi - c.lo <= 0.5 + 1e-9, `${c.lo}–${c.hi}`);
  });

  it('reads clock times with their hedges', () => {
    const t = claims('It struck shortly before 7 a.m. and sank at 9:15 p.m.').filter((c) => c.kind === 'time');
    assert.deepEqual(
      t.map((c) => [c.lo, c.hi]),
      [
        [390, 420],
        [1273, 1277],
      ],
    );
  });
});

describe('claims: dates', () => {
  it('resolves a bare weekday to the last one on or before the dateline', () => {
    // 2025-02-28 is a Friday: "on Thursday" is 27 February.
    assert.equal(one('Diplomats met on Thursday.', 'date', '2025-02-28').lo, DAY('2025-02-27'));
    assert.equal(one('Diplomats met on Friday.', 'date', '2025-02-28').lo, DAY('2025-02-28'));
  });

  it('looks ahead when the text does', () => {
    assert.equal(one('The leaders will meet on Monday.', 'date', '2025-02-28').lo, DAY('2025-03-03'));
    assert.equal(one('Talks resume next Friday.', 'date', '2025-02-28').lo, DAY('2025-03-07'));
  });

  it('resolves relative dates: yesterday, this morning, last week, days ago', () => {
    assert.equal(one('It sank yesterday.', 'date').lo, DAY('2024-10-29'));
    assert.equal(one('It sank this morning.', 'date').lo, DAY('2024-10-30'));
    assert.equal(one('It sank two days ago.', 'date').lo, DAY('2024-10-28'));
    const lw = one('They met in Riyadh last week.', 'date', '2025-02-28');
    assert.equal(lw.lo, DAY('2025-02-17'));
    assert.equal(lw.hi, DAY('2025-02-27'));
  });

  it('reads absolute dates in every common order, with the dateline giving the year', () => {
    for (const t of ['It ended on February 27, 2025.', 'It ended on 27 February 2025.', 'It ended on 2025-02-27.', 'It ended on Feb. 27.']) {
      assert.equal(one(t, 'date', '2025-02-28').lo, DAY('2025-02-27'), t);
    }
  });

  it('keeps a date without a year as month and day when the text gives no date of its own', () => {
    const d = analyseDocument('t', 'They met in Riyadh on February 18.').claims[0]!;
    assert.deepEqual(d.monthDay, { month: 2, day: 18 });
  });

  it('finds a weekday that contradicts the date beside it', () => {
    const d = analyseDocument('t', 'Published 2024-11-02\n\nThe inquiry opens on Thursday, November 8.');
    assert.deepEqual(
      d.weekdayMismatches.map((w) => [w.written, w.actual, w.iso]),
      [['Thursday', 'Friday', '2024-11-08']],
    );
  });

  it('does not take the dateline itself for a claim', () => {
    assert.deepEqual(claims('Nothing dated here.').filter((c) => c.kind === 'date'), []);
  });
});

describe('claims: years', () => {
  it('reads years, year ranges and ages', () => {
    assert.deepEqual([one('It opened in 1998.', 'year').lo, one('It opened in 1998.', 'year').hi], [1998, 1998]);
    const r = one('The properties were seized between 2016 and 2018.', 'year');
    assert.deepEqual([r.lo, r.hi], [2016, 2018]);
    const d = one('They were seized in the period 2016-2018.', 'year');
    assert.deepEqual([d.lo, d.hi], [2016, 2018]);
    const age = one('The 26-year-old bridge was shut.', 'year');
    assert.deepEqual([age.lo, age.hi], [1997, 1998]);
    const ago = one('It was fined three years ago.', 'year');
    assert.deepEqual([ago.lo, ago.hi], [2020, 2021]);
  });

  it('does not take a person\'s age for the year of an event', () => {
    assert.deepEqual(claims('A 26-year-old man was hurt.').filter((c) => c.kind === 'year'), []);
  });
});

describe('claims: slots', () => {
  it('gives each count the predicate nearest to it', () => {
    const cs = claims('The ferry struck the pier, injuring nine people and forcing the evacuation of 140 homes.');
    assert.deepEqual(
      cs.filter((c) => c.kind === 'count').map((c) => [c.text, c.noun, c.classes]),
      [
        ['nine people', 'people', ['injury']],
        ['140 homes', 'home', ['evacuation']],
      ],
    );
  });

  it('tells a measurement from a count, and skips partitives and bare numbers', () => {
    const cs = claims('Drivers face a detour of 11 miles. Nine of them were treated. Two remain in hospital.');
    assert.deepEqual(
      cs.map((c) => [c.kind, c.text]),
      [['number', '11 miles']],
    );
  });
});

describe('quotations', () => {
  const quotes = (text: string) => {
    const d = analyseDocument('t', text);
    return d.quotes.map((q) => [q.text, q.speaker !== undefined ? d.names[q.speaker]!.display : undefined]);
  };

  it('finds the speaker after the quotation, before it, and through a pronoun', () => {
    assert.deepEqual(quotes('“We are ready,” said Chief Fire Officer Tom Hadley.'), [['We are ready,', 'Tom Hadley']]);
    assert.deepEqual(quotes('“We are ready,” Mayor Helen Achebe told reporters.'), [['We are ready,', 'Helen Achebe']]);
    assert.deepEqual(quotes('Mayor Helen Achebe said: "Our priority is safety."'), [['Our priority is safety.', 'Helen Achebe']]);
    assert.deepEqual(quotes('Mayor Helen Achebe spoke. “Stay away,” she said.'), [['Stay away,', 'Helen Achebe']]);
  });

  it('keeps a quotation over several sentences whole, and nested quotes inside it', () => {
    const q = quotes('Dmitry Peskov said: “We hope for ‘practical results’. Talks will go on.”');
    assert.deepEqual(q, [['We hope for ‘practical results’. Talks will go on.', 'Dmitry Peskov']]);
  });

  it('gives a paragraph that only goes on quoting the speaker of the paragraph before', () => {
    const q = quotes('“Tolls are a tax on the valley,” said Mayor Helen Achebe.\n\n“The bridge was paid for twice.”\n\nThe council met on Monday.\n\n“Nobody asked us.”');
    assert.deepEqual(q[1], ['The bridge was paid for twice.', 'Helen Achebe']);
    // Counter-examples: after a paragraph of narration, or with words of its own, no speaker is guessed.
    assert.deepEqual(q[2], ['Nobody asked us.', undefined]);
    const own = quotes('“Tolls are a tax,” said Mayor Helen Achebe.\n\nResidents were angry. “The bridge was paid for twice.”');
    assert.deepEqual(own[1], ['The bridge was paid for twice.', undefined]);
    // A speaker guessed from "she said" stays a guess in the paragraph that goes on.
    const guessed = analyseDocument('t', 'Mayor Helen Achebe spoke. “Tolls are a tax,” she said.\n\n“The bridge was paid for twice.”').quotes;
    assert.deepEqual(guessed.map((q) => q.speakerCue), ['he/she', 'he/she']);
  });

  it('reads the speaker of a quotation left open at the end of its line where the next line closes it', () => {
    const q = quotes('The rule spares the drillers.\n`` Kelso does not need a bridge.\nIt needs a ferry, \'\' said Priya Raman.');
    assert.deepEqual(q[0], ['Kelso does not need a bridge.', 'Priya Raman']);
    // Counter-example: a next line that opens a quotation of its own before any closing mark.
    const r = quotes('The rule spares the drillers.\n`` Kelso does not need a bridge.\n`` It needs a ferry, \'\' said Priya Raman.');
    assert.deepEqual(r[0], ['Kelso does not need a bridge.', undefined]);
  });

  it('does not take apostrophes for quotation marks', () => {
    assert.deepEqual(quotes('Russia’s envoy and the ministry’s staff left.'), []);
  });
});

describe('roles', () => {
  const disagree = (a: string, b: string) => rolesDisagree(roleShape(a)!, roleShape(b)!);
  it('reads the same office under different words', () => {
    assert.equal(disagree('Wendline Ferries chief executive', 'Wendline CEO'), false);
    assert.equal(disagree('Kremlin spokesman', "President Vladimir Putin's spokesperson"), false);
    assert.equal(disagree('Russian President', 'President'), false);
    assert.equal(disagree('Russian Foreign Minister', 'Foreign Minister'), false);
  });
  it('tells offices apart', () => {
    assert.equal(disagree('Wendline Ferries chief executive', "Wendline's operations director"), true);
    assert.equal(disagree('Mayor', 'Deputy Mayor'), true);
    assert.equal(disagree('Foreign Minister', 'Defence Minister'), true);
    assert.equal(disagree("Kelso Devices' chief technology officer", 'Chief Product Officer'), true);
    assert.equal(disagree('the health board’s chief medical officer', 'Director of Public Health'), true);
    assert.equal(disagree('electoral services manager', 'the returning officer'), true);
  });
  it('reads a chief officer as written the same however it is capitalised', () => {
    assert.equal(disagree('Chief Technology Officer', "Kelso Devices' chief technology officer"), false);
    assert.equal(disagree('police officer', 'Chief Product Officer'), false);
  });
  it('never judges a former or a generic role', () => {
    assert.equal(disagree('former ambassador', 'minister'), false);
    assert.equal(disagree('official', 'minister'), false);
  });
});

describe('conflicts between sources', () => {
  function findings(docs: Record<string, string>) {
    const c = new Corpus();
    for (const [id, t] of Object.entries(docs)) c.set(id, t);
    return c.ids().flatMap((id) => c.findingsFor(id).map((f) => `${id}: ${f.kind}: ${f.message}`));
  }
  const story = 'Wendline Ferries said the Calder Star hit the Tolbrook Bridge.';

  it('reports a later, lower count of trapped miners as an update, not a conflict', () => {
    const f = findings({
      a: 'Published 2024-03-11\n\nSix miners were trapped on Tuesday after the roof of the Kelso pit collapsed, Tolbrook Mining said.',
      b: 'Published 2024-03-13\n\nAll five miners trapped by the roof collapse at the Kelso pit were brought to the surface, Tolbrook Mining said.',
    });
    assert.ok(f.length > 0, 'the two counts are compared');
    assert.deepEqual(f.filter((x) => !/: update: Later report of miners/.test(x)), []);
    const men = findings({
      a: 'Published 2024-03-11\n\nSix men were trapped on Tuesday after the roof of the Kelso pit collapsed, Tolbrook Mining said.',
      b: 'Published 2024-03-13\n\nAll five men trapped by the roof collapse at the Kelso pit were brought to the surface, Tolbrook Mining said.',
    });
    assert.ok(men.length > 0 && men.every((x) => /: update: /.test(x)), men.join('\n'));
  });

  it('reports a figure its source tells as a revision ("up from its estimate") as an update, not a conflict', () => {
    const a = 'Published 2025-10-08\n\nThe Brennock trust has postponed 420 planned operations because of the porters’ strike.';
    const b = 'Published 2025-10-17\n\nThe Brennock trust said 455 planned operations had been postponed because of the porters’ strike, up from its estimate before the strike.';
    const f = findings({ a, b });
    assert.ok(f.length > 0, 'the two counts are compared');
    assert.ok(f.every((x) => /: update: Later report of operations/.test(x)), f.join('\n'));
    // Without the revision, the same two figures conflict.
    const plain = findings({ a, b: b.replace(', up from its estimate before the strike', '') });
    assert.ok(plain.length > 0 && plain.every((x) => /: count: /.test(x)), plain.join('\n'));
    // A revision dated before the other source's figure is no later report of it.
    const older = findings({ a: a.replace('2025-10-08', '2025-10-20'), b });
    assert.ok(older.length > 0 && older.every((x) => /: count: /.test(x)), older.join('\n'));
    // "initial estimates" is the earlier figure, no revision.
    const initial = findings({ a, b: 'Published 2025-10-08\n\nThe Brennock trust has postponed 455 planned operations because of the porters’ strike, according to initial estimates.' });
    assert.ok(initial.length > 0 && initial.every((x) => /: count: /.test(x)), initial.join('\n'));
  });

  it('reports a duration that disagrees, on both sides, stating both claims', () => {
    const f = findings({
      a: `Published 2024-10-30\n\n${story} The search for the deckhand took four and a half hours.`,
      b: `Published 2024-10-30\n\n${story} The search for the deckhand took more than six hours.`,
    });
    assert.equal(f.length, 2);
    assert.match(f[0]!, /^a: duration: Duration of the search: 4\.5 h, 'four and a half hours' vs > 6 h, 'more than six hours' \(b\)$/);
  });

  it('does not report claims that agree but are written differently', () => {
    const f = findings({
      a: `Published 2025-02-28\n\n${story} The talks lasted over six hours on Thursday. The company was fined £7.1m. There were 18 passengers and 4 crew aboard.`,
      b: `Published 2025-02-28\n\n${story} The talks ended on February 27, 2025 after nearly six and a half hours. It was fined 7.1 million pounds. The ferry was carrying 22 people aboard.`,
    });
    assert.deepEqual(f, []);
  });

  it('never compares different things: six properties and two contacts', () => {
    const f = findings({
      a: `${story} Russia raised six diplomatic properties.`,
      b: `${story} Russia held two prior technical contacts.`,
    });
    assert.deepEqual(f, []);
  });

  it('does not compare sources that tell different stories', () => {
    const f = findings({
      a: 'Wendline Ferries said the Calder Star hit the Tolbrook Bridge. The search took four hours.',
      b: 'Arcadia Mining said the Orla mine flooded in Kestrel Valley. The search took nine hours.',
    });
    assert.deepEqual(f, []);
  });

  it('reports the same words attributed to different people, and a quotation worded differently', () => {
    const f = findings({
      a: `${story} “It is a small miracle that nobody died,” said Chief Fire Officer Tom Hadley. Priya Raman said: “We are cooperating fully with investigators and our thoughts are with the injured.”`,
      b: `${story} “It is a small miracle that nobody died,” Mayor Helen Achebe said. Priya Raman said: “We are cooperating fully with the investigation and our thoughts are with all those hurt.”`,
    });
    assert.ok(f.some((x) => x.startsWith('a: attribution: Same words, different speakers')));
    assert.ok(f.some((x) => x.startsWith('a: quotation: Quotation worded differently') && /Only here: “investigators”/.test(x)));
  });

  it('reads two offices joined by "and" before a name as both held at once', () => {
    const f = findings({
      a: `${story} Wendline president and general manager Ed Valdane said the ferry was sound.`,
      b: `${story} Wendline President Ed Valdane said the ferry was sound.`,
      c: `${story} Wendline General Manager Ed Valdane said the ferry was sound.`,
    });
    assert.deepEqual(f.filter((x) => x.includes(': role:')), []);
    const g = findings({
      a: `${story} Wendline president Ed Valdane said the ferry was sound.`,
      b: `${story} Wendline general manager Ed Valdane said the ferry was sound.`,
    });
    assert.ok(g.some((x) => x.startsWith('a: role:')), g.join('\n'));
  });

  it('treats a slip of a small word as the same words, never a dropped "not"', () => {
    const said = (q: string) => `${story} Priya Raman said: “${q}”`;
    const slip = findings({
      a: said('We were told there were another dozen people inside the Tolbrook office at 6 p.m.'),
      b: said('We were told there another dozen people inside the Tolbrook office at 6:00 p.m.'),
    });
    assert.deepEqual(slip, []);
    const negation = findings({
      a: said('We were told there were not a dozen people inside the Tolbrook office at the time.'),
      b: said('We were told there were a dozen people inside the Tolbrook office at the time.'),
    });
    assert.ok(negation.some((x) => x.startsWith('a: quotation: Quotation worded differently') && /Only here: “not”/.test(x)), negation.join('\n'));
  });

  it('reports no figure against a source that states that very figure of the same thing too', () => {
    const ballot = 'Brennock Valley staff voted on the strike.';
    const both = findings({
      a: `${ballot} The union puts the turnout at 68 per cent; the trust puts it at 64 per cent.`,
      b: `${ballot} The trust said the turnout was 64 per cent.`,
    });
    assert.deepEqual(both, []);
    // "12 arrested" is no statement of "12 injured": both figures of one source must be of one thing.
    const riot = 'Police in Arlow said rioters attacked the Tolbrook station.';
    const other = findings({
      a: `${riot} Police said 12 people were injured in the riots.`,
      b: `${riot} Police said 18 people had been injured in the riots and 12 arrested.`,
    });
    assert.ok(other.some((x) => x.startsWith('a: count:')), other.join('\n'));
  });

  it('names a count of two kinds of people together as written', () => {
    const f = findings({
      a: 'The Calder Star evacuated some 420 passengers and crew off Kelso.',
      b: 'The Calder Star evacuated 300 passengers and crew off Kelso.',
    });
    assert.ok(f[0]?.startsWith('a: count: Number of passengers and crew (evacuated): 378–462 passengers and crew'), f.join('\n'));
  });

  it('keeps true conflicts that the precision rules could hide', () => {
    const d = 'Published 2024-01-10\n\n';
    const pair = (a: string, b: string) => findings({ a: d + a, b: d + b }).filter((x) => x.startsWith('a: '));
    // The time nearest a value dates it: the 15 is this season's, the 24 last season's.
    const seasons = pair('Luca Vasko of the Bantams has scored 15 goals this season after scoring 24 goals last season.', 'Luca Vasko of the Bantams scored 21 goals last season.');
    assert.deepEqual(seasons.map((x) => x.replace(/ \(b\)$/, '')), ["a: count: Number of goals (goal): 24 goals, '24 goals' vs 21 goals, '21 goals'"]);
    // Another event's figure in the same source is no statement of this one's.
    assert.equal(pair('Storm Ilse killed 14 people in Kelso. In 2019, Storm Bran killed 11 people in Kelso.', 'Storm Ilse killed 11 people in Kelso.').length, 1);
    // A passive has no agent: the fined company and the council that fined it tell of one fine.
    assert.equal(pair('Wendline was fined £60,000 over the Calder Star collision.', 'The Arlow Council imposed a £40,000 fine on Wendline over the Calder Star collision.').length, 1);
    // One small word put for another is another wording, not a slip.
    assert.equal(pair('Wendline said: “We will move the ferry service to Kelso from the harbour next spring.”', 'Wendline said: “We will move the ferry service from Kelso from the harbour next spring.”').length, 1);
    // "a year earlier" dates the 4.8 next to it, not the 5.2.
    assert.equal(pair('Unemployment in Kelso rose to 5.2 per cent from 4.8 per cent a year earlier, Arlow Council said.', 'Unemployment in Kelso rose to 5.6 per cent, Arlow Council said.').length, 1);
  });

  it('attributes no phrase of a few words (a title, a slogan) to anyone', () => {
    const f = findings({
      a: `${story} “Calder Star rising,” said Chief Fire Officer Tom Hadley.`,
      b: `${story} “Calder Star rising,” Mayor Helen Achebe said.`,
    });
    assert.deepEqual(f.filter((x) => x.includes(': attribution:')), []);
  });

  it('treats a fragment of a longer quotation as agreement', () => {
    const f = findings({
      a: `${story} The ministry called the talks “substantive and businesslike.”`,
      b: `${story} The ministry said: “The discussions were substantive and businesslike. Talks will go on.”`,
    });
    assert.deepEqual(f, []);
  });

  it('reads editors’ brackets, hyphens, contractions, ordinals, clock times and a swapped article as the same words', () => {
    const said = (q: string) => `${story} Priya Raman said: “${q}”`;
    const same = (x: string, y: string) => findings({ a: said(x), b: said(y) }).filter((f) => f.startsWith('a: quotation:'));
    assert.deepEqual(same('We thank you for your respect to her (Mia Kell) and her family at this time.', 'We thank you for your respect to her and her family at this time.'), []);
    assert.deepEqual(same('[The crews] had a hard night because the river rose so fast near Kelso.', 'They had a hard night because the river rose so fast near Kelso.'), []);
    assert.deepEqual(same('The ferry is being targeted by cyber-criminals and it gets worse every day.', 'The ferry is being targeted by cyber criminals and it gets worse every day.'), []);
    assert.deepEqual(same('Life jackets aren’t going to be needed on the short crossing to Kelso.', 'Life jackets are not going to be needed on the short crossing to Kelso.'), []);
    assert.deepEqual(same('By pulling this 11th hour timetable we keep every crossing to Kelso running.', 'By pulling this eleventh-hour timetable we keep every crossing to Kelso running.'), []);
    assert.deepEqual(same('Nothing in the timetable relieves a ferry crew of its duty to check the passengers.', 'Nothing in this timetable relieves a ferry crew of its duty to check the passengers.'), []);
    // A clock time on either clock, with its zone or without, is the same words.
    assert.deepEqual(same('The ferry left the Kelso pier at 6:41pm PST this evening with every passenger aboard.', 'The ferry left the Kelso pier at 18:41 this evening with every passenger aboard.'), []);
    // Whole words only: "One of the" is no fragment of "None of the".
    assert.equal(same('None of the passengers on the Kelso ferry was hurt in the crash.', 'One of the passengers on the Kelso ferry was hurt in the crash.').length, 1);
    // A word that changes what was said still does.
    assert.equal(same('Nothing in the timetable relieves a ferry crew of its duty to check the passengers.', 'Nothing in the timetable relieves a ferry crew of its duty to count the passengers.').length, 1);
  });

  it('takes two statements that share only their subject’s name for two statements', () => {
    const f = findings({
      a: `${story} The council wants “the purposes of the [Tolbrook Bridge Act].”`,
      b: `${story} A campaigner said: “Several late changes have undermined the whole foundation of the Tolbrook Bridge Act, and today the council began to repair it.”`,
    });
    assert.deepEqual(f.filter((x) => x.includes(': quotation:')), []);
    // The same person's words in another order are one statement worded differently.
    const g = findings({
      a: `${story} Priya Raman said: “The future of the ferry and the future of Kelso with it are at stake.”`,
      b: `${story} Priya Raman said: “This is about nothing less than the future of the ferry, and with it the future of Kelso.”`,
    });
    assert.ok(g.some((x) => x.startsWith('a: quotation: Quotation worded differently')), g.join('\n'));
  });

  it('hears two speakers named jointly, and never takes the next sentence’s name for a speaker', () => {
    const joint = findings({
      a: `${story} “We are thrilled to have the Calder Star back on the Kelso run,” said Raman and Valdane.`,
      b: `${story} Priya Raman and Ed Valdane said: “We are thrilled to have the Calder Star back on the Kelso run.”`,
      c: `${story} Valdane added: “We are thrilled to have the Calder Star back on the Kelso run.”`,
    });
    assert.deepEqual(joint.filter((x) => x.includes(': attribution:')), [], joint.join('\n'));
    // A first name the reader does not know, and a paragraph that goes on quoting both.
    const unknown = findings({
      a: `${story} “The Calder Star is a fine ship,” said Laurenz Orr and Tom Valdane.\n“She is back on the Kelso run for good.”`,
      b: `${story} “She is back on the Kelso run for good,” Orr said in a statement.`,
    });
    assert.deepEqual(unknown.filter((x) => x.includes(': attribution:')), [], unknown.join('\n'));
    const heard = analyseDocument('a', `${story} “The Calder Star is a fine ship,” said Laurenz Orr and Tom Valdane.\n“She is back on the Kelso run for good.”`);
    assert.deepEqual(
      heard.quotes.map((q) => [heard.names[q.speaker!]?.text, heard.names[q.coSpeaker!]?.text, q.speakerCue]),
      [
        ['Tom Valdane', 'Laurenz Orr', 'said X'],
        ['Tom Valdane', 'Laurenz Orr', 'continued'],
      ],
    );
    const next = findings({
      a: `${story} Her spokesman, Ed Valdane, said: “Whatever the cause of the fire, the crew did everything that was asked of them.”\nTom Hadley said the blaze was being treated as arson.`,
      b: `${story} “Whatever the cause of the fire, the crew did everything that was asked of them,” Valdane said.`,
    });
    assert.deepEqual(next.filter((x) => x.includes(': attribution:')), [], next.join('\n'));
  });

  it('gives a person no role for a title inside a quotation', () => {
    const f = findings({
      a: `${story} Mayor Helen Achebe said the ferry was sound.`,
      b: `${story} A campaign spokesman said in 2019: “As mayor, Councillor Helen Achebe will fight for the Kelso crossing.”`,
    });
    assert.deepEqual(f.filter((x) => x.includes(': role:')), [], f.join('\n'));
  });

  it('hides a conflict once it is reviewed, by the claims’ text', () => {
    const c = new Corpus();
    c.set('a', `${story} Nine people were injured.`);
    c.set('b', `${story} Eleven people were injured.`);
    const key = c.findingsFor('a')[0]!.key;
    c.setVerdicts((k) => (k === key ? 'dismissed' : undefined));
    assert.deepEqual(c.findingsFor('a'), []);
    assert.deepEqual(c.findingsFor('b'), []);
    // The review holds when the documents change elsewhere.
    c.set('a', `${story} Nine people were injured. A new sentence.`);
    assert.deepEqual(c.findingsFor('a'), []);
  });
});

describe('claims: what a hover says of the other sources', () => {
  it('never shows as agreeing two values that differ when the engine is unsure they are about one thing', () => {
    const wrong: string[] = [];
    for (const dir of readdirSync(CORPORA_DIR).map((d) => path.join(CORPORA_DIR, d))) {
      const c = new Corpus();
      for (const [name, text] of readCorpus(dir)) c.set(name, text);
      const cmp = c.comparison();
      for (const id of c.ids()) {
        const d = c.get(id)!;
        for (const claim of d.claims)
          for (const o of cmp.claimCounterparts(d, claim)) {
            if (!o.agrees) continue;
            const other = c.get(o.doc)!.claims.find((x) => x.start === o.span.start && x.kind === claim.kind)!;
            const why = cmp.explain(d, claim, c.get(o.doc)!, other);
            if (why.startsWith('unsure')) wrong.push(`${id} ${claim.text} / ${o.doc} ${other.text}: ${why}`);
          }
      }
    }
    assert.deepEqual(wrong, []);
  });
});
