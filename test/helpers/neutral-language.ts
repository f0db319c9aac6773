/**
 * Every test starts in English whatever the machine's locale: a Finnish developer's LANG=fi_FI.UTF-8
 * must not turn the commands' English output into Finnish under the tests that read it. A test that
 * wants a locale sets it itself; the language a command set is forgotten after each test.
 */
import { setLanguage } from '../../src/i18n/index.js';

for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete process.env[name];

afterEach(() => setLanguage(undefined));
