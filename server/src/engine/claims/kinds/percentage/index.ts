/**
 * Percentages: "12%", "12 percent", "21 per cent", "5.4 percentage points"; a change ("up 12%",
 * "fell 3.9 percent") when the text says which way, and only then compared with other changes.
 */
import { type ClaimKindSpec, type NumberReader, type PatternReader } from '../../kind';
import { UNIT_WORDS } from '../../../lexicon/words';
import { wordsValue } from '../../../numbers';
import { FRACTION_TOLERANCE } from '../../../policy';
import { amountHedge, direction, fmt, hedgeLength, rangeDisplay, shape } from '../../quantity';

export const percentage: ClaimKindSpec = {
  kind: 'percentage',
  title: 'Percentage',
  plural: 'percentages',
  description: 'Sources give different percentages for the same share.',
  severity: 'warning',
  label: (what) => `Percentage (${what})`,
  framed: true,
};

export const percentageNumber: NumberReader = {
  kind: 'percentage',
  read(n, _next, s) {
    const { text, sentence } = s;
    const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
    const pct = /^\s?(%|per\s?cent\b|percent\b|pc\b|percentage\s+points?\b)/i.exec(after);
    if (!pct) return 0;
    const end = n.end + pct[0].length;
    const hedge = amountHedge(text, n.start, sentence.start);
    const dir = direction(text.slice(Math.max(sentence.start, n.start - 40), n.start), text.slice(end, Math.min(sentence.end, end + 20)));
    const v = dir === 'down' ? -n.value : n.value;
    const tol = n.decimals ? 0.5 * 10 ** -n.decimals : 0.5;
    let [lo, hi] = shape(Math.abs(v), hedge, tol);
    if (dir === 'down') [lo, hi] = [-hi, -lo];
    const start = hedge ? n.start - hedgeLength(text, n.start, hedge) : n.start;
    const unit = dir ? '%change' : '%';
    s.add({ start, end, kind: 'percentage', lo, hi, unit, text: text.slice(start, end), display: rangeDisplay(lo, hi, v, (x) => `${dir ? (x > 0 ? '+' : x < 0 ? '−' : '') : ''}${fmt(Math.abs(x))}%`, hedge) }, true);
    return 1;
  },
};

const DENOMINATORS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10 };
const SMALL_RE = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';
const DENOM_RE = '(half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)';
/**
 * Fractions as shares of something named after them: "a third of the staff", "two-thirds of
 * members", "three quarters of its budget", "one in four voters", "nine out of ten patients",
 * "half of the 40 pupils".
 */
const FRACTION_RE = new RegExp(
  `\\b(?:(${SMALL_RE})[\\s-]+${DENOM_RE}|(half))\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|our\\s+|all\\s+)?(?:[\\d,]+\\s+)?([\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3})` +
    `|\\b(${SMALL_RE})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\\s+(?:of\\s+(?:the|its|their|his|her|our|all)\\s+)?([\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3})`,
  'giu',
);
/** The first word in lower case after names and possessives ("the Kelso staff", "the world's computers"); '' when none. */
function commonNoun(phrase: string): string {
  return phrase.split(/\s+/).find((w) => /^\p{Ll}/u.test(w) && !/['’]s?$/.test(w)) ?? '';
}
const PERIOD_BEFORE = /\b(?:first|second|third|fourth|final|last|opening|closing|latter|former|early|late|top|bottom|upper|lower|better|other|1st|2nd|3rd|4th)\s*$/i;
const IDIOM_NOUNS: ReadonlySet<string> = new Set(['way', 'story', 'battle', 'time', 'truth', 'problem', 'fun']);
const RANGE_BEFORE = /\b(?:between|from)\s+[\p{L}\d-]+\s+(?:and|to)\s*$/iu;
/** A fraction's number: digits, "a" or "an" (one), or words (numbers.ts). */
const num = (w: string) => (/^\d/.test(w) ? Number(w) : /^an?$/i.test(w) ? 1 : wordsValue(w.toLowerCase()));

/**
 * A fraction read as a percentage ("a third" is 33.3%, compared with "33 per cent"): a word
 * fraction is a round figure, read to FRACTION_TOLERANCE points. Not a fraction of a unit ("half
 * of an hour", "a quarter of a mile"), which is a measure, nor "a half" alone.
 */
export const fractionShare: PatternReader = {
  kind: 'percentage',
  read(s) {
    for (const m of s.within(FRACTION_RE)) {
      let share: number | undefined;
      let noun: string;
      let written: string;
      if (m[5] !== undefined) {
        const a = num(m[5]);
        const b = num(m[6]!);
        if (a === undefined || b === undefined || a >= b) continue;
        share = (100 * a) / b;
        noun = m[7]!;
        // "one in three", up to the denominator ("of the" may follow it).
        written = m[0].slice(0, m[0].toLowerCase().indexOf(m[6]!.toLowerCase(), m[5]!.length) + m[6]!.length);
        noun = commonNoun(noun);
      } else {
        const top = m[3] ? 1 : num(m[1]!);
        const bottom = m[3] ? 2 : DENOMINATORS[m[2]!.toLowerCase()]!;
        if (top === undefined || !(top < bottom)) continue;
        share = (100 * top) / bottom;
        noun = commonNoun(m[4]!);
        written = m[0].slice(0, m[0].search(/\s+of\s/i));
      }
      // "the second half of the game", "the fourth quarter of": a period, no share; "between half and
      // two-thirds of homes": a range, not read.
      const before = s.text.slice(Math.max(s.sentence.start, m.index - 40), m.index);
      if (PERIOD_BEFORE.test(before) || RANGE_BEFORE.test(before)) continue;
      // "a quarter of the way", "half of the story": idioms, no share.
      if (!noun || IDIOM_NOUNS.has(noun.toLowerCase()) || UNIT_WORDS.has(noun.toLowerCase()) || /^(?:a|an|it|them|those|these|us|you|which|whom)$/i.test(noun)) continue;
      const span = { start: m.index, end: m.index + written.length };
      if (!s.free(span)) continue;
      const hedge = amountHedge(s.text, span.start, s.sentence.start);
      const [lo, hi] = shape(share, hedge, FRACTION_TOLERANCE);
      const start = hedge ? span.start - hedgeLength(s.text, span.start, hedge) : span.start;
      s.add({ start, end: span.end, kind: 'percentage', lo, hi, unit: '%', text: s.text.slice(start, span.end), display: `${rangeDisplay(lo, hi, share, (x) => `${fmt(Math.round(x * 10) / 10)}%`, hedge)} (${written.replace(/\s+/g, ' ').toLowerCase()})`, derivedFrom: 'fraction', noun: noun.toLowerCase() }, true);
    }
  },
};
