/**
 * CodeLens on paragraphs that other sources also tell: "told by 3 other sources", which peeks the
 * corresponding passages, best first. Only where it tells something: over a paragraph holding a
 * claim or a quotation another source also states, or one whose best passage elsewhere is strong
 * (STRONG_PASSAGE); not over every line of a file written one sentence a line. Its title says how
 * many of them are strong. Off with the setting corroborate.codeLens.enabled.
 */
import type { CodeLens, Connection, Location } from 'vscode-languageserver';
import { toRange } from '../convert';
import { PeekPassagesCommand } from '../protocol';
import type { DocumentAnalysis, Passage, Span } from '../engine';
import { docLabel } from '../markdown';
import type { Folder, Session } from '../session';
import { passageNote, STRONG_PASSAGE } from './passages';

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
      const best = new Map<string, { from: number; passage: Passage; strength: number }>();
      for (let i = p.firstSentence; i < p.firstSentence + p.sentenceCount; i++) {
        for (const c of align.corresponding(doc.id, i)) {
          const prev = best.get(c.doc);
          if (!prev || c.score > prev.passage.score) best.set(c.doc, { from: i, passage: c, strength: c.strength ?? 0 });
        }
      }
      if (!best.size) continue;
      const strongCount = [...best.values()].filter((c) => c.strength >= STRONG_PASSAGE).length;
      if (!strongCount && !statedElsewhere(folder, doc, p)) continue;
      const locations: Location[] = [];
      // Best first, each with its strength and what it shares, for the lens's tooltip (the Peek
      // widget lists locations by file, whatever order they come in).
      const notes: string[] = [];
      for (const [id, c] of [...best].sort((a, b) => b[1].passage.score - a[1].passage.score)) {
        const target = folder.corpus.get(id);
        const s = target?.sentences[c.passage.sentence];
        if (!target || !s) continue;
        locations.push({ uri: session.uris.toUri(id), range: toRange(target, s) });
        notes.push(`${docLabel(folder, id)}: ${passageNote(folder, doc.id, c.from, c.passage)}`);
      }
      const range = toRange(doc, { start: p.start, end: p.start });
      lenses.push({
        range,
        command: {
          title: `told by ${best.size} other ${best.size === 1 ? 'source' : 'sources'}${strongCount ? ` (${strongCount === best.size ? (best.size === 1 ? 'strong match' : 'all strong') : `${strongCount} strong`})` : ''}`,
          command: PeekPassagesCommand,
          arguments: [params.textDocument.uri, range.start, locations, `Best first:\n${notes.join('\n')}`],
        },
      });
    }
    return lenses;
  });
}

/** Whether a claim or a quotation of paragraph `p` is one another source states too. */
function statedElsewhere(folder: Folder, doc: DocumentAnalysis, p: Span): boolean {
  const comparison = folder.corpus.comparison();
  for (const c of doc.claims) if (c.start >= p.start && c.end <= p.end && comparison.claimCounterparts(doc, c).length) return true;
  for (const q of doc.quotes) if (q.start >= p.start && q.end <= p.end && comparison.quoteCounterparts(doc, q).length) return true;
  return false;
}
