import Table from 'cli-table3';
import { terminalValue } from '../io/index.js';
import { loadMessages } from '../messages.js';
import type { RankResult } from '../rank/result.js';
import { label } from './labels.js';

const messages = loadMessages('portfolio.rank');

/**
 * cli-table3 rather than SfCommand.table (@oclif/table): the latter renders through React/ink and
 * took 7.5 s for 1,000 rows on the build machine, cli-table3 0.5 s; a ranking is often that long.
 */
const PLAIN = { 'left-mid': '', mid: '', 'mid-mid': '', 'right-mid': '' };
const table = (head: string[]): Table.Table => new Table({ head, style: { head: [], border: [] }, chars: PLAIN });

/**
 * A figure that is not a finite number shows as "–", like a missing one: the reader bounds every figure
 * (MAX_FIGURE), so none should reach here, and if one did, "Infinity" or "NaN" would be read as data.
 */
const known = (v: number | null): v is number => v !== null && Number.isFinite(v);
const pct = (v: number | null): string => (known(v) ? `${(v * 100).toFixed(1)} %` : '–');
const money = (v: number | null): string =>
  known(v) ? v.toLocaleString('en-US', { maximumFractionDigits: 0 }).replace(/,/g, ' ') : '–';
const score = (v: number | null): string => (known(v) ? v.toFixed(2) : '–');
/** Names and profile keys come from the files: control characters escaped, long ones cut (terminal-text.ts). */
const text = (v: string): string => terminalValue(v);

/** The ranking as a text table, at most `limit` rows. */
export function renderRanking(result: RankResult, limit: number): string {
  const compare = result.summary.compareProfile;
  const head = ['Rank', 'Name', 'Score', 'Tier', 'Treatment', 'Quadrant', 'ABC', 'Coverage'];
  if (compare) head.push(`Rank (${text(compare)})`, 'Change');
  const t = table(head);
  for (const a of result.accounts.slice(0, limit)) {
    const row = [
      String(a.rank),
      text(a.name),
      score(a.score),
      label('tier', a.tier),
      a.treatment ? label('treatmentShort', a.treatment) : '',
      a.quadrant ? label('quadrant', a.quadrant) : '',
      // No margin, no class (docs/method.md, Portfolio analysis): shown as a missing figure, never as "C".
      a.abcClass ?? '–',
      `${Math.round(a.coverage * 100)} %${a.incomplete ? ' (incomplete)' : ''}`,
    ];
    if (compare) row.push(String(a.compareRank ?? ''), signed(a.rankChange ?? 0));
    t.push(row);
  }
  return `${messages.getMessage('heading.Ranking', [text(result.profile.name)])}\n${t.toString()}`;
}

/** The portfolio summary, rising stars and loss-makers as text. */
export function renderSummary(result: RankResult): string {
  const s = result.summary;
  const out: string[] = [messages.getMessage('heading.Summary')];
  const t = table(['Figure', 'Value']);
  t.push(
    ['Accounts', `${s.accounts} (${s.scored} scored, ${s.incomplete} incomplete)`],
    ['Total revenue', money(s.totalRevenue)],
    ['Total customer margin', money(s.totalMargin)],
    ['Top 20 % share of margin', pct(s.top20MarginShare)],
    ['Top 20 % share of revenue', pct(s.top20RevenueShare)],
    ['Whale curve peak', `${pct(s.whalePeakShare)} after ${s.whalePeakAccounts} accounts`],
    ['Lost on loss-makers', money(s.lossTail)],
    ['Average score', score(s.averageScore)],
    ['Key accounts’ share of margin', pct(s.keyAccountMarginShare)],
    [
      'Tiers',
      Object.entries(s.tiers)
        .map(([k, n]) => `${label('tier', k === 'unscored' ? null : k)} ${n}`)
        .join(', '),
    ],
    [
      'Quadrants',
      Object.entries(s.quadrants)
        .map(([k, n]) => `${label('quadrant', k === 'unassessed' ? null : k)} ${n}`)
        .join(', '),
    ],
    [
      'ABC',
      Object.entries(s.abc)
        .map(([k, n]) => `${k} ${n}`)
        .join(', '),
    ],
    ['No customer margin (revenue or costs missing)', noMarginText(s.noMargin)]
  );
  out.push(t.toString());

  if (s.risingStars && s.compareProfile) {
    out.push('', messages.getMessage('heading.RisingStars', [text(s.compareProfile)]));
    const r = table(['Name', 'Rank', `Rank (${text(s.compareProfile)})`, 'Change']);
    for (const c of s.risingStars) {
      r.push([marked(c.name, c.compareIncomplete), String(c.rank), String(c.compareRank), signed(c.rankChange)]);
    }
    out.push(r.toString());
  }
  if (s.lossMakers.length > 0) {
    out.push('', `${messages.getMessage('heading.LossMakers')} (${s.unprofitable})`);
    const l = table(['Name', 'Rank', 'Customer margin', 'Likely cause']);
    for (const m of s.lossMakers.slice(0, 20)) {
      l.push([
        marked(m.name, m.incomplete),
        String(m.rank),
        money(m.margin),
        m.causes.map((c) => label('cause', c)).join('; '),
      ]);
    }
    out.push(l.toString());
  }
  return out.join('\n');
}

/** "3: Acme, Beta, …": how many accounts lack a margin, and the first of them by name. */
function noMarginText(noMargin: RankResult['summary']['noMargin']): string {
  if (noMargin.count === 0) return '0';
  const names = noMargin.accounts.map((a) => text(a.name)).join(', ');
  return `${noMargin.count}: ${names}${noMargin.count > noMargin.accounts.length ? ', …' : ''}`;
}

/** A name with the incomplete mark its account carries (docs/method.md, Weighted score, coverage, completeness). */
function marked(name: string, incomplete: boolean): string {
  return incomplete ? `${text(name)} (incomplete)` : text(name);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
