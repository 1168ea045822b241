/**
 * Part-of-speech tags and lemmas for the sentences that hold a claim, from wink-nlp with its English
 * lite web model (MIT). Measured before it was chosen (notes in docs/ARCHITECTURE.md): on the 765
 * sentences of the news part of the GUM treebank it tags 93.8% of tokens right (Universal POS), where
 * en-pos tags 89.8% and pos (Brill, LGPL) 82.7% (Penn tags); it finds a number's head noun in 82.8% of
 * the treebank's `nummod` relations; with only its POS pipe it reads 2.3 MiB/s of news. Only the
 * sentences that hold a claim needing a frame are tagged, each once per document version.
 *
 * The model keeps its own tokens; they are put back on the text's offsets by finding each in turn
 * (the text reaching the engine has no control characters, which the model would drop).
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../types';

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedToken extends Span {
  readonly text: string;
  /** Lower case. */
  readonly lower: string;
  readonly lemma: string;
  readonly pos: Pos;
}

let nlp: WinkMethods | undefined;

function tagger(): WinkMethods {
  // Loaded on first use (about 170 ms and 40 MB): a folder without claims never pays for it.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** The longest sentence tagged, in characters; longer ones (tables, run-on lists) are tagged in their first part. */
export const MAX_TAGGED_SENTENCE = 1000;

/** Tags `text[span]`: tokens with their offsets in `text`, tags and lemmas. */
export function tagSpan(text: string, span: Span): TaggedToken[] {
  const end = Math.min(span.end, span.start + MAX_TAGGED_SENTENCE);
  const slice = text.slice(span.start, end);
  if (!slice.trim()) return [];
  const n = tagger();
  const its = n.its;
  const doc = n.readDoc(slice);
  const tokens = doc.tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  // The typings give its.lemma a signature `out` does not accept, though the library documents this use.
  const lemmas = tokens.out(its.lemma as never) as string[];
  const out: TaggedToken[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const found = slice.indexOf(w, at);
    // A token the model rewrote (it expands nothing in this pipe, but be safe): skip it.
    if (found === -1 || found - at > 40) continue;
    at = found + w.length;
    out.push({ start: span.start + found, end: span.start + at, text: w, lower: w.toLowerCase(), lemma: (lemmas[i] ?? w).toLowerCase(), pos: (tags[i] ?? 'X') as Pos });
  }
  return out;
}
