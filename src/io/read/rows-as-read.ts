/**
 * The rows of a quote-free CSV that an export in the same delimiter may copy as they stand: a row whose
 * every cell is what the export would write for the value read (plain digits, text that csvField
 * leaves alone and trimming does not change) is the first part of its ranked line, byte for byte.
 * Copying it whole instead of writing its cells one by one took about 0.1 s off writing 200,000 rows
 * (portfolio rank, CSV to CSV, the write phase in five runs of each build in turn: docs/performance.md).
 * test/rank/rows-as-read.test.ts holds the copied export to the one written cell by cell.
 *
 * The text is kept for it (the file's size again in memory, until the export is written); a run that
 * writes no CSV does not ask for it.
 */
export type RowsAsRead = {
  /** The text the rows are in. */
  text: string;
  /** The file's delimiter: an export in another one writes every row cell by cell. */
  delimiter: string;
  /** Index for index with the accounts: where the row begins in `text`, -1 for a row written cell by cell. */
  starts: Int32Array;
  /** Where the row ends (before its line break). */
  ends: Int32Array;
};

/** Room for `rows` accounts, none of them copied until told. */
export function rowsAsRead(source: { text: string; delimiter: string }, rows: number): RowsAsRead {
  return {
    text: source.text,
    delimiter: source.delimiter,
    starts: new Int32Array(rows).fill(-1),
    ends: new Int32Array(rows),
  };
}

/** Marks account `index`'s row as copied from `start` to `end` of the text (nothing past the room made). */
export function keepRowAsRead({ starts, ends }: RowsAsRead, index: number, start: number, end: number): void {
  if (index >= starts.length) return;
  /* eslint-disable no-param-reassign -- the record's arrays are filled as the rows come */
  starts[index] = start;
  ends[index] = end;
  /* eslint-enable no-param-reassign */
}
