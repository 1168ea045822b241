/**
 * Durations: "six hours", "nearly six and a half hours of negotiations", "a six-hour meeting",
 * "half an hour", "an hour and a half", and the duration a start and an end time imply ("from 10:00
 * AM until 4:20 PM" is 6 h 20 min). Read in hours; hedges shape the interval.
 */
import { clauseClasses } from '../../scope';
import { type ClaimKindSpec, type NumberReader, type PatternReader, slotOf } from '../../kind';
import { amountHedge, fmt1, hedgeAfter, hedgeLength, HOURS_PER, hoursDisplay, rangeDisplay, shape } from '../../quantity';

export const duration: ClaimKindSpec = {
  kind: 'duration',
  title: 'Duration',
  plural: 'durations',
  description: 'Sources give durations that cannot both be true.',
  severity: 'warning',
  label: (what) => slotOf('Duration', what),
  framed: true,
};

/** The duration from the one start time of a sentence to its first end time after it. */
export const clockDuration: PatternReader = {
  kind: 'duration',
  read(s) {
    const times = s.claims.filter((c) => c.kind === 'time');
    const starts = times.filter((t) => t.role === 'start');
    const ends = times.filter((t) => t.role === 'end');
    if (starts.length !== 1 || ends.length < 1) return;
    const st = starts[0]!;
    const e = ends.find((x) => x.start > st.start);
    if (!e) return;
    // Days apart when a date follows each time ("7am on Tuesday 14 October until 7am on Thursday").
    const dateAfter = (t: { end: number }, limit: number) => s.claims.find((c) => c.kind === 'date' && c.start >= t.end && c.start - t.end <= 8 && c.start < limit && Number.isFinite(c.lo) && c.lo === c.hi);
    const d0 = dateAfter(st, e.start);
    const d1 = dateAfter(e, s.sentence.end);
    const days = d0 && d1 ? d1.lo - d0.lo : 0;
    let lo = (e.lo - st.hi) / 60 + 24 * days;
    let hi = (e.hi - st.lo) / 60 + 24 * days;
    if (hi < 0 || (days === 0 && hi === 0)) {
      // The end comes the next day ("from 9 p.m. until shortly after 2 a.m."): a day on; a clock
      // without a.m. or p.m. may be half a day on.
      const meridiem = /[ap]\.?\s?m\b|\d:\d\d/i.test(st.text) && /[ap]\.?\s?m\b|\d:\d\d/i.test(e.text);
      const shift = meridiem ? 24 : 12;
      lo += shift;
      hi += shift;
    }
    const exact = ((e.lo + e.hi) / 2 - (st.lo + st.hi) / 2) / 60 + 24 * days + (lo > ((e.lo - st.hi) / 60 + 24 * days) ? lo - ((e.lo - st.hi) / 60 + 24 * days) : 0);
    const span = { start: st.start, end: e.end };
    const clause = s.clauseOf(st);
    s.derive(
      {
        ...span,
        kind: 'duration',
        lo,
        hi,
        unit: 'h',
        text: s.text.slice(span.start, span.end),
        display: `${hoursDisplay(exact)} (${st.text.replace(/^(?:at|from)\s+/i, '')} to ${e.text.replace(/^(?:until|till|to)\s+/i, '')})`,
        derivedFrom: 'clock',
      },
      clauseClasses(s.text, s.tokens, { start: clause.start, end: Math.max(clause.end, e.end) }),
    );
  },
};

/** "an hour and a half", "for a day": a/an counts as one only after a word that introduces a duration ("vehicles a day" is a rate). */
export const articleDuration: PatternReader = {
  kind: 'duration',
  read(s) {
    const re = /\b(?:for|lasted|took|after|over|nearly|almost|about|around|roughly|than|within|spent|under)\s+(an?)\s+(hour|day|week|month|year|minute)(\s+and\s+a\s+half)?\b/gi;
    for (const m of s.within(re)) {
      const wholeStart = m.index;
      const end = m.index + m[0].length;
      const start = wholeStart + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase() + ' ' + m[2]!.toLowerCase());
      if (!s.free({ start, end })) continue;
      const value = m[3] ? 1.5 : 1;
      const hours = HOURS_PER[m[2]!.toLowerCase()]!;
      const hedge = amountHedge(s.text, start, s.sentence.start);
      const [lo, hi] = shape(value * hours, hedge, 0.02 * value * hours);
      const hs = hedge ? start - hedgeLength(s.text, start, hedge) : start;
      s.add({ start: hs, end, kind: 'duration', lo, hi, unit: 'h', text: s.text.slice(hs, end), display: rangeDisplay(lo, hi, value * hours, hoursDisplay, hedge) });
    }
  },
};

const ELAPSED_BEFORE = /\b(?:after|following)\s+$/i;
const WINDOW_BEFORE = /\b(?:(?:in|during|over|for|after)\s+(?:the|its|their)\s+(?:first|last|past|next|opening|final)|within(?:\s+(?:the|its)\s+(?:first|last|past|next))?)\s+$/i;
const UNIT_AFTER = /^(?:[\s-]+)(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)\b(?!\s+(?:ago|old)\b)(?!-old)/i;

/** A number followed by a unit of time. */
export const durationNumber: NumberReader = {
  kind: 'duration',
  read(n, next, s) {
    const { text, sentence } = s;
    const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
    const dur = UNIT_AFTER.exec(after) ?? (n.text.toLowerCase() === 'half' ? /^\s+an?\s+(hour|day|minute)\b/i.exec(after) : null);
    if (!dur) return 0;
    const unitWord = dur[1]!.toLowerCase();
    const unitHours = HOURS_PER[unitWord.replace(/s$/, '')] ?? HOURS_PER[unitWord]!;
    let hours = unitHours;
    let value = n.value;
    let end = n.end + dur[0].length;
    // "an hour and a half", "two hours and a half".
    const andHalf = /^\s+and\s+a\s+half\b/i.exec(text.slice(end, end + 16));
    if (andHalf) {
      value += 0.5;
      end += andHalf[0].length;
    }
    // "6 hours 20 minutes", "four hours and 40 minutes", "1 hour, 5 minutes": one duration in two
    // units, the second smaller (not "three days and 40 hours" of two things, nor a list).
    let used = 1;
    let small: number | undefined;
    if (!andHalf && next && /^\s*(?:,|and|,\s*and)?\s*$/i.test(text.slice(end, next.start))) {
      const second = UNIT_AFTER.exec(text.slice(next.end, Math.min(sentence.end, next.end + 20)));
      const w = second?.[1]!.toLowerCase();
      const h2 = w ? (HOURS_PER[w.replace(/s$/, '')] ?? HOURS_PER[w]) : undefined;
      if (second && h2 !== undefined && h2 < hours && next.value * h2 < hours) {
        value = value * hours + next.value * h2;
        hours = 1;
        end = next.end + second[0].length;
        used = 2;
        small = h2;
      }
    }
    // "of talks", "of negotiations": what lasted, for the message.
    const of = /^\s+of\s+(?:the\s+)?([a-z]+)/i.exec(text.slice(end, end + 30));
    const hedge = amountHedge(text, n.start, sentence.start) ?? hedgeAfter(text, end);
    // Two units are written to the smaller one: "6 hours 20 minutes" is within half a minute.
    const tol = small !== undefined ? small / 2 : 0.02 * value;
    const [lo, hi] = shape(value * hours, hedge, tol * hours);
    const start = hedge && !hedgeAfter(text, end) ? n.start - hedgeLength(text, n.start, hedge) : n.start;
    const written = text.slice(start, end) + (of ? of[0] : '');
    // "in the first 24 hours", "within 48 hours": a window something else is counted in.
    const window = WINDOW_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start));
    // "after four days of riots", "eight days into the strike": the time so far of something still
    // going on, which grows with the day of the report (compared only between sources of one day).
    const elapsed = !window && unitHours >= 24 && ((of !== null && ELAPSED_BEFORE.test(text.slice(Math.max(sentence.start, start - 12), start))) || /^\s+into\b/i.test(text.slice(end, end + 8)));
    const role = window ? ('window' as const) : elapsed ? ('elapsed' as const) : undefined;
    s.add({ start, end, kind: 'duration', lo, hi, unit: 'h', text: written, display: rangeDisplay(lo, hi, value * hours, hedge && hi !== Infinity && lo !== -Infinity ? (x) => `${fmt1(x)} h` : hoursDisplay, hedge), ...(role ? { role } : {}) });
    return used;
  },
};
