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
  /** The index of the asking sentence (for `passageNote`, which only the picker and the CodeLens need). */
  readonly from: number;
}

/**
 * A passage whose score is at least this share of the asking sentence's score against itself is a
 * strong match: enough for a lens without a claim in common. Measured on ECB+ topics 1-25 (the
 * annotators' aligned sentences asked; `node out/test/eval/lens-strength.js`): 35% of the
 * passages F12 offers in articles of the same event reach it, and 12% of those it offers in the
 * articles of the like other event of the topic (at 0.25: 60% and 29%; at 0.5: 15% and 2%).
 */
export const STRONG_PASSAGE = 0.35;

/** A note names at most this many shared names, so that it stays one line in a picker. */
const NOTE_NAMES = 3;

/**
 * One line on a passage offered for sentence `sentence` of `doc`: its strength and what both share
 * ("strong match: Priya Raman; both give a duration; 6 words in common").
 */
export function passageNote(folder: Folder, doc: string, sentence: number, p: Passage): string {
  const shared = folder.corpus.alignment().shared(doc, sentence, p.doc, p.sentence);
  const names = shared.entities.map((e) => folder.corpus.entities().get(e)?.name ?? e);
  const parts = [
    names.length ? (names.length > NOTE_NAMES ? `${names.slice(0, NOTE_NAMES).join(', ')} and ${names.length - NOTE_NAMES} more` : names.join(', ')) : '',
    shared.kinds.length ? `both give a ${shared.kinds.join(', a ')}` : '',
    shared.words ? `${shared.words} ${shared.words === 1 ? 'word' : 'words'} in common` : '',
  ].filter(Boolean);
  return `${(p.strength ?? 0) >= STRONG_PASSAGE ? 'strong' : 'weak'} match${parts.length ? `: ${parts.join('; ')}` : ''}`;
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
          from: s.index,
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
