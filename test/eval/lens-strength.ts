/**
 * How strong the passages F12 offers are (their score against the asking sentence's own), on ECB+
 * topics 1-25: for the annotators' aligned sentences, in articles of the same event and of the
 * topic's like other event. Chooses STRONG_PASSAGE (server/src/features/passages.ts):
 * `node out/test/eval/lens-strength.js` after `node esbuild.mjs`, where the folders are built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus, sentenceAt } from '../../server/src/engine';
const D = process.env.HOME + '/.cache/corroborate-datasets/ecbplus-dev';
const right: number[] = [], wrong: number[] = [], other: number[] = [];
for (let t = 1; t <= 25; t++) for (const [h, o] of [['ecb', 'ecbplus'], ['ecbplus', 'ecb']]) {
  const dir = path.join(D, `${t}_${h}`), od = path.join(D, `${t}_${o}`);
  let gold: any; try { gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')); } catch { continue; }
  const c = new Corpus(); const theirs = new Set<string>();
  for (const [d, mark] of [[dir, false], [od, true]] as const) for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) { c.set(f, readFileSync(path.join(d, f), 'utf8')); if (mark) theirs.add(f); }
  const align = c.alignment();
  const at = (doc: string, line: number) => { const d = c.get(`${doc}.txt`); if (!d || line >= d.lines.lineCount) return undefined; return sentenceAt(d, d.lines.offsetAt({ line, character: 0 })); };
  let n = 0;
  for (const p of gold.sentence_alignments) { if (n++ > 40) break;
    const q = at(p.doc_a, Number(p.sent_a)); const target = at(p.doc_b, Number(p.sent_b)); if (!q || !target) continue;
    for (const x of align.corresponding(`${p.doc_a}.txt`, q.index)) {
      if (theirs.has(x.doc)) other.push(x.strength ?? 0);
      else if (x.doc === `${p.doc_b}.txt`) (x.sentence === target.index ? right : wrong).push(x.strength ?? 0);
    }
  }
}
const q = (xs: number[], b: number) => `${(100 * xs.filter((x) => x >= b).length / Math.max(1, xs.length)).toFixed(0)}%`;
for (const b of [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) console.log(`strength >= ${b}: right ${q(right, b)} of ${right.length}, wrong ${q(wrong, b)} of ${wrong.length}, other event ${q(other, b)} of ${other.length}`);
