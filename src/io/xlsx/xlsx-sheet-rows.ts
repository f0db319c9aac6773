/**
 * One worksheet's XML to rows of raw cells, event by event. exceljs's WorksheetReader read a formula
 * cell's stored result without its type: a TRUE became 1 (a score column silently got a 1) and an
 * error such as #DIV/0! became NaN, its text lost. Here a cell is read with its type (the `t`
 * attribute) whether or not it holds a formula, so a boolean is a boolean and an error keeps its
 * value. Only the XML tokenizer (exceljs's SAX wrapper) and the parts it already read (shared
 * strings, styles) are borrowed; no exceljs Row or Cell object is made per cell.
 */
import { createRequire } from 'node:module';
import type { RawCell } from '../interpret/raw-table.js';

/** What the reader takes from exceljs's WorkbookReader once the workbook parts are parsed. */
export type SheetContext = {
  sharedStrings?: unknown[];
  styles?: { getStyleModel(id: number): { numFmt?: string } | null | undefined };
  properties?: { date1904?: boolean };
};

export type SheetRow = { number: number; cells: RawCell[] };
/** A cell read; `column` counts from 1. Called for each cell that has a value or a formula. */
export type CellSink = (column: number, cell: RawCell) => void;

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };
type SaxTag = { name: string; attributes: Record<string, string> };

const require = createRequire(import.meta.url);
const loadParseSax = (): ((stream: NodeJS.ReadableStream) => AsyncIterable<SaxEvent[]>) =>
  require('exceljs/lib/utils/parse-sax.js') as (stream: NodeJS.ReadableStream) => AsyncIterable<SaxEvent[]>;
const loadUtils = (): { isDateFmt(format: string): boolean } =>
  require('exceljs/lib/utils/utils.js') as { isDateFmt(format: string): boolean };

/** "AB12" → 28; undefined without letters (a cell without a reference follows the one before). */
function columnOf(ref: string | undefined): number | undefined {
  if (!ref) return undefined;
  let column = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return column > 0 ? column : undefined;
}

const booleanCell = (text: string): RawCell => ({ kind: 'other', text: Number(text) !== 0 ? 'TRUE' : 'FALSE' });

type Cell = { ref?: string; style: number; type?: string; formula?: string; value?: string };

export class SheetCellReader {
  private readonly dateStyles = new Map<number, boolean>();
  private readonly utils = loadUtils();

  public constructor(
    private readonly context: SheetContext,
    private readonly fromShared: (value: unknown) => RawCell
  ) {}

  /** The cell as the interpreter reads it: its stored value, by its type, never its formula's text when a result is stored. */
  public read(cell: Cell): RawCell {
    const { type, value } = cell;
    if (value === undefined) return cell.formula === undefined ? null : { kind: 'formula', formula: cell.formula };
    switch (type) {
      case 's': {
        const shared = this.context.sharedStrings?.[Number.parseInt(value, 10)];
        return shared === undefined ? null : this.fromShared(shared);
      }
      case 'str':
      case 'inlineStr':
        return value;
      case 'e':
        return { kind: 'error', text: value };
      case 'b':
        return booleanCell(value);
      case 'd':
        return { kind: 'other', text: value.slice(0, 10) };
      default: {
        if (value.trim() === '') return cell.formula === undefined ? null : { kind: 'formula', formula: cell.formula };
        const number = Number.parseFloat(value);
        if (Number.isNaN(number)) return { kind: 'error', text: value };
        // exceljs left a formula's number as a number even in a date format; kept so.
        if (cell.formula === undefined && this.isDateStyle(cell.style)) return this.dateText(number);
        return number;
      }
    }
  }

  private isDateStyle(style: number): boolean {
    if (!style) return false;
    let known = this.dateStyles.get(style);
    if (known === undefined) {
      const format = this.context.styles?.getStyleModel(style)?.numFmt;
      known = format ? this.utils.isDateFmt(format) : false;
      this.dateStyles.set(style, known);
    }
    return known;
  }

  private dateText(serial: number): RawCell {
    const offset = this.context.properties?.date1904 ? 1462 : 0;
    const date = new Date(Math.round((serial - 25_569 + offset) * 86_400_000));
    return Number.isNaN(date.getTime())
      ? { kind: 'other', text: String(serial) }
      : { kind: 'other', text: date.toISOString().slice(0, 10) };
  }
}

/** Told of each row of a sheet as it opens (its cells go to the sink returned) and as it closes. */
export type RowSink = { startRow(row: number): CellSink; endRow(row: number): void };

/** Where the parser is in the sheet's XML, and the cell being read. */
class SheetXml {
  private inRows = false;
  private rowNumber = 0;
  private cells: CellSink | undefined;
  private column = 0;
  private cell: Cell | undefined;
  private into: 'formula' | 'value' | undefined;
  private phonetic = false;

  public constructor(
    private readonly reader: SheetCellReader,
    private readonly sink: RowSink
  ) {}

  public text(text: string): void {
    if (this.cell && this.into && !this.phonetic) this.cell[this.into] = (this.cell[this.into] ?? '') + text;
  }

  public open(tag: SaxTag): void {
    switch (tag.name) {
      case 'sheetData':
        this.inRows = true;
        break;
      case 'row':
        if (!this.inRows) break;
        this.rowNumber = Number.parseInt(tag.attributes.r, 10) || this.rowNumber + 1;
        this.cells = this.sink.startRow(this.rowNumber);
        this.column = 0;
        break;
      case 'c':
        if (this.cells) this.cell = cellFrom(tag);
        break;
      case 'f':
        this.enter('formula');
        break;
      case 'v':
      case 't':
        this.enter('value');
        break;
      case 'rPh':
        this.phonetic = true;
        break;
      default:
        break;
    }
  }

  public close(tag: SaxTag): void {
    switch (tag.name) {
      case 'f':
      case 'v':
      case 't':
        this.into = undefined;
        break;
      case 'rPh':
        this.phonetic = false;
        break;
      case 'c':
        if (this.cell && this.cells) {
          this.column = columnOf(this.cell.ref) ?? this.column + 1;
          this.cells(this.column, this.reader.read(this.cell));
        }
        this.cell = undefined;
        break;
      case 'row':
        if (this.cells) this.sink.endRow(this.rowNumber);
        this.cells = undefined;
        break;
      case 'sheetData':
        this.inRows = false;
        break;
      default:
        break;
    }
  }

  private enter(into: 'formula' | 'value'): void {
    if (!this.cell) return;
    this.cell[into] ??= '';
    this.into = into;
  }
}

const cellFrom = (tag: SaxTag): Cell => ({
  ref: tag.attributes.r,
  style: Number.parseInt(tag.attributes.s, 10) || 0,
  type: tag.attributes.t,
});

/**
 * Reads the rows of a sheet's XML in order, handing each cell to the row's sink as it closes, so the
 * caller decides what to keep. Text in phonetic runs (<rPh>) is a reading aid, not the cell's text.
 */
export async function readSheetRows(xml: NodeJS.ReadableStream, reader: SheetCellReader, sink: RowSink): Promise<void> {
  const state = new SheetXml(reader, sink);
  for await (const events of loadParseSax()(xml)) {
    for (const { eventType, value } of events) {
      if (eventType === 'text') state.text(value as string);
      else if (eventType === 'opentag') state.open(value as SaxTag);
      else state.close(value as SaxTag);
    }
  }
}
