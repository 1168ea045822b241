/** Document highlights: other mentions of the same entity in the file; routed now. */
import type { Connection, DocumentHighlight } from 'vscode-languageserver';
import type { Session } from '../session';

export function registerHighlights(connection: Connection, session: Session): void {
  connection.onDocumentHighlight((params): DocumentHighlight[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    return [];
  });
}
