import type { Interfaces } from '@oclif/core';
import { Flags } from '@salesforce/sf-plugins-core';
import { loadMessages } from '../messages.js';
import { LANGUAGES, type Language } from './language.js';

const messages = loadMessages('language');

/**
 * --language as every command takes it, with the short name and summary a command may give it
 * (`portfolio vision export` keeps the -l its document language always had). No default: its absence
 * lets the locale decide.
 */
export const languageOption = (
  own: { char?: 'l'; summary?: string } = {}
): Interfaces.OptionFlag<Language | undefined> =>
  Flags.option({
    summary: own.summary ?? messages.getMessage('flags.language.summary'),
    description: messages.getMessage('flags.language.description'),
    options: LANGUAGES,
    ...(own.char ? { char: own.char } : {}),
  })();

/** The one --language flag every command takes. */
export const languageFlag = languageOption();
