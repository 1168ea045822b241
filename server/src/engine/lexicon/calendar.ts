/** Typed loader of calendar.json: month and weekday names, and the patterns that match them. */
import data from './calendar.json';

/** Month names in calendar order ("January"…). */
export const MONTH_NAMES: readonly string[] = data.months.map((m) => m[0]!);

/** Every month name and abbreviation, lower case, to its number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(data.months.flatMap((names, i) => names.map((n) => [n.toLowerCase(), i + 1] as [string, number])));

/** Weekday names, lower case, Sunday first (the order of `Date.getUTCDay`). */
export const WEEKDAYS: readonly string[] = data.weekdays.map((w) => w[0]!.toLowerCase());

/** A regular expression source matching a month name or abbreviation (one group), with an optional full stop. */
export const MONTH_RE = `(${data.months
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?(?![A-Za-z])`;

/** A regular expression source matching a full weekday name (one group). */
export const WEEKDAY_RE = `(${data.weekdays.map((w) => w[0]).join('|')})`;

/** A regular expression source matching a weekday name or abbreviation (one group), with an optional full stop. */
export const WEEKDAY_ANY_RE = `(${data.weekdays
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?(?![A-Za-z])`;

/** Month and weekday names, abbreviations included, lower case. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...data.months.flat(), ...data.weekdays.flat()].map((w) => w.toLowerCase()));
