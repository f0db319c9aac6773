import { explain } from '../../src/core/explanation/explain.js';
import type { AccountInput } from '../../src/core/model/input.js';
import type { Profile } from '../../src/core/profiles/profile.js';
import { CURRENT, profile, scored, weightsOf } from '../helpers/core-fixtures.js';

/** Scores one account (entered scores only) and explains it. */
function explainScores(scores: AccountInput['scores'], withProfile: Profile = CURRENT): ReturnType<typeof explain> {
  const [account] = scored([{ name: 'x', scores }], withProfile).accounts;
  return explain(account, withProfile);
}

// CURRENT weights: volume 30, profitability 20, loyalty 20, potential 10, reference 10, learning 10, contact 0, emotional 0.
describe('explain: contributions', () => {
  // Scored weight 30 + 20 + 20 + 10 + 10 + 0 = 90; Σ = 120 + 60 + 100 + 20 + 10 = 310; score 3.44.
  const scores = { volume: 4, profitability: 3, loyalty: 5, potential: 2, learning: 1, contact: 5 };
  const e = explainScores(scores);

  it('gives each dimension weight × score, 0 where unscored', () => {
    expect(e.contributions.map((c) => [c.dimension, c.weight, c.score, c.contribution])).toEqual([
      ['volume', 30, 4, 120],
      ['profitability', 20, 3, 60],
      ['loyalty', 20, 5, 100],
      ['potential', 10, 2, 20],
      ['reference', 10, null, 0],
      ['learning', 10, 1, 10],
      ['contact', 0, 5, 0],
      ['emotional', 0, null, 0],
    ]);
  });

  it('gives points (contribution / scored weight) that add up to the score', () => {
    expect(e.contributions.map((c) => c.points)).toEqual([120 / 90, 60 / 90, 100 / 90, 20 / 90, 0, 10 / 90, 0, 0]);
    const total = e.contributions.reduce((sum, c) => sum + c.points, 0);
    expect(total).toBeCloseTo(310 / 90, 10);
  });

  it('names the next tier', () => {
    expect(e.nextTier).toEqual({ tier: 'keyAccount', threshold: 4 });
  });

  it('says so when no single change is enough', () => {
    // Needs Σ ≥ 3.995 × 90 = 359.55. Best raises: profitability 3→5 or learning 1→5 (+40 → 350);
    // assessing reference at 5 gives 360 / 100 = 3.6. Contact weighs 0 and cannot lift.
    expect(e.lift).toEqual({ kind: 'none', nextTier: 'keyAccount' });
  });
});

describe('explain: lift', () => {
  it('raises the one dimension that reaches the next tier', () => {
    // Σ = 120 + 80 + 80 + 30 + 30 + 30 = 370 → 3.70; volume 4→5 adds 30 → 4.00. Every other +1 adds ≤ 20.
    const e = explainScores({ volume: 4, profitability: 4, loyalty: 4, potential: 3, reference: 3, learning: 3 });
    expect(e.lift).toEqual({ kind: 'score', dimension: 'volume', from: 4, to: 5, score: 4, tier: 'keyAccount' });
  });

  it('raises more than one step when needed', () => {
    // weights volume 60, loyalty 40: 240 + 80 = 3.20; volume 4→5 gives 3.80; loyalty 2→3 gives 3.60, 2→4 gives 4.00
    const e = explainScores({ volume: 4, loyalty: 2 }, profile({ weights: { volume: 60, loyalty: 40 } }));
    expect(e.lift).toEqual({ kind: 'score', dimension: 'loyalty', from: 2, to: 4, score: 4, tier: 'keyAccount' });
  });

  it('prefers the heavier weight among equal raises', () => {
    // Σ = 380 → 3.80, needs +19.5: volume (+30), profitability (+20) and loyalty (+20) all reach with +1.
    const e = explainScores({ volume: 4, profitability: 4, loyalty: 4, potential: 4, reference: 3, learning: 3 });
    expect(e.lift).toEqual({ kind: 'score', dimension: 'volume', from: 4, to: 5, score: 4.1, tier: 'keyAccount' });
  });

  it('takes the dimension order among equal raises of equal weight', () => {
    // Σ = 150 + 80 + 80 + 30 + 30 + 20 = 390 → 3.90; profitability and loyalty (20 each) both reach 4.10 with +1.
    const e = explainScores({ volume: 5, profitability: 4, loyalty: 4, potential: 3, reference: 3, learning: 2 });
    expect(e.lift).toEqual({
      kind: 'score',
      dimension: 'profitability',
      from: 4,
      to: 5,
      score: 4.1,
      tier: 'keyAccount',
    });
  });

  it('prefers raising a scored dimension to assessing a missing heavier one', () => {
    // volume unscored; weight 70, Σ = 80 + 80 + 40 + 40 + 30 = 270 → 3.86. Assessing volume at 5 would
    // give (270 + 150) / 100 = 4.20, but profitability 4→5 gives 290 / 70 = 4.14.
    const e = explainScores({ profitability: 4, loyalty: 4, potential: 4, reference: 4, learning: 3 });
    expect(e.lift).toEqual({
      kind: 'score',
      dimension: 'profitability',
      from: 4,
      to: 5,
      score: 4.14,
      tier: 'keyAccount',
    });
  });

  it('assesses a missing dimension when no scored one can reach', () => {
    // volume 70, the six others 30 in all. Those six scored at 3: 3.00. The heaviest (learning, 6) at 5
    // gives 102 / 30 = 3.40; volume assessed at 4 gives (90 + 280) / 100 = 3.70, at 5 gives 4.40.
    const p = profile({
      weights: { volume: 70, profitability: 5, loyalty: 5, potential: 5, reference: 5, learning: 6, contact: 4 },
    });
    const e = explainScores({ profitability: 3, loyalty: 3, potential: 3, reference: 3, learning: 3, contact: 3 }, p);
    expect(e.lift).toEqual({ kind: 'score', dimension: 'volume', from: null, to: 5, score: 4.4, tier: 'keyAccount' });
  });

  it('steps from lean to maintain', () => {
    const p = profile({ weights: weightsOf({ volume: 60, loyalty: 40 }) });
    // 60 + 120 = 1.80; volume 1→2 adds 60 (2.40), loyalty 3→4 adds 40 (2.20): heavier wins
    expect(explainScores({ volume: 1, loyalty: 3 }, p).lift).toEqual({
      kind: 'score',
      dimension: 'volume',
      from: 1,
      to: 2,
      score: 2.4,
      tier: 'maintain',
    });
  });

  it('has no next tier and no lift at the top tier', () => {
    const e = explainScores({ volume: 5, profitability: 4, loyalty: 4 });
    expect(e.nextTier).toBeNull();
    expect(e.lift).toBeNull();
  });

  it('has no next tier and no lift for an account with no score', () => {
    const e = explainScores({ emotional: 5 });
    expect(e).toMatchObject({ nextTier: null, lift: null });
    expect(e.contributions.every((c) => c.points === 0)).toBe(true);
  });

  // Bug (src/core/explanation/explain.ts findLift): raises only go in whole steps from the entered score, so a
  // fractional score (4.6) is tried at 5.6, never at 5. The smallest change here is loyalty 4.6→5 (+0.4),
  // which reaches (5 + 3) / 2 = 4.00; the code returns potential 3→4 (+1) instead.
  it('considers raising a fractional score to 5', () => {
    const p = profile({ weights: { loyalty: 50, potential: 50 } });
    const e = explainScores({ loyalty: 4.6, potential: 3 }, p);
    expect(e.lift).toEqual({ kind: 'score', dimension: 'loyalty', from: 4.6, to: 5, score: 4, tier: 'keyAccount' });
  });
});
