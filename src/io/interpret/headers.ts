/**
 * Which column holds what: the header words a portfolio sheet may use, in English, in Finnish (the words
 * of the source texts) and as the org's API names, so an export from the org reads back as it is.
 */
import { DIMENSIONS, type DimensionKey } from '../../core/model/dimensions.js';
import { ACCOUNT_ASSESSED, ACCOUNT_COMPUTED, PROFITABILITY } from '../../schema/fields.js';

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
 * Header words per field, by language: English, Finnish (the words of the source texts) and the org's
 * API names. The first English word is the canonical header, used when the reader has to name a field
 * (two columns both holding "Revenue"); the language of a sheet's headers tells which language its
 * maker reads (headerLanguage).
 */
type Aliases = { en: readonly string[]; fi: readonly string[]; api?: readonly string[] };

const ALIASES: Record<FieldKey, Aliases> = {
  name: {
    en: ['Name', 'Account Name', 'Account', 'Customer', 'Customer Name'],
    fi: ['Nimi', 'Asiakas', 'Asiakkaan nimi', 'Asiakkuus'],
  },
  id: { en: ['Id', 'Account Id', 'Customer Id'], fi: ['Tunnus', 'Asiakasnumero', 'Asiakastunnus'] },
  owner: {
    en: ['Owner', 'Account Owner', 'Owner Name', 'OwnerId', 'Owner.Name'],
    fi: ['Omistaja', 'Vastuuhenkilö', 'Asiakasvastaava'],
  },
  revenue: {
    en: ['Revenue', 'Sales'],
    fi: ['Liikevaihto', 'Myynti', 'Asiakkuuden tuotot', 'Tuotot'],
    api: [ACCOUNT_COMPUTED.revenue, PROFITABILITY.revenue],
  },
  directCosts: {
    en: ['Direct Costs'],
    fi: ['Välittömät kustannukset', 'Suorat kustannukset'],
    api: [PROFITABILITY.directCosts],
  },
  salesCosts: {
    en: ['Sales Costs'],
    fi: ['Myyntikustannukset', 'Myynnin kustannukset'],
    api: [PROFITABILITY.salesCosts],
  },
  marketingCosts: {
    en: ['Marketing Costs'],
    fi: ['Markkinointikustannukset', 'Markkinoinnin kustannukset'],
    api: [PROFITABILITY.marketingCosts],
  },
  serviceCosts: {
    en: ['Service Costs', 'Customer Service Costs'],
    fi: ['Asiakaspalvelukustannukset', 'Palvelukustannukset', 'Asiakaspalvelun kustannukset'],
    api: [PROFITABILITY.serviceCosts],
  },
  serviceHours: { en: ['Service Hours'], fi: ['Palvelutunnit', 'Työtunnit'], api: [PROFITABILITY.serviceHours] },
  // Not "Volume Score" / "Profitability Score": a ranked export uses those for the scores banded from
  // the figures, which must not read back as scores a person entered.
  volume: { en: ['Volume', 'Sales Volume'], fi: ['Myyntivolyymi', 'Volyymi'], api: [ACCOUNT_ASSESSED.volumeEntered] },
  profitability: { en: ['Profitability'], fi: ['Kannattavuus'], api: [ACCOUNT_ASSESSED.profitabilityEntered] },
  loyalty: {
    en: ['Loyalty', 'Relationship Strength', 'Loyalty Score'],
    fi: ['Asiakkuuden lujuus', 'Asiakkuuden lujuus / uskollisuus', 'Uskollisuus', 'Lujuus'],
    api: [ACCOUNT_ASSESSED.loyalty],
  },
  potential: {
    en: ['Potential', 'Future Potential', 'Potential Score'],
    fi: ['Tuleva potentiaali', 'Potentiaali'],
    api: [ACCOUNT_ASSESSED.potential],
  },
  reference: {
    en: ['Reference', 'Reference Value', 'Reference Score'],
    fi: ['Referenssiarvo', 'Referenssi'],
    api: [ACCOUNT_ASSESSED.reference],
  },
  learning: {
    en: ['Learning', 'Learning Value', 'Learning Score'],
    fi: ['Oppimisarvo', 'Oppiminen'],
    api: [ACCOUNT_ASSESSED.learning],
  },
  contact: {
    en: ['Contact', 'Contact Value', 'Network Value', 'Contact Score'],
    fi: ['Kontaktiarvo', 'Verkostoarvo'],
    api: [ACCOUNT_ASSESSED.contact],
  },
  emotional: {
    en: ['Emotional', 'Emotional Value', 'Emotional Score'],
    fi: ['Emotionaalinen arvo', 'Tunnearvo'],
    api: [ACCOUNT_ASSESSED.emotional],
  },
  commitment: { en: ['Commitment'], fi: ['Sitoutuminen'], api: [ACCOUNT_ASSESSED.commitment] },
  binding: { en: ['Binding'], fi: ['Sitouttaminen'], api: [ACCOUNT_ASSESSED.binding] },
  lifecycleStage: {
    en: ['Lifecycle Stage', 'Lifecycle', 'Stage'],
    fi: ['Elinkaaren vaihe', 'Elinkaari', 'Elinkaarivaihe'],
    api: [ACCOUNT_ASSESSED.lifecycleStage],
  },
};

export const FIELD_KEYS = Object.keys(ALIASES) as FieldKey[];

/** The header a person would write for the field in an English sheet. */
export const canonicalHeader = (field: FieldKey): string => ALIASES[field].en[0];

const allAliases = (field: FieldKey): readonly string[] => [
  ...ALIASES[field].en,
  ...ALIASES[field].fi,
  ...(ALIASES[field].api ?? []),
];

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
  FIELD_KEYS.flatMap((field) => allAliases(field).map((alias) => [normaliseHeader(alias), field] as const))
);

/** Every (normalised alias, field) pair; exported so a test can prove no alias names two fields. */
export const aliasEntries = (): Array<[string, FieldKey]> =>
  FIELD_KEYS.flatMap((field) => allAliases(field).map((alias): [string, FieldKey] => [normaliseHeader(alias), field]));

export const fieldForHeader = (header: string): FieldKey | undefined =>
  BY_NORMALISED_ALIAS.get(normaliseHeader(header));

export const isDimensionField = (field: FieldKey): field is DimensionKey =>
  (DIMENSIONS as readonly string[]).includes(field);

const LANGUAGE_OF_ALIAS: ReadonlyMap<string, 'fi' | 'en'> = new Map(
  FIELD_KEYS.flatMap((field) => [
    ...ALIASES[field].en.map((alias) => [normaliseHeader(alias), 'en'] as const),
    ...ALIASES[field].fi.map((alias) => [normaliseHeader(alias), 'fi'] as const),
  ])
);

/**
 * The language a sheet's headers are written in: Finnish when more of its known headers are Finnish
 * words than English ones, English when fewer, undefined on a tie or when none is a word of either
 * (API names say nothing of their reader).
 */
export function headerLanguage(headers: Iterable<string>): 'fi' | 'en' | undefined {
  let fi = 0;
  let en = 0;
  for (const header of headers) {
    const language = LANGUAGE_OF_ALIAS.get(normaliseHeader(header));
    if (language === 'fi') fi += 1;
    else if (language === 'en') en += 1;
  }
  return fi > en ? 'fi' : en > fi ? 'en' : undefined;
}
