/** Find All References on a name: every mention of its entity across the corpus. */
import type { Connection, Location } from 'vscode-languageserver';
import { toLocation, toOffset } from '../convert';
import type { Session } from '../session';

export function registerReferences(connection: Connection, session: Session): void {
  connection.onReferences((params): Location[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    const { folder, doc } = found;
    const hit = folder.corpus.entities().at(doc.id, toOffset(doc, params.position));
    if (!hit) return [];
    const out: Location[] = [];
    for (const { doc: d, mention } of hit.entity.mentions) {
      const other = folder.corpus.get(d);
      if (other) out.push(toLocation(session.uris, other, mention));
    }
    return out;
  });
}
