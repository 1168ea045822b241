/**
 * A person's age: "the 36-year-old Ukrainian", "a 40-year-old man", "Gigante, 77,", "aged 77",
 * "77-year-old Gigante". Compared only between claims naming the same person; an age read a year
 * later may be one more ("31" and "32" agree: a birthday may lie between the two reports).
 */
import { type ClaimKindSpec, type NumberReader } from '../../kind';
import { DEMONYMS, fold } from '../../../lexicon';
import { PERSON_NOUNS } from '../../../lexicon/words';
import type { NameMention } from '../../../names';
import { amountHedge, hedgeLength, shape } from '../../quantity';

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
  if (PERSON_NOUNS.has(w.toLowerCase())) return true;
  // A name: a person's, or a nationality ("the 36-year-old Ukrainian"); a bridge or a company is a thing.
  if (/^\p{Lu}/u.test(w)) {
    const start = at + next[0].length - w.length;
    const mention = names.find((m) => m.start <= start && start < m.end);
    if (mention) return mention.kind === 'person';
    return DEMONYMS.has(fold(w)) || !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(start, start + 40));
  }
  // Verbs and function words after it: the age is a noun ("the 40-year-old was", "the 36-year-old who").
  return /^(?:who|was|is|has|had|and|said|says|from|of|in|at|on|with)$/i.test(w);
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
    // "aged 77", "age 41".
    else if (/\baged?\s+$/i.test(before) && !n.words && n.value < 120) span = { start: n.start, end: n.end };
    if (!span) return 0;
    const hedge = amountHedge(text, n.start, sentence.start);
    const [lo, hi] = shape(n.value, hedge, 0);
    const start = hedge ? n.start - hedgeLength(text, n.start, hedge) : span.start;
    const person = nearestPerson(s, span);
    s.add({ start, end: span.end, kind: 'age', lo, hi: hi + 1, unit: 'years', text: text.slice(start, span.end), display: `${n.value} years old`, classes: ['age'], ...(person !== undefined ? { names: [person] } : {}) });
    return 1;
  },
};

/** Whether a person's name ends right before `at` (", 77"). */
function nameEndsAt(s: Parameters<NumberReader['read']>[2], at: number): boolean {
  return s.names.some((m) => m.kind !== 'place' && m.kind !== 'organization' && m.end <= at && /^[\s,]*$/.test(s.text.slice(m.end, at)));
}

/** The person the age belongs to: the name right before or after it, else the nearest person of its sentence. */
function nearestPerson(s: Parameters<NumberReader['read']>[2], span: { start: number; end: number }): number | undefined {
  let best: { i: number; d: number } | undefined;
  s.names.forEach((m, i) => {
    if (m.kind === 'place' || m.kind === 'organization' || m.start < s.sentence.start || m.end > s.sentence.end) return;
    const d = m.end <= span.start ? span.start - m.end : m.start >= span.end ? m.start - span.end : 0;
    if (!best || d < best.d) best = { i, d };
  });
  return best?.i;
}
