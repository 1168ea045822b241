/**
 * Clock times: "6:40 a.m.", "shortly before 7am", "10:00 AM", "14:10", "noon". Hedges widen them
 * ("about" ±10 min, "shortly after" up to 30 min after); a round hour is read to ±5 min. A time is
 * the start of something ("kicked off at"), its end ("until") or a moment; only times of one role
 * are compared.
 */
import { timeRole } from '../../calendar';
import { type ClaimKindSpec, type PatternReader, slotOf } from '../../kind';
import { hedgeBefore, hedgeLength, shape, timeDisplay } from '../../quantity';

export const time: ClaimKindSpec = {
  kind: 'time',
  title: 'Clock time',
  plural: 'clock times',
  description: 'Sources give different clock times for the same moment.',
  severity: 'warning',
  label: (what, c) => `${slotOf('Time', what)}${c.role === 'start' ? ' (start)' : c.role === 'end' ? ' (end)' : ''}`,
  moment: true,
};

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
      const full = { start, end: span.end };
      s.add({ ...full, kind: 'time', lo, hi, unit: 'min', text: text.slice(full.start, full.end), display: timeDisplay(lo, hi, minutes), role: timeRole(text, sentence, full) });
    }
  },
};
