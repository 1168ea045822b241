/**
 * Scores hover cards and F12 on a corpus against its gold file's `entities` and `passages`:
 * - a hover is right when the name at the gold position belongs to an entity whose name is the gold
 *   name (case and accents aside) and that lists every gold file among its sources; its kind is
 *   counted apart;
 * - F12 is right when `corresponding` (thresholds and all, focused on the gold phrase) offers the
 *   gold sentence in the gold file.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus, sentenceAt } from '../../server/src/engine';
import { fold } from '../../server/src/engine/lexicon';
import { locate, readCorpus } from '../paths';

export interface HoverGold {
  entities: Array<{ name: string; kind: string; at: [string, string, string]; files: string[] }>;
  passages: Array<{ from: [string, string]; to: [string, string] }>;
}

export interface HoverScore {
  hovers: number;
  hoversRight: number;
  kindsRight: number;
  passages: number;
  f12Right: number;
  misses: string[];
}

export function scoreHovers(dir: string, gold: HoverGold): HoverScore {
  const corpus = new Corpus();
  for (const [name, text] of readCorpus(dir)) corpus.set(name, text);
  const entities = corpus.entities();
  const align = corpus.alignment();
  const text = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  const out: HoverScore = { hovers: 0, hoversRight: 0, kindsRight: 0, passages: 0, f12Right: 0, misses: [] };
  for (const e of gold.entities ?? []) {
    out.hovers++;
    const [file, context, mention] = e.at;
    const at = locate(text(file), context, mention);
    const hit = entities.at(file, at.start);
    const sources = hit ? new Set(hit.entity.byDoc.keys()) : new Set<string>();
    const right = !!hit && fold(hit.entity.name) === fold(e.name) && e.files.every((f) => sources.has(f));
    if (right) out.hoversRight++;
    else out.misses.push(`hover ${e.name}: ${hit ? `${hit.entity.name} in ${sources.size} of ${e.files.length}` : 'none'}`);
    if (hit && hit.entity.kind === e.kind) out.kindsRight++;
  }
  for (const p of gold.passages ?? []) {
    out.passages++;
    const from = corpus.get(p.from[0])!;
    const to = corpus.get(p.to[0])!;
    const fs = locate(text(p.from[0]), p.from[1]);
    const ts = locate(text(p.to[0]), p.to[1]);
    const q = sentenceAt(from, fs.start)!;
    const offered = align.corresponding(from.id, q.index, fs.start).find((x) => x.doc === to.id);
    const s = offered && to.sentences[offered.sentence]!;
    if (s && s.start < ts.end && ts.start < s.end) out.f12Right++;
    else {
      const got = s ? to.text.slice(s.start, s.end).replace(/\s+/g, ' ') : 'nothing';
      out.misses.push(`F12 ${p.from[0]} → ${p.to[0]}: “${p.from[1]}” offered “${got.slice(0, 160)}”, gold “${p.to[1]}”`);
    }
  }
  return out;
}
