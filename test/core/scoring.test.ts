import { DIMENSIONS } from '../../src/core/model/dimensions.js';
import { emptyScores, weightedScore } from '../../src/core/scoring/scoring.js';
import { CURRENT, scoreVector, weightsOf } from '../helpers/core-fixtures.js';

// CURRENT weights: volume 30, profitability 20, loyalty 20, potential 10, reference 10, learning 10,
// contact 0, emotional 0.
describe('weightedScore', () => {
  it('is Σ(weight × score) / Σ(weight) with every dimension scored', () => {
    const s = scoreVector({
      volume: 5,
      profitability: 4,
      loyalty: 3,
      potential: 2,
      reference: 1,
      learning: 5,
      contact: 5,
      emotional: 1,
    });
    // 150 + 80 + 60 + 20 + 10 + 50 + 0 + 0 = 370; / 100
    expect(weightedScore(s, CURRENT.weights)).toEqual({ raw: 3.7, score: 3.7, coverage: 1 });
  });

  it('averages over the scored dimensions only', () => {
    // (30 × 4 + 20 × 2) / 50 = 3.2; coverage 50 / 100
    expect(weightedScore(scoreVector({ volume: 4, loyalty: 2 }), CURRENT.weights)).toEqual({
      raw: 3.2,
      score: 3.2,
      coverage: 0.5,
    });
  });

  it('keeps the raw score and rounds the shown score to 2 decimals', () => {
    // (120 + 60 + 60) / 70 = 3.428571…
    const result = weightedScore(scoreVector({ volume: 4, profitability: 3, loyalty: 3 }), CURRENT.weights);
    expect(result.raw).toBeCloseTo(240 / 70, 12);
    expect(result.score).toBe(3.43);
    expect(result.coverage).toBe(0.7);
  });

  it('rounds the score half up in decimal', () => {
    // (50 × 3.01 + 50 × 3) / 100 = 3.005, which binary holds as 3.00499…
    expect(
      weightedScore(scoreVector({ loyalty: 3.01, potential: 3 }), weightsOf({ loyalty: 50, potential: 50 })).score
    ).toBe(3.01);
  });

  it('lets a scored dimension weighted 0 change neither score nor coverage', () => {
    const without = weightedScore(scoreVector({ volume: 4, loyalty: 2 }), CURRENT.weights);
    const withZeroWeighted = weightedScore(
      scoreVector({ volume: 4, loyalty: 2, contact: 5, emotional: 1 }),
      CURRENT.weights
    );
    expect(withZeroWeighted).toEqual(without);
  });

  it('has no score when nothing weighted is scored', () => {
    expect(weightedScore(emptyScores(), CURRENT.weights)).toEqual({ raw: null, score: null, coverage: 0 });
    expect(weightedScore(scoreVector({ contact: 5, emotional: 5 }), CURRENT.weights)).toEqual({
      raw: null,
      score: null,
      coverage: 0,
    });
  });

  it('uses fractional scores as they are', () => {
    // (30 × 2.5 + 20 × 4.25) / 50 = (75 + 85) / 50 = 3.2
    expect(weightedScore(scoreVector({ volume: 2.5, profitability: 4.25 }), CURRENT.weights).raw).toBeCloseTo(3.2, 12);
  });

  it('computes coverage from fractional weights', () => {
    const w = weightsOf({ volume: 33.5, profitability: 33.25, loyalty: 33.25 });
    expect(weightedScore(scoreVector({ volume: 1, profitability: 1 }), w).coverage).toBe(0.6675);
  });
});

describe('emptyScores', () => {
  it('has every dimension, unscored', () => {
    const s = emptyScores();
    expect(Object.keys(s)).toEqual([...DIMENSIONS]);
    for (const d of DIMENSIONS) expect(s[d]).toBeNull();
  });
});
