/**
 * The ranked portfolio from the org, as a spreadsheet: the columns `portfolio rank` writes (computed
 * scores, tiers, treatments, explanations) followed by the inputs under the headers it reads, so the
 * file opens in a spreadsheet and ranks again offline to the same result. Then the day each account was
 * last assessed by a person ("Last Assessed At", a header rank reads for its reviews: src/rank/review-due.ts),
 * so the offline run finds the same accounts due; the account's Id is the last column, to join the file
 * back to the org. Scored with src/core from the org's inputs, with the
 * profile a sync would use.
 */
import { excelDialect, nameKey, writeCsv, writeXlsx, type ProgressSink } from '../io/index.js';
import { countKey, numberFormats } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import { exportHeader, exportRows, headerText } from '../rank/export-rows.js';
import { xlsxNumberFormats } from '../rank/xlsx-formats.js';
import { currentLanguage } from '../i18n/index.js';
import type { Format } from '../rank/output-format.js';
import { buildRankResult, type RankSummary } from '../rank/result.js';
import { reviewRanking } from '../rank/review-due.js';
import { writeOutput } from '../rank/write-output.js';
import type { OrgClient } from '../org/api/client.js';
import { orgStopError } from '../org/api/org-errors.js';
import { resolveProfile, type ProfileSource } from '../org/profiles/org-profile.js';
import type { ReadIssue } from '../org/sync/portfolio-collector.js';
import { readOrgPortfolio, type ReadApi } from '../org/sync/read-portfolio.js';
import type { PollOptions } from '../org/api/bulk-jobs.js';

const messages = loadMessages('portfolio.export');

export const ID_HEADER = 'Account Id';
/** Written as the day (yyyy-mm-dd), as the review rule counts days (docs/method.md, Review due). */
export const ASSESSED_HEADER = 'Last Assessed At';

export type ExportOptions = {
  output: string;
  format: Format;
  profile?: string;
  api: ReadApi;
  bulkReadAbove?: number;
  poll?: PollOptions;
  maxRecords?: number;
  /** Where the read reports how far it is; the command shows it as a progress bar. */
  progress?: ProgressSink<'read'>;
  /** The day the reviews are judged on (the run's calendar day); the reviews are left out without it. */
  today?: string;
};

export type ExportResult = {
  output: string;
  format: Format;
  profile: { key: string; name: string; source: ProfileSource };
  accounts: number;
  summary: RankSummary;
  readIssues: ReadIssue[];
  warnings: string[];
  apiCalls: number;
};

/** Names shared by several accounts: `portfolio rank` refuses a sheet with a name twice, by this key. */
function duplicateNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const name of names) {
    const key = nameKey(name);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}

export async function exportPortfolio(client: OrgClient, options: ExportOptions): Promise<ExportResult> {
  try {
    const resolved = await resolveProfile(client, options.profile);
    const read = await readOrgPortfolio(client, {
      api: options.api,
      bulkAbove: options.bulkReadAbove,
      forSync: false,
      poll: options.poll,
      maxRecords: options.maxRecords,
      onStart: (_api, total) => options.progress?.start('read', total),
      onProgress: ({ read: done }) => options.progress?.update(done),
    }).finally(() => options.progress?.stop());
    const inputs = read.accounts.map((a) => a.input);
    const { result, inputsByRank, indexByRank } = buildRankResult(inputs, resolved.profile);
    // The assessed-on day as a cell of its own column, judged as `portfolio rank` judges the file's.
    const assessedByRank = indexByRank.map((index) => [read.accounts[index].lastAssessedAt?.slice(0, 10) ?? null]);
    if (options.today) {
      const column = { index: 0, header: ASSESSED_HEADER };
      const reviewed = reviewRanking(result, [column], assessedByRank, resolved.profile, options.today);
      if (reviewed) result.summary.review = reviewed.review;
    }
    const warnings = [...resolved.warnings];
    const duplicates = duplicateNames(inputs.map((a) => a.name));
    if (duplicates.length > 0) {
      warnings.push(
        messages.getMessage(countKey('warning.DuplicateNames', duplicates.length), [
          numberFormats().integer(duplicates.length),
          duplicates.slice(0, 3).join('", "'),
        ])
      );
    }
    if (options.format === 'csv' || options.format === 'xlsx') {
      const header = [...exportHeader(result), ASSESSED_HEADER, ID_HEADER];
      const rows = exportRows(result, inputsByRank).map((row, r) => [
        ...row,
        assessedByRank[r][0],
        result.accounts[r].id ?? null,
      ]);
      if (options.format === 'csv') await writeCsv(options.output, header, rows, excelDialect(currentLanguage()));
      else
        await writeXlsx(options.output, headerText('Sheet'), header, rows, {
          numberFormats: xlsxNumberFormats(header),
        });
    } else {
      await writeOutput(options.output, options.format, result, inputsByRank);
    }
    return {
      output: options.output,
      format: options.format,
      profile: { key: resolved.profile.key, name: resolved.profile.name, source: resolved.source },
      accounts: result.accounts.length,
      summary: result.summary,
      readIssues: read.issues,
      warnings,
      apiCalls: client.calls,
    };
  } catch (error) {
    throw orgStopError(error);
  }
}
