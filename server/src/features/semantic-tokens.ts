/**
 * Semantic tokens: names coloured by kind. The custom token types are declared in package.json
 * (`contributes.semanticTokenTypes`) with standard super types, so every theme colours them.
 */
import { type Connection, type SemanticTokens, SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import type { EntityKind } from '../engine';
import type { Session } from '../session';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'properName', 'number', 'date', 'quotation'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

const TYPE_OF: Record<EntityKind, number> = {
  person: TOKEN_TYPES.indexOf('person'),
  organization: TOKEN_TYPES.indexOf('organization'),
  place: TOKEN_TYPES.indexOf('place'),
  other: TOKEN_TYPES.indexOf('properName'),
};

export function registerSemanticTokens(connection: Connection, session: Session): void {
  connection.languages.semanticTokens.on((params): SemanticTokens => {
    const found = session.analysis(params.textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (!found) return builder.build();
    const { folder, doc } = found;
    for (const { mention, entity } of folder.corpus.entities().inDoc(doc.id)) {
      const a = doc.lines.positionAt(mention.start);
      const b = doc.lines.positionAt(mention.end);
      // Tokens may not span lines: a name broken by a hard wrap is coloured on its first line.
      const end = a.line === b.line ? b.character : doc.lines.lineEnd(a.line) - (doc.lines.offsetAt({ line: a.line, character: 0 }));
      builder.push(a.line, a.character, end - a.character, TYPE_OF[entity.kind], 0);
    }
    return builder.build();
  });
}
