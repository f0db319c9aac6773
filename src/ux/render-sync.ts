/** The sync's report on a terminal: the accounts that move most, as a plain table. */
import Table from 'cli-table3';
import type { Tier } from '../core/index.js';
import type { Mover } from '../org/sync/plan-changes.js';
import { label } from './labels.js';

const PLAIN = { 'left-mid': '', mid: '', 'mid-mid': '', 'right-mid': '' };

const tierLabel = (tier: string | null): string => label('tier', tier as Tier | null);

export function renderMovers(movers: readonly Mover[]): string {
  const table = new Table({
    head: ['Name', 'Rank', 'Was', 'Change', 'Tier', 'Was'],
    style: { head: [], border: [] },
    chars: PLAIN,
  });
  for (const m of movers) {
    table.push([
      m.name,
      String(m.rank),
      m.previousRank === null ? '–' : String(m.previousRank),
      m.rankChange === null ? 'new' : m.rankChange > 0 ? `+${m.rankChange}` : String(m.rankChange),
      tierLabel(m.tier),
      m.previousTier === null ? '–' : tierLabel(m.previousTier),
    ]);
  }
  return table.toString();
}
