/** Find All References: mentions of a name, or corresponding passages; routed now. */
import type { Connection, Location } from 'vscode-languageserver';
import type { Session } from '../session';

export function registerReferences(connection: Connection, session: Session): void {
  connection.onReferences((params): Location[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    return [];
  });
}
