/**
 * The value-assessment rows a sync reads, folded per account as they arrive: the latest row of any
 * source (the sync compares an account's scores with it) and a person's latest (Manual) assessment.
 *
 * Read whole (no watermark) the rows are the truth. Read since a watermark (docs/sync.md, What the sync
 * reads and writes) they are joined with what the account holds (ACCOUNT_REVIEW): a held latest row
 * older than the watermark stands; one from after it stands only when its row was read, because the
 * sync records the row on the account before the row itself lands, and a row that never landed must be
 * written again, not believed.
 */
import { ASSESSMENT_SOURCES, VALUE_ASSESSMENT as V } from '../../schema/fields.js';
import { getterOf, textOf, type FieldGetter, type Row } from '../api/row-values.js';
import { assessmentFingerprint, assessmentOfRow } from './history.js';
import { timeOf, type HeldReview, type LatestHistory, type LatestManual } from './review-state.js';

/**
 * The latest row read of an account, and (reading since a watermark) the times of every row read of it,
 * to confirm what the account holds: one time alone, a Set from the second on. They share one entry,
 * so a row and an account each cost one lookup in a map of 100,000.
 */
type Seen = { ms: number; at: string; fingerprint: number; times: number | Set<number> | undefined };
type SeenManual = { ms: number; at: string; by: string | null };

const MANUAL: (typeof ASSESSMENT_SOURCES)[number] = 'Manual';

/** The fields read of each row: the compared scores, and who made it. */
export const HISTORY_EXTRA_FIELDS: readonly string[] = [V.source, V.assessedBy];

export class HistoryLog {
  private readonly latest = new Map<string, Seen>();
  private readonly manual = new Map<string, SeenManual>();

  /** `since`: the watermark in ms (rows changed from then on are read), or undefined for a whole read. */
  public constructor(private readonly since: number | undefined) {}

  public get incremental(): boolean {
    return this.since !== undefined;
  }

  public add(row: Row | FieldGetter, accountId?: string): void {
    const get = getterOf(row);
    const account = accountId ?? textOf(get(V.account));
    if (account === null) return;
    const at = textOf(get(V.assessedAt)) ?? '';
    const ms = timeOf(at) ?? Number.NEGATIVE_INFINITY;
    const known = this.latest.get(account);
    if (!known) {
      const times = this.since === undefined ? undefined : ms;
      this.latest.set(account, { ms, at, fingerprint: assessmentFingerprint(assessmentOfRow(get)), times });
    } else {
      if (ms >= known.ms) {
        known.ms = ms;
        known.at = at;
        known.fingerprint = assessmentFingerprint(assessmentOfRow(get));
      }
      if (this.since !== undefined) {
        const times = known.times;
        if (typeof times === 'object') times.add(ms);
        else if (times !== ms) known.times = new Set(times === undefined ? [ms] : [times, ms]);
      }
    }
    if (textOf(get(V.source)) === MANUAL) {
      const person = this.manual.get(account);
      if (!person || ms >= person.ms) this.manual.set(account, { ms, at, by: textOf(get(V.assessedBy)) });
    }
  }

  /** The account's latest history row, from the rows read and what the account holds. */
  public latestOf(account: string, held: HeldReview | undefined): LatestHistory | null {
    const seen = this.latest.get(account);
    const fromRows = seen ? { at: seen.at, fingerprint: seen.fingerprint } : null;
    if (this.since === undefined || !held) return fromRows;
    const heldAt = held.values.latestHistoryAt;
    const heldMs = timeOf(heldAt);
    const heldKey = Number(held.values.latestHistoryKey ?? Number.NaN);
    if (heldAt === null || heldMs === null || !Number.isFinite(heldKey)) return fromRows;
    const times = seen?.times;
    const confirmed =
      heldMs < this.since || (typeof times === 'number' ? times === heldMs : (times?.has(heldMs) ?? false));
    if (!confirmed) return fromRows;
    return seen && seen.ms > heldMs ? fromRows : { at: heldAt, fingerprint: heldKey };
  }

  /** The account's latest Manual assessment, from the rows read and what the account holds. */
  public manualOf(account: string, held: HeldReview | undefined): LatestManual | null {
    const seen = this.manual.get(account);
    const fromRows = seen ? { at: seen.at, by: seen.by } : null;
    if (this.since === undefined || !held) return fromRows;
    const heldAt = held.values.lastAssessedAt;
    const heldMs = timeOf(heldAt);
    if (heldAt === null || heldMs === null) return fromRows;
    return seen && seen.ms > heldMs ? fromRows : { at: heldAt, by: held.values.lastAssessedBy };
  }

  public clear(): void {
    this.latest.clear();
    this.manual.clear();
  }
}
