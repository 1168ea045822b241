/**
 * CodeLens on paragraphs that other sources also tell: "told by 3 other sources", which peeks the
 * corresponding passages. Off with the setting corroborate.codeLens.enabled.
 */
import type { CodeLens, Connection, Location } from 'vscode-languageserver';
import { toRange } from '../convert';
import { PeekPassagesCommand } from '../protocol';
import type { Session } from '../session';

/** Paragraphs shorter than this many characters (a dateline, a heading) get no lens. */
const MIN_PARAGRAPH = 40;

export function registerCodeLens(connection: Connection, session: Session): void {
  connection.onCodeLens((params): CodeLens[] => {
    const found = session.analysis(params.textDocument.uri);
    if (!found || !found.folder.settings.codeLens) return [];
    const { folder, doc } = found;
    const align = folder.corpus.alignment();
    const lenses: CodeLens[] = [];
    for (const p of doc.paragraphs) {
      if (p.kind !== 'paragraph' && p.kind !== 'list-item') continue;
      if (p.end - p.start < MIN_PARAGRAPH) continue;
      // The best passage per other source over the paragraph's sentences.
      const best = new Map<string, { sentence: number; score: number }>();
      for (let i = p.firstSentence; i < p.firstSentence + p.sentenceCount; i++) {
        for (const c of align.corresponding(doc.id, i)) {
          const prev = best.get(c.doc);
          if (!prev || c.score > prev.score) best.set(c.doc, c);
        }
      }
      if (!best.size) continue;
      const locations: Location[] = [];
      for (const [id, c] of [...best].sort((a, b) => b[1].score - a[1].score)) {
        const target = folder.corpus.get(id);
        const s = target?.sentences[c.sentence];
        if (target && s) locations.push({ uri: session.uris.toUri(id), range: toRange(target, s) });
      }
      const range = toRange(doc, { start: p.start, end: p.start });
      lenses.push({
        range,
        command: {
          title: `told by ${best.size} other ${best.size === 1 ? 'source' : 'sources'}`,
          command: PeekPassagesCommand,
          arguments: [params.textDocument.uri, range.start, locations],
        },
      });
    }
    return lenses;
  });
}
