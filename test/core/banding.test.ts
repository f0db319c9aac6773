import { bandFigures, quintileScores, thresholdScores } from '../../src/core/scoring/banding.js';
import { figures } from '../helpers/core-fixtures.js';

const scoresOf = (a: Uint8Array): number[] => Array.from(a);

describe('quintileScores: p = smaller / n, score = 1 + floor(5p)', () => {
  it('gives 5 distinct figures 1..5, in input order', () => {
    // smaller: 50→4, 10→0, 40→3, 20→1, 30→2; p = 0.8, 0, 0.6, 0.2, 0.4
    expect(scoresOf(quintileScores(figures(50, 10, 40, 20, 30)))).toEqual([5, 1, 4, 2, 3]);
  });

  it('gives 10 distinct figures in pairs', () => {
    // smaller = 0..9, 5 × smaller / 10 = 0, 0.5, 1, 1.5, …
    expect(scoresOf(quintileScores(figures(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives 3 figures 1, 2, 4', () => {
    // p = 0, 1/3, 2/3 → floor(0), floor(1.67), floor(3.33)
    expect(scoresOf(quintileScores(figures(300, 100, 200)))).toEqual([4, 1, 2]);
  });

  it('lets ties share a score, counted by strictly smaller figures', () => {
    // 10: 0 smaller → 1; 20: 1 smaller, p = 1/4 → 2; 30: 3 smaller, p = 3/4 → 4
    expect(scoresOf(quintileScores(figures(20, 10, 30, 20)))).toEqual([2, 1, 4, 2]);
  });

  it('gives all 1 when every figure is equal', () => {
    expect(scoresOf(quintileScores(figures(7, 7, 7, 7, 7, 7)))).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('gives a single account 1', () => {
    expect(scoresOf(quintileScores(figures(1_000_000)))).toEqual([1]);
  });

  it('ignores missing figures (NaN) and scores them 0', () => {
    // Only 10 and 20 count: n = 2; 20 has 1 smaller, p = 1/2 → 1 + floor(2.5) = 3.
    expect(scoresOf(quintileScores(figures(null, 10, null, 20)))).toEqual([0, 1, 0, 3]);
    expect(scoresOf(quintileScores(figures(null, null)))).toEqual([0, 0]);
    expect(scoresOf(quintileScores(figures()))).toEqual([]);
  });

  it('bands negative figures by their order like any other', () => {
    expect(scoresOf(quintileScores(figures(0, -30, 20, -10, 10)))).toEqual([3, 1, 5, 2, 4]);
  });

  it('compares numerically, not as text', () => {
    expect(scoresOf(quintileScores(figures(9, 100, 20, 1000, 3)))).toEqual([2, 4, 3, 5, 1]);
  });

  it('does not change its input', () => {
    const input = figures(3, 1, 2);
    quintileScores(input);
    expect(Array.from(input)).toEqual([3, 1, 2]);
  });
});

describe('thresholdScores: 1 + the number of limits reached', () => {
  const limits = [100, 200, 300, 400];

  it('scores a figure equal to a limit as reaching it', () => {
    expect(scoresOf(thresholdScores(figures(99, 100, 199.99, 200, 300, 399, 400), limits))).toEqual([
      1, 2, 2, 3, 4, 4, 5,
    ]);
  });

  it('scores figures far outside the limits 1 and 5, and missing figures 0', () => {
    expect(scoresOf(thresholdScores(figures(-5, 1e9, null), limits))).toEqual([1, 5, 0]);
  });

  it('does not depend on the other accounts', () => {
    expect(scoresOf(thresholdScores(figures(250), limits))).toEqual([3]);
    expect(scoresOf(thresholdScores(figures(250, 250, 250), limits))).toEqual([3, 3, 3]);
  });
});

describe('bandFigures', () => {
  it('uses the fixed limits when given, quintiles otherwise', () => {
    const column = figures(50, 150, 250);
    expect(scoresOf(bandFigures(column, [100, 200, 300, 400]))).toEqual([1, 2, 3]);
    expect(scoresOf(bandFigures(column))).toEqual([1, 2, 4]);
  });
});
