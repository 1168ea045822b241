/**
 * What a claim kind is: one spec per kind (its name for people, its finding's description and
 * default severity, its slot label, how two of its claims agree) and the readers that find it in a
 * sentence. Each kind lives in its own folder under `kinds/` with a corpus of examples and
 * counter-examples that is its test; `registry.ts` lists them all and decides which reading wins
 * where two would overlap.
 */
import type { SeveritySetting } from '../findings';
import type { NameMention } from '../names';
import type { NumberMatch } from '../numbers';
import type { Token } from '../tokens';
import type { Sentence, Span } from '../types';
import type { Matches } from './scope';
import type { Claim, ClaimKind, Reading, WeekdayMismatch } from './types';

export interface ClaimKindSpec {
  readonly kind: ClaimKind;
  /** Its name in hovers and the matrix: "Duration", "Vote tally". */
  readonly title: string;
  /** Its plural in the matrix's kind filter: "durations", "vote tallies". */
  readonly plural: string;
  /** What a finding of this kind says, in one line (SARIF rules, README, the severity setting). */
  readonly description: string;
  /** Its finding's severity unless the user's settings say otherwise. */
  readonly severity: SeveritySetting;
  /** The label of a slot of this kind about `what` ("the talks", "injured"): "Duration of the talks". */
  label(what: string, claim: Claim): string;
  /** A moment (date, time, year): compared only where a distinctive word or a name stands beside both. */
  readonly moment?: boolean;
  /** A quantity of something: it gets a frame from the tagged sentence (what it measures, whose it is). */
  readonly framed?: boolean;
  /** About a person: compared only between claims that name the same person (an age). */
  readonly personal?: boolean;
  /** Whether two comparable claims agree; by default, when their intervals meet. */
  agree?(a: Claim, b: Claim): boolean;
  /**
   * Why two claims of the kind that disagree are two things, not two reports of one, from their
   * values alone ("dates 45 days apart: two events"); `undefined` when nothing in them says so.
   */
  distinct?(a: Claim, b: Claim): string | undefined;
}

/** What a reader sees of one sentence, and how it adds what it reads. */
export interface SentenceScope {
  readonly text: string;
  readonly sentence: Sentence;
  readonly index: number;
  readonly clauses: readonly Span[];
  readonly tokens: readonly Token[];
  readonly names: readonly NameMention[];
  /** The document's date as a day number, if it gives one. */
  readonly ref: number | undefined;
  /** The claims of the sentence read so far. */
  readonly claims: readonly Claim[];
  /** Whether no reading has taken any of `s` yet (the dateline is taken from the start). */
  free(s: Span): boolean;
  /** Whether `s` lies inside a quotation. */
  quoted(s: Span): boolean;
  /** Matches of `re` that lie inside the sentence (found once per document). */
  within(re: RegExp): RegExpExecArray[];
  /**
   * Adds a reading and takes its span. Its event classes are those of its clause, or with
   * `nearest` those of the event word nearest to it.
   */
  add(reading: Reading, nearest?: boolean): Claim;
  /** Adds a claim made from others (a sum, a clock range), which may overlap them. */
  derive(reading: Reading, classes: string[]): Claim;
  /** The clause `s` starts in. */
  clauseOf(s: Span): Span;
  /** A weekday contradicting the date it is written with. */
  weekdayMismatch(w: WeekdayMismatch): void;
  readonly matches: Matches;
}

/** A reader of a pattern in a sentence (a date, a clock time, a vote tally). */
export interface PatternReader {
  readonly kind: ClaimKind;
  read(scope: SentenceScope): void;
}

/**
 * A reader of one number of the sentence: takes it (returning how many numbers it used: 1, or 2
 * for "18 passengers and 4 crew") or leaves it to the next reader (0).
 */
export interface NumberReader {
  readonly kind: ClaimKind;
  read(n: NumberMatch, next: NumberMatch | undefined, scope: SentenceScope): number;
}

/** "Duration of the talks", but "Date (injured)": a class named by an adjective reads as a qualifier. */
export function slotOf(head: string, what: string): string {
  return what.startsWith('the ') ? `${head} of ${what}` : `${head} (${what})`;
}

/** Whether two claims' intervals meet (the agreement of most kinds). */
export function intervalsMeet(a: Claim, b: Claim): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.lo), Math.abs(b.lo));
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

/**
 * A kind's corpus: what its readers must find, and must not. It is the kind's test
 * (test/unit/kinds.test.ts runs every kind's): each example text, analysed as a document (dated
 * `date` when given), holds exactly the listed claims of the kind, as written and as displayed;
 * each counter-example holds none; each pair of texts, as two sources, conflicts or does not.
 */
export interface KindCorpus {
  readonly examples: ReadonlyArray<{ readonly text: string; readonly date?: string; readonly claims: ReadonlyArray<readonly [written: string, display: string]> }>;
  readonly counter: ReadonlyArray<{ readonly text: string; readonly date?: string; readonly why: string }>;
  /**
   * Two one-sentence sources: whether they conflict. A pair that does not conflict must agree, its
   * claims compared and found to meet, unless `compared: false` says the two are no one thing;
   * `because` is then a part of the reason the comparison gives (`Comparison.explain`).
   */
  readonly pairs?: ReadonlyArray<{ readonly a: string; readonly b: string; readonly date?: string; readonly conflict: boolean; readonly compared?: false; readonly because?: string; readonly why: string }>;
}
