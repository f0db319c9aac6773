/**
 * The surface of the core that the Lightning components use, compiled into the LWC service module
 * force-app/main/default/lwc/cvpCore by scripts/build-lwc-core.js.
 *
 * It re-exports the pure functions and constants only: the zod schemas (ProfileSchema,
 * AccountInputSchema, parseProfile) stay out, so the module inside the org carries no zod. Components
 * receive their data from the org already typed by the field definitions and check what they need by
 * hand (see the cvpProfiles bundle).
 */
export {
  DIMENSIONS,
  FIGURE_DIMENSIONS,
  ASSESSED_DIMENSIONS,
  SCORE_MIN,
  SCORE_MAX,
  TIERS,
  TREATMENTS,
  QUADRANTS,
  ABC_CLASSES,
  LIFECYCLE_STAGES,
  isDimensionKey,
} from './model/dimensions.js';
export { BUILT_IN_PROFILES, DEFAULT_PROFILE_KEY, builtInProfile } from './profiles/builtin-profiles.js';
export { roundHalfUp } from './model/rounding.js';
export { waterfall, customerMargin } from './profitability/waterfall.js';
export { weightedScore, emptyScores } from './scoring/scoring.js';
export { tierOf, nextTier, treatmentOf, quadrantOf } from './scoring/tiers.js';
export { abcClasses, sortedDesc, top20Share, whaleCurve, whalePoints } from './profitability/pareto.js';
export { scorePortfolio } from './portfolio/portfolio.js';
export { parseStoredWhaleCurve, thinnedAt, WHALE_CURVE_VERSION } from './profitability/whale-thinning.js';
export { summarise } from './portfolio/summary.js';
export { lossMakers } from './profitability/loss-makers.js';
export { explain } from './explanation/explain.js';
export { compareProfiles } from './profiles/compare.js';
export { directionOf, objectiveProgress, objectiveOverdue, objectiveStatusShown } from './vision/objective-progress.js';
export { DEFAULT_REVIEW_INTERVALS, reviewState, reviewDueOn, dayOf } from './review/review-due.js';
export { DEFAULT_SCOPE, EVERY_ACCOUNT, inScope, parseTypeList, scopeWhere } from './portfolio/portfolio-scope.js';
export { rerank, rerankBase, TIER_SLOTS } from './ranking/rerank.js';
export { draftIssues, weightSum, nextVersionKey, nextVersionName } from './profiles/profile-draft.js';
export { versionChanges, figuresFingerprint } from './profiles/profile-version.js';
