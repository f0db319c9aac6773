import { z } from 'zod';

/** Months between reviews; 0 means accounts of that tier are never due (docs/method.md, Review due). */
const months = z.number().int().min(0).max(120);

/** How often accounts must be reviewed, per tier; an account with no tier is reviewed as a lean one. */
export const ReviewIntervalsSchema = z.strictObject({
  keyAccount: months,
  develop: months,
  maintain: months,
  lean: months,
});
