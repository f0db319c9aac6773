import {
  compareProfiles,
  explain,
  lossMakers,
  scorePortfolio,
  summarise,
  type Account,
  type Explanation,
  type LossMaker,
  type PortfolioSummary,
  type Profile,
  type RankChange,
  type RankedAccount,
  type ScoreVector,
} from '../core/index.js';

/** One account in the --json result of `portfolio rank`. */
export type RankedAccountResult = {
  name: string;
  id?: string;
  rank: number;
  score: number | null;
  tier: RankedAccount['tier'];
  treatment: RankedAccount['treatment'];
  quadrant: RankedAccount['quadrant'];
  abcClass: RankedAccount['abcClass'];
  coverage: number;
  incomplete: boolean;
  scores: ScoreVector;
  revenue: number | null;
  margin: number | null;
  lifecycleStage: RankedAccount['lifecycleStage'];
  explanation: Explanation;
  /** The spreadsheet line the account came from (header = line 1). */
  line?: number;
  compareRank?: number;
  rankChange?: number;
};

export type RankSummary = PortfolioSummary & {
  lossMakers: LossMaker[];
  compareProfile?: string;
  risingStars?: RankChange[];
  fallers?: RankChange[];
};

export type RankResult = {
  profile: { key: string; name: string };
  accounts: RankedAccountResult[];
  summary: RankSummary;
};

export type RankOutcome = {
  result: RankResult;
  /** The inputs in rank order, for exports that repeat them. */
  inputsByRank: Account[];
};

/** Everything `portfolio rank` reports, computed with src/core only. */
export function buildRankResult(
  inputs: readonly Account[],
  profile: Profile,
  compare?: Profile,
  lines?: readonly number[]
): RankOutcome {
  const comparison = compare ? compareProfiles(inputs, profile, compare) : undefined;
  const portfolio = comparison?.base ?? scorePortfolio(inputs, profile);
  const changeOf = new Map<number, RankChange>(comparison?.changes.map((c) => [c.index, c]) ?? []);
  const accounts = portfolio.accounts.map((a): RankedAccountResult => {
    const change = changeOf.get(a.index);
    return {
      name: a.name,
      ...(a.id === undefined ? {} : { id: a.id }),
      rank: a.rank,
      score: a.score,
      tier: a.tier,
      treatment: a.treatment,
      quadrant: a.quadrant,
      abcClass: a.abcClass,
      coverage: a.coverage,
      incomplete: a.incomplete,
      scores: a.scores,
      revenue: a.revenue,
      margin: a.margin,
      lifecycleStage: a.lifecycleStage,
      explanation: explain(a, profile),
      ...(lines ? { line: lines[a.index] } : {}),
      ...(change ? { compareRank: change.compareRank, rankChange: change.rankChange } : {}),
    };
  });
  const summary: RankSummary = {
    ...summarise(portfolio),
    lossMakers: lossMakers(portfolio),
    ...(comparison && compare
      ? { compareProfile: compare.key, risingStars: comparison.risingStars, fallers: comparison.fallers }
      : {}),
  };
  return {
    result: { profile: { key: profile.key, name: profile.name }, accounts, summary },
    inputsByRank: portfolio.accounts.map((a) => inputs[a.index]),
  };
}
