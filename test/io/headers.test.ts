import { readFileSync } from 'node:fs';
import { DIMENSIONS } from '../../src/core/model/dimensions.js';
import { ACCOUNT_ASSESSED, ACCOUNT_COMPUTED, PROFITABILITY } from '../../src/schema/fields.js';
import {
  aliasEntries,
  canonicalHeader,
  FIELD_KEYS,
  fieldForHeader,
  fieldKind,
  headerLanguage,
  normaliseHeader,
} from '../../src/io/interpret/headers.js';
import { repoPath } from '../helpers/paths.js';
import { parseLifecycle } from '../../src/io/interpret/cell-values.js';
import { zodIssuesToIoIssues } from '../../src/io/interpret/validate-account.js';
import { AccountInputSchema } from '../../src/core/model/input.js';

describe('header words', () => {
  it('never lets one header word name two fields', () => {
    const seen = new Map<string, string>();
    for (const [alias, field] of aliasEntries()) {
      const earlier = seen.get(alias);
      if (earlier !== undefined) expect(`${alias} → ${earlier}`).toBe(`${alias} → ${field}`);
      seen.set(alias, field);
    }
    expect(seen.size).toBeGreaterThan(FIELD_KEYS.length);
  });

  it('covers every dimension of the method', () => {
    for (const dimension of DIMENSIONS) expect(FIELD_KEYS).toContain(dimension);
  });

  it.each([
    ['Name', 'name'],
    ['  NAME ', 'name'],
    ['account_name', 'name'],
    ['Nimi', 'name'],
    ['Asiakas', 'name'],
    ['Revenue (€)', 'revenue'],
    ['Liikevaihto [EUR]', 'revenue'],
    ['Myynti', 'revenue'],
    ['DIRECT_COSTS', 'directCosts'],
    ['Välittömät kustannukset', 'directCosts'],
    ['VÄLITTÖMÄT KUSTANNUKSET', 'directCosts'],
    ['Myyntikustannukset', 'salesCosts'],
    ['Markkinointikustannukset', 'marketingCosts'],
    ['Asiakaspalvelukustannukset', 'serviceCosts'],
    ['Palvelukustannukset', 'serviceCosts'],
    ['service-hours', 'serviceHours'],
    ['Palvelutunnit', 'serviceHours'],
    ['Myyntivolyymi', 'volume'],
    ['Kannattavuus', 'profitability'],
    ['Asiakkuuden lujuus / uskollisuus', 'loyalty'],
    ['Uskollisuus', 'loyalty'],
    ['Tuleva potentiaali', 'potential'],
    ['Potentiaali', 'potential'],
    ['Referenssiarvo', 'reference'],
    ['Oppimisarvo', 'learning'],
    ['Kontaktiarvo', 'contact'],
    ['Emotionaalinen arvo', 'emotional'],
    ['Sitoutuminen', 'commitment'],
    ['Sitouttaminen', 'binding'],
    ['Elinkaaren vaihe', 'lifecycleStage'],
    ['Elinkaari', 'lifecycleStage'],
    ['lifecycle_stage', 'lifecycleStage'],
    ['Omistaja', 'owner'],
    ['OwnerId', 'owner'],
    ['Owner.Name', 'owner'],
    ['Id', 'id'],
  ])('maps %j to %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('maps the API names of the field map, as written and in lower case', () => {
    const expected: Array<[string, string]> = [
      [ACCOUNT_COMPUTED.revenue, 'revenue'],
      [PROFITABILITY.revenue, 'revenue'],
      [PROFITABILITY.directCosts, 'directCosts'],
      [PROFITABILITY.salesCosts, 'salesCosts'],
      [PROFITABILITY.marketingCosts, 'marketingCosts'],
      [PROFITABILITY.serviceCosts, 'serviceCosts'],
      [PROFITABILITY.serviceHours, 'serviceHours'],
      [ACCOUNT_ASSESSED.volumeEntered, 'volume'],
      [ACCOUNT_ASSESSED.profitabilityEntered, 'profitability'],
      [ACCOUNT_ASSESSED.loyalty, 'loyalty'],
      [ACCOUNT_ASSESSED.potential, 'potential'],
      [ACCOUNT_ASSESSED.reference, 'reference'],
      [ACCOUNT_ASSESSED.learning, 'learning'],
      [ACCOUNT_ASSESSED.contact, 'contact'],
      [ACCOUNT_ASSESSED.emotional, 'emotional'],
      [ACCOUNT_ASSESSED.commitment, 'commitment'],
      [ACCOUNT_ASSESSED.binding, 'binding'],
      [ACCOUNT_ASSESSED.lifecycleStage, 'lifecycleStage'],
    ];
    for (const [apiName, field] of expected) {
      expect([apiName, fieldForHeader(apiName)]).toEqual([apiName, field]);
      expect([apiName, fieldForHeader(apiName.toLowerCase())]).toEqual([apiName, field]);
    }
  });

  it.each([
    'Notes',
    'Revenue 2025',
    'Colour',
    '',
    'Costs',
    'Volume Score',
    'Profitability Score',
    ACCOUNT_COMPUTED.volumeScore,
  ])('does not guess at %j', (header) => {
    expect(fieldForHeader(header)).toBeUndefined();
  });

  it('normalises away case, spacing, punctuation and a bracketed unit', () => {
    expect(normaliseHeader(' Service_Hours (h) ')).toBe('servicehours');
    expect(normaliseHeader('Välittömät  kustannukset')).toBe('välittömätkustannukset');
  });

  it('names each field by its English header and reads each by its kind', () => {
    expect(canonicalHeader('directCosts')).toBe('Direct Costs');
    expect(fieldKind('name')).toBe('text');
    expect(fieldKind('revenue')).toBe('figure');
    expect(fieldKind('serviceHours')).toBe('cost');
    expect(fieldKind('binding')).toBe('score');
    expect(fieldKind('lifecycleStage')).toBe('lifecycle');
  });
});

describe('parseLifecycle', () => {
  it.each([
    ['Pioneer', 'pioneer'],
    [' pioneeri ', 'pioneer'],
    ['Kasvu', 'growth'],
    ['ESTABLISHED', 'established'],
    ['Vakiintunut', 'established'],
    ['Laskeva', 'declining'],
    ['Päättyvä', 'ending'],
    ['PÄÄTTYVÄ', 'ending'],
    ['Paattyva', 'ending'],
  ])('reads %j as %s', (text, stage) => {
    expect(parseLifecycle(text)).toBe(stage);
  });

  it.each(['Teenage', 'grow', '1', 'Päättynyt'])('refuses %j', (text) => {
    expect(parseLifecycle(text)).toBeUndefined();
  });

  it("reads every stage as the org's Finnish translation writes it, so a Finnish org's report reads back", () => {
    const xml = readFileSync(
      repoPath(
        'force-app/main/default/objectTranslations/Account-fi/CVP_Lifecycle_Stage__c.fieldTranslation-meta.xml'
      ),
      'utf8'
    );
    const pairs = [...xml.matchAll(/<masterLabel>(.*?)<\/masterLabel>\s*<translation>(.*?)<\/translation>/g)];
    expect(pairs).toHaveLength(5);
    for (const [, english, finnish] of pairs) {
      expect(parseLifecycle(finnish)).toBe(parseLifecycle(english));
      expect(parseLifecycle(english)).toBeDefined();
    }
  });
});

describe('zodIssuesToIoIssues', () => {
  it('points a schema issue at the line and the column the value came from', () => {
    const candidate = { name: 'A Oy', binding: 9, scores: { loyalty: 0 } };
    const parsed = AccountInputSchema.safeParse(candidate);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const columns: Record<string, string> = { binding: 'Sitouttaminen', loyalty: 'Uskollisuus' };
    const issues = zodIssuesToIoIssues(parsed.error.issues, candidate, {
      file: 'f.csv',
      line: 12,
      columnOf: (field) => columns[field],
    });
    const byColumn = [...issues].sort((a, b) => (a.column ?? '').localeCompare(b.column ?? ''));
    expect(byColumn).toMatchObject([
      { code: 'InvalidValue', file: 'f.csv', line: 12, column: 'Sitouttaminen', value: '9' },
      { code: 'InvalidValue', file: 'f.csv', line: 12, column: 'Uskollisuus', value: '0' },
    ]);
    for (const issue of issues) expect(String(issue.params?.detail)).not.toBe('');
  });
});

describe('headerLanguage', () => {
  const firstLine = (file: string): string[] =>
    readFileSync(repoPath('config', file), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0].split(/[;,]/);

  it("tells the bundled Finnish sample's headers from the English one's", () => {
    expect(headerLanguage(firstLine('sample-portfolio-fi.csv'))).toBe('fi');
    expect(headerLanguage(firstLine('sample-portfolio.csv'))).toBe('en');
  });

  it('says nothing of API names, unknown headers or a tie', () => {
    expect(headerLanguage(['CVP_Loyalty__c', 'CVP_Potential__c', 'Sarake 1'])).toBeUndefined();
    expect(headerLanguage(['Nimi', 'Revenue'])).toBeUndefined();
    expect(headerLanguage(['Name', 'Liikevaihto', 'Kannattavuus'])).toBe('fi');
  });
});
