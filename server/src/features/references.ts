/**
 * Find All References: on a name, every mention of its entity across the corpus; elsewhere in a
 * sentence, its corresponding passages in the other sources.
 */
import type { Connection, Location } from 'vscode-languageserver';
import { toLocation, toOffset } from '../convert';
import type { Session } from '../session';
import { passagesAt } from './passages';

export function registerReferences(connection: Connection, session: Session): void {
  connection.onReferences((params): Location[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    const { folder, doc } = found;
    const offset = toOffset(doc, params.position);
    const hit = folder.corpus.entities().at(doc.id, offset);
    if (!hit) return passagesAt(session, folder, doc, offset).map((p) => ({ uri: p.link.targetUri, range: p.link.targetSelectionRange }));
    const out: Location[] = [];
    for (const { doc: d, mention } of hit.entity.mentions) {
      const other = folder.corpus.get(d);
      if (other) out.push(toLocation(session.uris, other, mention));
    }
    return out;
  });
}
