/**
 * Measures: a number with a unit ("11 miles", "60 metres", "7.62mm", "4,000 tonnes"). Read by the
 * count reader, which finds the noun after a number: a unit there makes it a measure.
 */
import { type ClaimKindSpec, type PatternReader } from '../../kind';

export const number: ClaimKindSpec = {
  kind: 'number',
  title: 'Quantity',
  plural: 'numbers',
  description: 'Sources give different numbers for the same quantity.',
  severity: 'warning',
  label: (what, a) => `Number (${a.unit}, ${what.replace(/^the /, '')})`,
  framed: true,
};

/** "a magnitude-6.1 temblor", "the 5.9-magnitude quake", "a magnitude of 5.9", "measuring 6.4 on the Richter scale". */
const MAGNITUDE_RE = /\bmagnitude(?:\s+of)?[-\s]+(\d{1,2}(?:\.\d)?)\b|\b(\d{1,2}(?:\.\d)?)[-\s]+(?:-?\s*)?(?:magnitude|on\s+the\s+richter\s+scale|richter)\b/gi;

/** The magnitude of an earthquake: a measure of its own, to a tenth. */
export const magnitude: PatternReader = {
  kind: 'number',
  read(s) {
    for (const m of s.within(MAGNITUDE_RE)) {
      const raw = m[1] ?? m[2]!;
      const start = m.index + m[0].indexOf(raw);
      const span = { start, end: start + raw.length };
      if (!s.free(span)) continue;
      const v = Number(raw);
      const tol = raw.includes('.') ? 0.05 : 0.5;
      const hedge = /\b(?:about|around|roughly|some|approximately|nearly|almost)\s+(?:a\s+)?(?:magnitude(?:\s+of)?[-\s]+)?$/i.test(s.text.slice(Math.max(s.sentence.start, m.index - 30), start));
      const wide = hedge ? 0.2 : tol;
      const atLeast = /\bat\s+least\s+(?:a\s+)?(?:magnitude(?:\s+of)?[-\s]+)?$/i.test(s.text.slice(Math.max(s.sentence.start, m.index - 30), start));
      s.add({ ...span, kind: 'number', lo: v - wide, hi: atLeast ? Infinity : v + wide, unit: 'magnitude', noun: 'magnitude', text: raw, display: `magnitude ${raw}${atLeast ? ' or more' : ''}`, classes: ['quake'] });
    }
  },
};
