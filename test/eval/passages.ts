/** Scores corresponding passages against a gold file: top-1 accuracy and mean reciprocal rank. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Alignment, Corpus, sentenceAt } from '../../server/src/engine';
import { type Gold, locate, readCorpus } from '../paths';

export interface PassageScore {
  method: string;
  items: Array<{ from: string; to: string; rank: number }>;
  top1: number;
  mrr: number;
}

export function scorePassages(dir: string, gold: Gold): PassageScore[] {
  const corpus = new Corpus();
  for (const [name, text] of readCorpus(dir)) corpus.set(name, text);
  const methods: Array<[string, Alignment]> = [
    ['corroborate', corpus.alignment()],
    ['plain BM25', new Alignment(corpus.ids().map((id) => corpus.get(id)!), corpus.entities(), { plain: true })],
  ];
  return methods.map(([method, align]) => {
    const items = gold.passages.map((p) => {
      const from = corpus.get(p.from[0])!;
      const to = corpus.get(p.to[0])!;
      const fs = locate(readFileSync(path.join(dir, p.from[0]), 'utf8'), p.from[1]);
      const ts = locate(readFileSync(path.join(dir, p.to[0]), 'utf8'), p.to[1]);
      const q = sentenceAt(from, fs.start)!;
      const ranked = align.rank(from.id, q.index, to.id, fs.start);
      const hit = ranked.findIndex((r) => {
        const s = to.sentences[r.sentence]!;
        return s.start < ts.end && ts.start < s.end;
      });
      return { from: `${p.from[0]}: ${p.from[1]}`, to: p.to[0], rank: hit === -1 ? 0 : hit + 1 };
    });
    const top1 = items.filter((i) => i.rank === 1).length / Math.max(1, items.length);
    const mrr = items.reduce((n, i) => n + (i.rank ? 1 / i.rank : 0), 0) / Math.max(1, items.length);
    return { method, items, top1, mrr };
  });
}
