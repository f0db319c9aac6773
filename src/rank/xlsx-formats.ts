/**
 * The number format of each column of a ranked workbook: money with thousands grouped and cents,
 * scores with two decimals, coverage as a percentage. Excel shows these built-in formats in the
 * reader's locale, so a Finnish Excel writes "1 234 567,50" and an English one "1,234,567.50" of the
 * same number — which stays a number either way.
 */
import { fieldForHeader, fieldKind } from '../io/index.js';

const MONEY = '#,##0.00';
const SCORE = '0.00';
const SHARE = '0%';
const WHOLE = '0';

const RESULT_FORMATS: Readonly<Record<string, string>> = {
  Rank: WHOLE,
  Score: SCORE,
  Coverage: SHARE,
  'Customer Margin': MONEY,
  'Volume Score': SCORE,
  'Profitability Score': SCORE,
  'Compare Rank': WHOLE,
  'Rank Change': WHOLE,
};

/** A format per header: the result columns' by their own headers, the input's by the field each holds. */
export function xlsxNumberFormats(header: readonly string[]): Array<string | undefined> {
  return header.map((title) => {
    if (RESULT_FORMATS[title]) return RESULT_FORMATS[title];
    const field = fieldForHeader(title);
    if (!field) return undefined;
    if (field === 'serviceHours') return '#,##0';
    const kind = fieldKind(field);
    return kind === 'figure' || kind === 'cost' ? MONEY : undefined;
  });
}
