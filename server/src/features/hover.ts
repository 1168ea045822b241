/**
 * Hover cards, answered from the corpus's indexes. On a name: who or what it is, the roles each
 * source gives, and every other source that mentions it, with a count and a link to its first
 * mention. On a claim or a quotation: what the other sources say about the same thing, and whether
 * they agree.
 */
import type { Connection, Hover } from 'vscode-languageserver';
import { toOffset, toRange } from '../convert';
import { type Counterpart, type DocumentAnalysis, type Entity, type EntityKind, kindOf, severityOf } from '../engine';
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
    if (hit) {
      return { contents: { kind: 'markdown', value: entityCard(session, folder, doc, hit.entity) }, range: toRange(doc, hit.mention) };
    }
    const claim = doc.claims.find((c) => c.start <= offset && offset <= c.end);
    if (claim) {
      const others = folder.corpus.comparison().claimCounterparts(doc, claim);
      const title = `**${kindOf(claim.kind).title}** · ${escapeMarkdown(claim.display)}, '${escapeMarkdown(claim.text)}'`;
      return { contents: { kind: 'markdown', value: counterpartCard(session, folder, title, withoutReported(folder, doc.id, claim, [claim.kind, 'update'], others)) }, range: toRange(doc, claim) };
    }
    const quote = doc.quotes.find((q) => q.start <= offset && offset <= q.end);
    if (quote) {
      const speaker = quote.speaker !== undefined ? folder.corpus.entities().at(doc.id, doc.names[quote.speaker]!.start)?.entity.name : undefined;
      const others = folder.corpus.comparison().quoteCounterparts(doc, quote);
      const title = `**Quotation**${speaker ? ` · ${escapeMarkdown(speaker)}` : ' · speaker not stated'}`;
      return { contents: { kind: 'markdown', value: counterpartCard(session, folder, title, withoutReported(folder, doc.id, quote, ['quotation', 'attribution'], others)) }, range: toRange(doc, quote) };
    }
    return null;
  });
}

/**
 * The counterparts a conflict diagnostic on `span` already shows (the editor puts the diagnostic's
 * hover above this card): left out of the card, counted only, so that the hover never says a thing twice.
 */
function withoutReported(folder: Folder, doc: string, span: { start: number; end: number }, kinds: readonly string[], others: readonly Counterpart[]): { others: Counterpart[]; reported: number } {
  // Only the findings about this very claim (or quotation), of its kind, whose severity is not off.
  const related = folder.corpus
    .findingsFor(doc)
    .filter((f) => kinds.includes(f.kind) && severityOf(f.kind, folder.settings.severity) !== 'off' && f.span.start < span.end && span.start < f.span.end)
    .flatMap((f) => f.related);
  const shown = (o: Counterpart) => !o.agrees && related.some((r) => r.doc === o.doc && r.span.start < o.span.end && o.span.start < r.span.end);
  const kept = others.filter((o) => !shown(o));
  return { others: kept, reported: new Set(others.filter(shown).map((o) => o.doc)).size };
}

/** A claim's or a quotation's card: every other source on the same thing, agreeing or not, but those the diagnostic above tells. */
function counterpartCard(session: Session, folder: Folder, title: string, found: { others: readonly Counterpart[]; reported: number }): string {
  const { others, reported } = found;
  const lines = [title, ''];
  if (reported) lines.push(`${reported} other ${reported === 1 ? 'source disagrees' : 'sources disagree'}: see the problem above.`, '');
  if (!others.length) {
    if (!reported) lines.push('No other source states this.');
    return lines.join('\n').trimEnd();
  }
  const conflicts = others.filter((o) => !o.agrees).length;
  lines.push(
    conflicts
      ? `${conflicts} of ${others.length} ${reported ? 'more' : 'other'} ${others.length === 1 ? 'statement disagrees' : 'statements disagree'}.`
      : `${others.length} ${reported ? 'more' : 'other'} ${others.length === 1 ? 'statement agrees' : 'statements agree'}.`,
    '',
  );
  const sorted = [...others].sort((a, b) => Number(a.agrees) - Number(b.agrees) || (a.doc < b.doc ? -1 : 1));
  for (const o of sorted.slice(0, CARD_LIMIT)) {
    const doc = folder.corpus.get(o.doc);
    if (!doc) continue;
    lines.push(`- ${o.agrees ? '✓ agrees' : '✗ disagrees'} — ${passageLink(session.uris, doc, o.span, docLabel(folder, o.doc))}: ${escapeMarkdown(o.says)}`);
  }
  if (sorted.length > CARD_LIMIT) lines.push(`- …and ${sorted.length - CARD_LIMIT} more`);
  return lines.join('\n');
}

/** A card lists this many sources at most: a name in thousands of sources makes no readable card. */
const CARD_LIMIT = 25;

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
    const all = [here.id, ...[...entity.roles.keys()].filter((d) => d !== here.id).sort()].filter((d) => entity.roles.has(d));
    const order = all.slice(0, CARD_LIMIT);
    for (const d of order) {
      const roles = entity.roles.get(d);
      if (!roles) continue;
      const label = d === here.id ? 'this source' : escapeMarkdown(docLabel(folder, d));
      lines.push(`- ${label}: ${roles.map((r) => escapeMarkdown(r.text)).join('; ')}`);
    }
    if (all.length > order.length) lines.push(`- …and ${all.length - order.length} more sources`);
  }
  if (others.length) {
    lines.push('', '*Other sources*', '');
    others.sort();
    for (const d of others.slice(0, CARD_LIMIT)) {
      const doc = folder.corpus.get(d);
      const mentions = entity.byDoc.get(d)!;
      if (!doc) continue;
      const first = mentions[0]!;
      lines.push(
        `- ${passageLink(session.uris, doc, first, docLabel(folder, d))} — ${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}: ${snippet(doc, first)}`,
      );
    }
    if (others.length > CARD_LIMIT) lines.push(`- …and ${others.length - CARD_LIMIT} more sources (Find All References lists every mention)`);
  }
  return lines.join('\n');
}
