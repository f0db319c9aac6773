/**
 * The portfolio snapshot (CVP_Portfolio_Snapshot__c, docs/method.md, Portfolio analysis: "customer balance sheet"): the
 * summary of one sync as a record. Shares are fractions in the core and percent points in the org.
 */
import type { PortfolioSummary } from '../../core/index.js';
import { SNAPSHOT as S, SNAPSHOT_REVIEW } from '../../schema/fields.js';
import { numberOf, scaled, textOf, type Row } from '../api/row-values.js';

export type SnapshotRecord = Record<string, string | number | null>;

const percent = (share: number | null): number | null => (share === null ? null : scaled(share * 100, 2));

/** What a snapshot records of the reviews: the due count is a figure, the history watermark is not. */
export type SnapshotReview = { dueAccounts: number; historyThrough: string | null };

/** The figures of a snapshot, without when it was taken. */
export function snapshotFigures(summary: PortfolioSummary, profileKey: string, dueAccounts?: number): SnapshotRecord {
  return {
    ...(dueAccounts === undefined ? {} : { [SNAPSHOT_REVIEW.dueAccounts]: dueAccounts }),
    [S.profileKey]: profileKey,
    [S.accounts]: summary.accounts,
    [S.keyAccounts]: summary.tiers.keyAccount,
    [S.developAccounts]: summary.tiers.develop,
    [S.maintainAccounts]: summary.tiers.maintain,
    [S.leanAccounts]: summary.tiers.lean,
    [S.prisonerAccounts]: summary.quadrants.prisoner,
    [S.idealAccounts]: summary.quadrants.ideal,
    [S.riskAccounts]: summary.quadrants.risk,
    [S.emotionalBondAccounts]: summary.quadrants.emotionalBond,
    [S.aAccounts]: summary.abc.A,
    [S.bAccounts]: summary.abc.B,
    [S.cAccounts]: summary.abc.C,
    [S.totalRevenue]: scaled(summary.totalRevenue, 2),
    [S.totalMargin]: scaled(summary.totalMargin, 2),
    [S.top20MarginShare]: percent(summary.top20MarginShare),
    [S.top20RevenueShare]: percent(summary.top20RevenueShare),
    [S.whalePeakShare]: percent(summary.whalePeakShare),
    [S.keyAccountMarginShare]: percent(summary.keyAccountMarginShare),
    [S.averageScore]: scaled(summary.averageScore, 2),
    [S.unprofitableAccounts]: summary.unprofitable,
    [S.incompleteAccounts]: summary.incomplete,
  };
}

export function snapshotRecord(
  summary: PortfolioSummary,
  profileKey: string,
  takenAt: string,
  review?: SnapshotReview
): SnapshotRecord {
  return {
    [S.takenAt]: takenAt,
    ...snapshotFigures(summary, profileKey, review?.dueAccounts),
    ...(review ? { [SNAPSHOT_REVIEW.historyThrough]: review.historyThrough } : {}),
  };
}

/** Every figure field, for the query of the latest snapshot. */
export const SNAPSHOT_FIGURE_FIELDS: readonly string[] = [
  ...Object.entries(S)
    .filter(([key]) => key !== 'object' && key !== 'takenAt')
    .map(([, field]) => field),
  SNAPSHOT_REVIEW.dueAccounts,
];

/** True when a stored snapshot (REST row) has the very figures given. */
export function sameFigures(row: Row | undefined, figures: SnapshotRecord): boolean {
  if (!row) return false;
  return Object.entries(figures).every(([field, value]) => {
    if (typeof value === 'string' || value === null) return textOf(row[field]) === value || row[field] === value;
    const held = numberOf(row[field]);
    return held !== null && Math.abs(held - value) < 0.005;
  });
}
