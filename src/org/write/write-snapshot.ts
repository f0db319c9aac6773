/**
 * Writes the run's portfolio snapshot. By default only when its figures differ from the latest
 * snapshot of the same profile: a night on which nothing changed writes nothing at all, and the trend
 * still reads right, because a snapshot holds until the next one.
 */
import type { PortfolioSummary } from '../../core/index.js';
import type { OrgClient } from '../api/client.js';
import { SNAPSHOT } from '../../schema/fields.js';
import { queryAll } from '../api/rest-query.js';
import { soqlDateTime, soqlString } from '../api/soql.js';
import { sameFigures, snapshotFigures, snapshotRecord, SNAPSHOT_FIGURE_FIELDS } from '../sync/snapshot.js';

/**
 * The reviews of the run: the due count, and the history watermark, known only once the accounts have
 * landed (docs/sync.md): the snapshot waits for it, and is not written when the account write stops.
 */
export type SnapshotReviewSource = { dueAccounts: number; historyThrough: () => Promise<string | null> };
import type { RetryPolicy } from '../api/retry.js';
import { DEFAULT_POLL } from '../api/bulk-jobs.js';
import { DEFAULT_RECORD_RETRY, writeRecords } from './write-records.js';
import type { RecordFailure } from './write-types.js';

export const SNAPSHOT_MODES = ['changed', 'always', 'never'] as const;
export type SnapshotMode = (typeof SNAPSHOT_MODES)[number];

export type SnapshotOutcome = {
  written: boolean;
  reason: 'written' | 'unchanged' | 'dryRun' | 'disabled' | 'failed';
};

export async function writeSnapshot(
  client: OrgClient,
  summary: PortfolioSummary,
  takenAt: Date,
  mode: SnapshotMode,
  recordRetry: RetryPolicy = DEFAULT_RECORD_RETRY,
  /** The whole-portfolio figures beside the summary (sync/portfolio-place.ts), compared and written with it. */
  whole: Record<string, string | number | null> = {},
  review?: SnapshotReviewSource,
  profileVersion: number | null = null
): Promise<{ outcome: SnapshotOutcome; failures: RecordFailure[] }> {
  if (mode === 'never') return { outcome: { written: false, reason: 'disabled' }, failures: [] };
  const S = SNAPSHOT;
  // Compared with the figures: a new profile version always gets a snapshot (docs/sync.md, Profile versions).
  const version = { [S.profileVersion]: profileVersion };
  const key = summary.profile;
  if (mode === 'changed') {
    const [latest] = await queryAll(
      client,
      `SELECT ${[...SNAPSHOT_FIGURE_FIELDS, ...Object.keys(whole)].join(', ')} FROM ${S.object} WHERE ${S.profileKey} = ${soqlString(key)} ORDER BY ${
        S.takenAt
      } DESC LIMIT 1`
    );
    if (sameFigures(latest, { ...snapshotFigures(summary, key, review?.dueAccounts), ...whole, ...version })) {
      return { outcome: { written: false, reason: 'unchanged' }, failures: [] };
    }
  }
  const reviewFields = review
    ? { dueAccounts: review.dueAccounts, historyThrough: await review.historyThrough() }
    : undefined;
  const record = {
    key: `snapshot:${key}`,
    name: key,
    fields: { ...snapshotRecord(summary, key, takenAt.toISOString(), reviewFields), ...whole, ...version },
  };
  const outcome = await writeRecords(
    {
      client,
      object: S.object,
      operation: 'insert',
      poll: DEFAULT_POLL,
      reconcile: async () => {
        const rows = await queryAll(
          client,
          `SELECT Id FROM ${S.object} WHERE ${S.takenAt} = ${soqlDateTime(takenAt)} AND ${S.profileKey} = ${soqlString(key)}`
        );
        return new Set(rows.length > 0 ? [record.key] : []);
      },
    },
    [record],
    { bulkAt: Number.POSITIVE_INFINITY, recordRetry }
  );
  return {
    outcome: { written: outcome.written === 1, reason: outcome.written === 1 ? 'written' : 'failed' },
    failures: outcome.failures,
  };
}
