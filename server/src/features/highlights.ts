/** Document highlights: the other mentions of the same entity in the file. */
import { type Connection, type DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';
import { toOffset, toRange } from '../convert';
import type { Session } from '../session';

export function registerHighlights(connection: Connection, session: Session): void {
  connection.onDocumentHighlight((params): DocumentHighlight[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    const { folder, doc } = found;
    const hit = folder.corpus.entities().at(doc.id, toOffset(doc, params.position));
    if (!hit) return [];
    return (hit.entity.byDoc.get(doc.id) ?? []).map((m) => ({ range: toRange(doc, m), kind: DocumentHighlightKind.Text }));
  });
}
