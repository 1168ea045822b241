/**
 * A corpus: the documents of one workspace folder (or of one CLI run), each analysed once per text,
 * and what compares them (entities, findings), built once per version of the corpus when asked for.
 */
import { Alignment } from './align';
import { Comparison } from './compare';
import { analyseDocument, type DocumentAnalysis } from './document';
import { EntityIndex } from './entities';
import type { Finding } from './findings';

export interface CorpusChange {
  /** Documents added, changed or removed (empty when the text was the one already analysed). */
  readonly changed: readonly string[];
}

export class Corpus {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private entityIndex: EntityIndex | undefined;
  private comparisonCache: Comparison | undefined;
  private alignmentCache: Alignment | undefined;
  private findingsByDoc: Map<string, Finding[]> | undefined;
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

  /** Adds or replaces a document. When the text is the one already analysed, nothing is recomputed. */
  set(id: string, text: string): CorpusChange {
    const old = this.docs.get(id);
    if (old && old.text === text) return { changed: [] };
    this.docs.set(id, analyseDocument(id, text));
    this.invalidate();
    return { changed: [id] };
  }

  /** Removes a document. */
  delete(id: string): CorpusChange {
    if (!this.docs.delete(id)) return { changed: [] };
    this.invalidate();
    return { changed: [id] };
  }

  /** The entities of the corpus: every name mention, linked across documents. */
  entities(): EntityIndex {
    this.entityIndex ??= new EntityIndex([...this.docs.values()]);
    return this.entityIndex;
  }

  /** The comparison of the documents: findings, and each claim's counterparts for hovers. */
  comparison(): Comparison {
    this.comparisonCache ??= new Comparison(
      this.ids().map((id) => this.docs.get(id)!),
      this.entities(),
    );
    return this.comparisonCache;
  }

  /** The alignment of the documents' sentences: corresponding passages across sources. */
  alignment(): Alignment {
    this.alignmentCache ??= new Alignment(
      this.ids().map((id) => this.docs.get(id)!),
      this.entities(),
    );
    return this.alignmentCache;
  }

  /** Sets which conflicts a user has reviewed (by key); their findings are no longer reported. */
  setReviewed(reviewed: (key: string) => boolean): void {
    this.reviewed = reviewed;
    this.findingsByDoc = undefined;
  }

  /** The findings reported in document `id`. */
  findingsFor(id: string): readonly Finding[] {
    return this.allFindings().get(id) ?? [];
  }

  /** Every finding of the corpus, by document. */
  allFindings(): ReadonlyMap<string, Finding[]> {
    this.findingsByDoc ??= this.comparison().findings(this.reviewed);
    return this.findingsByDoc;
  }

  private invalidate(): void {
    this.generationCounter++;
    this.entityIndex = undefined;
    this.comparisonCache = undefined;
    this.alignmentCache = undefined;
    this.findingsByDoc = undefined;
  }
}
