/**
 * Cross-source comparison: claims, quotations and roles of different documents that are about the
 * same thing, and the places where they cannot both be true. Candidates come from indexes (a claim's
 * slot, a quotation's words, an entity's roles), never from all pairs of documents or sentences.
 *
 * Precision first: a pair is compared only when the documents tell the same story (they share named
 * entities), the claims share a slot (kind, unit or counted noun, an event class near them) and
 * their sentences do not name different things. Agreement is the default; a conflict needs
 * intervals that do not meet.
 */
import { type Claim, fmt, isoOf } from './claims';
import { eventClass, stem, STOP_WORDS } from './classes';
import type { DocumentAnalysis } from './document';
import type { EntityIndex } from './entities';
import type { Finding, FindingKind, RelatedPassage } from './findings';
import { COUNTRY_ALIASES, fold, PLACES } from './lexicon';
import type { Quotation } from './quotes';
import { rolesDisagree, roleShape } from './roles';
import type { Span } from './types';

/** One side of a conflict. */
interface Side {
  readonly doc: DocumentAnalysis;
  readonly span: Span;
  /** How this side's claim reads in a message: "6 h, 'six hours of talks'". */
  readonly says: string;
  /** The text that identifies the claim for reviews. */
  readonly keyText: string;
}

interface Conflict {
  readonly kind: FindingKind;
  readonly label: string;
  readonly a: Side;
  readonly b: Side;
  /** Extra words for the message (a word-level difference, the speakers). */
  readonly detail?: (from: 'a' | 'b') => string;
}

/** What another source says about the same thing as a claim or a quotation. */
export interface Counterpart {
  readonly doc: string;
  readonly span: Span;
  readonly says: string;
  readonly agrees: boolean;
}

/**
 * The comparison of a corpus's documents, built once per version of the corpus: findings for the
 * Problems panel, and each claim's counterparts for hovers.
 */
export class Comparison {
  private readonly ctx: Context;
  private readonly claims: ClaimIndex;
  private readonly quotes: QuoteIndex;
  private conflictList: Conflict[] | undefined;

  constructor(docs: readonly DocumentAnalysis[], entities: EntityIndex) {
    this.ctx = new Context(docs, entities);
    this.claims = new ClaimIndex(docs, this.ctx);
    this.quotes = new QuoteIndex(docs, this.ctx);
  }

  /** Findings by document; conflicts `reviewed` says a user has set aside are left out. */
  findings(reviewed: (key: string) => boolean = () => false): Map<string, Finding[]> {
    this.conflictList ??= [...compareClaims(this.ctx, this.claims), ...compareQuotes(this.ctx, this.quotes), ...compareRoles(this.ctx)];
    return buildFindings(this.ctx.docs, this.conflictList, reviewed);
  }

  /** The claims of other sources about the same thing as `claim`, and whether each agrees. */
  claimCounterparts(doc: DocumentAnalysis, claim: Claim): Counterpart[] {
    const out: Counterpart[] = [];
    const me = this.claims.refOf(doc, claim);
    if (!me) return out;
    for (const other of this.claims.candidates(me)) {
      if (other.doc === doc || !comparable(this.ctx, me, other)) continue;
      out.push({ doc: other.doc.id, span: other.claim, says: claimSide(other).says, agrees: agree(claim, other.claim) });
    }
    return out;
  }

  /** The quotations of other sources with the same words (or nearly), and whether they agree. */
  quoteCounterparts(doc: DocumentAnalysis, quote: Quotation): Counterpart[] {
    const me = this.quotes.refOf(doc, quote);
    if (!me) return [];
    const out: Counterpart[] = [];
    for (const [other] of this.quotes.candidates(me)) {
      if (other.doc === doc || !this.ctx.sameStory(doc, other.doc)) continue;
      const verdict = judgeQuotes(this.ctx, me, other);
      if (!verdict) continue;
      out.push({ doc: other.doc.id, span: other.quote, says: `“${other.quote.text}”`, agrees: verdict === 'same' });
    }
    return out;
  }
}

/** The findings of a corpus's documents (a convenience for callers that need no hovers). */
export function compareDocuments(
  docs: readonly DocumentAnalysis[],
  entities: EntityIndex,
  reviewed: (key: string) => boolean = () => false,
): Map<string, Finding[]> {
  return new Comparison(docs, entities).findings(reviewed);
}

function buildFindings(docs: readonly DocumentAnalysis[], conflicts: readonly Conflict[], reviewed: (key: string) => boolean): Map<string, Finding[]> {
  const findings = new Map<string, Finding[]>();
  const add = (f: Finding) => {
    let list = findings.get(f.doc);
    if (!list) findings.set(f.doc, (list = []));
    list.push(f);
  };

  // One finding per claim, on each side, listing every passage it disagrees with.
  const bySide = new Map<string, { kind: FindingKind; label: string; side: Side; others: Array<{ side: Side; key: string; detail?: string }> }>();
  for (const c of conflicts) {
    const key = conflictKey(c.kind, c.a.keyText, c.b.keyText);
    if (reviewed(key)) continue;
    for (const [mine, other, from] of [
      [c.a, c.b, 'a'],
      [c.b, c.a, 'b'],
    ] as const) {
      const id = `${c.kind}|${mine.doc.id}|${mine.span.start}|${mine.span.end}`;
      let entry = bySide.get(id);
      if (!entry) bySide.set(id, (entry = { kind: c.kind, label: c.label, side: mine, others: [] }));
      if (!entry.others.some((o) => o.key === key)) entry.others.push({ side: other, key, ...(c.detail ? { detail: c.detail(from) } : {}) });
    }
  }
  for (const { kind, label, side, others } of bySide.values()) {
    others.sort((x, y) => (x.side.doc.id < y.side.doc.id ? -1 : x.side.doc.id > y.side.doc.id ? 1 : x.side.span.start - y.side.span.start));
    const there = others.map((o) => `${o.side.says} (${baseName(o.side.doc.id)})`).join('; ');
    const detail = others.map((o) => o.detail).filter(Boolean).join(' ');
    const related: RelatedPassage[] = others.map((o) => ({ doc: o.side.doc.id, span: o.side.span, message: `${label}: ${o.side.says}` }));
    add({
      kind,
      doc: side.doc.id,
      span: side.span,
      message: `${label}: ${side.says} vs ${there}${detail ? `. ${detail}` : ''}`,
      related,
      key: others.map((o) => o.key).join('\n'),
    });
  }

  // A weekday that contradicts the date beside it, within one text.
  for (const doc of docs) {
    for (const w of doc.weekdayMismatches) {
      const key = conflictKey('date', w.text, `${w.iso} is a ${w.actual}`);
      if (reviewed(key)) continue;
      add({
        kind: 'date',
        doc: doc.id,
        span: w,
        message: `Weekday and date disagree: '${w.text}' but ${w.iso} is a ${w.actual}`,
        related: [],
        key,
      });
    }
  }
  for (const list of findings.values()) list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.kind < b.kind ? -1 : 1));
  return findings;
}

/** The review key of a conflict: its kind and both claims' text, the same from either side. */
export function conflictKey(kind: string, a: string, b: string): string {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const [x, y] = [norm(a), norm(b)].sort();
  return `${kind}:${x}\u2194${y}`;
}

/** Shared, lazily computed facts about documents: their story's entities, sentence words and names. */
class Context {
  private readonly story = new Map<string, Set<string>>();
  private readonly buckets = new Map<string, string[]>();
  private readonly related = new Map<string, boolean>();
  private readonly sentenceWords = new Map<string, Set<string>[]>();
  readonly byId: Map<string, DocumentAnalysis>;

  constructor(
    readonly docs: readonly DocumentAnalysis[],
    readonly entities: EntityIndex,
  ) {
    this.byId = new Map(docs.map((d) => [d.id, d]));
  }

  /** The entities that make a document's story: names other than countries and regions. */
  storyOf(doc: DocumentAnalysis): Set<string> {
    let s = this.story.get(doc.id);
    if (!s) {
      s = new Set();
      for (const { entity } of this.entities.inDoc(doc.id)) if (!isCountryOrRegion(entity.id)) s.add(entity.id);
      this.story.set(doc.id, s);
    }
    return s;
  }

  /**
   * The story entities of a document that make candidate buckets: those named in few enough
   * documents that a bucket stays small. Documents of one story always share at least one entity.
   */
  bucketEntities(doc: DocumentAnalysis): string[] {
    let b = this.buckets.get(doc.id);
    if (!b) {
      // The entities the document shares with other documents, but not with very many: an entity
      // named in one document pairs nothing, and one named in very many documents would make a
      // bucket of many stories (a story is rarely told by more than BUCKET_LIMIT sources).
      const df = (e: string) => this.entities.get(e)?.byDoc.size ?? 0;
      b = [...this.storyOf(doc)].filter((e) => df(e) >= 2 && df(e) <= BUCKET_LIMIT);
      this.buckets.set(doc.id, b);
    }
    return b;
  }

  /** Whether two documents tell the same story: they share named entities beyond countries. */
  sameStory(a: DocumentAnalysis, b: DocumentAnalysis): boolean {
    const key = a.id < b.id ? `${a.id}\n${b.id}` : `${b.id}\n${a.id}`;
    let r = this.related.get(key);
    if (r === undefined) {
      const sa = this.storyOf(a);
      const sb = this.storyOf(b);
      let shared = 0;
      for (const e of sa) if (sb.has(e)) shared++;
      r = shared >= 2 || (shared >= 1 && Math.min(sa.size, sb.size) <= 3);
      this.related.set(key, r);
    }
    return r;
  }

  /** Linked entity ids of the names a claim's clause holds. */
  claimEntities(doc: DocumentAnalysis, c: Claim): Set<string> {
    const out = new Set<string>();
    for (const i of c.names) {
      const m = doc.names[i]!;
      const hit = this.entities.at(doc.id, m.start);
      if (hit) out.add(hit.entity.id);
    }
    return out;
  }

  /** Linked entity ids named in a sentence. */
  sentenceEntities(doc: DocumentAnalysis, sentence: number): Set<string> {
    const s = doc.sentences[sentence]!;
    const out = new Set<string>();
    for (const { mention, entity } of this.entities.inDoc(doc.id)) if (mention.start >= s.start && mention.end <= s.end) out.add(entity.id);
    return out;
  }

  /** Content word stems of a sentence. */
  words(doc: DocumentAnalysis, sentence: number): Set<string> {
    let all = this.sentenceWords.get(doc.id);
    if (!all) this.sentenceWords.set(doc.id, (all = []));
    let w = all[sentence];
    if (!w) {
      const s = doc.sentences[sentence]!;
      w = contentStems(doc.text.slice(s.start, s.end));
      all[sentence] = w;
    }
    return w;
  }

  /**
   * The words and names within seven words of a claim, in its sentence: distinctive words only (no
   * function words, hedges, weekdays, months, numbers or event words).
   */
  localContext(doc: DocumentAnalysis, c: Claim): { words: Set<string>; entities: Set<string>; places: Set<string> } {
    const s = doc.sentences[c.sentence]!;
    const before = [...doc.text.slice(s.start, c.start).matchAll(WORD)].slice(-WINDOW);
    const after = [...doc.text.slice(c.end, s.end).matchAll(WORD)].slice(0, WINDOW);
    const words = new Set<string>();
    for (const m of [...before, ...after]) {
      const lw = m[0].toLowerCase();
      if (lw.length < 3 || STOP_WORDS.has(lw) || NOT_DISTINCTIVE.test(lw) || eventClass(lw)) continue;
      words.add(stem(lw));
    }
    // The span the window covers, to find the names in it.
    const lo = before.length ? s.start + before[0]!.index! : c.start;
    const last = after[after.length - 1];
    const hi = last ? c.end + last.index! + last[0].length : c.end;
    const entities = new Set<string>();
    const places = new Set<string>();
    for (const { mention, entity } of this.entities.inDoc(doc.id)) {
      if (mention.end <= lo || mention.start >= hi || mention.end <= s.start || mention.start >= s.end) continue;
      if (isCountryOrRegion(entity.id)) continue;
      entities.add(entity.id);
      if (entity.kind === 'place') places.add(entity.id);
    }
    return { words, entities, places };
  }

  entityName(doc: DocumentAnalysis, mentionIndex: number): { id: string; name: string; kind: string } | undefined {
    const m = doc.names[mentionIndex];
    if (!m) return undefined;
    const hit = this.entities.at(doc.id, m.start);
    return hit ? { id: hit.entity.id, name: hit.entity.name, kind: hit.entity.kind } : undefined;
  }
}

const WINDOW = 7;
/** Entities named in more documents than this make no candidate buckets. */
const BUCKET_LIMIT = 50;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const NOT_DISTINCTIVE =
  /^(?:shortly|nearly|about|around|approximately|roughly|just|early|late|later|earlier|before|after|since|until|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week|month|year|years|day|days|hours?|minutes?|local|time|a\.m|p\.m|am|pm)$/;

const COUNTRY_KEYS = new Set([...COUNTRY_ALIASES.values()].map(fold));
const REGION_KEYS = new Set(['europe', 'asia', 'africa', 'americas', 'middle east', 'central europe', 'eastern europe', 'western europe', 'latin america', 'north america', 'south america', 'west']);
function isCountryOrRegion(id: string): boolean {
  return COUNTRY_KEYS.has(id) || REGION_KEYS.has(id) || (PLACES.has(id) && REGION_KEYS.has(fold(PLACES.get(id)!)));
}

function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    if (w.length < 3 || STOP_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

// ---- claims -------------------------------------------------------------------------------------------

interface ClaimRef {
  readonly doc: DocumentAnalysis;
  readonly claim: Claim;
  readonly id: number;
}

const CLASS_LABEL: Record<string, string> = {
  talks: 'the talks', search: 'the search', collision: 'the collision', injury: 'injured', death: 'killed', missing: 'missing',
  evacuation: 'evacuated', aboard: 'aboard', arrest: 'arrested', cost: 'the cost', fine: 'the fine', compensation: 'the compensation',
  salary: 'the pay', revenue: 'revenue', profit: 'profit', deal: 'the deal', open: 'the opening', close: 'the closure',
  refurbish: 'the refurbishment', seize: 'the seizure', sever: 'the suspension', election: 'the election', ridership: 'ridership',
  traffic: 'traffic', growth: 'growth', unemployment: 'unemployment', inflation: 'inflation', approval: 'approval', share: 'the share',
  invasion: 'the invasion', annexation: 'the annexation', call: 'the call', arrival: 'the arrival', departure: 'the departure',
  flight: 'the flights', fire: 'the fire', storm: 'the storm', sentence: 'the sentence', trial: 'the hearing', signing: 'the signing',
  announcement: 'the announcement', protest: 'the protest', strike: 'the strike', attack: 'the attack', age: 'the age',
};

function slotLabel(kind: Claim['kind'], cls: string, a: Claim): string {
  const what = CLASS_LABEL[cls] ?? cls;
  switch (kind) {
    case 'duration':
      return `Duration of ${what}`;
    case 'time':
      return `Time of ${what}${a.role === 'start' ? ' (start)' : a.role === 'end' ? ' (end)' : ''}`;
    case 'date':
      return `Date of ${what}`;
    case 'year':
      return `Year of ${what}`;
    case 'money':
      return `Amount of ${what}`;
    case 'percentage':
      return `Percentage (${what})`;
    case 'count': {
      const noun = a.noun ?? 'things';
      const plural = noun.endsWith('s') || noun === 'people' || noun === 'crew' ? noun : `${noun}s`;
      return `Number of ${plural} (${what.replace(/^the /, '')})`;
    }
    case 'number':
      return `Number (${a.unit}, ${what.replace(/^the /, '')})`;
  }
}

/** Claim kinds whose comparison needs the two sentences to name a shared entity (or read alike). */
const ANCHORED = new Set<Claim['kind']>(['date', 'time', 'year']);

/** Claims by slot: kind, unit (or counted noun) and event class. */
class ClaimIndex {
  /** Claims by slot and story entity: "count|people|injury|tolbrook bridge". */
  readonly buckets = new Map<string, ClaimRef[]>();
  private readonly refs = new Map<Claim, ClaimRef>();
  private readonly keysOf = new Map<ClaimRef, string[]>();

  constructor(docs: readonly DocumentAnalysis[], ctx: Context) {
    let id = 0;
    for (const doc of docs) {
      const story = ctx.bucketEntities(doc);
      for (const claim of doc.claims) {
        if (claim.classes.length === 0) continue;
        const ref = { doc, claim, id: id++ };
        this.refs.set(claim, ref);
        const keys: string[] = [];
        for (const slot of slotKeys(claim)) {
          for (const e of story) {
            const key = `${slot}|${e}`;
            keys.push(key);
            let b = this.buckets.get(key);
            if (!b) this.buckets.set(key, (b = []));
            b.push(ref);
          }
        }
        this.keysOf.set(ref, keys);
      }
    }
  }

  refOf(doc: DocumentAnalysis, claim: Claim): ClaimRef | undefined {
    const r = this.refs.get(claim);
    return r && r.doc === doc ? r : undefined;
  }

  /** Claims sharing a slot with `ref`. */
  candidates(ref: ClaimRef): ClaimRef[] {
    const out = new Map<number, ClaimRef>();
    for (const key of this.keysOf.get(ref) ?? []) for (const r of this.buckets.get(key) ?? []) if (r !== ref) out.set(r.id, r);
    return [...out.values()];
  }
}

function slotKeys(claim: Claim): string[] {
  const unit = claim.kind === 'count' ? claim.noun : claim.unit;
  return claim.classes.map((cls) => `${claim.kind}|${unit}|${cls}`);
}

function compareClaims(ctx: Context, index: ClaimIndex): Conflict[] {
  const seen = new Set<string>();
  const out: Conflict[] = [];
  for (const [key, refs] of index.buckets) {
    const cls = key.split('|')[2]!;
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        const x = refs[i]!;
        const y = refs[j]!;
        if (x.doc === y.doc) continue;
        const pair = x.id < y.id ? `${x.id}:${y.id}` : `${y.id}:${x.id}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (!comparable(ctx, x, y)) continue;
        if (agree(x.claim, y.claim)) continue;
        out.push({
          kind: x.claim.kind,
          label: slotLabel(x.claim.kind, cls, x.claim),
          a: claimSide(x),
          b: claimSide(y),
        });
      }
    }
  }
  return out;
}

function claimSide(r: ClaimRef): Side {
  return { doc: r.doc, span: r.claim, says: `${r.claim.display}, '${r.claim.text}'`, keyText: r.claim.text };
}

/** Whether two claims that share a slot bucket are about the same thing. */
function comparable(ctx: Context, x: ClaimRef, y: ClaimRef): boolean {
  const a = x.claim;
  const b = y.claim;
  if (!ctx.sameStory(x.doc, y.doc)) return false;
  if (a.kind === 'time' && a.role !== b.role) return false;
  if (a.kind === 'date' && ((a.role === 'start' && b.role === 'end') || (a.role === 'end' && b.role === 'start'))) return false;
  if (a.quoted !== b.quoted && (a.kind === 'date' || a.kind === 'time')) return false;
  // Names in the claims' clauses: two different sets of names are two different things.
  const ea = ctx.claimEntities(x.doc, a);
  const eb = ctx.claimEntities(y.doc, b);
  const sharedClause = overlap(ea, eb);
  if (ea.size && eb.size && sharedClause === 0) {
    // Countries alone do not make a difference ("in Turkey" and "in Istanbul, Turkey").
    const na = [...ea].filter((e) => !isCountryOrRegion(e));
    const nb = [...eb].filter((e) => !isCountryOrRegion(e));
    if (na.length && nb.length) return false;
  }
  if (ANCHORED.has(a.kind)) {
    // Dates, times and years are compared only when the words right around them share something
    // distinctive (a name, a specific word): corresponding sentences often date several events.
    const wa = ctx.localContext(x.doc, a);
    const wb = ctx.localContext(y.doc, b);
    if (overlap(wa.words, wb.words) === 0 && overlap(wa.entities, wb.entities) === 0) return false;
    // Different places right beside the claims: two events.
    if (wa.places.size && wb.places.size && overlap(wa.places, wb.places) === 0) return false;
  }
  return true;
}

/** Whether two claims' intervals meet. Dates without a year meet on month and day. */
function agree(a: Claim, b: Claim): boolean {
  if (a.kind === 'date' && (a.monthDay || b.monthDay)) {
    const [lo1, hi1] = monthDayRange(a, b);
    const [lo2, hi2] = monthDayRange(b, a);
    return lo1 <= hi2 + 1e-9 && lo2 <= hi1 + 1e-9;
  }
  const eps = 1e-9 * Math.max(1, Math.abs(a.lo), Math.abs(b.lo));
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

/** A date as a day range; a date without a year takes the other claim's year. */
function monthDayRange(c: Claim, other: Claim): [number, number] {
  if (!c.monthDay) return [c.lo, c.hi];
  const year = other.monthDay ? 2024 : new Date(((other.lo + other.hi) / 2) * 86400000).getUTCFullYear();
  const d = Date.UTC(year, c.monthDay.month - 1, c.monthDay.day) / 86400000;
  return [d, d];
}

// ---- quotations -----------------------------------------------------------------------------------

interface QuoteRef {
  readonly doc: DocumentAnalysis;
  readonly quote: Quotation;
  readonly words: string[];
  readonly content: Set<string>;
  readonly id: number;
}

/** Quoted words, normalised: lower case, straight apostrophes, no punctuation. */
function quoteWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}

/** Quotations by the story entities of their documents. */
class QuoteIndex {
  readonly refs: QuoteRef[] = [];
  private readonly buckets = new Map<string, number[]>();
  private readonly keysOf = new Map<number, string[]>();
  private readonly byQuote = new Map<Quotation, QuoteRef>();

  constructor(docs: readonly DocumentAnalysis[], ctx: Context) {
    for (const doc of docs) {
      const story = ctx.bucketEntities(doc);
      for (const quote of doc.quotes) {
        const words = quoteWords(quote.text);
        const content = new Set(words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w)).map(stem));
        const ref: QuoteRef = { doc, quote, words, content, id: this.refs.length };
        this.refs.push(ref);
        this.byQuote.set(quote, ref);
        this.keysOf.set(ref.id, story);
        for (const e of story) {
          let b = this.buckets.get(e);
          if (!b) this.buckets.set(e, (b = []));
          b.push(ref.id);
        }
      }
    }
  }

  refOf(doc: DocumentAnalysis, quote: Quotation): QuoteRef | undefined {
    const r = this.byQuote.get(quote);
    return r && r.doc === doc ? r : undefined;
  }

  /** Quotations of documents sharing a story entity with `ref`'s, with the content words they share. */
  candidates(ref: QuoteRef): Array<[QuoteRef, number]> {
    const ids = new Set<number>();
    for (const e of this.keysOf.get(ref.id) ?? []) for (const id of this.buckets.get(e) ?? []) if (id !== ref.id) ids.add(id);
    return [...ids].map((id) => {
      const other = this.refs[id]!;
      let n = 0;
      for (const w of ref.content) if (other.content.has(w)) n++;
      return [other, n];
    });
  }

  /** Every pair of quotations of different documents that share a story entity and a content word. */
  pairs(): Array<[QuoteRef, QuoteRef, number]> {
    const seen = new Set<string>();
    const out: Array<[QuoteRef, QuoteRef, number]> = [];
    for (const ids of this.buckets.values()) {
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const a = this.refs[ids[i]!]!;
          const b = this.refs[ids[j]!]!;
          if (a.doc === b.doc) continue;
          const k = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
          if (seen.has(k)) continue;
          seen.add(k);
          let n = 0;
          for (const w of a.content) if (b.content.has(w)) n++;
          if (n) out.push([a, b, n]);
        }
    }
    return out;
  }
}

/** 'same' (the same words, or a fragment), 'close' (the same statement worded differently), or nothing. */
function judgeQuotes(_ctx: Context, a: QuoteRef, b: QuoteRef): 'same' | 'close' | undefined {
  if (sameWords(a.words, b.words)) return 'same';
  let n = 0;
  for (const w of a.content) if (b.content.has(w)) n++;
  const small = Math.min(a.content.size, b.content.size);
  return n >= 3 && small >= 3 && n / small >= 0.6 ? 'close' : undefined;
}

function compareQuotes(ctx: Context, index: QuoteIndex): Conflict[] {
  const out: Conflict[] = [];
  for (const [a, b] of index.pairs()) {
    if (!ctx.sameStory(a.doc, b.doc)) continue;
    const verdict = judgeQuotes(ctx, a, b);
    if (!verdict) continue;
    const same = verdict === 'same';
    const close = verdict === 'close';
    const sa = a.quote.speaker !== undefined ? ctx.entityName(a.doc, a.quote.speaker) : undefined;
    const sb = b.quote.speaker !== undefined ? ctx.entityName(b.doc, b.quote.speaker) : undefined;
    const differentPeople = !!sa && !!sb && sa.kind === 'person' && sb.kind === 'person' && sa.id !== sb.id;
    const short = (q: Quotation) => (q.text.length > 140 ? q.text.slice(0, 137) + '…' : q.text);
    const side = (r: QuoteRef, who: { name: string } | undefined): Side => ({
      doc: r.doc,
      span: r.quote,
      says: `“${short(r.quote)}”${who ? ` (${who.name})` : ''}`,
      keyText: r.quote.text,
    });
    if (same && differentPeople) {
      // The attribution is what is in dispute: the finding covers the quotation and its speaker.
      const withSpeaker = (r: QuoteRef): Side => {
        const m = r.doc.names[r.quote.speaker!]!;
        return { ...side(r, r === a ? sa : sb), span: { start: Math.min(r.quote.start, m.start), end: Math.max(r.quote.end, m.end) } };
      };
      out.push({ kind: 'attribution', label: 'Same words, different speakers', a: withSpeaker(a), b: withSpeaker(b) });
    } else if (close) {
      out.push({
        kind: 'quotation',
        label: 'Quotation worded differently',
        a: side(a, sa),
        b: side(b, sb),
        detail: (from) => wordDiff(from === 'a' ? a.quote.text : b.quote.text, from === 'a' ? b.quote.text : a.quote.text),
      });
    }
  }
  return out;
}

/** The same words, or one quotation a fragment of the other. */
function sameWords(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

/** "Only here: …; only there: …": the words each wording has that the other lacks, in runs. */
export function wordDiff(here: string, there: string): string {
  const a = quoteWords(here);
  const b = quoteWords(there);
  const n = a.length;
  const m = b.length;
  if (n * m > 250000) return '';
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let runA: string[] = [];
  let runB: string[] = [];
  const flush = () => {
    if (runA.length) onlyA.push(runA.join(' '));
    if (runB.length) onlyB.push(runB.join(' '));
    runA = [];
    runB = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) runB.push(b[j++]!);
    else runA.push(a[i++]!);
  }
  flush();
  const q = (xs: string[]) => (xs.length ? xs.map((x) => `“${x}”`).join(', ') : 'nothing');
  return `Only here: ${q(onlyA)}; only there: ${q(onlyB)}`;
}

// ---- roles ----------------------------------------------------------------------------------------

function compareRoles(ctx: Context): Conflict[] {
  const out: Conflict[] = [];
  for (const entity of ctx.entities.all()) {
    if (entity.kind !== 'person' || entity.roles.size < 2) continue;
    const shaped = [...entity.roles.keys()].sort().map((d) => ({ d, roles: entity.roles.get(d)!.map((r) => ({ r, s: roleShape(r.text) })) }));
    // Fast path: every source gives the same office (the common case, even for much-named people).
    const offices = new Set(shaped.flatMap((x) => x.roles.map((y) => (y.s ? `${y.s.head}|${y.s.rank.join()}|${y.s.domain.join()}|${y.s.former}` : '?'))));
    if (offices.size < 2) continue;
    // Bounded: a person named in very many sources is compared within the first of them only.
    const docs = shaped.slice(0, 200);
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const da = ctx.byId.get(docs[i]!.d);
        const db = ctx.byId.get(docs[j]!.d);
        if (!da || !db || !ctx.sameStory(da, db)) continue;
        const ra = docs[i]!.roles;
        const rb = docs[j]!.roles;
        for (const x of ra) {
          if (!x.s || rb.some((y) => y.s && !rolesDisagree(x.s!, y.s))) continue;
          for (const y of rb) {
            if (!y.s || ra.some((z) => z.s && !rolesDisagree(z.s, y.s!))) continue;
            if (!rolesDisagree(x.s, y.s)) continue;
            out.push({
              kind: 'role',
              label: `Role of ${entity.name}`,
              a: { doc: da, span: x.r, says: `'${x.r.text}'`, keyText: `${entity.name}: ${x.r.text}` },
              b: { doc: db, span: y.r, says: `'${y.r.text}'`, keyText: `${entity.name}: ${y.r.text}` },
            });
          }
        }
      }
    }
  }
  return out;
}

function baseName(id: string): string {
  return id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
}

export { fmt, isoOf };
