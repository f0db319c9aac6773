import { z } from 'zod';
import { DIMENSIONS, FIGURE_DIMENSIONS, PROFITABILITY_TREATMENTS, SCORE_MAX, SCORE_MIN, TIERS } from '../model/dimensions.js';
import type { Lift } from './explain.js';

/**
 * The lift (docs/method.md, Explanation) as a schema, for the boundary where a renderer reads it back
 * from a --json result or a file rather than from explain(): it phrases the lift in Finnish or English,
 * so it must be able to trust every kind it is handed. explain.ts holds the type; this schema is kept
 * equal to it by the type check at the end and by a test that parses what explain() gives.
 */
const score = z.number().finite().min(SCORE_MIN).max(SCORE_MAX);
const amount = z.number().finite();
const tier = z.enum(TIERS);

export const LiftSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('score'),
      dimension: z.enum(DIMENSIONS),
      from: score.nullable(),
      to: score,
      score,
      tier,
    })
    .strict(),
  z
    .object({
      kind: z.literal('figure'),
      dimension: z.enum(FIGURE_DIMENSIONS),
      figure: z.enum(['revenue', 'customerMargin']),
      current: amount,
      needed: amount,
      fromScore: score,
      toScore: score,
      score,
      tier,
    })
    .strict(),
  z.object({ kind: z.literal('profitability'), treatment: z.enum(PROFITABILITY_TREATMENTS) }).strict(),
  z.object({ kind: z.literal('none'), nextTier: tier }).strict(),
]);

/** true only when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A schema that drifts from the Lift type fails to compile here. */
export const LIFT_SCHEMA_MATCHES_TYPE: Same<z.infer<typeof LiftSchema>, Lift> = true;
