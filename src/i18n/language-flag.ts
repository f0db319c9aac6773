import { Flags } from '@salesforce/sf-plugins-core';
import { loadMessages } from '../messages.js';
import { LANGUAGES } from './language.js';

const messages = loadMessages('language');

/** The one --language flag every command takes. No default: its absence lets the locale decide. */
export const languageFlag = Flags.option({
  summary: messages.getMessage('flags.language.summary'),
  description: messages.getMessage('flags.language.description'),
  options: LANGUAGES,
})();
