/**
 * Corresponding passages, shared by go to definition, references, the side-by-side command and the
 * CodeLens: the best passage in each other source for the sentence at a position.
 */
import type { LocationLink } from 'vscode-languageserver';
import { toRange } from '../convert';
import { type DocumentAnalysis, type Passage, sentenceAt } from '../engine';
import { docLabel } from '../markdown';
import type { Folder, Session } from '../session';

export interface PassageLink {
  readonly link: LocationLink;
  readonly label: string;
  readonly passage: Passage;
}

/** Corresponding passages for the sentence at `offset`, focused on the clause there, best first. */
export function passagesAt(session: Session, folder: Folder, doc: DocumentAnalysis, offset: number): PassageLink[] {
  const s = sentenceAt(doc, offset) ?? nearestSentence(doc, offset);
  if (!s) return [];
  const origin = toRange(doc, s);
  return folder.corpus
    .alignment()
    .corresponding(doc.id, s.index, offset)
    .flatMap((p) => {
      const target = folder.corpus.get(p.doc);
      const ts = target?.sentences[p.sentence];
      if (!target || !ts) return [];
      const range = toRange(target, ts);
      return [
        {
          link: { originSelectionRange: origin, targetUri: session.uris.toUri(target.id), targetRange: range, targetSelectionRange: range },
          label: docLabel(folder, target.id),
          passage: p,
        },
      ];
    });
}

/** The sentence just before `offset` when it falls between sentences (a cursor at a line's end). */
function nearestSentence(doc: DocumentAnalysis, offset: number) {
  let best;
  for (const s of doc.sentences) if (s.start <= offset) best = s;
  return best && offset - best.end <= 2 ? best : undefined;
}
