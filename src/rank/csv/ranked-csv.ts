/**
 * The ranked export as CSV bytes (ranked-export.ts's rows, written by csv-bytes.ts): each row's fields
 * are read from the ranking's columns, gathered into rank order a block at a time (rank-block.ts), and
 * written into the file's pieces, with no account object, no array of cells and no string per line.
 * Making each row through the result's accounts and writing it through CsvLine took 1.45 s of CPU at
 * 200,000 rows; this takes about 0.6 s (least of several runs each, in turn, on a loaded 2-core
 * machine). The file is byte for byte the one the rows of
 * rankedRowMaker give through writeCsv: test/rank/ranked-csv.test.ts holds the two together on random
 * and hostile portfolios in every dialect.
 *
 * A text a column repeats (tier, treatment, quadrant, ABC class, lifecycle word, the lift's sentence,
 * an owner) is encoded once per distinct value and copied (csv-texts.ts); names and other free text are
 * encoded per cell.
 */
import { ABC_CLASSES, QUADRANTS, TIERS, TREATMENTS, type Account, type LiftColumns } from '../../core/index.js';
import { CsvBytes, csvHeaderLine, type ColumnTexts, type CsvWriteOptions, type RawCell } from '../../io/index.js';
import { label } from '../../i18n/labels.js';
import type { ExportSource } from '../ranked-export.js';
import type { RankResult, ResultColumns } from '../result.js';
import { LiftTexts, labelBytes } from './csv-texts.js';
import { BLOCK, GatheredColumns, InputBlock, WRITE_NUMBER, WRITE_RAW, type InputColumn } from './rank-block.js';

/**
 * Rows from which an export first writes a sample block and throws it away. The rows come in rank
 * order, so the first thousands are key accounts with nothing to lift and small figures: V8 optimised
 * the writer for them and undid it (17 times at 200,000 rows) as each new kind of row came, running
 * the first 50,000 rows at half speed (about 0.1 s). A sample from all through the ranking shows it
 * every kind of row before it optimises.
 */
const WARM_UP_FROM = 20 * BLOCK;

/** The block of an export with no rows as read: every row written cell by cell. */
const NONE_AS_READ = new Int32Array(BLOCK).fill(-1);

/** Told of each row before it is written: it may stop the write (Ctrl+C) by throwing. */
export type RowCheck = (row: number) => void;

/**
 * The ranked export's CSV as pieces of bytes: the header line, then a row per account in rank order
 * (`inputsByRank[r]`, `source.cellsByRank[r]` for rank r + 1), each piece about a quarter megabyte
 * and good only until the next is asked for. `columns` are the result's (resultColumns).
 */
export function* rankedCsvPieces(
  header: readonly string[],
  result: RankResult,
  columns: ResultColumns,
  inputsByRank: readonly Account[],
  source: ExportSource,
  options: Omit<CsvWriteOptions, 'signal'>,
  beforeRow: RowCheck
): Generator<Buffer> {
  // Each piece is good until the next is asked for: the file's writer takes them so (write-atomic.ts).
  const out = new CsvBytes(options, true);
  const writeBlock = blockWriter(out, result, columns, inputsByRank, source, beforeRow);
  const count = columns.scored.order.length;
  const ranks = new Uint32Array(BLOCK);
  if (count >= WARM_UP_FROM) {
    // A block of rows from all through the ranking, written and thrown away: see WARM_UP_FROM.
    for (let k = 0; k < BLOCK; k++) ranks[k] = Math.floor((k * count) / BLOCK);
    writeBlock(ranks, BLOCK, true);
    out.rest();
  }
  out.bytes(Buffer.from(csvHeaderLine(header, options), 'utf8'));
  out.lineEnd();
  for (let first = 0; first < count; first += BLOCK) {
    const rows = Math.min(BLOCK, count - first);
    for (let k = 0; k < rows; k++) ranks[k] = first + k;
    writeBlock(ranks, rows, false);
    const piece = out.full();
    if (piece) yield piece;
  }
  yield out.rest();
}

/** A cell as the file held it, as rawValue (ranked-export.ts) gives it to the row writers. */
function writeRaw(out: CsvBytes, cell: RawCell | undefined, texts: ColumnTexts): void {
  if (cell === undefined || cell === null) return;
  if (typeof cell === 'string') texts.write(cell);
  else if (typeof cell === 'number') out.number(cell);
  else out.text(cell.kind === 'formula' ? `=${cell.formula}` : cell.text);
}

/** Row k of a block's input columns, each followed by the delimiter. */
function writeInputs(out: CsvBytes, columns: readonly InputColumn[], k: number): void {
  for (const column of columns) {
    if (column.write === WRITE_NUMBER) out.number(column.numbers[k]);
    else if (column.write === WRITE_RAW) writeRaw(out, column.cells[k], column.texts);
    else {
      const text = column.cells[k];
      if (typeof text === 'string') column.texts.write(text);
    }
    out.separator();
  }
}

/**
 * Writes the rows ranked ranks[k] + 1 (k < count), told of each unless it is the thrown-away sample. A
 * plain function, not the generator's own loop: V8 optimises a long loop while it runs (on-stack
 * replacement) only outside a generator.
 */
function blockWriter(
  out: CsvBytes,
  result: RankResult,
  columns: ResultColumns,
  inputsByRank: readonly Account[],
  source: ExportSource,
  beforeRow: RowCheck
): (ranks: Uint32Array, count: number, sample: boolean) => void {
  const { scored, changeOf } = columns;
  const { order, coverageByMask } = scored;
  const gathered = new GatheredColumns();
  const inputs = new InputBlock(source, inputsByRank, columns, gathered, out);
  const cents = gathered.of(scored.cents);
  const tier = gathered.of(scored.tier);
  const treatment = gathered.of(scored.treatment);
  const quadrant = gathered.of(scored.quadrant);
  const abc = gathered.of(scored.abc);
  const mask = gathered.of(scored.scoredMask);
  const margin = gathered.of(scored.columns.margin);
  const volumeBand = gathered.of(scored.volumeBand);
  const profitabilityBand = gathered.of(scored.profitabilityBand);
  const scores = scored.columns.scores.map((column) => gathered.of(column));
  const liftColumns: LiftColumns = {
    scores,
    revenue: gathered.of(scored.columns.revenue),
    margin,
    tier,
    treatment,
    volumeBand,
    profitabilityBand,
  };
  const lifts = new LiftTexts(out, liftColumns, columns);
  const { reviewDueByRank } = source;
  // Rows of the input copied as they stand (rows-as-read.ts), only into a file of the input's delimiter.
  const asRead = source.asRead?.delimiter === out.delimiter ? source.asRead : undefined;
  const rowText = asRead?.text ?? '';
  const rowStart = asRead ? gathered.of(asRead.starts) : NONE_AS_READ;
  const rowEnd = asRead ? gathered.of(asRead.ends) : NONE_AS_READ;
  const compare = Boolean(result.summary.compareProfile);
  const minCoverage = scored.profile.minCoverage;
  // Each label with the delimiter after it, copied in one. A score is cents / 100, exactly the rounded
  // score; scores lie in 1.00–5.00.
  const scoreBytes = labelBytes(out, 501, (c) => c / 100, true);
  const tierBytes = labelBytes(out, TIERS.length + 1, (t) => label('tier', t < TIERS.length ? TIERS[t] : null), true);
  const treatmentBytes = labelBytes(out, TREATMENTS.length, (t) => label('treatment', TREATMENTS[t]), true);
  const quadrantBytes = labelBytes(out, QUADRANTS.length, (q) => label('quadrant', QUADRANTS[q]), true);
  const abcBytes = labelBytes(out, ABC_CLASSES.length, (c) => ABC_CLASSES[c], true);
  const coverageBytes = labelBytes(out, coverageByMask.length, (m) => coverageByMask[m], true);
  const incompleteBytes = labelBytes(out, coverageByMask.length, (m) => coverageByMask[m] < minCoverage, true);
  return (ranks, count, sample) => {
    gathered.fill(order, ranks, count);
    inputs.fill(ranks, count, rowStart);
    for (let k = 0; k < count; k++) {
      const r = ranks[k];
      if (!sample) beforeRow(r);
      if (rowStart[k] < 0) writeInputs(out, inputs.columns, k);
      else {
        out.asIs(rowText, rowStart[k], rowEnd[k]);
        out.separator();
      }
      out.number(r + 1);
      out.separator();
      const c = cents[k];
      if (c >= 0 && c <= 500) out.bytes(scoreBytes(c));
      else {
        if (c >= 0) out.number(c / 100);
        out.separator();
      }
      out.bytes(tierBytes(tier[k] < 0 ? TIERS.length : tier[k]));
      if (treatment[k] >= 0) out.bytes(treatmentBytes(treatment[k]));
      else out.separator();
      if (quadrant[k] >= 0) out.bytes(quadrantBytes(quadrant[k]));
      else out.separator();
      if (abc[k] >= 0) out.bytes(abcBytes(abc[k]));
      else out.separator();
      out.bytes(coverageBytes(mask[k]));
      out.bytes(incompleteBytes(mask[k]));
      out.number(margin[k]);
      out.separator();
      // Volume and profitability as the weighted score used them: entered, else banded (0 = none).
      const volume = scores[0][k];
      if (volume === volume) out.number(volume);
      else if (volumeBand[k] > 0) out.number(volumeBand[k]);
      out.separator();
      const profit = scores[1][k];
      if (profit === profit) out.number(profit);
      else if (profitabilityBand[k] > 0) out.number(profitabilityBand[k]);
      out.separator();
      lifts.write(k);
      if (compare) {
        const change = changeOf.get(order[r]);
        out.separator();
        if (change) out.number(change.compareRank);
        out.separator();
        if (change) out.number(change.rankChange);
      }
      if (reviewDueByRank) {
        out.separator();
        out.cell(reviewDueByRank[r] ?? null);
      }
      out.lineEnd();
    }
  };
}
