/** Hover cards: filled in by the names and claims work; routed and answering now. */
import type { Connection, Hover } from 'vscode-languageserver';
import type { Session } from '../session';

export function registerHover(connection: Connection, session: Session): void {
  connection.onHover((params): Hover | null => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return null;
    return null;
  });
}
