import {
  compareProfiles,
  explain,
  lossMakers,
  scorePortfolio,
  summarise,
  type Account,
  type Explanation,
  type FigureContext,
  type LossMaker,
  type PortfolioSummary,
  type Profile,
  type RankChange,
  type RankedAccount,
  type ScoreVector,
} from '../core/index.js';
import { startPhase, type ProgressListener } from '../io/index.js';

/** One account in the --json result of `portfolio rank`. */
export type RankedAccountResult = {
  name: string;
  id?: string;
  /** The account's owner as the sheet names it; kept so a --json result loses nothing the sheet said. */
  owner?: string;
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
  /** The index in `inputs` of the account ranked r + 1, at r: for the rows an export repeats. */
  indexByRank: number[];
};

/**
 * An account of the result whose explanation is worked out when it is read, each time, instead of
 * being stored. Kept for 200,000 accounts the explanations took 180 MB and 1.2 s (README, spreadsheet
 * benchmark), yet a table reads none of them and a CSV or workbook export reads each once (for its
 * "Next Tier Lift"); the --json output reads them all, through toJSON. explain() is pure, so every
 * read gives an equal explanation.
 */
class ResultAccount implements RankedAccountResult {
  // Set by Object.assign in the constructor, so that absent optional fields stay absent.
  declare public name: string;
  declare public id?: string;
  declare public owner?: string;
  declare public rank: number;
  declare public score: number | null;
  declare public tier: RankedAccount['tier'];
  declare public treatment: RankedAccount['treatment'];
  declare public quadrant: RankedAccount['quadrant'];
  declare public abcClass: RankedAccount['abcClass'];
  declare public coverage: number;
  declare public incomplete: boolean;
  declare public scores: ScoreVector;
  declare public revenue: number | null;
  declare public margin: number | null;
  declare public lifecycleStage: RankedAccount['lifecycleStage'];
  declare public line?: number;
  declare public compareRank?: number;
  declare public rankChange?: number;
  readonly #scored: RankedAccount;
  readonly #profile: Profile;
  readonly #figures: FigureContext;

  public constructor(
    fields: Omit<RankedAccountResult, 'explanation'>,
    scored: RankedAccount,
    profile: Profile,
    figures: FigureContext
  ) {
    Object.assign(this, fields);
    this.#scored = scored;
    this.#profile = profile;
    this.#figures = figures;
  }

  public get explanation(): Explanation {
    return explain(this.#scored, this.#profile, this.#figures);
  }

  /** The --json shape: the explanation in its place after the scores, then line and comparison. */
  public toJSON(): RankedAccountResult {
    const { line, compareRank, rankChange, ...fields } = this;
    return {
      ...fields,
      explanation: this.explanation,
      ...(line === undefined ? {} : { line }),
      ...(compareRank === undefined ? {} : { compareRank, rankChange }),
    };
  }
}

/** Everything `portfolio rank` reports, computed with src/core only. */
export function buildRankResult(
  inputs: readonly Account[],
  profile: Profile,
  compare?: Profile,
  lines?: readonly number[],
  onProgress?: ProgressListener
): RankOutcome {
  const progress = startPhase(onProgress, 'score', inputs.length);
  const comparison = compare ? compareProfiles(inputs, profile, compare) : undefined;
  const portfolio = comparison?.base ?? scorePortfolio(inputs, profile);
  const changeOf = new Map<number, RankChange>(comparison?.changes.map((c) => [c.index, c]) ?? []);
  const accounts = portfolio.accounts.map((a, done): RankedAccountResult => {
    progress.tick(done);
    const change = changeOf.get(a.index);
    // Assigned one by one rather than spread: this runs once per account.
    const fields: Omit<RankedAccountResult, 'explanation'> = { name: a.name } as Omit<
      RankedAccountResult,
      'explanation'
    >;
    if (a.id !== undefined) fields.id = a.id;
    const owner = inputs[a.index].owner;
    if (owner !== undefined && owner !== null) fields.owner = owner;
    fields.rank = a.rank;
    fields.score = a.score;
    fields.tier = a.tier;
    fields.treatment = a.treatment;
    fields.quadrant = a.quadrant;
    fields.abcClass = a.abcClass;
    fields.coverage = a.coverage;
    fields.incomplete = a.incomplete;
    fields.scores = a.scores;
    fields.revenue = a.revenue;
    fields.margin = a.margin;
    fields.lifecycleStage = a.lifecycleStage;
    if (lines) fields.line = lines[a.index];
    if (change) {
      fields.compareRank = change.compareRank;
      fields.rankChange = change.rankChange;
    }
    return new ResultAccount(fields, a, profile, portfolio);
  });
  const summary: RankSummary = {
    ...summarise(portfolio),
    lossMakers: lossMakers(portfolio),
    ...(comparison && compare
      ? { compareProfile: compare.key, risingStars: comparison.risingStars, fallers: comparison.fallers }
      : {}),
  };
  progress.end();
  return {
    result: { profile: { key: profile.key, name: profile.name }, accounts, summary },
    inputsByRank: portfolio.accounts.map((a) => inputs[a.index]),
    indexByRank: portfolio.accounts.map((a) => a.index),
  };
}
