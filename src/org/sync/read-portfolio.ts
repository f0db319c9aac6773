/**
 * Reads the portfolio from the org: every Account in the portfolio scope (the default profile's, see
 * src/org/profiles/portfolio-scope.ts) with its assessed fields, the figures of its latest
 * profitability period and (for the sync) the computed values it holds and its latest assessment.
 *
 * Up to `bulkAbove` accounts it is one REST query with two child sub-queries, paged 2,000 a call; above
 * that (or with api "bulk") three Bulk API 2.0 query jobs run and are read side by side, because Bulk 2.0
 * takes no sub-queries: accounts, profitability rows and assessment rows, joined by account id as they
 * arrive.
 */
import type { PortfolioScope } from '../../core/index.js';
import { ACCOUNT, PROFITABILITY, RELATIONSHIPS, VALUE_ASSESSMENT } from '../../schema/fields.js';
import type { OrgClient } from '../api/client.js';
import { settleAll } from '../api/settle-all.js';
import { DEFAULT_POLL, type CsvTable, type PollOptions } from '../api/bulk-jobs.js';
import { readQueryJob, startQueryJob } from '../api/bulk-query.js';
import { countRows, restQuery } from '../api/rest-query.js';
import { childRecords } from '../api/row-values.js';
import { readScope, scopeCondition } from '../profiles/portfolio-scope.js';
import { soqlDateTime } from '../api/soql.js';
import { ASSESSMENT_FIELDS } from '../history/history.js';
import { HISTORY_EXTRA_FIELDS } from '../history/history-log.js';
import {
  accountFields,
  PortfolioCollector,
  PROFITABILITY_FIELDS,
  type OrgAccount,
  type ReadIssue,
} from './portfolio-collector.js';

export const READ_APIS = ['auto', 'rest', 'bulk'] as const;
export type ReadApi = (typeof READ_APIS)[number];

/** Above this many accounts "auto" reads with Bulk API 2.0. */
export const BULK_READ_ABOVE = 10_000;

/**
 * Rows per Bulk API 2.0 results page. Salesforce advises setting it for large results (left open, the
 * org may cut pages small); 50,000 rows of the few fields read here are a few MB a page.
 */
export const BULK_RESULTS_PAGE = 50_000;

export type ReadProgress = { read: number; total?: number };

export type ReadOptions = {
  api: ReadApi;
  bulkAbove?: number;
  /** Read the computed values and latest assessment too (the sync needs them, an export does not). */
  forSync: boolean;
  poll?: PollOptions;
  /** Bulk API 2.0 results page size; BULK_RESULTS_PAGE when undefined. */
  maxRecords?: number;
  onStart?: (api: 'rest' | 'bulk', total: number | undefined) => void;
  onProgress?: (progress: ReadProgress) => void;
  /** Which accounts form the portfolio; read from the org's default profile when undefined. */
  scope?: PortfolioScope;
  /** For the sync: read only the value assessments changed from then on (history-watermark.ts); undefined: all. */
  historySince?: Date;
};

export type PortfolioRead = {
  accounts: OrgAccount[];
  issues: ReadIssue[];
  api: 'rest' | 'bulk';
  /** The scope the accounts were read with. */
  scope: PortfolioScope;
};

const whereOf = (condition: string | undefined): string => (condition ? ` WHERE ${condition}` : '');

/**
 * Child rows of the accounts in scope only: a semi-join on the same condition, so Bulk API 2.0 does not
 * export the history of prospects and competitors only for the join to drop it.
 */
const childWhere = (accountField: string, condition: string | undefined): string =>
  condition ? ` WHERE ${accountField} IN (SELECT Id FROM ${ACCOUNT} WHERE ${condition})` : '';

const without = (fields: readonly string[], field: string): string[] => fields.filter((f) => f !== field);

export function restSoql(forSync: boolean, scope?: PortfolioScope): string {
  const profitability = `(SELECT ${without(PROFITABILITY_FIELDS, PROFITABILITY.account).join(', ')} FROM ${
    RELATIONSHIPS.accountProfitability
  } ORDER BY ${PROFITABILITY.period} DESC LIMIT 1)`;
  const select = [...accountFields({ held: forSync }), profitability];
  return `SELECT ${select.join(', ')} FROM ${ACCOUNT}${whereOf(scope && scopeCondition(scope))}`;
}

/**
 * The value assessments a sync reads: of the accounts in scope, and with a watermark only those changed
 * since (SystemModstamp: any change to a row, a person's edit included, moves it on).
 */
export function historySoql(scope?: PortfolioScope, since?: Date): string {
  const V = VALUE_ASSESSMENT;
  const inScope = scope && scopeCondition(scope);
  const conditions = [
    ...(inScope ? [`${V.account} IN (SELECT Id FROM ${ACCOUNT} WHERE ${inScope})`] : []),
    ...(since ? [`SystemModstamp >= ${soqlDateTime(since)}`] : []),
  ];
  return `SELECT ${[...ASSESSMENT_FIELDS, ...HISTORY_EXTRA_FIELDS].join(', ')} FROM ${V.object}${whereOf(
    conditions.join(' AND ')
  )}`;
}

export function bulkSoqls(forSync: boolean, scope?: PortfolioScope, historySince?: Date): string[] {
  const condition = scope && scopeCondition(scope);
  return [
    `SELECT ${accountFields({ held: forSync }).join(', ')} FROM ${ACCOUNT}${whereOf(condition)}`,
    `SELECT ${PROFITABILITY_FIELDS.join(', ')} FROM ${PROFITABILITY.object}${childWhere(PROFITABILITY.account, condition)}`,
    ...(forSync ? [historySoql(scope, historySince)] : []),
  ];
}

export async function readOrgPortfolio(client: OrgClient, options: ReadOptions): Promise<PortfolioRead> {
  const scope = options.scope ?? (await readScope(client)).scope;
  let total: number | undefined;
  let api: 'rest' | 'bulk' = options.api === 'bulk' ? 'bulk' : 'rest';
  if (options.api === 'auto') {
    total = await countRows(client, ACCOUNT, scopeCondition(scope));
    api = total > (options.bulkAbove ?? BULK_READ_ABOVE) ? 'bulk' : 'rest';
  }
  const collector = new PortfolioCollector({
    held: options.forSync,
    historySince: options.historySince?.getTime(),
  });
  if (api === 'rest') await readRest(client, collector, { ...options, scope }, total);
  else await readBulk(client, collector, { ...options, scope }, total);
  return { ...collector.finish(), api, scope };
}

async function readRest(
  client: OrgClient,
  collector: PortfolioCollector,
  options: ReadOptions,
  knownTotal: number | undefined
): Promise<void> {
  let started = false;
  const accounts = restQuery(client, restSoql(options.forSync, options.scope), (records, totalSize) => {
    if (!started) {
      started = true;
      options.onStart?.('rest', knownTotal ?? totalSize);
    }
    for (const row of records) {
      const id = String(row.Id);
      collector.addAccount(row);
      for (const child of childRecords(row[RELATIONSHIPS.accountProfitability])) collector.addProfitability(child, id);
    }
    options.onProgress?.({ read: collector.size, total: knownTotal ?? totalSize });
  });
  // The history is a query of its own (a sub-query cannot bring both the latest row and a person's
  // latest), read beside the accounts.
  const history = options.forSync
    ? restQuery(client, historySoql(options.scope, options.historySince), (records) => {
        for (const row of records) collector.addAssessment(row);
      })
    : Promise.resolve();
  await settleAll([accounts, history]);
}

async function readBulk(
  client: OrgClient,
  collector: PortfolioCollector,
  options: ReadOptions,
  total: number | undefined
): Promise<void> {
  const [accountSoql, ...childSoqls] = bulkSoqls(options.forSync, options.scope, options.historySince);
  const ids = await Promise.all([accountSoql, ...childSoqls].map((soql) => startQueryJob(client, soql)));
  options.onStart?.('bulk', total);
  const jobOptions = { poll: options.poll ?? DEFAULT_POLL, maxRecords: options.maxRecords ?? BULK_RESULTS_PAGE };
  // The three jobs are read side by side: while this side parses a page of one, the org prepares the
  // next pages of the others. The collector joins rows in whatever order they come.
  const add: Array<(table: CsvTable) => void> = [
    (table): void => {
      table.each((get) => collector.addAccount(get));
      options.onProgress?.({ read: collector.size, total });
    },
    (table): void => {
      table.each((get) => collector.addProfitability(get));
    },
    (table): void => {
      table.each((get) => collector.addAssessment(get));
    },
  ];
  await settleAll(ids.map((id, i) => readQueryJob(client, id, jobOptions, add[i])));
}
