/**
 * The shapes the writers share. A record to write is keyed by the account it belongs to (the Id of an
 * Account update, the parent account of a history row), so every failure can name the account.
 */
import type { OrgClient } from '../api/client.js';
import type { PollOptions } from '../api/bulk-jobs.js';

export type FieldValue = string | number | boolean | null;

export type WriteRecord = {
  /** The Account Id the record is about: the record itself for an update, its parent for a create. */
  key: string;
  name: string;
  fields: Readonly<Record<string, FieldValue>>;
};

/**
 * A record the org refused for good (or still refused after the last retry), in the one shape it keeps
 * from the writer to the command's --json result and the result file (src/ux/result-file.ts).
 * `id` is the Account the record is about (WriteRecord.key); `reason` is the org's message.
 */
export type RecordFailure = { id: string; name: string; object: string; code: string; reason: string };

/** One pass of a writer: what was written, what failed for good, what is worth another try. */
export class WritePass {
  public readonly failures: RecordFailure[] = [];
  public readonly retryable: Array<WriteRecord & { code: string; message: string }> = [];
  private count = 0;

  public get written(): number {
    return this.count;
  }

  public addWritten(count: number): void {
    this.count += count;
  }
}

export type WriteContext = {
  client: OrgClient;
  object: string;
  operation: 'update' | 'insert' | 'upsert';
  /** For upserts: the external ID field; it must be among each record's fields and is its key. */
  externalIdField?: string;
  poll: PollOptions;
  /** Called after each request that wrote records, with how many it wrote. */
  onWritten?: (count: number) => void;
  /** Called when a Bulk API job has been handed to the org: the caller may prepare its next write meanwhile. */
  onJobRunning?: () => void;
  /**
   * For inserts: which of these records the org already holds, after an answer was lost. Without it a
   * lost answer to a create would be sent again and could duplicate rows.
   */
  reconcile?: (records: readonly WriteRecord[]) => Promise<ReadonlySet<string>>;
  /** For inserts: the field holding the record's key (the parent account), to match Bulk API results. */
  keyField?: string;
};

export const failureOf = (record: WriteRecord, object: string, code: string, message: string): RecordFailure => ({
  id: record.key,
  name: record.name,
  object,
  code,
  reason: message,
});
