/**
 * Which event a claim is about: the story's, or another one that a background clause dates ("in
 * December 2003, ... killing more than 31,000 people"). Claims about another event are compared only
 * with claims about that time.
 */
import type { Sentence, Span } from '../types';
import { DAY_MS, isBoundAt } from './calendar';
import { clauseBounds } from './scope';
import type { Claim, ClaimKind } from './types';
import { PAST_EVENT_DAYS } from '../policy';

/** Kinds of claim that other claims anchor in time; they are never anchored themselves. */
const ANCHOR_KINDS = new Set<ClaimKind>(['year', 'date']);

/**
 * A date or year is another event's when it lies before the story's year (the document's date's):
 * "in December 2003" in an article of 2005. Days earlier in the same year are the story's own
 * (a trial's hearings, the days before an arrest).
 */
function pastAnchor(c: Claim, ref: number, refYear: number, text: string): string | undefined {
  if (!ANCHOR_KINDS.has(c.kind) || !Number.isFinite(c.lo) || !Number.isFinite(c.hi)) return undefined;
  // "the worst since 2003", "until 1998": a bound, not the time of the clause's event.
  if (isBoundAt(text, c.start)) return undefined;
  // A year that ended only weeks before the document's date is still the story's ("the 2010 season"
  // in an article of 5 January 2011).
  const yearOver = (y: number) => y < refYear && Date.UTC(y, 11, 31) / DAY_MS < ref - PAST_EVENT_DAYS;
  if (c.kind === 'year') return c.lo === c.hi && yearOver(c.hi) ? `y${c.hi}` : undefined;
  const year = new Date(c.hi * DAY_MS).getUTCFullYear();
  if (yearOver(year)) return `y${year}`;
  // Months before the story's in its own year: another event when the whole month is over well
  // before the document's date.
  const first = new Date(c.lo * DAY_MS);
  if (c.hi < ref - PAST_EVENT_DAYS && first.getUTCMonth() === new Date(c.hi * DAY_MS).getUTCMonth()) return `m${first.toISOString().slice(0, 7)}`;
  return undefined;
}


/**
 * Words that date a clause to a season or a year before the story's without a number: "last
 * season", "last year's Oscars", "a year ago", "the previous season" (the year before); "a decade
 * ago", "three years ago" (long before). Claims there meet only claims dated the same way.
 */
const RELATIVE_PAST: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:last|previous|prior)\s+(?:season|year)(?:['’]s)?\b|\ba\s+(?:season|year)\s+(?:ago|earlier|before)\b|\bthe\s+(?:season|year)\s+before\b/i, 'year-before'],
  [/\b(?:a\s+decade|decades|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|seasons|decades))\s+(?:ago|earlier|before)\b/i, 'long-before'],
  // A total over several seasons or a career ("41 league goals in three seasons", "his career total").
  [/\b(?:in|over|across|during)\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:past|last|previous)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+(?:seasons|years)\b|\bcareer\b(?![-\s](?:high|best|low|worst))/i, 'several-seasons'],
];

/** The same patterns, global, compiled once; and one test for any of them. */
const RELATIVE_PAST_ALL: ReadonlyArray<[RegExp, string]> = RELATIVE_PAST.map(([re, e]) => [new RegExp(re.source, 'gi'), e]);
const RELATIVE_ANY = new RegExp(RELATIVE_PAST.map(([re]) => `(?:${re.source})`).join('|'), 'i');

/** "and missed", "and then fell": a coordinated verb, which has a time of its own. */
const NEW_PREDICATE = /\b(?:and|but)\s+(?:then\s+|later\s+|has\s+|have\s+|had\s+|was\s+|were\s+)?(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+ed\b/i;

/**
 * What stands between a claim and a time that then dates something else: a coordinated verb
 * (NEW_PREDICATE), or one of being or winning ("and was the top scorer last season"), a clause of
 * "after", "since", "from" and a verb in -ing ("after making a loss last year"), or the story's own
 * time ("15 goals this season after 24 last season").
 */
const JOINED_PREDICATE = new RegExp(
  `${NEW_PREDICATE.source}|\\b(?:and|but)\\s+(?:then\\s+|later\\s+)?(?:was|were|is|are|has|have|had|became|won|led|finished)\\b|\\b(?:after|since|from|before|while)\\s+[a-z]+ing\\b|\\bthis\\s+(?:season|year)\\b`,
  'i',
);

/**
 * The relative past that dates the claim `c` in the clause `clause`, if any (see RELATIVE_PAST): the
 * time nearest the claim, when nothing stands between them that dates something else (a joined
 * predicate, another value of the same kind and unit: "rose to 5.2 per cent from 4.8 per cent a year earlier"
 * dates the 4.8 only).
 */
function relativePast(text: string, clause: Span, c: Claim, others: readonly Claim[]): string | undefined {
  const body = text.slice(clause.start, clause.end);
  // Cheap test first: most clauses tell no relative time at all.
  if (!RELATIVE_ANY.test(body)) return undefined;
  let best: { event: string; distance: number } | undefined;
  for (const [re, event] of RELATIVE_PAST_ALL) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) {
      const at = clause.start + m.index;
      const end = at + m[0].length;
      const [lo, hi] = end <= c.start ? [end, c.start] : [c.end, at];
      if (hi < lo || JOINED_PREDICATE.test(text.slice(lo, hi))) continue;
      if (others.some((o) => o.start !== c.start && o.kind === c.kind && o.unit === c.unit && o.start >= lo && o.end <= hi)) continue;
      const distance = hi - lo;
      if (!best || distance < best.distance) best = { event, distance };
    }
  }
  return best?.event;
}


const PAST_TENSE = /\b(?:[a-z]+ed|was|were|had|left|hit|struck|killed|took|made|came|went|won|lost|began|fell|rose|sank|shook)\b/i;
const PRESENT_TENSE = /\b(?:is|are|has|have|now|currently|normally|usually|still|today|remains?)\b/i;

/** A sentence that goes on about the event of the one before ("It killed 612 people."). */
const CONTINUES = /^\s*(?:it|they|he|she|that|this|those|these|then)\b/i;

/**
 * Marks the claims about another event than the story's: those whose clause holds a date or year
 * of an earlier year, and those of a sentence that goes on from one that did ("In February 2005 a
 * quake hit Zarand. It killed 612 people."). Anchored claims are then compared only with claims
 * anchored to the same time.
 */
export function anchorEvents(text: string, sentences: readonly Sentence[], claims: Claim[], ref: number | undefined): void {
  // Without the document's date only the relative past dates a clause.
  const refYear = ref === undefined ? undefined : new Date(ref * DAY_MS).getUTCFullYear();
  let carried: { sentence: number; event: string } | undefined;
  let i = 0;
  while (i < claims.length) {
    const si = claims[i]!.sentence;
    let j = i;
    while (j < claims.length && claims[j]!.sentence === si) j++;
    const own = claims.slice(i, j);
    const sentence = sentences[si]!;
    const clauses = clauseBounds(text, sentence);
    const anchors = own.flatMap((c) => {
      const event = ref === undefined || refYear === undefined ? undefined : pastAnchor(c, ref, refYear, text);
      return event ? [{ c, event, clause: clauses.find((cl) => cl.start <= c.start && c.start < cl.end) }] : [];
    });
    const body = text.slice(sentence.start, sentence.end);
    // Only a sentence that tells the past goes on about the past event ("It killed 612 people", not
    // "It normally carries 18,000 vehicles a day").
    const inherited = carried && carried.sentence === si - 1 && anchors.length === 0 && CONTINUES.test(body) && PAST_TENSE.test(body) && !PRESENT_TENSE.test(body) ? carried.event : undefined;
    let last: string | undefined;
    // An anchor that opens the sentence ("In February, ...", "On Nov. 7, 1998, ...") dates all of it.
    const opening = anchors.find((x) => /^\W*(?:(?:in|on|at|by|during|back\s+in)\s+)?(?:the\s+)?(?:early|late|mid)?[-\s]*$/i.test(text.slice(sentence.start, x.c.start)));
    // "A year ago, the Bantams fired ...", "Last season, ...": a relative time that opens the sentence dates all of it.
    // Only a time set off by a comma opens it ("Last season, ..."); "Last year's champions" does not.
    const openingTime = /^\W*(?:(?:in|during|over)\s+)?(?:the\s+)?(?:last\s+(?:season|year)|previous\s+(?:season|year)|a\s+(?:season|year)\s+ago|\w+\s+years\s+ago),/i.exec(body);
    const openingRelative = openingTime ? RELATIVE_PAST.find(([re]) => re.test(openingTime[0]))?.[1] : undefined;
    for (let k = i; k < j; k++) {
      const c = claims[k]!;
      if (ANCHOR_KINDS.has(c.kind)) {
        // A day of another event (in a background paragraph) is no day of the story's, whichever
        // earlier time it is: such dates meet only other such dates.
        if (c.kind === 'date' && anchors.some((x) => x.c === c)) claims[k] = { ...c, event: 'past' };
        continue;
      }
      const clause = clauses.find((cl) => cl.start <= c.start && c.start < cl.end);
      // Within a clause, a verb joined by "and" starts a predicate of its own ("was hurt in September
      // and missed 10 games": the games were missed since).
      const a = anchors.find((x) => x.clause === clause && !NEW_PREDICATE.test(text.slice(Math.min(x.c.end, c.end), Math.max(x.c.start, c.start)))) ?? opening;
      const event = a?.event ?? inherited ?? relativePast(text, clause ?? sentence, c, own) ?? openingRelative;
      if (event) claims[k] = { ...c, event };
    }
    if (anchors.length) last = anchors[anchors.length - 1]!.event;
    else if (inherited) last = inherited;
    carried = last ? { sentence: si, event: last } : undefined;
    i = j;
  }
}
