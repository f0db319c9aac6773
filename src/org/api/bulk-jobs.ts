/**
 * What Bulk API 2.0 query and ingest jobs share: waiting for a job to finish, with a poll that starts
 * quick (a small job is done in a moment) and backs off (a large one takes minutes), and reading a
 * CSV answer.
 */
import type { OrgClient } from './client.js';
import { OrgApiError } from './org-api-error.js';
import { sleep } from './retry.js';

export type JobKind = 'query' | 'ingest';

export type JobInfo = {
  id: string;
  state: 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
  errorMessage?: string;
  numberRecordsProcessed?: number;
  numberRecordsFailed?: number;
};

export type PollOptions = {
  /** First wait before asking again; doubled each time up to maxMs. */
  initialMs: number;
  maxMs: number;
  /** Give up (and say so) after this long. */
  timeoutMs: number;
};

export const DEFAULT_POLL: PollOptions = { initialMs: 100, maxMs: 5000, timeoutMs: 60 * 60 * 1000 };

export const jobPath = (kind: JobKind, id = ''): string => `/jobs/${kind}${id ? `/${id}` : ''}`;

const FINAL = new Set<JobInfo['state']>(['JobComplete', 'Failed', 'Aborted']);

/**
 * The wait before the next poll. It doubles from `initialMs` up to `maxMs`; but when the job says how
 * many of its `total` records it has processed, and its pace says it will be done sooner, the poll
 * comes when it should be done (a little after), not a whole doubled interval later.
 */
export function pollDelay(
  poll: PollOptions,
  backoff: number,
  pace: { processed: number; total: number; ratePerMs: number } | undefined
): number {
  if (!pace || pace.ratePerMs <= 0 || pace.processed >= pace.total) return backoff;
  const expected = ((pace.total - pace.processed) / pace.ratePerMs) * 1.1;
  return Math.max(poll.initialMs, Math.min(backoff, Math.ceil(expected)));
}

/**
 * Polls until the job is JobComplete, Failed or Aborted. `total`, the records an ingest job was given,
 * lets the poll follow the job's pace (numberRecordsProcessed grows while it runs).
 */
export async function waitForJob(
  client: OrgClient,
  kind: JobKind,
  id: string,
  poll: PollOptions,
  total?: number
): Promise<JobInfo> {
  const started = Date.now();
  let backoff = poll.initialMs;
  let first: { at: number; processed: number } | undefined;
  for (;;) {
    // eslint-disable-next-line no-await-in-loop
    const info = (await client.request<JobInfo>({ method: 'GET', path: jobPath(kind, id) })).body;
    if (FINAL.has(info.state)) return info;
    const now = Date.now();
    if (now - started > poll.timeoutMs) {
      throw new OrgApiError('fatal', `Bulk API job ${id} is still ${info.state}.`, 'BULK_JOB_TIMEOUT');
    }
    const processed = info.numberRecordsProcessed ?? 0;
    let pace: Parameters<typeof pollDelay>[2];
    if (total !== undefined && processed > 0) {
      // The pace between two answers; from the start of the wait when only one has shown progress.
      if (first && processed > first.processed && now > first.at) {
        pace = { processed, total, ratePerMs: (processed - first.processed) / (now - first.at) };
      } else if (now > started) {
        pace = { processed, total, ratePerMs: processed / (now - started) };
      }
      first ??= { at: now, processed };
    }
    // eslint-disable-next-line no-await-in-loop
    await sleep(pollDelay(poll, backoff, pace));
    backoff = Math.min(poll.maxMs, backoff * 2);
  }
}

/**
 * CSV as Bulk API 2.0 writes it (RFC 4180: commas, LF or CRLF line ends, quotes doubled inside quoted
 * values) into rows of strings. Hand-rolled because it is the hot path of a large read: a general CSV
 * library that guesses delimiters and types and builds an object per row spends most of a 100,000-account
 * sync in parsing.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    let value = '';
    if (text.charCodeAt(i) === 34) {
      let start = i + 1;
      for (;;) {
        const quote = text.indexOf('"', start);
        if (quote < 0) {
          value += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(quote + 1) === 34) {
          value += text.slice(start, quote + 1);
          start = quote + 2;
          continue;
        }
        value += text.slice(start, quote);
        i = quote + 1;
        break;
      }
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10 || c === 13) break;
        end++;
      }
      value = text.slice(i, end);
      i = end;
    }
    row.push(value);
    if (text.charCodeAt(i) === 44) {
      i++;
      const next = text.charCodeAt(i);
      if (i < n && next !== 10 && next !== 13) continue;
      // A line that ends in a comma has one more, empty, value.
      row.push('');
    }
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A CSV answer with its header, read by field name without making an object per row. */
export class CsvTable {
  public readonly rows: string[][];
  private readonly index: Map<string, number>;

  public constructor(text: string) {
    const [header = [], ...rows] = parseCsv(text);
    this.rows = rows;
    this.index = new Map(header.map((name, i) => [name, i]));
  }

  /**
   * Visits every row through one getter that moves from row to row (no function made per row). A
   * reader asks for the same fields in the same order on every row, so the getter remembers the
   * column of each call by its place in the row's calls and asks the map only when a field differs:
   * 100,000 rows of 27 fields are 2.7 million lookups.
   */
  public each(visit: (get: (field: string) => string | undefined) => void): void {
    let row: readonly string[] = [];
    let call = 0;
    const fields: string[] = [];
    const columns: Array<number | undefined> = [];
    const get = (field: string): string | undefined => {
      if (fields[call] !== field) {
        fields[call] = field;
        columns[call] = this.index.get(field);
      }
      const i = columns[call++];
      return i === undefined ? undefined : row[i];
    };
    for (row of this.rows) {
      call = 0;
      visit(get);
    }
  }

  /** The rows as objects: for the small answers (failed records) where convenience wins. */
  public objects(): Array<Record<string, string>> {
    const names = [...this.index.keys()];
    return this.rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? ''])));
  }
}

/** A CSV answer (header row first) as rows keyed by header. */
export function parseCsvRows(text: string): Array<Record<string, string>> {
  return text.trim() === '' ? [] : new CsvTable(text).objects();
}

/** One CSV line with every value quoted: the form Bulk API 2.0 reads for any text. */
export function csvLine(values: ReadonlyArray<string | number | boolean | null>): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += ',';
    // "#N/A" is how Bulk API 2.0 is told to set a field to null; an empty cell leaves it as it is.
    if (value === null) line += '#N/A';
    else if (typeof value !== 'string') line += String(value);
    else line += value.includes('"') ? `"${value.replace(/"/g, '""')}"` : '"' + value + '"';
  }
  return line;
}
