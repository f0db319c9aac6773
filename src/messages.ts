// One place that registers the plugin's messages/ folder, so every module loads its bundle the same way.
import { Messages } from '@salesforce/core';
import { currentLanguage } from './i18n/language.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);

export const PLUGIN = 'customer-value-portfolio';

/** The methods that look a key up; each answers in the current language. */
const LOOKUPS = new Set<PropertyKey>([
  'getMessage',
  'getMessages',
  'getMessageWithMap',
  'createError',
  'createWarning',
  'createInfo',
  'formatMessageContents',
]);

type Lookup = (this: Messages<string>, key: string, ...rest: unknown[]) => unknown;

/**
 * A bundle that speaks the language of the running command. @salesforce/core's Messages knows only
 * en_US (Messages.getLocale), but its directory import registers every file by its base name, so the
 * Finnish text beside each bundle (messages/<bundle>.fi.md) is the bundle `<bundle>.fi`. The language is
 * read at each lookup, not at load: modules load their bundle once at import, before a command has
 * read its --language flag. A key missing from the Finnish file falls back to English (a test keeps
 * the files equal, so this is a safety net, not a plan).
 */
export function loadMessages(bundle: string): Messages<string> {
  const english = Messages.loadMessages(PLUGIN, bundle);
  let finnish: Messages<string> | null | undefined;
  const finnishBundle = (): Messages<string> | null => {
    if (finnish === undefined) {
      try {
        finnish = Messages.loadMessages(PLUGIN, `${bundle}.fi`);
      } catch {
        finnish = null;
      }
    }
    return finnish;
  };
  return new Proxy(english, {
    get(target, property, receiver): unknown {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || !LOOKUPS.has(property)) return value;
      const lookup = value as Lookup;
      return (key: string, ...rest: unknown[]): unknown => {
        const localised = currentLanguage() === 'fi' ? finnishBundle() : null;
        if (localised) {
          try {
            return (Reflect.get(localised, property) as Lookup).call(localised, key, ...rest);
          } catch (error) {
            if ((error as { name?: string }).name !== 'MissingMessageError') throw error;
          }
        }
        return lookup.call(target, key, ...rest);
      };
    },
  });
}

/**
 * A bundle in one given language, whatever the run's: for what must be known in every language at
 * once, such as the headers an earlier export may carry in either.
 */
export function loadMessagesIn(bundle: string, language: 'fi' | 'en'): Messages<string> {
  return Messages.loadMessages(PLUGIN, language === 'fi' ? `${bundle}.fi` : bundle);
}
