/**
 * Days as numbers (days since 1970-01-01, UTC) and what a date means in its sentence: the nearest
 * year of a date written without one, whether a clause looks ahead, and whether a date or a clock
 * time is the start or the end of something.
 */
import { isoDate } from '../docdate';
import type { Span } from '../types';

export const DAY_MS = 86400000;

/**
 * Whether the moment at `at` is a bound of a stretch of time rather than when something happened:
 * right after "since", "until", "before", "through" ("the worst since 2003", "for the first time
 * since the 2004-05 season", "until 1998").
 */
export function isBoundAt(text: string, at: number): boolean {
  return BOUND_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}
const BOUND_BEFORE = /\b(?:since|until|till|through|before|than|from|prior\s+to)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?$/i;

/** Whether the clause looks ahead: a date it names is the coming one. */
export function futureCue(text: string, clauses: readonly Span[], span: Span): boolean {
  const clause = clauses.find((c) => c.start <= span.start && span.start < c.end);
  const before = text.slice(clause?.start ?? Math.max(0, span.start - 80), span.start);
  // "the measures to be voted on Thursday", "preparing for", "ahead of": a time still to come when told.
  return /\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|is\s+expected|are\s+expected|expected\s+to|set\s+to|scheduled|planned|plans\s+to|opens|begins|starts|upcoming|next|coming|tomorrow|would\s+be\s+held|to\s+be\s+(?:[a-z]+ed|held|taken|given|sworn|made)|ahead\s+of|preparing)\b/i.test(before);
}

/** When in an event a date falls: its start ("began on"), its end ("concluded on"), or the event. */
export function dateRole(text: string, span: Span): 'start' | 'end' | 'point' {
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  if (/\b(?:began|begun|started|starting|opened|kicked\s+off|launched|since|from)\s+(?:on\s+)?$/i.test(before)) return 'start';
  if (/\b(?:ended|concluded|finished|closed|wrapped\s+up|until|till|through)\s+(?:on\s+)?$/i.test(before)) return 'end';
  return 'point';
}

/** A clock time's role: the start of something ("kicked off at 10:00"), its end ("until 4:20"), or a moment. */
export function timeRole(text: string, sentence: Span, span: Span): 'start' | 'end' | 'point' {
  const before = text.slice(Math.max(sentence.start, span.start - 60), span.start);
  if (/\b(?:until|till|to|and|through)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+)?$/i.test(before) && /\b(?:until|till)\b|\bfrom\b|\bbetween\b|\blasted\b/i.test(text.slice(Math.max(sentence.start, span.start - 60), span.start))) {
    if (/\b(?:until|till|lasted|ended|finished|concluded)\b/i.test(before) || /\bfrom\b|\bbetween\b/i.test(before)) return 'end';
  }
  if (/\b(?:ended|finished|concluded|closed|wrapped\s+up|lasted\s+until|until|till)\b[^.;]*$/i.test(before) && !/\b(?:began|started|kicked\s+off|launched|from)\b[^.;]*$/i.test(before.slice(-25))) return 'end';
  if (/\b(?:began|begun|started|starting|kicked\s+off|launched|opened|commenced|from|got\s+under\s+way|getting\s+under\s+way)\b[^.;,]*$/i.test(before)) return 'start';
  return 'point';
}

/** The year that puts month/day closest to the reference day (the coming one if the text looks ahead). */
export function nearestYear(ref: number, month: number, day: number, future: boolean): number {
  const y = new Date(ref * DAY_MS).getUTCFullYear();
  let best = y;
  let bestScore = Infinity;
  for (const c of [y - 1, y, y + 1]) {
    const iso = isoDate(c, month, day);
    if (!iso) continue;
    const d = dayNumber(iso) - ref;
    const score = future ? (d >= 0 ? d : 400 - d) : d <= 0 ? -d : d + 60;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export function dayNumber(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
