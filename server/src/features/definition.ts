/** Go to corresponding passage (F12, Peek): filled in by the alignment work; routed now. */
import type { Connection, Definition, LocationLink } from 'vscode-languageserver';
import type { Session } from '../session';

export function registerDefinition(connection: Connection, session: Session): void {
  connection.onDefinition((params): Definition | LocationLink[] | null => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return null;
    return [];
  });
}
