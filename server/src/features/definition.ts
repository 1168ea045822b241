/** Go to Definition / Peek (F12): the corresponding passage in each other source, best first. */
import type { Connection, Definition, LocationLink } from 'vscode-languageserver';
import { toOffset } from '../convert';
import type { Session } from '../session';
import { passagesAt } from './passages';

export function registerDefinition(connection: Connection, session: Session, linkSupport: () => boolean): void {
  connection.onDefinition((params): Definition | LocationLink[] | null => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return null;
    const { folder, doc } = found;
    const links = passagesAt(session, folder, doc, toOffset(doc, params.position)).map((p) => p.link);
    if (!links.length) return null;
    return linkSupport() ? links : links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
  });
}
