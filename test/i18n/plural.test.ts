import { readdirSync } from 'node:fs';
import type { Messages } from '@salesforce/core';
import { countKey, numberFormats, pluralOf, setLanguage } from '../../src/i18n/index.js';
import { loadMessages, loadMessagesIn } from '../../src/messages.js';
import { repoPath } from '../helpers/paths.js';

/** How the review line reads for a count, through the same lookup the CLI uses. */
function dueLine(count: number): string {
  return loadMessages('review').getMessage(countKey('info.Due', count), [numberFormats().integer(count)]);
}

const BUNDLES = readdirSync(repoPath('messages'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length));

function keysOf(messages: Messages<string>): string[] {
  return [...(messages as unknown as { messages: Map<string, unknown> }).messages.keys()];
}

describe('countKey', () => {
  afterEach(() => setLanguage(undefined));

  it('picks the .one message for exactly one in English, the other for 0, 2 and 1,000', () => {
    expect(countKey('info.Due', 1, 'en')).toBe('info.Due.one');
    expect(countKey('info.Due', 0, 'en')).toBe('info.Due');
    expect(countKey('info.Due', 2, 'en')).toBe('info.Due');
    expect(countKey('info.Due', 1000, 'en')).toBe('info.Due');
    expect(pluralOf(1000, 'en')).toBe('other');
  });

  it('asks Finnish its own rules, which also set one apart', () => {
    expect(countKey('info.Due', 1, 'fi')).toBe('info.Due.one');
    expect(countKey('info.Due', 0, 'fi')).toBe('info.Due');
    expect(countKey('info.Due', 21, 'fi')).toBe('info.Due');
  });

  it('reads "1 account" and "1,000 accounts", numbers formatted as before', () => {
    expect(dueLine(1)).toBe('1 account due for review:');
    expect(dueLine(0)).toBe('0 accounts due for review:');
    expect(dueLine(2)).toBe('2 accounts due for review:');
    expect(dueLine(1000)).toBe('1,000 accounts due for review:');
  });

  it('reads Finnish for any count, with Finnish digit groups', () => {
    setLanguage('fi');
    expect(dueLine(1)).toBe('1 asiakkuuden arvio on erääntynyt:');
    expect(dueLine(1000).replace(/\s/g, ' ')).toBe('1 000 asiakkuuden arvio on erääntynyt:');
  });

  it.each(BUNDLES)('%s: every .one message has its other-count message beside it', (bundle) => {
    const keys = keysOf(
      bundle.endsWith('.fi') ? loadMessagesIn(bundle.slice(0, -3), 'fi') : loadMessagesIn(bundle, 'en')
    );
    const orphans = keys.filter((key) => key.endsWith('.one') && !keys.includes(key.slice(0, -'.one'.length)));
    expect(orphans).toEqual([]);
  });
});

describe('messages', () => {
  it.each(BUNDLES)('%s: no count is hedged as "account(s)"', (bundle) => {
    const messages = bundle.endsWith('.fi') ? loadMessagesIn(bundle.slice(0, -3), 'fi') : loadMessagesIn(bundle, 'en');
    const hedged = keysOf(messages).filter((key) => /\w\(s\)/.test(messages.getMessage(key)));
    expect(hedged).toEqual([]);
  });
});
