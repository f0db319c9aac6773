/**
 * Helpers for suites that read spreadsheets through src/io: write a file into a temp dir and read it,
 * and unwrap an outcome with a readable failure when it is not what the test expects.
 */
import { writeFile } from 'node:fs/promises';
import { readPortfolio, type IoIssue, type ReadOptions, type ReadOutcome } from '../../src/io/index.js';
import type { TempDir } from './temp-dir.js';

export type ReadSuccess = Extract<ReadOutcome, { ok: true }>;
export type ReadFailure = Extract<ReadOutcome, { ok: false }>;

/** Writes `content` as `name` in the temp dir and reads it back as a portfolio. */
export async function readContent(
  dir: TempDir,
  name: string,
  content: string | Buffer,
  options: ReadOptions = {}
): Promise<ReadOutcome> {
  const path = dir.file(name);
  await writeFile(path, content);
  return readPortfolio(path, options);
}

export function expectRead(outcome: ReadOutcome): ReadSuccess {
  if (!outcome.ok) throw new Error(`expected a successful read, got ${JSON.stringify(outcome.issues, null, 2)}`);
  return outcome;
}

export function expectIssues(outcome: ReadOutcome): ReadFailure {
  if (outcome.ok) throw new Error(`expected issues, read ${outcome.accounts.length} accounts`);
  return outcome;
}

/** The issues without the file path, which differs per temp dir: easy to compare with toEqual. */
export const withoutFile = (issues: readonly IoIssue[]): Array<Omit<IoIssue, 'file'>> =>
  issues.map((issue) => {
    const copy: Partial<IoIssue> = { ...issue };
    delete copy.file;
    return copy as Omit<IoIssue, 'file'>;
  });
