/** What the claim readers produce: claims with their values as intervals, and the kinds of claim. */
import type { Agent, ClaimFrame } from '../frames/frame';
import type { Span } from '../types';

/** The kinds of claim; each has a spec in `registry.ts` (the compiler checks that none is missing). */
export type ClaimKind = 'duration' | 'time' | 'date' | 'year' | 'age' | 'count' | 'money' | 'percentage' | 'number' | 'vote';

export interface Claim extends Span {
  readonly kind: ClaimKind;
  /** The value as a closed interval, in the kind's unit (hours, minutes of the day, days since 1970, years...). */
  readonly lo: number;
  readonly hi: number;
  /** For clock times: the time zone written after it ("3pm BST"; lexicon/zones.json). */
  readonly zone?: { readonly label: string; readonly offset?: number };
  /** For vote tallies: the votes against (lo and hi hold the votes for). */
  readonly against?: number;
  /** The unit or thing measured: a currency, a counted noun's class, "%", "%change", a measure. */
  readonly unit: string;
  /** The claim as written. */
  readonly text: string;
  /** The value normalised for people: "6 h", "6.2–6.5 h", "2024-10-29", "£7.1m". */
  readonly display: string;
  readonly sentence: number;
  /** Event classes of the words around the claim ("talks", "search", "injury"). */
  readonly classes: readonly string[];
  /** For counts: the counted noun's class. */
  readonly noun?: string;
  /**
   * For times and dates: when in the event (start, end, or the event itself); for durations, a
   * window another figure is counted in ("in the first 24 hours"), never compared as a length.
   */
  readonly role?: 'start' | 'end' | 'point' | 'window' | 'elapsed' | 'bound';
  /**
   * For counts: the stretch of a series they were counted over, lower case ("last two games",
   * "since week 11", "this season"): compared only with counts over the same one (the count kind).
   */
  readonly window?: string;
  /** Names in the claim's clause, as mention indexes into the document's names. */
  readonly names: readonly number[];
  /** A date without a year and no document date to give it one: month and day only. */
  readonly monthDay?: { readonly month: number; readonly day: number; readonly lastDay?: number };
  /** Inside a quotation. */
  readonly quoted: boolean;
  /** For sums ("18 passengers and 4 crew"), clock ranges and fractions ("a third of"): how the value was made. */
  readonly derivedFrom?: string;
  /**
   * Another event the claim is about, when its clause anchors it to an earlier time than the
   * story's ("in December 2003, ... killing more than 31,000 people"): the anchor's value, such as
   * "y2003". Claims about another event meet only claims anchored to the same time.
   */
  readonly event?: string;
  /**
   * Its place in a list of values of its kind ("priced at $899, $1,099 and $1,399"): each belongs to
   * its own item of a list told beside it, so it is compared only with the same place of a list as long.
   */
  readonly list?: { readonly index: number; readonly size: number };
  /** What the value is about, from the tagged sentence (quantities only). */
  readonly frame?: ClaimFrame;
  /** Whose doing the value is: the subject name of the verb it is the object of (quantities only; see `agentOf`). */
  readonly agent?: Agent;
  /**
   * What happened at a moment (dates, clock times, years): the lemma of the verb it hangs on
   * ("died Saturday": die; "was discovered Tuesday": discover). Kept apart from `frame`, whose
   * predicate is evidence for comparing; this only tells a moment of learning from one of doing.
   */
  readonly moment?: string;
}

/** A weekday that contradicts the date written with it ("Thursday, November 8" in 2024). */
export interface WeekdayMismatch extends Span {
  readonly text: string;
  readonly written: string;
  readonly actual: string;
  readonly iso: string;
}

export interface ClaimResult {
  readonly claims: Claim[];
  readonly weekdayMismatches: WeekdayMismatch[];
}

/** A claim as a reader makes it; the sentence scope adds where it stands and what is around it. */
export type Reading = Omit<Claim, 'sentence' | 'classes' | 'names' | 'quoted'> & { classes?: string[]; names?: number[] };
