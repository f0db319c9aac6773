/**
 * The public surface of the method (docs/method.md). Pure: depends on zod only, so the CLI, the
 * sync and the Lightning components all compute the very same thing.
 */
export * from './model/dimensions.js';
export {
  ProfileSchema,
  WeightsSchema,
  TierThresholdsSchema,
  type Profile,
  type ProfileInput,
  type Weights,
  type TierThresholds,
} from './profiles/profile.js';
export { AccountInputSchema, type Account, type AccountInput } from './model/input.js';
export { BUILT_IN_PROFILES, DEFAULT_PROFILE_KEY, builtInProfile } from './profiles/builtin-profiles.js';
export { parseProfile, type ProfileIssue, type ProfileIssueCode, type Result } from './profiles/issues.js';
export { roundHalfUp } from './model/rounding.js';
export { waterfall, customerMargin, type Waterfall, type WaterfallInput } from './profitability/waterfall.js';
export { quintileScores, thresholdScores, bandFigures } from './scoring/banding.js';
export { weightedScore, emptyScores, type ScoreVector, type WeightedScore } from './scoring/scoring.js';
export { tierOf, nextTier, treatmentOf, quadrantOf } from './scoring/tiers.js';
export { rankOrder, compareNames } from './ranking/ranking.js';
export { abcClasses, abcCutoffs, sortedDesc, top20Share, whaleCurve, whalePoints, type WhaleCurve } from './profitability/pareto.js';
export {
  thinWhaleCurve,
  parseStoredWhaleCurve,
  thinnedAt,
  WHALE_CURVE_VERSION,
  WHALE_MAX_POINTS,
  WHALE_TOLERANCE,
  type StoredWhaleCurve,
  type ThinOptions,
} from './profitability/whale-thinning.js';
export { curvePlaces, ranksByInput, type CurvePlaces } from './profitability/curve-places.js';
export { scorePortfolio, type RankedAccount, type ScoredPortfolio, type ScoreSource } from './portfolio/portfolio.js';
export { summarise, summariseColumns, NO_MARGIN_LISTED, type PortfolioSummary, type AccountRef } from './portfolio/summary.js';
export { columnsOf, type PortfolioColumns } from './model/columns.js';
export { scoreColumns, type ScoredColumns } from './scoring/score-columns.js';
export { lossMakers, type LossMaker, type LossMakerSource } from './profitability/loss-makers.js';
export { LOSS_CAUSES, causesOf, primaryCause, type LossCause } from './profitability/loss-causes.js';
export {
  explain,
  liftOf,
  FIGURE_OF,
  type Explanation,
  type ExplainedAccount,
  type FigureContext,
  type Contribution,
  type Lift,
  type ScoreLift,
  type FigureLift,
  type ProfitabilityLift,
  type NoLift,
  type LiftFigure,
} from './explanation/explain.js';
export { figureNeeded } from './explanation/figure-needed.js';
export { LiftSchema } from './explanation/lift-schema.js';
export {
  ColumnLift,
  liftColumnsOf,
  LIFT_CHANGE,
  LIFT_NONE,
  LIFT_NOTHING,
  LIFT_PROFITABILITY,
  type LiftCode,
  type LiftColumns,
} from './explanation/lift-columns.js';
export {
  rankColumns,
  rankedAccountAt,
  effectiveScoresAt,
  tierAt,
  treatmentAt,
  quadrantAt,
  abcClassAt,
  marginAt,
  type RankedColumns,
} from './ranking/ranked-columns.js';
export { scoreAt, coverageAt, incompleteAt, sourceAt } from './scoring/score-columns.js';
export { compareProfiles, type ProfileComparison, type RankChange } from './profiles/compare.js';
export {
  directionOf,
  objectiveProgress,
  objectiveOverdue,
  objectiveStatusShown,
  type ObjectiveDirection,
} from './vision/objective-progress.js';
export {
  ACCOUNT_TYPE_FIELD,
  RECORD_TYPE_NAME_FIELD,
  RECORD_TYPE_RELATIONSHIP,
  DEFAULT_SCOPE,
  defaultScopeFor,
  EVERY_ACCOUNT,
  formatTypeList,
  inScope,
  parseTypeList,
  scopeFilters,
  scopeSoql,
  scopeWhere,
  unknownTypes,
  type GraphqlWhere,
  type PortfolioScope,
} from './portfolio/portfolio-scope.js';
export { ReviewIntervalsSchema } from './review/review-schema.js';
export {
  DEFAULT_REVIEW_INTERVALS,
  reviewState,
  reviewDueOn,
  reviewIntervalOf,
  addMonths,
  monthsBetween,
  dayOf,
  type ReviewIntervals,
  type ReviewState,
  type ReviewReason,
} from './review/review-due.js';
export {
  rerank,
  rerankBase,
  TIER_SLOTS,
  type Rerank,
  type RerankBase,
  type RerankInput,
  type Ranked,
  type RankFigures,
  type Scoring,
} from './ranking/rerank.js';
export {
  draftIssues,
  weightSum,
  nextVersionKey,
  nextVersionName,
  type DraftIssue,
  type DraftIssueCode,
  type DraftTiers,
} from './profiles/profile-draft.js';
export {
  scoringFigures,
  withFigures,
  figuresFingerprint,
  profileFingerprint,
  versionFor,
  versionChanges,
  type ScoringFigures,
  type ProfileVersion,
} from './profiles/profile-version.js';
export { moveCause, type MoveCause, type Placement } from './profiles/move-cause.js';
