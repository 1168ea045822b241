/**
 * Claims in one document: numbers with what they measure, normalised to intervals, read sentence by
 * sentence by the readers of each kind (see `registry.ts` for the kinds and their order). Hedges
 * ("about", "over", "nearly", "at least", "shortly after") and the precision of round numbers shape
 * the interval; two claims agree when their intervals meet. Then each claim learns which event it is
 * about (`events.ts`) and, for quantities, what it measures (`frames.ts`).
 *
 * Written by hand: no library extracts these with their hedges and slots (notes/nlp-libraries.md);
 * chrono-node reads bare weekdays as the coming one, "last week" as one day, has no years, ranges or
 * durations, and its cost grows with the square of its input.
 */
import type { NameMention } from '../names';
import { findNumbers } from '../numbers';
import { type Token, tokenize } from '../tokens';
import type { DocumentDate, Sentence, Span } from '../types';
import { DAY_MS } from './calendar';
import { anchorEvents } from './events';
import { addFrames } from './frames';
import type { SentenceScope } from './kind';
import { NUMBERS, PATTERNS } from './registry';
import { clauseBounds, clauseClasses, compact, markLists, Matches, MEASURED, nearestClasses } from './scope';
import type { Claim, ClaimResult, Reading, WeekdayMismatch } from './types';
import { MONTH_RE, WEEKDAY_ANY_RE } from '../lexicon/calendar';
import { METADATA_LINE } from '../policy';

export * from './types';
export type { ClaimKindSpec } from './kind';
export { KINDS, kindOf } from './registry';
export { dayNumber, isoOf } from './calendar';
export { fmt, hoursDisplay } from './quantity';

/** A wire story's dateline: a place in capitals, a day, an agency in brackets, a dash. */
const WIRE_DATELINE = new RegExp(`^\\s*\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,\\s*[\\p{L} .]{2,30})?,\\s*${MONTH_RE}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*(?:\\([^)]{2,40}\\))?\\s*[-—–]`, 'u');
const METADATA = /^\s*(?:https?:\/\/|www\.|(?:posted|published|updated|last\s+updated|first\s+published|filed|date|modified)\s*(?:on|at)?\s*[:|-]?\s*(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;


/** Where a wire story's dateline opening `sentence` ends ("RAVENSHOLT, June 4 (County News) -"), if it has one. */
export function datelineEnd(text: string, sentence: Span): number | undefined {
  const wire = WIRE_DATELINE.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + DATELINE_REACH)));
  return wire ? sentence.start + wire[0].length : undefined;
}
/** A dateline is read in a sentence's first this many characters (a place, a day and an agency fit in 160). */
const DATELINE_REACH = 160;

/** Finds the claims of one document. */
/**
 * A line that is only a date, maybe a weekday before it and a clock time and zone after it ("Tue.,
 * Oct. 29, 2024 9:05 AM GMT", "10 June 2014, 10:12"), or "on" and a date as a blog prints under its
 * title ("on March 3rd, 2011"): a page's publication stamp, about the page, not the event, whichever
 * sentence the segmenter joins it to.
 */
const STAMP_LINE = new RegExp(
  `^[ \\t]*(?:[Oo]n\\s+)?(?:${WEEKDAY_ANY_RE},?\\s+)?(?:${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_RE},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?)?[ \\t]*$`,
  'gm',
);

function stampLines(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(STAMP_LINE)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * A sum in brackets right after another is the same sum in another currency ("$US2 million ($3.1
 * million)", "NZ$3 million (US$1.8 million)"): the conversion is no claim of its own.
 */
function dropConversions(text: string, claims: Claim[]): void {
  for (let i = claims.length - 1; i > 0; i--) {
    const c = claims[i]!;
    const prev = claims[i - 1]!;
    // Another currency, or the first sum's own named with its country ("$US2 million ($3.1
    // million)"): not two sums of one currency side by side ("$5 million ($2 million)").
    if (c.kind !== 'money' || prev.kind !== 'money' || (c.unit === prev.unit && !/(?:US|A|C|NZ|HK)\$|\$(?:US|A|C|NZ|HK)/.test(prev.text))) continue;
    if (/^\s*\(\s*(?:about|around|roughly|approximately|approx\.|some|or|c\.)?\s*$/i.test(text.slice(prev.end, c.start)) && /^\s*\)/.test(text.slice(c.end, c.end + 3))) claims.splice(i, 1);
  }
}

export function findClaims(
  text: string,
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  docDate: DocumentDate | undefined,
  quotes: readonly Span[],
  sentenceTokens: readonly Token[][] = sentences.map((s) => tokenize(text, s.start, s.end)),
): ClaimResult {
  const claims: Claim[] = [];
  const matches = new Matches(text);
  const weekdayMismatches: WeekdayMismatch[] = [];
  const ref = docDate ? Date.UTC(+docDate.iso.slice(0, 4), +docDate.iso.slice(5, 7) - 1, +docDate.iso.slice(8, 10)) / DAY_MS : undefined;
  const quoted = (s: Span) => quotes.some((q) => q.start <= s.start && s.end <= q.end);
  const stamps = stampLines(text);

  sentences.forEach((sentence, si) => {
    // A page's address and its publication stamp ("UPDATED: FRIDAY, JUNE 6, 2014 10:12 AM") are
    // about the page, not the event: no claims there.
    if (sentence.end - sentence.start <= METADATA_LINE && METADATA.test(text.slice(sentence.start, sentence.end))) return;
    const toks = sentenceTokens[si]!;
    const clauses = clauseBounds(text, sentence);
    // The dateline is the document's own date, not a claim about the event; so is a wire story's
    // ("CASTLEMERE, England, Aug 6 (Northline Sports Wire) - ...").
    const taken: Span[] = docDate ? [docDate.span] : [];
    for (const st of stamps) if (st.start < sentence.end && sentence.start < st.end) taken.push(st);
    const wire = datelineEnd(text, sentence);
    if (wire !== undefined) taken.push({ start: sentence.start, end: wire });
    const own: Claim[] = [];
    const clauseOf = (s: Span) => clauses.find((cl) => cl.start <= s.start && s.start < cl.end) ?? sentence;
    const scope: SentenceScope = {
      text,
      sentence,
      index: si,
      clauses,
      tokens: toks,
      names,
      ref,
      claims: own,
      matches,
      free: (s) => !taken.some((t) => s.start < t.end && t.start < s.end),
      quoted,
      within: (re) => matches.within(re, sentence),
      clauseOf,
      weekdayMismatch: (w) => weekdayMismatches.push(w),
      add(c: Reading, nearest = false) {
        const clause = clauseOf(c);
        let classes = c.classes ?? (nearest ? nearestClasses(text, toks, c, clause) : clauseClasses(text, toks, clause));
        if (c.kind === 'percentage' || c.kind === 'money') {
          // What is measured ("ridership", "the cost") may stand anywhere in the clause.
          classes = [...new Set([...classes, ...clauseClasses(text, toks, clause).filter((x) => MEASURED.has(x))])];
        }
        let inClause = c.names;
        if (!inClause) {
          inClause = [];
          for (let i = 0; i < names.length; i++) {
            const n = names[i]!;
            if (n.start >= clause.start && n.end <= clause.end && !n.weak) inClause.push(i);
          }
        }
        const claim: Claim = { ...c, sentence: si, classes, names: inClause, quoted: quoted(c) };
        claims.push(claim);
        own.push(claim);
        taken.push(c);
        return claim;
      },
      derive(c: Reading, classes: string[]) {
        const claim: Claim = { ...c, sentence: si, classes, names: c.names ?? [], quoted: quoted(c) };
        claims.push(claim);
        own.push(claim);
        return claim;
      },
    };
    for (const reader of PATTERNS) reader.read(scope);
    // Then the numbers the patterns left, each offered to the number readers in turn.
    const numbers = findNumbers(text, sentence.start, sentence.end).filter((n) => scope.free(n));
    for (let ni = 0; ni < numbers.length; ni++) {
      const n = numbers[ni]!;
      if (!scope.free(n)) continue;
      for (const reader of NUMBERS) {
        const used = reader.read(n, numbers[ni + 1], scope);
        if (used) {
          ni += used - 1;
          break;
        }
      }
    }
  });
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  dropConversions(text, claims);
  markLists(text, claims);
  anchorEvents(text, sentences, claims, ref);
  addFrames(text, sentences, claims);
  return { claims: claims.map(compact), weekdayMismatches };
}
