/** The sync's report on a terminal: the accounts that move most, as a plain table. */
import Table from 'cli-table3';
import { numberFormats } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import type { Mover } from '../org/sync/plan-changes.js';
import { label } from '../i18n/labels.js';

const PLAIN = { 'left-mid': '', mid: '', 'mid-mid': '', 'right-mid': '' };
const messages = loadMessages('portfolio.sync');
const tierLabel = (tier: string | null): string => label('tier', tier);

export function renderMovers(movers: readonly Mover[]): string {
  const n = numberFormats();
  const table = new Table({
    head: ['Name', 'Rank', 'RankWas', 'Change', 'Tier', 'TierWas'].map((c) => messages.getMessage(`column.${c}`)),
    style: { head: [], border: [] },
    chars: PLAIN,
  });
  for (const m of movers) {
    const change = m.rankChange === null ? messages.getMessage('label.New') : n.integer(m.rankChange);
    table.push([
      m.name,
      n.integer(m.rank),
      m.previousRank === null ? '–' : n.integer(m.previousRank),
      m.rankChange !== null && m.rankChange > 0 ? `+${change}` : change,
      tierLabel(m.tier),
      m.previousTier === null ? '–' : tierLabel(m.previousTier),
    ]);
  }
  return table.toString();
}
