/**
 * Hover cards. On a name: who or what it is, the roles each source gives, and every other source
 * that mentions it, with a count and a link to its first mention. Answers from the corpus's indexes.
 */
import type { Connection, Hover } from 'vscode-languageserver';
import { toOffset, toRange } from '../convert';
import type { DocumentAnalysis, Entity, EntityKind } from '../engine';
import { docLabel, escapeMarkdown, passageLink, snippet } from '../markdown';
import type { Folder, Session } from '../session';

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  other: 'proper name',
};

export function registerHover(connection: Connection, session: Session): void {
  connection.onHover((params): Hover | null => {
    const found = session.analysis(params.textDocument.uri);
    if (!found) return null;
    const { folder, doc } = found;
    const offset = toOffset(doc, params.position);
    const hit = folder.corpus.entities().at(doc.id, offset);
    if (!hit) return null;
    return {
      contents: { kind: 'markdown', value: entityCard(session, folder, doc, hit.entity) },
      range: toRange(doc, hit.mention),
    };
  });
}

/** The Markdown card of an entity, seen from document `here`. */
export function entityCard(session: Session, folder: Folder, here: DocumentAnalysis, entity: Entity): string {
  const lines: string[] = [];
  const inHere = entity.byDoc.get(here.id)?.length ?? 0;
  lines.push(`**${escapeMarkdown(entity.name)}** · ${KIND_LABEL[entity.kind]}`);
  lines.push('');
  const others = [...entity.byDoc.keys()].filter((d) => d !== here.id);
  lines.push(
    `${inHere} ${inHere === 1 ? 'mention' : 'mentions'} in this source` +
      (others.length ? `, also in ${others.length} other ${others.length === 1 ? 'source' : 'sources'}.` : '; no other source mentions it.'),
  );
  if (entity.roles.size) {
    lines.push('', '*Roles and titles, by source*', '');
    const order = [here.id, ...[...entity.roles.keys()].filter((d) => d !== here.id).sort()];
    for (const d of order) {
      const roles = entity.roles.get(d);
      if (!roles) continue;
      const label = d === here.id ? 'this source' : escapeMarkdown(docLabel(folder, d));
      lines.push(`- ${label}: ${roles.map((r) => escapeMarkdown(r.text)).join('; ')}`);
    }
  }
  if (others.length) {
    lines.push('', '*Other sources*', '');
    for (const d of others.sort()) {
      const doc = folder.corpus.get(d);
      const mentions = entity.byDoc.get(d)!;
      if (!doc) continue;
      const first = mentions[0]!;
      lines.push(
        `- ${passageLink(session.uris, doc, first, docLabel(folder, d))} — ${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}: ${snippet(doc, first)}`,
      );
    }
  }
  return lines.join('\n');
}
