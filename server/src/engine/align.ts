/**
 * Corresponding passages: for a sentence of one source, the sentence of each other source that tells
 * the same thing. Sentences are scored with BM25 over stemmed content words and event classes (so
 * "talks" meets "negotiations"), plus the entities and claim slots they share. Candidates come from
 * the postings of the sentence's own terms, so the cost follows the terms, never all sentence pairs.
 * Below a threshold (policy.ts: a share of the sentence's own score, a floor, a share of the best
 * other source's passage) a source has no corresponding passage: nothing rather than noise.
 */
import { eventClass, stem, STOP_WORDS } from './classes';
import type { Claim } from './claims';
import type { DocumentAnalysis } from './document';
import type { EntityIndex } from './entities';
import { COUNTRY_ALIASES, fold } from './lexicon';
import { isStandalone } from './segment';
import { B, BEST_SHARE, ENTITY_WEIGHT, FOCUS_SLOT_BOOST, HEADING_WEIGHT, K1, LEAD_BOOST, LEAD_PASSAGE, MIN_ABSOLUTE, MIN_RELATIVE, RELATED_STORY, RELATEDNESS_SENTENCES, SLOT_WEIGHT, UNFOCUSED_WEIGHT, UNRELATED_RELATIVE, UNRELATED_STORY } from './policy';

/** A sentence of the corpus, as the alignment sees it. */
interface Unit {
  readonly doc: DocumentAnalysis;
  readonly sentence: number;
  readonly heading: boolean;
  /** In its document's lead: its headline or its first LEAD_PASSAGE sentences of prose. */
  readonly lead: boolean;
  /** Content terms and how often each occurs (parallel arrays: far smaller than a map per sentence). */
  readonly terms: readonly string[];
  readonly counts: readonly number[];
  readonly length: number;
  readonly entities: readonly string[];
  readonly slots: readonly string[];
  /** Set when its document is removed or indexed again; postings drop it lazily. */
  dead: boolean;
}

export interface Passage {
  readonly doc: string;
  readonly sentence: number;
  readonly score: number;
  /** The score against the asking sentence's own score (1: as strong as the sentence matched with itself), when asked through `corresponding`. */
  readonly strength?: number;
}

/** What two sentences share (`Alignment.shared`). */
export interface SharedFeatures {
  /** Entity ids both name. */
  readonly entities: readonly string[];
  /** Kinds of claim both state about one thing ("duration", "count"). */
  readonly kinds: readonly string[];
  /** Content words (terms) both use. */
  readonly words: number;
}

export interface AlignOptions {
  /** Plain BM25 over words: no stems, no event classes, entities or claims (the baseline). */
  readonly plain?: boolean;
}


/** Words of country names and their abbreviations: they match through the entities instead. */
const COUNTRY_WORDS = new Set(
  [...COUNTRY_ALIASES.keys(), ...COUNTRY_ALIASES.values()].flatMap((n) => fold(n).split(/[^a-z]+/).filter((w) => w.length >= 2).map(stem)),
);

export class Alignment {
  private readonly byDoc = new Map<string, Unit[]>();
  private readonly postings = new Map<string, Posting>();
  private readonly entityPostings = new Map<string, Posting>();
  private units = 0;
  private totalLength = 0;

  constructor(
    docs: readonly DocumentAnalysis[],
    entities: EntityIndex,
    readonly options: AlignOptions = {},
  ) {
    this.update(docs, [], entities);
  }

  private get avgLength(): number {
    return this.units ? this.totalLength / this.units : 1;
  }

  /**
   * Terms in more sentences than this are too common to find candidates by (they still score): 5% of
   * the sentences, at least 200, and at most 1,000, so that a query's cost stays flat in a large corpus.
   */
  private get maxPostings(): number {
    return Math.min(1000, Math.max(200, Math.ceil(this.units * 0.05)));
  }

  /** Adds or replaces `changed` documents (new texts, or names linked anew) and drops `removed` ones. */
  update(changed: readonly DocumentAnalysis[], removed: readonly string[], entities: EntityIndex): void {
    this.related.clear();
    for (const id of [...removed, ...changed.map((d) => d.id)]) {
      for (const unit of this.byDoc.get(id) ?? []) {
        this.units--;
        this.totalLength -= unit.length;
        unit.dead = true;
        for (const t of unit.terms) unpost(this.postings, t);
        for (const e of unit.entities) unpost(this.entityPostings, e);
      }
      this.byDoc.delete(id);
    }
    for (const doc of changed) this.add(doc, entities);
  }

  private add(doc: DocumentAnalysis, entities: EntityIndex): void {
    const options = this.options;
    const list: Unit[] = [];
    const mentions = entities.inDoc(doc.id);
    let mi = 0;
    let prose = 0;
    // Claims by sentence, once: a scan of every claim for every sentence is quadratic in a long file.
    const claimsOf = new Map<number, Claim[]>();
    if (!options.plain) for (const c of doc.claims) (claimsOf.get(c.sentence) ?? claimsOf.set(c.sentence, []).get(c.sentence)!).push(c);
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si]!;
      const ents = new Set<string>();
      while (mi < mentions.length && mentions[mi]!.mention.start < s.start) mi++;
      // Names count through the entity channel, once each: their words are left out of the terms.
      let text = doc.text.slice(s.start, s.end);
      for (let k = mi; k < mentions.length && mentions[k]!.mention.start < s.end; k++) {
        const m = mentions[k]!.mention;
        ents.add(mentions[k]!.entity.id);
        if (!options.plain && m.end <= s.end) text = text.slice(0, m.start - s.start) + ' '.repeat(m.end - m.start) + text.slice(m.end - s.start);
      }
      // A page address or a publication stamp on a line of its own (a saved web page's first
      // lines) tells nothing, and is not the story's lead.
      const address = !options.plain && isStandalone(text);
      const terms = address ? new Map<string, number>() : termsOf(options.plain ? doc.text.slice(s.start, s.end) : text, options.plain === true);
      if (address) ents.clear();
      if (!options.plain) for (const w of COUNTRY_WORDS) terms.delete(w);
      const slots = new Set<string>();
      for (const c of claimsOf.get(si) ?? []) for (const slot of slotsOf(c)) slots.add(slot);
      let length = 0;
      for (const n of terms.values()) length += n;
      const heading = s.kind === 'heading' || s.kind === 'toc';
      const lead = heading ? prose === 0 : prose < LEAD_PASSAGE;
      if (!heading && terms.size) prose++;
      const unit: Unit = {
        doc,
        sentence: si,
        heading,
        lead,
        terms: [...terms.keys()],
        counts: [...terms.values()],
        length,
        entities: options.plain || ents.size === 0 ? NONE : [...ents],
        slots: slots.size ? [...slots] : NONE,
        dead: false,
      };
      list.push(unit);
      this.units++;
      this.totalLength += length;
      for (const t of unit.terms) post(this.postings, t, unit);
      for (const e of unit.entities) post(this.entityPostings, e, unit);
    }
    this.byDoc.set(doc.id, list);
  }

  /**
   * The corresponding passage in each other document for sentence `sentence` of `doc`, best first;
   * documents with nothing above the threshold are left out.
   */
  corresponding(doc: string, sentence: number, focus?: number): Passage[] {
    const q = this.byDoc.get(doc)?.[sentence];
    if (!q) return [];
    const weights = this.focusWeights(q, focus);
    const best = new Map<string, Passage>();
    const self = this.score(q, q, weights);
    const found = this.candidates(q, weights);
    // The best score in any other document: a passage far weaker than it is no passage (BEST_SHARE).
    let top = 0;
    for (const [u, score] of found) if (u.doc.id !== doc && score > top) top = score;
    for (const [u, raw] of found) {
      if (u.doc.id === doc) continue;
      // The thresholds weigh the words, names and slots; the focused claim's kind only orders.
      // A source that tells this document's story gets its best passage; one that barely touches it
      // gets only a close one (RELATED_STORY, UNRELATED_STORY).
      const story = this.relatedness(doc).get(u.doc.id) ?? 0;
      const enough =
        story >= RELATED_STORY
          ? raw >= MIN_ABSOLUTE
          : raw >= MIN_ABSOLUTE && raw >= (story < UNRELATED_STORY ? UNRELATED_RELATIVE : MIN_RELATIVE) * self && raw >= BEST_SHARE * top;
      if (!enough) continue;
      const score = focusBoost(u, weights, raw);
      const prev = best.get(u.doc.id);
      // Ties go to the earlier sentence, whatever order the candidates came in.
      if (!prev || score > prev.score || (score === prev.score && u.sentence < prev.sentence)) best.set(u.doc.id, { doc: u.doc.id, sentence: u.sentence, score, strength: self > 0 ? raw / self : 0 });
    }
    return [...best.values()].sort((a, b) => b.score - a.score || (a.doc < b.doc ? -1 : 1));
  }

  /**
   * What two sentences share, for telling a reader why one is offered for the other: the entities
   * both name, the kinds of claim both state about one thing (a slot in common: "duration", "count"),
   * and how many content words both use (not counting the event classes the index adds as `#` terms).
   */
  shared(doc: string, sentence: number, other: string, otherSentence: number): SharedFeatures {
    const a = this.byDoc.get(doc)?.[sentence];
    const b = this.byDoc.get(other)?.[otherSentence];
    if (!a || !b) return { entities: [], kinds: [], words: 0 };
    const eb = new Set(b.entities);
    const sb = new Set(b.slots);
    const tb = new Set(b.terms);
    const kinds = new Set<string>();
    for (const slot of a.slots) if (sb.has(slot)) kinds.add(slot.slice(0, slot.search(/[|#]/)));
    return { entities: [...new Set(a.entities.filter((e) => eb.has(e)))], kinds: [...kinds].sort(), words: a.terms.filter((t) => !t.startsWith('#') && tb.has(t)).length };
  }

  private readonly related = new Map<string, Map<string, number>>();

  /**
   * How closely each other document tells `doc`'s story: the mean, over `doc`'s first
   * RELATEDNESS_SENTENCES sentences, of the best passage's strength in it (0 where it offers none).
   * Found through the postings, as F12 on those sentences would; kept until the corpus changes.
   */
  relatedness(doc: string): Map<string, number> {
    let out = this.related.get(doc);
    if (out) return out;
    out = new Map();
    const units = this.byDoc.get(doc) ?? [];
    let n = 0;
    for (const q of units.slice(0, RELATEDNESS_SENTENCES)) {
      const self = this.score(q, q);
      if (!(self > 0)) continue;
      n++;
      const best = new Map<string, number>();
      for (const [u, raw] of this.candidates(q)) if (u.doc.id !== doc && raw > (best.get(u.doc.id) ?? 0)) best.set(u.doc.id, raw);
      for (const [d, raw] of best) out.set(d, (out.get(d) ?? 0) + Math.min(1, raw / self));
    }
    for (const [d, v] of out) out.set(d, v / Math.max(1, n));
    this.related.set(doc, out);
    return out;
  }

  /** Every sentence of `target` ranked against sentence `sentence` of `doc`, best first (for evaluation). */
  rank(doc: string, sentence: number, target: string, focus?: number): Passage[] {
    const q = this.byDoc.get(doc)?.[sentence];
    const units = this.byDoc.get(target);
    if (!q || !units) return [];
    const weights = this.focusWeights(q, focus);
    return units
      .map((u) => ({ doc: target, sentence: u.sentence, score: focusBoost(u, weights, this.score(q, u, weights)) }))
      .filter((p) => p.score > 0)
      .sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  }

  /** Scores of the sentences sharing a term or an entity with `q`, found through the postings. */
  /**
   * Term weights for a query focused on offset `focus`: the words of the clause around it count
   * more, so that a long sentence telling several things finds the passage about the one pointed at.
   */
  private focusWeights(q: Unit, focus: number | undefined): Map<string, number> | undefined {
    if (focus === undefined || this.options.plain) return undefined;
    const s = q.doc.sentences[q.sentence]!;
    const text = q.doc.text;
    // Clause bounds: punctuation and clause words; not "and", which joins numbers ("four and a half").
    const bounds = /[,;:—–()]|\s(?:which|who|while|whereas|but)\s/g;
    let start = s.start;
    let end = s.end;
    bounds.lastIndex = s.start;
    let m: RegExpExecArray | null;
    while ((m = bounds.exec(text)) !== null && m.index < s.end) {
      if (m.index < focus) start = m.index + m[0].length;
      else {
        end = m.index;
        break;
      }
    }
    // The slots of the claims in that clause: a sentence stating the same kind of thing (a count of
    // pre-orders, a date of shipping) is what F12 on a number or a date looks for.
    const focused: string[] = [];
    for (const c of q.doc.claims) {
      if (c.sentence !== q.sentence || c.end <= start || c.start >= end) continue;
      for (const slot of slotsOf(c)) focused.push(slot);
    }
    const whole = start === s.start && end === s.end;
    if (whole && !focused.length) return undefined;
    const weights = new Map<string, number>();
    if (!whole) {
      const inClause = termsOf(text.slice(start, end), false);
      for (const t of q.terms) if (!inClause.has(t)) weights.set(t, UNFOCUSED_WEIGHT);
    }
    for (const slot of focused) weights.set(FOCUSED + slot, 1);
    return weights;
  }

  private candidates(q: Unit, weights?: Map<string, number>): Map<Unit, number> {
    const found = new Set<Unit>();
    const max = this.maxPostings;
    for (const t of q.terms) {
      const p = this.postings.get(t);
      if (p && p.live <= max) for (const u of p.units) if (!u.dead) found.add(u);
    }
    for (const e of q.entities) {
      const p = this.entityPostings.get(e);
      if (p && p.live <= max) for (const u of p.units) if (!u.dead) found.add(u);
    }
    const query = queryOf(q);
    const out = new Map<Unit, number>();
    for (const u of found) out.set(u, this.score(query, u, weights));
    return out;
  }

  private idf(df: number): number {
    const n = this.units;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private score(q: Unit | Query, d: Unit, weights?: Map<string, number>): number {
    const query = 'tf' in q ? q : queryOf(q);
    let s = 0;
    for (let i = 0; i < d.terms.length; i++) {
      const t = d.terms[i]!;
      if (!query.tf.has(t)) continue;
      const tf = d.counts[i]!;
      const norm = tf + K1 * (1 - B + (B * d.length) / this.avgLength);
      s += (weights?.get(t) ?? 1) * this.idf(this.postings.get(t)?.live ?? 1) * ((tf * (K1 + 1)) / norm);
    }
    // Shared names, weighted by how rare they are: "Russia" in every sentence counts for little.
    for (const e of d.entities) if (query.entities.has(e)) s += ENTITY_WEIGHT * this.idf(this.entityPostings.get(e)?.live ?? 1);
    for (const slot of d.slots) if (query.slots.has(slot)) s += SLOT_WEIGHT;
    // A query focused on a clause, or on a claim, asks for that thing wherever a story tells it: no lead weight.
    if (!this.options.plain && d.lead && weights === undefined) s *= 1 + LEAD_BOOST;
    return d.heading && !query.unit.heading && !this.options.plain ? s * HEADING_WEIGHT : s;
  }
}

/** Units every crowd, toll or span has: no sign of one thing measured. */
const GENERIC_UNITS = new Set(['people', 'person', 'year', 'day', 'time', 'thing']);

/** Prefix of a focused claim's slot in a query's weights. */
const FOCUSED = '>';

/** A sentence holding a slot of the claim F12 was asked on weighs FOCUS_SLOT_BOOST more. */
function focusBoost(d: Unit, weights: Map<string, number> | undefined, score: number): number {
  return weights && d.slots.some((slot) => weights.has(FOCUSED + slot)) ? score * (1 + FOCUS_SLOT_BOOST) : score;
}

/** The slots of a claim: its kind with each event class, and what a count or a number measures ("pre-order"). */
function slotsOf(c: Claim): string[] {
  const out = c.classes.map((cls) => `${c.kind}|${cls}`);
  if ((c.kind === 'count' || c.kind === 'number') && /^\p{L}{3,}/u.test(c.unit) && !GENERIC_UNITS.has(c.unit)) out.push(`${c.kind}#${c.unit}`);
  return out;
}

/** A sentence as a query: its terms, names and slots as sets, built once per query. */
interface Query {
  readonly unit: Unit;
  readonly tf: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  readonly slots: ReadonlySet<string>;
}

function queryOf(unit: Unit): Query {
  return { unit, tf: new Set(unit.terms), entities: new Set(unit.entities), slots: new Set(unit.slots) };
}

const NONE: readonly string[] = Object.freeze([]);

/** The sentences holding a term (or naming an entity); removed ones linger until the list is compacted. */
interface Posting {
  units: Unit[];
  live: number;
}

function post(map: Map<string, Posting>, key: string, unit: Unit): void {
  let p = map.get(key);
  if (!p) map.set(key, (p = { units: [], live: 0 }));
  p.units.push(unit);
  p.live++;
}

function unpost(map: Map<string, Posting>, key: string): void {
  const p = map.get(key);
  if (!p) return;
  p.live--;
  if (p.live === 0) map.delete(key);
  else if (p.units.length > 2 * p.live + 8) p.units = p.units.filter((u) => !u.dead);
}

/** Content terms of a sentence: stems and event classes, or (plain) lower-cased words. */
function termsOf(text: string, plain: boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*|\p{N}+/gu) ?? []) {
    const word = w.replace(/['’]s$/, '');
    if (STOP_WORDS.has(word) || (word.length < 3 && !/\d/.test(word))) continue;
    const term = plain ? word : stem(word);
    out.set(term, (out.get(term) ?? 0) + 1);
    if (!plain) {
      // An event class counts once per sentence: "meeting ... consultations ... dialogue" is one topic.
      const cls = eventClass(word);
      if (cls) out.set(`#${cls}`, 1);
    }
  }
  return out;
}
