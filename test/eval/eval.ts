/**
 * `npm run eval`: runs the CLI on the seeds (when ../shared is there) and on the examples, scores
 * its SARIF against each gold file, and prints the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { EXAMPLES, EXAMPLES_GOLD, haveSeeds, readGold, ROOT, SEEDS, SEEDS_GOLD } from '../paths';
import { scorePassages } from './passages';
import { score } from './score';

function run(name: string, dir: string, goldFile: string): boolean {
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', 'sarif', '--fail-on', 'never'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (cli.status !== 0) {
    process.stderr.write(cli.stderr);
    return false;
  }
  const s = score(JSON.parse(cli.stdout), readGold(goldFile), dir);
  console.log(`\n== ${name}: ${path.relative(process.cwd(), dir) || dir}`);
  const width = Math.max(...s.items.map((i) => i.id.length));
  for (const i of s.items) console.log(`  ${i.id.padEnd(width)}  ${i.expect.padEnd(8)}  ${i.verdict}`);
  console.log(`  conflicts found: ${s.found} of ${s.conflicts} (recall ${(100 * s.recall).toFixed(0)}%)`);
  console.log(`  agreeing pairs wrongly reported: ${s.wronglyReported}`);
  console.log(`  diagnostics: ${s.results}, of which ${s.unmatched} match no gold item`);
  const gold = readGold(goldFile);
  if (gold.passages.length) {
    const [mine, base] = scorePassages(dir, gold);
    console.log(`  corresponding passages (${gold.passages.length}): rank of the expected passage, ${mine!.method} / ${base!.method}`);
    mine!.items.forEach((it, k) => console.log(`    ${String(it.rank || '-').padStart(2)} / ${String(base!.items[k]!.rank || '-').padStart(2)}  ${it.from.slice(0, 70)} → ${it.to}`));
    for (const p of [mine!, base!]) console.log(`  ${p.method.padEnd(12)} top-1 ${(100 * p.top1).toFixed(0)}% (${Math.round(p.top1 * gold.passages.length)} of ${gold.passages.length}), MRR ${p.mrr.toFixed(3)}`);
  }
  return true;
}

let ok = true;
if (haveSeeds) ok = run('seeds', SEEDS, SEEDS_GOLD) && ok;
else console.log(`(seeds skipped: ${SEEDS} is absent)`);
if (existsSync(EXAMPLES_GOLD)) ok = run('examples', EXAMPLES, EXAMPLES_GOLD) && ok;
process.exitCode = ok ? 0 : 1;
