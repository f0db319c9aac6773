/**
 * The dialect a CSV file is written in: delimiter, decimal mark and byte order mark. A CSV written for
 * someone must reopen in their own Excel in columns, with numbers as numbers: Finnish Excel (like every
 * locale whose decimal mark is the comma) splits on ';' and reads "1234,5"; English Excel splits on ','
 * and reads "1234.5"; both need the BOM to read UTF-8 as UTF-8. RFC 4180 has neither BOM nor locale.
 */
import type { DecimalSeparator } from '../text/numbers.js';
import type { CsvDelimiter } from './read-csv.js';

export const CSV_DIALECT_NAMES = ['excel-fi', 'excel-en', 'rfc4180'] as const;
export type CsvDialectName = (typeof CSV_DIALECT_NAMES)[number];

export type CsvDialect = { delimiter: CsvDelimiter; decimal: DecimalSeparator; bom: boolean };

export const CSV_DIALECTS: Readonly<Record<CsvDialectName, CsvDialect>> = {
  'excel-fi': { delimiter: ';', decimal: ',', bom: true },
  'excel-en': { delimiter: ',', decimal: '.', bom: true },
  rfc4180: { delimiter: ',', decimal: '.', bom: false },
};

/** What was read of a CSV input: its delimiter, the decimal mark its values used, whether it began with a BOM. */
export type CsvInputDialect = { delimiter: CsvDelimiter; decimal?: DecimalSeparator; bom: boolean };

/**
 * The input's own dialect, so that the output reopens where the input was made. The decimal mark
 * follows the delimiter (a ';' file comes from a decimal-comma locale); a tab file says nothing by its
 * delimiter, so the mark its values used decides, and a point when they showed none.
 */
export function dialectOfInput(input: CsvInputDialect): CsvDialect {
  const decimal: DecimalSeparator =
    input.delimiter === ';' ? ',' : input.delimiter === ',' ? '.' : (input.decimal ?? '.');
  return { delimiter: input.delimiter, decimal, bom: input.bom };
}

/**
 * The dialect of a CSV output: --csv-dialect when given; else the CSV input's own; else (the input was
 * a workbook, or there is none) the Excel of the user's language.
 */
export function outputDialect(
  flag: CsvDialectName | undefined,
  input: CsvInputDialect | undefined,
  language: 'fi' | 'en'
): CsvDialect {
  if (flag) return CSV_DIALECTS[flag];
  if (input) return dialectOfInput(input);
  return excelDialect(language);
}

/** The Excel of a language: what a file made for a reader of it (a result file, an org export) is written in. */
export const excelDialect = (language: 'fi' | 'en'): CsvDialect =>
  CSV_DIALECTS[language === 'fi' ? 'excel-fi' : 'excel-en'];
