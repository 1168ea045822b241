/** Markdown pieces for hovers: escaped text, links that open a passage, short context snippets. */
import * as path from 'node:path';
import type { DocumentAnalysis, Span } from './engine';
import type { Folder } from './session';
import type { UriMap } from './uris';

/**
 * Escapes text so that Markdown shows it as written (source texts are untrusted input): the
 * characters that open inline syntax (emphasis, code, links, HTML, entities). Text is placed
 * mid-line, so line-start syntax (headings, lists) cannot arise; white space is folded.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~&|]/g, (c) => '\\' + c).replace(/\s+/g, ' ');
}

/** A link that opens `doc` at the start of `span` (VS Code reads `#L<line>,<column>`). */
export function passageLink(uris: UriMap, doc: DocumentAnalysis, span: Span, label: string): string {
  const p = doc.lines.positionAt(span.start);
  return `[${escapeMarkdown(label)}](${uris.toUri(doc.id)}#L${p.line + 1},${p.character + 1})`;
}

/** How a document is named to the user: its path inside its workspace folder. */
export function docLabel(folder: Folder, id: string): string {
  return folder.relative(id) ?? path.basename(id);
}

/** A one-line excerpt around `span`, inside its sentence, with the span in bold. */
export function snippet(doc: DocumentAnalysis, span: Span, context = 48): string {
  const sentence = doc.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  const lo = Math.max(sentence?.start ?? 0, span.start - context);
  const hi = Math.min(sentence?.end ?? doc.text.length, span.end + context);
  const before = doc.text.slice(lo, span.start);
  const after = doc.text.slice(span.end, hi);
  const cutBefore = lo > (sentence?.start ?? 0) ? '…' + before.replace(/^\S*\s/, '') : before;
  const cutAfter = hi < (sentence?.end ?? doc.text.length) ? after.replace(/\s\S*$/, '') + '…' : after;
  return `${escapeMarkdown(cutBefore)}**${escapeMarkdown(doc.text.slice(span.start, span.end))}**${escapeMarkdown(cutAfter)}`;
}
