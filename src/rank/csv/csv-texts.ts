/**
 * Texts a ranked CSV repeats, as the bytes the file holds (csv-bytes.ts): each distinct value is
 * guarded, quoted and encoded once and copied for every row that has it.
 */
import {
  ColumnLift,
  LIFT_CHANGE,
  LIFT_NONE,
  LIFT_NOTHING,
  TIERS,
  TREATMENTS,
  type LiftColumns,
} from '../../core/index.js';
import type { CellValue, CsvBytes } from '../../io/index.js';
import { label } from '../../i18n/labels.js';
import { liftText } from '../../ux/lift-text.js';
import type { ResultColumns } from '../result.js';

/** Lift sentences kept: a score lift's "from" can be any figure a person typed. */
const REMEMBERED_LIFTS = 10_000;

/**
 * The bytes of a label (or any repeated cell) per index of its vocabulary, made when first needed;
 * with the delimiter after it when `separated`.
 */
export function labelBytes(
  out: CsvBytes,
  count: number,
  cell: (index: number) => CellValue,
  separated = false
): (index: number) => Buffer {
  const made = new Array<Buffer | undefined>(count);
  return (index) => (made[index] ??= separated ? out.encodedWithSeparator(cell(index)) : out.encoded(cell(index)));
}

/**
 * The lift's sentence per row as bytes, kept per what decides it (kind, dimension, tier, the score or
 * figure): a few hundred distinct sentences at most in a real portfolio, phrased by liftText once each.
 */
export class LiftTexts {
  readonly #lift: ColumnLift;
  readonly #byTarget: (index: number) => Buffer;
  readonly #byTreatment: (index: number) => Buffer;
  /** By dimension, tier and score (for a score lift; 0 for a figure), then by the "from" or the figure needed. */
  readonly #changes = new Map<number, Map<number, Buffer>>();
  #count = 0;

  /** The lift of row k of `columns` (a block of rows in rank order), for a result's `result` columns. */
  public constructor(
    private readonly out: CsvBytes,
    columns: LiftColumns,
    result: ResultColumns
  ) {
    this.#lift = new ColumnLift(columns, result.scored, result.profile);
    this.#byTarget = labelBytes(out, TIERS.length, (t) => liftText({ kind: 'none', nextTier: TIERS[t] }));
    this.#byTreatment = labelBytes(out, TREATMENTS.length, (t) => label('treatment', TREATMENTS[t]));
  }

  public write(k: number): void {
    const lift = this.#lift;
    const code = lift.at(k);
    if (code === LIFT_NOTHING) return;
    if (code === LIFT_NONE) return this.out.bytes(this.#byTarget(lift.target));
    if (code !== LIFT_CHANGE) return this.out.bytes(this.#byTreatment(lift.target));
    const { dimension, from, to, needed } = lift.search;
    // A figure lift, as liftFound (explain.ts) decides it: phrased by its figure needed, not its scores.
    const figure = needed === needed && from === from && dimension < 2;
    const key = ((figure ? 1 : 0) * 8 + dimension) * 64 + lift.target * 8 + (figure ? 0 : to);
    let texts = this.#changes.get(key);
    if (texts === undefined) this.#changes.set(key, (texts = new Map<number, Buffer>()));
    const by = figure ? needed : from;
    let bytes = texts.get(by);
    if (bytes === undefined) {
      // The export's lift is phrased without a currency, as the row writer's (export-rows.ts).
      bytes = this.out.encoded(liftText(lift.found(code)));
      if (this.#count < REMEMBERED_LIFTS) {
        texts.set(by, bytes);
        this.#count += 1;
      }
    }
    this.out.bytes(bytes);
  }
}
