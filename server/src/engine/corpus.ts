/**
 * A corpus: the documents of one workspace folder (or of one CLI run), each analysed once per text,
 * and the findings that compare them. Updating one document re-analyses that document only.
 */
import { analyseDocument, type DocumentAnalysis } from './document';
import { compareDocuments } from './compare';
import { EntityIndex } from './entities';
import type { Finding } from './findings';

export interface CorpusChange {
  /** Documents added, changed or removed. */
  readonly changed: readonly string[];
  /** Every document whose findings may differ after the change (the changed ones included). */
  readonly affected: readonly string[];
}

export class Corpus {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private findingsByDoc: Map<string, Finding[]> | undefined;
  private entityIndex: EntityIndex | undefined;
  private generationCounter = 0;
  private reviewed: (key: string) => boolean = () => false;

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

  get(id: string): DocumentAnalysis | undefined {
    return this.docs.get(id);
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /**
   * Adds or replaces a document. When the text is the one already analysed, nothing is recomputed.
   * Returns the documents whose findings may have changed.
   */
  set(id: string, text: string): CorpusChange {
    const old = this.docs.get(id);
    if (old && old.text === text) return { changed: [], affected: [] };
    const before = this.findingsByDoc ? this.relatedDocs(id) : new Set<string>();
    this.docs.set(id, analyseDocument(id, text));
    return this.invalidate(id, before);
  }

  /** Removes a document; returns the documents whose findings may have changed. */
  delete(id: string): CorpusChange {
    if (!this.docs.has(id)) return { changed: [], affected: [] };
    const before = this.findingsByDoc ? this.relatedDocs(id) : new Set<string>();
    this.docs.delete(id);
    return this.invalidate(id, before);
  }

  /** The entities of the corpus: every name mention, linked across documents. */
  entities(): EntityIndex {
    if (!this.entityIndex) this.entityIndex = new EntityIndex([...this.docs.values()]);
    return this.entityIndex;
  }

  /** The findings reported in document `id`. */
  findingsFor(id: string): readonly Finding[] {
    return this.allFindings().get(id) ?? [];
  }

  /** Every finding of the corpus, by document. */
  allFindings(): ReadonlyMap<string, Finding[]> {
    if (!this.findingsByDoc) this.findingsByDoc = this.computeFindings();
    return this.findingsByDoc;
  }

  private invalidate(id: string, before: Set<string>): CorpusChange {
    this.generationCounter++;
    this.findingsByDoc = undefined;
    this.entityIndex = undefined;
    const after = this.relatedDocs(id);
    const affected = new Set<string>([id, ...before, ...after]);
    return { changed: [id], affected: [...affected].sort() };
  }

  /** Documents that share a finding with `id` (its findings' related passages, and theirs). */
  private relatedDocs(id: string): Set<string> {
    const out = new Set<string>();
    for (const f of this.allFindings().get(id) ?? []) for (const r of f.related) out.add(r.doc);
    return out;
  }

  /**
   * Sets which conflicts a user has reviewed (by key); their findings are no longer reported.
   * Returns every document whose findings may have changed.
   */
  setReviewed(reviewed: (key: string) => boolean): string[] {
    const before = this.findingsByDoc;
    this.reviewed = reviewed;
    this.findingsByDoc = undefined;
    const ids = new Set<string>(before ? [...before.keys()] : []);
    for (const id of this.allFindings().keys()) ids.add(id);
    return [...ids].sort();
  }

  /** Cross-document comparison of claims, quotations and roles. */
  private computeFindings(): Map<string, Finding[]> {
    const docs = this.ids().map((id) => this.docs.get(id)!);
    return compareDocuments(docs, this.entities(), this.reviewed);
  }
}
