/**
 * The accounts due for review as a person reads them (docs/method.md, Review due): a count, then the
 * first few with why each is due. The sync and `portfolio rank` say it alike.
 */
import { countKey, numberFormats } from '../i18n/index.js';
import { loadMessages } from '../messages.js';

const messages = loadMessages('review');

/** What a due account needs for its line: its name, and the reason's figures. */
export type DueLine = {
  name: string;
  tier: string | null;
  monthsAgo: number | null;
  intervalMonths: number;
};

/** "last assessed 14 months ago, key accounts every 6 months", or "never assessed". */
export function dueReason(due: Omit<DueLine, 'name'>): string {
  const n = numberFormats();
  if (due.monthsAgo === null) return messages.getMessage('reason.neverAssessed');
  const months = (key: string, count: number): string => messages.getMessage(countKey(key, count), [n.integer(count)]);
  return messages.getMessage('reason.overdue', [
    months('count.MonthsAgo', due.monthsAgo),
    messages.getMessage(`tiers.${due.tier ?? 'unscored'}`),
    months('count.MonthsEvery', due.intervalMonths),
  ]);
}

/** The lines of the report: the count, then one line per account named, then how many more. */
export function dueLines(count: number, named: readonly DueLine[]): string[] {
  const n = numberFormats();
  if (count === 0) return [messages.getMessage('info.NoneDue')];
  const lines = [messages.getMessage(countKey('info.Due', count), [n.integer(count)])];
  for (const due of named) lines.push(`  ${due.name}: ${dueReason(due)}`);
  if (count > named.length) lines.push(`  ${messages.getMessage('info.More', [n.integer(count - named.length)])}`);
  return lines;
}

/** Cells of the assessed-on column that are not dates (src/rank/review-due.ts). */
export function notDatesLine(review: { column: string; notDates: { count: number; lines: number[] } }): string {
  const n = numberFormats();
  const lines = review.notDates.lines.map((line) => n.integer(line)).join(', ');
  const more = review.notDates.count > review.notDates.lines.length ? ', …' : '';
  return messages.getMessage('warning.NotDates', [review.column, n.integer(review.notDates.count), lines + more]);
}

/** The calendar day of the run where it runs, as the review rule counts days. */
export function runDay(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How much of the history the sync read. */
export function historyReadLine(read: 'since' | 'whole', since: string | undefined): string {
  return read === 'since' && since
    ? messages.getMessage('info.HistorySince', [since.replace(/\.\d{3}Z$/, 'Z')])
    : messages.getMessage('info.HistoryWhole');
}
