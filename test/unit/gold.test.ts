import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
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
