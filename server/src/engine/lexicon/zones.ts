/** Typed loader of zones.json: time zones written after a clock time, with their offsets from UTC. */
import data from './zones.json';

export interface Zone {
  /** As written, in capitals for an abbreviation ("BST"), else in lower case ("local time"). */
  readonly label: string;
  /** Minutes east of UTC; undefined where the label names no one offset ("ET", "local time"). */
  readonly offset?: number;
}

const ABBREVIATIONS = new Map<string, number | undefined>([
  ...Object.entries(data.zones as Record<string, number>),
  ...data.ambiguous.filter((a) => /^[A-Z]+$/.test(a)).map((a) => [a, undefined] as const),
]);
const NAMES = new Map<string, number | undefined>([
  ...Object.entries(data.names as Record<string, number>),
  ...data.ambiguous.filter((a) => !/^[A-Z]+$/.test(a)).map((a) => [a, undefined] as const),
]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ABBREVIATION_RE = new RegExp(`^\\s*\\(?(${[...ABBREVIATIONS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:([+-])(1[0-4]|0?\\d)(?::?(00|30|45))?)?\\)?(?![\\p{L}\\p{N}])`, 'u');
const NAME_RE = new RegExp(`^\\s*\\(?(${[...NAMES.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\)?(?![\\p{L}])`, 'iu');

/** Whether a word is a zone's abbreviation ("PST", "gmt"; any case): a quotation's "6:41pm PST" says what "18:41" says. */
export function isZoneAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toUpperCase());
}

/** The zone written right after a clock time ("3pm BST", "14:00 (GMT)", "09:00 UTC+8", "noon local time"), and its length. */
export function zoneAfter(after: string): { zone: Zone; length: number } | undefined {
  const a = ABBREVIATION_RE.exec(after);
  if (a) {
    const base = ABBREVIATIONS.get(a[1]!);
    // "UTC+8", "GMT-5:30": an offset from UTC written out.
    const shift = a[2] ? (a[2] === '-' ? -1 : 1) * (+a[3]! * 60 + +(a[4] ?? 0)) : 0;
    const offset = base === undefined ? undefined : base + shift;
    return { zone: { label: a[0].trim().replace(/^\(|\)$/g, ''), ...(offset !== undefined ? { offset } : {}) }, length: a[0].length };
  }
  const n = NAME_RE.exec(after);
  if (n) {
    const offset = NAMES.get(n[1]!.toLowerCase());
    return { zone: { label: n[1]!.toLowerCase(), ...(offset !== undefined ? { offset } : {}) }, length: n[0].length };
  }
  return undefined;
}
