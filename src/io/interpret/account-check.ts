/**
 * AccountInputSchema's rules, written out for the reader's hot loop: a zod object parse per row was a
 * quarter of checking 200,000 rows (README, `npm run bench:scale`). Zod stays the boundary: a candidate
 * this check does not pass as plainly valid (any problem, an unknown key, a key present as undefined,
 * anything not a plain object) goes to the schema, which gives the verdict and the exact error. What it
 * passes is built as the schema builds it: keys in the schema's order, the name trimmed, scores present.
 * test/io/account-check.test.ts holds the two to the same result on random and hostile candidates.
 */
import { DIMENSIONS, LIFECYCLE_STAGES, SCORE_MAX, SCORE_MIN } from '../../core/model/dimensions.js';
import type { Account } from '../../core/model/input.js';

type Rule = 'id' | 'name' | 'figure' | 'cost' | 'scores' | 'score' | 'lifecycle' | 'owner';

/** The schema's keys in its order, each with its rule. */
const RULES: ReadonlyArray<readonly [string, Rule]> = [
  ['id', 'id'],
  ['name', 'name'],
  ['revenue', 'figure'],
  ['directCosts', 'cost'],
  ['salesCosts', 'cost'],
  ['marketingCosts', 'cost'],
  ['serviceCosts', 'cost'],
  ['serviceHours', 'cost'],
  ['scores', 'scores'],
  ['commitment', 'score'],
  ['binding', 'score'],
  ['lifecycleStage', 'lifecycle'],
  ['owner', 'owner'],
];
const STAGES = new Set<string>(LIFECYCLE_STAGES);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isScore = (value: unknown): boolean =>
  value === null || (typeof value === 'number' && Number.isFinite(value) && value >= SCORE_MIN && value <= SCORE_MAX);

/** The scores as the schema gives them (dimension order), or undefined to let the schema decide. */
function checkedScores(value: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  let present = 0;
  for (const d of DIMENSIONS) {
    if (!Object.hasOwn(value, d)) continue;
    if (!isScore(value[d])) return undefined;
    out[d] = value[d];
    present += 1;
  }
  // A key that is no dimension: the schema decides.
  return Object.keys(value).length === present ? out : undefined;
}

function passes(rule: Exclude<Rule, 'scores'>, value: unknown): boolean {
  switch (rule) {
    case 'id':
      return typeof value === 'string';
    case 'name':
      return typeof value === 'string' && value.trim().length >= 1;
    case 'figure':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'cost':
      return value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
    case 'score':
      return isScore(value);
    case 'lifecycle':
      return value === null || (typeof value === 'string' && STAGES.has(value));
    case 'owner':
      return value === null || typeof value === 'string';
  }
}

/**
 * The account AccountInputSchema.parse gives for `candidate`, when the candidate is plainly valid;
 * undefined when it is not, or is not plain enough to say: then the schema must parse it.
 */
export function plainlyValidAccount(candidate: unknown): Account | undefined {
  if (!isPlainObject(candidate)) return undefined;
  const out: Record<string, unknown> = {};
  let present = 0;
  for (const [key, rule] of RULES) {
    if (!Object.hasOwn(candidate, key)) {
      if (rule === 'name') return undefined;
      if (rule === 'scores') out.scores = {};
      continue;
    }
    present += 1;
    const value = candidate[key];
    if (rule === 'scores') {
      const scores = checkedScores(value);
      if (scores === undefined) return undefined;
      out.scores = scores;
    } else {
      if (value === undefined || !passes(rule, value)) return undefined;
      out[key] = rule === 'name' ? (value as string).trim() : value;
    }
  }
  // A key the schema does not know: it decides (it would drop the key).
  return Object.keys(candidate).length === present ? (out as Account) : undefined;
}
