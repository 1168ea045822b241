/**
 * Years: "in 1998", "2016-2018", "between 2016 and 2018", "three years ago", and the year a thing's
 * age puts it in ("the 26-year-old bridge" in 2024 opened in 1997-1998). A person's age is not a
 * year: the age kind reads it.
 */
import { DAY_MS, isBoundAt } from '../../calendar';
import { type ClaimKindSpec, type NumberReader, slotOf } from '../../kind';
import { hedgeBefore } from '../../quantity';
import { clauseClasses } from '../../scope';
import { personAfterAge } from '../age';

export const year: ClaimKindSpec = {
  kind: 'year',
  title: 'Year',
  plural: 'years',
  description: 'Sources give different years for the same event.',
  severity: 'warning',
  label: (what) => slotOf('Year', what),
  moment: true,
};

/** "for the first time since the 2004-05 season", "until the 1990s": a bound of a stretch, compared only with bounds. */
function bound(text: string, at: number): { role?: 'bound' } {
  return isBoundAt(text, at) ? { role: 'bound' } : {};
}

export const yearNumber: NumberReader = {
  kind: 'year',
  read(n, _next, s) {
    const { text, sentence, ref } = s;
    const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
    const before = text.slice(Math.max(sentence.start, n.start - 12), n.start);
    // A decade: "the 1930s", "the mid-1970s", "the early 1990s": its years (or the part of them said).
    const decade = !n.words && /^\d{3}0$/.test(n.text) && n.value >= 1600 && n.value <= 2100 ? /^['’]?s\b/.exec(after) : null;
    if (decade) {
      const part = /\b(early|mid|late)[-\s]*$/i.exec(before)?.[1]?.toLowerCase();
      const [lo, hi] = part === 'early' ? [n.value, n.value + 4] : part === 'mid' ? [n.value + 3, n.value + 7] : part === 'late' ? [n.value + 5, n.value + 9] : [n.value, n.value + 9];
      const end = n.end + decade[0].length;
      s.add({ start: n.start, end, kind: 'year', lo, hi, unit: 'year', text: text.slice(n.start, end), display: `${lo}–${hi}`, ...bound(text, n.start) }, true);
      return 1;
    }
    // Years and year ranges: "in 1998", "2016-2018", "between 2016 and 2018".
    if (!n.words && /^\d{4}$/.test(n.text) && n.value >= 1600 && n.value <= 2100 && !/^\s*(?:%|per\s?cent|percent|[a-z]+s\b(?<!\bas))/i.test(after)) {
      const range = /^\s*(?:-|–|—|to|and|until|through)\s*(\d{4}|\d{2})\b/.exec(after);
      const between = /(?:between|from)\s+$/i.test(before);
      let hiYear = n.value;
      let end = n.end;
      if (range && (between || /^\s*[-–—]/.test(range[0]) || /^\s*(?:to|until|through)/.test(range[0]))) {
        const y2 = range[1]!.length === 2 ? Math.floor(n.value / 100) * 100 + +range[1]! : +range[1]!;
        if (y2 > n.value && y2 - n.value < 200) {
          hiYear = y2;
          end = n.end + range[0].length;
        }
      }
      const start = between ? n.start - /(?:between|from)\s+$/i.exec(before)![0].length : n.start;
      const hedge = hedgeBefore(text, start, sentence.start);
      let [lo, hi] = [n.value, hiYear];
      if (hedge?.kind === 'by' || hedge?.kind === 'before') lo = -Infinity;
      if (hedge?.kind === 'after') hi = Infinity;
      s.add({ start, end, kind: 'year', lo, hi, unit: 'year', text: text.slice(start, end), display: hiYear > n.value ? `${n.value}–${hiYear}` : String(n.value), ...bound(text, start) }, true);
      return 1;
    }
    // "three years ago" → a year.
    const ago = /^\s*years?\s+ago\b/i.exec(after);
    if (ago && ref !== undefined) {
      const y = new Date(ref * DAY_MS).getUTCFullYear() - n.value;
      const span = { start: n.start, end: n.end + ago[0].length };
      s.add({ ...span, kind: 'year', lo: y - 1, hi: y, unit: 'year', text: text.slice(span.start, span.end), display: `${y - 1}–${y}` }, true);
      return 1;
    }
    // "the 26-year-old bridge", "26 years old" → the year it began.
    const age = /^(?:-year-old|\s+years?\s+old|-years-old)\b/i.exec(after);
    if (!age) return 0;
    const span = { start: n.start, end: n.end + age[0].length };
    // A person's age is no event's year: the age kind reads it.
    if (personAfterAge(text, span.end, s.names)) return 0;
    if (ref === undefined) return 1;
    const y = new Date(ref * DAY_MS).getUTCFullYear() - n.value;
    s.add({ ...span, kind: 'year', lo: y - 1, hi: y, unit: 'year', text: text.slice(span.start, span.end), display: `${y - 1}–${y}`, classes: ['open', ...clauseClasses(text, s.tokens, span)] });
    return 1;
  },
};
