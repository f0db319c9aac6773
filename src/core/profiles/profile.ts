import { z } from 'zod';
import { DIMENSIONS, type DimensionKey } from '../model/dimensions.js';
import { DEFAULT_REVIEW_INTERVALS } from '../review/review-due.js';
import { ReviewIntervalsSchema } from '../review/review-schema.js';

const weight = z.number().finite().min(0, { message: 'A weight cannot be negative.' });

/** Weights per dimension, in percent. Every dimension must be named; unknown keys are rejected. */
export const WeightsSchema = z
  .strictObject(Object.fromEntries(DIMENSIONS.map((d) => [d, weight])) as Record<DimensionKey, typeof weight>)
  .superRefine((weights, ctx) => {
    const sum = DIMENSIONS.reduce((acc, d) => acc + weights[d], 0);
    if (Math.abs(sum - 100) > 1e-6) {
      ctx.addIssue({ code: 'custom', message: `Weights must sum to 100; they sum to ${round6(sum)}.`, path: [] });
    }
  });

/** Fixed band limits for a figure: the figure gets score 1 + (number of limits it reaches). */
const BandThresholdsSchema = z
  .array(z.number().finite())
  .length(4)
  .refine((t) => t.every((v, i) => i === 0 || v > t[i - 1]), { message: 'Band limits must be strictly ascending.' });

export const TierThresholdsSchema = z
  .strictObject({
    keyAccount: z.number().min(1).max(5),
    develop: z.number().min(1).max(5),
    maintain: z.number().min(1).max(5),
  })
  .refine((t) => t.keyAccount > t.develop && t.develop > t.maintain, {
    message: 'Tier thresholds must descend: keyAccount > develop > maintain.',
  });

export const ProfileSchema = z.strictObject({
  /** Short, stable key: used on the command line and as the org record's external ID. */
  key: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'A profile key is lowercase letters, digits and dashes.' }),
  name: z.string().min(1).max(80),
  nameFi: z.string().min(1).max(80).optional(),
  description: z.string().max(1000).optional(),
  weights: WeightsSchema,
  tiers: TierThresholdsSchema.default({ keyAccount: 4, develop: 3, maintain: 2 }),
  /** Commitment and binding at or above this count as high (docs/method.md, Commitment matrix). */
  matrixHigh: z.number().min(1).max(5).default(3.5),
  /** Coverage below this flags the account incomplete (docs/method.md, Weighted score, coverage, completeness). */
  minCoverage: z.number().min(0).max(1).default(0.7),
  /** Fixed thresholds instead of quintiles, per figure dimension. */
  bands: z
    .strictObject({ volume: BandThresholdsSchema.optional(), profitability: BandThresholdsSchema.optional() })
    .default({}),
  /** Months between reviews per tier (docs/method.md, Review due). */
  review: ReviewIntervalsSchema.default(DEFAULT_REVIEW_INTERVALS),
});

export type ProfileInput = z.input<typeof ProfileSchema>;
export type Profile = z.output<typeof ProfileSchema>;
export type Weights = z.output<typeof WeightsSchema>;
export type TierThresholds = z.output<typeof TierThresholdsSchema>;

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
