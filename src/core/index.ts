/**
 * The public surface of the method (docs/method.md). Pure: depends on zod only, so the CLI, the
 * sync and the Lightning components all compute the very same thing.
 */
export * from './dimensions.js';
export {
  ProfileSchema,
  WeightsSchema,
  TierThresholdsSchema,
  type Profile,
  type ProfileInput,
  type Weights,
  type TierThresholds,
} from './profile.js';
export { AccountInputSchema, type Account, type AccountInput } from './input.js';
export { BUILT_IN_PROFILES, DEFAULT_PROFILE_KEY, builtInProfile } from './builtin-profiles.js';
export { parseProfile, type ProfileIssue, type ProfileIssueCode, type Result } from './issues.js';
export { roundHalfUp } from './rounding.js';
export { waterfall, customerMargin, type Waterfall, type WaterfallInput } from './waterfall.js';
export { quintileScores, thresholdScores, bandFigures } from './banding.js';
export { weightedScore, emptyScores, type ScoreVector, type WeightedScore } from './scoring.js';
export { tierOf, nextTier, treatmentOf, quadrantOf } from './tiers.js';
export { rankOrder, compareNames } from './ranking.js';
export { abcClasses, abcCutoffs, sortedDesc, top20Share, whaleCurve, whalePoints, type WhaleCurve } from './pareto.js';
export { scorePortfolio, type RankedAccount, type ScoredPortfolio, type ScoreSource } from './portfolio.js';
export { summarise, summariseColumns, NO_MARGIN_LISTED, type PortfolioSummary, type AccountRef } from './summary.js';
export { columnsOf, type PortfolioColumns } from './columns.js';
export { scoreColumns, type ScoredColumns } from './score-columns.js';
export { lossMakers, type LossMaker, type LossMakerSource } from './loss-makers.js';
export { LOSS_CAUSES, causesOf, primaryCause, type LossCause } from './loss-causes.js';
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
} from './explain.js';
export { figureNeeded } from './figure-needed.js';
export { LiftSchema } from './lift-schema.js';
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
} from './ranked-columns.js';
export { scoreAt, coverageAt, incompleteAt, sourceAt } from './score-columns.js';
export { compareProfiles, type ProfileComparison, type RankChange } from './compare.js';
export {
  directionOf,
  objectiveProgress,
  objectiveOverdue,
  objectiveStatusShown,
  type ObjectiveDirection,
} from './objective-progress.js';
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
} from './portfolio-scope.js';
