import { createRequire } from 'node:module';
import type Table from 'cli-table3';
import { terminalValue } from '../io/index.js';
import { countKey, currentLanguage, numberFormats, type NumberFormats } from '../i18n/index.js';
import { loadMessages } from '../messages.js';
import type { ProfileName, RankResult } from '../rank/result.js';
import { nextTierLift } from '../rank/result.js';
import { label } from '../i18n/labels.js';
import { liftText } from './lift-text.js';

const messages = loadMessages('portfolio.rank');
const words = loadMessages('rank-table');

/**
 * cli-table3 rather than SfCommand.table (@oclif/table): the latter renders through React/ink and
 * took 7.5 s for 1,000 rows on the build machine, cli-table3 0.5 s; a ranking is often that long.
 */
const PLAIN = { 'left-mid': '', mid: '', 'mid-mid': '', 'right-mid': '' };
/** Loaded on the first table drawn: a run that writes a file or prints CSV or JSON draws none. */
let TableOf: typeof Table | undefined;
const table = (head: string[]): Table.Table => {
  TableOf ??= createRequire(import.meta.url)('cli-table3') as typeof Table;
  return new TableOf({ head, style: { head: [], border: [] }, chars: PLAIN });
};

/**
 * A figure that is not a finite number shows as "–", like a missing one: the reader bounds every figure
 * (MAX_FIGURE), so none should reach here, and if one did, "Infinity" or "NaN" would be read as data.
 */
const known = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** Every number of one table in the run's language, so "33 227 780" never stands beside "59.2 %". */
type Figures = {
  pct: (v: number | null) => string;
  money: (v: number | null) => string;
  score: (v: number | null) => string;
  count: (v: number) => string;
};

function figures(currency: string | undefined): Figures {
  const f: NumberFormats = numberFormats();
  return {
    pct: (v) => (known(v) ? f.percent(v) : '–'),
    money: (v) => (known(v) ? f.money(v, currency) : '–'),
    score: (v) => (known(v) ? f.decimal(v, 2) : '–'),
    count: (v) => f.integer(v),
  };
}

/** Names and profile keys come from the files: control characters escaped, long ones cut (terminal-text.ts). */
const text = (v: string): string => terminalValue(v);

/** A profile by its name in the run's language: the Finnish one when it has one and the run is Finnish. */
const nameOf = (p: ProfileName): string => text(currentLanguage() === 'fi' && p.nameFi ? p.nameFi : p.name);

/** The ranking as a text table, at most `limit` rows, with what would lift each account. */
export function renderRanking(result: RankResult, limit: number, currency?: string): string {
  const n = figures(currency);
  const compare = result.summary.compareProfile;
  const head = ['Rank', 'Name', 'Score', 'Tier', 'Treatment', 'Quadrant', 'Abc', 'Coverage'].map((key) =>
    words.getMessage(`column.${key}`)
  );
  if (compare) {
    head.push(words.getMessage('column.CompareRank', [nameOf(compare)]), words.getMessage('column.Change'));
  }
  head.push(words.getMessage('column.Lift'));
  const t = table(head);
  const shown = Math.min(limit, result.accounts.length);
  for (let r = 0; r < shown; r++) {
    const a = result.accounts[r];
    const coverage = n.pct(a.coverage).replace(/[.,]0(?=\D*$)/, '');
    const row = [
      String(a.rank),
      text(a.name),
      n.score(a.score),
      label('tier', a.tier),
      a.treatment ? label('treatmentShort', a.treatment) : '',
      a.quadrant ? label('quadrant', a.quadrant) : '',
      // No margin, no class (docs/method.md, Portfolio analysis): shown as a missing figure, never as "C".
      a.abcClass ?? '–',
      a.incomplete ? words.getMessage('value.Incomplete', [coverage]) : coverage,
    ];
    if (compare) row.push(a.compareRank === undefined ? '' : String(a.compareRank), signed(a.rankChange ?? 0));
    row.push(liftText(nextTierLift(a), currency));
    t.push(row);
  }
  return `${messages.getMessage('heading.Ranking', [nameOf(result.profile)])}\n${t.toString()}`;
}

/** The portfolio summary, rising stars and loss-makers as text. */
export function renderSummary(result: RankResult, currency?: string): string {
  const n = figures(currency);
  const s = result.summary;
  const out: string[] = [messages.getMessage('heading.Summary')];
  const t = table([words.getMessage('column.Figure'), words.getMessage('column.Value')]);
  const row = (key: string, value: string): [string, string] => [words.getMessage(`summary.${key}`), value];
  t.push(
    row(
      'Accounts',
      words.getMessage('summary.AccountsValue', [n.count(s.accounts), n.count(s.scored), n.count(s.incomplete)])
    ),
    row('TotalRevenue', n.money(s.totalRevenue)),
    row('TotalMargin', n.money(s.totalMargin)),
    row('Top20Margin', n.pct(s.top20MarginShare)),
    row('Top20Revenue', n.pct(s.top20RevenueShare)),
    row(
      'WhalePeak',
      words.getMessage(countKey('summary.WhalePeakValue', s.whalePeakAccounts), [
        n.pct(s.whalePeakShare),
        n.count(s.whalePeakAccounts),
      ])
    ),
    row('LossTail', n.money(s.lossTail)),
    row('AverageScore', n.score(s.averageScore)),
    row('KeyAccountShare', n.pct(s.keyAccountMarginShare)),
    row(
      'Tiers',
      Object.entries(s.tiers)
        .map(([k, c]) => `${label('tier', k === 'unscored' ? null : k)} ${n.count(c)}`)
        .join(', ')
    ),
    row(
      'Quadrants',
      Object.entries(s.quadrants)
        .map(([k, c]) => `${label('quadrant', k === 'unassessed' ? null : k)} ${n.count(c)}`)
        .join(', ')
    ),
    row(
      'Abc',
      Object.entries(s.abc)
        .map(([k, c]) => `${k} ${n.count(c)}`)
        .join(', ')
    ),
    row('NoCostData', noMarginText(s.noMargin, n))
  );
  out.push(t.toString());

  if (s.risingStars && s.compareProfile) {
    out.push('', messages.getMessage('heading.RisingStars', [nameOf(s.compareProfile)]));
    const r = table([
      words.getMessage('column.Name'),
      words.getMessage('column.Rank'),
      words.getMessage('column.CompareRank', [nameOf(s.compareProfile)]),
      words.getMessage('column.Change'),
    ]);
    for (const c of s.risingStars) {
      r.push([marked(c.name, c.compareIncomplete), String(c.rank), String(c.compareRank), signed(c.rankChange)]);
    }
    out.push(r.toString());
  }
  if (s.lossMakers.length > 0) {
    out.push('', `${messages.getMessage('heading.LossMakers')} (${n.count(s.unprofitable)})`);
    const l = table(['Name', 'Rank', 'Margin', 'LikelyCause'].map((key) => words.getMessage(`column.${key}`)));
    for (const m of s.lossMakers.slice(0, 20)) {
      l.push([
        marked(m.name, m.incomplete),
        String(m.rank),
        n.money(m.margin),
        m.causes.map((c) => label('cause', c)).join('; '),
      ]);
    }
    out.push(l.toString());
  }
  return out.join('\n');
}

/** "3: Acme, Beta, …": how many accounts lack a margin, and the first of them by name. */
function noMarginText(noMargin: RankResult['summary']['noMargin'], n: Figures): string {
  if (noMargin.count === 0) return '0';
  const names = noMargin.accounts.map((a) => text(a.name)).join(', ');
  return `${n.count(noMargin.count)}: ${names}${noMargin.count > noMargin.accounts.length ? ', …' : ''}`;
}

/** A name with the incomplete mark its account carries (docs/method.md, Weighted score, coverage, completeness). */
function marked(name: string, incomplete: boolean): string {
  return incomplete ? words.getMessage('value.Incomplete', [text(name)]) : text(name);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
