import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ReviewStore } from '../../server/src/reviews';

const record = (key: string) => ({ key, kind: 'count', passages: [key], reviewedAt: '2026-01-01T00:00:00.000Z' });

describe('review file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-reviews-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loses no review when many writers record at the same time', async () => {
    const stores = Array.from({ length: 8 }, () => new ReviewStore(dir));
    await Promise.all(stores.map((s, i) => Promise.all([s.add([record(`a${i}`)]), s.add([record(`b${i}`)])])));
    const saved = JSON.parse(readFileSync(path.join(dir, '.corroborate', 'reviews.json'), 'utf8'));
    assert.equal(saved.reviews.length, 16);
  });

  it('keeps one verdict per conflict: a new one replaces the old, Reset takes it back, and a record of an earlier version is a dismissal', async () => {
    const file = path.join(dir, '.corroborate', 'reviews.json');
    mkdirSync(path.dirname(file));
    writeFileSync(file, JSON.stringify({ version: 1, reviews: [record('old')] }));
    const store = new ReviewStore(dir);
    await store.load();
    assert.equal(store.verdictOf('old'), 'dismissed');
    await store.add([{ ...record('a'), verdict: 'confirmed' }, { ...record('b'), verdict: 'dismissed' }]);
    await store.add([{ ...record('a'), verdict: 'dismissed', reviewedAt: '2026-02-01T00:00:00.000Z' }]);
    assert.equal(store.verdictOf('a'), 'dismissed');
    await store.remove(['b', 'old']);
    assert.equal(store.verdictOf('b'), undefined);
    const saved = JSON.parse(readFileSync(file, 'utf8')).reviews;
    assert.deepEqual(saved.map((r: { key: string; verdict: string; reviewedAt: string }) => [r.key, r.verdict, r.reviewedAt]), [['a', 'dismissed', '2026-02-01T00:00:00.000Z']]);
  });

  it('loses no review when two processes (two editor windows) write at once', async function () {
    this.timeout(20000);
    // Each child process records 20 reviews, one write at a time, while the other does the same.
    const writer = path.join(__dirname, 'reviews-writer.js');
    const run = (name: string) =>
      new Promise<number | null>((resolve) => fork(writer, [dir, name], { stdio: 'inherit' }).on('exit', resolve));
    const codes = await Promise.all([run('left'), run('right')]);
    assert.deepEqual(codes, [0, 0]);
    const saved = JSON.parse(readFileSync(path.join(dir, '.corroborate', 'reviews.json'), 'utf8'));
    assert.equal(saved.reviews.length, 40);
  });

  it('keeps the previous file when a write was cut short, and takes over a stale lock', async () => {
    const store = new ReviewStore(dir);
    await store.add([record('first')]);
    // A crash mid-write leaves a temporary file and a lock behind; the real file is whole.
    writeFileSync(path.join(dir, '.corroborate', 'reviews.json.123.tmp'), '{"version":1,"rev');
    const lock = path.join(dir, '.corroborate', 'reviews.json.lock');
    writeFileSync(lock, 'dead');
    const old = new Date(Date.now() - 60_000);
    require('node:fs').utimesSync(lock, old, old);
    const again = new ReviewStore(dir);
    await again.load();
    assert.equal(again.verdictOf('first'), 'dismissed');
    await again.add([record('second')]);
    const saved = JSON.parse(readFileSync(path.join(dir, '.corroborate', 'reviews.json'), 'utf8'));
    assert.deepEqual(saved.reviews.map((r: { key: string }) => r.key), ['first', 'second']);
  });

  it('reports a hand-edited file that is not ours, keeps it, and refuses to write over it', async () => {
    mkdirSync(path.join(dir, '.corroborate'));
    const file = path.join(dir, '.corroborate', 'reviews.json');
    writeFileSync(file, '{"reviews": "none"}');
    const store = new ReviewStore(dir);
    await store.load();
    assert.match(store.problem!, /not a Corroborate review file/);
    await assert.rejects(store.add([record('x')]), /left as it is/);
    assert.equal(readFileSync(file, 'utf8'), '{"reviews": "none"}');
  });
});
