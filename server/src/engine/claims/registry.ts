/**
 * Every kind of claim, and the order in which readers take the text: where two readings would
 * overlap, the first reader here takes the span and the later one gets nothing. Adding a kind: a
 * folder under `kinds/` (its spec, its readers, its corpus of examples and counter-examples) and a
 * line here (its spec in KINDS, its readers in PATTERNS or NUMBERS).
 */
import type { ClaimKindSpec, NumberReader, PatternReader } from './kind';
import { age, ageNumber } from './kinds/age';
import { count, countNumber } from './kinds/count';
import { date, fullDate, monthAlone, monthYear, relativeDay, weekday } from './kinds/date';
import { articleDuration, clockDuration, duration, durationNumber } from './kinds/duration';
import { money, moneyNumber } from './kinds/money';
import { magnitude, number } from './kinds/number';
import { fractionShare, percentage, percentageNumber } from './kinds/percentage';
import { clockTime, time } from './kinds/time';
import { vote, voteTally } from './kinds/vote';
import { year, yearNumber } from './kinds/year';
import type { ClaimKind } from './types';

/** The spec of every kind (a kind without one does not compile), in the order findings list them. */
export const KINDS: Readonly<Record<ClaimKind, ClaimKindSpec>> = { duration, time, date, year, age, count, number, money, percentage, vote };

/**
 * Patterns, read first, in this order: full dates before a month and year before a month alone
 * (each takes what the longer form left); weekdays and relative days after dates ("Thursday,
 * November 8" is one date); clock times, then the duration a start and an end time imply (which may
 * overlap them), then durations of "an hour"; vote tallies last of the patterns and before any
 * number reader ("voted 1,942 to 1,458" is neither a year range nor two counts); fractions as shares
 * ("a third of the staff", "one in four voters": no count of four); magnitudes last
 * ("a magnitude-6.1 quake": no count of quakes).
 */
export const PATTERNS: readonly PatternReader[] = [fullDate, monthYear, monthAlone, weekday, relativeDay, clockTime, clockDuration, articleDuration, voteTally, fractionShare, magnitude];

/**
 * Then each number the patterns left, offered to these readers in turn until one takes it: a year
 * before anything else ("in 1998" is no count), a person's age before a sum or a count ("Gigante,
 * 77,"), money and percentages before durations and counts (their sign or word is certain),
 * durations before counts ("six hours" is no count of hours).
 */
export const NUMBERS: readonly NumberReader[] = [yearNumber, ageNumber, moneyNumber, percentageNumber, durationNumber, countNumber];

/** The spec of a kind. */
export function kindOf(kind: ClaimKind): ClaimKindSpec {
  return KINDS[kind];
}
