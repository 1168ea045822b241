/** Code actions on conflicts ("Mark as reviewed", "Open the other passage"); routed now. */
import type { CodeAction, Connection } from 'vscode-languageserver';
import type { Session } from '../session';

export function registerCodeActions(connection: Connection, session: Session): void {
  connection.onCodeAction((params): CodeAction[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    return [];
  });
}
