/**
 * Org rows as the REST API returns them (field API names, null for blank), for suites that test the
 * org-access logic on plain data, and for seeding the local Salesforce API server.
 */
import { ACCOUNT_ASSESSED as A, PROFITABILITY as P } from '../../src/schema/fields.js';

export type AccountSeed = {
  name: string;
  loyalty?: number;
  potential?: number;
  reference?: number;
  learning?: number;
  contact?: number;
  emotional?: number;
  volume?: number;
  profitability?: number;
  commitment?: number;
  binding?: number;
  stage?: string;
  /** Account Type (a standard picklist; the portfolio scope filters on it). */
  type?: string;
};

export type FiguresSeed = {
  period?: string;
  revenue?: number;
  directCosts?: number;
  salesCosts?: number;
  marketingCosts?: number;
  serviceCosts?: number;
  serviceHours?: number;
};

/** The assessed fields of an Account, every one present (null when not given), as the org holds them. */
export function accountFields(seed: AccountSeed): Record<string, unknown> {
  return {
    Name: seed.name,
    [A.loyalty]: seed.loyalty ?? null,
    [A.potential]: seed.potential ?? null,
    [A.reference]: seed.reference ?? null,
    [A.learning]: seed.learning ?? null,
    [A.contact]: seed.contact ?? null,
    [A.emotional]: seed.emotional ?? null,
    [A.volumeEntered]: seed.volume ?? null,
    [A.profitabilityEntered]: seed.profitability ?? null,
    [A.commitment]: seed.commitment ?? null,
    [A.binding]: seed.binding ?? null,
    [A.lifecycleStage]: seed.stage ?? null,
    ...(seed.type === undefined ? {} : { Type: seed.type }),
  };
}

/** A profitability row of an account for a period (2025 unless given). */
export function profitabilityFields(accountId: string, figures: FiguresSeed): Record<string, unknown> {
  const period = figures.period ?? '2025';
  return {
    [P.account]: accountId,
    [P.period]: period,
    [P.externalId]: `${accountId}:${period}`,
    [P.revenue]: figures.revenue ?? null,
    [P.directCosts]: figures.directCosts ?? null,
    [P.salesCosts]: figures.salesCosts ?? null,
    [P.marketingCosts]: figures.marketingCosts ?? null,
    [P.serviceCosts]: figures.serviceCosts ?? null,
    [P.serviceHours]: figures.serviceHours ?? null,
  };
}

/** A fake but well-formed 18-character Account Id for plain-data tests. */
export const fakeAccountId = (n: number): string => `001${String(n).padStart(12, '0')}AAA`;
