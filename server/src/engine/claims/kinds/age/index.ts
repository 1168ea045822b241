/**
 * A person's age: "the 36-year-old Ukrainian", "a 40-year-old man", "Gigante, 77,", "aged 77",
 * "77-year-old Gigante". Compared only between claims naming the same person, and for whom that
 * person is evidence enough.
 */

/** The span of an age: the year up to the next birthday (not quite: "24" and "25" must not meet). */
const AGE_YEAR = 0.99;
const DAYS_PER_YEAR = 365.25;
import { type ClaimKindSpec, type NumberReader } from '../../kind';
import { DEMONYMS, fold, ROLE_HEADS } from '../../../lexicon';
import { KIN_NOUNS, PERSON_NOUNS } from '../../../lexicon/words';
import type { NameMention } from '../../../names';
import { amountHedge, hedgeLength, shape } from '../../quantity';
import { PERSON_NOUN_REACH } from '../../../policy';
import { unitAfter } from '../../../lexicon/units';

export const age: ClaimKindSpec = {
  kind: 'age',
  title: 'Age',
  plural: 'ages',
  description: 'Sources give the same person different ages.',
  severity: 'warning',
  label: () => 'Age',
  personal: true,
};

/**
 * Whether the words after "-year-old" name a person ("man", "Ukrainian", "Klitschko", or no noun at
 * all: "the 36-year-old, who"), not a thing ("bridge", "the 26-year-old Tolbrook Bridge").
 */
export function personAfterAge(text: string, at: number, names: readonly NameMention[] = []): boolean {
  const next = /^\s*([\p{L}'’-]+|[^\s\p{L}]|$)/u.exec(text.slice(at, at + 40));
  if (!next) return true;
  const w = next[1]!;
  if (!/^\p{L}/u.test(w)) return true;
  if (PERSON_NOUNS.has(w.toLowerCase()) || ROLE_HEADS.has(w.toLowerCase())) return true;
  // A person noun a few words on: "the 29-year-old Arlow Gardens gang member", "a 15-year-old high school student".
  if (personNounSoon(text.slice(at, at + 60))) return true;
  // A name: a person's, or a nationality ("the 36-year-old Ukrainian"); a bridge or a company is a thing.
  if (/^\p{Lu}/u.test(w)) {
    const start = at + next[0].length - w.length;
    const mention = names.find((m) => m.start <= start && start < m.end);
    if (mention) return mention.kind === 'person';
    return DEMONYMS.has(fold(w)) || !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(start, start + 40));
  }
  // Verbs and function words after it: the age is a noun ("the 40-year-old was", "the 24-year-old
  // put pen to paper", "the 36-year-old who").
  if (/^(?:who|was|is|has|had|and|said|says|from|of|in|at|on|with|will|would|can|could|put|got|made|became|joined|signed|scored|won|lost|took|left|died|told)$/i.test(w)) return true;
  return /^[a-z]+ed$/.test(w) && !/^(?:red|bed|shed|seed|need|feed|speed|reed|breed|steed|weed)$/.test(w);
}


/** Whether a person noun ends the phrase after an age within PERSON_NOUN_REACH words of nouns and names. */
function personNounSoon(after: string): boolean {
  const words = after.match(/[\p{L}'’-]+|[^\s\p{L}]/gu) ?? [];
  for (let i = 0; i < Math.min(words.length, PERSON_NOUN_REACH); i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    if (!/^\p{L}/u.test(w)) return false;
    if (PERSON_NOUNS.has(lw) || ROLE_HEADS.has(lw)) return true;
    // A verb or a function word ends the phrase before any person noun.
    if (/^(?:who|which|that|was|is|has|had|and|or|said|from|of|in|at|on|with|to|for|by|the|a|an)$/.test(lw) || /(?:ed|ing)$/.test(lw)) return false;
  }
  return false;
}

const AGE_AFTER = /^(?:-year-old|\s+years?\s+old|-years-old)\b/i;

export const ageNumber: NumberReader = {
  kind: 'age',
  read(n, _next, s) {
    if (n.words && n.value === 1) return 0;
    const { text, sentence } = s;
    const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
    const before = text.slice(Math.max(sentence.start, n.start - 40), n.start);
    let span: { start: number; end: number } | undefined;
    const suffix = AGE_AFTER.exec(after);
    if (suffix && personAfterAge(text, n.end + suffix[0].length, s.names)) span = { start: n.start, end: n.end + suffix[0].length };
    // "Gigante, 77, died", "Gomes, 35, was arrested": a number alone between commas after a name.
    else if (!n.words && n.value >= 1 && n.value < 120 && /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before) && /^\s*(?:,|\))/.test(after) && nameEndsAt(s, n.start)) span = { start: n.start, end: n.end };
    // "Gigante, aged 77", "aged 41,": a person's age; "girls age 6 and 8" are the girls'.
    else if (/\baged?\s+$/i.test(before) && !n.words && n.value < 120) {
      span = { start: n.start, end: n.end };
      if (/\b\p{Ll}+s?\s+aged?\s+$/u.test(before) && !/,\s*aged?\s+$/i.test(before)) return 1;
    }
    // "he's 24", "she is 61", "Dahl, who is 57": a person's age told of a pronoun or a relative.
    else if (/\b(?:he|she|who)\s*(?:['’]s|is)\s+$/i.test(before) && n.value >= 1 && n.value < 120 && !/^\s*(?:%|per|percent|years?\s+(?:ago|later|since)|-)/i.test(after) && !/^\s+[a-z]+s\b/i.test(after)) span = { start: n.start, end: n.end };
    if (!span) return 0;
    // "who is 6ft 4in", "she is 1.8 metres": a measure, no age.
    if (unitAfter(after)) return 0;
    const hedge = amountHedge(text, n.start, sentence.start);
    const [lo, hi] = shape(n.value, hedge, 0);
    const start = hedge ? n.start - hedgeLength(text, n.start, hedge) : span.start;
    // "his 6-year-old daughter", "a 40-year-old man": the age of the one the noun names, whom only a
    // name right beside it identifies; "77-year-old Gigante", "Gigante, 77,": the named person's.
    const noun = suffix ? /^\s*([\p{L}'’-]+)/u.exec(text.slice(span.end, span.end + 30))?.[1] : undefined;
    // Kin and plain nouns name someone else than the story's person ("his 6-year-old daughter", "a
    // 40-year-old man"); a role may well be the story's person ("a 25-year-old striker").
    const ofNoun = noun !== undefined && KIN_NOUNS.has(noun.toLowerCase());
    // "he's 24": a pronoun's person is not the one speaking in an interview ("Jas Kaur: … he's 24").
    const person = ofNoun ? adjacentName(s, span) : nearestPerson(s, span, /\b(?:he|she)\s*(?:['’]s|is)\s+$/i.test(before));
    const common = { start, end: span.end, kind: 'age' as const, text: text.slice(start, span.end), display: `${n.value} years old`, classes: ['age'], names: person !== undefined ? [person] : [] };
    if (s.ref !== undefined) {
      // Dated, an age is a birth date: between n+1 and n years before the document's day. Two reports
      // a year apart that give 27 and 28 agree; two of one day that give 24 and 25 do not.
      s.add({ ...common, lo: s.ref - (hi + 1) * DAYS_PER_YEAR + 1, hi: s.ref - lo * DAYS_PER_YEAR, unit: 'born' });
    } else s.add({ ...common, lo, hi: hi + AGE_YEAR, unit: 'years' });
    return 1;
  },
};

/** A name right before or after an age ("Orozco's 6-year-old", "Velde, a 61-year-old"), if any. */
function adjacentName(s: Parameters<NumberReader['read']>[2], span: { start: number; end: number }): number | undefined {
  const i = s.names.findIndex(
    (m) =>
      m.kind !== 'place' &&
      m.kind !== 'organization' &&
      !m.weak &&
      ((m.end <= span.start && /^(?:['’]s)?[\s,]*(?:a|an|the)?\s*$/i.test(s.text.slice(m.end, span.start))) || (m.start >= span.end && /^\s*[\p{L}-]+\s*,?\s*$/u.test(s.text.slice(span.end, m.start)))),
  );
  return i === -1 ? undefined : i;
}

/** Whether a person's name ends right before `at` (", 77"). */
function nameEndsAt(s: Parameters<NumberReader['read']>[2], at: number): boolean {
  return s.names.some((m) => m.kind !== 'place' && m.kind !== 'organization' && m.end <= at && /^[\s,]*$/.test(s.text.slice(m.end, at)));
}

/**
 * The person the age belongs to: the name right before or after it, else the nearest person of its
 * sentence, else the person the document names most ("Sandqvist joined on Wednesday. The
 * 24-year-old put pen to paper…").
 */
function nearestPerson(s: Parameters<NumberReader['read']>[2], span: { start: number; end: number }, pronoun = false): number | undefined {
  // A bare surname is a person's when the document also names someone in full with it ("Emil Sandqvist", "Sandqvist").
  const surnames = new Set(s.names.filter((m) => m.key.includes(' ') && m.kind !== 'place' && m.kind !== 'organization').map((m) => m.key.split(' ').pop()!));
  const personal = (m: NameMention) => m.kind === 'person' || (m.key.startsWith('~') && surnames.has(m.key.slice(1)));
  let best: { i: number; d: number } | undefined;
  const count = new Map<string, { n: number; i: number }>();
  s.names.forEach((m, i) => {
    if (m.kind === 'place' || m.kind === 'organization' || m.weak) return;
    // A speaker's label ("Jas Kaur: …") is who speaks, not whose age it is.
    const label = /^\s*:/.test(s.text.slice(m.end, m.end + 3));
    if (label) return;
    if (personal(m)) {
      const who = m.surname ?? m.key.replace(/^~/, '').split(' ').pop()!;
      const c = count.get(who);
      if (c) c.n++;
      else count.set(who, { n: 1, i });
    }
    if (m.start < s.sentence.start || m.end > s.sentence.end || pronoun) return;
    // The name right beside the age first ("24-year-old Sandqvist", "Sandqvist, 24,"), then people.
    const gap = m.end <= span.start ? span.start - m.end : m.start >= span.end ? m.start - span.end : 0;
    const d = gap <= 3 ? gap : gap + (personal(m) ? 0 : 1000);
    if (!best || d < best.d) best = { i, d };
  });
  if (best) return best.i;
  // No one named in its sentence (or a pronoun: "he's 24"): the person the document names most.
  let top: { n: number; i: number } | undefined;
  for (const c of count.values()) if (!top || c.n > top.n) top = c;
  return top?.i;
}
