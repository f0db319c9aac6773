/**
 * Faults a test switches on: failed calls (503, dropped connections, the daily limit, an expired
 * session) counted in calls from the moment they are set, and per-record write errors (row locks,
 * validation failures) counted in attempts per record.
 */
import type { CallKind } from './calls.js';
import { saveError, type SaveError } from './errors.js';
import { to18 } from './ids.js';

export type KindFilter = { kind?: CallKind | readonly CallKind[] };
export type CallFault = 'drop' | 'unavailable' | 'limit' | 'expire';

type Countdown = {
  action: 'drop' | 'unavailable';
  /** Matching calls still to let through before the fault. */
  skip: number;
  times: number;
  kinds?: readonly CallKind[];
};

type Threshold = { remaining: number; kinds?: readonly CallKind[] };

export type RecordMatch = readonly string[] | ((record: Readonly<Record<string, unknown>>, object: string) => boolean);

type RecordFault = {
  ids?: Set<string>;
  predicate?: (record: Readonly<Record<string, unknown>>, object: string) => boolean;
  error: SaveError;
  /** Attempts left per record Id (or for any record, keyed by ''). */
  remaining: Map<string, number>;
  attempts: number;
};

const kindsOf = (filter?: KindFilter): readonly CallKind[] | undefined =>
  filter?.kind === undefined ? undefined : typeof filter.kind === 'string' ? [filter.kind] : filter.kind;

const matches = (kinds: readonly CallKind[] | undefined, kind: CallKind): boolean => !kinds || kinds.includes(kind);

const ids18 = (ids: readonly string[]): Set<string> => new Set(ids.map((id) => to18(id) ?? id));

export class Faults {
  public latencyMs: number;
  private countdowns: Countdown[] = [];
  private limit?: Threshold;
  private limitReached = false;
  private expiry?: Threshold;
  private recordFaults: RecordFault[] = [];

  public constructor(
    latencyMs: number,
    private readonly expireSessions: () => void
  ) {
    this.latencyMs = latencyMs;
  }

  /** The nth call from now (n = 1: the next) answers 503, and `times` matching calls after it. */
  public serviceUnavailable(n: number, options: KindFilter & { times?: number } = {}): void {
    this.countdowns.push({ action: 'unavailable', skip: n - 1, times: options.times ?? 1, kinds: kindsOf(options) });
  }

  /** The nth call from now has its socket destroyed without an answer. */
  public dropConnection(n: number, options: KindFilter & { times?: number } = {}): void {
    this.countdowns.push({ action: 'drop', skip: n - 1, times: options.times ?? 1, kinds: kindsOf(options) });
  }

  /** After n more calls, every call answers 403 REQUEST_LIMIT_EXCEEDED until cleared. */
  public requestLimitAfter(n: number, options: KindFilter = {}): void {
    this.limit = { remaining: n, kinds: kindsOf(options) };
    this.limitReached = n <= 0;
  }

  public clearRequestLimit(): void {
    this.limit = undefined;
    this.limitReached = false;
  }

  /** After n more calls, every token issued so far stops working (401 INVALID_SESSION_ID). */
  public expireSessionAfter(n: number, options: KindFilter = {}): void {
    this.expiry = { remaining: n, kinds: kindsOf(options) };
    if (n <= 0) {
      this.expiry = undefined;
      this.expireSessions();
    }
  }

  /** Writes to these records fail with UNABLE_TO_LOCK_ROW for their first `attempts` tries. */
  public lockRecords(ids: readonly string[], attempts = 1): void {
    const locked = ids18(ids);
    this.recordFaults.push({
      ids: locked,
      error: saveError('UNABLE_TO_LOCK_ROW', 'unable to obtain exclusive access to this record or 1 records: {id}'),
      remaining: new Map([...locked].map((id) => [id, attempts])),
      attempts,
    });
  }

  /** A per-record write error for the matching records, for `attempts` tries each (default: always). */
  public failRecords(
    match: RecordMatch,
    error: { statusCode: string; message: string; fields?: string[]; attempts?: number }
  ): void {
    const attempts = error.attempts ?? Number.POSITIVE_INFINITY;
    const ids = typeof match === 'function' ? undefined : ids18(match);
    this.recordFaults.push({
      ids,
      predicate: typeof match === 'function' ? match : undefined,
      error: saveError(error.statusCode, error.message, error.fields ?? []),
      remaining: new Map(ids ? [...ids].map((id) => [id, attempts]) : []),
      attempts,
    });
  }

  public clear(): void {
    this.countdowns = [];
    this.clearRequestLimit();
    this.expiry = undefined;
    this.recordFaults = [];
  }

  /** Decides the fate of one call; called once per request, in arrival order. */
  public onCall(kind: CallKind): CallFault | undefined {
    let fault: CallFault | undefined;
    for (const c of this.countdowns) {
      if (!matches(c.kinds, kind) || c.times <= 0) continue;
      if (c.skip > 0) {
        c.skip--;
        continue;
      }
      c.times--;
      fault ??= c.action;
    }
    this.countdowns = this.countdowns.filter((c) => c.times > 0);
    if (fault) return fault;
    if (this.expiry && matches(this.expiry.kinds, kind)) {
      if (this.expiry.remaining <= 0) {
        this.expiry = undefined;
        this.expireSessions();
      } else this.expiry.remaining--;
    }
    if (this.limit && matches(this.limit.kinds, kind)) {
      if (this.limit.remaining <= 0) this.limitReached = true;
      else this.limit.remaining--;
    }
    return this.limitReached ? 'limit' : undefined;
  }

  /** The error a write of this record meets, if a record fault applies (each call is one attempt). */
  public recordError(
    object: string,
    id: string | undefined,
    record: Readonly<Record<string, unknown>>
  ): SaveError | undefined {
    for (const f of this.recordFaults) {
      const key = id ?? '';
      if (f.ids && !(id && f.ids.has(id))) continue;
      if (f.predicate && !f.predicate(record, object)) continue;
      const left = f.remaining.get(key) ?? f.attempts;
      if (left <= 0) continue;
      f.remaining.set(key, left - 1);
      return { ...f.error, message: f.error.message.replace('{id}', id ?? '') };
    }
    return undefined;
  }
}
