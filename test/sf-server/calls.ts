/** Every call that reaches the server, by kind, so tests and benchmarks can report API calls used. */

export const CALL_KINDS = [
  'oauth',
  'versions',
  'limits',
  'describeGlobal',
  'describe',
  'query',
  'queryMore',
  'sobject',
  'collections',
  'bulkIngestCreate',
  'bulkIngestUpload',
  'bulkIngestClose',
  'bulkIngestPoll',
  'bulkIngestResults',
  'bulkIngestDelete',
  'bulkQueryCreate',
  'bulkQueryPoll',
  'bulkQueryResults',
  'bulkQueryClose',
  'bulkQueryDelete',
  'tooling',
  'other',
] as const;

export type CallKind = (typeof CALL_KINDS)[number];

export type CallEntry = {
  /** 1 for the first call the server saw. */
  readonly n: number;
  readonly kind: CallKind;
  readonly method: string;
  readonly path: string;
  /** The HTTP status answered; 0 when the connection was dropped, undefined while in flight. */
  status?: number;
};

export class CallCounter {
  private entries: CallEntry[] = [];
  private counts = new Map<CallKind, number>();
  private seen = 0;

  public get total(): number {
    return this.entries.length;
  }

  /** Every call so far, in order. */
  public get log(): readonly CallEntry[] {
    return this.entries;
  }

  public count(kind: CallKind): number {
    return this.counts.get(kind) ?? 0;
  }

  public byKind(): Partial<Record<CallKind, number>> {
    return Object.fromEntries(this.counts);
  }

  public reset(): void {
    this.entries = [];
    this.counts = new Map();
  }

  public record(kind: CallKind, method: string, path: string): CallEntry {
    const entry: CallEntry = { n: ++this.seen, kind, method, path };
    this.entries.push(entry);
    this.counts.set(kind, this.count(kind) + 1);
    return entry;
  }
}
