/**
 * How large the parts of an .xlsx (a zip of XML files) may be before it is refused as an archive bomb:
 * a small file whose parts inflate to gigabytes, or hold millions of entries, would otherwise take all
 * the memory or time there is. Each limit is far beyond what a real portfolio workbook reaches, and
 * the README (portfolio rank) lists them.
 *
 * The sizes are checked against the zip's central directory before anything is inflated, and a part
 * is read through yauzl, which counts the bytes as they inflate and fails the read as soon as a part
 * gives more than its header declared: a lying header cannot get past the declared-size checks.
 */
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const XLSX_LIMITS = {
  /**
   * One worksheet's XML. Measured: a 200,000-row sheet of the 28-column ranked export is 182 MiB, so a
   * sheet of Excel's full 1,048,576 rows of it is about 1 GiB; twice that allows wider sheets.
   */
  worksheetBytes: 2 * GiB,
  /** The shared-strings table, held in memory while the sheet is read. */
  sharedStringsBytes: 512 * MiB,
  /** workbook.xml, its relationships and styles.xml, each read whole; real ones are kilobytes. */
  smallPartBytes: 64 * MiB,
  /** A part never read (pictures and other media, drawings, themes): refused if a real file never has one so big. */
  otherPartBytes: 100 * MiB,
  /** Every part together. */
  totalBytes: 4 * GiB,
  /**
   * Inflated size over stored size, for parts of more than ratioFloorBytes. XML compresses about 2–10
   * to 1 (the 200,000-row sheet above: 6.2); only long runs of one byte reach deflate's ceiling of
   * about 1,000 to 1, and that is what a bomb is made of.
   */
  maxRatio: 100,
  ratioFloorBytes: 16 * MiB,
  /** Parts in the zip; a workbook has a few dozen. */
  entries: 10_000,
  /** Entries of the shared-strings table: four full columns of distinct text in a full-height sheet. */
  sharedStrings: 4 * 1_048_576,
  /** Excel's own sheet size: 1,048,576 rows and 16,384 columns (XFD). */
  rows: 1_048_576,
  columns: 16_384,
  /** Non-empty cells read from the sheet: 64 columns of Excel's full height. */
  cells: 64 * 1_048_576,
} as const;

export type XlsxLimits = { [K in keyof typeof XLSX_LIMITS]: number };

/** Why a workbook is refused: which part, what it has, and the limit it passes. */
export type XlsxTooLarge = {
  part: string;
  /** What was measured; 'declaredBytes' is a part that inflated past the size its zip directory declares. */
  measure:
    'bytes' | 'totalBytes' | 'declaredBytes' | 'ratio' | 'entries' | 'sharedStrings' | 'rows' | 'columns' | 'cells';
  actual: number;
  limit: number;
};

export type PartKind = 'worksheet' | 'sharedStrings' | 'small' | 'other';

/** What a part is, by its name; media and anything unknown are 'other' and are never inflated. */
export function partKind(name: string): PartKind {
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return 'worksheet';
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return 'sharedStrings';
  if (
    /^(xl\/workbook\.xml|xl\/styles\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|_rels\/\.rels)$/i.test(
      name
    )
  )
    return 'small';
  return 'other';
}

const BYTES_LIMIT: Record<PartKind, keyof XlsxLimits> = {
  worksheet: 'worksheetBytes',
  sharedStrings: 'sharedStringsBytes',
  small: 'smallPartBytes',
  other: 'otherPartBytes',
};

export const partByteLimit = (name: string, limits: XlsxLimits): number => limits[BYTES_LIMIT[partKind(name)]];

export type DeclaredPart = { name: string; compressedSize: number; uncompressedSize: number };

/** Checks the sizes the central directory declares, before any part is inflated. */
export function checkDeclaredSizes(parts: readonly DeclaredPart[], limits: XlsxLimits): XlsxTooLarge | undefined {
  if (parts.length > limits.entries) {
    return { part: '(the zip directory)', measure: 'entries', actual: parts.length, limit: limits.entries };
  }
  let total = 0;
  for (const part of parts) {
    const limit = partByteLimit(part.name, limits);
    if (part.uncompressedSize > limit) {
      return { part: part.name, measure: 'bytes', actual: part.uncompressedSize, limit };
    }
    const ratio = part.uncompressedSize / Math.max(1, part.compressedSize);
    if (part.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      return { part: part.name, measure: 'ratio', actual: Math.round(ratio), limit: limits.maxRatio };
    }
    total += part.uncompressedSize;
  }
  if (total > limits.totalBytes) {
    return { part: '(all parts)', measure: 'totalBytes', actual: total, limit: limits.totalBytes };
  }
  return undefined;
}

/** Thrown inside the reader when a count passes its limit while a part is read. */
export class XlsxLimitError extends Error {
  public constructor(public readonly tooLarge: XlsxTooLarge) {
    super(`${tooLarge.part}: ${tooLarge.measure} ${tooLarge.actual} > ${tooLarge.limit}`);
    this.name = 'XlsxLimitError';
  }
}

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];

/** A measure's number as a person reads it: sizes in KiB, MiB or GiB, counts with thousands separators. */
export function formatMeasure(measure: XlsxTooLarge['measure'], value: number): string {
  if (measure === 'bytes' || measure === 'totalBytes' || measure === 'declaredBytes') {
    let unit = 0;
    let scaled = value;
    while (scaled >= 1024 && unit < UNITS.length - 1) {
      scaled /= 1024;
      unit += 1;
    }
    return `${unit === 0 ? scaled : scaled.toFixed(1)} ${UNITS[unit]}`;
  }
  return value.toLocaleString('en-US');
}

/** A part gave more bytes than the zip's directory declares for it: the declared sizes were checked, so it lies. */
export class PartSizeLie extends Error {
  public constructor(
    public readonly part: string,
    public readonly declared: number,
    options?: ErrorOptions
  ) {
    super(`${part} inflates past its declared ${declared} bytes`, options);
    this.name = 'PartSizeLie';
  }
}
