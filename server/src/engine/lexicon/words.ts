/** Typed loader of words.json: the measure words and verbs of saying the claim frames use. */
import { UNIT_NAMES } from './units';
import data from './words.json';

/** Nouns that name what a number measures ("magnitude", "depth", "population", "staff"). */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(data.measureWords);

/** Verbs of saying, as lemmas. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(data.speechVerbs);

/** Verbs of finding out, as lemmas: a moment of one is when something became known. */
export const FINDING_VERBS: ReadonlySet<string> = new Set(data.findingVerbs);

/** Words of units (time, length, mass...; units.json's too), which are never what a number is about. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([...data.unitWords, ...UNIT_NAMES]);

/** Nouns that name a person ("man", "victim", "boxer"): an age before one is a person's. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([...data.personNouns, ...data.kinNouns]);

/** People named by kinship or as plain people ("daughter", "man"): never the story's named person. */
export const KIN_NOUNS: ReadonlySet<string> = new Set(data.kinNouns);

/**
 * Each measure word of a group to the group's first word: "offer" and "bid" are one quantity.
 * Groups that share a word are one group ("price" is a cost and a fee): a word is never sent to
 * one group's head and away from the other's.
 */
export const MEASURE_GROUP: ReadonlyMap<string, string> = (() => {
  const head = new Map<string, string>();
  for (const group of data.measureGroups) {
    const heads = new Set(group.map((w) => head.get(w)).filter((h): h is string => h !== undefined));
    const to = heads.size ? [...head.values()].find((h) => heads.has(h))! : group[0]!;
    for (const [w, h] of head) if (heads.has(h)) head.set(w, to);
    for (const w of group) head.set(w, to);
  }
  return head;
})();

/** Words whose slip (dropped, added, changed) leaves a quotation the same statement: no negation or quantifier. */
export const SLIP_WORDS: ReadonlySet<string> = new Set(data.slipWords);

/** Verbs, as lemmas, of something beginning and of it ending: the moments of the two are two moments. */
export const START_VERBS: ReadonlySet<string> = new Set(data.startVerbs);
export const END_VERBS: ReadonlySet<string> = new Set(data.endVerbs);

/** Words after a number that make it a tally or a score ("47 to 45", "3 goals"), not a product's number. */
export const TALLY_WORDS: ReadonlySet<string> = new Set(data.tallyWords);

/** Nouns a number after which numbers a part of something ("Article 60", "Round 6"), not a product ("Orbit 4"). */
export const NUMBERED_NOUNS: ReadonlySet<string> = new Set(data.numberedNouns);

/** Contractions and their full forms, for quoted words ("aren't" and "are not"). */
export const CONTRACTIONS: ReadonlyMap<string, string> = new Map(Object.entries(data.contractions));

/** Ordinal words, "first" to "twentieth": ORDINALS[n - 1] is the word for the nth. */
export const ORDINALS: readonly string[] = data.ordinals;

/** Articles and demonstratives: one put for another leaves a quotation the same words ("the timetable", "this timetable"). */
export const SWAP_WORDS: ReadonlySet<string> = new Set(data.swapWords);

/** Modifiers that pick out some of the things counted ("four straight points", "40 career playoff games"). */
export const SELECTING_WORDS: ReadonlySet<string> = new Set(data.selectingWords);

/** Words that end in -est but are no superlatives ("honest", "modest"). */
export const NOT_SUPERLATIVES: ReadonlySet<string> = new Set(data.notSuperlatives);
