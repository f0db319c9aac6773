/**
 * The last gate before the core: every account the reader returns is what AccountInputSchema accepts
 * and gives back, so the core never sees data it did not promise to handle.
 *
 * Running the zod parse on each of 200,000 rows cost a fifth of a large read (README, spreadsheet
 * benchmark), while nearly every row is plainly valid. So a row is first put through checkedAccount,
 * a plain conversion that applies the schema's rules and builds the very object the parse would; only
 * a row it does not vouch for goes to zod, which then accepts it or says what is wrong, per field.
 * The schema stays the authority: the fast path is used only while the schema has exactly the fields
 * it knows (checked once, from the schema itself), and a property test holds the two to the same
 * answers, so a rule added to the schema fails that test until checkedAccount learns it.
 */
import type { z } from 'zod';
import { DIMENSIONS, LIFECYCLE_STAGES, SCORE_MAX, SCORE_MIN, type DimensionKey } from '../core/dimensions.js';
import { AccountInputSchema, type Account, type AccountInput } from '../core/input.js';
import { FIELD_KEYS, type FieldKey } from './headers.js';
import { quoteValue, type IoIssue } from './issues.js';

export type AccountValidation = { ok: true; account: Account } | { ok: false; issues: IoIssue[] };

export type RowContext = {
  file: string;
  line: number;
  /** The header of the column a field was read from, when the sheet has one. */
  columnOf: (field: FieldKey) => string | undefined;
};

/** The schema's fields, in its order, as checkedAccount knows them. */
const KNOWN_FIELDS = [
  'id',
  'name',
  'revenue',
  'directCosts',
  'salesCosts',
  'marketingCosts',
  'serviceCosts',
  'serviceHours',
  'scores',
  'commitment',
  'binding',
  'lifecycleStage',
  'owner',
] as const;
const COSTS = ['directCosts', 'salesCosts', 'marketingCosts', 'serviceCosts', 'serviceHours'] as const;

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** Read from the schema once: a field added to (or removed from) it switches the fast path off. */
export const FAST_PATH_MATCHES_SCHEMA =
  sameList(Object.keys(AccountInputSchema.shape), KNOWN_FIELDS) &&
  sameList(Object.keys(AccountInputSchema.shape.scores.unwrap().shape), DIMENSIONS);

const STAGES: ReadonlySet<string> = new Set(LIFECYCLE_STAGES);

type Optional<T> = T | null | undefined;

const isFigure = (v: unknown): v is Optional<number> =>
  v === undefined || v === null || (typeof v === 'number' && Number.isFinite(v));
const isCost = (v: unknown): boolean => isFigure(v) && (v === undefined || v === null || v >= 0);
const isScore = (v: unknown): boolean =>
  isFigure(v) && (v === undefined || v === null || (v >= SCORE_MIN && v <= SCORE_MAX));
const isOptionalText = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';

function checkedScores(scores: unknown): Account['scores'] | undefined {
  if (scores === undefined) return {};
  if (scores === null || typeof scores !== 'object' || Array.isArray(scores)) return undefined;
  const out: Account['scores'] = {};
  for (const key of Object.keys(scores)) {
    // An unknown key is stripped by the parse; leave such a rare row to it rather than mimic that here.
    if (!(DIMENSIONS as readonly string[]).includes(key)) return undefined;
  }
  for (const d of DIMENSIONS) {
    if (!(d in scores)) continue;
    const v = (scores as Record<DimensionKey, unknown>)[d];
    if (!isScore(v)) return undefined;
    out[d] = v as Optional<number>;
  }
  return out;
}

/** The schema's rules for every field but the name and the scores. */
function otherFieldsValid(c: Record<string, unknown>): boolean {
  const stage = c.lifecycleStage;
  return (
    (c.id === undefined || typeof c.id === 'string') &&
    isFigure(c.revenue) &&
    COSTS.every((k) => isCost(c[k])) &&
    isScore(c.commitment) &&
    isScore(c.binding) &&
    isOptionalText(c.owner) &&
    (stage === undefined || stage === null || (typeof stage === 'string' && STAGES.has(stage)))
  );
}

/**
 * The Account AccountInputSchema.parse would return for `candidate`, or undefined when the candidate
 * breaks one of its rules or has a shape this conversion does not vouch for (then ask zod).
 */
export function checkedAccount(candidate: AccountInput): Account | undefined {
  if (!FAST_PATH_MATCHES_SCHEMA || candidate === null || typeof candidate !== 'object') return undefined;
  const c = candidate as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (!(KNOWN_FIELDS as readonly string[]).includes(key)) return undefined;
  }
  if (typeof c.name !== 'string') return undefined;
  const name = c.name.trim();
  if (name === '' || !otherFieldsValid(c)) return undefined;
  const scores = checkedScores(c.scores);
  if (!scores) return undefined;

  // The parse's output: the schema's key order, keys the candidate has (an absent optional stays absent).
  const out: Record<string, unknown> = {};
  for (const key of KNOWN_FIELDS) {
    if (key === 'name') out.name = name;
    else if (key === 'scores') out.scores = scores;
    else if (key in c) out[key] = c[key];
  }
  return out as Account;
}

/** The field a schema path points at: scores sit one level down, under their dimension. */
function fieldOfPath(path: readonly PropertyKey[]): FieldKey | undefined {
  const key = path[0] === 'scores' ? path[1] : path[0];
  return typeof key === 'string' && (FIELD_KEYS as readonly string[]).includes(key) ? (key as FieldKey) : undefined;
}

function valueAtPath(candidate: AccountInput, path: readonly PropertyKey[]): unknown {
  let current: unknown = candidate;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function zodIssuesToIoIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  candidate: AccountInput,
  row: RowContext
): IoIssue[] {
  return zodIssues.map((zodIssue) => {
    const field = fieldOfPath(zodIssue.path);
    const value = valueAtPath(candidate, zodIssue.path);
    const column = field ? row.columnOf(field) : undefined;
    return {
      code: 'InvalidValue',
      file: row.file,
      line: row.line,
      ...(column !== undefined ? { column } : {}),
      value: value === undefined || value === null ? '' : quoteValue(String(value)),
      params: { detail: zodIssue.message },
    };
  });
}

export function validateAccount(candidate: AccountInput, row: RowContext): AccountValidation {
  const checked = checkedAccount(candidate);
  if (checked) return { ok: true, account: checked };
  const parsed = AccountInputSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, account: parsed.data }
    : { ok: false, issues: zodIssuesToIoIssues(parsed.error.issues, candidate, row) };
}
