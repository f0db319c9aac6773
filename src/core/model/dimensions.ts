/**
 * The eight value dimensions of the method (docs/method.md, Value dimensions) and the other closed vocabularies.
 * Order matters: it is the order of display and of tie-breaks between dimensions.
 */
export const DIMENSIONS = [
  'volume',
  'profitability',
  'loyalty',
  'potential',
  'reference',
  'learning',
  'contact',
  'emotional',
] as const;
export type DimensionKey = (typeof DIMENSIONS)[number];

/** Dimensions that can be computed from a figure (banded within the portfolio). */
export const FIGURE_DIMENSIONS = ['volume', 'profitability'] as const;
export type FigureDimensionKey = (typeof FIGURE_DIMENSIONS)[number];

/** Dimensions only a person can assess. */
export const ASSESSED_DIMENSIONS = ['loyalty', 'potential', 'reference', 'learning', 'contact', 'emotional'] as const;
export type AssessedDimensionKey = (typeof ASSESSED_DIMENSIONS)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const TIERS = ['keyAccount', 'develop', 'maintain', 'lean'] as const;
export type Tier = (typeof TIERS)[number];

export const TREATMENTS = [
  'keyAccountManagement',
  'growthPlan',
  'standardService',
  'leanService',
  'reviewProfitability',
  // The profitability treatments of a loss-maker with potential (docs/method.md, Tier and treatment),
  // after the others so that the index of every earlier treatment stays what it was.
  'cutUnpaidWork',
  'growVolumeOrLean',
  'reviewCosts',
] as const;
export type Treatment = (typeof TREATMENTS)[number];

/** The treatments that answer a negative customer margin (docs/method.md, Tier and treatment). */
export const PROFITABILITY_TREATMENTS = [
  'reviewProfitability',
  'cutUnpaidWork',
  'growVolumeOrLean',
  'reviewCosts',
] as const;
export type ProfitabilityTreatment = (typeof PROFITABILITY_TREATMENTS)[number];

export const QUADRANTS = ['prisoner', 'ideal', 'risk', 'emotionalBond'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const ABC_CLASSES = ['A', 'B', 'C'] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

export const LIFECYCLE_STAGES = ['pioneer', 'growth', 'established', 'declining', 'ending'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const isDimensionKey = (value: string): value is DimensionKey =>
  (DIMENSIONS as readonly string[]).includes(value);
