/**
 * Loading the bundled sample into an org (scripts/org/load-sample.js) against the local server: the
 * sheet's "Assessed At" days become each account's Manual assessment, once however often it is run, and
 * the first sync then finds the same accounts due for review as `portfolio rank` finds in the sheet.
 */
import { readPortfolio } from '../../src/io/index.js';
import { builtInProfile, DEFAULT_PROFILE_KEY } from '../../src/core/index.js';
import { buildRankResult } from '../../src/rank/result.js';
import { reviewRanking } from '../../src/rank/review-due.js';
import { runSync } from '../../src/org/sync/sync.js';
import { ACCOUNT, ACCOUNT_REVIEW as R, VALUE_ASSESSMENT as V } from '../../src/schema/fields.js';
// @ts-expect-error a plain JavaScript script (it runs from a fresh checkout after a build), typed by its use here
import { loadSample } from '../../scripts/org/load-sample.js';
import { FAST_SYNC, useSfServer } from '../helpers/org-server.js';
import { repoPath } from '../helpers/paths.js';

const SAMPLE = repoPath('config', 'sample-portfolio.csv');
const TODAY = '2026-12-03';
const quiet = (): void => undefined;

describe('scripts/org/load-sample.js', () => {
  const sf = useSfServer();
  const load = (): Promise<void> =>
    (loadSample as (c: unknown, o: object, log: () => void) => Promise<void>)(
      sf.connection(),
      { file: SAMPLE, period: '2026', profilesOnly: false },
      quiet
    );
  const manual = (): Array<Record<string, unknown>> =>
    sf.server.store.all(V.object).filter((r) => r[V.source] === 'Manual');

  it("records each account's assessed-on day as a Manual assessment, and none twice", async () => {
    await load();
    const rows = manual();
    // 48 accounts, two never assessed.
    expect(rows).toHaveLength(46);
    const byName = new Map(sf.server.store.all(ACCOUNT).map((a) => [a.Id, a.Name]));
    const pohjola = rows.find((r) => byName.get(r[V.account] as string) === 'Pohjolan Teräs Oy');
    expect(pohjola).toMatchObject({ [V.profileKey]: 'current', [V.tier]: 'keyAccount', [V.weightedScore]: 4.6 });
    expect(String(pohjola![V.assessedAt])).toMatch(/^2026-09-15T09:00:00/);
    await load();
    expect(manual()).toHaveLength(46);
  });

  it('makes the first sync find the accounts due that `portfolio rank` finds in the sheet', async () => {
    await load();
    const sync = await runSync(sf.client(), {
      dryRun: false,
      api: 'rest',
      ...FAST_SYNC,
      now: () => new Date(`${TODAY}T12:00:00Z`),
    });
    const read = await readPortfolio(SAMPLE);
    if (!read.ok) throw new Error('the sample does not read');
    const profile = builtInProfile(DEFAULT_PROFILE_KEY)!;
    const ranked = buildRankResult(read.accounts, profile, undefined, read.lines);
    const cellsByRank = ranked.indexByRank.map((index) => read.cells[index]);
    const offline = reviewRanking(ranked.result, read.columns, cellsByRank, profile, TODAY, 48);
    expect(offline?.review.due).toBe(9);
    expect(sync.review.due).toBe(offline?.review.due);
    expect(sync.review.dueAccounts.map((a) => a.name).sort()).toEqual(
      offline?.review.dueAccounts.map((a) => a.name).sort()
    );
    const pohjola = sf.server.store.all(ACCOUNT).find((a) => a.Name === 'Pohjolan Teräs Oy')!;
    expect(String(pohjola[R.lastAssessedAt])).toMatch(/^2026-09-15T09:00:00/);
    expect(pohjola[R.reviewDueOn]).toBe('2027-03-15');
  });
});
