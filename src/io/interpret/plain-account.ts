/**
 * The account of a plain row (plain-row.ts), made as AccountInputSchema would give it: a plain object
 * (Object's prototype) with only the fields present, keys in the schema's order, scores always there.
 *
 * Made by constructors rather than grown from `{}`: V8 gives an object made by `new` room in itself
 * for the `this.x =` stores it counts in its constructor, where `{}` has room for four keys and moves
 * the rest to an array it grows and copies as keys are added (two or three arrays per account and one
 * per scores object, most of them garbage at once). Measured on 200,000 accounts of 11 keys: 75 ms
 * CPU and 42 MB against 122 ms and 56 MB. The prototype is Object's own, so an account is no
 * different to any code from the one the schema makes. The property test of plain-row.ts holds the
 * keys and their order to the general path's.
 */
import type { LifecycleStage } from '../../core/model/dimensions.js';
import type { Account } from '../../core/model/input.js';

/**
 * A row's numbers by field, undefined when the cell is blank or there is no column: revenue, the costs
 * in COST_FIELDS order, the scores in DIMENSIONS order, commitment, binding.
 */
export type FieldValues = ReadonlyArray<number | undefined>;

/** Where each field is in FieldValues. */
export const SLOT = {
  revenue: 0,
  directCosts: 1,
  salesCosts: 2,
  marketingCosts: 3,
  serviceCosts: 4,
  serviceHours: 5,
  volume: 6,
  profitability: 7,
  loyalty: 8,
  potential: 9,
  reference: 10,
  learning: 11,
  contact: 12,
  emotional: 13,
  commitment: 14,
  binding: 15,
} as const;
export const SLOTS = 16;

type Fields = Record<string, unknown>;

/* eslint-disable func-names, prefer-arrow-callback -- constructors, for the room `new` gives (above). */
const PlainScores = function (this: Fields, v: FieldValues): void {
  if (v[SLOT.volume] !== undefined) this.volume = v[SLOT.volume];
  if (v[SLOT.profitability] !== undefined) this.profitability = v[SLOT.profitability];
  if (v[SLOT.loyalty] !== undefined) this.loyalty = v[SLOT.loyalty];
  if (v[SLOT.potential] !== undefined) this.potential = v[SLOT.potential];
  if (v[SLOT.reference] !== undefined) this.reference = v[SLOT.reference];
  if (v[SLOT.learning] !== undefined) this.learning = v[SLOT.learning];
  if (v[SLOT.contact] !== undefined) this.contact = v[SLOT.contact];
  if (v[SLOT.emotional] !== undefined) this.emotional = v[SLOT.emotional];
};

const PlainAccount = function (
  this: Fields,
  id: string | undefined,
  name: string,
  v: FieldValues,
  stage: LifecycleStage | undefined,
  owner: string | undefined
): void {
  if (id !== undefined) this.id = id;
  this.name = name;
  if (v[SLOT.revenue] !== undefined) this.revenue = v[SLOT.revenue];
  if (v[SLOT.directCosts] !== undefined) this.directCosts = v[SLOT.directCosts];
  if (v[SLOT.salesCosts] !== undefined) this.salesCosts = v[SLOT.salesCosts];
  if (v[SLOT.marketingCosts] !== undefined) this.marketingCosts = v[SLOT.marketingCosts];
  if (v[SLOT.serviceCosts] !== undefined) this.serviceCosts = v[SLOT.serviceCosts];
  if (v[SLOT.serviceHours] !== undefined) this.serviceHours = v[SLOT.serviceHours];
  this.scores = new Scores(v);
  if (v[SLOT.commitment] !== undefined) this.commitment = v[SLOT.commitment];
  if (v[SLOT.binding] !== undefined) this.binding = v[SLOT.binding];
  if (stage !== undefined) this.lifecycleStage = stage;
  if (owner !== undefined) this.owner = owner;
};
/* eslint-enable func-names, prefer-arrow-callback */

PlainScores.prototype = Object.prototype;
PlainAccount.prototype = Object.prototype;

const Scores = PlainScores as unknown as new (v: FieldValues) => Account['scores'];

/** The account of a plain row, as the schema gives it (see above). */
export const PlainAccountOf = PlainAccount as unknown as new (
  id: string | undefined,
  name: string,
  v: FieldValues,
  stage: LifecycleStage | undefined,
  owner: string | undefined
) => Account;
