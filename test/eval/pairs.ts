/**
 * Every pair the engine reports on some folders, with both sentences, for judging by reading:
 * `node out/test/eval/pairs.js OUT.jsonl GOLD.json:FOLDER...`. Each line: folder, kind, message,
 * the gold items it lands on, and for each side the file, the claim as written and its sentence.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sentenceAt } from '../../server/src/engine';
import { analyseFolder, type ConflictGold, scoreConflicts } from './conflicts';

const [out, ...sets] = process.argv.slice(2);
const lines: string[] = [];
for (const set of sets) {
  const [goldFile, dir] = set.split(':') as [string, string];
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as ConflictGold;
  const { corpus, texts } = analyseFolder(dir);
  const s = scoreConflicts(dir.split('/').pop()!, corpus, texts, gold);
  const sentence = (doc: string, at: number) => {
    const d = corpus.get(doc)!;
    const x = sentenceAt(d, at);
    return x ? d.text.slice(x.start, x.end).replace(/\s+/g, ' ') : '';
  };
  for (const p of s.pairs) {
    const labels = p.items.map((id) => `${id}=${gold.conflicts.find((c) => c.id === id)!.expect}`);
    lines.push(JSON.stringify({ folder: s.folder, kind: p.kind, message: p.message, gold: labels, a: { file: p.a.doc, claim: p.a.text, sentence: sentence(p.a.doc, p.a.span.start) }, b: { file: p.b.doc, claim: p.b.text, sentence: sentence(p.b.doc, p.b.span.start) } }));
  }
}
writeFileSync(out!, lines.join('\n') + '\n');
console.log(`${lines.length} pairs written to ${out}`);
