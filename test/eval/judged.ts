/**
 * Judgements of reported pairs, made by reading both sentences, kept in the repository so that the
 * precision of a run can be recomputed by anyone: `test/gold/judged/<set>.json`, a list of
 * `{ folder, kind, a: [file, claim], b: [file, claim], verdict, why? }`. A claim is the text the
 * engine reported, cut to its first JUDGED_WORDS words (claimPhrase) (the corpora's texts may not be copied into
 * the project; a file name and a short phrase point into them). The verdicts:
 * - `true`: the two sources disagree about one thing;
 * - `arguable`: a careful reader could take them for one thing told differently, or not;
 * - `noise`: two things, values that agree once read properly, or a value misread.
 * A pair the engine reports that no judgement covers is counted as unjudged, and the figures say so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ReportedPair } from './conflicts';

export type Verdict = 'true' | 'arguable' | 'noise';
export interface Judgement {
  folder: string;
  kind: string;
  a: [string, string];
  b: [string, string];
  verdict: Verdict;
  why?: string;
}

/**
 * At most this many words of a claim are kept, counted as test/unit/third-party-text.test.ts counts
 * them ("isn't" is two): well under the ten in a row that would quote an article.
 */
export const JUDGED_WORDS = 8;

/** A claim as a judgement keeps it: spaces folded, the leading words up to JUDGED_WORDS counted words. */
export function claimPhrase(text: string): string {
  const kept: string[] = [];
  let n = 0;
  for (const w of text.replace(/\s+/g, ' ').trim().split(' ')) {
    n += (w.toLowerCase().match(/[a-z0-9]+/g) ?? []).length;
    if (n > JUDGED_WORDS && kept.length) break;
    kept.push(w);
  }
  return kept.join(' ');
}

/** The key of a pair: its folder, kind and two sides in a fixed order. */
export function judgedKey(folder: string, kind: string, a: [string, string], b: [string, string]): string {
  const sides = [a, b].map(([f, c]) => `${f}\u0000${claimPhrase(c)}`).sort();
  return [folder, kind, ...sides].join('\u0001');
}

export function pairKey(folder: string, p: ReportedPair): string {
  return judgedKey(folder, p.kind, [p.a.doc, p.a.text], [p.b.doc, p.b.text]);
}

/** Every judgement of the files in `dir`, by key. */
export function loadJudged(dir: string): Map<string, Judgement> {
  const out = new Map<string, Judgement>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    for (const j of JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Judgement[]) {
      const key = judgedKey(j.folder, j.kind, j.a, j.b);
      // Two pairs with one key (the same claims' first words, twice in a file) share a verdict: a
      // file that gives them two is contradicting itself.
      const before = out.get(key);
      if (before && before.verdict !== j.verdict) throw new Error(`${f}: two verdicts for one pair (${j.folder}, ${j.kind}, ${j.a.join(': ')} / ${j.b.join(': ')})`);
      out.set(key, j);
    }
  }
  return out;
}

export interface Precision {
  pairs: number;
  true: number;
  arguable: number;
  noise: number;
  unjudged: number;
}

/** The keys of the judgements some run has used (`precisionOf`), to tell the ones no pair matches any more. */
export const USED = new Set<string>();

/** The verdicts of the pairs reported on some folders. */
export function precisionOf(scores: { folder: string; pairs: ReportedPair[] }[], judged: Map<string, Judgement>): Precision {
  const p: Precision = { pairs: 0, true: 0, arguable: 0, noise: 0, unjudged: 0 };
  for (const s of scores)
    for (const pair of s.pairs) {
      p.pairs++;
      const key = pairKey(s.folder, pair);
      const j = judged.get(key);
      if (j) USED.add(key);
      if (j) p[j.verdict]++;
      else p.unjudged++;
    }
  return p;
}

export function precisionLine(p: Precision): string {
  const judged = p.pairs - p.unjudged;
  const ok = p.true + p.arguable;
  return `judged pairs: ${ok} of ${judged} true or arguable (${judged ? ((100 * ok) / judged).toFixed(0) : '-'}%; true ${p.true}, arguable ${p.arguable}, noise ${p.noise})${p.unjudged ? `, ${p.unjudged} of ${p.pairs} unjudged` : ''}`;
}
