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
import { isZoneAbbreviation } from './lexicon/zones';
import { type Claim, datelineEnd, fmt, isoOf, KINDS, kindOf } from './claims';
import { intervalsMeet } from './claims/kind';
import { eventClass, nounClass, PEOPLE_PARTS, stem, STOP_WORDS } from './classes';
import type { DocumentAnalysis } from './document';
import { framesDiffer, isLearningMoment, sameMeasure, sameThing } from './frames/frame';
import { CONTRACTIONS, END_VERBS, MEASURE_WORDS, ORDINALS, SLIP_WORDS, START_VERBS, SWAP_WORDS } from './lexicon/words';
import type { Entity, EntityIndex } from './entities';
import { lastNameBefore, type NameMention } from './names';
import type { Finding, FindingKind, RelatedPassage, Verdict, VerdictOf } from './findings';
import { COUNTRY_ALIASES, fold, GIVEN_NAMES, PLACES } from './lexicon';
import { PERSON_NOUNS } from './lexicon/words';
import { CALENDAR_WORDS } from './lexicon/calendar';
import type { Quotation } from './quotes';
import { officePair, rolesDisagree, roleShape } from './roles';
import type { Span } from './types';
import { ATTRIBUTION_MIN_WORDS, BUCKET_LIMIT, CLEAR_EVIDENCE_NEEDED, CLEAR_WEIGHT, CONFLICT_BAR, EVIDENCE_NEEDED, GROUP_LIMIT, LEAD_SENTENCES, LEAD_SHARE, LEAD_WEIGHT, MAX_RATIO, MOMENT_EVIDENCE_NEEDED, NEAR_WINDOW, PRONOUN_REACH, SLIP_MAX_WORDS, SLIP_MIN_WORDS, FLAT_MIN_LETTERS, STATEMENT_PLAIN_SHARE, NEAR_WORDS, NEAR_WORDS_STRONG, OVERLAP_WEIGHT, PREDICATE_WEIGHT, THING_WEIGHT, TOPIC_SHARE, TYPO_MIN_LENGTH, WINDOW } from './policy';

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
  /** Why the two were compared, for people ("both 'killed', both 'people'"). */
  readonly why?: string;
}

/** What another source says about the same thing as a claim or a quotation. */
export interface Counterpart {
  readonly doc: string;
  readonly span: Span;
  readonly says: string;
  readonly agrees: boolean;
}

/** A claim, quotation or role of one source, as a member of a group about one thing. */
export interface GroupMember {
  readonly doc: string;
  readonly span: Span;
  /** As written. */
  readonly text: string;
  /** Normalised: "6.2–6.5 h", "2025-02-27", a quotation's speaker. */
  readonly display: string;
  readonly claim?: Claim;
  readonly quote?: Quotation;
  /** The other members it conflicts with (indexes into the group's members). */
  readonly conflicts: GroupConflict[];
}

/** A conflict of a group member with another (an index into the group's members). */
export interface GroupConflict {
  readonly with: number;
  readonly kind: FindingKind;
  /** The conflict's key (Finding.key), for verdicts. */
  readonly key: string;
  /** The user's verdict on it, if any. */
  readonly verdict?: Verdict;
}

/**
 * Claims of several sources about one thing (a claim slot, a quotation, a person's role): the
 * members are linked by the same comparisons that make findings, so a conflict here is a finding
 * there. A group of one source's claims only is a claim no other source makes.
 */
export interface ClaimGroup {
  readonly kind: Claim['kind'] | 'quotation' | 'role';
  /** "Duration of the talks", "Quotation of Priya Raman", "Role of Jane Doe". */
  readonly label: string;
  /** The name most members' sources give right beside the claim ("Istanbul"), if any. */
  readonly context?: string;
  readonly members: GroupMember[];
}


/**
 * The comparison of a corpus's documents: findings for the Problems panel, and each claim's
 * counterparts for hovers. Kept up to date document by document: conflicts are stored with both
 * their documents, and an update compares again only the documents it makes dirty (their text, their
 * links or their candidate buckets changed). Built from scratch or updated, the result is the same.
 */
export class Comparison {
  private readonly ctx: Context;
  private readonly claims: ClaimIndex;
  private readonly quotes = new QuoteIndex();
  /** Conflicts of claims and quotations, by each of their two documents. */
  private readonly conflictsByDoc = new Map<string, Set<Conflict>>();
  /** Role conflicts by entity (a role conflict is about one person across sources). */
  private readonly roleConflicts = new Map<string, Conflict[]>();
  private readonly findingsCache = new Map<string, Finding[]>();
  private verdicts: VerdictOf = () => undefined;
  private readonly reviewed = (key: string): boolean => this.verdicts(key) === 'dismissed';
  /** Whether findings include the claims no other source makes. */
  private singleSource = false;

  constructor(docs: readonly DocumentAnalysis[], entities: EntityIndex) {
    this.ctx = new Context(entities);
    this.claims = this.ctx.claimIndex;
    this.update(docs, [], new Set(docs.map((d) => d.id)), new Set(entities.all().map((e) => e.id)));
  }

  /**
   * Brings the comparison up to date: `changed` documents are new or have a new text, `removed`
   * ones are gone, `dirty` ones (a superset of the changed) must be compared again, and the roles
   * of `entities` must be compared again. Returns the documents whose findings may have changed.
   */
  update(changed: readonly DocumentAnalysis[], removed: readonly string[], dirty: ReadonlySet<string>, entities: ReadonlySet<string>): Set<string> {
    const affected = new Set<string>([...dirty, ...removed]);
    // Whether a claim is the only one of its kind rests on the claims of the documents sharing its
    // buckets: those of the dirty documents' old claims (before) and of their new ones (after).
    const neighbours = () => {
      if (!this.singleSource) return;
      for (const id of [...dirty, ...removed]) {
        for (const r of this.claims.ofDoc(id)) for (const o of this.claims.candidates(r)) affected.add(o.doc.id);
        for (const r of this.quotes.ofDoc(id)) for (const o of this.quotes.candidates(r)) affected.add(o.doc.id);
      }
    };
    neighbours();
    for (const id of removed) this.ctx.byId.delete(id);
    for (const d of changed) this.ctx.byId.set(d.id, d);
    for (const id of [...dirty, ...removed]) {
      this.ctx.forget(id);
      this.claims.remove(id);
      this.quotes.remove(id);
      for (const c of this.conflictsByDoc.get(id) ?? []) {
        const other = c.a.doc.id === id ? c.b.doc.id : c.a.doc.id;
        this.conflictsByDoc.get(other)?.delete(c);
        affected.add(other);
      }
      this.conflictsByDoc.delete(id);
    }
    const todo = [...dirty].filter((id) => this.ctx.byId.has(id)).sort();
    for (const id of todo) {
      const doc = this.ctx.byId.get(id)!;
      const story = this.ctx.bucketEntities(doc);
      this.claims.add(doc, story);
      this.quotes.add(doc, story);
    }
    const record = (c: Conflict) => {
      for (const d of [c.a.doc.id, c.b.doc.id]) {
        let set = this.conflictsByDoc.get(d);
        if (!set) this.conflictsByDoc.set(d, (set = new Set()));
        set.add(c);
        affected.add(d);
      }
    };
    const isDirty = (id: string) => dirty.has(id);
    for (const id of todo) {
      const doc = this.ctx.byId.get(id)!;
      for (const c of compareClaimsOf(this.ctx, this.claims, doc, isDirty)) record(c);
      for (const c of compareQuotesOf(this.ctx, this.quotes, doc, isDirty)) record(c);
    }
    // Roles: every entity named in a dirty document, and those the caller names.
    const people = new Set(entities);
    for (const id of todo) for (const { entity } of this.ctx.entities.inDoc(id)) people.add(entity.id);
    for (const id of people) {
      for (const c of this.roleConflicts.get(id) ?? []) {
        for (const d of [c.a.doc.id, c.b.doc.id]) {
          this.conflictsByDoc.get(d)?.delete(c);
          affected.add(d);
        }
      }
      this.roleConflicts.delete(id);
      const entity = this.ctx.entities.get(id);
      const found = entity ? compareRoles(this.ctx, entity) : [];
      if (found.length) this.roleConflicts.set(id, found);
      for (const c of found) record(c);
    }
    neighbours();
    for (const id of affected) this.findingsCache.delete(id);
    return affected;
  }

  /** Sets the user's verdicts (by key): dismissed conflicts are no longer reported, confirmed ones are marked. */
  setVerdicts(verdicts: VerdictOf): void {
    this.verdicts = verdicts;
    this.findingsCache.clear();
  }

  /** A group member's conflict, with its key and the user's verdict on it. */
  private groupConflict(withIndex: number, kind: FindingKind, key: string): GroupConflict {
    const verdict = this.verdicts(key);
    return { with: withIndex, kind, key, ...(verdict ? { verdict } : {}) };
  }

  /** Whether findings include claims and quotations that no other source makes (kind `single-source`). */
  setSingleSource(on: boolean): void {
    if (on === this.singleSource) return;
    this.singleSource = on;
    this.findingsCache.clear();
  }

  /** The findings of document `id`. */
  findingsFor(id: string): Finding[] {
    let f = this.findingsCache.get(id);
    if (!f) {
      const doc = this.ctx.byId.get(id);
      f = doc ? buildFindings(doc, this.conflictsByDoc.get(id) ?? new Set(), this.verdicts) : [];
      if (doc && this.singleSource) f = [...f, ...this.singleSourceFindings(doc)].sort(byPlace);
      this.findingsCache.set(id, f);
    }
    return f;
  }

  /** Claims and quotations of `doc` that no other source makes. */
  private singleSourceFindings(doc: DocumentAnalysis): Finding[] {
    const out: Finding[] = [];
    const push = (span: Span, label: string, says: string, keyText: string) => {
      const key = conflictKey('single-source', keyText, label);
      if (this.reviewed(key)) return;
      out.push({ kind: 'single-source', doc: doc.id, span, message: `Only this source: ${label}: ${says}`, related: [], key });
    };
    const refs = this.claims.ofDoc(doc.id);
    const linkedElsewhere = new Set(refs.filter((me) => this.claims.candidates(me).some((o) => o.doc !== doc && linked(this.ctx, ...ordered(me, o)))));
    for (const me of refs) {
      // A claim is corroborated when it, or the same claim repeated in this source, is linked to another source's.
      if (linkedElsewhere.has(me) || refs.some((o) => linkedElsewhere.has(o) && isRepeat(me, o))) continue;
      push(me.claim, slotLabel(me.claim.kind, firstClass(me.claim), me.claim), claimSide(me).says, me.claim.text);
    }
    for (const me of this.quotes.ofDoc(doc.id)) {
      if (!isStatement(me.quote.text)) continue;
      if (this.quotes.candidates(me).some((o) => o.doc !== doc && quotesLinked(this.ctx, me, o))) continue;
      const who = me.quote.speaker !== undefined ? this.ctx.entityName(doc, me.quote.speaker) : undefined;
      push(me.quote, who ? `Quotation of ${who.name}` : 'Quotation', `“${shortQuote(me.quote.text)}”`, me.quote.text);
    }
    return out;
  }

  /** Findings by document, for every document with any. */
  findings(): Map<string, Finding[]> {
    const out = new Map<string, Finding[]>();
    for (const id of [...this.ctx.byId.keys()].sort()) {
      const f = this.findingsFor(id);
      if (f.length) out.set(id, f);
    }
    return out;
  }

  /**
   * Why two claims of two documents make a conflict or do not: "conflict", "agree", or the first
   * reason they are not compared. For judging and for developing kinds (test/eval/why.ts).
   */
  explain(docA: DocumentAnalysis, a: Claim, docB: DocumentAnalysis, b: Claim): string {
    const x = this.claims.refOf(docA, a);
    const y = this.claims.refOf(docB, b);
    if (!x || !y) return `not indexed: ${!x ? 'the first' : 'the second'} claim is not one of its source's claims`;
    if (a.kind !== b.kind) return `two kinds (${a.kind}, ${b.kind})`;
    if (x.bucket !== y.bucket) return `two units (${x.bucket}, ${y.bucket})`;
    if (!x.story.some((e) => y.story.includes(e))) return `no candidate bucket in common (no shared name named in 2 to ${BUCKET_LIMIT} sources)`;
    const [p, q] = ordered(x, y);
    const why = whyNotCompared(this.ctx, p, q);
    if (why) return why;
    if (agree(a, b)) return 'agree';
    if (statesBoth(this.ctx, p, q) || statesBoth(this.ctx, q, p)) return 'one source states both values';
    const c = confidence(this.ctx, p, q);
    if (c.score < CONFLICT_BAR) return `unsure: confidence ${c.score.toFixed(2)} below ${CONFLICT_BAR}${c.reasons.length ? ` (${c.reasons.join('; ')})` : ''}`;
    return 'conflict';
  }

  /** Why two quotations of two documents make a finding or not (see `explain`). */
  explainQuotes(docA: DocumentAnalysis, a: Quotation, docB: DocumentAnalysis, b: Quotation): string {
    const x = this.quotes.refOf(docA, a);
    const y = this.quotes.refOf(docB, b);
    if (!x || !y) return 'not indexed';
    if (!this.ctx.sameStory(x.doc, y.doc)) return 'the two sources tell different stories (no name in common)';
    const verdict = judgeQuotes(x, y);
    if (!verdict) return 'different statements (too few content words in common)';
    const c = quoteConflict(this.ctx, ...ordered(x, y));
    const who = (r: QuoteRef) => (r.quote.speaker !== undefined ? this.ctx.entityName(r.doc, r.quote.speaker)?.name ?? '?' : 'no speaker');
    return c ? c.kind : `${verdict === 'same' ? 'the same words' : oneStatement(this.ctx, x, y) ? 'close wording' : 'close wording, but no one speaker and little in common besides names'}, no finding (speakers ${who(x)} / ${who(y)})`;
  }

  /** The claims of other sources about the same thing as `claim`, and whether each agrees. */
  claimCounterparts(doc: DocumentAnalysis, claim: Claim): Counterpart[] {
    const out: Counterpart[] = [];
    const me = this.claims.refOf(doc, claim);
    if (!me) return out;
    for (const other of this.claims.candidates(me)) {
      if (other.doc === doc || !comparable(this.ctx, me, other) || unsure(this.ctx, me, other)) continue;
      out.push({ doc: other.doc.id, span: other.claim, says: claimSide(other).says, agrees: !disagree(this.ctx, me, other) });
    }
    return out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.span.start - b.span.start));
  }

  /**
   * The groups of claims, quotations and roles that involve documents `focus` (every document when
   * undefined), reaching into other documents through the comparison's own candidate indexes.
   * Deterministic: groups come in document and text order of their first member.
   */
  groups(focus?: ReadonlySet<string>): ClaimGroup[] {
    const ids = [...(focus ?? this.ctx.byId.keys())].filter((id) => this.ctx.byId.has(id)).sort();
    const out: ClaimGroup[] = [];
    const seenClaims = new Set<ClaimRef>();
    const seenQuotes = new Set<QuoteRef>();
    // With a focus, a group holds the focus documents' claims and the claims linked to them directly
    // (not the chains beyond, which in a large corpus reach into other stories).
    const expand = (doc: DocumentAnalysis) => !focus || focus.has(doc.id);
    const claimGroups: Array<{ group: ClaimGroup; refs: ClaimRef[] }> = [];
    const quoteGroups: ClaimGroup[] = [];
    for (const id of ids) {
      for (const ref of this.claims.ofDoc(id)) if (!seenClaims.has(ref)) claimGroups.push(this.claimGroup(ref, seenClaims, expand));
      for (const ref of this.quotes.ofDoc(id)) if (!seenQuotes.has(ref)) quoteGroups.push(this.quoteGroup(ref, seenQuotes, expand));
    }
    out.push(...joinRepeats(claimGroups));
    // Quotations: one or two quoted words (scare quotes) make no group; a source quoting the same
    // words twice, and no other source, makes one group.
    const lone = new Map<string, ClaimGroup>();
    for (const g of quoteGroups) {
      if (!g.members.some((m) => isStatement(m.text))) continue;
      const m = g.members[0]!;
      if (g.members.length === 1) {
        const key = `${m.doc}\u0000${m.text}`;
        const same = lone.get(key);
        if (same) {
          same.members.push(m);
          continue;
        }
        lone.set(key, g);
      }
      out.push(g);
    }
    const people = new Set<string>();
    for (const id of ids) for (const { entity } of this.ctx.entities.inDoc(id)) if (entity.kind === 'person' && entity.roles.size >= 2) people.add(entity.id);
    for (const id of [...people].sort()) {
      const g = this.roleGroup(this.ctx.entities.get(id)!);
      if (g) out.push(g);
    }
    return out;
  }

  private claimGroup(start: ClaimRef, seen: Set<ClaimRef>, expand: (doc: DocumentAnalysis) => boolean): { group: ClaimGroup; refs: ClaimRef[] } {
    const { members, edges } = gather(start, seen, expand, (r) => this.claims.candidates(r), (r) => r.claim.start, (x, y) => {
      const link = linked(this.ctx, x, y);
      if (link === 'compared' && unsure(this.ctx, x, y)) return undefined;
      return link === 'compared' ? 'edge' : link ? 'member' : undefined;
    });
    const at = new Map(members.map((m, i) => [m, i]));
    const conflicts = members.map(() => [] as GroupConflict[]);
    const classes = new Map<string, number>();
    for (const [x, y] of edges) {
      const i = at.get(x);
      const j = at.get(y);
      if (i === undefined || j === undefined) continue;
      for (const c of x.claim.classes) if (y.claim.classes.includes(c)) classes.set(c, (classes.get(c) ?? 0) + 1);
      if (!disagree(this.ctx, x, y)) continue;
      // The finding's kind: an update for a running figure a later source gives anew.
      const kind: FindingKind = updateOf(x, y) ? 'update' : x.claim.kind;
      const key = conflictKey(kind, x.claim.text, y.claim.text);
      conflicts[i]!.push(this.groupConflict(j, kind, key));
      conflicts[j]!.push(this.groupConflict(i, kind, key));
    }
    const first = members[0]!.claim;
    // The label names the event class most pairs share (a lone claim: its first class).
    let cls = firstClass(first);
    let best = 0;
    for (const [c, n] of classes) if (n > best) [cls, best] = [c, n];
    // Names other than countries tell events apart best; a country only when nothing else does.
    const near = members.map((m) => ({ doc: m.doc, local: this.ctx.localContext(m.doc, m.claim) }));
    const context =
      this.groupContext(near.map((n) => ({ doc: n.doc, entities: n.local.entities }))) ??
      (ANCHORED.has(first.kind) ? this.groupContext(near.map((n) => ({ doc: n.doc, entities: n.local.named }))) : undefined);
    const group: ClaimGroup = {
      kind: first.kind,
      label: slotLabel(first.kind, cls, first),
      ...(context ? { context } : {}),
      members: members.map((m, i) => ({ doc: m.doc.id, span: m.claim, text: m.claim.text, display: m.claim.display, claim: m.claim, conflicts: conflicts[i]!.sort(byWith) })),
    };
    return { group, refs: members };
  }

  private quoteGroup(start: QuoteRef, seen: Set<QuoteRef>, expand: (doc: DocumentAnalysis) => boolean): ClaimGroup {
    const { members, edges } = gather(start, seen, expand, (r) => this.quotes.candidates(r), (r) => r.quote.start, (x, y) =>
      quotesLinked(this.ctx, x, y) ? 'edge' : undefined,
    );
    const at = new Map(members.map((m, i) => [m, i]));
    const conflicts = members.map(() => [] as GroupConflict[]);
    for (const [x, y] of edges) {
      const i = at.get(x);
      const j = at.get(y);
      // A group cut at GROUP_LIMIT keeps edges between its members only.
      if (i === undefined || j === undefined) continue;
      const c = quoteConflict(this.ctx, x, y);
      if (!c) continue;
      const key = conflictKey(c.kind, c.a.keyText, c.b.keyText);
      conflicts[i]!.push(this.groupConflict(j, c.kind, key));
      conflicts[j]!.push(this.groupConflict(i, c.kind, key));
    }
    const speakers = members.map((m) => (m.quote.speaker !== undefined ? this.ctx.entityName(m.doc, m.quote.speaker) : undefined));
    // The speaker most sources name.
    const votes = new Map<string, number>();
    for (const s of speakers) if (s) votes.set(s.name, (votes.get(s.name) ?? 0) + (s.kind === 'person' ? 2 : 1));
    let speaker: string | undefined;
    let best = 0;
    for (const [name, n] of votes) if (n > best) [speaker, best] = [name, n];
    // The longest wording tells the quotation apart from the speaker's others.
    const longest = members.reduce((a, b) => (b.quote.text.length > a.quote.text.length ? b : a)).quote.text.replace(/\s+/g, ' ').trim();
    return {
      kind: 'quotation',
      label: speaker ? `Quotation of ${speaker}` : 'Quotation',
      context: `“${longest.length > 60 ? longest.slice(0, 59).trimEnd() + '…' : longest}”`,
      members: members.map((m, i) => ({
        doc: m.doc.id,
        span: m.quote,
        text: m.quote.text,
        display: speakers[i] ? speakers[i]!.name : 'no speaker named',
        quote: m.quote,
        conflicts: conflicts[i]!.sort(byWith),
      })),
    };
  }

  private roleGroup(entity: Entity): ClaimGroup | undefined {
    const members: GroupMember[] = [];
    const at = new Map<Span, number>();
    for (const d of [...entity.roles.keys()].sort().slice(0, GROUP_LIMIT)) {
      for (const r of entity.roles.get(d)!) {
        at.set(r, members.length);
        members.push({ doc: d, span: r, text: r.text, display: r.text, conflicts: [] });
      }
    }
    for (const c of this.roleConflicts.get(entity.id) ?? []) {
      const i = at.get(c.a.span);
      const j = at.get(c.b.span);
      if (i === undefined || j === undefined) continue;
      const key = conflictKey(c.kind, c.a.keyText, c.b.keyText);
      members[i]!.conflicts.push(this.groupConflict(j, 'role', key));
      members[j]!.conflicts.push(this.groupConflict(i, 'role', key));
    }
    for (const m of members) m.conflicts.sort(byWith);
    return members.length ? { kind: 'role', label: `Role of ${entity.name}`, members } : undefined;
  }

  /**
   * The name given right beside the claims by most of a group's sources (at least half of them,
   * and at least one), places first: it tells two groups with one label apart ("Date of the talks").
   */
  private groupContext(members: Array<{ doc: DocumentAnalysis; entities: Set<string> }>): string | undefined {
    const docsOf = new Map<string, Set<string>>();
    const sources = new Set<string>();
    for (const m of members) {
      sources.add(m.doc.id);
      for (const e of m.entities) {
        let s = docsOf.get(e);
        if (!s) docsOf.set(e, (s = new Set()));
        s.add(m.doc.id);
      }
    }
    let best: { name: string; n: number; place: boolean } | undefined;
    for (const e of [...docsOf.keys()].sort()) {
      const entity = this.ctx.entities.get(e);
      if (!entity) continue;
      const n = docsOf.get(e)!.size;
      if (n * 2 < sources.size) continue;
      const place = entity.kind === 'place';
      if (!best || n > best.n || (n === best.n && place && !best.place)) best = { name: entity.name, n, place };
    }
    return best?.name;
  }

  /** The quotations of other sources with the same words (or nearly), and whether they agree. */
  quoteCounterparts(doc: DocumentAnalysis, quote: Quotation): Counterpart[] {
    const me = this.quotes.refOf(doc, quote);
    if (!me) return [];
    const out: Counterpart[] = [];
    for (const other of this.quotes.candidates(me)) {
      if (other.doc === doc || !this.ctx.sameStory(doc, other.doc)) continue;
      const verdict = judgeQuotes(me, other);
      // Close wordings of what may be two statements: no counterpart to show.
      if (!verdict || (verdict === 'close' && !oneStatement(this.ctx, me, other))) continue;
      out.push({ doc: other.doc.id, span: other.quote, says: `“${other.quote.text}”`, agrees: verdict === 'same' });
    }
    return out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.span.start - b.span.start));
  }
}

/** The findings of a corpus's documents (a convenience for callers that need no hovers). */
export function compareDocuments(
  docs: readonly DocumentAnalysis[],
  entities: EntityIndex,
  verdicts: VerdictOf = () => undefined,
): Map<string, Finding[]> {
  const c = new Comparison(docs, entities);
  c.setVerdicts(verdicts);
  return c.findings();
}

/** The findings of one document, from the conflicts it is a side of. */
function buildFindings(doc: DocumentAnalysis, conflicts: ReadonlySet<Conflict>, verdicts: VerdictOf): Finding[] {
  const reviewed = (key: string) => verdicts(key) === 'dismissed';
  const findings: Finding[] = [];
  // One finding per claim, listing every passage it disagrees with.
  const bySide = new Map<string, { kind: FindingKind; label: string; side: Side; others: Array<{ side: Side; key: string; detail?: string; why?: string }> }>();
  const ordered = [...conflicts].map((c) => ({ c, from: c.a.doc === doc ? ('a' as const) : ('b' as const) }));
  const other = (x: { c: Conflict; from: 'a' | 'b' }) => (x.from === 'a' ? x.c.b : x.c.a);
  // A stable order whatever order the conflicts were found in.
  ordered.sort((x, y) => {
    const ox = other(x);
    const oy = other(y);
    return (
      cmp(ox.doc.id, oy.doc.id) || ox.span.start - oy.span.start || ox.span.end - oy.span.end || cmp(x.c.kind, y.c.kind) || cmp(x.c.label, y.c.label) ||
      (x.from === 'a' ? x.c.a : x.c.b).span.start - (y.from === 'a' ? y.c.a : y.c.b).span.start
    );
  });
  for (const x of ordered) {
    const { c, from } = x;
    const key = conflictKey(c.kind, c.a.keyText, c.b.keyText);
    if (reviewed(key)) continue;
    const mine = from === 'a' ? c.a : c.b;
    const id = `${c.kind}|${mine.span.start}|${mine.span.end}`;
    let entry = bySide.get(id);
    if (!entry) bySide.set(id, (entry = { kind: c.kind, label: c.label, side: mine, others: [] }));
    if (!entry.others.some((o) => o.key === key)) entry.others.push({ side: other(x), key, ...(c.detail ? { detail: c.detail(from) } : {}), ...(c.why ? { why: c.why } : {}) });
  }
  for (const { kind, label, side, others } of bySide.values()) {
    const there = others.map((o) => `${o.side.says} (${baseName(o.side.doc.id)})`).join('; ');
    const detail = others.map((o) => o.detail).filter(Boolean).join(' ');
    const related: RelatedPassage[] = others.map((o) => ({ doc: o.side.doc.id, span: o.side.span, message: `${label}: ${o.side.says}${o.why ? ` (compared: ${o.why})` : ''}` }));
    findings.push({
      kind,
      doc: doc.id,
      span: side.span,
      // An update says it all in its label: which figure, which later, which earlier.
      message: kind === 'update' ? label : `${label}: ${side.says} vs ${there}${detail ? `. ${detail}` : ''}`,
      related,
      key: others.map((o) => o.key).join('\n'),
      ...(others.every((o) => verdicts(o.key) === 'confirmed') ? { confirmed: true as const } : {}),
    });
  }
  // A weekday that contradicts the date beside it, within one text.
  for (const w of doc.weekdayMismatches) {
    const key = conflictKey('date', w.text, `${w.iso} is a ${w.actual}`);
    if (reviewed(key)) continue;
    findings.push({
      kind: 'date',
      doc: doc.id,
      span: w,
      message: `Weekday and date disagree: '${w.text}' but ${w.iso} is a ${w.actual}`,
      related: [],
      key,
      ...(verdicts(key) === 'confirmed' ? { confirmed: true as const } : {}),
    });
  }
  return findings.sort(byPlace);
}

function byWith(a: { with: number; kind: string }, b: { with: number; kind: string }): number {
  return a.with - b.with || cmp(a.kind, b.kind);
}

function byPlace(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || cmp(a.kind, b.kind);
}

/** Two refs of different documents in canonical order (the lower document id first). */
function ordered<T extends { doc: DocumentAnalysis }>(a: T, b: T): [T, T] {
  return a.doc.id < b.doc.id ? [a, b] : [b, a];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  private readonly sentenceWords = new Map<string, Set<string>[]>();
  private readonly topics = new Map<string, Set<string>>();
  /** Per claim, by document: its holders and its local context (they rest on entity links), its near words (on its text only). */
  private readonly holderCache = new Map<string, WeakMap<Claim, Set<string>>>();
  private readonly localCache = new Map<string, WeakMap<Claim, LocalContext>>();
  private readonly ownCache = new Map<string, WeakMap<Claim, Set<string>>>();
  private readonly agentCache = new Map<string, WeakMap<Claim, Agency>>();
  private readonly nearCache = new WeakMap<Claim, Map<string, string>>();
  readonly byId = new Map<string, DocumentAnalysis>();
  /** The claims of the documents by slot: comparisons look at a source's other claims in a slot. */
  readonly claimIndex = new ClaimIndex();

  constructor(readonly entities: EntityIndex) {}

  /** Drops what is known about document `id` (its text, links or buckets changed). */
  forget(id: string): void {
    this.story.delete(id);
    this.buckets.delete(id);
    this.sentenceWords.delete(id);
    this.topics.delete(id);
    this.holderCache.delete(id);
    this.localCache.delete(id);
    this.ownCache.delete(id);
    this.agentCache.delete(id);
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
      b = [...this.storyOf(doc)].filter((e) => inBuckets(this.entities.documentCount(e)));
      this.buckets.set(doc.id, b);
    }
    return b;
  }

  /**
   * Whether two documents tell the same story: they share named entities beyond countries. Not
   * cached: counting the shared entities of two small sets costs less than remembering every pair.
   */
  sameStory(a: DocumentAnalysis, b: DocumentAnalysis): boolean {
    let sa = this.storyOf(a);
    let sb = this.storyOf(b);
    if (sa.size > sb.size) [sa, sb] = [sb, sa];
    let shared = 0;
    for (const e of sa) if (sb.has(e) && ++shared >= 2) return true;
    return shared >= 1 && sa.size <= 3;
  }

  /**
   * Whose a claim is: the linked entities named in its clause, or, for a quantity whose clause names
   * nobody, those of its sentence; never the speakers ("Police said 12 people were injured" is about
   * nobody named). A frame's owner ("Sabathia's deal", "south of Tehran") is the holder when named.
   */
  claimEntities(doc: DocumentAnalysis, c: Claim): Set<string> {
    return this.cached(this.holderCache, doc, c, () => this.computeClaimEntities(doc, c));
  }

  private computeClaimEntities(doc: DocumentAnalysis, c: Claim): Set<string> {
    const out = new Set<string>();
    // A wire story's dateline names the place it was filed from and the agency: not whose a value is.
    const dateline = datelineEnd(doc.text, doc.sentences[c.sentence]!);
    const add = (m: NameMention) => {
      if (isSpeaker(doc.text, m) || (dateline !== undefined && m.start < dateline)) return;
      const hit = this.entities.at(doc.id, m.start);
      if (hit) out.add(hit.entity.id);
    };
    for (const i of c.names) add(doc.names[i]!);
    if (out.size === 0 && SENTENCE_HOLDERS.has(c.kind)) {
      const s = doc.sentences[c.sentence]!;
      for (const m of doc.names) if (m.start >= s.start && m.end <= s.end && !m.weak && m.kind !== 'place') add(m);
    }
    if (c.frame?.holder) {
      const s = doc.sentences[c.sentence]!;
      for (const m of doc.names) {
        if (m.start < s.start || m.end > s.end || fold(m.text) !== c.frame.holder) continue;
        const hit = this.entities.at(doc.id, m.start);
        if (hit) return new Set([hit.entity.id]);
      }
    }
    return out;
  }

  /**
   * The entity whose doing a claim's value is (`Claim.agent`): the one its subject names, or for
   * "he"/"she" the last person named before it; '' when none is known.
   */
  agentEntity(doc: DocumentAnalysis, c: Claim): Agency {
    return this.cached(this.agentCache, doc, c, () => {
      const a = c.agent;
      const none: Agency = { id: '', bare: false };
      if (!a) return none;
      const of = (m: NameMention): Agency => ({ id: this.entities.at(doc.id, m.start)?.entity.id ?? '', bare: !/\s/.test(m.text.trim()) });
      if (a.pronoun) {
        // The last person named before it: by the linked entity's kind too, or a name of two words
        // that starts with a given name.
        const person = (m: NameMention) => {
          if (m.kind === 'place' || m.kind === 'organization') return false;
          const e = this.entities.at(doc.id, m.start)?.entity;
          return !!e && (e.kind === 'person' || m.kind === 'person' || (/\s/.test(m.text) && GIVEN_NAMES.has(fold(m.text.split(/\s/)[0]!))));
        };
        const i = lastNameBefore(doc.names, a.start, a.start - PRONOUN_REACH, person);
        return i === undefined ? none : of(doc.names[i]!);
      }
      for (let i = firstNameFrom(doc.names, a.start); i < doc.names.length && doc.names[i]!.start < a.end; i++) {
        const m = doc.names[i]!;
        if (m.end > a.start && m.kind !== 'place') return of(m);
      }
      return none;
    });
  }

  /** Whether `entity` is named between a claim's agent and its value ("the Bantams offered Vasko a deal": Vasko). */
  namesBeforeValue(doc: DocumentAnalysis, c: Claim, entity: string): boolean {
    if (!c.agent) return false;
    for (let i = firstNameFrom(doc.names, c.agent.end); i < doc.names.length && doc.names[i]!.start < c.start; i++) {
      const m = doc.names[i]!;
      if (m.end <= c.start && this.entities.at(doc.id, m.start)?.entity.id === entity) return true;
    }
    return false;
  }

  /** Linked entity ids named in a sentence. */
  sentenceEntities(doc: DocumentAnalysis, sentence: number): Set<string> {
    const s = doc.sentences[sentence]!;
    const out = new Set<string>();
    for (const { mention, entity } of this.entities.inDoc(doc.id)) if (mention.start >= s.start && mention.end <= s.end) out.add(entity.id);
    return out;
  }

  /**
   * The content words within NEAR_WINDOW words either side of a claim in its sentence (stem to the
   * word as written), numbers and the claim's own words left out.
   */
  nearWords(doc: DocumentAnalysis, c: Claim): Map<string, string> {
    let w = this.nearCache.get(c);
    if (!w) this.nearCache.set(c, (w = this.computeNearWords(doc, c)));
    return w;
  }

  private computeNearWords(doc: DocumentAnalysis, c: Claim): Map<string, string> {
    const s = doc.sentences[c.sentence]!;
    // Names are no words here: whose a value is, the holder evidence weighs.
    const pick = (ws: string[]) =>
      ws
        .filter((w) => !/^\p{Lu}/u.test(w))
        .map((w) => w.toLowerCase())
        .filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !NOT_DISTINCTIVE.test(w));
    const before = pick(doc.text.slice(s.start, c.start).match(WORD) ?? []).slice(-NEAR_WINDOW);
    const after = pick(doc.text.slice(c.end, s.end).match(WORD) ?? []).slice(0, NEAR_WINDOW);
    const out = new Map<string, string>();
    for (const w of [...before, ...after]) out.set(stem(w), w);
    return out;
  }

  /**
   * Whether an entity is what a document is about: named in its first two sentences (a headline
   * and a lead) or in at least TOPIC_SHARE of its sentences.
   */
  isTopic(doc: DocumentAnalysis, entity: string): boolean {
    let topics = this.topics.get(doc.id);
    if (!topics) {
      const sentencesOf = new Map<string, Set<number>>();
      for (const { mention, entity: e } of this.entities.inDoc(doc.id)) {
        let set = sentencesOf.get(e.id);
        if (!set) sentencesOf.set(e.id, (set = new Set()));
        set.add(mention.sentence);
      }
      topics = new Set([...sentencesOf].filter(([, ss]) => [...ss].some((i) => i < 2) || ss.size >= TOPIC_SHARE * doc.sentences.length).map(([e]) => e));
      this.topics.set(doc.id, topics);
    }
    return topics.has(entity);
  }

  /**
   * A country named in a claim's clause that the other document never names: the name of another
   * country's event, if any.
   */
  placeOnlyHere(doc: DocumentAnalysis, c: Claim, other: DocumentAnalysis): string | undefined {
    for (const i of c.names) {
      const m = doc.names[i]!;
      const hit = this.entities.at(doc.id, m.start);
      // Countries only: a town or a river the other source leaves out is a detail of one story.
      if (!hit || !isCountryOrRegion(hit.entity.id)) continue;
      if (!hit.entity.byDoc.has(other.id)) return hit.entity.name;
    }
    return undefined;
  }

  /** The entities a claim is about other than its story's own (see whyNotCompared): none when only the story's. */
  ownHolders(doc: DocumentAnalysis, c: Claim): Set<string> {
    // Places say where, not whose ("on the River Wend", "in Ashcombe"); a name inside the claim is
    // what it counts ("12 AK 47 guns"), not whose it is.
    return this.cached(this.ownCache, doc, c, () => {
      const inside = new Set(doc.names.filter((m) => m.start >= c.start && m.end <= c.end).map((m) => this.entities.at(doc.id, m.start)?.entity.id));
      return new Set([...this.claimEntities(doc, c)].filter((e) => !inside.has(e) && this.entities.get(e)?.kind !== 'place' && !isCountryOrRegion(e) && !this.isTopic(doc, e)));
    });
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
  localContext(doc: DocumentAnalysis, c: Claim): LocalContext {
    return this.cached(this.localCache, doc, c, () => this.computeLocalContext(doc, c));
  }

  /** A fact about a claim that rests on the entity links of its document: kept until the document is forgotten. */
  private cached<T>(cache: Map<string, WeakMap<Claim, T>>, doc: DocumentAnalysis, c: Claim, make: () => T): T {
    let byClaim = cache.get(doc.id);
    if (!byClaim) cache.set(doc.id, (byClaim = new WeakMap()));
    let v = byClaim.get(c);
    if (v === undefined) byClaim.set(c, (v = make()));
    return v;
  }

  private computeLocalContext(doc: DocumentAnalysis, c: Claim): LocalContext {
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
    const named = new Set<string>();
    for (const { mention, entity } of this.entities.inDoc(doc.id)) {
      if (mention.end <= lo || mention.start >= hi || mention.end <= s.start || mention.start >= s.end) continue;
      named.add(entity.id);
      if (isCountryOrRegion(entity.id)) continue;
      entities.add(entity.id);
      if (entity.kind === 'place') places.add(entity.id);
    }
    return { words, entities, places, named };
  }

  entityName(doc: DocumentAnalysis, mentionIndex: number): { id: string; name: string; kind: string } | undefined {
    const m = doc.names[mentionIndex];
    if (!m) return undefined;
    const hit = this.entities.at(doc.id, m.start);
    return hit ? { id: hit.entity.id, name: hit.entity.name, kind: hit.entity.kind } : undefined;
  }
}

/**
 * Kinds whose holder, when their clause names nobody, is who their sentence names: a contract's
 * length, a sum, a share, a yardage belong to the player or company the sentence is about.
 */
const SENTENCE_HOLDERS = new Set<Claim['kind']>(['money', 'duration', 'percentage', 'number']);

/** Whether a moment's verb is of a beginning or of an ending. */
function edgeOf(verb: string): 'start' | 'end' | undefined {
  return START_VERBS.has(verb) ? 'start' : END_VERBS.has(verb) ? 'end' : undefined;
}

/** A name that speaks ("X said", "said X", "according to X", "X told reporters"), not one a claim is about. */
function isSpeaker(text: string, m: { start: number; end: number }): boolean {
  const after = text.slice(m.end, m.end + 30);
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return SPEAKER_AFTER.test(after) || SPEAKER_BEFORE.test(before);
}
const SPEAKER_AFTER = /^(?:['’]s\s+\w+)?[\s,]*(?:\w+\s+)?(?:said|says|told|tells|added|adds|stated|states|noted|warned|claimed|insisted|explained|announced|confirmed|reported|estimated|believes|believed)\b/i;
const SPEAKER_BEFORE = /\b(?:said|says|told|according\s+to|by|added|stated|reported|announced|confirmed)\s+(?:the\s+)?$/i;

interface LocalContext {
  readonly words: Set<string>;
  readonly entities: Set<string>;
  readonly places: Set<string>;
  readonly named: Set<string>;
}


/** Whether an entity named in `df` documents makes candidate buckets. */
export function inBuckets(df: number): boolean {
  return df >= 2 && df <= BUCKET_LIMIT;
}
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const NOT_DISTINCTIVE = {
  words: /^(?:shortly|nearly|about|around|approximately|roughly|just|early|late|later|earlier|before|after|since|until|ago|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week|month|year|years|day|days|hours?|minutes?|local|time|a\.m|p\.m|am|pm)$/,
  test(w: string): boolean {
    return CALENDAR_WORDS.has(w) || this.words.test(w);
  },
};

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
  readonly slots: readonly string[];
  /** Its candidate bucket: kind and unit (or the kind of thing counted), coarser than its slots. */
  readonly bucket: string;
  /** The document's bucket entities when the claim was indexed. */
  readonly story: readonly string[];
}

const CLASS_LABEL: Record<string, string> = {
  talks: 'the talks', search: 'the search', collision: 'the collision', injury: 'injured', care: 'treated', death: 'killed', missing: 'missing',
  evacuation: 'evacuated', aboard: 'aboard', arrest: 'arrested', cost: 'the cost', fine: 'the fine', compensation: 'the compensation',
  salary: 'the pay', revenue: 'revenue', profit: 'profit', deal: 'the deal', open: 'the opening', close: 'the closure',
  refurbish: 'the refurbishment', seize: 'the seizure', sever: 'the suspension', election: 'the election', ridership: 'ridership',
  traffic: 'traffic', growth: 'growth', unemployment: 'unemployment', inflation: 'inflation', approval: 'approval', share: 'the share',
  invasion: 'the invasion', annexation: 'the annexation', call: 'the call', arrival: 'the arrival', departure: 'the departure',
  flight: 'the flights', fire: 'the fire', storm: 'the storm', quake: 'the quake', sentence: 'the sentence', trial: 'the hearing', signing: 'the signing',
  announcement: 'the announcement', protest: 'the protest', strike: 'the strike', attack: 'the attack', age: 'the age',
};

function slotLabel(kind: Claim['kind'], cls: string, a: Claim): string {
  return kindOf(kind).label(CLASS_LABEL[cls] ?? cls, a);
}

/** The event class a claim's label names: its first, or "the <thing>" its frame measures. */
function firstClass(c: Claim): string {
  if (c.classes.length) return c.classes[0]!;
  const thing = c.frame?.measure ?? c.frame?.subject ?? c.frame?.head;
  return thing ? `the ${thing}` : 'it';
}

/** Kinds of entity whose sums a year are what they pay or hold, not a person's pay. */
const PAYERS = new Set(['organization', 'place']);
/** Claim kinds whose comparison needs the two sentences to name a shared entity (or read alike): the moments. */
const ANCHORED = new Set<Claim['kind']>(Object.values(KINDS).filter((k) => k.moment).map((k) => k.kind));

/** Claims by slot: kind, unit (or counted noun) and event class, and by story entity. */
class ClaimIndex {
  /** Claims by slot ("count|people|injury"), then by story entity ("tolbrook bridge"). */
  private readonly buckets = new Map<string, Map<string, Set<ClaimRef>>>();
  private readonly refs = new Map<Claim, ClaimRef>();
  private readonly byDoc = new Map<string, ClaimRef[]>();
  private nextId = 0;

  add(doc: DocumentAnalysis, story: readonly string[]): void {
    const list: ClaimRef[] = [];
    for (const claim of doc.claims) {
      const id = this.nextId++;
      // A claim with no slot of its own shares none with any other (its id is unique in the index):
      // only its bucket's kind and unit bring it to others, with one more piece of evidence asked.
      const own = slotKeys(claim);
      const ref: ClaimRef = { doc, claim, id, slots: own.length ? own : [`?${id}`], bucket: bucketOf(claim), story };
      this.refs.set(claim, ref);
      list.push(ref);
      if (story.length === 0) continue;
      let bySlot = this.buckets.get(ref.bucket);
      if (!bySlot) this.buckets.set(ref.bucket, (bySlot = new Map()));
      for (const e of story) {
        let b = bySlot.get(e);
        if (!b) bySlot.set(e, (b = new Set()));
        b.add(ref);
      }
    }
    this.byDoc.set(doc.id, list);
  }

  remove(id: string): void {
    for (const ref of this.byDoc.get(id) ?? []) {
      const bySlot = this.buckets.get(ref.bucket);
      if (bySlot) {
        for (const e of ref.story) {
          const b = bySlot.get(e);
          if (!b) continue;
          b.delete(ref);
          if (b.size === 0) bySlot.delete(e);
        }
        if (bySlot.size === 0) this.buckets.delete(ref.bucket);
      }
      if (this.refs.get(ref.claim) === ref) this.refs.delete(ref.claim);
    }
    this.byDoc.delete(id);
  }

  ofDoc(id: string): readonly ClaimRef[] {
    return this.byDoc.get(id) ?? [];
  }

  refOf(doc: DocumentAnalysis, claim: Claim): ClaimRef | undefined {
    const r = this.refs.get(claim);
    return r && r.doc === doc ? r : undefined;
  }

  /** Claims sharing a bucket (kind, unit, story entity) with `ref`. */
  candidates(ref: ClaimRef): ClaimRef[] {
    const out = new Set<ClaimRef>();
    const bySlot = this.buckets.get(ref.bucket);
    if (bySlot) for (const e of ref.story) for (const r of bySlot.get(e) ?? []) if (r !== ref) out.add(r);
    return [...out];
  }
}

/**
 * A claim's candidate bucket: its kind and unit; for counts the counted noun's class, people of
 * every kind together ("residents", "passengers", "people"). Its frame and the evidence decide.
 */
function bucketOf(claim: Claim): string {
  if (claim.kind !== 'count') return `${claim.kind}|${claim.unit}`;
  return `count|${claim.noun && PEOPLE_PARTS.has(claim.noun) ? 'people' : claim.noun}`;
}

/**
 * A claim's slots: its kind, unit (or counted noun) and each event class near it; a claim with no
 * event class near it has a slot for what its frame says it measures ("the detour is about 11 miles
 * long": the detour); a claim with neither has none.
 */
function slotKeys(claim: Claim): string[] {
  const unit = claim.kind === 'count' ? claim.noun : claim.unit;
  if (claim.classes.length) return claim.classes.map((cls) => `${claim.kind}|${unit}|${cls}`);
  const f = claim.frame;
  const thing = f?.measure ?? f?.subject ?? f?.head;
  // Nothing near it says what it is about: a slot of its kind and unit alone, which other claims
  // never share (they are compared only on evidence, one piece more than a shared slot needs).
  return thing ? [`${claim.kind}|${unit}|~${nounClass(thing.slice(thing.lastIndexOf(' ') + 1))}`] : [];
}

/**
 * The conflicts of document `doc`'s claims with the claims of other documents sharing a bucket.
 * A pair of two dirty documents is compared from the one that sorts first only.
 */
function compareClaimsOf(ctx: Context, index: ClaimIndex, doc: DocumentAnalysis, dirty: (id: string) => boolean): Conflict[] {
  const out: Conflict[] = [];
  for (const me of index.ofDoc(doc.id)) {
    for (const other of index.candidates(me)) {
      if (other.doc === doc || (dirty(other.doc.id) && other.doc.id < doc.id)) continue;
      // Sides in document order, so that either document finds the same conflict.
      const [x, y] = doc.id < other.doc.id ? [me, other] : [other, me];
      if (!comparable(ctx, x, y)) continue;
      if (!disagree(ctx, x, y)) continue;
      // The label names the first event class the two claims share.
      const cls = x.claim.classes.find((c) => y.claim.classes.includes(c)) ?? firstClass(x.claim);
      const why = [...evidence(ctx, x, y).reasons, ...confidence(ctx, x, y).reasons].join('; ');
      const later = updateOf(x, y);
      if (later) {
        const [early, late] = later;
        const when = (r: ClaimRef) => (r.doc.date ? `${baseName(r.doc.id)}, ${r.doc.date.iso}` : baseName(r.doc.id));
        out.push({ kind: 'update', label: `Later report of ${slotLabel(x.claim.kind, cls, x.claim).replace(/^Number of /, '')}: ${late.claim.display} (${when(late)}) after ${early.claim.display} (${when(early)})`, a: claimSide(x), b: claimSide(y), why });
      } else out.push({ kind: x.claim.kind, label: slotLabel(x.claim.kind, cls, x.claim), a: claimSide(x), b: claimSide(y), why });
    }
  }
  return out;
}

/**
 * Whether two disagreeing counts are one running figure told at two times: a toll of the dead,
 * injured, arrested or ill that a later-dated source gives higher (or a count of the missing or
 * trapped that it gives lower). Returns the earlier and the later claim, or nothing (same day,
 * undated, or the figure went the other way: that is a conflict).
 */
function updateOf(x: ClaimRef, y: ClaimRef): [ClaimRef, ClaimRef] | undefined {
  const revised = revisionOf(x, y);
  if (revised) return revised;
  // Running figures count people ("games missed" are no missing people; "six miners" are people).
  const people = (n: string | undefined) => n !== undefined && PEOPLE_NOUNS.has(n);
  if (x.claim.kind !== 'count' || !people(x.claim.noun) || !people(y.claim.noun) || !x.doc.date || !y.doc.date || x.doc.date.iso === y.doc.date.iso) return undefined;
  const [early, late] = x.doc.date.iso < y.doc.date.iso ? [x, y] : [y, x];
  const classes = new Set([...x.claim.classes, ...y.claim.classes]);
  if ([...classes].some((c) => RISING.has(c)) && late.claim.lo > early.claim.hi) return [early, late];
  if ([...classes].some((c) => FALLING.has(c)) && late.claim.hi < early.claim.lo) return [early, late];
  return undefined;
}
/**
 * A figure its own sentence tells as a revision of an earlier one ("455 operations had been
 * postponed, up from its estimate before the strike", "revised up"; not "initial estimates", which is the earlier figure) is
 * the later report of the other source's figure, unless that source is dated later: an update,
 * whichever way it went. Returns the earlier and the revising claim.
 */
function revisionOf(x: ClaimRef, y: ClaimRef): [ClaimRef, ClaimRef] | undefined {
  if (!QUANTITIES.has(x.claim.kind)) return undefined;
  const says = (r: ClaimRef) => {
    const s = r.doc.sentences[r.claim.sentence];
    return s !== undefined && REVISION.test(r.doc.text.slice(s.start, s.end));
  };
  const rx = says(x);
  const ry = says(y);
  if (rx === ry) return undefined;
  const [early, late] = rx ? [y, x] : [x, y];
  if (early.doc.date && late.doc.date && early.doc.date.iso > late.doc.date.iso) return undefined;
  return [early, late];
}
const QUANTITIES: ReadonlySet<string> = new Set(['count', 'number', 'money', 'percentage']);
const REVISION = /\b(?:up|down)\s+from\s+(?:its|an?|the|their|his|her)\s+(?:(?:earlier|initial|previous|original|first)\s+)?(?:estimate|figure|forecast|count|total)s?\b|\brevised\s+(?:up|down|upwards?|downwards?)\b/i;

/**
 * Counted nouns (as a count's `noun`, by `nounClass`) that count people: the parts of "people", the
 * nouns of a person (words.json's personNouns: miners, nurses) and the plurals no stem undoes.
 */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([...PEOPLE_PARTS, ...[...PERSON_NOUNS, 'men', 'women', 'children'].map(nounClass)]);
/** Running figures that grow as a story unfolds (the dead, the injured, the arrested, the ill). */
const RISING = new Set(['death', 'injury', 'arrest', 'evacuation', 'illness']);
/** Running figures that fall as it unfolds (the missing, the trapped). */
const FALLING = new Set(['missing', 'trapped']);

function claimSide(r: ClaimRef): Side {
  return { doc: r.doc, span: r.claim, says: `${r.claim.display}, '${r.claim.text}'`, keyText: r.claim.text };
}

/** Whether two claims that share a slot bucket are about the same thing. */
function comparable(ctx: Context, x: ClaimRef, y: ClaimRef): boolean {
  return whyNotCompared(ctx, x, y) === undefined;
}

/** Why two claims that share a slot bucket are not about one thing, or `undefined` when they are. */
function whyNotCompared(ctx: Context, x: ClaimRef, y: ClaimRef): string | undefined {
  const a = x.claim;
  const b = y.claim;
  if (!ctx.sameStory(x.doc, y.doc)) return 'the two sources tell different stories (no name in common)';
  // Another event's claims meet only claims about that event.
  if (a.event !== b.event) return `two events (${a.event ?? 'the story'} and ${b.event ?? 'the story'})`;
  // What the values are about: a part and a whole, two measures, two verbs, two holders.
  const frames = framesDiffer(a.frame, b.frame, a.kind === 'count');
  if (frames) return `different things: ${frames}`;
  // The day something was said or found out need not be the day it happened ("died Saturday" and "it
  // was reported Wednesday", "his body was discovered Tuesday"): two such days that differ are no
  // conflict. Two that agree still corroborate ("the talks on Thursday", "Russia said on Thursday").
  if (a.moment && b.moment && isLearningMoment(a.moment) !== isLearningMoment(b.moment) && !agree(a, b))
    return `the moment of learning of something and of the thing ('${a.moment}' and '${b.moment}')`;
  // "walk out at 7am tomorrow" and "ended at 7am on Thursday": a beginning and an ending.
  if (a.moment && b.moment && edgeOf(a.moment) && edgeOf(b.moment) && edgeOf(a.moment) !== edgeOf(b.moment)) return `a start and an end ('${a.moment}' and '${b.moment}')`;
  if ((a.list || b.list) && (a.list?.size !== b.list?.size || a.list?.index !== b.list?.index)) return 'values of a list, each of its own item';
  if (a.role === 'window' || b.role === 'window') return 'a window something is counted in, not a length';
  // The time so far of something going on is another figure each day ("after four days of riots" on
  // Wednesday, "after eight days" on Sunday): compared only between sources dated the same day.
  if ((a.role === 'elapsed' || b.role === 'elapsed') && (a.role !== b.role || !x.doc.date || x.doc.date.iso !== y.doc.date?.iso)) return 'the time so far of something going on, told on different or unknown days';
  // Two reports of one quantity are rarely MAX_RATIO times apart; a season's yards and a game's, a
  // past disaster's toll and today's, are.
  if (!ANCHORED.has(a.kind) && ratioOf(a, b) > MAX_RATIO) return `values ${ratioOf(a, b).toFixed(0)} times apart: two quantities`;
  const distinct = kindOf(a.kind).distinct?.(a, b);
  if (distinct) return distinct;
  if (a.kind === 'time' && a.role !== b.role) return 'a start and an end';
  if (a.kind === 'date' && ((a.role === 'start' && b.role === 'end') || (a.role === 'end' && b.role === 'start'))) return 'a start and an end';
  if (a.quoted !== b.quoted && (a.kind === 'date' || a.kind === 'time')) return 'one is quoted';
  // "the first time since the 2004-05 season" bounds a stretch; "the 2008-09 season" is when something was.
  if (a.kind === 'year' && (a.role === 'bound') !== (b.role === 'bound')) return 'a bound ("since", "until") and a time of something';
  // A year is the time of what its verb tells: "hosted the 2007 ceremony" and "earned praise in
  // 2001", "defected in 1991" and "was founded in 1931" are two events' years. A year read from a
  // thing's age ("the 26-year-old bridge") is when the thing began, whatever verb its clause has.
  if (a.kind === 'year' && a.moment && b.moment && a.moment !== b.moment && !sameEventClass(a.moment, b.moment) && !AGE_YEAR.test(a.text) && !AGE_YEAR.test(b.text)) return `years of two events ('${a.moment}' and '${b.moment}')`;
  // Names in the claims' clauses: two different sets of names are two different things.
  const ea = ctx.claimEntities(x.doc, a);
  const eb = ctx.claimEntities(y.doc, b);
  const sharedClause = overlap(ea, eb);
  if (ea.size && eb.size && sharedClause === 0) {
    // Countries alone do not make a difference ("in Turkey" and "in Istanbul, Turkey"), unless
    // both name countries only, and different ones ("in eastern China" and "southern Iran").
    // Nor does the story's own name ("Sandqvist has signed a four-year deal" and "a five-year
    // contract at Quayside Park"): a name both sources are about stands beside any of their claims.
    const story = (e: string) => ctx.isTopic(x.doc, e) && ctx.isTopic(y.doc, e);
    const na = [...ea].filter((e) => !isCountryOrRegion(e) && !story(e));
    const nb = [...eb].filter((e) => !isCountryOrRegion(e) && !story(e));
    // Names of one sort on both sides: two people, two organisations ("Tomas Velde added 16 points",
    // "Ravi Denholm scored 20 points"). A person beside one and a place beside the other tell who
    // and where, and may be one thing ("Sandqvist has signed a four-year deal", "a five-year contract
    // at Quayside Park"). A name of no known sort may be a person or an organisation.
    const sorts = (ids: string[]) => new Set(ids.flatMap((e) => SORTS[entityKind(ctx, e)] ?? []));
    const sa = sorts(na);
    if (na.length && nb.length && [...sorts(nb)].some((k) => sa.has(k))) return 'different names beside them';
    if (!na.length && !nb.length) return 'different countries beside them';
  }
  if (kindOf(a.kind).personal && sharedClause === 0) return 'not the same person named';
  // Whose doing each value is: "Tomas Velde added 16 points" and "Ravi Denholm scored 20 points" are
  // two players' figures, even in one game's story. Unless one names the other's agent between its
  // own agent and the value: a giver and a receiver of one thing ("the Bantams offered Vasko a
  // seven-year deal", "Vasko wants a five-year deal").
  if (!ANCHORED.has(a.kind) && differentAgents(ctx, x, y)) return `whose doing: ${holderName(ctx, ctx.agentEntity(x.doc, a).id)} and ${holderName(ctx, ctx.agentEntity(y.doc, b).id)}`;
  // Whose each value is: the names beside it that are not what its story is about (nor speakers,
  // nor countries), or, when there are none, the story itself. "The Nationals offered an 8-year
  // contract" and "the deal is for 8 years" (the story's) are two holders' figures.
  if (!ANCHORED.has(a.kind)) {
    // A holder the other source never names at all: a figure of someone that source does not tell of.
    const absent = (h: Set<string>, other: DocumentAnalysis) => [...h].find((e) => !ctx.entities.get(e)?.byDoc.has(other.id));
    const away = absent(ctx.ownHolders(x.doc, a), y.doc) ?? absent(ctx.ownHolders(y.doc, b), x.doc);
    if (away) return `whose: ${holderName(ctx, away)}, whom the other source never names`;
  }
  // A country named beside one claim that the other source never names: another country's event
  // (a flood's dead "in northern Portugal" in a story of a flood in Spain).
  const elsewhere = ctx.placeOnlyHere(x.doc, a, y.doc) ?? ctx.placeOnlyHere(y.doc, b, x.doc);
  if (elsewhere) return `${elsewhere} is named beside one only, and nowhere in the other source`;
  if (ANCHORED.has(a.kind)) {
    // Dates, times and years are compared only when the words right around them share something
    // distinctive (a name, a specific word): corresponding sentences often date several events.
    const wa = ctx.localContext(x.doc, a);
    const wb = ctx.localContext(y.doc, b);
    if (overlap(wa.words, wb.words) === 0 && overlap(wa.entities, wb.entities) === 0) return 'no distinctive word or name beside both';
    // Different places right beside the claims: two events.
    if (wa.places.size && wb.places.size && overlap(wa.places, wb.places) === 0) return 'different places beside them';
  }
  // No event class in common beside them: one more piece of evidence needed.
  const sameSlot = x.slots.some((k) => y.slots.includes(k));
  // A person's age: the person named beside both is all the evidence (checked above).
  const needed = kindOf(a.kind).personal ? 0 : (ANCHORED.has(a.kind) ? MOMENT_EVIDENCE_NEEDED : ambiguous(ctx.claimIndex, x) || ambiguous(ctx.claimIndex, y) ? EVIDENCE_NEEDED : CLEAR_EVIDENCE_NEEDED) + (sameSlot ? 0 : 1);
  const ev = evidence(ctx, x, y, sharedClause);
  if (ev.weight < needed) return `too little evidence (${ev.weight} of ${needed}${sameSlot ? '' : ', no event class in common'}${ev.reasons.length ? `: ${ev.reasons.join('; ')}` : ''})`;
  return undefined;
}

/** The sorts of name a kind of entity may be, for telling two clauses' names apart. */
const SORTS: Record<string, string[]> = { person: ['person'], organization: ['organization'], place: ['place'], other: ['person', 'organization'] };
function entityKind(ctx: Context, e: string): string {
  return ctx.entities.get(e)?.kind ?? 'other';
}

/**
 * Whether a claim's source uses its slot for more than one value (an obituary's sentences of seven,
 * five and 12 years; a sports story's several contracts): there the slot alone tells little about
 * which of them another source's value is about.
 */
function ambiguous(index: ClaimIndex, x: ClaimRef): boolean {
  let v = AMBIGUOUS.get(x);
  if (v === undefined) {
    v = false;
    for (const o of index.ofDoc(x.doc.id)) if (o !== x && o.claim.kind === x.claim.kind && o.slots.some((s) => x.slots.includes(s)) && !agree(o.claim, x.claim)) v = true;
    AMBIGUOUS.set(x, v);
  }
  return v;
}
/** By claim reference (a reference lives as long as its document's version in the index). */
const AMBIGUOUS = new WeakMap<ClaimRef, boolean>();

/** What says that two claims of one slot are about one thing. */
interface Evidence {
  /** Each piece, for people: "both 'killed'", "both 'people'", "'police', 'injured' beside both". */
  readonly reasons: string[];
  readonly weight: number;
}

/**
 * The evidence that two claims are about one thing: the same verb (or verbs of one event class), the
 * same head noun or measure word, the same named holder, words in common right beside both values.
 * Each counts one; words beside both count one for two in common and two for four.
 */
function evidence(ctx: Context, x: ClaimRef, y: ClaimRef, sharedNames = overlap(ctx.claimEntities(x.doc, x.claim), ctx.claimEntities(y.doc, y.claim))): Evidence {
  const a = x.claim;
  const b = y.claim;
  const fa = a.frame ?? {};
  const fb = b.frame ?? {};
  const reasons: string[] = [];
  let weight = 0;
  if (fa.predicate && fb.predicate && (fa.predicate === fb.predicate || sameEventClass(fa.predicate, fb.predicate))) {
    reasons.push(fa.predicate === fb.predicate ? `both '${fa.predicate}'` : `'${fa.predicate}' and '${fb.predicate}'`);
    weight++;
  }
  const nearA = ctx.nearWords(x.doc, a);
  const nearB = ctx.nearWords(y.doc, b);
  // The same measured thing: the head noun, or a measure word in the frame or right beside both ("the
  // cost of repairs at £15m").
  const things = (f: typeof fa) => [f.head, f.subject].filter((t): t is string => t !== undefined);
  const thing = things(fa).flatMap((p) => things(fb).filter((q) => sameThing(p, q)).map((q) => (p === q ? p : `${p}' and '${q}`)))[0];
  const measure =
    (fa.measure && fb.measure && sameMeasure(fa.measure, fb.measure) ? (fa.measure === fb.measure ? fa.measure : `${fa.measure}' and '${fb.measure}`) : undefined) ??
    thing ??
    [...nearA.keys()].find((w) => nearB.has(w) && MEASURE_WORDS.has(nearA.get(w)!));
  if (measure) {
    reasons.push(`both '${nearA.get(measure) ?? measure}'`);
    weight++;
  } else if (a.kind === 'money' && a.unit.endsWith('/year') && b.unit === a.unit && sharedNames > 0) {
    // A sum paid per period to someone both name, the story's own included ("Sandqvist will earn
    // £115,000 a week"), is that person's pay (a person, or a name of no known kind: not an
    // organisation or a place, PAYERS), as a measure word would say. Not without one: a pay
    // rise, a pay gap and an offer's worth are all sums a year to one grade of staff, and a club's
    // lease and its agents' fees are both sums a year the club pays.
    const eb = ctx.claimEntities(y.doc, b);
    if ([...ctx.claimEntities(x.doc, a)].some((e) => eb.has(e) && !PAYERS.has(ctx.entities.get(e)?.kind ?? ''))) {
      reasons.push('both a sum paid per period to one person');
      weight++;
    }
  }
  // A name both claims' clauses give, unless it is what both stories are about (named in their
  // leads or throughout): the story's name stands beside most of its claims.
  // (For dates, times and years a name in common is evidence whatever it is: their own test already
  // asks for a distinctive word or name right beside them.)
  const moment = ANCHORED.has(a.kind);
  // Nor is a country or a region: "Somali" beside two counts of pirates says little.
  const holder =
    sharedNames > 0 ? [...ctx.claimEntities(x.doc, a)].find((e) => ctx.claimEntities(y.doc, b).has(e) && (moment || (!isCountryOrRegion(e) && !(ctx.isTopic(x.doc, e) && ctx.isTopic(y.doc, e))))) : undefined;
  if (holder) {
    reasons.push(`'${ctx.entities.get(holder)?.name ?? holder}' beside both`);
    weight++;
  }
  const near = overlapWords(nearA, nearB);
  if (near.length >= NEAR_WORDS_STRONG) weight += 2;
  else if (near.length >= NEAR_WORDS) weight++;
  if (near.length >= NEAR_WORDS) reasons.push(`${near.map((w) => `'${w}'`).join(', ')} beside both`);
  return { reasons, weight };
}

/**
 * Two entities the linker kept apart that may be one: one named by a bare surname that ends the
 * other's name ("Hansbrough", "Tyler Hansbrough"); never two full names ("Ben" and "Tyler Hansbrough").
 */
function sameSurname(ctx: Context, a: string, b: string, bare = false): boolean {
  const words = (id: string) => fold(ctx.entities.get(id)?.name ?? id).split(' ');
  const wa = words(a);
  const wb = words(b);
  return (bare || wa.length === 1 || wb.length === 1) && wa[wa.length - 1] === wb[wb.length - 1];
}

function holderName(ctx: Context, id: string): string {
  return ctx.entities.get(id)?.name ?? id;
}

/** How many times larger the larger of two claims' values is (1 when either has no finite middle). */
function ratioOf(a: Claim, b: Claim): number {
  const mid = (c: Claim) => (Number.isFinite(c.lo) && Number.isFinite(c.hi) ? (c.lo + c.hi) / 2 : Number.isFinite(c.lo) ? c.lo : c.hi);
  const va = Math.abs(mid(a));
  const vb = Math.abs(mid(b));
  if (!(va > 0 && vb > 0 && Number.isFinite(va) && Number.isFinite(vb))) return 1;
  return Math.max(va, vb) / Math.min(va, vb);
}

/** A year read from a thing's age ("the 26-year-old bridge", "built 40 years ago"). */
const AGE_YEAR = /year-old|years?\s+old|years?\s+ago/i;

function sameEventClass(p: string, q: string): boolean {
  const c = eventClass(p);
  return c !== undefined && c === eventClass(q);
}

function overlapWords(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [stemmed, word] of a) if (b.has(stemmed)) out.push(word);
  return out;
}

/**
 * The group of `start`: the refs linked to it through other documents' refs (breadth first, at most
 * GROUP_LIMIT), expanding only from documents `expand` accepts, with the linked pairs whose members
 * are compared (`edge`, as opposed to `member`: linked, not compared), in document and text order.
 */
function gather<T extends { readonly doc: DocumentAnalysis; readonly id: number }>(
  start: T,
  seen: Set<T>,
  expand: (doc: DocumentAnalysis) => boolean,
  candidates: (r: T) => Iterable<T>,
  startOf: (r: T) => number,
  link: (x: T, y: T) => 'edge' | 'member' | undefined,
): { members: T[]; edges: Array<[T, T]> } {
  const members: T[] = [];
  const edges: Array<[T, T]> = [];
  const done = new Set<string>();
  seen.add(start);
  const queue = [start];
  while (queue.length) {
    const r = queue.shift()!;
    members.push(r);
    if (!expand(r.doc)) continue;
    for (const o of candidates(r)) {
      if (o.doc === r.doc) continue;
      const [x, y] = ordered(r, o);
      const pair = `${x.id}|${y.id}`;
      if (done.has(pair)) continue;
      done.add(pair);
      const l = link(x, y);
      if (!l) continue;
      if (l === 'edge') edges.push([x, y]);
      if (!seen.has(o) && members.length + queue.length < GROUP_LIMIT) {
        seen.add(o);
        queue.push(o);
      }
    }
  }
  members.sort((a, b) => cmp(a.doc.id, b.doc.id) || startOf(a) - startOf(b));
  return { members, edges };
}

/** Whether two claims of one source state the same thing twice: one kind, a slot in common, one value. */
function isRepeat(a: ClaimRef, b: ClaimRef): boolean {
  return a.doc === b.doc && a.claim.kind === b.claim.kind && a.claim.display === b.claim.display && a.slots.some((s) => b.slots.includes(s));
}

/**
 * One source often states one claim several times ("on Thursday" in the lead and again below), and
 * only one of them may be linked to other sources (dates need words in common right beside them).
 * A claim of a group of its own joins the group of its repeat there, sharing its repeat's conflicts;
 * lone repeats of one source (one label, one value) make one group.
 */
function joinRepeats(groups: Array<{ group: ClaimGroup; refs: ClaimRef[] }>): ClaimGroup[] {
  const valueKey = (r: ClaimRef) => `${r.doc.id}\u0000${r.claim.kind}\u0000${r.claim.display}`;
  // The claims of groups that span several sources, by source and value.
  const shared = new Map<string, Array<{ group: ClaimGroup; refs: ClaimRef[]; twin: number }>>();
  for (const g of groups) {
    if (new Set(g.refs.map((r) => r.doc)).size < 2) continue;
    g.refs.forEach((r, twin) => {
      const k = valueKey(r);
      let list = shared.get(k);
      if (!list) shared.set(k, (list = []));
      list.push({ ...g, twin });
    });
  }
  const extra = new Map<ClaimGroup, Array<{ ref: ClaimRef; twin: number }>>();
  const lone = new Map<string, ClaimGroup>();
  const out: ClaimGroup[] = [];
  for (const g of groups) {
    if (g.refs.length === 1) {
      const r = g.refs[0]!;
      const home = shared.get(valueKey(r))?.find((h) => h.refs[h.twin] !== r && isRepeat(r, h.refs[h.twin]!));
      if (home) {
        let list = extra.get(home.group);
        if (!list) extra.set(home.group, (list = []));
        list.push({ ref: r, twin: home.twin });
        continue;
      }
      const k = `${valueKey(r)}\u0000${g.group.label}`;
      const same = lone.get(k);
      if (same) {
        same.members.push(...g.group.members);
        continue;
      }
      lone.set(k, g.group);
    }
    out.push(g.group);
  }
  return out.map((g) => {
    const more = extra.get(g);
    if (!more) return g;
    const all: GroupMember[] = [
      ...g.members,
      ...more.map(({ ref, twin }) => ({ doc: ref.doc.id, span: ref.claim, text: ref.claim.text, display: ref.claim.display, claim: ref.claim, conflicts: g.members[twin]!.conflicts })),
    ];
    // Back into document and text order, with the conflicts' member indexes following.
    const order = all.map((_, i) => i).sort((i, j) => cmp(all[i]!.doc, all[j]!.doc) || all[i]!.span.start - all[j]!.span.start);
    const where = new Map(order.map((old, now) => [old, now]));
    return {
      ...g,
      members: order.map((i) => ({ ...all[i]!, conflicts: all[i]!.conflicts.map((c) => ({ ...c, with: where.get(c.with)! })).sort(byWith) })),
    };
  });
}

/**
 * How two claims of one slot bucket are linked: compared (about the same thing, so they agree or
 * conflict), or not compared but of one story with the very same value (the same fact, told without
 * the words in common that a comparison of dates needs): neither is then a claim of one source only.
 */
function linked(ctx: Context, x: ClaimRef, y: ClaimRef): 'compared' | 'same-value' | undefined {
  if (comparable(ctx, x, y)) return 'compared';
  const a = x.claim;
  const b = y.claim;
  const same = a.monthDay || b.monthDay
    ? !!a.monthDay && !!b.monthDay && a.monthDay.month === b.monthDay.month && a.monthDay.day === b.monthDay.day
    : a.lo === b.lo && a.hi === b.hi;
  return same && a.role === b.role && ctx.sameStory(x.doc, y.doc) ? 'same-value' : undefined;
}

/**
 * Whether two comparable claims disagree: their intervals do not meet, and neither source itself
 * states both values. A source that gives, in the same slot, a value that meets the other source's
 * and one that does not (an obituary's "seven years" for one sentence and "12 years" for another)
 * is talking about two things there, so the other source's value is no contradiction of it.
 */
function disagree(ctx: Context, x: ClaimRef, y: ClaimRef): boolean {
  if (agree(x.claim, y.claim)) return false;
  return !statesBoth(ctx, x, y) && !statesBoth(ctx, y, x) && confidence(ctx, x, y).score >= CONFLICT_BAR;
}

/**
 * Compared claims whose values differ, but not surely about one thing: neither agreeing nor a
 * conflict, so neither linked in the views nor shown as agreeing on a hover.
 */
function unsure(ctx: Context, x: ClaimRef, y: ClaimRef): boolean {
  return !agree(x.claim, y.claim) && !statesBoth(ctx, x, y) && !statesBoth(ctx, y, x) && confidence(ctx, x, y).score < CONFLICT_BAR;
}

/**
 * How sure the engine is that two compared claims that disagree are about one thing, with what it
 * rests on. Measured on the pairs the engine reported on the tune split and judged by reading: the
 * claims' standing in their sources' leads (a lead tells a story's main facts; a background
 * paragraph deep in a long article tells other things), how much of their sentences the two share,
 * and the same verb beside both. Pairs below CONFLICT_BAR are not reported (docs/ARCHITECTURE.md).
 */
function confidence(ctx: Context, x: ClaimRef, y: ClaimRef): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const inLead = (r: ClaimRef) => r.claim.sentence < Math.max(LEAD_SENTENCES, LEAD_SHARE * r.doc.sentences.length);
  const leads = (inLead(x) ? 1 : 0) + (inLead(y) ? 1 : 0);
  if (leads) {
    score += LEAD_WEIGHT * leads;
    reasons.push(leads === 2 ? 'both in their sources’ leads' : 'one in its source’s lead');
  }
  const sa = ctx.words(x.doc, x.claim.sentence);
  const sb = ctx.words(y.doc, y.claim.sentence);
  const shared = overlap(sa, sb) / Math.max(1, Math.min(sa.size, sb.size));
  score += OVERLAP_WEIGHT * shared;
  if (shared >= 0.5) reasons.push(`${Math.round(100 * shared)}% of their sentences’ words in common`);
  const fa = x.claim.frame;
  const fb = y.claim.frame;
  if (fa?.predicate && fb?.predicate && (fa.predicate === fb.predicate || sameEventClass(fa.predicate, fb.predicate))) {
    score += PREDICATE_WEIGHT;
    reasons.push('the same verb');
  }
  const things = (f: typeof fa) => [f?.head, f?.subject, f?.measure].filter((t): t is string => t !== undefined);
  if (things(fa).some((p) => things(fb).some((q) => sameThing(p, q) || sameMeasure(p, q)))) {
    score += THING_WEIGHT;
    reasons.push('the same thing measured');
  }
  // Each source gives the slot one value: there is only one thing its figure can be about.
  if (!ambiguous(ctx.claimIndex, x) && !ambiguous(ctx.claimIndex, y)) {
    score += CLEAR_WEIGHT;
    reasons.push('one value of it in each source');
  }
  return { score, reasons };
}

/** Whether `x`'s source also states, in a slot of `y`'s, a value that meets `y`'s and not `x`'s. */
function statesBoth(ctx: Context, x: ClaimRef, y: ClaimRef): boolean {
  for (const o of ctx.claimIndex.ofDoc(x.doc.id)) {
    if (o === x || o.claim.kind !== y.claim.kind) continue;
    // A quantity: the other source's very figure, of the same unit, anywhere in this source ("The
    // union puts the turnout at 68 per cent; the trust puts it at 64 per cent", "the €49m fee,
    // payable in three instalments: €19m on completion"): this source tells the two apart.
    // Only a figure of the same thing: "18 people had been injured ... and 12 arrested" does not
    // state another source's "12 people were injured".
    // Nor one of another event or another agent's ("In 2019, Storm Bran killed 11 people").
    if (!ANCHORED.has(y.claim.kind) && o.claim.unit === y.claim.unit && o.claim.event === y.claim.event && sameFigure(o.claim, y.claim) && !agree(o.claim, x.claim) && sameQuantity(o.claim, y.claim) && !differentAgents(ctx, o, y)) return true;
    if (!o.slots.some((s) => y.slots.includes(s))) continue;
    if (agree(o.claim, y.claim) && !agree(o.claim, x.claim) && comparable(ctx, o, y)) return true;
  }
  return false;
}

/** Whose doing a claim is: the agent's entity ('' when none), and whether its mention was a bare surname ("Thomas"). */
interface Agency {
  readonly id: string;
  readonly bare: boolean;
}

/** Index of the first name that starts at `at` or after (names are in text order). */
function firstNameFrom(names: readonly NameMention[], at: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  // A name may begin just before `at` and reach over it.
  return lo > 0 && names[lo - 1]!.end > at ? lo - 1 : lo;
}

/** Whether two claims are of two different agents' doing (see whyNotCompared). */
function differentAgents(ctx: Context, x: ClaimRef, y: ClaimRef): boolean {
  const ga = ctx.agentEntity(x.doc, x.claim);
  const gb = ctx.agentEntity(y.doc, y.claim);
  if (!ga.id || !gb.id || ga.id === gb.id) return false;
  if (ctx.namesBeforeValue(y.doc, y.claim, ga.id) || ctx.namesBeforeValue(x.doc, x.claim, gb.id)) return false;
  // A bare surname may be the other's full name, whichever person the linker gave it.
  return !sameSurname(ctx, ga.id, gb.id, ga.bare || gb.bare);
}

/** The same figure: the same interval. */
function sameFigure(a: Claim, b: Claim): boolean {
  return a.lo === b.lo && a.hi === b.hi;
}

/** Whether nothing in two claims' frames says they measure different things: no frame difference, the same head noun where both have one. */
function sameQuantity(a: Claim, b: Claim): boolean {
  if (framesDiffer(a.frame, b.frame, a.kind === 'count')) return false;
  const fa = a.frame ?? {};
  const fb = b.frame ?? {};
  if (fa.head && fb.head && !sameThing(fa.head, fb.head)) return false;
  // The same measure word is the same quantity ("turnout"); else the same verb, where both have one
  // ("two merchant vessels" rescued are no "two speed boats" that surrounded a ship).
  if (fa.measure && fb.measure && sameMeasure(fa.measure, fb.measure)) return true;
  return !fa.predicate || !fb.predicate || fa.predicate === fb.predicate || sameEventClass(fa.predicate, fb.predicate);
}

/** Whether two claims' intervals meet. Dates without a year meet on month and day. */
function agree(a: Claim, b: Claim): boolean {
  const spec = kindOf(a.kind);
  return spec.agree ? spec.agree(a, b) : intervalsMeet(a, b);
}

// ---- quotations -----------------------------------------------------------------------------------

interface QuoteRef {
  readonly doc: DocumentAnalysis;
  readonly quote: Quotation;
  readonly words: string[];
  readonly content: Set<string>;
  /** The quoted words, normalised, joined by spaces (see flatQuote). */
  readonly flat: string;
  /** Content stems of the words that are no names (lower case, or capitalised only to open a sentence). */
  readonly plain: Set<string>;
  readonly id: number;
}

/**
 * A quotation reduced to its words, lower case, for the test of the same words: a contraction in
 * full ("aren't" and "are not"), an ordinal in words ("11th hour" and "eleventh-hour"), and without
 * what an editor put in brackets ("her (Ms Raman) and her family", "[The crews] had a hard
 * night"), so that spacing, hyphens, dashes and punctuation ("ferry-workers", "say-the third
 * time") never make another wording.
 */
function flatQuote(text: string): string {
  const bare = clockTimes(text.toLowerCase()).replace(/\[[^\]]*\]|\([^)]*\)/g, ' ').replace(/[’‘]/g, "'");
  // Words, a hyphen parting them ("ferry-workers" is "ferry workers"); a decimal stays one ("3.5").
  const words = bare.match(/\d+(?:[.,]\d+)+|[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  return words
    .map((w) => {
      const full = CONTRACTIONS.get(w);
      if (full) return full;
      const ord = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
      const n = ord ? Number(ord[1]) : 0;
      return n >= 1 && n <= ORDINALS.length ? ORDINALS[n - 1]! : spelling(w);
    })
    .join(' ');
}

/**
 * The content stems of a quotation's words that are no names: what two statements about one
 * subject share besides its name ("the Kelso Ferry Act").
 */
function plainWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’‘-][\p{L}\p{N}]+)*/gu)) {
    const w = m[0];
    // Whether the word opens the quotation or a sentence in it: what precedes it, quote marks and
    // spaces aside, is no letter, digit or comma (a few characters back are enough to tell).
    const opens = !/[\p{L}\p{N},;:]/u.test(text.slice(Math.max(0, m.index! - 8), m.index).replace(/[\s"“”'‘’`(\[—–-]+$/u, '').slice(-1));
    if (/^\p{Lu}/u.test(w) && !opens) continue;
    const f = spelling(w.toLowerCase());
    if (f.length >= 3 && !STOP_WORDS.has(f)) out.add(stem(f));
  }
  return out;
}

/** Whether the shorter flat quotation is inside the longer, word for word: the same words, or a fragment of them. */
function sameFlat(a: QuoteRef, b: QuoteRef): boolean {
  const [short, long] = a.flat.length <= b.flat.length ? [a.flat, b.flat] : [b.flat, a.flat];
  // Whole words only: "One of the passengers" is no fragment of "None of the passengers".
  return short.replace(/ /g, '').length >= FLAT_MIN_LETTERS && ` ${long} `.includes(` ${short} `);
}

/** Quoted words, normalised: lower case, straight apostrophes, no punctuation. */
function quoteWords(text: string): string[] {
  // Spelling does not make another wording: apostrophes and hyphens go ("population's" and
  // "populations'", "e-mail" and "email"), and so do British and American endings.
  return (clockTimes(text.toLowerCase()).match(/[\p{L}\p{N}]+(?:['’‘-][\p{L}\p{N}]+)*['’]?/gu) ?? []).map(spelling);
}

/**
 * A clock time in one form ("18:41", "6:41 p.m.", "6.41pm"), so that a quotation that gives it on
 * the 24-hour clock and one that gives it on the 12-hour clock, with its zone or without, say the
 * same words. Only a colon
 * makes a 24-hour time ("3.50" is a sum); a time without minutes is one with ":00" ("6 p.m.").
 */
function clockTimes(lower: string): string {
  return lower
    .replace(/\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?/g, (m, h: string, mm: string | undefined, ap: string) => {
      const hour = Number(h);
      if (hour < 1 || hour > 12) return m;
      return `t${(hour % 12) + (ap === 'p' ? 12 : 0)}h${mm ?? '00'}`;
    })
    .replace(/\b([01]?\d|2[0-3]):([0-5]\d)\b/g, (_m, h: string, mm: string) => `t${Number(h)}h${mm}`)
    // The zone a time is given in is how it is written, not what was said ("6:41pm PST", "18:41").
    .replace(/\b(t\d{1,2}h\d{2})\s+([a-z]{1,5})\b/g, (m, t: string, zone: string) => (isZoneAbbreviation(zone) ? t : m));
}

function spelling(w: string): string {
  return w.replace(/['’‘-]/g, '').replace(/(?<=\p{L}{3})(?:is(?=e[ds]?$|ing$|ation$)|our(?=s?$|ed$|ing$))/u, (m) => (m === 'is' ? 'iz' : 'or'));
}

/** Quotations by the story entities of their documents. */
class QuoteIndex {
  private readonly buckets = new Map<string, Set<QuoteRef>>();
  private readonly keysOf = new Map<QuoteRef, readonly string[]>();
  private readonly byQuote = new Map<Quotation, QuoteRef>();
  private readonly byDoc = new Map<string, QuoteRef[]>();
  private nextId = 0;

  add(doc: DocumentAnalysis, story: readonly string[]): void {
    const list: QuoteRef[] = [];
    for (const quote of doc.quotes) {
      const words = quoteWords(quote.text);
      const content = new Set(words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w)).map(stem));
      const ref: QuoteRef = { doc, quote, words, content, flat: flatQuote(quote.text), plain: plainWords(quote.text), id: this.nextId++ };
      list.push(ref);
      this.byQuote.set(quote, ref);
      this.keysOf.set(ref, story);
      for (const e of story) {
        let b = this.buckets.get(e);
        if (!b) this.buckets.set(e, (b = new Set()));
        b.add(ref);
      }
    }
    this.byDoc.set(doc.id, list);
  }

  remove(id: string): void {
    for (const ref of this.byDoc.get(id) ?? []) {
      for (const e of this.keysOf.get(ref)!) {
        const b = this.buckets.get(e)!;
        b.delete(ref);
        if (b.size === 0) this.buckets.delete(e);
      }
      this.keysOf.delete(ref);
      if (this.byQuote.get(ref.quote) === ref) this.byQuote.delete(ref.quote);
    }
    this.byDoc.delete(id);
  }

  ofDoc(id: string): readonly QuoteRef[] {
    return this.byDoc.get(id) ?? [];
  }

  refOf(doc: DocumentAnalysis, quote: Quotation): QuoteRef | undefined {
    const r = this.byQuote.get(quote);
    return r && r.doc === doc ? r : undefined;
  }

  /** Quotations of documents sharing a story entity with `ref`'s. */
  candidates(ref: QuoteRef): QuoteRef[] {
    const out = new Set<QuoteRef>();
    for (const e of this.keysOf.get(ref) ?? []) for (const r of this.buckets.get(e) ?? []) if (r !== ref) out.add(r);
    return [...out];
  }
}

/** Whether two quotations of one story are the same statement (in the same or in other words). */
function quotesLinked(ctx: Context, a: QuoteRef, b: QuoteRef): boolean {
  return ctx.sameStory(a.doc, b.doc) && judgeQuotes(a, b) !== undefined;
}

/** A quotation as a message quotes it: at most 140 characters. */
function shortQuote(text: string): string {
  return text.length > 140 ? text.slice(0, 137) + '…' : text;
}

/**
 * 'same' (the same words, or a fragment), 'close' (many content words in common: the same statement
 * worded differently, or two statements about one thing; see oneStatement), or nothing.
 */
function judgeQuotes(a: QuoteRef, b: QuoteRef): 'same' | 'close' | undefined {
  if (sameWords(a.words, b.words) || sameFlat(a, b) || (nearlySameContent(a, b) && onlySlips(a.words, b.words))) return 'same';
  let n = 0;
  for (const w of a.content) if (b.content.has(w)) n++;
  const small = Math.min(a.content.size, b.content.size);
  return n >= 3 && small >= 3 && n / small >= 0.6 ? 'close' : undefined;
}

/** The entities said to speak a quotation: its speaker, and one named jointly with it ("said X and Y"). */
function speakersOf(ctx: Context, r: QuoteRef): string[] {
  const ids: string[] = [];
  for (const i of [r.quote.speaker, r.quote.coSpeaker]) {
    const e = i === undefined ? undefined : ctx.entityName(r.doc, i);
    if (e) ids.push(e.id);
  }
  return ids;
}

/**
 * Whether two close wordings are one statement: one person is the speaker of both and they share a
 * word besides names, or they share more than the name of their subject (at least 3 content words that are no names and
 * STATEMENT_PLAIN_SHARE of the fewer's).
 */
function oneStatement(ctx: Context, a: QuoteRef, b: QuoteRef): boolean {
  let n = 0;
  for (const w of a.plain) if (b.plain.has(w)) n++;
  // One speaker's two remarks that share only the name of their subject are two remarks.
  const sb = speakersOf(ctx, b);
  if (n >= 1 && speakersOf(ctx, a).some((x) => sb.includes(x))) return true;
  return n >= 3 && n / Math.max(1, Math.min(a.plain.size, b.plain.size)) >= STATEMENT_PLAIN_SHARE;
}

/**
 * Whether two quotations' content words are the same but for a misspelt word (two stems, one on each
 * side): slips touch small words only, so this cheap test spares the word diff most pairs.
 */
function nearlySameContent(a: QuoteRef, b: QuoteRef): boolean {
  if (Math.abs(a.content.size - b.content.size) > 1) return false;
  let missing = 0;
  for (const w of a.content) if (!b.content.has(w) && ++missing > 1) return false;
  return true;
}

/** The conflicts of document `doc`'s quotations with other documents' (see compareClaimsOf). */
function compareQuotesOf(ctx: Context, index: QuoteIndex, doc: DocumentAnalysis, dirty: (id: string) => boolean): Conflict[] {
  const out: Conflict[] = [];
  for (const me of index.ofDoc(doc.id)) {
    for (const other of index.candidates(me)) {
      if (other.doc === doc || (dirty(other.doc.id) && other.doc.id < doc.id)) continue;
      const [a, b] = doc.id < other.doc.id ? [me, other] : [other, me];
      const c = quoteConflict(ctx, a, b);
      if (c) out.push(c);
    }
  }
  return out;
}

function quoteConflict(ctx: Context, a: QuoteRef, b: QuoteRef): Conflict | undefined {
  let shared = 0;
  for (const w of a.content) if (b.content.has(w)) shared++;
  if (!shared || !ctx.sameStory(a.doc, b.doc)) return undefined;
  const verdict = judgeQuotes(a, b);
  if (!verdict) return undefined;
  const same = verdict === 'same';
  const sa = a.quote.speaker !== undefined ? ctx.entityName(a.doc, a.quote.speaker) : undefined;
  const sb = b.quote.speaker !== undefined ? ctx.entityName(b.doc, b.quote.speaker) : undefined;
  // Only speakers the text names at the quotation ("said X", "X said:", "according to X", a label)
  // can differ: a "he said" resolved to the last person named is a guess.
  const named = (r: QuoteRef) => r.quote.speakerCue !== undefined && r.quote.speakerCue !== 'he/she';
  // An attribution conflict needs both speakers named at the quotation itself: a paragraph that goes
  // on quoting (news convention) tells two people's statements apart, but is no attribution to dispute.
  const namedHere = (r: QuoteRef) => named(r) && r.quote.speakerCue !== 'continued';
  // Two speakers named jointly ("said Mayor Achebe and Ms Raman") both said the words.
  const spokeB = speakersOf(ctx, b);
  const differentPeople = !!sa && !!sb && sa.kind === 'person' && sb.kind === 'person' && !speakersOf(ctx, a).some((x) => spokeB.includes(x));
  // Two people's statements are two statements, however alike.
  if (differentPeople && !same && named(a) && named(b)) return undefined;
  const close = !same && oneStatement(ctx, a, b);
  const side = (r: QuoteRef, who: { name: string } | undefined): Side => ({
    doc: r.doc,
    span: r.quote,
    says: `“${shortQuote(r.quote.text)}”${who ? ` (${who.name})` : ''}`,
    keyText: r.quote.text,
  });
  // A phrase of a few words (a film's title, a slogan, scare quotes) is no statement to attribute.
  if (same && differentPeople && namedHere(a) && namedHere(b) && Math.min(a.words.length, b.words.length) >= ATTRIBUTION_MIN_WORDS) {
    // The attribution is what is in dispute: the finding covers the quotation and its speaker.
    const withSpeaker = (r: QuoteRef): Side => {
      const m = r.doc.names[r.quote.speaker!]!;
      return { ...side(r, r === a ? sa : sb), span: { start: Math.min(r.quote.start, m.start), end: Math.max(r.quote.end, m.end) } };
    };
    return { kind: 'attribution', label: 'Same words, different speakers', a: withSpeaker(a), b: withSpeaker(b) };
  }
  if (close) {
    return {
      kind: 'quotation',
      label: 'Quotation worded differently',
      a: side(a, sa),
      b: side(b, sb),
      detail: (from) => wordDiff(from === 'a' ? a.quote.text : b.quote.text, from === 'a' ? b.quote.text : a.quote.text),
    };
  }
  return undefined;
}

/** Whether a quotation is a statement: one or two quoted words are scare quotes ("constructive"). */
function isStatement(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3;
}

/** The same words, or one quotation a fragment of the other. */
function sameWords(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (!sameWord(long[i + k]!, short[k]!)) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether two wordings differ only by slips: at most SLIP_MAX_WORDS words, each a SLIP_WORDS word,
 * dropped or added, none put for another ("and there were another dozen" and "and there another
 * dozen").
 */
export function onlySlips(a: readonly string[], b: readonly string[]): boolean {
  if (Math.min(a.length, b.length) < SLIP_MIN_WORDS || Math.abs(a.length - b.length) > SLIP_MAX_WORDS) return false;
  // A word misspelt by a letter is the word ("neighbourhood" and "neighborhood").
  const d = diffWords(a, b, sameWord);
  if (!d) return false;
  // Words dropped or added only: a word put for another ("to Kelso", "from Kelso") is another
  // wording, but for an article or demonstrative put for another ("the timetable", "this timetable").
  if (!d.swaps.every(([x, y]) => x.length === 1 && y.length === 1 && SWAP_WORDS.has(x[0]!) && SWAP_WORDS.has(y[0]!))) return false;
  const swapped = new Set(d.swaps.flat());
  const changed = [...d.onlyA, ...d.onlyB].filter((run) => !swapped.has(run)).flat();
  return changed.length <= SLIP_MAX_WORDS && changed.every((w) => SLIP_WORDS.has(w));
}

/** One word, or one misspelt by a letter ("lockdwon", "dozen"/"dozne"): a typo is no other wording. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < TYPO_MIN_LENGTH || b.length < TYPO_MIN_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const da = a.length - i - j;
  const db = b.length - i - j;
  // One letter added, dropped or changed, or two letters swapped.
  return (da <= 1 && db <= 1) || (da === 2 && db === 2 && a[i] === b[i + 1] && a[i + 1] === b[i]);
}


/** "Only here: …; only there: …": the words each wording has that the other lacks, in runs. */
export function wordDiff(here: string, there: string): string {
  const d = diffWords(quoteWords(here), quoteWords(there));
  if (!d) return '';
  const q = (xs: string[][]) => (xs.length ? xs.map((x) => `“${x.join(' ')}”`).join(', ') : 'nothing');
  return `Only here: ${q(d.onlyA)}; only there: ${q(d.onlyB)}`;
}

/** The runs of words each wording has that the other lacks (a longest common subsequence); none for very long ones. */
function diffWords(a: readonly string[], b: readonly string[], same: (x: string, y: string) => boolean = (x, y) => x === y): { onlyA: string[][]; onlyB: string[][]; swaps: Array<[string[], string[]]> } | undefined {
  const n = a.length;
  const m = b.length;
  if (n * m > 250000) return undefined;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = same(a[i]!, b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const onlyA: string[][] = [];
  const onlyB: string[][] = [];
  let runA: string[] = [];
  let runB: string[] = [];
  // Runs of one that stand where the other has other words (a replacement, not a drop).
  const swaps: Array<[string[], string[]]> = [];
  const flush = () => {
    if (runA.length && runB.length) swaps.push([runA, runB]);
    if (runA.length) onlyA.push(runA);
    if (runB.length) onlyB.push(runB);
    runA = [];
    runB = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(a[i]!, b[j]!)) {
      flush();
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) runB.push(b[j++]!);
    else runA.push(a[i++]!);
  }
  flush();
  return { onlyA, onlyB, swaps };
}

// ---- roles ----------------------------------------------------------------------------------------

/** Role conflicts of one person: sources giving offices that cannot both be right. */
function compareRoles(ctx: Context, entity: Entity): Conflict[] {
  const out: Conflict[] = [];
  if (entity.kind !== 'person' || entity.roles.size < 2) return out;
  const shaped = [...entity.roles.keys()].sort().map((d) => ({ d, roles: entity.roles.get(d)!.map((r) => ({ r, s: roleShape(r.text) })) }));
  // Fast path: every source gives the same office (the common case, even for much-named people).
  const offices = new Set(shaped.flatMap((x) => x.roles.map((y) => (y.s ? `${y.s.head}|${y.s.rank.join()}|${y.s.domain.join()}|${y.s.former}` : '?'))));
  if (offices.size < 2) return out;
  // Offices some source gives the person at once ("president and general manager", or each in its
  // own sentence): both are true, whichever other sources give one of them.
  const together = new Set<string>();
  for (const x of shaped) {
    const heads = [...new Set(x.roles.flatMap((y) => (y.s ? (y.s.parts.length ? y.s.parts : [y.s]).map((p) => p.head) : [])))];
    for (let i = 0; i < heads.length; i++) for (let j = i + 1; j < heads.length; j++) together.add(officePair(heads[i]!, heads[j]!));
  }
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
        if (!x.s || rb.some((y) => y.s && !rolesDisagree(x.s!, y.s, together))) continue;
        for (const y of rb) {
          if (!y.s || ra.some((z) => z.s && !rolesDisagree(z.s, y.s!, together))) continue;
          if (!rolesDisagree(x.s, y.s, together)) continue;
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
  return out;
}

function baseName(id: string): string {
  return id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
}

export { fmt, isoOf };
