/**
 * SOQL date literals (TODAY, LAST_N_DAYS:30, THIS_QUARTER…) as [start, end) in UTC milliseconds.
 * The org uses the user's time zone and the org's fiscal year; the server uses UTC and calendar years.
 */

type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** The start of the unit that contains `at`, moved by `shift` units. */
function startOf(unit: Unit, at: Date, shift: number): number {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  const d = at.getUTCDate();
  switch (unit) {
    case 'DAY':
      return Date.UTC(y, m, d + shift);
    case 'WEEK':
      return Date.UTC(y, m, d - at.getUTCDay() + 7 * shift);
    case 'MONTH':
      return Date.UTC(y, m + shift, 1);
    case 'QUARTER':
      return Date.UTC(y, m - (m % 3) + 3 * shift, 1);
    default:
      return Date.UTC(y + shift, 0, 1);
  }
}

const span = (unit: Unit, now: Date, from: number, to: number): [number, number] => [
  startOf(unit, now, from),
  startOf(unit, now, to),
];

const FIXED: Readonly<Record<string, [Unit, number, number]>> = {
  YESTERDAY: ['DAY', -1, 0],
  TODAY: ['DAY', 0, 1],
  TOMORROW: ['DAY', 1, 2],
  LAST_WEEK: ['WEEK', -1, 0],
  THIS_WEEK: ['WEEK', 0, 1],
  NEXT_WEEK: ['WEEK', 1, 2],
  LAST_MONTH: ['MONTH', -1, 0],
  THIS_MONTH: ['MONTH', 0, 1],
  NEXT_MONTH: ['MONTH', 1, 2],
  LAST_90_DAYS: ['DAY', -90, 1],
  NEXT_90_DAYS: ['DAY', 1, 91],
  LAST_QUARTER: ['QUARTER', -1, 0],
  THIS_QUARTER: ['QUARTER', 0, 1],
  NEXT_QUARTER: ['QUARTER', 1, 2],
  LAST_YEAR: ['YEAR', -1, 0],
  THIS_YEAR: ['YEAR', 0, 1],
  NEXT_YEAR: ['YEAR', 1, 2],
};

export function dateLiteralRange(literal: string, variable?: number, now = new Date()): [number, number] | undefined {
  const upper = literal.toUpperCase();
  const fixed = FIXED[upper];
  if (fixed) return span(fixed[0], now, fixed[1], fixed[2]);
  const match = /^(LAST|NEXT|)_?N_(DAYS|WEEKS|MONTHS|QUARTERS|YEARS)(_AGO)?:(\d+)$/.exec(upper);
  if (!match) return undefined;
  const n = variable ?? Number(match[4]);
  const unit = match[2].slice(0, -1) as Unit;
  if (match[3]) return span(unit, now, -n, -n + 1);
  if (match[1] === 'LAST') return unit === 'DAY' ? span(unit, now, -n, 1) : span(unit, now, -n, 0);
  if (match[1] === 'NEXT') return unit === 'DAY' ? span(unit, now, 1, n + 1) : span(unit, now, 1, n + 1);
  return undefined;
}
