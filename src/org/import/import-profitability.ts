/**
 * Imports customer profitability from a sheet: each row is upserted by its external ID, the account's
 * 18-character Id and the period joined by a colon, so importing the same sheet twice changes nothing
 * and a corrected sheet overwrites its own rows. An account named by Name is matched only when exactly
 * one account in the org has that name; otherwise the row is reported, never guessed. A sheet with any
 * problem writes nothing.
 */
// Names match ignoring case and runs of spaces, by the portfolio sheet's own rule.
import { nameKey, type ProgressSink } from '../../io/index.js';
import { countKey } from '../../i18n/index.js';
import { loadMessages } from '../../messages.js';
import type { OrgClient } from '../api/client.js';
import { DEFAULT_POLL, type PollOptions } from '../api/bulk-jobs.js';
import { ACCOUNT, PROFITABILITY } from '../../schema/fields.js';
import { orgStopError, RunState } from '../api/org-errors.js';
import { queryAll } from '../api/rest-query.js';
import { soqlString } from '../api/soql.js';
import { textOf } from '../api/row-values.js';
import type { RetryPolicy } from '../api/retry.js';
import { BULK_WRITE_AT, DEFAULT_RECORD_RETRY, writeRecords, type WriteApi } from '../write/write-records.js';
import type { FieldValue, RecordFailure, WriteRecord } from '../write/write-types.js';
import {
  readProfitabilityFile,
  type FigureKey,
  type ImportIssue,
  type ProfitabilityRow,
} from './profitability-file.js';
import { formatImportIssues } from './import-issues.js';

const messages = loadMessages('portfolio.import.profitability');

export type ImportOptions = {
  file: string;
  sheet?: string;
  dryRun?: boolean;
  bulkWriteAt?: number;
  recordRetry?: RetryPolicy;
  poll?: PollOptions;
  /** Where the writes report how far they are; the command shows it as a progress bar. */
  progress?: ProgressSink<'write'>;
};

export type ImportResult = {
  file: string;
  rows: number;
  accounts: number;
  written: number;
  failed: number;
  dryRun: boolean;
  api: WriteApi;
  failures: RecordFailure[];
  warnings: string[];
  apiCalls: number;
};

const IDS_PER_QUERY = 200;
const NAMES_PER_QUERY = 100;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type Match = { id: string; name: string };

/** Account Id (18) → name, for the Ids the sheet gives; Ids the org does not have are absent. */
async function accountsById(client: OrgClient, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks(ids, IDS_PER_QUERY)) {
    // eslint-disable-next-line no-await-in-loop
    const rows = await queryAll(
      client,
      `SELECT Id, Name FROM ${ACCOUNT} WHERE Id IN (${part.map(soqlString).join(', ')})`
    );
    for (const row of rows) found.set(String(row.Id), textOf(row.Name) ?? '');
  }
  return found;
}

/** Name key → every account with that name. */
async function accountsByName(client: OrgClient, names: readonly string[]): Promise<Map<string, Match[]>> {
  const found = new Map<string, Match[]>();
  for (const part of chunks(names, NAMES_PER_QUERY)) {
    // eslint-disable-next-line no-await-in-loop
    const rows = await queryAll(
      client,
      `SELECT Id, Name FROM ${ACCOUNT} WHERE Name IN (${part.map(soqlString).join(', ')})`
    );
    for (const row of rows) {
      const name = textOf(row.Name) ?? '';
      const list = found.get(nameKey(name)) ?? [];
      list.push({ id: String(row.Id), name });
      found.set(nameKey(name), list);
    }
  }
  return found;
}

/** Every row's account, or the issues of the rows whose account is unknown or ambiguous. */
async function matchAccounts(
  client: OrgClient,
  file: string,
  rows: readonly ProfitabilityRow[]
): Promise<{ matched: Map<number, Match>; issues: ImportIssue[] }> {
  const ids = [...new Set(rows.flatMap((r) => (r.accountId ? [r.accountId] : [])))];
  // Whitespace collapsed: SOQL compares names ignoring case but not runs of spaces.
  const names = [
    ...new Set(rows.flatMap((r) => (!r.accountId && r.accountName ? [r.accountName.trim().replace(/\s+/g, ' ')] : []))),
  ];
  const byId = await accountsById(client, ids);
  const byName = await accountsByName(client, names);
  const matched = new Map<number, Match>();
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    let match: Match | undefined;
    // In a workbook the cell that names the account, beside the line (a CSV's wording stays as it was).
    const at = { file, line: row.line, ...(row.accountCell ? { cell: row.accountCell } : {}) };
    if (row.accountId) {
      const name = byId.get(row.accountId);
      if (name === undefined) issues.push({ code: 'UnknownAccountId', ...at, value: row.accountId });
      else match = { id: row.accountId, name };
    } else {
      const candidates = byName.get(nameKey(row.accountName ?? '')) ?? [];
      if (candidates.length === 0) issues.push({ code: 'UnmatchedName', ...at, value: row.accountName });
      else if (candidates.length > 1) {
        const shown = candidates.slice(0, 3).map((c) => c.id);
        issues.push({
          code: 'AmbiguousName',
          ...at,
          value: row.accountName,
          params: { count: candidates.length, ids: shown.join(', ') },
        });
      } else match = candidates[0];
    }
    if (!match) continue;
    // One account named by Id on one line and by name on another is still one row per period.
    const key = `${match.id}:${row.period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        code: 'DuplicateRow',
        file,
        line: row.line,
        value: `${match.name} ${row.period}`,
        params: { firstLine: first },
      });
    } else seen.set(key, row.line);
    matched.set(row.line, match);
  }
  return { matched, issues };
}

const FIELD_OF: Record<FigureKey, string> = {
  revenue: PROFITABILITY.revenue,
  directCosts: PROFITABILITY.directCosts,
  salesCosts: PROFITABILITY.salesCosts,
  marketingCosts: PROFITABILITY.marketingCosts,
  serviceCosts: PROFITABILITY.serviceCosts,
  serviceHours: PROFITABILITY.serviceHours,
};

/** The upsert of one row: only the figure columns the sheet has, so a missing column leaves the org's value. */
export function profitabilityRecord(row: ProfitabilityRow, match: Match, columns: readonly FigureKey[]): WriteRecord {
  const externalId = `${match.id}:${row.period}`;
  const fields: Record<string, FieldValue> = {
    [PROFITABILITY.externalId]: externalId,
    [PROFITABILITY.account]: match.id,
    [PROFITABILITY.period]: row.period,
  };
  for (const key of columns) fields[FIELD_OF[key]] = row.figures[key] ?? null;
  return { key: externalId, name: match.name, fields };
}

function badFile(file: string, issues: readonly ImportIssue[]): Error {
  const { text, actions } = formatImportIssues(issues);
  const error = messages.createError('error.BadFile', [
    file,
    messages.getMessage(countKey('count.Problems', issues.length), [issues.length]),
    text,
  ]);
  // The third argument of createError fills placeholders of the actions; the issues' own actions are added.
  error.actions = [...actions, ...(error.actions ?? [])];
  return error;
}

export async function importProfitability(client: OrgClient, options: ImportOptions): Promise<ImportResult> {
  const read = await readProfitabilityFile(options.file, options.sheet);
  const warnings = formatImportIssues(read.warnings).lines;
  if (!read.ok) throw badFile(options.file, read.issues);
  const state = new RunState();
  state.plan(read.rows.length);
  try {
    const { matched, issues } = await matchAccounts(client, options.file, read.rows);
    if (issues.length > 0) throw badFile(options.file, issues);
    const records = read.rows.map((row) => profitabilityRecord(row, matched.get(row.line) as Match, read.columns));
    const base = {
      file: options.file,
      rows: read.rows.length,
      accounts: new Set([...matched.values()].map((m) => m.id)).size,
      warnings,
    };
    if (options.dryRun) {
      return { ...base, written: 0, failed: 0, dryRun: true, api: 'none', failures: [], apiCalls: client.calls };
    }
    options.progress?.start('write', records.length);
    const outcome = await writeRecords(
      {
        client,
        object: PROFITABILITY.object,
        operation: 'upsert',
        externalIdField: PROFITABILITY.externalId,
        poll: options.poll ?? DEFAULT_POLL,
        onWritten: (count) => options.progress?.update(state.add(count)),
      },
      records,
      { bulkAt: options.bulkWriteAt ?? BULK_WRITE_AT, recordRetry: options.recordRetry ?? DEFAULT_RECORD_RETRY }
    ).finally(() => options.progress?.stop());
    return {
      ...base,
      written: outcome.written,
      failed: outcome.failures.length,
      dryRun: false,
      api: outcome.api,
      failures: outcome.failures,
      apiCalls: client.calls,
    };
  } catch (error) {
    throw orgStopError(error, state.written > 0 ? state : undefined);
  }
}
