/** Workspace symbols (Ctrl+T): entities by name, filled in by the names work; routed now. */
import type { Connection, SymbolInformation } from 'vscode-languageserver';
import type { Session } from '../session';

export function registerWorkspaceSymbols(connection: Connection, session: Session): void {
  connection.onWorkspaceSymbol((): SymbolInformation[] => {
    void session;
    return [];
  });
}
