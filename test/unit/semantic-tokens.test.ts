import * as assert from 'node:assert/strict';
import { flatten } from '../../server/src/features/semantic-tokens';

describe('semantic tokens', () => {
  it('never overlaps: names win over claims, claims over quotations, which are cut around them', () => {
    const pieces = flatten([
      { start: 0, end: 40, type: 6, rank: 2 }, // a quotation
      { start: 5, end: 10, type: 0, rank: 0 }, // a name inside it
      { start: 20, end: 30, type: 4, rank: 1 }, // a number inside it
      { start: 8, end: 22, type: 4, rank: 1 }, // a claim overlapping the name and the number
    ]);
    assert.deepEqual(
      pieces.map((p) => [p.start, p.end, p.type]),
      [
        [0, 5, 6],
        [5, 10, 0],
        [10, 22, 4],
        [22, 30, 4],
        [30, 40, 6],
      ],
    );
    for (let i = 1; i < pieces.length; i++) assert.ok(pieces[i]!.start >= pieces[i - 1]!.end);
  });
});
