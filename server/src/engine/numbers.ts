/**
 * Numbers as written in news prose, in digits and in words, with their exact spans: "2,750",
 * "3.5bn", "7.1 million", "six and a half", "twenty-two", "a dozen", "half an hour".
 *
 * Written by hand: the measured word-number library has no offsets, turns every "a" into 1 and reads
 * "six and a half" as "6 and 1 half".
 */
import type { Span } from './types';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

export interface NumberMatch extends Span {
  readonly value: number;
  readonly text: string;
  /** Written in words ("six and a half"). */
  readonly words: boolean;
  /**
   * The unit of the last significant digit when the number is round ("18,000" → 1000, "140" → 10),
   * else 0. Round numbers are often rounded, and their claims widen by it.
   */
  readonly roundUnit: number;
  /** Decimal places written ("7.1" → 1). */
  readonly decimals: number;
  /** The scale word or suffix was part of the number ("3.5bn", "7.1 million"). */
  readonly scaled: boolean;
}

/** A regular expression source matching one number word ("twelve", "dozen"; no group). */
export const NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)';
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const NUMWORDS = `${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*`;
const NUMBER = new RegExp(
  // a whole number and a fraction: 4 1/2, 4-1/2, 4½, 2¾ (before plain digits, which would take the 4 alone)
  `(?<![\\w.,/])(\\d{1,4})(?:(?:\\s|-)(1|3)\\s?/\\s?(2|4)(?![\\d/])|([½¼¾]))` +
    // digits with an optional scale: 3.5bn, 7.1 million, 2,750, 18,000; never a fraction's denominator
    // ('41 / 2': the 2 alone would be read as a value of its own)
    `|(?:(?<![\\w.,])|(?<=\\$(?:US|A|C|NZ|HK)))(?<!\\d\\s?\\/\\s?)(${DIGITS})(?:\\s?(bn|mn|mln|tn|k|mm|m|b)(?![\\w])|\\s(million|billion|trillion|thousand)\\b)?` +
    // or words: twenty-two, one hundred and forty, six and a half, a dozen
    `|\\b((?:(?:a|an)\\s+(?=(?:dozen|hundred|thousand|million|billion|half)\\b))?${NUMWORDS}` +
    `(?:(?<=hundred|thousand|million|billion)\\s+and\\s+${NUMWORDS})?(?:\\s+and\\s+(?:a\\s+)?(?:half|quarter))?)\\b` +
    // or a lone fraction
    `|\\b(half|a\\s+half|a\\s+quarter)\\b`,
  'gi',
);

/**
 * Every number in `text[start, end)`. A number word must stand alone ("one" in "someone" is not);
 * "a"/"an" count only before "dozen", "half" or a scale word ("a hundred").
 */
export function findNumbers(text: string, start = 0, end = text.length): NumberMatch[] {
  const slice = end < text.length ? text.slice(0, end) : text;
  const scan = NUMBER;
  scan.lastIndex = start;
  const out: NumberMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = scan.exec(slice)) !== null) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    if (m[1] !== undefined) {
      // "4 1/2 hours", "4½": a whole number and a half or a quarter.
      const frac = m[4] ? ({ '½': 0.5, '¼': 0.25, '¾': 0.75 } as Record<string, number>)[m[4]]! : +m[2]! / +m[3]!;
      out.push({ start: m.index, end: m.index + m[0].length, value: +m[1] + frac, text: m[0], words: false, roundUnit: 0, decimals: 1, scaled: false });
      continue;
    }
    if (m[5] !== undefined) {
      const raw = m[5];
      let value = Number(raw.replace(/,/g, ''));
      const decimals = raw.includes('.') ? raw.split('.')[1]!.length : 0;
      const scaleWord = (m[6] ?? m[7])?.toLowerCase();
      let scaled = false;
      if (scaleWord) {
        // "5 m" after a number is metres as often as millions: only attached suffixes count as scales.
        const attached = m[6] !== undefined;
        const scale = attached ? SUFFIX_SCALES[scaleWord] : SCALES[scaleWord];
        // "$200MM" is money's millions; "5 mm" after a number is millimetres (checked by case: MM only).
        if (scaleWord === 'mm' && m[6] !== 'MM') {
          // not a scale
        } else if (scale && (!attached || /^(bn|mn|mln|tn|k|m|b|mm)$/.test(scaleWord))) {
          value *= scale;
          scaled = true;
        }
      }
      const text0 = scaled ? m[0] : raw;
      out.push({
        start: m.index,
        end: m.index + text0.length,
        value,
        text: text0,
        words: false,
        roundUnit: scaled ? 0 : roundUnitOf(raw),
        decimals,
        scaled,
      });
      continue;
    }
    const phrase = (m[8] ?? m[9])!;
    // "several dozen", "a few hundred", "many thousand": a vague amount, no number to compare.
    if (/^(?:dozen|hundred|thousand|million|billion)\b/i.test(phrase) && /\b(?:several|a\s+few|few|many)\s+$/i.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
    const value = wordsValue(phrase);
    if (value === undefined) continue;
    out.push({ start: m.index, end: m.index + phrase.length, value, text: phrase, words: true, roundUnit: 0, decimals: 0, scaled: /million|billion|trillion|thousand/i.test(phrase) });
  }
  return out;
}

/** The value of a phrase of number words, or `undefined` if it is not one number. */
export function wordsValue(phrase: string): number | undefined {
  const words = phrase.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let fraction = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and') continue;
    if (w === 'a' || w === 'an') {
      const next = words[i + 1];
      if (next === 'half' || next === 'quarter' || next === 'dozen' || (next && next in SCALES)) {
        if (next === 'half' || next === 'quarter') continue;
        current += 1;
        any = true;
        continue;
      }
      return undefined;
    }
    if (w === 'half') {
      fraction += 0.5;
      any = true;
    } else if (w === 'quarter') {
      fraction += 0.25;
      any = true;
    } else if (w === 'three' && words[i + 1] === 'quarters') {
      fraction += 0.75;
      i++;
      any = true;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
      any = true;
    } else if (w in UNITS) {
      current += UNITS[w]!;
      any = true;
    } else if (w in TENS) {
      current += TENS[w]!;
      any = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      any = true;
    } else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
      any = true;
    } else return undefined;
  }
  return any ? total + current + fraction : undefined;
}

function roundUnitOf(raw: string): number {
  if (raw.includes('.')) return 0;
  const digits = raw.replace(/,/g, '');
  const zeros = /0+$/.exec(digits)?.[0].length ?? 0;
  if (zeros === 0 || zeros === digits.length) return 0;
  return 10 ** zeros;
}
