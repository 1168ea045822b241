/** The document outline: its headings, then the entities it names (each at its first mention). */
import { type Connection, type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { toRange } from '../convert';
import type { Entity, NameMention } from '../engine';
import type { Session } from '../session';
import { ENTITY_SYMBOL } from '../symbol-kinds';

export function registerDocumentSymbols(connection: Connection, session: Session): void {
  connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return [];
    const { folder, doc } = found;
    const symbols: DocumentSymbol[] = doc.paragraphs
      .filter((p) => p.kind === 'heading')
      .map((p) => {
        const range = toRange(doc, p);
        const name = doc.text.slice(p.start, p.end).replace(/^#+\s*/, '').trim() || '(heading)';
        return { name, kind: SymbolKind.String, range, selectionRange: range };
      });
    const seen = new Map<string, { entity: Entity; first: NameMention; count: number }>();
    for (const { mention, entity } of folder.corpus.entities().inDoc(doc.id)) {
      const s = seen.get(entity.id);
      if (s) s.count++;
      else seen.set(entity.id, { entity, first: mention, count: 1 });
    }
    if (seen.size) {
      const children: DocumentSymbol[] = [...seen.values()].map(({ entity, first, count }) => {
        const range = toRange(doc, first);
        return { name: entity.name, detail: `${entity.kind} · ${count}×`, kind: ENTITY_SYMBOL[entity.kind], range, selectionRange: range };
      });
      const all = toRange(doc, { start: 0, end: doc.text.length });
      symbols.push({ name: 'Names', detail: `${seen.size}`, kind: SymbolKind.Namespace, range: all, selectionRange: children[0]!.range, children });
    }
    return symbols;
  });
}
