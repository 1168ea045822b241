import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { scorePassages } from '../eval/passages';
import { score } from '../eval/score';
import { EXAMPLES, EXAMPLES_GOLD, readGold, requireSeeds, ROOT, SEEDS, SEEDS_GOLD } from '../paths';

function sarifOf(dir: string): unknown {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', 'sarif', '--fail-on', 'never'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('gold conflicts (the figures npm run eval prints)', () => {
  it('seeds: both conflicts reported, no agreeing pair reported', function () {
    requireSeeds(this);
    const s = score(sarifOf(SEEDS), readGold(SEEDS_GOLD), SEEDS);
    assert.deepEqual(s.items.filter((i) => i.verdict === 'missed' || i.verdict === 'wrongly reported'), []);
    assert.equal(s.found, 2);
  });

  it('examples: every planted conflict reported, no agreeing pair reported', () => {
    const s = score(sarifOf(EXAMPLES), readGold(EXAMPLES_GOLD), EXAMPLES);
    assert.deepEqual(s.items.filter((i) => i.verdict === 'missed' || i.verdict === 'wrongly reported'), []);
  });
});

describe('gold passages (the figures npm run eval prints)', () => {
  it('seeds: at least 11 of 12 top-1, and no worse than plain BM25', function () {
    requireSeeds(this);
    const [mine, base] = scorePassages(SEEDS, readGold(SEEDS_GOLD));
    assert.ok(mine!.items.filter((i) => i.rank === 1).length >= 11, JSON.stringify(mine!.items));
    assert.ok(mine!.mrr >= base!.mrr, `MRR ${mine!.mrr} < baseline ${base!.mrr}`);
  });

  it('examples: every gold passage top-1', () => {
    const [mine] = scorePassages(EXAMPLES, readGold(EXAMPLES_GOLD));
    assert.deepEqual(mine!.items.filter((i) => i.rank !== 1), []);
  });
});
