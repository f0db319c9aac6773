import { currentLanguage, type Language } from './language.js';

/**
 * Numbers as each language writes them, one style per table: Finnish groups thousands with a
 * no-break space and writes "59,2 %"; English writes "33,227,780" and "59.2%". Intl (full ICU in
 * Node) knows both; only the choice of locale per language is ours.
 */
const LOCALES: Record<Language, string> = { fi: 'fi-FI', en: 'en-US' };

export const DEFAULT_CURRENCY = 'EUR';

export type NumberFormats = {
  readonly language: Language;
  /** A count or a whole figure: 33 227 780 / 33,227,780. */
  integer(value: number): string;
  /** A figure with a fixed number of decimals: 3,25 / 3.25. */
  decimal(value: number, digits: number): string;
  /** A share (0.592) as a percentage: 59,2 % / 59.2%. */
  percent(share: number, digits?: number): string;
  /** Money with its currency, whole units: 33 227 780 € / €33,227,780. */
  money(value: number, currency?: string): string;
};

const cache = new Map<string, Intl.NumberFormat>();

function format(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

export function numberFormats(language: Language = currentLanguage()): NumberFormats {
  const locale = LOCALES[language];
  return {
    language,
    integer: (value) => format(locale, { maximumFractionDigits: 0 }).format(value),
    decimal: (value, digits) =>
      format(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    percent: (share, digits = 1) =>
      format(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share),
    money: (value, currency = DEFAULT_CURRENCY) =>
      format(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(
        value
      ),
  };
}
