/**
 * Where the sync's read of the value-assessment history starts (docs/sync.md, What the sync reads and
 * writes). The latest Portfolio Snapshot records the time up to which every assessment is reflected on
 * the accounts (CVP_History_Through__c): the run's own time when every account record landed, else the
 * point the run itself read from. The next run reads the rows changed since then, less a margin for
 * the difference between this machine's clock and the org's (SystemModstamp is the org's time).
 */
import { SNAPSHOT, SNAPSHOT_REVIEW } from '../../schema/fields.js';
import type { OrgClient } from '../api/client.js';
import { queryAll } from '../api/rest-query.js';
import { timeOf } from './review-state.js';

/** An hour: far more than the clocks of a CI runner and an org drift apart; reading an hour more costs little. */
export const CLOCK_MARGIN_MS = 60 * 60 * 1000;

export type HistoryWatermark = {
  /** The recorded time, to record again when this run cannot move it on; undefined: none recorded. */
  through: Date | undefined;
  /** Read the rows changed from this time on; undefined: read the whole history. */
  since: Date | undefined;
};

export async function readHistoryWatermark(client: OrgClient): Promise<HistoryWatermark> {
  const field = SNAPSHOT_REVIEW.historyThrough;
  const [row] = await queryAll(
    client,
    `SELECT ${field} FROM ${SNAPSHOT.object} WHERE ${field} != null ORDER BY ${field} DESC LIMIT 1`
  );
  const ms = timeOf(row?.[field]);
  if (ms === null) return { through: undefined, since: undefined };
  return { through: new Date(ms), since: new Date(ms - CLOCK_MARGIN_MS) };
}
