/**
 * The number format of each column of a ranked workbook: money with thousands grouped and cents,
 * scores with two decimals, coverage as a percentage. Excel shows these built-in formats in the
 * reader's locale, so a Finnish Excel writes "1 234 567,50" and an English one "1,234,567.50" of the
 * same number — which stays a number either way.
 */
import { fieldForHeader, fieldKind } from '../io/index.js';
import { headersIn } from './export-rows.js';

const MONEY = '#,##0.00';
const SCORE = '0.00';
const SHARE = '0%';
const WHOLE = '0';

const BY_ENGLISH_HEADER: Readonly<Record<string, string>> = {
  Rank: WHOLE,
  Score: SCORE,
  Coverage: SHARE,
  'Customer Margin': MONEY,
  'Volume Score': SCORE,
  'Profitability Score': SCORE,
  'Compare Rank': WHOLE,
  'Rank Change': WHOLE,
};

/** The same formats under the headers of either language an export is written in. */
const RESULT_FORMATS: ReadonlyMap<string, string> = new Map(
  (['en', 'fi'] as const).flatMap((language) => {
    const english = Object.keys(BY_ENGLISH_HEADER);
    const texts = headersIn(language, english);
    return english.map((h, i) => [texts[i], BY_ENGLISH_HEADER[h]] as const);
  })
);

/** A format per header: the result columns' by their own headers, the input's by the field each holds. */
export function xlsxNumberFormats(header: readonly string[]): Array<string | undefined> {
  return header.map((title) => {
    const result = RESULT_FORMATS.get(title);
    if (result) return result;
    const field = fieldForHeader(title);
    if (!field) return undefined;
    if (field === 'serviceHours') return '#,##0';
    const kind = fieldKind(field);
    return kind === 'figure' || kind === 'cost' ? MONEY : undefined;
  });
}
