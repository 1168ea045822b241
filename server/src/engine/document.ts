/**
 * Analysis of one document on its own: everything that does not depend on the other sources.
 * Computed once per text; the corpus reuses it until the text changes.
 */
import { type Claim, findClaims, type WeekdayMismatch } from './claims';
import { findDocumentDate } from './docdate';
import { LineIndex } from './lines';
import { findNames, type NameMention } from './names';
import { findQuotations, type Quotation } from './quotes';
import { segment } from './segment';
import { tokenize } from './tokens';
import { sanitize } from './text';
import type { DocumentDate, Paragraph, Sentence } from './types';

export interface DocumentAnalysis {
  /** The document's id in its corpus (a file path in the CLI and the server). */
  readonly id: string;
  /** The text as the editor or the disk has it; offsets refer to it. */
  readonly text: string;
  readonly lines: LineIndex;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly date: DocumentDate | undefined;
  /** Names, in text order (weak candidates included: the entity index decides on them). */
  readonly names: readonly NameMention[];
  /** Quotations with their speakers, in text order. */
  readonly quotes: readonly Quotation[];
  /** Claims, in text order. */
  readonly claims: readonly Claim[];
  /** Weekdays written beside a date they contradict. */
  readonly weekdayMismatches: readonly WeekdayMismatch[];
}

/** Analyses one document's text. Pure and deterministic. */
export function analyseDocument(id: string, text: string): DocumentAnalysis {
  const clean = sanitize(text);
  const { paragraphs, sentences } = segment(clean);
  const date = findDocumentDate(clean);
  // Tokenised once, for names and claims alike.
  const tokens = sentences.map((s) => tokenize(clean, s.start, s.end));
  const found = findNames(clean, sentences, tokens);
  const quotes = findQuotations(clean, paragraphs, sentences, found);
  const names = unquotedRoles(found, quotes);
  const { claims, weekdayMismatches } = findClaims(clean, sentences, names, date, quotes, tokens);
  return { id, text, lines: new LineIndex(text), paragraphs, sentences, date, names, quotes, claims, weekdayMismatches };
}

/**
 * A title inside a quotation is the speaker's, of their time, not a role the source gives ("As
 * mayor, Councillor Achebe will fight …", quoted from a campaign): those mentions keep no role.
 */
function unquotedRoles(names: NameMention[], quotes: readonly Quotation[]): NameMention[] {
  if (!quotes.length) return names;
  let q = 0;
  return names.map((n) => {
    while (q < quotes.length && quotes[q]!.inner.end < n.end) q++;
    const inside = q < quotes.length && quotes[q]!.inner.start <= n.start;
    if (!inside || !n.role) return n;
    const { role: _quoted, ...rest } = n;
    return rest;
  });
}

/** The sentence that contains `offset` (or the nearest one before it), if any. */
export function sentenceAt(doc: DocumentAnalysis, offset: number): Sentence | undefined {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.start <= offset) {
      found = s[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset <= found.end ? found : undefined;
}
