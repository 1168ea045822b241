/**
 * Typed loader of units.json: units of measure by dimension, with their factors, so that a measure
 * is compared in its dimension's base unit ("5 miles" and "8 km" are one length).
 *
 * Written here rather than taken from a units library: the conversions are a table of about forty
 * factors (the libraries measured, such as convert-units and mathjs, carry the same table and a
 * parser for expressions, not for how news writes a unit after a number: "a 60-metre shaft",
 * "256GB", "1,200 sq ft", "miles an hour").
 */
import data from './units.json';

export interface Unit {
  /** The dimension: length, area, mass, volume, speed, temperature, data, energy, power. */
  readonly dimension: string;
  readonly symbol: string;
  /** To the dimension's base unit: base = value × factor + offset. */
  readonly factor: number;
  readonly offset: number;
  /** How far a value may stray, as a share of it, because the unit is not one quantity ("tons"). */
  readonly tolerance: number;
}

interface UnitData {
  readonly symbol: string;
  readonly factor: number;
  readonly names: readonly string[];
  readonly exact?: readonly string[];
  readonly tolerance?: number;
  readonly offset?: number;
}

const byName = new Map<string, Unit>();
const byExact = new Map<string, Unit>();
const SHOW = new Map<string, ReadonlyArray<readonly [string, number]>>();
const NATIVE = new Set<string>();
const BY_SYMBOL = new Map<string, Unit>();
for (const [dimension, dim] of Object.entries(data.dimensions as unknown as Record<string, { show: Array<[string, number]>; native: string[]; units: UnitData[] }>)) {
  SHOW.set(dimension, dim.show);
  for (const n of dim.native) NATIVE.add(`${dimension}:${n}`);
  for (const u of dim.units) {
    const unit: Unit = { dimension, symbol: u.symbol, factor: u.factor, offset: u.offset ?? 0, tolerance: u.tolerance ?? 0 };
    BY_SYMBOL.set(`${dimension}:${u.symbol}`, unit);
    for (const n of u.names) byName.set(n, unit);
    for (const n of u.exact ?? []) byExact.set(n, unit);
  }
}
/** Every one-word name of a unit, in lower case ("metres", "gb", "acres"): never what a number is about. */
export const UNIT_NAMES: readonly string[] = [...byName.keys(), ...[...byExact.keys()].map((k) => k.toLowerCase())].filter((n) => /^[\p{L}]+$/u.test(n));
/** Names by length, longest first, so that "square metres" wins over "metres" and "nautical miles" over "miles". */
const NAMES = [...byName.keys()].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * A unit right after a number: attached ("256GB", "7.62mm", "30°C"), after a space, or after a
 * hyphen as an adjective ("a 60-metre shaft"); it ends at a word's end.
 */
const AFTER = new RegExp(`^(?:\\s?|-)(${NAMES.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const AFTER_EXACT = new RegExp(`^(?:\\s?|-)(${[...byExact.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** The unit written at the start of `after` (the text right after a number), and its length there. */
export function unitAfter(after: string): { unit: Unit; length: number } | undefined {
  const exact = AFTER_EXACT.exec(after);
  // An abbreviation after a space is a unit only before "of" or the end of a phrase ("10 GB of
  // data", "1 TB."), not before a word it may name ("120 TB cases", "2 GB medals"); written on the
  // number ("256GB"), always.
  if (exact && (!/^\s/.test(exact[0]) || /^\s*(?:of\b|[.,;:)!?]|$)/.test(after.slice(exact[0].length)))) return { unit: byExact.get(exact[1]!)!, length: exact[0].length };
  if (exact) return undefined;
  const m = AFTER.exec(after);
  if (!m) return undefined;
  return { unit: byName.get(m[1]!.toLowerCase())!, length: m[0].length };
}

/** A value in `unit` as its dimension's base unit. */
export function toBase(value: number, unit: Unit): number {
  return value * unit.factor + unit.offset;
}

/**
 * The unit a value of the dimension is shown in beside its own when written in another one
 * ("11 miles (17.7 km)"), or undefined when it is written in that unit already.
 */
export function shownIn(base: number, unit: Unit): Unit | undefined {
  const show = SHOW.get(unit.dimension) ?? [];
  let pick: string | undefined;
  for (const [symbol, from] of show) if (Math.abs(base) >= from || pick === undefined) pick = symbol;
  if (pick === undefined || pick === unit.symbol) return undefined;
  // A unit of the dimension's own system is shown as written ("870 metres", "4 km"): only other
  // systems get a conversion.
  if (NATIVE.has(`${unit.dimension}:${unit.symbol}`)) return undefined;
  return BY_SYMBOL.get(`${unit.dimension}:${pick}`);
}

