import {
  abcClassAt,
  compareProfiles,
  coverageAt,
  effectiveScoresAt,
  explain,
  incompleteAt,
  liftOf,
  lossMakers,
  marginAt,
  quadrantAt,
  rankColumns,
  rankedAccountAt,
  scoreAt,
  sourceAt,
  summarise,
  tierAt,
  treatmentAt,
  type Account,
  type DimensionKey,
  type Explanation,
  type ExplainedAccount,
  type Lift,
  type LossMaker,
  type PortfolioSummary,
  type Profile,
  type RankChange,
  type RankedAccount,
  type ScoreVector,
  type ScoredColumns,
} from '../core/index.js';
import { startPhase, type ProgressSink } from '../io/index.js';
import type { RankReview } from './review-due.js';

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

/** A profile as a result names it: its key, its name, and its Finnish name when it has one. */
export type ProfileName = { key: string; name: string; nameFi?: string };

/** A loss-maker of the result: named by its id (when the input has one), not by its place in the input. */
export type RankLossMaker = Omit<LossMaker, 'index'> & { id?: string };
/** A rising star or faller of the result, likewise. */
export type RankMover = Omit<RankChange, 'index'> & { id?: string };

export type RankSummary = PortfolioSummary & {
  lossMakers: RankLossMaker[];
  /** The compared profile, named as the base one is (`profile`). */
  compareProfile?: ProfileName;
  risingStars?: RankMover[];
  fallers?: RankMover[];
  /** With an assessed-on column: the accounts due for review (src/rank/review-due.ts). */
  review?: RankReview;
};

const profileName = (p: Profile): ProfileName =>
  p.nameFi === undefined ? { key: p.key, name: p.name } : { key: p.key, name: p.name, nameFi: p.nameFi };

/** The entry without the input position the core works with: that index means nothing outside this run. */
function withId<T extends { index: number }>(entry: T, inputs: readonly Account[]): Omit<T, 'index'> & { id?: string } {
  const { index, ...rest } = entry;
  const id = inputs[index].id;
  return id === undefined ? rest : { ...rest, id };
}

export type RankResult = {
  profile: ProfileName;
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
  scored: ScoredColumns;
  lines: readonly number[] | undefined;
  changeOf: ReadonlyMap<number, RankChange>;
};

/**
 * An account of the result that reads its fields from the ranking's columns (src/core/ranking/ranked-columns.ts)
 * and the input when asked, holding only where to look: at a million accounts an object per account
 * with every field (and the scored account behind it) was about half a gigabyte of a run that has to
 * stay under one. Its explanation is worked out on each read, not stored (180 MB and 1.2 s at 200,000
 * accounts, README, spreadsheet benchmark); a table reads none, a CSV or workbook export each once,
 * --json all through toJSON. Every field is a pure function of the columns, so every read is equal.
 */
class ResultAccount implements RankedAccountResult {
  readonly #source: ResultSource;
  /** The account's index in the input. */
  readonly #index: number;
  readonly #rank: number;

  public constructor(source: ResultSource, index: number, rank: number) {
    this.#source = source;
    this.#index = index;
    this.#rank = rank;
  }

  public get name(): string {
    return this.#source.inputs[this.#index].name;
  }
  public get id(): string | undefined {
    return this.#source.inputs[this.#index].id;
  }
  public get owner(): string | undefined {
    return this.#source.inputs[this.#index].owner ?? undefined;
  }
  public get rank(): number {
    return this.#rank;
  }
  public get score(): number | null {
    return scoreAt(this.#source.scored, this.#index);
  }
  public get tier(): RankedAccount['tier'] {
    return tierAt(this.#source.scored, this.#index);
  }
  public get treatment(): RankedAccount['treatment'] {
    return treatmentAt(this.#source.scored, this.#index);
  }
  public get quadrant(): RankedAccount['quadrant'] {
    return quadrantAt(this.#source.scored, this.#index);
  }
  public get abcClass(): RankedAccount['abcClass'] {
    return abcClassAt(this.#source.scored, this.#index);
  }
  public get coverage(): number {
    return coverageAt(this.#source.scored, this.#index);
  }
  public get incomplete(): boolean {
    return incompleteAt(this.#source.scored, this.#index);
  }
  public get scores(): ScoreVector {
    return effectiveScoresAt(this.#source.inputs[this.#index], this.#source.scored, this.#index);
  }
  public get revenue(): number | null {
    return this.#source.inputs[this.#index].revenue ?? null;
  }
  public get margin(): number | null {
    return marginAt(this.#source.scored, this.#index);
  }
  public get lifecycleStage(): RankedAccount['lifecycleStage'] {
    return this.#source.inputs[this.#index].lifecycleStage ?? null;
  }
  public get line(): number | undefined {
    return this.#source.lines?.[this.#index];
  }
  public get compareRank(): number | undefined {
    return this.#source.changeOf.get(this.#index)?.compareRank;
  }
  public get rankChange(): number | undefined {
    return this.#source.changeOf.get(this.#index)?.rankChange;
  }
  public get explanation(): Explanation {
    const { inputs, scored, profile } = this.#source;
    return explain(rankedAccountAt(inputs, scored, this.#index, this.#rank), profile, scored);
  }

  /**
   * explanation.lift, without the rest of the explanation: what an export's row shows of it. The
   * account is given with only what liftOf reads (ExplainedAccount), not as a whole ranked account.
   */
  public get lift(): Lift | null {
    return this.liftWith(this.scores);
  }

  /**
   * The score entered for the dimension at `d` in DIMENSIONS, null for none: from the ranking's
   * columns, which hold the input's entered scores (NaN for none), not from the input's score object,
   * whose keys differ row to row (a blank cell leaves its key out), so that each read by name took
   * V8's slowest property lookup.
   */
  public enteredScore(d: number): number | null {
    const entered = this.#source.scored.columns.scores[d][this.#index];
    return entered === entered ? entered : null;
  }

  /** The lift from the account's scores (`scores`) already read: an export's row reads them once for both. */
  public liftWith(scores: ScoreVector): Lift | null {
    const { inputs, scored, profile } = this.#source;
    const i = this.#index;
    const input = inputs[i];
    const account: ExplainedAccount = {
      scores,
      tier: tierAt(scored, i),
      treatment: treatmentAt(scored, i),
      margin: marginAt(scored, i),
      revenue: input.revenue ?? null,
      volumeSource: sourceAt(scored, 'volume', i),
      profitabilitySource: sourceAt(scored, 'profitability', i),
    };
    return liftOf(account, profile, scored);
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
    const change = this.#source.changeOf.get(this.#index);
    if (change) {
      json.compareRank = change.compareRank;
      json.rankChange = change.rankChange;
    }
    return json;
  }
}

/**
 * What an export of a result built here reads instead of its accounts' fields: the ranking's columns,
 * the profile, the inputs and the comparison, by input index (scored.order gives rank order). Kept
 * beside the result, not in it, so the --json result is what it was.
 */
export type ResultColumns = Readonly<ResultSource>;
const columnsOfResult = new WeakMap<RankResult, ResultColumns>();
const accountsOfResult = new WeakMap<RankResult, RankedAccountResult[]>();

/** The columns a result of buildRankResult was read from; undefined for a result made otherwise. */
export const resultColumns = (result: RankResult): ResultColumns | undefined => {
  const columns = columnsOfResult.get(result);
  // Accounts made (they are made when first read) and then added to or taken from are no longer the columns'.
  const made = accountsOfResult.get(result);
  return columns && (made === undefined || made.length === columns.scored.order.length) ? columns : undefined;
};

/** How many accounts a result ranks, without making the accounts of one built here. */
export const accountCount = (result: RankResult): number =>
  resultColumns(result)?.scored.order.length ?? result.accounts.length;

/** Everything `portfolio rank` reports, computed with src/core only. */
export function buildRankResult(
  inputs: readonly Account[],
  profile: Profile,
  compare?: Profile,
  lines?: readonly number[],
  sink?: ProgressSink<'score'>
): RankOutcome {
  const progress = startPhase(sink, 'score', inputs.length);
  const comparison = compare ? compareProfiles(inputs, profile, compare) : undefined;
  // Without a comparison no object per account is made (rankColumns); compareProfiles makes them.
  const portfolio = comparison?.base ?? rankColumns(inputs, profile);
  const { scored } = portfolio;
  const source: ResultSource = {
    profile,
    inputs,
    scored,
    lines,
    changeOf: new Map<number, RankChange>(comparison?.changes.map((c) => [c.index, c]) ?? []),
  };
  const { order } = scored;
  const inputsByRank = new Array<Account>(order.length);
  const indexByRank = new Array<number>(order.length);
  for (let r = 0; r < order.length; r++) {
    progress.tick(r);
    inputsByRank[r] = inputs[order[r]];
    indexByRank[r] = order[r];
  }
  const summary: RankSummary = {
    ...summarise(portfolio),
    lossMakers: lossMakers(portfolio).map((m) => withId(m, inputs)),
    ...(comparison && compare
      ? {
          compareProfile: profileName(compare),
          risingStars: comparison.risingStars.map((c) => withId(c, inputs)),
          fallers: comparison.fallers.map((c) => withId(c, inputs)),
        }
      : {}),
  };
  progress.end();
  // The accounts are made when first read. A CSV export reads the columns and never does: at 200,000
  // accounts they were 14 MB made, kept and copied by the collector for nothing (docs/performance.md).
  const result: RankResult = {
    profile: profileName(profile),
    get accounts(): RankedAccountResult[] {
      let accounts = accountsOfResult.get(result);
      if (!accounts) {
        accounts = Array.from(order, (index, r) => new ResultAccount(source, index, r + 1));
        accountsOfResult.set(result, accounts);
      }
      return accounts;
    },
    summary,
  };
  columnsOfResult.set(result, source);
  return {
    result,
    inputsByRank,
    indexByRank,
  };
}

/**
 * The score entered for `dimension` (at `d` in DIMENSIONS) of a result account whose input is `input`:
 * from the ranking's columns for an account of this module, else from the input.
 */
export const enteredScore = (
  account: RankedAccountResult,
  input: Account,
  dimension: DimensionKey,
  d: number
): number | null =>
  account instanceof ResultAccount ? account.enteredScore(d) : (input.scores[dimension] ?? null);

/**
 * The account's next-tier lift: read alone from a result account (from `scores`, its scores, when the
 * caller has already read them), else from its explanation.
 */
export const nextTierLift = (account: RankedAccountResult, scores?: ScoreVector): Lift | null =>
  account instanceof ResultAccount
    ? scores
      ? account.liftWith(scores)
      : account.lift
    : account.explanation.lift;
