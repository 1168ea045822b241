/**
 * Names in one document: people, organisations, places and other proper names, with exact ranges,
 * the title or role the document gives them, and a key that links mentions of the same entity
 * within the document ("Sergey Lavrov" ... "Lavrov"). Linking across documents is in entities.ts.
 *
 * Written by hand: no name recogniser with weights can be installed here, and the measured rule-based
 * libraries miss the names news prose depends on ("Kremlin", "Sonata Coulter", "Öncu Keçeli") or are
 * far too slow for whole workspaces (compromise: about 34 ms an article).
 */
import { MONTH_NAMES, WEEKDAYS } from './lexicon/calendar';
import { NUMBERED_NOUNS, TALLY_WORDS, UNIT_WORDS } from './lexicon/words';
import {
  COMMON_WORDS,
  COUNTRY_ALIASES,
  DEMONYMS,
  fold,
  GIVEN_NAMES,
  HONORIFICS,
  intern,
  KNOWN_ORGS,
  NAME_CONNECTORS,
  ORG_SUFFIXES,
  PLACE_HEADS,
  PLACE_SUFFIXES,
  PLACES,
  ROLE_HEADS,
  ROLE_WORDS,
} from './lexicon';
import { type Token, tokenize } from './tokens';
import type { Sentence, Span } from './types';

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

/** A title or role a document gives a person, as written. */
export interface RoleText extends Span {
  readonly text: string;
}

export interface NameMention extends Span {
  /** The name as written (without title, honorific or possessive). */
  readonly text: string;
  readonly kind: EntityKind;
  /** Whether the kind rests on strong evidence (a title, a suffix, a lexicon entry). */
  readonly sure: boolean;
  /**
   * Identity within the document, folded: the full name of a person ("sergey lavrov"), the
   * canonical name of a place or organisation ("united states"), `@qualifier` for organisations
   * named after a country ("state department@united states"), or `~surname` for a person whose full
   * name the document never gives.
   */
  readonly key: string;
  /** The name to show: full name, canonical country name, or the text. */
  readonly display: string;
  /** A person's folded last name. */
  readonly surname?: string;
  /**
   * A capitalised word at the start of a sentence that the document alone cannot tell from an
   * ordinary word: kept only if the corpus knows an entity by that name ("Peskov told reporters").
   */
  readonly weak?: true;
  readonly role?: RoleText;
  readonly sentence: number;
}

/** Adjectives that are capitalised but name nobody ("Western elites", "Soviet era"). */
const CAPITALISED_ADJECTIVES = new Set([
  'western', 'eastern', 'northern', 'southern', 'central', 'soviet', 'arab', 'islamic', 'muslim', 'christian',
  'jewish', 'catholic', 'protestant', 'orthodox', 'sunni', 'shia', 'shiite', 'communist', 'socialist', 'nazi',
  'democratic', 'republican', 'conservative', 'liberal', 'english', 'latin', 'asian', 'african', 'nordic',
  'baltic', 'slavic', 'transatlantic', 'pan-european', 'anglo', 'kurdish', 'persian', 'hispanic',
]);

/** Verbs of saying that, after a name, mark a speaker (a person or an organisation). */
const SAYING = /^(?:said|says|told|tells|added|adds|stated|states|noted|notes|warned|warns|claimed|claims|insisted|insists|explained|explains|wrote|writes|announced|announces|confirmed|confirms|remarked|asked|replied|argued|emphasi[sz]ed|reiterated|specified|tweeted|posted)$/;

const VESSEL_PREFIXES = new Set(['mv', 'ms', 'mt', 'hms', 'uss', 'ss', 'rms', 'fv', 'hmcs', 'hmas', 'ins']);

/** A word in capitals for emphasis or a dateline ("ASHCOMBE"), not an acronym. */
function shouting(t: Token): boolean {
  return t.text.length >= 5 && /^\p{Lu}+$/u.test(t.text);
}

/** "in Ashcombe", "near Tolbrook": a preposition of place before the run. */
function placeCue(run: Run): boolean {
  const prev = run.all[run.at - 1];
  if (prev && prev.type === 'word' && /^(?:in|at|near|from|outside|across|to|towards|around)$/.test(prev.text)) return true;
  // A dateline: "ASHCOMBE - A ferry ...".
  const next = run.all[run.at + run.tokens.length];
  return run.at === 0 && !!next && /^[-–—]$/.test(next.text);
}

/** Words that start an organisation's name before "of" ("Ministry of Foreign Affairs"). */
const ORG_HEADS = new Set([
  'ministry', 'department', 'office', 'bureau', 'university', 'bank', 'council', 'committee', 'commission',
  'agency', 'court', 'institute', 'school', 'college', 'museum', 'church', 'board', 'federation', 'union',
  'academy', 'association', 'society', 'league', 'house', 'chamber', 'secretariat', 'directorate', 'party',
]);

/**
 * An organisation named only by generic words ("State Department", "Foreign Ministry", "Embassy")
 * is told apart by the country that qualifies it ("U.S. State Department", "Ukraine's Foreign Ministry").
 */
function isGenericOrg(toks: Token[]): boolean {
  return toks.every((t) => {
    const w = fold(t.text);
    return ROLE_WORDS.has(w) || ORG_SUFFIXES.has(w) || ORG_HEADS.has(w) || NAME_CONNECTORS.has(w) || GENERIC_ORG_WORDS.has(w);
  });
}
const GENERIC_ORG_WORDS = new Set(['foreign', 'affairs', 'home', 'defence', 'defense', 'interior', 'justice', 'supreme', 'constitutional', 'central', 'federal', 'national', 'royal', 'general', 'high', 'trade', 'war', 'treasury', 'navy', 'army', 'air', 'force', 'coast', 'border', 'customs', 'immigration', 'intelligence', 'security', 'emergency', 'emergencies', 'civil', 'aviation', 'maritime', 'marine', 'environment', 'education', 'health', 'transport', 'economy', 'finance', 'culture', 'energy', 'agriculture', 'labour', 'labor', 'public', 'prosecution', 'investigation', 'statistics', 'weather', 'meteorological', 'electoral', 'election']);

interface Run {
  tokens: Token[];
  /** The run starts a sentence, a quotation or a speaker's turn: its capital proves nothing. */
  initial: boolean;
  heading: boolean;
  sentence: number;
  /** Index of the run's first token in the sentence's tokens. */
  at: number;
  all: Token[];
}

/**
 * The index of the last name that ends by `at` and that `accept` takes, looking no further back than
 * names starting at `from`; weak candidates are skipped. What "he" or "she" stands for (quotes.ts,
 * compare.ts).
 */
export function lastNameBefore(names: readonly NameMention[], at: number, from: number, accept: (m: NameMention) => boolean): number | undefined {
  for (let i = names.length - 1; i >= 0; i--) {
    const m = names[i]!;
    if (m.end > at || m.weak) continue;
    if (m.start < from) break;
    if (accept(m)) return i;
  }
  return undefined;
}

/** Finds the names of one document. */
export function findNames(
  text: string,
  sentences: readonly Sentence[],
  sentenceTokens: readonly Token[][] = sentences.map((s) => tokenize(text, s.start, s.end)),
): NameMention[] {
  const runs: Run[] = [];
  // Words seen capitalised where a capital proves something (not first in a sentence, not in a heading).
  const midCaps = new Set<string>();
  const lowerWords = new Set<string>();

  sentences.forEach((s, si) => {
    const toks = sentenceTokens[si]!;
    const heading = s.kind === 'heading' || s.kind === 'toc';
    let i = 0;
    let initialAt = firstWordIndex(toks, 0);
    while (i < toks.length) {
      const t = toks[i]!;
      if (t.type !== 'word' || !t.cap) {
        if (t.type === 'word') lowerWords.add(fold(t.text));
        // An opening quotation mark or a speaker's colon makes the next word an initial one.
        if (t.type === 'punct' && /["“‘:«]/.test(t.text)) initialAt = firstWordIndex(toks, i + 1);
        i++;
        continue;
      }
      const start = i;
      const runToks: Token[] = [t];
      i++;
      while (i < toks.length) {
        const prev = runToks[runToks.length - 1]!;
        if (prev.possessive) break;
        const n = toks[i]!;
        if (n.start - prev.end > 1 || /[\r\n]/.test(text.slice(prev.end, n.start))) break;
        if (n.type === 'word' && n.cap) {
          runToks.push(n);
          i++;
          continue;
        }
        // A product's number: "Orbit 4 starts at $799", "Orbit 4's battery". Not a score, a figure
        // or a numbered part ("Castlemere 2, Ravnholm 1"; "Labour 42 per cent"; "Round 6"), not a date.
        if (n.type === 'number' && /^\d{1,2}$/.test(n.text) && !prev.possessive && productNumber(prev, toks, i, start)) {
          runToks.push(n);
          i++;
          break;
        }
        // Connectors inside a name: "Ministry of Foreign Affairs", "Rio de Janeiro", "Bank of the West".
        if (n.type === 'word' && NAME_CONNECTORS.has(n.text) && n.text !== 'and' && n.text !== 'the' && n.text !== 'on') {
          let j = i + 1;
          if (toks[j]?.text === 'the' && n.text === 'of') j++;
          const after = toks[j];
          if (after && after.type === 'word' && after.cap && after.start - toks[j - 1]!.end <= 1) {
            for (let k = i; k <= j; k++) runToks.push(toks[k]!);
            i = j + 1;
            continue;
          }
        }
        break;
      }
      const initial = start === initialAt || (start > 0 && /^[-–—•*]$/.test(toks[start - 1]!.text) && start - 1 === initialAt - 1);
      runs.push({ tokens: runToks, initial: initial || start <= firstWordIndex(toks, 0), heading, sentence: si, at: start, all: toks });
      // A capital proves something except on a run's first word at the start of a sentence.
      if (!heading) for (const rt of initial ? runToks.slice(1) : runToks) if (rt.cap) midCaps.add(fold(rt.text));
    }
  });

  const mentions: NameMention[] = [];
  const ctx: Context = { text, midCaps, lowerWords, personBySurname: new Map(), mentions };
  // Prose first, so that headings and bare surnames can be matched against the names it gives.
  // A headline in sentence case capitalises names only, as prose does ("Hugh Jackman has been
  // roped in to host"): its runs are read as prose. In title case only known names count.
  const titled = new Set<number>();
  sentences.forEach((s, si) => {
    if ((s.kind === 'heading' || s.kind === 'toc') && titleCaseTokens(sentenceTokens[si]!)) titled.add(si);
  });
  for (const run of runs) if (!run.heading || !titled.has(run.sentence)) classifyRun(run, ctx);
  for (const run of runs) if (run.heading && titled.has(run.sentence)) matchKnown(run, ctx);
  resolveSurnames(ctx);
  mentions.sort((a, b) => a.start - b.start);
  return dedupe(mentions).map(compact);
}

/**
 * A mention with its strings shared across documents ("Priya Raman" is one string however many
 * sources name her) and no empty fields: names are most of a document's analysis in memory.
 */
function compact(m: NameMention): NameMention {
  const out: { -readonly [K in keyof NameMention]: NameMention[K] } = {
    start: m.start,
    end: m.end,
    text: intern(m.text),
    kind: m.kind,
    sure: m.sure,
    key: intern(m.key),
    display: intern(m.display),
    sentence: m.sentence,
  };
  if (m.surname !== undefined) out.surname = intern(m.surname);
  if (m.weak) out.weak = true;
  if (m.role) out.role = { start: m.role.start, end: m.role.end, text: intern(m.role.text) };
  return out;
}

interface Context {
  text: string;
  midCaps: Set<string>;
  lowerWords: Set<string>;
  /** Folded surname to the full-name keys of people the document names in full. */
  personBySurname: Map<string, Set<string>>;
  mentions: NameMention[];
  /**
   * The first mention of each folded text among `mentions[0, upTo)`, for headings (matchKnown):
   * extended as mentions are added, not built again for every heading (issue 17's profile).
   */
  known?: { map: Map<string, NameMention>; upTo: number };
}

function firstWordIndex(toks: Token[], from: number): number {
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type === 'word') {
      // List markers and numbering ("- 1.") are not words that start the sentence.
      return i;
    }
  }
  return toks.length;
}

const f = (t: Token) => fold(t.text);
const isRoleWord = (t: Token) => ROLE_WORDS.has(f(t));
/** A common word written with a capital ("However", "The"); "US" in capitals is not "us". */
const isCommon = (t: Token) => !t.acronym && COMMON_WORDS.has(f(t));
/** A misspelt weekday or month ("Thurday") is no name either. */
const NEAR_COMMON = [...WEEKDAYS, ...MONTH_NAMES.map((m) => m.toLowerCase()).filter((m) => m.length >= 7)];
function nearCommon(w: string): boolean {
  return w.length >= 6 && NEAR_COMMON.some((c) => Math.abs(c.length - w.length) <= 1 && editDistanceAtMostOne(c, w));
}
function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
/**
 * Title case for names: 80% of the words of four letters or more capitalised, function words aside
 * (segment.ts counts them and asks for four such words, to find headlines). A heading of fewer long
 * words ("Ellen DeGeneres To Host") is taken as title case here: its capitals prove nothing.
 */
function titleCaseTokens(toks: readonly Token[]): boolean {
  // Function words stay in lower case in title case too ("Absence from the Talks"): left out.
  const long = toks.filter((t) => t.type === 'word' && t.text.length >= 4 && !COMMON_WORDS.has(f(t)));
  const caps = long.filter((t) => t.cap).length;
  return long.length < 4 ? caps === long.length : caps >= 0.8 * long.length;
}
/** Whether number `n` after capitalised word `prev` is part of a product's name (see the run loop). */
function productNumber(prev: Token, toks: readonly Token[], i: number, runStart: number): boolean {
  if (prev.type !== 'word' || !prev.cap || prev.acronym || isCalendarWord(prev) || isCommon(prev) || isRoleWord(prev)) return false;
  if (NUMBERED_NOUNS.has(f(prev))) return false;
  // The second side of a score: "Castlemere 2, Ravnholm 1", "Arsenal 2 Chelsea 1".
  if (toks[runStart - 1]?.type === 'number' || (toks[runStart - 1]?.text === ',' && toks[runStart - 2]?.type === 'number')) return false;
  const n = toks[i]!;
  const after = toks[i + 1];
  if (!after) return false;
  // A figure, not a model: "Labour 42 per cent", "Trump 47 to Harris 45".
  if (after.type === 'word' && isFigureWord(f(after))) return false;
  // "Orbit 4's battery", "Orbit 4." and "Orbit 4, the fourth": but a score goes on with another
  // name and its number ("Castlemere 2, Ravnholm 1"; "Castlemere 2-1").
  if (after.text === ',') {
    const name = toks[i + 2];
    return !(name?.cap && toks[i + 3]?.type === 'number');
  }
  if (after.start === n.end) return /^[.)'’]$/.test(after.text);
  return after.type === 'word' && !after.cap;
}
/** Words after a number that make it a figure: a unit ("42 per cent", "3 hours"), a tally ("47 to 45", "3 goals"). */
const isFigureWord = (w: string) => UNIT_WORDS.has(w) || TALLY_WORDS.has(w);
/** Full weekday and month names ("Saturday", "June"; not the abbreviations of calendar.ts' CALENDAR_WORDS, "Jan" is a given name too), and not "May". */
const CALENDAR_NAMES = new Set([...WEEKDAYS, ...MONTH_NAMES.map((m) => m.toLowerCase())]);
const isCalendarWord = (t: Token) => CALENDAR_NAMES.has(f(t)) && f(t) !== 'may';
/** A word that describes a person before the name: an age, a role, or a person noun the document writes in lower case elsewhere. */
function isDescriptor(t: Token, ctx: Context): boolean {
  if (t.acronym || !t.cap || isCommon(t)) return false;
  const w = f(t);
  if (/-year-old$/.test(w) || ROLE_WORDS.has(w)) return true;
  // A noun for a person or a thing, by its ending ("actress", "comedian", "moviemaker", "warship"),
  // never an adjective of a place's name ("New", "North", "Historic").
  return ctx.lowerWords.has(w) && DESCRIPTOR_ENDING.test(w);
}
const DESCRIPTOR_ENDING = /(?:er|or|ist|ess|man|woman|ian|ant|ent|ee|ship|maker)$/;
const UNDOTTED_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'miss']);
const isHonorific = (t: Token) => HONORIFICS.has(f(t).replace(/\.$/, ''));

/** Classifies one run of capitalised words in prose, emitting the names it holds. */
function classifyRun(run: Run, ctx: Context): void {
  let toks = run.tokens;
  let initial = run.initial;
  // Leading function words and sentence adverbs: "The", "However", "On Thursday"; not the "New"
  // of "New Orleans Saints", which a capitalised word follows.
  while (toks.length && (initial || toks.length > 1) && isCommon(toks[0]!) && !isHonorific(toks[0]!) && !(f(toks[0]!) === 'new' && toks[1]?.cap)) {
    toks = toks.slice(1);
    initial = false;
  }
  toks = trimConnectors(toks);
  if (!toks.length) return;
  // "Esther Williams-Esther Williams": a page title that repeats the name around a hyphen is the name once.
  const twice = repeatedHalf(toks);
  if (twice) toks = twice;
  // A weekday or month closing the run is a date, not a part of the name ("Brian Nichols Saturday").
  // Only after a name of two words or more: "Black Friday", "Super Tuesday" are names themselves.
  while (toks.length > 2 && isCalendarWord(toks[toks.length - 1]!)) toks = trimConnectors(toks.slice(0, -1));

  // A capitalised descriptor before a name: "Actress Tara Reid", "Sixteen-year-old Kimani Gray",
  // "Warship INS Sukanya". The document writes the word in lower case elsewhere (or it is an age
  // or a role word), and what follows is a name of its own: two capitalised words or more that are
  // no common words, the first never written in lower case. Never inside an organisation's or a
  // place's name ("Central Election Commission", "Northern Ireland Assembly").
  if (toks.length >= 3 && isDescriptor(toks[0]!, ctx) && !endsWithSuffix(toks, ORG_SUFFIXES) && !endsWithSuffix(toks, PLACE_SUFFIXES) && !titleSplit(toks)) {
    const rest = toks.slice(1);
    const r0 = rest[0]!;
    if (r0.cap && !isCommon(r0) && !ctx.lowerWords.has(f(r0)) && !isRoleWord(r0) && !NAME_CONNECTORS.has(r0.text)) {
      classifyRun({ ...run, tokens: rest, initial: false, at: run.at + run.tokens.indexOf(r0) }, ctx);
      return;
    }
  }

  // "Tom Tennant of the Woodburn Police Department": a person's name, then the organisation.
  // Not a team of its league ("the Charlotte Hornets of the NBA"): the organisation after "of" has
  // a name of its own of two words or more, or one that ends like an organisation's.
  const of = toks.findIndex((t) => t.text === 'of');
  const ofOrg = of >= 2 ? trimConnectors(toks.slice(of + 1)) : [];
  if (of >= 2 && (ofOrg.length >= 2 || endsWithSuffix(ofOrg, ORG_SUFFIXES)) && GIVEN_NAMES.has(f(toks[0]!)) && toks.slice(0, of).every((t) => t.cap && !isRoleWord(t) && !ORG_HEADS.has(f(t)))) {
    const after = ofOrg;
    classifyRun({ ...run, tokens: toks.slice(0, of), initial, at: run.at + run.tokens.indexOf(toks[0]!) }, ctx);
    if (after.length) classifyRun({ ...run, tokens: after, initial: false, at: run.at + run.tokens.indexOf(after[0]!) }, ctx);
    return;
  }

  // A speaker label at the start of a line: "Archyde:", "Dr.Emma Hartley:".
  const label = run.initial && run.at <= 1 && run.all[run.at + run.tokens.length]?.text === ':';

  // Honorific: "Mr. Trump", "Dr. Emma Hartley", "Dr.Emma Hartley", "Mr Costa".
  const h = toks[0]!;
  if (toks.length > 1 && isHonorific(h) && (/\.$/.test(h.text) || UNDOTTED_HONORIFICS.has(f(h)))) {
    const rest = trimConnectors(toks.slice(1));
    if (rest.length && !rest.some(isRoleWord)) {
      emitPerson(rest, run, ctx, undefined);
      return;
    }
    toks = rest;
    if (!toks.length) return;
  }

  // Title before a person's name: "Russian Foreign Minister Sergey Lavrov", "Mayor Helen Achebe".
  const split = titleSplit(toks);
  if (split) {
    const [title, name] = split;
    // "Wendline CEO", "EU Council President": the organisation a title names.
    const firstRole = title.findIndex(isRoleWord);
    const owner = trimConnectors(title.slice(0, Math.max(firstRole, 0)));
    if (owner.length && !countryLead([...owner, title[firstRole]!])?.rest.every((t) => t === title[firstRole]) && !emitKnown(owner, run, ctx, false)) {
      emitOrg(owner, run, ctx, undefined, undefined);
      emitInside(title.slice(firstRole), run, ctx);
    } else {
      emitInside(title.slice(Math.max(firstRole, 0)), run, ctx);
    }
    emitPerson(name, run, ctx, { start: title[0]!.start, end: title[title.length - 1]!.end, text: ctx.text.slice(title[0]!.start, title[title.length - 1]!.end) });
    return;
  }

  // A phrase of role words ("Deputy Assistant Secretary of Transport for Wales") names places at most.
  if (isRoleWord(toks[0]!) && !endsWithSuffix(toks, ORG_SUFFIXES) && toks.some((t) => ROLE_HEADS.has(f(t)))) {
    emitInside(toks, run, ctx);
    return;
  }

  const key = fold(spanText(ctx.text, toks));
  // Known names: countries, places, institutions.
  if (emitKnown(toks, run, ctx)) return;

  // A country or demonym before an organisation: "U.S. State Department", "Turkish Foreign Ministry".
  const lead = countryLead(toks);
  if (lead && lead.rest.length) {
    const rest = lead.rest;
    if (endsWithSuffix(rest, ORG_SUFFIXES) || (rest.length === 1 && rest[0]!.acronym)) {
      if (lead.isName) emitPlace(lead.lead, lead.country, run, ctx);
      emitOrg(rest, run, ctx, lead.country, spanText(ctx.text, toks));
      return;
    }
    if (lead.isName) {
      emitPlace(lead.lead, lead.country, run, ctx);
      if (rest.length > 1 || ctx.midCaps.has(f(rest[0]!))) classifyRun({ ...run, tokens: rest, initial: false, at: run.at + toks.indexOf(rest[0]!) }, ctx);
      return;
    }
    // "Russian officials" never reaches here (lower case); "Russian FSB" did above; a demonym
    // before another name: classify the rest on its own.
    classifyRun({ ...run, tokens: rest, initial: false, at: run.at + toks.indexOf(rest[0]!) }, ctx);
    return;
  }

  // (Mentions spell `start` and `end` out rather than spread a span object: on Node 20 a mention
  // literal built by spreading took 9.8 µs against 0.3 µs written out, in a loop of a million.)
  // "MV Calder Star", "HMS Victory": a vessel, named without its prefix.
  if (VESSEL_PREFIXES.has(f(toks[0]!)) && toks.length >= 2) {
    const name = toks.slice(1);
    ctx.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text: spanText(ctx.text, toks), kind: 'other', sure: true, key: fold(spanText(ctx.text, name)), display: spanText(ctx.text, name), sentence: run.sentence });
    return;
  }
  if (endsWithSuffix(toks, ORG_SUFFIXES) && toks.length >= 2) return void emitOrg(toks, run, ctx, undefined, undefined);
  if ((endsWithSuffix(toks, PLACE_SUFFIXES) || PLACE_HEADS.has(f(toks[0]!))) && toks.length >= 2) {
    return void emitPlace(toks, spanText(ctx.text, toks), run, ctx, false);
  }
  if (toks.length === 1) {
    const t = toks[0]!;
    const w = f(t);
    if (DEMONYMS.has(w) || CAPITALISED_ADJECTIVES.has(w) || isCommon(t) || nearCommon(w)) return;
    if (/^(?:a\.?m\.?|p\.?m\.?|gmt|utc|bst|cet|cest|est|pst|edt|pdt|ok|tv|pc)$/.test(w)) return;
    // A role word or its plural ("Queens" after "in" is the borough, not the plural).
    if (ROLE_WORDS.has(w) || (ROLE_WORDS.has(w.replace(/s$/, '')) && !placeCue(run))) return;
    if (t.acronym && /\d/.test(t.text) && !KNOWN_ORGS.has(w)) return;
    if (t.text.includes('-')) return void emitHyphenated(t, run, ctx);
    if (initial && !label) {
      // A capital at the start of a sentence proves nothing: keep the word only when the document
      // also capitalises it elsewhere, never writes it in lower case, and it is not an -ly/-ing word.
      // A headline's first word has no evidence of its own ("Bridge crash: what we know"): it is kept
      // only where the corpus knows it as a name.
      const evidence = !run.heading && (ctx.midCaps.has(w) || t.acronym || (t.possessive && !ctx.lowerWords.has(w)) || beforeRoleAndName(run, ctx));
      if (ctx.lowerWords.has(w) || /(?:ly|ing|ed)$/.test(w)) return;
      if (!evidence) {
        ctx.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text: t.text, kind: 'other', sure: false, key: '~' + w, display: t.text, sentence: run.sentence, surname: w, weak: true });
        return;
      }
    }
    if (t.acronym && !shouting(t)) return void emitOrg(toks, run, ctx, undefined, undefined);
    // "Kremlin spokesman Dmitry Peskov": a name before a role word and a person is an organisation.
    if (beforeRoleAndName(run, ctx)) return void emitOrg(toks, run, ctx, undefined, undefined);
    const speaker = saysAfter(run, toks);
    const kind: EntityKind = speaker ? 'person' : placeCue(run) ? 'place' : 'other';
    const display = t.acronym ? t.text.charAt(0) + t.text.slice(1).toLowerCase() : t.text;
    // A single word is keyed as a surname: linked to the full name the document or the corpus gives.
    ctx.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text: t.text, kind, sure: false, key: '~' + w, display, sentence: run.sentence, surname: w });
    return;
  }
  // Two or more capitalised words: a person when the first is a given name or the text treats it
  // as one (a role in apposition, a verb of saying), else another proper name.
  if (initial && isCommon(toks[0]!)) return;
  // "Ministry of Foreign Affairs", "University of Oxford", "Bank of England".
  if (ORG_HEADS.has(f(toks[0]!)) && toks.some((t) => t.text === 'of')) return void emitOrg(toks, run, ctx, possessiveQualifier(run), undefined);
  const looksPerson =
    toks.length <= 4 &&
    toks.every((t) => !t.acronym && /^\p{Lu}[\p{Ll}\p{M}'’-]/u.test(t.text) || t.text.length === 2 && /^\p{Lu}\.$/u.test(t.text)) &&
    (GIVEN_NAMES.has(f(toks[0]!)) || !!appositiveRole(run, toks, ctx) || saysAfter(run, toks) || label);
  if (looksPerson) {
    emitPerson(toks, run, ctx, undefined);
    return;
  }
  if (beforeRoleAndName(run, ctx)) return void emitOrg(toks, run, ctx, undefined, undefined);
  ctx.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text: spanText(ctx.text, toks), kind: 'other', sure: false, key, display: spanText(ctx.text, toks), sentence: run.sentence });
}

/**
 * In headings and tables of contents every word is capitalised, so a capital proves nothing: only
 * names the prose gives, lexicon names, names that prove themselves by their last word ("Ashcombe
 * County Council") and titles before a name ("President Zelensky") count. Longest match first.
 */
function matchKnown(run: Run, ctx: Context): void {
  const toks = run.tokens;
  // Mentions are only added until every heading is read, so the map of the ones before is extended.
  const seen = (ctx.known ??= { map: new Map(), upTo: 0 });
  for (; seen.upTo < ctx.mentions.length; seen.upTo++) {
    const m = ctx.mentions[seen.upTo]!;
    if (m.weak) continue;
    const f = fold(m.text);
    if (!seen.map.has(f)) seen.map.set(f, m);
  }
  const known = seen.map;
  let i = 0;
  while (i < toks.length) {
    let matched = 0;
    for (let n = Math.min(toks.length - i, 6); n >= 1 && !matched; n--) {
      const part = toks.slice(i, i + n);
      if (!part[0]!.cap || !part[n - 1]!.cap || isCommon(part[0]!)) continue;
      const key = fold(spanText(ctx.text, part));
      const prior = known.get(key);
      if (prior) {
        ctx.mentions.push({ ...prior, start: part[0]!.start, end: part[part.length - 1]!.end, text: spanText(ctx.text, part), sentence: run.sentence, role: undefined });
        matched = n;
      } else if (emitKnown(part, { ...run, initial: false }, ctx, false)) {
        matched = n;
      } else if (n === 2 && headlinePerson(part, known, ctx)) {
        emitPerson(part, run, ctx, undefined);
        matched = 2;
      } else if (n >= 2 && !ctx.lowerWords.has(key.split(' ')[0]!) && !part.some((t) => isCommon(t)) && !isGenericOrg(part)) {
        if (endsWithSuffix(part, ORG_SUFFIXES)) emitOrg(part, run, ctx, undefined, undefined);
        else if (endsWithSuffix(part, PLACE_SUFFIXES)) emitPlace(part, spanText(ctx.text, part), run, ctx, false);
        else continue;
        matched = n;
      } else if (n === 1 && part[0]!.text.includes('-')) {
        const before = ctx.mentions.length;
        emitHyphenated(part[0]!, run, ctx);
        if (ctx.mentions.length > before) matched = 1;
      } else if (n === 1 && ctx.personBySurname.has(key)) {
        ctx.mentions.push({ start: part[0]!.start, end: part[part.length - 1]!.end, text: part[0]!.text, kind: 'person', sure: true, key: '~' + key, display: part[0]!.text, surname: key, sentence: run.sentence });
        matched = 1;
      }
    }
    if (!matched) {
      // "President Zelensky": a title word and an unknown capitalised word.
      const t = toks[i]!;
      const next = toks[i + 1];
      if (ROLE_HEADS.has(f(t)) && next && /^\p{Lu}\p{Ll}/u.test(next.text) && !isRoleWord(next) && !isCommon(next)) {
        const name = [next];
        const third = toks[i + 2];
        if (third?.cap && !next.possessive && !isRoleWord(third) && !isCommon(third)) name.push(third);
        emitPerson(name, run, ctx, undefined);
        i += 1 + name.length;
        continue;
      }
    }
    i += Math.max(matched, 1);
  }
}

/**
 * A person's full name in a title-case headline: a given name and a word that is no common word,
 * or any capitalised word before the surname of a person the prose names ("Lindsay Lohan Checks
 * Into Rehab" above prose where "Lohan said"). Neither word is written in lower case in the document.
 */
function headlinePerson(part: Token[], known: Map<string, NameMention>, ctx: Context): boolean {
  const [a, b] = part as [Token, Token];
  if (a.acronym || b.acronym || isCommon(a) || isCommon(b) || isRoleWord(a) || ctx.lowerWords.has(f(a)) || ctx.lowerWords.has(f(b))) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(b.text) || a.possessive) return false;
  // "Jordan Stuns Spain": a country or a place and a verb.
  if (COUNTRY_ALIASES.has(f(a)) || PLACES.has(f(a)) || DEMONYMS.has(f(a))) return false;
  const single = known.get(f(b));
  // Only a person's surname: a team or a company named by one word ("Passes Colts") is no surname.
  const surname = ctx.personBySurname.has(f(b)) || (single !== undefined && single.key.startsWith('~') && single.kind === 'person');
  return surname || (GIVEN_NAMES.has(f(a)) && !isRoleWord(b));
}

/** Emits countries, places and known organisations that make up `toks` exactly. */
function emitKnown(toks: Token[], run: Run, ctx: Context, whole = true): boolean {
  const key = fold(spanText(ctx.text, toks)).replace(/^the /, '');
  const country = COUNTRY_ALIASES.get(key);
  if (country) return emitPlace(toks, country, run, ctx), true;
  const place = PLACES.get(key);
  if (place) return emitPlace(toks, place, run, ctx), true;
  const org = KNOWN_ORGS.get(key);
  if (org) return emitOrg(toks, run, ctx, undefined, undefined, org), true;
  if (!whole || toks.length < 2) return false;
  // A known name followed by more words: "Osaka G20", "Washington D.C." (already whole above).
  for (let n = toks.length - 1; n >= 1; n--) {
    const head = toks.slice(0, n);
    const hk = fold(spanText(ctx.text, head));
    if (COUNTRY_ALIASES.has(hk) || PLACES.has(hk)) {
      const rest = toks.slice(n);
      if (endsWithSuffix(rest, ORG_SUFFIXES) || endsWithSuffix(rest, PLACE_SUFFIXES)) return false;
      emitPlace(head, COUNTRY_ALIASES.get(hk) ?? PLACES.get(hk)!, run, ctx);
      if (!emitKnown(rest, run, ctx, false) && rest.every((t) => t.cap) && (rest.length > 1 || rest[0]!.acronym)) {
        classifyRun({ ...run, tokens: rest, initial: false }, ctx);
      }
      return true;
    }
  }
  // A known name closing the run: "Biden White House".
  for (let n = 1; n < toks.length; n++) {
    const tail = toks.slice(n);
    const tk = fold(spanText(ctx.text, tail));
    if (KNOWN_ORGS.has(tk) || COUNTRY_ALIASES.has(tk) || PLACES.has(tk)) {
      const head = toks.slice(0, n);
      classifyRun({ ...run, tokens: head }, ctx);
      emitKnown(tail, run, ctx, false);
      return true;
    }
  }
  return false;
}

/** Names inside a title or role phrase: countries, places and known organisations only. */
function emitInside(toks: Token[], run: Run, ctx: Context): void {
  let i = 0;
  while (i < toks.length) {
    let done = 0;
    for (let n = Math.min(4, toks.length - i); n >= 1; n--) {
      const part = toks.slice(i, i + n);
      if (!part[0]!.cap || !part[n - 1]!.cap) continue;
      if (emitKnown(part, run, ctx, false)) {
        done = n;
        break;
      }
    }
    i += Math.max(done, 1);
  }
}

/** The first half of a run that says the same name twice joined by a hyphen, or undefined. */
function repeatedHalf(toks: Token[]): Token[] | undefined {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const h = t.text.indexOf('-');
    if (h <= 0) continue;
    const left = [...toks.slice(0, i).map((x) => x.text), t.text.slice(0, h)].join(' ');
    const right = [t.text.slice(h + 1), ...toks.slice(i + 1).map((x) => x.text)].join(' ');
    // Two words a side at least: "Baden-Baden" is one name.
    if (!left.includes(' ') || fold(left) !== fold(right)) continue;
    const cut: Token = { ...t, text: t.text.slice(0, h), end: t.start + h };
    return [...toks.slice(0, i), cut];
  }
  return undefined;
}
/** Entries of the country table that are organisations, not places. */
const UNIONS = new Set(['European Union']);

function emitPlace(toks: Token[], canonical: string, run: Run, ctx: Context, sure = true): void {
  const text = spanText(ctx.text, toks);
  const kind: EntityKind = UNIONS.has(canonical) ? 'organization' : 'place';
  ctx.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text, kind, sure, key: fold(canonical), display: canonical, sentence: run.sentence });
}

function emitOrg(toks: Token[], run: Run, ctx: Context, country: string | undefined, fullText: string | undefined, canonical?: string): void {
  let t = toks;
  if (f(t[0]!) === 'the') t = t.slice(1);
  const text = spanText(ctx.text, t);
  const name = canonical ?? text;
  const generic = isGenericOrg(t);
  const qualifier = generic ? (country ?? possessiveQualifier(run)) : undefined;
  // A generic name without its country is keyed '@' so that linking can find the qualified one.
  const key = fold(name) + (generic ? '@' + (qualifier ? fold(qualifier) : '') : '');
  const display = (generic ? fullText : undefined) ?? (qualifier && !fold(text).includes(fold(qualifier)) ? `${name} (${qualifier})` : name);
  ctx.mentions.push({ start: t[0]!.start, end: t[t.length - 1]!.end, text, kind: 'organization', sure: true, key, display, sentence: run.sentence });
}

/** "Ukraine's Foreign Ministry": the country of a possessive just before the run. */
function possessiveQualifier(run: Run): string | undefined {
  const prev = run.all[run.at - 1];
  if (!prev || !prev.possessive) return undefined;
  return COUNTRY_ALIASES.get(fold(prev.text));
}

/** "US-Russia", "Russian-American", "US-led": the countries named in a hyphenated word. */
function emitHyphenated(t: Token, run: Run, ctx: Context): void {
  let offset = t.start;
  for (const part of t.text.split('-')) {
    const country = COUNTRY_ALIASES.get(fold(part)) ?? (PLACES.has(fold(part)) ? PLACES.get(fold(part)) : undefined);
    if (country && /^\p{Lu}/u.test(part)) {
      ctx.mentions.push({ start: offset, end: offset + part.length, text: part, kind: 'place', sure: true, key: fold(country), display: country, sentence: run.sentence });
    }
    offset += part.length + 1;
  }
}

function emitPerson(toks: Token[], run: Run, ctx: Context, title: RoleText | undefined): void {
  const text = spanText(ctx.text, toks);
  const words = toks.filter((t) => t.type === 'word' && !/^\p{Lu}\.$/u.test(t.text));
  const surname = f(words[words.length - 1] ?? toks[toks.length - 1]!);
  const role = withOfficeBefore(run, title ?? precedingRole(run, toks, ctx), ctx) ?? appositiveRole(run, toks, ctx);
  if (words.length >= 2) {
    const key = words.map(f).join(' ');
    let set = ctx.personBySurname.get(surname);
    if (!set) ctx.personBySurname.set(surname, (set = new Set()));
    set.add(key);
    ctx.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text, kind: 'person', sure: true, key, display: words.map((w) => w.text).join(' '), surname, role, sentence: run.sentence });
  } else {
    ctx.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text, kind: 'person', sure: true, key: '~' + surname, display: text, surname, role, sentence: run.sentence });
  }
}

/**
 * Gives single-word mentions the full name the document uses for that surname ("Lavrov" after
 * "Sergey Lavrov"); when two people of the document share the surname, the one named last before.
 */
function resolveSurnames(ctx: Context): void {
  const full = ctx.mentions.filter((m) => m.kind === 'person' && !m.key.startsWith('~')).sort((a, b) => a.start - b.start);
  ctx.mentions.forEach((m, i) => {
    if (m.surname === undefined || !m.key.startsWith('~')) return;
    const keys = ctx.personBySurname.get(m.surname);
    if (!keys) return;
    let chosen: NameMention | undefined;
    if (keys.size === 1) chosen = full.find((p) => p.surname === m.surname);
    else {
      for (const p of full) if (p.surname === m.surname && p.start < m.start) chosen = p;
    }
    if (chosen) ctx.mentions[i] = { ...m, kind: 'person', sure: true, key: chosen.key, display: chosen.display };
  });
}

/** "Russian Foreign Minister | Sergey Lavrov": the title words, then a name of capitalised non-title words. */
function titleSplit(toks: Token[]): [Token[], Token[]] | undefined {
  for (let i = toks.length - 2; i >= 0; i--) {
    const t = toks[i]!;
    if (!(ROLE_HEADS.has(f(t)) || (t.acronym && ROLE_HEADS.has(f(t))))) continue;
    const name = toks.slice(i + 1);
    // A surname may be a role word ("General Manager Billy King"), a given name never is.
    const inner = name.length >= 2 && !isRoleWord(name[0]!) ? name.slice(0, -1) : name;
    if (!name.length || inner.some(isRoleWord) || name.some((n) => n.type !== 'word' || !n.cap) || name.length > 4) continue;
    if (endsWithSuffix(name, ORG_SUFFIXES) || endsWithSuffix(name, PLACE_SUFFIXES)) return undefined;
    if (name.some((n) => NAME_CONNECTORS.has(n.text))) continue;
    const nk = fold(name.map((n) => n.text).join(' '));
    if (COUNTRY_ALIASES.has(nk) || PLACES.has(nk) || KNOWN_ORGS.has(nk) || COMMON_WORDS.has(nk)) return undefined;
    return [toks.slice(0, i + 1), name];
  }
  return undefined;
}

/** A country name or demonym at the start of a run, and the rest. */
function countryLead(toks: Token[]): { lead: Token[]; country: string; isName: boolean; rest: Token[] } | undefined {
  for (let n = Math.min(3, toks.length - 1); n >= 1; n--) {
    const lead = toks.slice(0, n);
    const k = fold(lead.map((t) => t.text).join(' '));
    const country = COUNTRY_ALIASES.get(k);
    if (country) return { lead, country, isName: true, rest: toks.slice(n) };
    const dem = n === 1 ? DEMONYMS.get(k) : undefined;
    if (dem) return { lead, country: dem, isName: false, rest: toks.slice(n) };
  }
  return undefined;
}

/** Whether the run is followed by lower-case role words and then a person's name ("Kremlin spokesman Dmitry Peskov"). */
function beforeRoleAndName(run: Run, ctx: Context): boolean {
  let j = run.at + run.tokens.length;
  const toks = run.all;
  if (run.tokens[run.tokens.length - 1]!.possessive) return false;
  let roles = 0;
  while (j < toks.length && toks[j]!.type === 'word' && !toks[j]!.cap && ROLE_WORDS.has(f(toks[j]!))) {
    roles++;
    j++;
  }
  if (!roles || !ROLE_HEADS.has(f(toks[j - 1]!))) return false;
  const n = toks[j];
  return !!n && n.cap && n.type === 'word' && !COMMON_WORDS.has(f(n)) && n.start - toks[j - 1]!.end <= 1 && !ctx.lowerWords.has('__never__');
}

/**
 * "Kremlin spokesman Dmitry Peskov", "Putin's spokesperson Dmitry Peskov", "Arcadia Mining chief
 * executive Lena Ortiz": lower-case role words before the name, with the names that qualify them.
 */
function precedingRole(run: Run, name: Token[], ctx: Context): RoleText | undefined {
  const toks = run.all;
  let i = toks.indexOf(name[0]!) - 1;
  if (i < 0 || toks[i]!.type !== 'word' || !ROLE_HEADS.has(f(toks[i]!))) return undefined;
  const end = toks[i]!.end;
  while (i > 0 && toks[i - 1]!.type === 'word' && !toks[i - 1]!.cap && ROLE_WORDS.has(f(toks[i - 1]!)) && !toks[i - 1]!.possessive) i--;
  // The qualifying names: capitalised words or a possessive right before ("Wendline Ferries", "Putin's").
  while (i > 0 && toks[i - 1]!.type === 'word' && (toks[i - 1]!.cap || toks[i - 1]!.possessive) && !isCommon(toks[i - 1]!)) i--;
  const start = toks[i]!.start;
  return { start, end, text: ctx.text.slice(start, end) };
}

/**
 * A role before a name with another office joined to it by "and": "team president and general
 * manager Ed Stefanski", "President and General Manager Ed Stefanski" are both offices at once, so
 * no other source's "general manager" or "president" disagrees with them (roles.ts reads the parts).
 */
function withOfficeBefore(run: Run, role: RoleText | undefined, ctx: Context): RoleText | undefined {
  if (!role) return role;
  const toks = run.all;
  let i = toks.findIndex((t) => t.start >= role.start);
  if (i < 2 || !/^(?:and|&)$/i.test(toks[i - 1]!.text) || toks[i - 2]!.type !== 'word' || !ROLE_HEADS.has(f(toks[i - 2]!))) return role;
  i -= 2;
  while (i > 0 && toks[i - 1]!.type === 'word' && ROLE_WORDS.has(f(toks[i - 1]!)) && !toks[i - 1]!.possessive) i--;
  // "The mayor and police chief Tom Hadley" is often two people: lower-case offices after a determiner stay apart.
  if (!toks[i]!.cap && i > 0 && /^(?:the|a|an)$/i.test(toks[i - 1]!.text)) return role;
  const start = toks[i]!.start;
  return { start, end: role.end, text: ctx.text.slice(start, role.end) };
}

/** "Marta Velde, Deputy Assistant Secretary of Transport ...": a role in apposition after the name. */
function appositiveRole(run: Run, name: Token[], ctx: Context): RoleText | undefined {
  const toks = run.all;
  const last = name[name.length - 1]!;
  let j = toks.indexOf(last) + 1;
  if (toks[j]?.text !== ',') return before(run, name, ctx);
  j++;
  const start = j;
  while (j < toks.length && !/^[,;.:()"“”]$/.test(toks[j]!.text)) j++;
  const phrase = toks.slice(start, j);
  if (!phrase.length || phrase.length > 16) return before(run, name, ctx);
  const words = phrase.filter((t) => t.type === 'word').map(f);
  const head = words.findIndex((w) => ROLE_HEADS.has(w));
  if (head === -1 || head > 5) return before(run, name, ctx);
  // "Priya Raman, Wendline's operations director": possessives are part of the role.
  if (['who', 'which', 'that', 'and', 'but', 'said', 'says', 'told', 'added'].includes(words[0]!)) return before(run, name, ctx);
  const s = phrase[0]!.start;
  const e = phrase[phrase.length - 1]!.end;
  return { start: s, end: e, text: ctx.text.slice(s, e) };
}

/** "Wendline's chief executive, Priya Raman": a role in apposition before the name. */
function before(run: Run, name: Token[], ctx: Context): RoleText | undefined {
  const toks = run.all;
  const i = toks.indexOf(name[0]!);
  if (i < 2 || toks[i - 1]!.text !== ',') return undefined;
  let j = i - 2;
  const end = toks[j]!.end;
  while (j > 0 && !/^[,;.:()"“”]$/.test(toks[j - 1]!.text)) j--;
  const phrase = toks.slice(j, i - 1).filter((t) => t.type === 'word');
  if (!phrase.length || phrase.length > 8) return undefined;
  const lastWord = f(phrase[phrase.length - 1]!);
  if (!ROLE_HEADS.has(lastWord)) return undefined;
  // Drop a leading determiner or a verb: keep "Wendline's chief executive".
  let first = 0;
  while (first < phrase.length - 1 && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(f(phrase[first]!))) first++;
  const s = phrase[first]!.start;
  return { start: s, end, text: ctx.text.slice(s, end) };
}

/** Whether the name is followed by a verb of saying ("Peskov said", "Tikhiy, spokesperson ..., specified"). */
function saysAfter(run: Run, name: Token[]): boolean {
  const toks = run.all;
  const j = toks.indexOf(name[name.length - 1]!) + 1;
  const n = toks[j];
  if (n && n.type === 'word' && SAYING.test(n.text)) return true;
  // "said Chief Fire Officer Tom Hadley": a verb of saying before the name's title.
  return false;
}

function endsWithSuffix(toks: Token[], set: Set<string>): boolean {
  const last = toks[toks.length - 1];
  return !!last && set.has(f(last).replace(/\.$/, ''));
}

function trimConnectors(toks: Token[]): Token[] {
  let s = 0;
  let e = toks.length;
  while (s < e && !toks[s]!.cap) s++;
  while (e > s && !toks[e - 1]!.cap && toks[e - 1]!.type !== 'number') e--;
  return s === 0 && e === toks.length ? toks : toks.slice(s, e);
}


function spanText(text: string, toks: Token[]): string {
  return text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
}

/** Keeps one mention per span (headings may match a name twice). */
function dedupe(mentions: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      if (m.end - m.start > prev.end - prev.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
