/**
 * A corpus: the documents of one workspace folder (or of one CLI run), each analysed once per text,
 * and what compares them (entities, findings), built once per version of the corpus when asked for.
 */
import { Alignment } from './align';
import { Comparison, inBuckets } from './compare';
import { analyseDocument, type DocumentAnalysis } from './document';
import { EntityIndex } from './entities';
import type { Finding, VerdictOf } from './findings';

export interface CorpusChange {
  /** Documents added, changed or removed (empty when the text was the one already analysed). */
  readonly changed: readonly string[];
}

export class Corpus {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly entityIndex = new EntityIndex();
  private comparisonState: Comparison | undefined;
  private alignmentState: Alignment | undefined;
  /** Documents changed (or removed: undefined) since the entity index last heard of them. */
  private readonly pendingEntities = new Map<string, DocumentAnalysis | undefined>();
  /** What the comparison has yet to hear: documents changed or removed, and those to compare again. */
  private readonly pendingComparison = { changed: new Map<string, DocumentAnalysis | undefined>(), dirty: new Set<string>(), entities: new Set<string>() };
  /** What the alignment has yet to hear: documents to index again (undefined: removed). */
  private readonly pendingAlignment = new Map<string, DocumentAnalysis | undefined>();
  private generationCounter = 0;
  private verdicts: VerdictOf = () => undefined;
  private singleSource = false;

  /** Increases on every change of the corpus's content. */
  get generation(): number {
    return this.generationCounter;
  }

  get size(): number {
    return this.docs.size;
  }

  /** Document ids in a stable (sorted) order. */
  ids(): string[] {
    return [...this.docs.keys()].sort();
  }

  /** Document ids in no particular order (cheaper than `ids()`). */
  documents(): IterableIterator<string> {
    return this.docs.keys();
  }

  get(id: string): DocumentAnalysis | undefined {
    return this.docs.get(id);
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Adds or replaces a document. When the text is the one already analysed, nothing is recomputed. */
  set(id: string, text: string): CorpusChange {
    const old = this.docs.get(id);
    if (old && old.text === text) return { changed: [] };
    const doc = analyseDocument(id, text);
    this.docs.set(id, doc);
    this.pendingEntities.set(id, doc);
    this.generationCounter++;
    return { changed: [id] };
  }

  /** Removes a document. */
  delete(id: string): CorpusChange {
    if (!this.docs.delete(id)) return { changed: [] };
    this.pendingEntities.set(id, undefined);
    this.generationCounter++;
    return { changed: [id] };
  }

  /** The entities of the corpus: every name mention, linked across documents. */
  entities(): EntityIndex {
    if (this.pendingEntities.size === 0) return this.entityIndex;
    const changed: DocumentAnalysis[] = [];
    const removed: string[] = [];
    for (const [id, doc] of this.pendingEntities) if (doc) changed.push(doc);
    else removed.push(id);
    this.pendingEntities.clear();
    const index = this.entityIndex;
    const ch = index.update(changed, removed);
    if (this.alignmentState) {
      for (const id of removed) this.pendingAlignment.set(id, undefined);
      for (const id of ch.relinked) this.pendingAlignment.set(id, this.docs.get(id));
    }
    if (this.comparisonState) {
      const p = this.pendingComparison;
      for (const d of changed) p.changed.set(d.id, d);
      for (const id of removed) p.changed.set(id, undefined);
      for (const id of ch.relinked) p.dirty.add(id);
      for (const id of ch.touched.keys()) p.entities.add(id);
      for (const id of ch.renamed) p.entities.add(id);
      // Documents whose comparisons rest on what changed about an entity: its kind (places, speakers),
      // its name (in messages about quotations), or whether it makes candidate buckets.
      for (const id of ch.rekinded) for (const d of index.get(id)?.byDoc.keys() ?? []) p.dirty.add(d);
      for (const [id, before] of ch.touched) {
        if (inBuckets(before) !== inBuckets(index.documentCount(id))) for (const d of index.get(id)?.byDoc.keys() ?? []) p.dirty.add(d);
      }
      for (const id of ch.renamed) {
        for (const d of index.get(id)?.byDoc.keys() ?? []) {
          const doc = this.docs.get(d);
          if (doc?.quotes.some((q) => q.speaker !== undefined && index.at(d, doc.names[q.speaker]!.start)?.entity.id === id)) p.dirty.add(d);
        }
      }
    }
    return index;
  }

  /** The comparison of the documents: findings, and each claim's counterparts for hovers. */
  comparison(): Comparison {
    const entities = this.entities();
    if (!this.comparisonState) {
      this.comparisonState = new Comparison(this.ids().map((id) => this.docs.get(id)!), entities);
      this.comparisonState.setVerdicts(this.verdicts);
      this.comparisonState.setSingleSource(this.singleSource);
      return this.comparisonState;
    }
    const p = this.pendingComparison;
    if (p.changed.size || p.dirty.size || p.entities.size) {
      const changed: DocumentAnalysis[] = [];
      const removed: string[] = [];
      for (const [id, doc] of p.changed) if (doc) changed.push(doc);
      else removed.push(id);
      const dirty = new Set([...p.dirty].filter((id) => this.docs.has(id)));
      for (const d of changed) dirty.add(d.id);
      this.comparisonState.update(changed, removed, dirty, p.entities);
      p.changed.clear();
      p.dirty.clear();
      p.entities.clear();
    }
    return this.comparisonState;
  }

  /** The alignment of the documents' sentences: corresponding passages across sources. */
  alignment(): Alignment {
    const entities = this.entities();
    if (!this.alignmentState) {
      this.alignmentState = new Alignment(
        this.ids().map((id) => this.docs.get(id)!),
        entities,
      );
    } else if (this.pendingAlignment.size) {
      const changed: DocumentAnalysis[] = [];
      const removed: string[] = [];
      for (const [id, doc] of this.pendingAlignment) if (doc) changed.push(doc);
      else removed.push(id);
      this.pendingAlignment.clear();
      this.alignmentState.update(changed, removed, entities);
    }
    return this.alignmentState;
  }

  /**
   * Builds the comparison and the alignment in slices of documents, awaiting `pause` between them,
   * so that a server answers requests meanwhile. Gives up (leaving the work to the next question)
   * when the corpus changes during a pause. The result is the one a build in one go gives.
   */
  async prepare(pause: () => Promise<void>, slice = 250): Promise<void> {
    const generation = this.generationCounter;
    const entities = this.entities();
    await pause();
    const ids = this.ids();
    if (!this.comparisonState) {
      const building = new Comparison([], entities);
      building.setVerdicts(this.verdicts);
      building.setSingleSource(this.singleSource);
      for (let i = 0; i < ids.length; i += slice) {
        if (this.generationCounter !== generation || this.comparisonState) return;
        const docs = ids.slice(i, i + slice).map((id) => this.docs.get(id)!);
        building.update(docs, [], new Set(docs.map((d) => d.id)), new Set());
        await pause();
      }
      if (this.generationCounter !== generation || this.comparisonState) return;
      this.comparisonState = building;
    }
    if (!this.alignmentState) {
      const building = new Alignment([], entities);
      for (let i = 0; i < ids.length; i += slice) {
        if (this.generationCounter !== generation || this.alignmentState) return;
        building.update(ids.slice(i, i + slice).map((id) => this.docs.get(id)!), [], entities);
        await pause();
      }
      if (this.generationCounter !== generation || this.alignmentState) return;
      this.alignmentState = building;
    }
  }

  /**
   * Sets the user's verdicts on conflicts (by key): a conflict that is 'dismissed' (not a conflict)
   * is no longer reported; a 'confirmed' one is, marked as confirmed.
   */
  setVerdicts(verdicts: VerdictOf): void {
    this.verdicts = verdicts;
    this.comparisonState?.setVerdicts(verdicts);
  }

  /** Whether findings include claims and quotations no other source makes (kind `single-source`). */
  setSingleSource(on: boolean): void {
    this.singleSource = on;
    this.comparisonState?.setSingleSource(on);
  }

  /** The findings reported in document `id` (the same array while they stay the same). */
  findingsFor(id: string): readonly Finding[] {
    return this.comparison().findingsFor(id);
  }

  /** Every finding of the corpus, by document (documents with findings only, sorted). */
  allFindings(): ReadonlyMap<string, Finding[]> {
    return this.comparison().findings();
  }
}
