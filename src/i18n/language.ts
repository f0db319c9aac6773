/**
 * Which language a command speaks. Finnish and English, the two languages of the method's users
 * (docs/method.md names its Finnish sources).
 */
export const LANGUAGES = ['fi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The locale variables in the order POSIX gives them precedence for messages. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language the environment's locale names, or undefined when it names none we speak.
 * `fi_FI.UTF-8`, `fi`, `fi-FI` → fi; `en_GB.UTF-8` → en; `C`, `POSIX`, `C.UTF-8` and the rest → undefined.
 * An empty variable does not count (POSIX: it is as if unset), so `LC_ALL=` falls through to LANG.
 */
export function languageFromLocale(env: NodeJS.ProcessEnv = process.env): Language | undefined {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    const tag = value.toLowerCase().split(/[._@-]/)[0];
    return (LANGUAGES as readonly string[]).includes(tag) ? (tag as Language) : undefined;
  }
  return undefined;
}

export type LanguageSources = {
  /** --language, when given. */
  flag?: Language;
  /** The language of the input's own headers, for a command that reads a file. */
  input?: Language;
  env?: NodeJS.ProcessEnv;
};

/**
 * --language wins; then the input's headers (a file with Finnish headers was written by someone who
 * reads Finnish, a stronger sign than a machine locale that servers and terminals often leave at C or
 * en_US); then the environment's locale; then English.
 */
export function resolveLanguage(sources: LanguageSources): Language {
  return sources.flag ?? sources.input ?? languageFromLocale(sources.env) ?? DEFAULT_LANGUAGE;
}

let current: Language | undefined;

/**
 * The language of the command that runs now. A CLI process runs one command, which sets it once it
 * has read its flags. Until then it is English: help text is read at import, and stays English as in
 * every sf command (and the oclif manifest built from it must not depend on the build machine's locale).
 */
export function currentLanguage(): Language {
  return current ?? DEFAULT_LANGUAGE;
}

export function setLanguage(language: Language | undefined): void {
  current = language;
}
