/**
 * The machinery every claim reader shares: regular expression matches found once per document,
 * clauses, the event classes around a value, the noun a number counts, and the compact form claims
 * are stored in.
 */
import { eventClass, phraseClasses, STOP_WORDS } from '../classes';
import { intern } from '../lexicon';
import type { Token } from '../tokens';
import type { Span } from '../types';
import { MEASURES } from './quantity';
import { UNIT_NAMES } from '../lexicon/units';

const UNIT_NAME_SET: ReadonlySet<string> = new Set(UNIT_NAMES);
import type { Claim } from './types';

/** Classes that name what a percentage or a sum measures. */
export const MEASURED = new Set(['ridership', 'traffic', 'unemployment', 'inflation', 'approval', 'share', 'election', 'revenue', 'profit', 'salary', 'cost', 'fine', 'compensation', 'deal']);

/**
 * Every match of a regular expression in a document, found in one pass over the text and handed
 * out sentence by sentence (searching from each sentence's start would run on past its end).
 */
export class Matches {
  /** By source, then flags: a regular expression literal is a new object at each evaluation, its source the same string. */
  private readonly cache = new Map<string, Map<string, RegExpExecArray[]>>();
  constructor(private readonly text: string) {}

  within(re: RegExp, s: Span): RegExpExecArray[] {
    let bySource = this.cache.get(re.source);
    if (!bySource) this.cache.set(re.source, (bySource = new Map()));
    let all = bySource.get(re.flags);
    if (!all) {
      all = [];
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
      let m: RegExpExecArray | null;
      while ((m = g.exec(this.text)) !== null) {
        if (m[0].length === 0) {
          g.lastIndex++;
          continue;
        }
        all.push(m);
      }
      bySource.set(re.flags, all);
    }
    // Binary search for the first match at or after the sentence's start.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.index < s.start) lo = mid + 1;
      else hi = mid;
    }
    const out: RegExpExecArray[] = [];
    for (let i = lo; i < all.length && all[i]!.index < s.end; i++) if (all[i]!.index + all[i]![0].length <= s.end) out.push(all[i]!);
    return out;
  }
}

/** Clauses of a sentence: split at semicolons, colons, dashes and clause-joining conjunctions. */
export function clauseBounds(text: string, s: Span): Span[] {
  const out: Span[] = [];
  const re = /;|:(?!\d)|\s[—–]\s|,\s+(?:and|but|while|whereas|which|who|when|after|before|although|though|as|since|because|with)\b|\s+(?:while|whereas|although|because)\s/g;
  // Searched within the sentence only: searching the text from the sentence's start would run on
  // to the end of the document for every sentence (quadratic on a file of 200,000 short lines).
  const body = text.slice(s.start, s.end);
  let start = s.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    out.push({ start, end: s.start + m.index });
    start = s.start + m.index + m[0].length;
  }
  out.push({ start, end: s.end });
  return out.filter((c) => c.end > c.start);
}

/** Event classes of every word in the clause. */
export function clauseClasses(text: string, toks: readonly Token[], clause: Span): string[] {
  const out = new Set<string>();
  for (const t of toks) {
    if (t.start < clause.start || t.end > clause.end || t.type !== 'word') continue;
    const c = eventClass(t.text);
    if (c) out.add(c);
  }
  for (const c of phraseClasses(text.slice(clause.start, clause.end))) out.add(c);
  return [...out];
}

/** The event class nearest to the claim in its clause (ties: the one before). */
export function nearestClasses(text: string, toks: readonly Token[], claim: Span, clause: Span): string[] {
  let best: { d: number; cls: string[] } | undefined;
  const inClause = toks.filter((t) => t.start >= clause.start && t.end <= clause.end && t.type === 'word');
  const first = inClause.findIndex((t) => t.start >= claim.start);
  const last = inClause.findIndex((t) => t.start >= claim.end);
  for (let i = 0; i < inClause.length; i++) {
    const t = inClause[i]!;
    if (t.start >= claim.start && t.end <= claim.end) continue;
    const c = eventClass(t.text);
    if (!c) continue;
    // Words before the claim are its predicate more often than words after; a comma between the
    // claim and a word puts the word in another phrase.
    const between = t.end <= claim.start ? text.slice(t.end, claim.start) : text.slice(claim.end, t.start);
    const commas = (between.match(/[,(]/g) ?? []).length;
    const d = (t.end <= claim.start ? (first === -1 ? inClause.length : first) - i : i - (last === -1 ? inClause.length : last) + 1.5) + 3 * commas;
    if (!best || d < best.d) best = { d, cls: [c] };
    else if (d === best.d && !best.cls.includes(c)) best.cls.push(c);
  }
  const phrase = phraseClasses(text.slice(clause.start, clause.end));
  if (!best) return phrase;
  return [...new Set([...best.cls, ...phrase.filter((p) => p === 'ridership' || p === 'aboard')])];
}

/**
 * The noun a number counts: the first plural noun (or a known noun) within four words after it,
 * over adjectives ("seven assault rifles", "355 damaged shops", "two other rifles") and model names
 * ("12 AK 47 guns"; "seven AK-47s" counts AK-47s).
 */
export function countedNoun(text: string, at: number, end: number): { word: string; end: number; model?: string } | undefined {
  const after = text.slice(at, Math.min(end, at + 60));
  if (/^\s+of\s+(?:the|them|those|these|its|their|his|her|our|us|you|whom|which)\b/i.test(after)) return undefined;
  // A model name: capitals and a number ("AK-47", "AK 47", "F-16", "M16"); plural, it is the noun.
  const re = /\p{Lu}{1,5}[- ]?\d+(?:s\b)?|[\p{L}'’-]+/gu;
  let m: RegExpExecArray | null;
  let words = 0;
  let model: string | undefined;
  while ((m = re.exec(after)) !== null && words < 4) {
    const gap = after.slice(0, m.index);
    if (words === 0 && !/^[\s-]*$/.test(gap)) return undefined;
    if (/[.,;:!?()"“”]/.test(after.slice(re.lastIndex - m[0].length - 1, m.index))) return undefined;
    // A dash written as a hyphen ends the phrase: "four ferry staff-two deckhands and a cook-were hurt".
    const dash = /^([\p{L}'’]+)-(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|and|or)$/iu.exec(m[0]);
    const w = dash ? dash[1]! : m[0];
    // Another number between: "Orbit 4 tablet drew 130,000 pre-orders" counts no pre-orders by 4.
    if (words > 0 && /\d/.test(after.slice(0, m.index).replace(MODEL_RE, ''))) return undefined;
    words++;
    if (/\d/.test(w)) {
      const key = w.replace(/s$/, '').replace(/[- ]/g, '').toLowerCase();
      if (/s$/.test(w)) return { word: w, end: at + m.index + w.length, model: key };
      model = key;
      continue;
    }
    const lower = w.toLowerCase();
    if (/^\p{Lu}/u.test(w) && words > 0 && !/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
    if (MEASURES[lower] || UNIT_NAME_SET.has(lower)) return model ? undefined : { word: w, end: at + m.index + w.length };
    if ((STOP_WORDS.has(lower) && !ADDING.has(lower)) || /^(?:per|a|an)$/.test(lower)) return undefined;
    if (NOUN_OK.has(lower) || (/[^s]s$/i.test(lower) && lower.length > 3 && !/(?:ous|ss|us|is)$/.test(lower))) {
      if (/^\p{Lu}/u.test(w)) return undefined;
      return { word: w, end: at + m.index + w.length, ...(model ? { model } : {}) };
    }
    // An -ed, -ing or -ly word goes on only before the noun it describes ("355 damaged shops").
    if (/(?:ing|ed|ly)$/.test(lower) && !ADJ_OK.has(lower) && !/^\s+[\p{L}-]+s\b/u.test(after.slice(m.index + w.length))) return undefined;
  }
  return undefined;
}

const MODEL_RE = /\p{Lu}{1,5}[- ]?\d+s?\b/gu;
/** Words that add to a count rather than end its phrase ("two other rifles", "another 20,000 people"). */
const ADDING = new Set(['other', 'more', 'further', 'additional']);

export const NOUN_OK = new Set(['people', 'crew', 'staff', 'police', 'personnel', 'children', 'men', 'women', 'cattle', 'sheep', 'aircraft', 'feet', 'fish', 'deer', 'offspring']);

export const ADJ_OK = new Set(['injured', 'wounded', 'armed', 'unarmed', 'licensed', 'registered', 'confirmed', 'reported', 'elected', 'detained', 'displaced', 'missing', 'evacuated', 'trained', 'skilled', 'unaccompanied']);

/** A claim with its repeated strings and lists shared across documents (memory of large corpora). */
export function compact(c: Claim): Claim {
  const out: { -readonly [K in keyof Claim]: Claim[K] } = {
    start: c.start,
    end: c.end,
    kind: c.kind,
    lo: c.lo,
    hi: c.hi,
    unit: intern(c.unit),
    text: c.text,
    display: intern(c.display),
    sentence: c.sentence,
    classes: shared(c.classes),
    names: c.names.length ? c.names : NO_NAMES,
    quoted: c.quoted,
  };
  if (c.noun !== undefined) out.noun = intern(c.noun);
  if (c.role !== undefined) out.role = c.role;
  if (c.window !== undefined) out.window = intern(c.window);
  if (c.monthDay !== undefined) out.monthDay = c.monthDay;
  if (c.derivedFrom !== undefined) out.derivedFrom = c.derivedFrom;
  if (c.event !== undefined) out.event = c.event;
  if (c.frame !== undefined) out.frame = c.frame;
  if (c.agent !== undefined) out.agent = c.agent;
  if (c.moment !== undefined) out.moment = intern(c.moment);
  if (c.against !== undefined) out.against = c.against;
  if (c.zone !== undefined) out.zone = c.zone;
  if (c.list !== undefined) out.list = c.list;
  return out;
}

const NO_NAMES: readonly number[] = Object.freeze([]);

const LISTS = new Map<string, readonly string[]>();

function shared(list: readonly string[]): readonly string[] {
  const key = list.join('|');
  const known = LISTS.get(key);
  if (known) return known;
  if (LISTS.size >= 10_000) LISTS.clear();
  const frozen = Object.freeze([...list]);
  LISTS.set(key, frozen);
  return frozen;
}

/**
 * Marks the values told as a list ("$899, $1,099 and $1,399", "three, four or five days"): claims of
 * one kind and unit of one sentence with only a comma, "and", "or" or "to" between them.
 */
export function markLists(text: string, claims: Claim[]): void {
  let i = 0;
  while (i < claims.length) {
    let j = i;
    while (
      j + 1 < claims.length &&
      claims[j + 1]!.sentence === claims[i]!.sentence &&
      claims[j + 1]!.kind === claims[i]!.kind &&
      claims[j + 1]!.unit === claims[i]!.unit &&
      !claims[j + 1]!.derivedFrom &&
      // ", or roughly £6m a year" restates a value; "or" offers another, neither is a list.
      /^\s*(?:,|,?\s*and)\s*$/i.test(text.slice(claims[j]!.end, claims[j + 1]!.start))
    )
      j++;
    if (j > i) for (let k = i; k <= j; k++) claims[k] = { ...claims[k]!, list: { index: k - i, size: j - i + 1 } };
    i = j + 1;
  }
}
