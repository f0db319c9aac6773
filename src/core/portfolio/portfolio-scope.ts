/**
 * The portfolio scope: which accounts form the portfolio (issue 16). Prospects, partners and competitors
 * are accounts in Salesforce too, and ranking them beside customers would put them in the 80/20 and the
 * whale curve as customers that bring nothing.
 *
 * The scope is a set of Account Type picklist API values. It is turned here into both the SOQL condition
 * the CLI reads with and the GraphQL `where` the workspace reads with, so the two cannot drift: a test
 * runs both against the same records. The GraphQL UI API translates its filter into SOQL, so the two
 * forms say the same thing clause by clause, including how a blank Type is treated (stated explicitly
 * in both rather than left to the semantics of `!=`/`NOT IN` on null).
 */

/** The standard Account field the scope filters on. */
export const ACCOUNT_TYPE_FIELD = 'Type';
/** Account's record type, as SOQL and GraphQL name the relationship and its API-name field. */
export const RECORD_TYPE_RELATIONSHIP = 'RecordType';
export const RECORD_TYPE_NAME_FIELD = 'DeveloperName';

export type PortfolioScope = {
  /** Account Types that form the portfolio; empty means every Type (and accounts without one). */
  readonly includedTypes: readonly string[];
  /** Account Types left out even when the included list is empty. */
  readonly excludedTypes: readonly string[];
  /**
   * Account record types (developer names) that form the portfolio; empty or absent means any. Only for
   * orgs whose Account has record types: SOQL knows RecordType on Account only then.
   */
  readonly recordTypes?: readonly string[];
};

/**
 * The scope `portfolio setup` creates when an org has none: every account except the Types that are not
 * customers. Prospect, Partner and Competitor are standard Account Type values.
 */
export const DEFAULT_SCOPE: PortfolioScope = {
  includedTypes: [],
  excludedTypes: ['Prospect', 'Partner', 'Competitor'],
};

/**
 * The default scope fitted to an org's Type picklist: Type values differ between orgs (one has
 * "Partner", another "Channel Partner / Reseller" and "Technology Partner"), so the default leaves out
 * the org's values that are one of the defaults or name a partner, and names no value the org lacks.
 * Without the picklist it is DEFAULT_SCOPE.
 */
export function defaultScopeFor(typeValues: readonly string[] | undefined): PortfolioScope {
  if (!typeValues) return DEFAULT_SCOPE;
  const defaults = new Set(DEFAULT_SCOPE.excludedTypes.map((v) => v.toLowerCase()));
  const excluded = typeValues.filter((v) => defaults.has(v.toLowerCase()) || /\bpartner\b/i.test(v));
  return { includedTypes: [], excludedTypes: [...new Set(excluded)] };
}

/** No filter at all: what an org without a scope setting gets. */
export const EVERY_ACCOUNT: PortfolioScope = { includedTypes: [], excludedTypes: [] };

/** A stored list of Type values ("Prospect;Partner", as a multi-select picklist stores them) as values. */
export function parseTypeList(text: string | null | undefined): string[] {
  if (!text) return [];
  const values = text
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return [...new Set(values)];
}

/** The stored form of a list of Type values. */
export function formatTypeList(values: readonly string[]): string {
  return values.join(';');
}

/** Whether the scope filters at all. */
export function scopeFilters(scope: PortfolioScope): boolean {
  return scope.includedTypes.length > 0 || scope.excludedTypes.length > 0 || recordTypesOf(scope).length > 0;
}

const recordTypesOf = (scope: PortfolioScope): readonly string[] => scope.recordTypes ?? [];

/**
 * Whether an account of this Type and record type (developer name; null: none) is in the scope; the
 * reference the two queries must match.
 */
export function inScope(
  scope: PortfolioScope,
  type: string | null | undefined,
  recordType: string | null = null
): boolean {
  const value = type === undefined || type === '' ? null : type;
  if (scope.includedTypes.length > 0 && (value === null || !scope.includedTypes.includes(value))) return false;
  const recordTypes = recordTypesOf(scope);
  if (recordTypes.length > 0 && (recordType === null || !recordTypes.includes(recordType))) return false;
  return value === null || !scope.excludedTypes.includes(value);
}

/**
 * The SOQL condition (no WHERE), or undefined when the scope takes every account. `literal` quotes a
 * string value (the org layer's soqlString), so this module stays free of the org code.
 */
export function scopeSoql(scope: PortfolioScope, literal: (value: string) => string): string | undefined {
  const list = (values: readonly string[]): string => `(${values.map(literal).join(', ')})`;
  const parts: string[] = [];
  if (scope.includedTypes.length > 0) parts.push(`${ACCOUNT_TYPE_FIELD} IN ${list(scope.includedTypes)}`);
  if (scope.excludedTypes.length > 0) {
    parts.push(`(${ACCOUNT_TYPE_FIELD} = null OR ${ACCOUNT_TYPE_FIELD} NOT IN ${list(scope.excludedTypes)})`);
  }
  const recordTypes = recordTypesOf(scope);
  if (recordTypes.length > 0) {
    parts.push(`${RECORD_TYPE_RELATIONSHIP}.${RECORD_TYPE_NAME_FIELD} IN ${list(recordTypes)}`);
  }
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}

export type GraphqlWhere = Record<string, unknown>;

/** The same condition as a GraphQL UI API `where` on the Account connection, or undefined. */
export function scopeWhere(scope: PortfolioScope): GraphqlWhere | undefined {
  const parts: GraphqlWhere[] = [];
  if (scope.includedTypes.length > 0) parts.push({ [ACCOUNT_TYPE_FIELD]: { in: [...scope.includedTypes] } });
  if (scope.excludedTypes.length > 0) {
    parts.push({
      or: [{ [ACCOUNT_TYPE_FIELD]: { eq: null } }, { [ACCOUNT_TYPE_FIELD]: { nin: [...scope.excludedTypes] } }],
    });
  }
  const recordTypes = recordTypesOf(scope);
  if (recordTypes.length > 0) {
    parts.push({ [RECORD_TYPE_RELATIONSHIP]: { [RECORD_TYPE_NAME_FIELD]: { in: [...recordTypes] } } });
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

/** Scope values that are not values of the org's Type picklist: a typo there silently scopes nothing. */
export function unknownTypes(scope: PortfolioScope, picklistValues: readonly string[]): string[] {
  const known = new Set(picklistValues);
  return [...new Set([...scope.includedTypes, ...scope.excludedTypes])].filter((v) => !known.has(v));
}
