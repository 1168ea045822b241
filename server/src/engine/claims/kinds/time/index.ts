/**
 * Clock times: "6:40 a.m.", "shortly before 7am", "10:00 AM", "14:10", "noon". Hedges widen them
 * ("about" ±10 min, "shortly after" up to 30 min after); a round hour is read to ±5 min. A time is
 * the start of something ("kicked off at"), its end ("until") or a moment; only times of one role
 * are compared.
 */
import { timeRole } from '../../calendar';
import { type ClaimKindSpec, intervalsMeet, type PatternReader, slotOf } from '../../kind';
import { zoneAfter } from '../../../lexicon/zones';
import { MAX_ZONE_GAP_MIN, ZONE_STEP_MIN } from '../../../policy';
import { hedgeBefore, hedgeLength, shape, timeDisplay } from '../../quantity';

export const time: ClaimKindSpec = {
  kind: 'time',
  title: 'Clock time',
  plural: 'clock times',
  description: 'Sources give different clock times for the same moment.',
  severity: 'warning',
  label: (what, c) => `${slotOf('Time', what)}${c.role === 'start' ? ' (start)' : c.role === 'end' ? ' (end)' : ''}`,
  moment: true,
  // "3pm BST" and "14:00 GMT" are one moment: two times with zones are compared in UTC.
  agree(a, b) {
    if (a.zone?.offset === undefined || b.zone?.offset === undefined) return intervalsMeet(a, b);
    const shift = a.zone.offset - b.zone.offset;
    // Around the clock: "23:30 GMT" is "00:30 CET".
    return [-DAY, 0, DAY].some((d) => a.lo - shift + d <= b.hi && b.lo <= a.hi - shift + d);
  },
  // A time written with a zone that says no one offset, or beside one written without a zone, may
  // be another zone's: two such that differ by whole hours ("10am" and "3pm GMT") are not two
  // reports of one moment to compare.
  distinct(a, b) {
    if (!a.zone && !b.zone) return undefined;
    if (a.zone?.offset !== undefined && b.zone?.offset !== undefined) return undefined;
    if (a.zone && b.zone && a.zone.label === b.zone.label) return undefined;
    const gap = Math.abs((a.lo + a.hi) / 2 - (b.lo + b.hi) / 2);
    // Around the clock: "23:00 GMT" and "1am" are two hours apart.
    const d = Math.min(gap, DAY - gap);
    return d > 0 && d <= MAX_ZONE_GAP_MIN && d % ZONE_STEP_MIN === 0 ? 'maybe two time zones' : undefined;
  },
};

const DAY = 24 * 60;

const CLOCK_RE = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.\s?m\.|p\.\s?m\.|am\b|pm\b|a\.m\b|p\.m\b|AM\b|PM\b|A\.M\.|P\.M\.)|\b(\d{1,2}):(\d{2})\b(?!\s*(?:a\.?m|p\.?m))|\b(noon|midday|midnight)\b/gi;

export const clockTime: PatternReader = {
  kind: 'time',
  read(s) {
    const { text, sentence } = s;
    for (const m of s.within(CLOCK_RE)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!s.free(span)) continue;
      let minutes: number;
      if (m[6]) minutes = /midnight/i.test(m[6]) ? 0 : 12 * 60;
      else {
        let h = +(m[1] ?? m[4])!;
        const min = +(m[2] ?? m[5] ?? 0);
        if (h > 23 || min > 59) continue;
        const mer = (m[3] ?? '').toLowerCase().replace(/[.\s]/g, '');
        if (mer === 'pm' && h < 12) h += 12;
        if (mer === 'am' && h === 12) h = 0;
        if (!mer && !m[4]) continue;
        minutes = h * 60 + min;
      }
      const hedge = hedgeBefore(text, span.start, sentence.start);
      const round = minutes % 60 === 0 ? 5 : 2;
      const tol = hedge?.kind === 'about' ? 10 : hedge?.kind === 'shortlyAfter' || hedge?.kind === 'shortlyBefore' ? 30 : round;
      let [lo, hi] = shape(minutes, hedge, tol);
      if (hedge?.kind === 'about') [lo, hi] = [minutes - 10, minutes + 10];
      if (hedge?.kind === 'after' || hedge?.kind === 'over') hi = minutes + 240;
      if (hedge?.kind === 'before' || hedge?.kind === 'by' || hedge?.kind === 'under') lo = minutes - 240;
      const start = hedge ? span.start - hedgeLength(text, span.start, hedge) : span.start;
      const zoned = zoneAfter(text.slice(span.end, Math.min(sentence.end, span.end + 40)));
      const full = { start, end: span.end + (zoned?.length ?? 0) };
      const zone = zoned?.zone;
      // "15:00 BST (14:00 UTC)": a zone with an offset shows the time in UTC too.
      const wrap = (m: number) => (((m - (zone?.offset ?? 0)) % DAY) + DAY) % DAY;
      const utc = zone?.offset !== undefined && zone.offset !== 0 ? ` (${timeDisplay(wrap(lo), wrap(lo) + hi - lo, wrap(minutes))} UTC)` : '';
      const display = zone ? `${timeDisplay(lo, hi, minutes)} ${zone.label}${utc}` : timeDisplay(lo, hi, minutes);
      s.add({ ...full, kind: 'time', lo, hi, unit: 'min', text: text.slice(full.start, full.end), display, role: timeRole(text, sentence, full), ...(zone ? { zone } : {}) });
    }
  },
};
