/**
 * Which column holds what: the header words a portfolio sheet may use, in English, in Finnish (the words
 * of the source texts) and as the org's API names, so an export from the org reads back as it is.
 */
import { DIMENSIONS, type DimensionKey } from '../core/dimensions.js';
import { ACCOUNT_ASSESSED, ACCOUNT_COMPUTED, PROFITABILITY } from '../schema/fields.js';

export const COST_FIELDS = ['directCosts', 'salesCosts', 'marketingCosts', 'serviceCosts', 'serviceHours'] as const;
export type CostField = (typeof COST_FIELDS)[number];

export type FieldKey =
  'id' | 'name' | 'owner' | 'revenue' | CostField | DimensionKey | 'commitment' | 'binding' | 'lifecycleStage';

/** How a column's cells are read and checked. */
export type FieldKind = 'text' | 'figure' | 'cost' | 'score' | 'lifecycle';

export const fieldKind = (field: FieldKey): FieldKind => {
  if (field === 'id' || field === 'name' || field === 'owner') return 'text';
  if (field === 'revenue') return 'figure';
  if (field === 'lifecycleStage') return 'lifecycle';
  if ((COST_FIELDS as readonly string[]).includes(field)) return 'cost';
  return 'score';
};

/**
 * Header words per field. The first English word is the canonical header, used when the reader has to
 * name a field (two columns both holding "Revenue").
 */
const ALIASES: Record<FieldKey, readonly string[]> = {
  name: [
    'Name',
    'Account Name',
    'Account',
    'Customer',
    'Customer Name',
    'Nimi',
    'Asiakas',
    'Asiakkaan nimi',
    'Asiakkuus',
  ],
  id: ['Id', 'Account Id', 'Customer Id', 'Tunnus', 'Asiakasnumero', 'Asiakastunnus'],
  owner: [
    'Owner',
    'Account Owner',
    'Owner Name',
    'OwnerId',
    'Owner.Name',
    'Omistaja',
    'Vastuuhenkilö',
    'Asiakasvastaava',
  ],
  revenue: [
    'Revenue',
    'Sales',
    'Liikevaihto',
    'Myynti',
    'Asiakkuuden tuotot',
    'Tuotot',
    ACCOUNT_COMPUTED.revenue,
    PROFITABILITY.revenue,
  ],
  directCosts: ['Direct Costs', 'Välittömät kustannukset', 'Suorat kustannukset', PROFITABILITY.directCosts],
  salesCosts: ['Sales Costs', 'Myyntikustannukset', 'Myynnin kustannukset', PROFITABILITY.salesCosts],
  marketingCosts: [
    'Marketing Costs',
    'Markkinointikustannukset',
    'Markkinoinnin kustannukset',
    PROFITABILITY.marketingCosts,
  ],
  serviceCosts: [
    'Service Costs',
    'Customer Service Costs',
    'Asiakaspalvelukustannukset',
    'Palvelukustannukset',
    'Asiakaspalvelun kustannukset',
    PROFITABILITY.serviceCosts,
  ],
  serviceHours: ['Service Hours', 'Palvelutunnit', 'Työtunnit', PROFITABILITY.serviceHours],
  // Not "Volume Score" / "Profitability Score": a ranked export uses those for the scores banded from
  // the figures, which must not read back as scores a person entered.
  volume: ['Volume', 'Sales Volume', 'Myyntivolyymi', 'Volyymi', ACCOUNT_ASSESSED.volumeEntered],
  profitability: ['Profitability', 'Kannattavuus', ACCOUNT_ASSESSED.profitabilityEntered],
  loyalty: [
    'Loyalty',
    'Relationship Strength',
    'Loyalty Score',
    'Asiakkuuden lujuus',
    'Asiakkuuden lujuus / uskollisuus',
    'Uskollisuus',
    'Lujuus',
    ACCOUNT_ASSESSED.loyalty,
  ],
  potential: [
    'Potential',
    'Future Potential',
    'Potential Score',
    'Tuleva potentiaali',
    'Potentiaali',
    ACCOUNT_ASSESSED.potential,
  ],
  reference: [
    'Reference',
    'Reference Value',
    'Reference Score',
    'Referenssiarvo',
    'Referenssi',
    ACCOUNT_ASSESSED.reference,
  ],
  learning: ['Learning', 'Learning Value', 'Learning Score', 'Oppimisarvo', 'Oppiminen', ACCOUNT_ASSESSED.learning],
  contact: [
    'Contact',
    'Contact Value',
    'Network Value',
    'Contact Score',
    'Kontaktiarvo',
    'Verkostoarvo',
    ACCOUNT_ASSESSED.contact,
  ],
  emotional: [
    'Emotional',
    'Emotional Value',
    'Emotional Score',
    'Emotionaalinen arvo',
    'Tunnearvo',
    ACCOUNT_ASSESSED.emotional,
  ],
  commitment: ['Commitment', 'Sitoutuminen', ACCOUNT_ASSESSED.commitment],
  binding: ['Binding', 'Sitouttaminen', ACCOUNT_ASSESSED.binding],
  lifecycleStage: [
    'Lifecycle Stage',
    'Lifecycle',
    'Stage',
    'Elinkaaren vaihe',
    'Elinkaari',
    'Elinkaarivaihe',
    ACCOUNT_ASSESSED.lifecycleStage,
  ],
};

export const FIELD_KEYS = Object.keys(ALIASES) as FieldKey[];

/** The header a person would write for the field in an English sheet. */
export const canonicalHeader = (field: FieldKey): string => ALIASES[field][0];

/**
 * Header text reduced to what identifies it: a unit in brackets ("Revenue (€)") goes, then everything
 * but letters and digits, so case, spaces, underscores, dots and slashes do not matter
 * ("service_hours", "Service Hours", "CVP_Service_Hours__c" all match their alias).
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const BY_NORMALISED_ALIAS: ReadonlyMap<string, FieldKey> = new Map(
  FIELD_KEYS.flatMap((field) => ALIASES[field].map((alias) => [normaliseHeader(alias), field] as const))
);

/** Every (normalised alias, field) pair; exported so a test can prove no alias names two fields. */
export const aliasEntries = (): Array<[string, FieldKey]> =>
  FIELD_KEYS.flatMap((field) => ALIASES[field].map((alias): [string, FieldKey] => [normaliseHeader(alias), field]));

export const fieldForHeader = (header: string): FieldKey | undefined =>
  BY_NORMALISED_ALIAS.get(normaliseHeader(header));

export const isDimensionField = (field: FieldKey): field is DimensionKey =>
  (DIMENSIONS as readonly string[]).includes(field);
