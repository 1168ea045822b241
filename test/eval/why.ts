/**
 * Why each gold conflict is found or missed: `node out/test/eval/why.js GOLD.json FOLDER [--all]`.
 * For each conflict item (and with --all every item), the claims the engine reads at its two phrases
 * and what the comparison says of them ("conflict", "agree", or why they are not compared).
 */
import { readFileSync } from 'node:fs';
import type { Claim } from '../../server/src/engine';
import { locate } from '../paths';
import { analyseFolder, type ConflictGold } from './conflicts';

const [goldFile, dir] = process.argv.slice(2);
/** Whether a quotation overlaps the phrase (found once in the text). */
function overlapsText(q: { start: number; end: number }, text: string, phrase: string): boolean {
  const s = locate(text, phrase);
  return q.start < s.end && s.start < q.end;
}
const all = process.argv.includes('--all');
const gold = JSON.parse(readFileSync(goldFile!, 'utf8')) as ConflictGold;
const { corpus, texts } = analyseFolder(dir!);
const cmp = corpus.comparison();
const counts = new Map<string, number>();
for (const c of gold.conflicts) {
  if (!all && c.expect !== 'conflict') continue;
  const at = (side: [string, string]) => {
    const doc = corpus.get(side[0])!;
    const span = locate(texts.get(side[0])!, side[1]);
    return { doc, claims: doc.claims.filter((k) => k.start < span.end && span.start < k.end) };
  };
  const a = at(c.a);
  const b = at(c.b);
  let verdict: string;
  const qa = a.doc.quotes.filter((q) => overlapsText(q, a.doc.text, c.a[1]));
  const qb = b.doc.quotes.filter((q) => overlapsText(q, b.doc.text, c.b[1]));
  if (/quot|attribution/.test(c.kind ?? '') || (qa.length && qb.length && (!a.claims.length || !b.claims.length))) {
    verdict = !qa.length || !qb.length ? `no quotation read at ${!qa.length ? 'a' : 'b'}` : `quotation: ${cmp.explainQuotes(a.doc, qa[0]!, b.doc, qb[0]!)}`;
  } else if (!a.claims.length || !b.claims.length) verdict = `no claim read at ${!a.claims.length ? 'a' : 'b'}`;
  else {
    const tries: Array<[Claim, Claim]> = a.claims.flatMap((x) => b.claims.filter((y) => y.kind === x.kind).map((y) => [x, y] as [Claim, Claim]));
    if (!tries.length) verdict = `two kinds: ${a.claims.map((x) => x.kind).join('/')} and ${b.claims.map((x) => x.kind).join('/')}`;
    else {
      const results = tries.map(([x, y]) => `${x.display} / ${y.display}: ${cmp.explain(a.doc, x, b.doc, y)}`);
      verdict = results.find((r) => r.endsWith(': conflict')) ?? results[0]!;
    }
  }
  const reason = verdict.replace(/^.*?: /, '').replace(/\(.*$/, '').trim();
  counts.set(reason, (counts.get(reason) ?? 0) + 1);
  console.log(`${c.expect.padEnd(8)} ${c.id}\n    ${c.a[0]}: ${c.a[1]}\n    ${c.b[0]}: ${c.b[1]}\n    => ${verdict}`);
}
console.log('\nreasons:');
for (const [r, n] of [...counts].sort((p, q) => q[1] - p[1])) console.log(`  ${String(n).padStart(3)}  ${r}`);
