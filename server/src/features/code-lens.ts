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
import type { DocumentAnalysis, Span } from '../engine';
import type { Folder, Session } from '../session';

/** Paragraphs shorter than this many characters (a dateline, a heading) get no lens. */
const MIN_PARAGRAPH = 40;
/**
 * A passage whose score is at least this share of the asking sentence's score against itself is a
 * strong match: enough for a lens without a claim in common. Measured on ECB+ topics 1-25 (the
 * annotators' aligned sentences asked; `node out/test/eval/lens-strength.js`): 35% of the
 * passages F12 offers in articles of the same event reach it, and 12% of those it offers in the
 * articles of the like other event of the topic (at 0.25: 60% and 29%; at 0.5: 15% and 2%).
 */
const STRONG_PASSAGE = 0.35;

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
      const best = new Map<string, { sentence: number; score: number; strength: number }>();
      for (let i = p.firstSentence; i < p.firstSentence + p.sentenceCount; i++) {
        for (const c of align.corresponding(doc.id, i)) {
          const prev = best.get(c.doc);
          if (!prev || c.score > prev.score) best.set(c.doc, { sentence: c.sentence, score: c.score, strength: c.strength ?? 0 });
        }
      }
      if (!best.size) continue;
      const strongCount = [...best.values()].filter((c) => c.strength >= STRONG_PASSAGE).length;
      if (!strongCount && !statedElsewhere(folder, doc, p)) continue;
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
          title: `told by ${best.size} other ${best.size === 1 ? 'source' : 'sources'}${strongCount ? ` (${strongCount === best.size ? (best.size === 1 ? 'strong match' : 'all strong') : `${strongCount} strong`})` : ''}`,
          command: PeekPassagesCommand,
          arguments: [params.textDocument.uri, range.start, locations],
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
