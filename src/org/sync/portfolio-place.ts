/**
 * The analyses over every account in scope (docs/method.md, Portfolio analysis and Profile comparison),
 * computed by the sync once a night and stored where a component reads them without loading every
 * account: on each Account its place on the whale curve, its loss cause and its rank under the
 * comparison profile (ACCOUNT_PLACE); on the snapshot the thinned whale curve, the total loss and the
 * comparison profile (SNAPSHOT_WHOLE).
 *
 * Like the computed values (computed-values.ts), the place fields are compared with what the record
 * holds, rounded as the org stores them, and an account is written only when something differs.
 */
import {
  curvePlaces,
  primaryCause,
  ranksByInput,
  scoreColumns,
  thinWhaleCurve,
  whaleCurve,
  type Profile,
  type ScoredPortfolio,
} from '../../core/index.js';
import { ACCOUNT_PLACE as P, SNAPSHOT_WHOLE as W } from '../../schema/fields.js';
import { fingerprintOf, getterOf, numberOf, scaled, textOf, type FieldGetter, type Row } from '../api/row-values.js';
import { computedRecord, type ComputedValues } from './computed-values.js';

export type PlaceValues = {
  /** Percent points. */
  curveAccountShare: number | null;
  /** Percent points; null where the margin is unknown or the total margin is not positive. */
  curveMarginShare: number | null;
  lossCause: string | null;
  compareRank: number | null;
  compareRankChange: number | null;
};

export const PLACE_KEYS = [
  'curveAccountShare',
  'curveMarginShare',
  'lossCause',
  'compareRank',
  'compareRankChange',
] as const satisfies ReadonlyArray<keyof PlaceValues>;

/** What CVP_Curve_Margin_Share__c (Percent 8,2) can hold: a tiny positive total makes shares huge. */
const MAX_SHARE_POINTS = 999_999.99;

/** The whole portfolio's figures the snapshot keeps beside the summary. */
export type WholeFigures = Record<string, string | number | null>;

export type PortfolioPlaces = {
  /** What the snapshot stores (SNAPSHOT_WHOLE). */
  snapshot: WholeFigures;
  /** The place values of the input account at `index`. */
  of(index: number): PlaceValues;
};

/**
 * Every account's place, from the portfolio scored with the sync's profile; the comparison profile
 * ranks the same inputs once more. Without one (a caller that compares nothing) the compare fields stay
 * blank.
 */
export function portfolioPlaces(portfolio: ScoredPortfolio, compare: Profile | undefined): PortfolioPlaces {
  const { scored } = portfolio;
  const places = curvePlaces(scored);
  // The comparison scores the very columns the sync's profile scored: no second pass over the inputs.
  const compareRanks = compare ? ranksByInput(scoreColumns(scored.columns, compare)) : undefined;
  const rankOf = ranksByInput(scored);
  const curve = whaleCurve(scored.marginsDesc);
  const stored = thinWhaleCurve(curve);
  return {
    snapshot: {
      [W.whaleCurve]: JSON.stringify({ ...stored, total: scaled(stored.total, 2), peak: scaled(stored.peak, 2) }),
      [W.lossTotal]: scaled(curve.lossTail, 2),
      [W.compareProfileKey]: compare?.key ?? null,
    },
    of(index: number): PlaceValues {
      const before = places.before[index];
      const share = places.marginShare[index] * 100;
      const compareRank = compareRanks ? compareRanks[index] : null;
      return {
        curveAccountShare: before < 0 ? null : scaled((before / places.accounts) * 100, 2),
        curveMarginShare: Number.isFinite(share) && Math.abs(share) <= MAX_SHARE_POINTS ? scaled(share, 2) : null,
        lossCause: primaryCause(scored.lossCauses[index]),
        compareRank,
        compareRankChange: compareRank === null ? null : rankOf[index] - compareRank,
      };
    },
  };
}

/** What an Account row holds in the place fields. */
export function heldPlace(row: Row | FieldGetter): PlaceValues {
  const get = getterOf(row);
  return {
    curveAccountShare: scaled(numberOf(get(P.curveAccountShare)), 2),
    curveMarginShare: scaled(numberOf(get(P.curveMarginShare)), 2),
    lossCause: textOf(get(P.lossCause)),
    compareRank: scaled(numberOf(get(P.compareRank)), 0),
    compareRankChange: scaled(numberOf(get(P.compareRankChange)), 0),
  };
}

export function placeFingerprint(values: PlaceValues): number {
  // Listed in PLACE_KEYS' order, not mapped over it: twice per account a run (test/org/sync-fast-paths.test.ts).
  return fingerprintOf([
    values.curveAccountShare,
    values.curveMarginShare,
    values.lossCause,
    values.compareRank,
    values.compareRankChange,
  ]);
}

/** The place fields of one Account update. */
export function placeRecord(values: PlaceValues): Record<string, string | number | null> {
  return {
    [P.curveAccountShare]: values.curveAccountShare,
    [P.curveMarginShare]: values.curveMarginShare,
    [P.lossCause]: values.lossCause,
    [P.compareRank]: values.compareRank,
    [P.compareRankChange]: values.compareRankChange,
  };
}

/**
 * The whole update of one changed account: its computed values and its place, which are written
 * together (the tests that play a sync's writes back use this too, so they hold what the org would).
 */
export function accountUpdate(
  change: { values: ComputedValues; place: PlaceValues },
  scoredAt: string
): Record<string, string | number | boolean | null> {
  return { ...computedRecord(change.values, scoredAt), ...placeRecord(change.place) };
}

export const PLACE_FIELDS: readonly string[] = Object.values(P);
export const WHOLE_SNAPSHOT_FIELDS: readonly string[] = Object.values(W);
