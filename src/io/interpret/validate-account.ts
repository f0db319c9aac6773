/**
 * The last gate before the core: every account the reader returns has passed AccountInputSchema, so the
 * core never sees data it did not promise to handle. The reader's own checks catch everything the
 * schema knows today; this keeps it honest if the schema grows a rule the reader has not learned.
 */
import type { z } from 'zod';
import { AccountInputSchema, type Account, type AccountInput } from '../../core/model/input.js';
import { quoteValue, type IoIssue } from '../issues/issues.js';
import { FIELD_KEYS, type FieldKey } from './headers.js';
import { plainlyValidAccount } from './account-check.js';

export type AccountValidation = { ok: true; account: Account } | { ok: false; issues: IoIssue[] };

export type RowContext = {
  file: string;
  line: number;
  /** The header of the column a field was read from, when the sheet has one. */
  columnOf: (field: FieldKey) => string | undefined;
};

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
  // A plainly valid row skips the object parse (account-check.ts); anything else gets the schema's verdict.
  const plain = plainlyValidAccount(candidate);
  if (plain) return { ok: true, account: plain };
  const parsed = AccountInputSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, account: parsed.data }
    : { ok: false, issues: zodIssuesToIoIssues(parsed.error.issues, candidate, row) };
}
