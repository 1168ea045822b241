/** The document outline: its headings (entities join them with the names work). */
import { type Connection, type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { toRange } from '../convert';
import type { Session } from '../session';

export function registerDocumentSymbols(connection: Connection, session: Session): void {
  connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    const { doc } = found;
    return doc.paragraphs
      .filter((p) => p.kind === 'heading')
      .map((p) => {
        const range = toRange(doc, p);
        const name = doc.text.slice(p.start, p.end).replace(/^#+\s*/, '').trim() || '(heading)';
        return { name, kind: SymbolKind.String, range, selectionRange: range };
      });
  });
}
