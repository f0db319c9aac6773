import { currentLanguage, type Language } from './language.js';

/**
 * Counts in messages. English writes "1 account" and "9 accounts"; Finnish words its messages so one
 * text reads for any count, but other languages split differently, so the choice is Intl's, not ours.
 * A message that holds a count has a `.one` twin (`info.Due` and `info.Due.one`) in every language.
 */
const rulesByLanguage = new Map<Language, Intl.PluralRules>();

/** The plural category of a count in a language: "one" or "other" in English and Finnish. */
export function pluralOf(count: number, language: Language = currentLanguage()): Intl.LDMLPluralRule {
  let rules = rulesByLanguage.get(language);
  if (!rules) rulesByLanguage.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/** The key of the message for a count: `key.one` where the language says "one", else `key` itself. */
export function countKey(key: string, count: number, language: Language = currentLanguage()): string {
  return pluralOf(count, language) === 'one' ? `${key}.one` : key;
}
