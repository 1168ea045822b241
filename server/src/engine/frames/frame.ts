/**
 * What a claim's value is about, read from the part-of-speech tags of its sentence: the noun phrase
 * it quantifies and that phrase's head, the measure word that names the quantity ("magnitude",
 * "depth", "population"), the verb that says what happened to it ("killed", "marched"), whose it is
 * ("the state's grant", "the budget of the museum", "south of Tehran"), and whether it is a part of a
 * larger whole ("12 of them", "including three"). Two claims are compared only when these agree
 * (see `framesDiffer`).
 *
 * Written by hand over the tagger's output: no library here chunks noun phrases with their heads, and
 * the few patterns news uses for quantities are short (each rule below names its pattern).
 */
import { eventClass, nounClass } from '../classes';
import { MEASURE_WORDS, SPEECH_VERBS, UNIT_WORDS } from '../lexicon/words';
import type { Span } from '../types';
import type { TaggedToken } from './tagger';

export interface ClaimFrame {
  /** The head noun of the phrase the value quantifies, as a lemma ("village", "rifle"). */
  readonly head?: string;
  /** A measure word the value is a quantity of ("magnitude", "depth", "population", "staff"). */
  readonly measure?: string;
  /** The verb or participle that says what happened to it, as a lemma ("kill", "march", "destroy"). */
  readonly predicate?: string;
  /** Whose it is, lower case ("state", "tehran", "museum"). */
  readonly holder?: string;
  /** A part of a larger whole ("12 of them", "including three", "30 of the 80 wounded"). */
  readonly part?: boolean;
}

const NP_INNER = new Set(['NUM', 'ADJ', 'NOUN', 'PROPN']);
const SKIP_LEFT = new Set(['ADV', 'DET', 'ADP', 'PART', 'NUM', 'SYM', 'ADJ']);
/** Words that make a number before a noun a part ("30 of the 80", "12 of them"). */
const PARTITIVE_AFTER = /^(?:them|those|these|us|you|whom|which)$/;

/** The frame of the claim at `claim` in a sentence tagged as `toks`, with its clause `clause`. */
export function frameOf(toks: readonly TaggedToken[], claim: Span, clause: Span): ClaimFrame {
  const inClause = (t: TaggedToken) => t.start >= clause.start && t.end <= clause.end;
  let first = toks.findIndex((t) => t.end > claim.start);
  if (first === -1) return {};
  let last = first;
  while (last + 1 < toks.length && toks[last + 1]!.start < claim.end) last++;
  const frame: { -readonly [K in keyof ClaimFrame]: ClaimFrame[K] } = {};

  // The noun phrase from the value on: numbers, adjectives, nouns, hyphens ("seven AK-47 assault
  // rifles", "12 worst-hit villages", "6.1-magnitude quake"). Its head is its last noun.
  let k = first;
  let head: TaggedToken | undefined;
  const modifiers: TaggedToken[] = [];
  while (k < toks.length && inClause(toks[k]!)) {
    const t = toks[k]!;
    const hyphen = t.text === '-' && k + 1 < toks.length && toks[k + 1]!.start === t.end && t.start === toks[k - 1]?.end;
    if (k > last && !(NP_INNER.has(t.pos) || hyphen || (t.pos === 'VERB' && isJoined(toks, k)))) break;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && k > last)) {
      if (head && !MEASURE_WORDS.has(head.lemma)) modifiers.push(head);
      head = t;
    } else if ((t.pos === 'ADJ' || t.pos === 'VERB') && k > first) modifiers.push(t);
    if (MEASURE_WORDS.has(t.lemma) && t.pos !== 'PROPN') frame.measure = t.lemma;
    k++;
  }
  // A unit is no head ("six hours", "60 metres"): what lasted or was measured follows it ("six hours
  // of talks").
  const unit = head !== undefined && UNIT_WORDS.has(head.lower);
  if (head && !unit && !MEASURE_WORDS.has(head.lemma)) frame.head = nounClass(head.lemma);
  let after = k;
  if (unit && toks[after]?.lower === 'of') {
    let h = after + 1;
    while (h < toks.length && inClause(toks[h]!) && (toks[h]!.pos === 'DET' || toks[h]!.pos === 'ADJ')) h++;
    const what = toks[h];
    if (what && inClause(what) && what.pos === 'NOUN') {
      frame.head = nounClass(what.lemma);
      after = h + 1;
    }
  }

  // "12 of them", "10 of the Saints' 16 games", "30 of the 80 wounded": a part.
  if (toks[after]?.lower === 'of' && (head === undefined || head.end <= claim.end)) {
    const next = toks[after + 1];
    if (next && (PARTITIVE_AFTER.test(next.lower) || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NUM')) {
      frame.part = true;
      let j = after + 1;
      while (j < toks.length && inClause(toks[j]!) && (SKIP_LEFT.has(toks[j]!.pos) || toks[j]!.pos === 'NOUN' || toks[j]!.pos === 'PROPN' || toks[j]!.pos === 'VERB')) {
        if (toks[j]!.pos === 'NOUN' && !frame.head) frame.head = nounClass(toks[j]!.lemma);
        if (toks[j]!.pos === 'VERB' && !frame.predicate && eventClass(toks[j]!.lemma)) frame.predicate = toks[j]!.lemma;
        j++;
      }
      after = j;
    }
  }

  // Left of the value: "including 3", "a staff of 40", "the state's $18m grant", "killing at least 10".
  let j = first - 1;
  while (j >= 0 && inClause(toks[j]!) && SKIP_LEFT.has(toks[j]!.pos) && toks[j]!.lower !== 'of' && !/^(?:'s|’s)$/.test(toks[j]!.lower)) {
    if (/^(?:including|includes|include)$/.test(toks[j]!.lower)) frame.part = true;
    j--;
  }
  const left = toks[j];
  if (left && inClause(left)) {
    if (left.lower === 'of' && j > 0) {
      // "a staff of 40", "a magnitude of 5.9", "a population of 120,000", "a death toll of 10".
      const noun = toks[j - 1]!;
      if (noun.pos === 'NOUN') {
        if (MEASURE_WORDS.has(noun.lemma)) frame.measure = noun.lemma;
        else if (!frame.head) frame.head = nounClass(noun.lemma);
      }
    } else if (/^(?:'s|’s)$/.test(left.lower) && j > 0) {
      frame.holder = toks[j - 1]!.lower;
    } else if ((left.pos === 'VERB' || (left.lower === 'including' && false)) && !SPEECH_VERBS.has(left.lemma)) {
      frame.predicate ??= left.lemma;
    }
  }
  // Possessive inside the phrase before the value: "Iran's 5.9-magnitude quake" has it left already.

  // Right of the phrase: its verb, when the phrase is the subject ("12 people were injured", "four
  // villages had been destroyed", "50 were injured"), or a participle after it ("10 people killed").
  let r = after;
  while (r < toks.length && inClause(toks[r]!) && (toks[r]!.pos === 'AUX' || toks[r]!.pos === 'ADV' || toks[r]!.pos === 'PART')) r++;
  const right = toks[r];
  if (right && inClause(right) && right.pos === 'VERB' && !SPEECH_VERBS.has(right.lemma)) frame.predicate = right.lemma;

  // Whose: "of" + a name or a noun after the phrase ("the budget of the museum", "south of Tehran").
  const of = toks[after];
  if (!frame.holder && of && inClause(of) && (of.lower === 'of' || of.lower === 'from') && !frame.part) {
    let h = after + 1;
    while (h < toks.length && toks[h]!.pos === 'DET') h++;
    const owner = toks[h];
    if (owner && inClause(owner) && (owner.pos === 'PROPN' || owner.pos === 'NOUN')) {
      let e = h;
      while (e + 1 < toks.length && toks[e + 1]!.pos === owner.pos && toks[e + 1]!.start - toks[e]!.end <= 1) e++;
      frame.holder = toks
        .slice(h, e + 1)
        .map((t) => t.lower)
        .join(' ');
    }
  }

  // A participle or adjective inside the phrase names what happened when no verb does ("the 80
  // wounded", "12 worst-hit villages", "three injured passengers").
  if (!frame.predicate) for (const m of modifiers) if (eventClass(m.lemma) ?? eventClass(m.lower)) frame.predicate = m.lemma;
  return frame;
}

/** A verb glued to the phrase by a hyphen ("worst-hit"). */
function isJoined(toks: readonly TaggedToken[], k: number): boolean {
  const prev = toks[k - 1];
  return !!prev && prev.text === '-' && prev.start === toks[k - 2]?.end;
}

/**
 * Why two claims' frames show them to be about different things, or `undefined` when nothing does:
 * a part against a whole, two different measure words, two different event classes of their verbs,
 * or two different holders.
 */
export function framesDiffer(a: ClaimFrame | undefined, b: ClaimFrame | undefined): string | undefined {
  if (!a || !b) return undefined;
  if (!!a.part !== !!b.part) return 'a part and a whole';
  if (a.measure && b.measure && a.measure !== b.measure) return `${a.measure} and ${b.measure}`;
  if (a.predicate && b.predicate && a.predicate !== b.predicate) {
    const ca = eventClass(a.predicate);
    const cb = eventClass(b.predicate);
    if (ca && cb && ca !== cb) return `${a.predicate} and ${b.predicate}`;
  }
  if (a.head && b.head && a.head !== b.head && (eventClass(a.head) ?? a.head) !== (eventClass(b.head) ?? b.head)) return `${a.head} and ${b.head}`;
  if (a.holder && b.holder && a.holder !== b.holder) return `${a.holder}'s and ${b.holder}'s`;
  return undefined;
}
