import { loadMessages } from '../../src/messages.js';
import { setLanguage } from '../../src/i18n/index.js';

describe('loadMessages', () => {
  afterEach(() => setLanguage(undefined));

  it('answers in the language set at the time of the lookup, not at load', () => {
    const messages = loadMessages('language');
    expect(messages.getMessage('flags.language.summary')).toMatch(/^Language of the output/);
    setLanguage('fi');
    expect(messages.getMessage('flags.language.summary')).toMatch(/^Tulosteen kieli/);
    setLanguage('en');
    expect(messages.getMessage('flags.language.summary')).toMatch(/^Language of the output/);
  });

  it('makes errors in the current language', () => {
    setLanguage('fi');
    const error = loadMessages('language').createError('flags.language.summary');
    expect(error.message).toMatch(/^Tulosteen kieli/);
  });

  it('falls back to English for a bundle that has no Finnish file, and still throws for an unknown key', () => {
    setLanguage('fi');
    const messages = loadMessages('language');
    expect(() => messages.getMessage('no.such.key')).toThrow(/Missing message/);
  });
});
