import { PROFITABILITY_TREATMENTS, TIERS } from '../../src/core/model/dimensions.js';
import { LOSS_CAUSES } from '../../src/core/profitability/loss-causes.js';
import { nextTier, quadrantOf, tierOf, treatmentOf } from '../../src/core/scoring/tiers.js';
import { CURRENT } from '../helpers/core-fixtures.js';

const DEFAULT = CURRENT.tiers; // key account 4.0, develop 3.0, maintain 2.0

describe('tierOf', () => {
  it.each([
    [5, 'keyAccount'],
    [4, 'keyAccount'],
    [3.99, 'develop'],
    [3, 'develop'],
    [2.99, 'maintain'],
    [2, 'maintain'],
    [1.99, 'lean'],
    [1, 'lean'],
  ])('puts score %p in %p', (score, tier) => {
    expect(tierOf(score, DEFAULT)).toBe(tier);
  });

  it('has no tier without a score', () => {
    expect(tierOf(null, DEFAULT)).toBeNull();
  });

  it('uses the profile thresholds', () => {
    const t = { keyAccount: 4.5, develop: 3.5, maintain: 2.5 };
    expect(tierOf(4.49, t)).toBe('develop');
    expect(tierOf(4.5, t)).toBe('keyAccount');
    expect(tierOf(3.5, t)).toBe('develop');
    expect(tierOf(2.5, t)).toBe('maintain');
    expect(tierOf(2.49, t)).toBe('lean');
  });

  it('compares in whole cents, so a threshold with a binary tail still matches', () => {
    const t = { keyAccount: 4.1, develop: 2.3, maintain: 1.15 };
    expect(tierOf(4.1, t)).toBe('keyAccount');
    expect(tierOf(2.3, t)).toBe('develop');
    expect(tierOf(1.15, t)).toBe('maintain');
  });
});

describe('nextTier', () => {
  it('steps one tier up with its threshold, none at the top', () => {
    expect(nextTier('lean', DEFAULT)).toEqual({ tier: 'maintain', threshold: 2 });
    expect(nextTier('maintain', DEFAULT)).toEqual({ tier: 'develop', threshold: 3 });
    expect(nextTier('develop', DEFAULT)).toEqual({ tier: 'keyAccount', threshold: 4 });
    expect(nextTier('keyAccount', DEFAULT)).toBeNull();
  });
});

describe('treatmentOf', () => {
  it('follows the tier', () => {
    expect(treatmentOf('keyAccount', 100, 5)).toBe('keyAccountManagement');
    expect(treatmentOf('develop', 100, 5)).toBe('growthPlan');
    expect(treatmentOf('maintain', 100, 5)).toBe('standardService');
    expect(treatmentOf('lean', 100, 5)).toBe('leanService');
    expect(treatmentOf(null, 100, 5)).toBeNull();
  });

  it('sends a loss-maker with potential ≤ 2 to review, whatever its tier', () => {
    expect(treatmentOf('keyAccount', -1, 2)).toBe('reviewProfitability');
    expect(treatmentOf('lean', -500, 1)).toBe('reviewProfitability');
    expect(treatmentOf(null, -500, 1.5)).toBe('reviewProfitability');
  });

  it('gives a loss-maker with potential above 2 the action its cause calls for, whatever its tier', () => {
    for (const tier of [...TIERS, null]) {
      expect(treatmentOf(tier, -500, 2.01, 'workload')).toBe('cutUnpaidWork');
      expect(treatmentOf(tier, -500, 3, 'lowVolume')).toBe('growVolumeOrLean');
      expect(treatmentOf(tier, -0.01, 5, 'costs')).toBe('reviewCosts');
    }
  });

  it('has the review rule win over the cause', () => {
    expect(treatmentOf('develop', -500, 2, 'workload')).toBe('reviewProfitability');
  });

  it('looks at prices and costs when the cause of the loss is not known', () => {
    expect(treatmentOf('keyAccount', -500, 4)).toBe('reviewCosts');
  });

  it('treats a loss-maker whose potential is not assessed by its cause, never leaves it the tier treatment', () => {
    expect(treatmentOf('maintain', -500, null, 'workload')).toBe('cutUnpaidWork');
    expect(treatmentOf(null, -500, null, 'lowVolume')).toBe('growVolumeOrLean');
  });

  it('gives every loss-maker a profitability treatment', () => {
    for (const tier of [...TIERS, null])
      for (const potential of [null, 1, 2, 3, 5])
        for (const cause of [null, ...LOSS_CAUSES]) {
          const t = treatmentOf(tier, -1, potential, cause);
          expect(PROFITABILITY_TREATMENTS).toContain(t);
        }
  });

  it('does not review a margin of exactly 0 or an unknown margin', () => {
    expect(treatmentOf('lean', 0, 1)).toBe('leanService');
    expect(treatmentOf('lean', null, 1)).toBe('leanService');
  });
});

describe('quadrantOf (high = ≥ 3.5)', () => {
  it.each([
    [3.5, 3.5, 'ideal'],
    [5, 5, 'ideal'],
    [3.49, 3.5, 'prisoner'],
    [1, 5, 'prisoner'],
    [3.5, 3.49, 'emotionalBond'],
    [5, 1, 'emotionalBond'],
    [3.49, 3.49, 'risk'],
    [1, 1, 'risk'],
  ])('commitment %p, binding %p → %p', (commitment, binding, quadrant) => {
    expect(quadrantOf(commitment, binding, 3.5)).toBe(quadrant);
  });

  it('has no quadrant when either score is missing', () => {
    expect(quadrantOf(null, 4, 3.5)).toBeNull();
    expect(quadrantOf(4, null, 3.5)).toBeNull();
    expect(quadrantOf(null, null, 3.5)).toBeNull();
  });

  it('uses the threshold it is given', () => {
    expect(quadrantOf(3.5, 3.5, 4)).toBe('risk');
    expect(quadrantOf(4, 4, 4)).toBe('ideal');
  });
});
