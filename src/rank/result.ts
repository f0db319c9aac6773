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
import { startPhase, type ProgressListener } from '../io/progress.js';

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

/** What every account of one result reads its fields from, held once rather than per account. */
type ResultSource = {
  profile: Profile;
  inputs: readonly Account[];
  lines: readonly number[] | undefined;
  changeOf: ReadonlyMap<number, RankChange>;
};

/**
 * An account of the result that reads its fields from the scored account and the input when asked,
 * instead of holding copies: at a million accounts the copies were about 200 MB of a run that has to
 * stay under a gigabyte. Its explanation is worked out on each read, not stored (180 MB and 1.2 s at
 * 200,000 accounts, README, spreadsheet benchmark); a table reads none, a CSV or workbook export each
 * once, --json all through toJSON. explain() is pure, so every read gives an equal explanation.
 */
class ResultAccount implements RankedAccountResult {
  readonly #scored: RankedAccount;
  readonly #source: ResultSource;

  public constructor(scored: RankedAccount, source: ResultSource) {
    this.#scored = scored;
    this.#source = source;
  }

  public get name(): string {
    return this.#scored.name;
  }
  public get id(): string | undefined {
    return this.#scored.id;
  }
  public get owner(): string | undefined {
    return this.#source.inputs[this.#scored.index].owner ?? undefined;
  }
  public get rank(): number {
    return this.#scored.rank;
  }
  public get score(): number | null {
    return this.#scored.score;
  }
  public get tier(): RankedAccount['tier'] {
    return this.#scored.tier;
  }
  public get treatment(): RankedAccount['treatment'] {
    return this.#scored.treatment;
  }
  public get quadrant(): RankedAccount['quadrant'] {
    return this.#scored.quadrant;
  }
  public get abcClass(): RankedAccount['abcClass'] {
    return this.#scored.abcClass;
  }
  public get coverage(): number {
    return this.#scored.coverage;
  }
  public get incomplete(): boolean {
    return this.#scored.incomplete;
  }
  public get scores(): ScoreVector {
    return this.#scored.scores;
  }
  public get revenue(): number | null {
    return this.#scored.revenue;
  }
  public get margin(): number | null {
    return this.#scored.margin;
  }
  public get lifecycleStage(): RankedAccount['lifecycleStage'] {
    return this.#scored.lifecycleStage;
  }
  public get line(): number | undefined {
    return this.#source.lines?.[this.#scored.index];
  }
  public get compareRank(): number | undefined {
    return this.#source.changeOf.get(this.#scored.index)?.compareRank;
  }
  public get rankChange(): number | undefined {
    return this.#source.changeOf.get(this.#scored.index)?.rankChange;
  }
  public get explanation(): Explanation {
    return explain(this.#scored, this.#source.profile);
  }

  /** The --json shape, in this order; an absent id, owner, line or comparison is left out. */
  public toJSON(): RankedAccountResult {
    const json = { name: this.name } as RankedAccountResult;
    const { id, owner, line } = this;
    if (id !== undefined) json.id = id;
    if (owner !== undefined) json.owner = owner;
    json.rank = this.rank;
    json.score = this.score;
    json.tier = this.tier;
    json.treatment = this.treatment;
    json.quadrant = this.quadrant;
    json.abcClass = this.abcClass;
    json.coverage = this.coverage;
    json.incomplete = this.incomplete;
    json.scores = this.scores;
    json.revenue = this.revenue;
    json.margin = this.margin;
    json.lifecycleStage = this.lifecycleStage;
    json.explanation = this.explanation;
    if (line !== undefined) json.line = line;
    const change = this.#source.changeOf.get(this.#scored.index);
    if (change) {
      json.compareRank = change.compareRank;
      json.rankChange = change.rankChange;
    }
    return json;
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
  const source: ResultSource = {
    profile,
    inputs,
    lines,
    changeOf: new Map<number, RankChange>(comparison?.changes.map((c) => [c.index, c]) ?? []),
  };
  const accounts = portfolio.accounts.map((a, done): RankedAccountResult => {
    progress.tick(done);
    return new ResultAccount(a, source);
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
