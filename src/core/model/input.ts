import { z } from 'zod';
import { DIMENSIONS, LIFECYCLE_STAGES, SCORE_MAX, SCORE_MIN, type DimensionKey } from './dimensions.js';

const score = z
  .number()
  .finite()
  .min(SCORE_MIN, { message: `A score is from ${SCORE_MIN} to ${SCORE_MAX}.` })
  .max(SCORE_MAX, { message: `A score is from ${SCORE_MIN} to ${SCORE_MAX}.` })
  .nullable()
  .optional();
const figure = z.number().finite().nullable().optional();
const nonNegativeFigure = z
  .number()
  .finite()
  .min(0, { message: 'Costs and hours cannot be negative.' })
  .nullable()
  .optional();

/**
 * One account as the method needs it: figures for the profitability waterfall, scores entered by people,
 * and the commitment assessment. Everything but the name may be missing.
 */
export const AccountInputSchema = z.object({
  /** Salesforce record Id, or any stable key the caller has. */
  id: z.string().optional(),
  name: z.string().trim().min(1, { message: 'An account needs a name.' }),
  revenue: figure,
  directCosts: nonNegativeFigure,
  salesCosts: nonNegativeFigure,
  marketingCosts: nonNegativeFigure,
  serviceCosts: nonNegativeFigure,
  serviceHours: nonNegativeFigure,
  /** Entered scores; an entered score wins over one computed from a figure. */
  scores: z
    .object(Object.fromEntries(DIMENSIONS.map((d) => [d, score])) as Record<DimensionKey, typeof score>)
    .partial()
    .default({}),
  commitment: score,
  binding: score,
  lifecycleStage: z.enum(LIFECYCLE_STAGES).nullable().optional(),
  owner: z.string().nullable().optional(),
});

export type AccountInput = z.input<typeof AccountInputSchema>;
export type Account = z.output<typeof AccountInputSchema>;
