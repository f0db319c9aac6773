/**
 * The portfolio scope's pure rules: how the stored Type lists read, the default fitted to an org's
 * picklist, and the SOQL text (quoted by the org layer's soqlString). Whether SOQL and GraphQL select
 * the same accounts is proved against the servers in test/org/portfolio-scope-queries.test.ts.
 */
import {
  DEFAULT_SCOPE,
  defaultScopeFor,
  inScope,
  parseTypeList,
  scopeFilters,
  scopeSoql,
  scopeWhere,
  unknownTypes,
} from '../../src/core/index.js';
import { soqlString } from '../../src/org/api/soql.js';

describe('portfolio scope', () => {
  it('reads a stored list: trimmed, blanks and repeats dropped', () => {
    expect(parseTypeList(' Prospect ;Partner;;Prospect; ')).toEqual(['Prospect', 'Partner']);
    expect(parseTypeList('')).toEqual([]);
    expect(parseTypeList(null)).toEqual([]);
  });

  it('fits the default to the org: its own partner values, and no value it lacks', () => {
    const developerEdition = [
      'Prospect',
      'Customer - Direct',
      'Customer - Channel',
      'Channel Partner / Reseller',
      'Installation Partner',
      'Technology Partner',
      'Other',
    ];
    expect(defaultScopeFor(developerEdition)).toEqual({
      includedTypes: [],
      excludedTypes: ['Prospect', 'Channel Partner / Reseller', 'Installation Partner', 'Technology Partner'],
    });
    expect(defaultScopeFor(['Customer', 'competitor', 'Partnership'])).toEqual({
      includedTypes: [],
      excludedTypes: ['competitor'],
    });
    expect(defaultScopeFor(undefined)).toBe(DEFAULT_SCOPE);
  });

  it('quotes every value in the SOQL and states how a blank Type is treated', () => {
    const scope = { includedTypes: ["O'Brien\\Co"], excludedTypes: ['Prospect'] };
    expect(scopeSoql(scope, soqlString)).toBe(
      "Type IN ('O\\'Brien\\\\Co') AND (Type = null OR Type NOT IN ('Prospect'))"
    );
    expect(scopeSoql({ includedTypes: [], excludedTypes: [] }, soqlString)).toBeUndefined();
    expect(scopeWhere({ includedTypes: [], excludedTypes: [] })).toBeUndefined();
    expect(scopeFilters(DEFAULT_SCOPE)).toBe(true);
  });

  it('keeps accounts without a Type unless Types are listed to include', () => {
    expect(inScope(DEFAULT_SCOPE, null)).toBe(true);
    expect(inScope(DEFAULT_SCOPE, 'Partner')).toBe(false);
    expect(inScope({ includedTypes: ['Customer'], excludedTypes: [] }, null)).toBe(false);
    expect(inScope({ includedTypes: ['Customer'], excludedTypes: ['Customer'] }, 'Customer')).toBe(false);
  });

  it('names the scope values the picklist lacks, once each', () => {
    const scope = { includedTypes: ['Customer', 'Custmer'], excludedTypes: ['Custmer', 'Partner'] };
    expect(unknownTypes(scope, ['Customer', 'Partner'])).toEqual(['Custmer']);
  });
});
