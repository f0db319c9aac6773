/**
 * Every message bundle has a Finnish twin (messages/<bundle>.fi.md) that the CLI can load the same way:
 * the same keys, the same tokens in the same order, the same number of list items, and text that is
 * actually Finnish. The glossary (docs/glossary-fi.md) names tiers and treatments as labels.fi.md does.
 *
 * Both files are read through @salesforce/core's own markdown loader (Messages.loadMessages after
 * src/messages.ts registered the folder), so a heading or list the loader reads otherwise is caught here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Messages } from '@salesforce/core';
import { loadMessages } from '../../src/messages.js';
import { repoPath } from '../helpers/paths.js';

type Value = string | string[];
type Bundle = ReadonlyMap<string, Value>;

const FINNISH = '.fi';

/** The English bundles: every messages/*.md that is not itself a translation. */
const ENGLISH_BUNDLES = readdirSync(repoPath('messages'))
  .filter((name) => name.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(name))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();

/**
 * Messages that may read the same in both languages, each with the reason. Keep it short: anything
 * with a word in it is translated.
 */
const SAME_IN_BOTH: Readonly<Record<string, string>> = {
  'portfolio.rank:profileIssue.InvalidValue': 'only tokens: "<field>: <reason>", the reason comes translated',
  'portfolio.setup:step.FromCheck': 'only tokens: "<check>: <details>", both come translated from the doctor',
};

/**
 * The printf specifiers the loader fills (it counts %s %d %i %f %j %o %O), plus the literal %%.
 * A Finnish "20 %:n" is no token; a "20 %sta" would be one, and is caught by the count.
 */
const TOKEN = /%[sdifjoO%]/g;
const tokensOf = (text: string): string[] => text.match(TOKEN) ?? [];

const textOf = (value: Value): string => (Array.isArray(value) ? value.join('\n') : value);

function bundleMap(messages: Messages<string>): Bundle {
  return (messages as unknown as { messages: Map<string, Value> }).messages;
}

/** What differs between an English bundle and its Finnish twin; empty when they agree. */
export function problemsOf(bundle: string, english: Bundle, finnish: Bundle): string[] {
  const problems: string[] = [];
  for (const key of english.keys()) if (!finnish.has(key)) problems.push(`${bundle}: ${key} is missing in Finnish`);
  for (const key of finnish.keys()) if (!english.has(key)) problems.push(`${bundle}: ${key} is not an English key`);
  for (const [key, en] of english) {
    const fi = finnish.get(key);
    if (fi === undefined) continue;
    if (Array.isArray(en) !== Array.isArray(fi)) {
      problems.push(`${bundle}: ${key} is ${Array.isArray(en) ? 'a list' : 'a text'} in English but not in Finnish`);
      continue;
    }
    if (Array.isArray(en) && Array.isArray(fi) && en.length !== fi.length) {
      problems.push(`${bundle}: ${key} has ${en.length} items in English and ${fi.length} in Finnish`);
      continue;
    }
    const enTokens = Array.isArray(en) ? en.map((item) => tokensOf(item).join(' ')) : [tokensOf(en).join(' ')];
    const fiTokens = Array.isArray(fi) ? fi.map((item) => tokensOf(item).join(' ')) : [tokensOf(fi).join(' ')];
    if (enTokens.join(' | ') !== fiTokens.join(' | ')) {
      problems.push(
        `${bundle}: ${key} has the tokens [${enTokens.join(' | ')}] in English, [${fiTokens.join(' | ')}] in Finnish`
      );
    }
    const allowed = `${bundle}:${key}` in SAME_IN_BOTH;
    if (!allowed && textOf(en).trim() === textOf(fi).trim()) {
      problems.push(`${bundle}: ${key} is not translated ("${textOf(fi).slice(0, 60)}")`);
    }
    if (!allowed && Array.isArray(en) && Array.isArray(fi)) {
      fi.forEach((item, i) => {
        if (item.trim() === en[i].trim()) {
          problems.push(`${bundle}: ${key} item ${i + 1} is not translated ("${item.slice(0, 60)}")`);
        }
      });
    }
  }
  return problems;
}

/** The glossary's rows that name a label key: `key` → Finnish term. */
function glossaryLabels(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of readFileSync(repoPath('docs', 'glossary-fi.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | Key | English | Finnish | Used in | Note |  →  ['', key, english, finnish, used, note, '']
    const key = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (line.startsWith('|') && key) rows.set(key, cells[3]);
  }
  return rows;
}

/** Label families that the glossary must name as labels.fi.md does. */
const CHECKED_FAMILIES = ['tier', 'treatment', 'treatmentShort', 'quadrant', 'dimension', 'cause'];
/** Families every label of which must have a glossary row. */
const REQUIRED_FAMILIES = ['tier', 'treatment', 'treatmentShort'];
const familyOf = (key: string): string => key.slice(0, key.indexOf('.'));

export function glossaryProblems(labelsFi: Bundle, glossary: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, term] of glossary) {
    if (!CHECKED_FAMILIES.includes(familyOf(key))) continue;
    const label = labelsFi.get(key);
    if (label === undefined) problems.push(`glossary: ${key} is not a label of labels.fi.md`);
    else if (label !== term) problems.push(`glossary: ${key} is "${term}", labels.fi.md says "${textOf(label)}"`);
  }
  for (const key of labelsFi.keys()) {
    if (REQUIRED_FAMILIES.includes(familyOf(key)) && !glossary.has(key)) problems.push(`glossary: no row for ${key}`);
  }
  return problems;
}

describe('Finnish messages', () => {
  it('finds the English bundles', () => {
    expect(ENGLISH_BUNDLES).toEqual(
      expect.arrayContaining(['io', 'labels', 'portfolio.doctor', 'portfolio.rank', 'portfolio.sync'])
    );
  });

  it.each(ENGLISH_BUNDLES)('%s has a Finnish file', (bundle) => {
    expect(existsSync(repoPath('messages', `${bundle}${FINNISH}.md`))).toBe(true);
  });

  it.each(ENGLISH_BUNDLES)('%s: the Finnish file has the same keys, tokens and lists, translated', (bundle) => {
    const english = bundleMap(loadMessages(bundle));
    const finnish = bundleMap(loadMessages(`${bundle}${FINNISH}`));
    expect(english.size).toBeGreaterThan(0);
    expect(problemsOf(bundle, english, finnish)).toEqual([]);
  });

  it('the glossary names every tier and treatment as labels.fi.md does', () => {
    const glossary = glossaryLabels();
    expect(glossary.size).toBeGreaterThan(0);
    expect(glossaryProblems(bundleMap(loadMessages(`labels${FINNISH}`)), glossary)).toEqual([]);
  });

  it('every allow-listed message exists and really is the same in both languages', () => {
    for (const entry of Object.keys(SAME_IN_BOTH)) {
      const [bundle, key] = entry.split(':');
      const en = bundleMap(loadMessages(bundle)).get(key);
      const fi = bundleMap(loadMessages(`${bundle}${FINNISH}`)).get(key);
      expect(en).toBeDefined();
      expect(fi).toEqual(en);
    }
  });

  describe('the checks fail on a bad translation', () => {
    const english: Bundle = new Map<string, Value>([
      ['error.A', 'File %s has %s problems.'],
      ['error.A.actions', ['Fix it.', 'Run it again.']],
      ['info.B', 'Done.'],
    ]);
    const good: Bundle = new Map<string, Value>([
      ['error.A', 'Tiedostossa %s on ongelmia (%s).'],
      ['error.A.actions', ['Korjaa se.', 'Aja uudelleen.']],
      ['info.B', 'Valmis.'],
    ]);
    const withChange = (key: string, value: Value | undefined): Bundle => {
      const copy = new Map(good);
      if (value === undefined) copy.delete(key);
      else copy.set(key, value);
      return copy;
    };

    it('passes a good one', () => {
      expect(problemsOf('x', english, good)).toEqual([]);
    });
    it('a missing key', () => {
      expect(problemsOf('x', english, withChange('info.B', undefined))).toEqual(['x: info.B is missing in Finnish']);
    });
    it('an extra key', () => {
      expect(problemsOf('x', english, withChange('info.C', 'Lisä.'))).toEqual(['x: info.C is not an English key']);
    });
    it('a token lost, added or reordered', () => {
      expect(problemsOf('x', english, withChange('error.A', 'Tiedostossa %s on ongelmia.'))).toHaveLength(1);
      expect(problemsOf('x', english, withChange('error.A', 'Tiedostossa %s on %s ongelmaa, 20 %sta.'))).toHaveLength(
        1
      );
      expect(problemsOf('x', english, withChange('error.A', 'Ongelmia %d tiedostossa %s.'))).toHaveLength(1);
    });
    it('a list with another number of items, or a list turned into text', () => {
      expect(problemsOf('x', english, withChange('error.A.actions', ['Korjaa se ja aja uudelleen.']))).toHaveLength(1);
      expect(problemsOf('x', english, withChange('error.A.actions', 'Korjaa se.'))).toHaveLength(1);
    });
    it('a message or a list item left in English', () => {
      expect(problemsOf('x', english, withChange('info.B', 'Done.'))).toEqual([
        'x: info.B is not translated ("Done.")',
      ]);
      expect(problemsOf('x', english, withChange('error.A.actions', ['Korjaa se.', 'Run it again.']))).toEqual([
        'x: error.A.actions item 2 is not translated ("Run it again.")',
      ]);
    });
    it('a glossary term that differs from the label, and a tier without a row', () => {
      const labels: Bundle = new Map<string, Value>([
        ['tier.keyAccount', 'Avainasiakas'],
        ['treatment.growthPlan', 'Kasvusuunnitelma'],
      ]);
      expect(
        glossaryProblems(
          labels,
          new Map([
            ['tier.keyAccount', 'Avainasiakas'],
            ['treatment.growthPlan', 'Kasvusuunnitelma'],
          ])
        )
      ).toEqual([]);
      expect(
        glossaryProblems(
          labels,
          new Map([
            ['tier.keyAccount', 'Avainasiakkuus'],
            ['treatment.growthPlan', 'Kasvusuunnitelma'],
          ])
        )
      ).toEqual(['glossary: tier.keyAccount is "Avainasiakkuus", labels.fi.md says "Avainasiakas"']);
      expect(glossaryProblems(labels, new Map([['tier.keyAccount', 'Avainasiakas']]))).toEqual([
        'glossary: no row for treatment.growthPlan',
      ]);
    });
  });
});
