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
import { eventClass, nounClass, PEOPLE_PARTS, phraseClasses } from '../classes';
import { DEMONYMS, fold } from '../lexicon';
import { END_VERBS, FINDING_VERBS, MEASURE_GROUP, MEASURE_WORDS, NOT_SUPERLATIVES, SELECTING_WORDS, SPEECH_VERBS, START_VERBS, UNIT_WORDS } from '../lexicon/words';
import { AGENT_ASIDE, AGENT_HOPS } from '../policy';
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
  /** The whole a part is taken from ("10 of the Bantams' 16 games", "29 of 34 passes": 16, 34). */
  readonly whole?: boolean;
  /** Counted on top of others ("20 more people", "another 20,000", "two other rifles"). */
  readonly added?: boolean;
  /** A nationality or origin that picks out some of the things counted ("11 Yemeni pirates", "14 foreign vessels"). */
  readonly origin?: string;
  /** Another modifier that picks out some of them ("four straight points", "40 career playoff games"; SELECTING_WORDS). */
  readonly select?: string;
  /**
   * The head of the clause's subject when the value has no noun of its own and follows the verb
   * ("the search for him took four and a half hours": search). Evidence only: subjects are often
   * the speaker or the company, not what the value measures.
   */
  readonly subject?: string;
}

const NP_INNER = new Set(['NUM', 'ADJ', 'NOUN', 'PROPN']);
/** Modifiers that pick out where the things counted come from. */
const ORIGIN_WORDS = /^(?:foreign|local|domestic|international|overseas|national|regional|state|federal|private|public)$/;
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
    // A dash written as a hyphen before another number ends the phrase ("four ferry staff-two deckhands").
    if (k > last && hyphen && toks[k + 1]?.pos === 'NUM') break;
    // After the head noun only more nouns go on (a compound): "goals last season" is two phrases.
    if (k > last && head && head.start >= claim.start && t.pos !== 'NOUN' && !hyphen && toks[k - 1]!.pos === 'NOUN') break;
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && k > last)) {
      if (head && !MEASURE_WORDS.has(head.lemma)) modifiers.push(head);
      head = t;
    } else if ((t.pos === 'ADJ' || t.pos === 'VERB') && k > first) modifiers.push(t);
    if (k > first && /^(?:more|other|additional|further|extra)$/.test(t.lower)) frame.added = true;
    if (k > first && (SELECTING_WORDS.has(t.lower) || isSuperlative(toks, k))) frame.select = t.lower;
    if (k > first && (ORIGIN_WORDS.test(t.lower) || (DEMONYMS.has(fold(t.text)) && /^\p{Lu}/u.test(t.text)))) frame.origin = t.lower;
    if (MEASURE_WORDS.has(t.lemma) && t.pos !== 'PROPN') frame.measure = t.lemma;
    k++;
  }
  // A unit is no head ("six hours", "60 metres"): what lasted or was measured follows it ("six hours
  // of talks").
  const unit = head !== undefined && UNIT_WORDS.has(head.lower);
  if (head && !unit && !MEASURE_WORDS.has(head.lemma)) frame.head = head.lemma;
  let after = k;
  if (unit && toks[after]?.lower === 'of') {
    let h = after + 1;
    while (h < toks.length && inClause(toks[h]!) && (toks[h]!.pos === 'DET' || toks[h]!.pos === 'ADJ')) h++;
    const what = toks[h];
    if (what && inClause(what) && what.pos === 'NOUN') {
      frame.head = what.lemma;
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
        if (toks[j]!.pos === 'NOUN' && !frame.head) frame.head = toks[j]!.lemma;
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
    if (/^(?:another|further|additional)$/.test(toks[j]!.lower)) frame.added = true;
    j--;
  }
  const left = toks[j];
  // "10 of the Bantams' 16 games", "29 of 34 passes": the value after "of" and a number is the whole.
  {
    let w = first - 1;
    while (w >= 0 && inClause(toks[w]!) && (toks[w]!.pos === 'DET' || toks[w]!.pos === 'PROPN' || toks[w]!.pos === 'ADJ' || /^(?:'s|’s|'|’)$/.test(toks[w]!.text))) w--;
    if (w > 0 && toks[w]!.lower === 'of' && (toks[w - 1]!.pos === 'NUM' || /^(?:all|most|some|many|half|none|each)$/.test(toks[w - 1]!.lower))) frame.whole = true;
  }
  // "a search at 6:55", "the cost of repairs at £15m": the noun right before the preposition that
  // introduces the value is what it times or prices (evidence, like a subject).
  if (left && inClause(left) && left.pos === 'NOUN' && j < first - 1 && toks[j + 1]!.pos === 'ADP' && !UNIT_WORDS.has(left.lower)) frame.subject = compound(toks, j);
  if (left && inClause(left)) {
    if (left.lower === 'of' && j > 0) {
      // "a staff of 40", "a magnitude of 5.9", "a population of 120,000", "a death toll of 10".
      const noun = toks[j - 1]!;
      if (noun.pos === 'NOUN') {
        if (MEASURE_WORDS.has(noun.lemma)) frame.measure = noun.lemma;
        else if (!frame.head) frame.head = noun.lemma;
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
  // A value after the verb, with no noun of its own, measures the clause's subject ("The search for him
  // took four and a half hours", "Ridership on the route has risen by 12%").
  if (!frame.head && !frame.measure && !frame.subject) {
    const subject = subjectHead(toks, clause, first);
    if (subject !== undefined) frame.subject = compound(toks, subject);
  }
  return frame;
}

/**
 * What happened at a moment (a date, a clock time, a year): the verb it hangs on, as a lemma. The
 * nearest verb before it in its clause ("LaRue died Saturday", "was discovered Tuesday, July 27",
 * "struck a pier of the bridge on Tuesday"), else the first after it ("On Tuesday, the ferry
 * struck"); speech verbs too, for a moment of saying is the date of a report ("it was reported
 * Wednesday"). A noun of an event right before or after it gives that noun ("the discussions on
 * February 18", "Thursday's talk"). A verb of no event class with a subject of one gives the
 * subject ("the death occurred July 24": death).
 */
export function momentFrame(toks: readonly TaggedToken[], claim: Span, clause: Span): ClaimFrame {
  const first = toks.findIndex((t) => t.end > claim.start);
  if (first === -1) return {};
  const inClause = (t: TaggedToken) => t.start >= clause.start && t.end <= clause.end;
  // A moment right after a noun of an event is that event's ("the discussions on February 18",
  // "the attack of 11 September"), whatever verb governs the noun ("developments noted during ...").
  const before = first > 0 ? toks[first - 1]! : undefined;
  if (before && inClause(before) && before.pos === 'NOUN' && eventClass(before.lemma)) return { predicate: before.lemma };
  if (before && inClause(before) && /^(?:on|of|in|at)$/.test(before.lower) && first > 1) {
    const noun = toks[first - 2]!;
    if (inClause(noun) && noun.pos === 'NOUN' && eventClass(noun.lemma)) return { predicate: noun.lemma };
  }
  // A moment before the noun of an event is that event's ("Thursday's talk", "the February 18 meeting").
  let after = toks.findIndex((t) => t.start >= claim.end);
  if (after !== -1 && toks[after]!.pos === 'PART' && /^['’]s$/.test(toks[after]!.lower)) after++;
  const next = after === -1 ? undefined : toks[after];
  if (next && inClause(next) && next.pos === 'NOUN' && eventClass(next.lemma)) return { predicate: next.lemma };
  let verb: number | undefined;
  for (let j = first - 1; j >= 0 && inClause(toks[j]!); j--) {
    if (toks[j]!.pos === 'VERB') {
      verb = j;
      break;
    }
  }
  if (verb === undefined) {
    for (let j = first; j < toks.length && inClause(toks[j]!); j++) {
      if (toks[j]!.start >= claim.end && toks[j]!.pos === 'VERB') {
        verb = j;
        break;
      }
    }
  }
  if (verb === undefined) return {};
  const v = toks[verb]!;
  // A verb of beginning or ending stays what happened ("the strike ended on Thursday": end).
  if (!eventClass(v.lemma) && !eventClass(v.lower) && !SPEECH_VERBS.has(v.lemma) && !FINDING_VERBS.has(v.lemma) && !START_VERBS.has(v.lemma) && !END_VERBS.has(v.lemma)) {
    const subject = subjectHead(toks, clause, verb + 1);
    const noun = subject === undefined ? undefined : toks[subject]!;
    if (noun && eventClass(noun.lemma)) return { predicate: noun.lemma };
  }
  return { predicate: v.lemma };
}

/**
 * Whether a moment is one of learning of something rather than of the thing: of saying ("said on
 * Tuesday", "it was reported Wednesday") or of finding out ("his body was found Tuesday").
 */
export function isLearningMoment(verb: string): boolean {
  return SPEECH_VERBS.has(verb) || FINDING_VERBS.has(verb);
}

/** Whose doing a value is: the name (or the pronoun "he"/"she") that is the subject of the verb it is the object of. */
export interface Agent extends Span {
  readonly pronoun?: true;
}

const VERBISH = new Set(['VERB', 'AUX', 'PART', 'ADV']);

/**
 * The subject name of the verb a value is the object of: "Tomas Velde added 16 points" (Tomas
 * Velde), "Ravi Denholm scored 14 points and Tomas Velde scored 13" (each its own), "Denholm
 * ended the night on 30 after hitting his first 12 throws" (back through "after hitting" to
 * Denholm), "The Bantams, according to reports, have offered Vasko a seven-year deal" (the Bantams),
 * "he missed 10 games" (a pronoun, resolved by the comparison). None when the value is itself a
 * subject ("Police said 12 people were injured") or the subject is a common noun ("the senior
 * needed nine points"). Two values of two different people's doing are two figures, not one
 * reported twice (`compare.ts`).
 */
export function agentOf(toks: readonly TaggedToken[], claim: Span, sentence: Span): Agent | undefined {
  const first = toks.findIndex((t) => t.end > claim.start);
  if (first <= 0) return undefined;
  let lastOfClaim = first;
  while (lastOfClaim + 1 < toks.length && toks[lastOfClaim + 1]!.start < claim.end) lastOfClaim++;
  // The value's phrase followed by a verb is that verb's subject: nobody's doing.
  let after = lastOfClaim + 1;
  while (after < toks.length && (toks[after]!.pos === 'NOUN' || toks[after]!.pos === 'ADJ')) after++;
  let aux = false;
  while (after < toks.length && (toks[after]!.pos === 'AUX' || toks[after]!.pos === 'ADV')) aux = toks[after++]!.pos === 'AUX' || aux;
  if (aux || (after < toks.length && toks[after]!.pos === 'VERB')) return undefined;
  const barrier = (t: TaggedToken) => t.start < sentence.start || /^[;"“”«»]$|^``$|^''$/.test(t.text);
  // "with 20 points from Tomas Velde", "a £40,000 fine by Arlow Council": the name after is the agent.
  let byName = lastOfClaim + 1;
  while (byName < toks.length && toks[byName]!.pos === 'NOUN') byName++;
  if (byName + 1 < toks.length && /^(?:from|by)$/.test(toks[byName]!.lower) && isNameToken(toks[byName + 1]!)) {
    return { start: toks[byName + 1]!.start, end: toks[nameRunEnd(toks, byName + 1, 1)]!.end };
  }
  // The verb the value hangs on: the nearest before it.
  let v = first - 1;
  while (v >= 0 && !barrier(toks[v]!) && toks[v]!.pos !== 'VERB' && !(toks[v]!.pos === 'AUX' && v === first - 1)) v--;
  for (let hop = 0; hop < AGENT_HOPS && v >= 0 && !barrier(toks[v]!); hop++) {
    if (SPEECH_VERBS.has(toks[v]!.lemma) && v !== first - 1) return undefined;
    // A passive has no agent before it ("Wendline was fined £60,000": fined by someone else).
    const auxBefore = toks[v - 1]?.pos === 'ADV' ? toks[v - 2] : toks[v - 1];
    if (toks[v]!.pos === 'VERB' && !/ing$/.test(toks[v]!.lower) && auxBefore?.pos === 'AUX' && /^(?:is|are|was|were|be|been|being|get|got|gets)$/.test(auxBefore.lower)) return undefined;
    // Back over the verb chain ("is believed to be seeking", "have offered").
    let j = v;
    while (j >= 0 && VERBISH.has(toks[j]!.pos) && !barrier(toks[j]!)) j--;
    if (j < 0 || barrier(toks[j]!)) return undefined;
    let t = toks[j]!;
    if (t.text === ',') {
      // An aside between commas after the subject.
      let k = j - 1;
      while (k >= 0 && j - k <= AGENT_ASIDE && toks[k]!.text !== ',' && !barrier(toks[k]!)) k--;
      if (k > 0 && toks[k]!.text === ',' && toks[k - 1]!.pos === 'PROPN') {
        j = k - 1;
        t = toks[j]!;
      }
    }
    if (t.pos === 'PRON' && /^(?:he|she)$/.test(t.lower)) return { start: t.start, end: t.end, pronoun: true };
    if (isNameToken(t)) {
      const s = nameRunEnd(toks, j, -1);
      // A name after a preposition is no subject ("Unemployment in Kelso rose").
      if (s > 0 && toks[s - 1]!.pos === 'ADP') return undefined;
      return { start: toks[s]!.start, end: t.end };
    }
    // Joined to an earlier verb ("and blocked", ", grabbed", "after completing", "while posting"):
    // that verb's subject is this one's.
    if (t.pos !== 'CCONJ' && t.pos !== 'SCONJ' && t.pos !== 'ADP' && t.text !== ',') return undefined;
    v = j - 1;
    while (v >= 0 && !barrier(toks[v]!) && toks[v]!.pos !== 'VERB') v--;
  }
  return undefined;
}

/** A capitalised proper noun. */
function isNameToken(t: TaggedToken): boolean {
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
}

/** The last index of the run of name tokens from `i` on in direction `step` (1 forward, -1 back), a space apart at most. */
function nameRunEnd(toks: readonly TaggedToken[], i: number, step: 1 | -1): number {
  let k = i;
  while (toks[k + step] && isNameToken(toks[k + step]!) && (step > 0 ? toks[k]!.end + 1 >= toks[k + 1]!.start : toks[k - 1]!.end + 1 >= toks[k]!.start)) k += step;
  return k;
}

/** The subject of the clause of `span`, as `ClaimFrame.subject` reads it, if any. */
export function subjectOf(toks: readonly TaggedToken[], span: Span, clause: Span): string | undefined {
  const first = toks.findIndex((t) => t.end > span.start);
  if (first === -1) return undefined;
  const j = first - 1;
  const left = toks[j - 1];
  // "launched a search at 6:55": the noun before the preposition.
  if (j >= 1 && toks[j]!.pos === 'ADP' && left && left.pos === 'NOUN' && left.start >= clause.start && !UNIT_WORDS.has(left.lower)) return compound(toks, j - 1);
  const s = subjectHead(toks, clause, first);
  return s === undefined ? undefined : compound(toks, s);
}

/**
 * The head of a clause's subject: its first noun, when a verb stands between it and the value and
 * no noun does that is not inside a phrase of its own ("the search for him took": search).
 */
function subjectHead(toks: readonly TaggedToken[], clause: Span, value: number): number | undefined {
  let noun: number | undefined;
  let verb = false;
  for (let i = 0; i < value; i++) {
    const t = toks[i]!;
    if (t.start < clause.start) continue;
    // A phrase set off by commas after the subject ("The talks, held at the residence, lasted"):
    // skipped to the comma that closes it.
    if (t.text === ',' && noun !== undefined && !verb) {
      const close = toks.findIndex((u, k) => k > i && k < value && u.text === ',');
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    // A participle before a noun is an adjective ("the ferry's missing deckhand").
    const participle = t.pos === 'VERB' && (toks[i + 1]?.pos === 'NOUN' || toks[i + 1]?.pos === 'PROPN') && /^(?:DET|PART|ADJ|ADV)$/.test(toks[i - 1]?.pos ?? '');
    if ((t.pos === 'VERB' && !participle) || t.pos === 'AUX') {
      if (noun !== undefined) verb = true;
      else return undefined;
    } else if (!verb && (t.pos === 'NOUN' || (t.pos === 'PROPN' && t.start === clause.start && /^\p{Lu}\p{Ll}+$/u.test(t.text))) && !UNIT_WORDS.has(t.lower)) {
      // The subject's head is the last noun of its first run ("passenger numbers"), not of a phrase after it.
      if (noun === undefined || noun === i - 1) noun = i;
    }
    else if (verb && (t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  }
  return verb ? noun : undefined;
}

/** A noun with the nouns right before it, as written in lower case ("passenger numbers", "death toll"). */
function compound(toks: readonly TaggedToken[], head: number): string {
  let i = head;
  while (i > 0 && (toks[i - 1]!.pos === 'NOUN' || (toks[i - 1]!.pos === 'PROPN' && i - 1 === 0)) && toks[i - 1]!.end + 1 >= toks[i]!.start) i--;
  return toks.slice(i, head + 1).map((t) => t.lower).join(' ');
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
export function framesDiffer(a: ClaimFrame | undefined, b: ClaimFrame | undefined, counted = false): string | undefined {
  if (!a || !b) return undefined;
  if (!!a.part !== !!b.part) return 'a part and a whole';
  // A whole and a plain count, unless the same thing happened to both ("20 of the 33 miners
  // trapped" and "31 miners were trapped"; not "10 of the 16 games" and "played six games").
  if (!!a.whole !== !!b.whole && !(a.predicate && a.predicate === b.predicate)) return 'the whole a part is taken from, and a count';
  if (!!a.added !== !!b.added) return 'one counted on top of others';
  if ((a.origin || b.origin) && a.origin !== b.origin) return a.origin && b.origin ? `${a.origin} and ${b.origin}` : `only ${a.origin ?? b.origin} ones on one side`;
  if ((a.select || b.select) && a.select !== b.select) return a.select && b.select ? `${a.select} and ${b.select}` : `only ${a.select ?? b.select} ones on one side`;
  if (a.measure && b.measure && !sameMeasure(a.measure, b.measure)) return `${a.measure} and ${b.measure}`;
  const heads = !!a.head && !!b.head && sameThing(a.head, b.head);
  // What happened tells counts apart ("killed 10 people", "injured 80 people"); for sums and
  // durations the thing itself does ("a four-year deal" agreed, "a five-year contract" signed).
  if (a.predicate && b.predicate && a.predicate !== b.predicate && (counted || !heads)) {
    const ca = eventClass(a.predicate);
    const cb = eventClass(b.predicate);
    if (ca && cb && ca !== cb) return `${a.predicate} and ${b.predicate}`;
  }
  if (a.head && b.head && !heads) return `${a.head} and ${b.head}`;
  if (a.holder && b.holder && a.holder !== b.holder) return `${a.holder}'s and ${b.holder}'s`;
  return undefined;
}

/** Two measure words for one quantity: one word, or words of one group ("bid", "offer"). */
export function sameMeasure(a: string, b: string): boolean {
  return a === b || (MEASURE_GROUP.get(a) ?? a) === (MEASURE_GROUP.get(b) ?? b);
}

/** Two nouns for one thing: one lemma, one class of counted nouns ("persons", "people"), one event class ("talks", "negotiations"). */
export function sameThing(a: string, b: string): boolean {
  if (a === b) return true;
  const ha = a.slice(a.lastIndexOf(' ') + 1);
  const hb = b.slice(b.lastIndexOf(' ') + 1);
  const na = nounClass(ha);
  const nb = nounClass(hb);
  if (na === nb || sameMeasure(ha, hb)) return true;
  // "people" is every kind of person counted ("residents", "passengers").
  if ((na === 'people' && PEOPLE_PARTS.has(nb)) || (nb === 'people' && PEOPLE_PARTS.has(na))) return true;
  const ca = eventClass(ha) ?? phraseClasses(a)[0];
  return ca !== undefined && ca === (eventClass(hb) ?? phraseClasses(b)[0]);
}

/**
 * A superlative picks out some of the things counted ("the 12 worst-hit villages", "the three
 * deadliest storms", "its 10 busiest stations"): an adjective ending in -est, or
 * worst and best; not the words that only end so ("honest", "modest", "southwest"), nor "at least",
 * which hedges the value.
 */
function isSuperlative(toks: readonly TaggedToken[], k: number): boolean {
  const t = toks[k]!;
  // The first part of a compound, whatever its tag ("worst-hit", "hardest-hit", "best-selling"):
  // the tagger splits the hyphen off.
  const next = toks[k + 1];
  const compound = next?.text === '-' && next.start === t.end;
  if (!compound && t.pos !== 'ADJ') return false;
  const w = t.lower;
  return /^(?:worst|best)$/.test(w) || (/^[a-z]{2,}est$/.test(w) && !/west$/.test(w) && !NOT_SUPERLATIVES.has(w));
}
