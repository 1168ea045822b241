/**
 * The engine's own data types. Offsets are UTF-16 code unit offsets into the document's text
 * (the unit of JavaScript strings and of LSP's default position encoding), end exclusive.
 */

/** A half-open range `[start, end)` of a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a block of text is: running prose, a heading, a list item or a table-of-contents line. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'toc';

/** A paragraph, heading, list item or table-of-contents line, with the sentences it holds. */
export interface Paragraph extends Span {
  readonly index: number;
  readonly kind: BlockKind;
  /** Index of its first sentence in {@link DocumentAnalysis.sentences}. */
  readonly firstSentence: number;
  readonly sentenceCount: number;
}

/** A sentence (or a heading, list item or table-of-contents line taken as one unit). */
export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly kind: BlockKind;
}

/** The date a document gives for itself (a dateline), as a calendar day. */
export interface DocumentDate {
  /** `YYYY-MM-DD`. */
  readonly iso: string;
  /** Where the text states it. */
  readonly span: Span;
}

/** Where something is: a document and a span of its text. */
export interface Location {
  readonly doc: string;
  readonly span: Span;
}
