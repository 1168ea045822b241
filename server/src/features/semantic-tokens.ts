/**
 * Semantic tokens: names coloured by kind, numbers, dates and quotations. The custom token types are
 * declared in package.json (`contributes.semanticTokenTypes`) with standard super types, so every
 * theme colours them. Tokens may not overlap: names win over claims, claims over quotations (a
 * quotation is coloured around the names and numbers inside it).
 */
import { type Connection, type SemanticTokens, SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import type { DocumentAnalysis, EntityKind, Span } from '../engine';
import type { Session } from '../session';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'properName', 'number', 'date', 'quotation'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

const TYPE = (t: (typeof TOKEN_TYPES)[number]) => TOKEN_TYPES.indexOf(t);
const TYPE_OF: Record<EntityKind, number> = {
  person: TYPE('person'),
  organization: TYPE('organization'),
  place: TYPE('place'),
  other: TYPE('properName'),
};

interface Piece extends Span {
  readonly type: number;
  readonly rank: number;
}

export function registerSemanticTokens(connection: Connection, session: Session): void {
  connection.languages.semanticTokens.on((params): SemanticTokens => {
    const found = session.analysis(params.textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (!found) return builder.build();
    const { folder, doc } = found;
    const pieces: Piece[] = [];
    for (const { mention, entity } of folder.corpus.entities().inDoc(doc.id)) pieces.push({ start: mention.start, end: mention.end, type: TYPE_OF[entity.kind], rank: 0 });
    for (const c of doc.claims) {
      if (c.derivedFrom) continue;
      pieces.push({ start: c.start, end: c.end, type: c.kind === 'date' || c.kind === 'time' || c.kind === 'year' ? TYPE('date') : TYPE('number'), rank: 1 });
    }
    for (const q of doc.quotes) pieces.push({ start: q.start, end: q.end, type: TYPE('quotation'), rank: 2 });
    for (const p of flatten(pieces)) push(builder, doc, p);
    return builder.build();
  });
}

/** Non-overlapping pieces in text order; a lower rank wins where pieces overlap. */
export function flatten(pieces: readonly Piece[]): Piece[] {
  const sorted = [...pieces].sort((a, b) => a.rank - b.rank || a.start - b.start);
  const taken: Piece[] = [];
  for (const p of sorted) {
    // Cut p around every piece already taken.
    let parts: Span[] = [{ start: p.start, end: p.end }];
    for (const t of taken) {
      const next: Span[] = [];
      for (const s of parts) {
        if (t.end <= s.start || t.start >= s.end) next.push(s);
        else {
          if (t.start > s.start) next.push({ start: s.start, end: t.start });
          if (t.end < s.end) next.push({ start: t.end, end: s.end });
        }
      }
      parts = next;
    }
    for (const s of parts) if (s.end > s.start) taken.push({ ...s, type: p.type, rank: p.rank });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Pushes a piece, one token per line it covers (tokens may not span lines). */
function push(builder: SemanticTokensBuilder, doc: DocumentAnalysis, p: Piece): void {
  const a = doc.lines.positionAt(p.start);
  const b = doc.lines.positionAt(p.end);
  for (let line = a.line; line <= b.line; line++) {
    const from = line === a.line ? a.character : 0;
    const to = line === b.line ? b.character : doc.lines.lineEnd(line) - doc.lines.offsetAt({ line, character: 0 });
    if (to > from) builder.push(line, from, to - from, p.type, 0);
  }
}
