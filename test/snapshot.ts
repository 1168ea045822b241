/**
 * Snapshot files: the expected output of a test over real prose, kept in test/snapshots. A test
 * fails with a diff when the output changes; `UPDATE_SNAPSHOTS=1 npm test` rewrites them for review.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

export function matchSnapshot(name: string, actual: string): void {
  const file = path.join(ROOT, 'test', 'snapshots', name);
  if (process.env['UPDATE_SNAPSHOTS'] === '1' || !existsSync(file)) {
    writeFileSync(file, actual);
    if (process.env['CI']) assert.fail(`snapshot ${name} was missing; it has been written: commit it`);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `snapshot ${name} differs (UPDATE_SNAPSHOTS=1 npm test rewrites it)`);
}
