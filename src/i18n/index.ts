export {
  LANGUAGES,
  DEFAULT_LANGUAGE,
  type Language,
  type LanguageSources,
  languageFromLocale,
  resolveLanguage,
  currentLanguage,
  setLanguage,
} from './language.js';
export { numberFormats, DEFAULT_CURRENCY, type NumberFormats } from './number-format.js';
export { countKey, pluralOf } from './plural.js';
