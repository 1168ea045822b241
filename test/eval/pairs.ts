/**
 * Every pair the engine reports on some folders, with both sentences, for judging by reading:
 * `node out/test/eval/pairs.js OUT.jsonl [--unjudged] GOLD.json:FOLDER... -:FOLDER...`. Each line:
 * folder, kind, message, the gold items it lands on, and for each side the file, the claim as
 * written and its sentence. `-` in place of a gold file: a folder with none. `--unjudged`: only the
 * pairs that no judgement in test/gold/judged/ covers (./judged.ts). The output holds the corpora's
 * sentences: write it outside the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { sentenceAt } from '../../server/src/engine';
import { ROOT } from '../paths';
import { analyseFolder, type ConflictGold, scoreConflicts } from './conflicts';
import { claimPhrase, loadJudged, pairKey } from './judged';

const args = process.argv.slice(2);
const unjudged = args.includes('--unjudged');
const [out, ...sets] = args.filter((a) => a !== '--unjudged');
const judged = loadJudged(path.join(ROOT, 'test', 'gold', 'judged'));
const lines: string[] = [];
for (const set of sets) {
  const [goldFile, dir] = set.split(':') as [string, string];
  const gold = goldFile === '-' ? { conflicts: [] } : (JSON.parse(readFileSync(goldFile, 'utf8')) as ConflictGold);
  const { corpus, texts } = analyseFolder(dir);
  const s = scoreConflicts(dir.replace(/\/$/, '').split('/').pop()!, corpus, texts, gold);
  const sentence = (doc: string, at: number) => {
    const d = corpus.get(doc)!;
    const x = sentenceAt(d, at);
    return x ? d.text.slice(x.start, x.end).replace(/\s+/g, ' ') : '';
  };
  for (const p of s.pairs) {
    if (unjudged && judged.has(pairKey(s.folder, p))) continue;
    const labels = p.items.map((id) => `${id}=${gold.conflicts.find((c) => c.id === id)!.expect}`);
    lines.push(
      JSON.stringify({
        folder: s.folder,
        kind: p.kind,
        message: p.message,
        gold: labels,
        a: { file: p.a.doc, claim: claimPhrase(p.a.text), sentence: sentence(p.a.doc, p.a.span.start) },
        b: { file: p.b.doc, claim: claimPhrase(p.b.text), sentence: sentence(p.b.doc, p.b.span.start) },
      }),
    );
  }
}
writeFileSync(out!, lines.join('\n') + (lines.length ? '\n' : ''));
console.log(`${lines.length} pairs written to ${out}`);
