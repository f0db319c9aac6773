import {
  currentLanguage,
  languageFromLocale,
  resolveLanguage,
  setLanguage,
} from '../../src/i18n/index.js';

describe('languageFromLocale', () => {
  it.each([
    [{ LANG: 'fi_FI.UTF-8' }, 'fi'],
    [{ LANG: 'fi' }, 'fi'],
    [{ LANG: 'fi-FI' }, 'fi'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'sv_FI.UTF-8' }, undefined],
    [{ LANG: 'C.UTF-8' }, undefined],
    [{ LANG: 'POSIX' }, undefined],
    [{}, undefined],
  ])('%j → %s', (env, expected) => {
    expect(languageFromLocale(env)).toBe(expected);
  });

  it('follows POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageFromLocale({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'fi_FI', LANG: 'fi_FI' })).toBe('en');
    expect(languageFromLocale({ LC_MESSAGES: 'fi_FI.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fi');
    // An empty variable is as if unset.
    expect(languageFromLocale({ LC_ALL: '', LANG: 'fi_FI.UTF-8' })).toBe('fi');
    // A set variable that names no language we speak decides all the same: C under LC_ALL means C.
    expect(languageFromLocale({ LC_ALL: 'C', LANG: 'fi_FI.UTF-8' })).toBeUndefined();
  });
});

describe('resolveLanguage', () => {
  const finnishEnv = { LANG: 'fi_FI.UTF-8' };
  it('takes the flag first, then the input, then the locale, then English', () => {
    expect(resolveLanguage({ flag: 'en', input: 'fi', env: finnishEnv })).toBe('en');
    expect(resolveLanguage({ input: 'fi', env: { LANG: 'en_US.UTF-8' } })).toBe('fi');
    expect(resolveLanguage({ env: finnishEnv })).toBe('fi');
    expect(resolveLanguage({ env: {} })).toBe('en');
  });
});

describe('currentLanguage', () => {
  afterEach(() => setLanguage(undefined));
  it('is English until a command sets it, whatever the locale (help text and the manifest stay English)', () => {
    const saved = process.env.LANG;
    process.env.LANG = 'fi_FI.UTF-8';
    try {
      expect(currentLanguage()).toBe('en');
      setLanguage('fi');
      expect(currentLanguage()).toBe('fi');
    } finally {
      if (saved === undefined) delete process.env.LANG;
      else process.env.LANG = saved;
    }
  });
});
