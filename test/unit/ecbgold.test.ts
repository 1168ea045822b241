/** The coreference measures of the ECB+ names evaluation, on cases worked by hand. */
import * as assert from 'node:assert/strict';
import { bcubed, ceafe, conll, maxAssignment, muc, properName } from '../eval/ecbgold';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

describe('ECB+ names evaluation: coreference measures', () => {
  const key = [['a', 'b', 'c', 'd']];
  const split = [['a', 'b'], ['c', 'd']];

  it('MUC counts the links kept (Vilain et al.: one key cluster of four, answered in two halves)', () => {
    const [pn, pd, rn, rd] = muc(key, split);
    close(rn / rd, 2 / 3);
    close(pn / pd, 1);
  });

  it('B³ averages each mention’s overlap', () => {
    const [p, r, n] = bcubed(key, split);
    close(p / n, 1);
    close(r / n, 0.5);
  });

  it('CEAF-e aligns clusters one to one', () => {
    const [sum, k, r] = ceafe(key, split);
    close(sum / k, 2 / 3);
    close(sum / r, 1 / 3);
  });

  it('the assignment is the best one, not the greedy one', () => {
    // Greedy takes 5 (row 0, col 0) and then 1; the best is 4 + 4.
    close(maxAssignment([[5, 4], [4, 1]]), 8);
    close(maxAssignment([[1, 0, 0]]), 1);
  });

  it('a perfect answer scores 100, and mentions the answer misses count as singletons', () => {
    close(conll([{ key, response: key }]).f, 1);
    // c and d missed: singletons. MUC keeps 1 of the key's 3 links, all of the answer's 1.
    const missed = conll([{ key, response: [['a', 'b']] }]);
    close(missed.muc.r, 1 / 3);
    close(missed.muc.p, 1);
    // B³: a and b see 2 of 4 (recall 1/2), c and d 1 of 4; precision 1 for all.
    close(missed.b3.r, (0.5 + 0.5 + 0.25 + 0.25) / 4);
    close(missed.b3.p, 1);
  });

  it('keeps proper names, not pronouns or common nouns', () => {
    assert.equal(properName('the Los Angeles Angels'), 'Los Angeles Angels');
    assert.equal(properName("Lohan's"), 'Lohan');
    assert.equal(properName('in Queens'), 'Queens');
    assert.equal(properName('Bank of England'), 'Bank of England');
    assert.equal(properName('She'), undefined);
    assert.equal(properName('the company'), undefined);
    assert.equal(properName('headquarters at the Watergate complex'), undefined);
  });
});
