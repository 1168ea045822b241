/** Workspace symbols (Ctrl+T): entities by name, over every workspace folder. */
import type { Connection, SymbolInformation } from 'vscode-languageserver';
import { toLocation } from '../convert';
import type { Session } from '../session';
import { ENTITY_SYMBOL } from '../symbol-kinds';

const LIMIT = 500;

export function registerWorkspaceSymbols(connection: Connection, session: Session): void {
  connection.onWorkspaceSymbol((params): SymbolInformation[] => {
    const out: SymbolInformation[] = [];
    for (const folder of session.allFolders()) {
      for (const entity of folder.corpus.entities().search(params.query)) {
        const first = entity.mentions[0]!;
        const doc = folder.corpus.get(first.doc);
        if (!doc) continue;
        out.push({
          name: entity.name,
          kind: ENTITY_SYMBOL[entity.kind],
          location: toLocation(session.uris, doc, first.mention),
          containerName: `${entity.kind}, ${entity.byDoc.size} ${entity.byDoc.size === 1 ? 'source' : 'sources'}`,
        });
        if (out.length >= LIMIT) return out;
      }
    }
    return out;
  });
}
