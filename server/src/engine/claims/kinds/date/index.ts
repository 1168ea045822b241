/**
 * Dates: "27 February 2025", "Feb. 22", "2025-02-27", "December 2003", "in February", weekdays
 * ("on Thursday", "last Friday") and relative days ("yesterday", "last week", "three days ago")
 * resolved against the document's own date. A weekday written with a date it contradicts is a
 * finding of its own. Two dates agree when their days meet; a date without a year meets on month
 * and day.
 */
import { isoDate } from '../../../docdate';
import { MONTH_NAMES, MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS } from '../../../lexicon/calendar';
import { findNumbers } from '../../../numbers';
import { cap, DAY_MS, dateRole, dayNumber, futureCue, isoOf, nearestYear } from '../../calendar';
import { MAX_DATE_GAP_DAYS } from '../../../policy';
import { type ClaimKindSpec, intervalsMeet, type PatternReader, type SentenceScope, slotOf } from '../../kind';
import type { Claim } from '../../types';

export const date: ClaimKindSpec = {
  kind: 'date',
  title: 'Date',
  plural: 'dates',
  description: 'Sources put the same event on different days (weekdays and relative dates resolved).',
  severity: 'warning',
  label: (what) => slotOf('Date', what),
  moment: true,
  agree(a, b) {
    if (a.monthDay || b.monthDay) {
      const [lo1, hi1] = monthDayRange(a, b);
      const [lo2, hi2] = monthDayRange(b, a);
      return lo1 <= hi2 + 1e-9 && lo2 <= hi1 + 1e-9;
    }
    return intervalsMeet(a, b);
  },
  distinct(a, b) {
    const days = daysApart(a, b);
    return days > MAX_DATE_GAP_DAYS ? `dates ${days.toFixed(0)} days apart: two events` : undefined;
  },
};

/** A date as a day range; a date without a year takes the other claim's year (`shift` years off it). */
function monthDayRange(c: Claim, other: Claim, shift = 0): [number, number] {
  if (!c.monthDay) return [c.lo, c.hi];
  const year = other.monthDay ? 2024 : new Date(((other.lo + other.hi) / 2) * DAY_MS).getUTCFullYear() + shift;
  const d = Date.UTC(year, c.monthDay.month - 1, c.monthDay.day) / DAY_MS;
  return [d, d];
}

/**
 * The days between two dates (0 where they meet). A date without a year ("June 13") is read in the
 * other's year or the one before or after, whichever is nearest ("December 30" and "January 2,
 * 2025" are three days apart); two without a year are read in one year.
 */
function daysApart(a: Claim, b: Claim): number {
  const gap = (shift: number) => {
    const [lo1, hi1] = monthDayRange(a, b, shift);
    const [lo2, hi2] = monthDayRange(b, a, shift);
    return Math.max(0, lo1 - hi2, lo2 - hi1);
  };
  const days = a.monthDay || b.monthDay ? Math.min(gap(-1), gap(0), gap(1)) : gap(0);
  return Number.isFinite(days) ? days : 0;
}

const FULL_DATES: Array<[RegExp, 'md' | 'dm' | 'dmy' | 'iso']> = [
  // A day, a month and a year of two digits, as wire copy writes a date ("on 10 Nov 11."): read
  // before "Nov 11", which it would otherwise be. Only where the two digits end the phrase (not "10
  // Nov 11 people").
  [new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{2})(?=\\s*(?:[.,;:)]|$))`, 'gi'), 'dmy'],
  [new RegExp(`(?:\\b${WEEKDAY_RE},?\\s+)?(?:the\\s+)?\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'), 'md'],
  [new RegExp(`(?:\\b${WEEKDAY_RE},?\\s+)?(?:the\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4})\\b)?`, 'gi'), 'dm'],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, 'iso'],
];
const MONTH_YEAR_RE = new RegExp(`\\b(?:(early|mid|late)[-\\s]+)?${MONTH_RE}\\s+(\\d{4})\\b`, 'g');
const MONTH_ALONE_RE = new RegExp(`\\b(in|last|next|this|since|by|until|during|early|late|mid)[-\\s]+(${MONTH_NAMES.join('|')})\\b(?![-\\s]+\\d)`, 'g');
const WEEKDAY_PHRASE_RE = new RegExp(`\\b(?:(last|next|this|this\\s+coming|on|by|until|since|from)\\s+)?${WEEKDAY_RE}(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?\\b`, 'g');
const RELATIVE_RE =
  /\b(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+(?:night|week|month)|earlier\s+today|(?:the\s+)?day\s+before\s+yesterday|(?:a|one|two|three|four|five|six|\d+)\s+days?\s+ago)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b/gi;

const monthOf = (name: string) => MONTHS.get(name.toLowerCase().replace(/\.$/, ''))!;

/** "27 February 2025", "Thursday, November 8", "Feb. 22", "2025-02-27". */
export const fullDate: PatternReader = {
  kind: 'date',
  read(s: SentenceScope) {
    for (const [re, form] of FULL_DATES) {
      for (const m of s.within(re)) {
        let weekday: string | undefined;
        let month: number;
        let day: number;
        let year: number | undefined;
        if (form === 'iso') {
          year = +m[1]!;
          month = +m[2]!;
          day = +m[3]!;
        } else if (form === 'dmy') {
          day = +m[1]!;
          month = monthOf(m[2]!);
          // Two digits: this century, unless that is past the document's year ("3 March 99": 1999).
          const refYear = s.ref !== undefined ? new Date(s.ref * DAY_MS).getUTCFullYear() : undefined;
          year = 2000 + +m[3]! > (refYear ?? 2100) + 1 ? 1900 + +m[3]! : 2000 + +m[3]!;
        } else if (form === 'md') {
          weekday = m[1];
          month = monthOf(m[2]!);
          day = +m[3]!;
          year = m[4] ? +m[4] : undefined;
        } else {
          weekday = m[1];
          day = +m[2]!;
          month = monthOf(m[3]!);
          year = m[4] ? +m[4] : undefined;
        }
        // "May" is a month only beside a day number; "March 6" is; "may 5" in lower case is not.
        const monthWord = form === 'md' || form === 'dmy' ? m[2]! : m[3]!;
        if (form !== 'iso' && /^may$/i.test(monthWord) && !/^May/.test(monthWord)) continue;
        const span = { start: m.index, end: m.index + m[0].length };
        if (!s.free(span)) continue;
        const future = futureCue(s.text, s.clauses, span);
        if (year === undefined && s.ref !== undefined) year = nearestYear(s.ref, month, day, future);
        const iso = year !== undefined ? isoDate(year, month, day) : undefined;
        if (year !== undefined && !iso) continue;
        if (year === undefined && !isoDate(2024, month, day)) continue;
        const raw = s.text.slice(span.start, span.end);
        if (iso) {
          const dn = dayNumber(iso);
          const actual = WEEKDAYS[new Date(dn * DAY_MS).getUTCDay()]!;
          if (weekday && actual !== weekday.toLowerCase()) s.weekdayMismatch({ ...span, text: raw, written: weekday, actual: cap(actual), iso });
          s.add({ ...span, kind: 'date', lo: dn, hi: dn, unit: 'day', text: raw, display: iso, role: dateRole(s.text, span) });
        } else {
          s.add({ ...span, kind: 'date', lo: NaN, hi: NaN, unit: 'day', text: raw, display: `${MONTH_NAMES[month - 1]} ${day}`, monthDay: { month, day }, role: dateRole(s.text, span) });
        }
      }
    }
  },
};

/** A month and year: "in December 2023". */
export const monthYear: PatternReader = {
  kind: 'date',
  read(s) {
    for (const m of s.within(MONTH_YEAR_RE)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!s.free(span)) continue;
      const month = monthOf(m[2]!);
      const year = +m[3]!;
      const first = dayNumber(isoDate(year, month, 1)!);
      const last = dayNumber(isoDate(year, month + 1 > 12 ? 12 : month + 1, month + 1 > 12 ? 31 : 1)!) - (month + 1 > 12 ? 0 : 1);
      s.add({ ...span, kind: 'date', lo: first, hi: last, unit: 'day', text: m[0], display: `${year}-${String(month).padStart(2, '0')}`, role: dateRole(s.text, span) });
    }
  },
};

/**
 * A month alone: "in February", "last March", "since June": the month of the nearest past year
 * (the coming one when the clause looks ahead). "May" only capitalised, and never "may".
 */
export const monthAlone: PatternReader = {
  kind: 'date',
  read(s) {
    const ref = s.ref;
    if (ref === undefined) return;
    for (const m of s.within(MONTH_ALONE_RE)) {
      const end = m.index + m[0].length;
      const inner = { start: end - m[2]!.length, end };
      if (!s.free(inner) || (/^may$/i.test(m[2]!) && !/^May$/.test(m[2]!)) || /^[\s,]*(?:\d|of\s+\d)/.test(s.text.slice(end, end + 8))) continue;
      const month = monthOf(m[2]!);
      const d = new Date(ref * DAY_MS);
      const refMonth = d.getUTCMonth() + 1;
      const future = futureCue(s.text, s.clauses, inner) || /^next$/i.test(m[1]!);
      let year = d.getUTCFullYear();
      if (future ? month < refMonth : month > refMonth || (/^last$/i.test(m[1]!) && month === refMonth)) year += future ? 1 : -1;
      const first = dayNumber(isoDate(year, month, 1)!);
      const last = dayNumber(month === 12 ? isoDate(year, 12, 31)! : isoDate(year, month + 1, 1)!) - (month === 12 ? 0 : 1);
      s.add({ ...inner, kind: 'date', lo: first, hi: last, unit: 'day', text: m[2]!, display: `${year}-${String(month).padStart(2, '0')}`, role: dateRole(s.text, inner) });
    }
  },
};

/** "on Thursday", "last Friday", "next Monday": the past weekday in news, the coming one when the clause looks ahead. */
export const weekday: PatternReader = {
  kind: 'date',
  read(s) {
    const ref = s.ref;
    if (ref === undefined) return;
    for (const m of s.within(WEEKDAY_PHRASE_RE)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!s.free(span) || s.quoted(span)) continue;
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const w0 = new Date(ref * DAY_MS).getUTCDay();
      const mod = (m[1] ?? '').toLowerCase();
      let day: number;
      if (mod === 'next' || mod === 'this coming' || futureCue(s.text, s.clauses, span)) {
        const d = (target - w0 + 7) % 7;
        day = ref + (mod === 'next' && d === 0 ? 7 : d);
      } else {
        const d = (w0 - target + 7) % 7;
        day = ref - (mod === 'last' && d === 0 ? 7 : d);
      }
      const iso = isoOf(day);
      s.add({ ...span, kind: 'date', lo: day, hi: day, unit: 'day', text: m[0], display: `${iso} (${cap(m[2]!.toLowerCase())})`, role: dateRole(s.text, span) });
    }
  },
};

/** "yesterday", "this morning", "last week", "three days ago". */
export const relativeDay: PatternReader = {
  kind: 'date',
  read(s) {
    const ref = s.ref;
    if (ref === undefined) return;
    for (const m of s.within(RELATIVE_RE)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!s.free(span) || s.quoted(span)) continue;
      const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      let lo = ref;
      let hi = ref;
      if (w === 'yesterday' || w === 'last night') lo = hi = ref - 1;
      else if (w === 'tomorrow') lo = hi = ref + 1;
      else if (/day before yesterday/.test(w)) lo = hi = ref - 2;
      else if (/days? ago/.test(w)) {
        const n = /^\d+/.test(w) ? parseInt(w, 10) : (findNumbers(w)[0]?.value ?? 1);
        lo = hi = ref - n;
      } else if (w === 'last week') {
        // The calendar week before the document's, and loosely the days since: "last week" is said of both.
        const monday = ref - ((new Date(ref * DAY_MS).getUTCDay() + 6) % 7);
        lo = monday - 7;
        hi = ref - 1;
      } else if (w === 'last month') {
        const d = new Date(ref * DAY_MS);
        lo = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1) / DAY_MS;
        hi = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS - 1;
      }
      const label = lo === hi ? isoOf(lo) : `${isoOf(lo)} – ${isoOf(hi)}`;
      s.add({ ...span, kind: 'date', lo, hi, unit: 'day', text: m[0], display: `${label} (${w})`, role: dateRole(s.text, span) });
    }
  },
};
