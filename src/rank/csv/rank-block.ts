/**
 * The columns a ranked CSV reads, gathered into rank order a block of rows at a time. The ranking's
 * columns are in input order and the file in rank order, so each row's figures sit at a random place
 * of each column: read in the row's own loop, every figure was a miss of the processor's cache (a
 * loop over 11 columns of 200,000 rows took 0.46–0.71 s that way against 0.06–0.11 s in order). A
 * plain copying loop per column, whose loads the processor overlaps, brings a block into order for
 * 0.09–0.18 s; the rows then read each block in order.
 */
import { DIMENSIONS, type Account, type DimensionKey } from '../../core/index.js';
import { ColumnTexts, type CsvBytes, type FieldKey, type RawCell, type SourceColumn } from '../../io/index.js';
import type { ExportSource } from '../ranked-export.js';
import type { ResultColumns } from '../result.js';

/** Rows per block: small enough that a block's columns stay in the processor's cache. */
export const BLOCK = 512;

type Column = Float64Array | Int32Array | Int8Array | Uint8Array;

/**
 * Typed columns and their blocks; a column asked for twice shares one block. Each kind of array is
 * copied by a loop of its own: one loop over every kind made each copy a dispatch on the array's type.
 */
export class GatheredColumns {
  readonly #from: Column[] = [];
  readonly #to: Column[] = [];
  readonly #float64: Array<[Float64Array, Float64Array]> = [];
  readonly #int32: Array<[Int32Array, Int32Array]> = [];
  readonly #int8: Array<[Int8Array, Int8Array]> = [];
  readonly #uint8: Array<[Uint8Array, Uint8Array]> = [];

  /** The block that holds `column`'s values of the rows of the block last filled. */
  public of<T extends Column>(column: T): T {
    const at = this.#from.indexOf(column);
    if (at >= 0) return this.#to[at] as T;
    const block = new (column.constructor as new (length: number) => T)(BLOCK);
    this.#from.push(column);
    this.#to.push(block);
    if (column instanceof Float64Array) this.#float64.push([column, block as Float64Array]);
    else if (column instanceof Int32Array) this.#int32.push([column, block as Int32Array]);
    else if (column instanceof Int8Array) this.#int8.push([column, block as Int8Array]);
    else this.#uint8.push([column, block as Uint8Array]);
    return block;
  }

  /** Fills every block with the values of the rows ranked ranks[k] + 1 (`order` gives their input index). */
  public fill(order: Uint32Array, ranks: Uint32Array, count: number): void {
    for (const [from, to] of this.#float64) for (let k = 0; k < count; k++) to[k] = from[order[ranks[k]]];
    for (const [from, to] of this.#int32) for (let k = 0; k < count; k++) to[k] = from[order[ranks[k]]];
    for (const [from, to] of this.#int8) for (let k = 0; k < count; k++) to[k] = from[order[ranks[k]]];
    for (const [from, to] of this.#uint8) for (let k = 0; k < count; k++) to[k] = from[order[ranks[k]]];
  }
}

/** How a block's input column is written: a number, a cell as read (raw), or an account's text field. */
export const WRITE_NUMBER = 0;
export const WRITE_RAW = 1;
export const WRITE_TEXT = 2;

/** Where a column's cells come from when a block is filled. */
const FROM_COLUMN = 0;
const FROM_CELL = 1;
const FROM_LIFECYCLE_CELL = 2;
const FROM_FIELD = 3;

/**
 * One input column: its block (`numbers` or `cells`, by `write`) and how to fill it. One shape for every
 * column, so reading one is a single lookup.
 */
export type InputColumn = {
  write: number;
  numbers: Float64Array;
  cells: Array<RawCell | undefined>;
  texts: ColumnTexts;
  from: number;
  /** The cell's place in each row's cells (FROM_CELL, FROM_LIFECYCLE_CELL), or the field (FROM_FIELD). */
  index: number;
  field: 'id' | 'name' | 'owner' | 'directCosts' | 'salesCosts' | 'marketingCosts' | '';
};

const NO_NUMBERS = new Float64Array(0);
const NO_CELLS: RawCell[] = [];

/** The figures the ranking's columns hold as the input had them (NaN where there is none). */
const IN_COLUMNS = new Set<FieldKey>(['revenue', 'serviceCosts', 'serviceHours', 'commitment', 'binding']);

function inputColumn(
  column: SourceColumn,
  result: ResultColumns,
  gathered: GatheredColumns,
  out: CsvBytes
): InputColumn {
  const { field, index } = column;
  const texts = new ColumnTexts(out);
  const plan: InputColumn = {
    write: WRITE_RAW,
    numbers: NO_NUMBERS,
    cells: NO_CELLS,
    texts,
    from: FROM_CELL,
    index,
    field: '',
  };
  if (field === undefined || field === 'lifecycleStage') {
    plan.cells = new Array<RawCell | undefined>(BLOCK);
    if (field === 'lifecycleStage') plan.from = FROM_LIFECYCLE_CELL;
    return plan;
  }
  const figures = result.scored.columns;
  if (IN_COLUMNS.has(field) || (DIMENSIONS as readonly string[]).includes(field)) {
    const source = IN_COLUMNS.has(field)
      ? figures[field as 'revenue']
      : figures.scores[DIMENSIONS.indexOf(field as DimensionKey)];
    return { ...plan, write: WRITE_NUMBER, numbers: gathered.of(source), from: FROM_COLUMN };
  }
  const text = field === 'id' || field === 'name' || field === 'owner';
  return {
    ...plan,
    write: text ? WRITE_TEXT : WRITE_NUMBER,
    numbers: text ? NO_NUMBERS : new Float64Array(BLOCK),
    cells: text ? new Array<RawCell | undefined>(BLOCK) : NO_CELLS,
    from: FROM_FIELD,
    field: field as InputColumn['field'],
  };
}

/**
 * The input columns of an export, and the block of rows each was last filled with: the typed ones by
 * GatheredColumns, the others from each row's account and cells here.
 */
export class InputBlock {
  public readonly columns: InputColumn[];
  /** The columns filled from the accounts and cells (the others are GatheredColumns'). */
  readonly #own: InputColumn[];

  public constructor(
    private readonly source: ExportSource,
    private readonly inputsByRank: readonly Account[],
    result: ResultColumns,
    gathered: GatheredColumns,
    out: CsvBytes
  ) {
    this.columns = source.columns.map((column) => inputColumn(column, result, gathered, out));
    this.#own = this.columns.filter((column) => column.from !== FROM_COLUMN);
  }

  /** Fills the blocks with the rows ranked ranks[k] + 1, but for those copied as read (`asRead[k]` not -1). */
  public fill(ranks: Uint32Array, count: number, asRead: Int32Array): void {
    const own = this.#own;
    const { cellsByRank } = this.source;
    for (let k = 0; k < count; k++) {
      if (asRead[k] >= 0) continue;
      const input = this.inputsByRank[ranks[k]];
      const cells = cellsByRank[ranks[k]];
      for (const column of own) {
        if (column.from === FROM_CELL) column.cells[k] = cells[column.index];
        else if (column.from === FROM_LIFECYCLE_CELL)
          column.cells[k] = input.lifecycleStage ? cells[column.index] : null;
        else if (column.write === WRITE_TEXT) column.cells[k] = textField(input, column.field);
        else column.numbers[k] = figureField(input, column.field);
      }
    }
  }
}

/** A text field of the account by name: a named read each, not one read by a key string. */
function textField(input: Account, field: InputColumn['field']): string | null | undefined {
  if (field === 'name') return input.name;
  return field === 'id' ? input.id : input.owner;
}

/** A cost of the account, NaN for none (a figure read is finite). */
function figureField(input: Account, field: InputColumn['field']): number {
  const value =
    field === 'directCosts' ? input.directCosts : field === 'salesCosts' ? input.salesCosts : input.marketingCosts;
  return value ?? Number.NaN;
}
