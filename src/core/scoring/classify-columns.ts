import type { PortfolioColumns } from '../model/columns.js';
import { DIMENSIONS, QUADRANTS, TIERS, TREATMENTS } from '../model/dimensions.js';
import { lossCauseBits, primaryCause, type WorkloadLimits } from '../profitability/loss-causes.js';
import { abcCodeOf } from '../profitability/pareto.js';
import type { Profile } from '../profiles/profile.js';
import { quadrantOf, tierOfCents, treatmentOf } from './tiers.js';

/**
 * Tier, treatment and quadrant of every account, as indices into TIERS, TREATMENTS, QUADRANTS (−1:
 * none); the causes of each loss as bits of LOSS_CAUSES (0: no loss); the ABC class as an index into
 * ABC_CLASSES (−1: no margin).
 */
export type Classes = { tier: Int8Array; treatment: Int8Array; quadrant: Int8Array; lossCauses: Uint8Array; abc: Int8Array };

/** What the classes are worked out from besides the columns: scoreColumns' results so far. */
export type ClassInputs = {
  cents: Int32Array;
  volumeBand: Uint8Array;
  workload: WorkloadLimits;
  abcCutoffs: { a: number; b: number };
};

/**
 * The rules of tiers.ts (tierOfCents, treatmentOf, quadrantOf; docs/method.md, Tier and treatment and
 * Commitment matrix), of a loss's causes (lossCauseBits) and of the ABC class (abcCodeOf) for every
 * account, in one loop. The tier, treatment and quadrant rules are asked once per case they can tell
 * apart and their answers kept in a table: a tier per score (401 scores), a treatment per tier, loss,
 * low potential and causes (160 cases), a quadrant per pair of sides (4). Per account only the table is
 * read: the rules per account, with a string answer looked up in its vocabulary, were 50 ms of 200,000
 * accounts. One loop instead of four (causes, classes, ABC, the volume score the causes read) saves
 * each of the others its own warm-up: the ranking's CPU time 224 → 208 ms (least of five, 200,000 rows).
 */
export function classifyColumns(columns: PortfolioColumns, inputs: ClassInputs, profile: Profile): Classes {
  const n = columns.length;
  const classes: Classes = {
    tier: new Int8Array(n),
    treatment: new Int8Array(n),
    quadrant: new Int8Array(n),
    lossCauses: new Uint8Array(n),
    abc: new Int8Array(n),
  };
  // Scores lie in 1.00–5.00.
  const tierByCents = Int8Array.from({ length: 501 }, (_, c) => TIERS.indexOf(tierOfCents(c, profile.tiers)));
  classify(columns, inputs, profile.matrixHigh, tierByCents, classes);
  return classes;
}

/** The treatment of tier t (−1: none), loss or none, potential ≤ 2 or not, and loss causes (bits), at treatmentCase. */
const TREATMENT_BY_CASE = Int8Array.from({ length: (TIERS.length + 1) * 2 * 2 * 8 }, (_, k) => {
  const causes = k % 8;
  const lowPotential = Math.floor(k / 8) % 2 === 1;
  const loss = Math.floor(k / 16) % 2 === 1;
  const t = Math.floor(k / 32) - 1;
  const treated = treatmentOf(t < 0 ? null : TIERS[t], loss ? -1 : null, lowPotential ? 1 : null, primaryCause(causes));
  return treated === null ? -1 : TREATMENTS.indexOf(treated);
});

const treatmentCase = (t: number, loss: boolean, lowPotential: boolean, causes: number): number =>
  (t + 1) * 32 + (loss ? 16 : 0) + (lowPotential ? 8 : 0) + causes;

const VOLUME = DIMENSIONS.indexOf('volume');
const POTENTIAL = DIMENSIONS.indexOf('potential');

/** The quadrant of committed (bit 0) and bound (bit 1) accounts. */
const QUADRANT_BY_SIDES = Int8Array.from({ length: 4 }, (_, sides) => {
  const q = quadrantOf(sides & 1 ? 1 : 0, sides & 2 ? 1 : 0, 1);
  return q === null ? -1 : QUADRANTS.indexOf(q);
});

/**
 * The loop of classifyColumns, in a function of its own so V8 optimizes it once (descending-order.ts
 * says why, with figures).
 */
function classify(
  columns: PortfolioColumns,
  inputs: ClassInputs,
  high: number,
  tierByCents: Int8Array,
  out: Classes
): void {
  const { revenue, margin, serviceCosts, serviceHours, commitment, binding } = columns;
  const enteredVolume = columns.scores[VOLUME];
  const potential = columns.scores[POTENTIAL];
  const { cents, volumeBand, workload, abcCutoffs } = inputs;
  const { tier, treatment, quadrant, lossCauses, abc } = out;
  const n = columns.length;
  for (let i = 0; i < n; i++) {
    const m = margin[i];
    let causes = 0;
    // NaN (no margin) is no loss.
    if (m < 0) {
      // The volume score the weighted score used: entered, else banded (0 = none, read as NaN).
      const entered = enteredVolume[i];
      const volume = entered === entered ? entered : volumeBand[i] > 0 ? volumeBand[i] : Number.NaN;
      causes = lossCauseBits(volume, revenue[i], serviceCosts[i], serviceHours[i], workload);
    }
    lossCauses[i] = causes;
    const t = cents[i] < 0 ? -1 : tierByCents[cents[i]];
    tier[i] = t;
    // NaN (no potential) compares false: potential not low.
    treatment[i] = TREATMENT_BY_CASE[treatmentCase(t, m < 0, potential[i] <= 2, causes)];
    const c = commitment[i];
    const b = binding[i];
    quadrant[i] = c !== c || b !== b ? -1 : QUADRANT_BY_SIDES[(c >= high ? 1 : 0) + (b >= high ? 2 : 0)];
    abc[i] = abcCodeOf(m, abcCutoffs);
  }
}
