/**
 * Counts of a named thing: "22 people", "six diplomatic properties", "nine assault rifles", and
 * parts that add up ("18 passengers and 4 crew" are 22 people). A round count of 100 or more is
 * read to its rounding ("18,000 vehicles" ± 500); a smaller one exactly.
 */
import { nounClass, PEOPLE_PARTS } from '../../../classes';
import { type ClaimKindSpec, type NumberReader } from '../../kind';
import { amountHedge, fmt, hedgeAfter, hedgeLength, MEASURES, rangeDisplay, shape } from '../../quantity';
import { countedNoun, nearestClasses } from '../../scope';

export const count: ClaimKindSpec = {
  kind: 'count',
  title: 'Count',
  plural: 'counts',
  description: 'Sources count the same thing differently.',
  severity: 'warning',
  label(what, a) {
    const noun = a.noun ?? 'things';
    const plural = noun.endsWith('s') || noun === 'people' || noun === 'crew' ? noun : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
    return `Number of ${plural} (${what.replace(/^the /, '')})`;
  },
  framed: true,
};

/** A number and the noun it counts (or the unit it measures: see the number kind). */
export const countNumber: NumberReader = {
  kind: 'count',
  read(n, next, s) {
    const { text, sentence } = s;
    if (n.value === 1 && n.words) return 0;
    // A number in a name ("Orbit 4", "Windows 10", "Apollo 11", "Route 66") counts nothing.
    if (!n.words && /\p{Lu}[\p{L}\p{N}-]*\s$/u.test(text.slice(Math.max(sentence.start, n.start - 30), n.start)) && !/(?:^|[.!?]\s*|\b(?:The|A|An|In|On|By|At|Of|And|Some|About|Over|Nearly|Almost|Around)\s)$/.test(text.slice(Math.max(sentence.start, n.start - 30), n.start).trimEnd() + ' ')) return 1;
    const noun = countedNoun(text, n.end, sentence.end);
    if (!noun) return 0;
    const measure = MEASURES[noun.word.toLowerCase()];
    const hedge = amountHedge(text, n.start, sentence.start) ?? hedgeAfter(text, noun.end);
    const tol = n.roundUnit && n.value >= 100 ? Math.min(n.roundUnit / 2, 0.05 * n.value) : measure ? 0.02 * n.value : 0;
    const [lo, hi] = shape(n.value, hedge, tol);
    const start = hedge && !hedgeAfter(text, noun.end) ? n.start - hedgeLength(text, n.start, hedge) : n.start;
    const cls = measure ?? nounClass(noun.word);
    const label = noun.word.toLowerCase();
    s.add({ start, end: noun.end, kind: measure ? 'number' : 'count', lo, hi, unit: cls, noun: cls, text: text.slice(start, noun.end), display: rangeDisplay(lo, hi, n.value, (v) => `${fmt(v)} ${label}`, hedge) }, true);

    // Parts that add up: "18 passengers and 4 crew" → 22 people.
    if (measure || !next || !PEOPLE_PARTS.has(cls) || !/^\s*(?:and|,|plus)\s*$/i.test(text.slice(noun.end, next.start))) return 1;
    const noun2 = countedNoun(text, next.end, sentence.end);
    if (!noun2 || !PEOPLE_PARTS.has(nounClass(noun2.word)) || nounClass(noun2.word) === cls) return 1;
    const total = n.value + next.value;
    const sumSpan = { start: n.start, end: noun2.end };
    const c2 = { start: next.start, end: noun2.end };
    s.add({ ...c2, kind: 'count', lo: next.value, hi: next.value, unit: nounClass(noun2.word), noun: nounClass(noun2.word), text: text.slice(c2.start, c2.end), display: `${fmt(next.value)} ${noun2.word.toLowerCase()}` }, true);
    s.derive(
      { ...sumSpan, kind: 'count', lo: total, hi: total, unit: 'people', noun: 'people', text: text.slice(sumSpan.start, sumSpan.end), display: `${fmt(total)} people (${fmt(n.value)} + ${fmt(next.value)})`, derivedFrom: 'sum' },
      nearestClasses(text, s.tokens, sumSpan, s.clauseOf(sumSpan)),
    );
    return 2;
  },
};
