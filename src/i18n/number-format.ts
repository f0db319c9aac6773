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

/** Formatters of one locale, each made on first use and kept: a report formats a figure per cell. */
class LocaleFormats implements NumberFormats {
  readonly #locale: string;
  #integer: Intl.NumberFormat | undefined;
  readonly #decimal = new Map<number, Intl.NumberFormat>();
  readonly #percent = new Map<number, Intl.NumberFormat>();
  readonly #money = new Map<string, Intl.NumberFormat>();

  public constructor(public readonly language: Language) {
    this.#locale = LOCALES[language];
  }

  public integer(value: number): string {
    this.#integer ??= new Intl.NumberFormat(this.#locale, { maximumFractionDigits: 0 });
    return this.#integer.format(value);
  }

  public decimal(value: number, digits: number): string {
    return this.#made(this.#decimal, digits, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      value
    );
  }

  public percent(share: number, digits = 1): string {
    const options = { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits } as const;
    return this.#made(this.#percent, digits, options).format(share);
  }

  public money(value: number, currency = DEFAULT_CURRENCY): string {
    const options = { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 } as const;
    return this.#made(this.#money, currency, options).format(value);
  }

  #made<K>(made: Map<K, Intl.NumberFormat>, key: K, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    let format = made.get(key);
    if (!format) made.set(key, (format = new Intl.NumberFormat(this.#locale, options)));
    return format;
  }
}

const byLanguage = new Map<Language, NumberFormats>();

export function numberFormats(language: Language = currentLanguage()): NumberFormats {
  let formats = byLanguage.get(language);
  if (!formats) byLanguage.set(language, (formats = new LocaleFormats(language)));
  return formats;
}
