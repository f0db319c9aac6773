/**
 * The analyses over every account in scope, stored by the sync (src/org/sync/portfolio-place.ts):
 * each account's place on the whale curve, loss cause and comparison rank, and the snapshot's thinned
 * curve. Checked against the core on the same inputs, through the queries the components page with.
 */
import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import { compareProfiles } from '../../src/core/profiles/compare.js';
import { curvePlaces } from '../../src/core/profitability/curve-places.js';
import { lossMakers } from '../../src/core/profitability/loss-makers.js';
import { primaryCause, LOSS_CAUSES } from '../../src/core/profitability/loss-causes.js';
import { parseStoredWhaleCurve } from '../../src/core/profitability/whale-thinning.js';
import {
  ACCOUNT,
  ACCOUNT_COMPUTED as C,
  ACCOUNT_PLACE as P,
  SCORING_PROFILE,
  SNAPSHOT,
  SNAPSHOT_WHOLE as W,
} from '../../src/schema/fields.js';
import { profileToRecord } from '../../src/org/profiles/profile-records.js';
import { queryAll } from '../../src/org/api/rest-query.js';
import { readOrgPortfolio } from '../../src/org/sync/read-portfolio.js';
import { runSync, type SyncOptions } from '../../src/org/sync/sync.js';
import type { OrgClient } from '../../src/org/api/client.js';
import {
  FAST_SYNC,
  seedPortfolio,
  syntheticSeeds,
  useSfServer,
  writeCalls,
  type PortfolioSeed,
} from '../helpers/org-server.js';

const CURRENT = builtInProfile('current')!;
const FUTURE = builtInProfile('future')!;

/** 600 ordinary accounts, then loss-makers with no assessment at all: they rank last. */
function portfolioWithLossTail(): PortfolioSeed[] {
  const tail: PortfolioSeed[] = Array.from({ length: 12 }, (_, i) => ({
    name: `Loss ${String(i).padStart(2, '0')}`,
    figures: [
      { period: '2025', revenue: 1000 + i * 100, directCosts: 1500 + i * 300, serviceCosts: i % 3 === 0 ? 900 : 0 },
    ],
  }));
  return [...syntheticSeeds(600, 3), ...tail];
}

const sync = (client: OrgClient, options: Partial<SyncOptions> = {}): ReturnType<typeof runSync> =>
  runSync(client, { dryRun: false, api: 'auto', ...FAST_SYNC, ...options });

describe('the sync stores the analyses of the whole portfolio', () => {
  const sf = useSfServer();

  it('writes each account’s place on the curve, loss cause and compare rank, as the core computes them', async () => {
    seedPortfolio(sf.server, portfolioWithLossTail());
    await sync(sf.client());

    const { accounts } = await readOrgPortfolio(sf.client(), { api: 'rest', forSync: false });
    const inputs = accounts.map((a) => a.input);
    const comparison = compareProfiles(inputs, CURRENT, FUTURE);
    const places = curvePlaces(comparison.base.scored);
    for (const change of comparison.changes) {
      const i = change.index;
      const record = sf.server.store.get(ACCOUNT, String(inputs[i].id))!;
      expect(record[C.rank]).toBe(change.rank);
      expect(record[P.compareRank]).toBe(change.compareRank);
      expect(record[P.compareRankChange]).toBe(change.rankChange);
      expect(record[P.lossCause] ?? null).toBe(primaryCause(comparison.base.scored.lossCauses[i]));
      expect(record[P.curveAccountShare]).toBeCloseTo((places.before[i] / places.accounts) * 100, 2);
      expect(record[P.curveMarginShare]).toBeCloseTo(places.marginShare[i] * 100, 2);
    }

    const [snapshot] = sf.server.store.all(SNAPSHOT.object);
    const curve = parseStoredWhaleCurve(String(snapshot[W.whaleCurve]))!;
    expect(curve.accounts).toBe(612);
    expect(curve.points.at(-1)).toEqual([612, 1]);
    expect(snapshot[W.compareProfileKey]).toBe('future');
    const losses = lossMakers(comparison.base);
    expect(snapshot[W.lossTotal]).toBeCloseTo(
      losses.reduce((sum, l) => sum + l.margin, 0),
      2
    );

    // Nothing changed: nothing is written, the snapshot included.
    sf.server.calls.reset();
    const again = await sync(sf.client());
    expect(again).toMatchObject({ changed: 0, written: 0 });
    expect(again.snapshot.reason).toBe('unchanged');
    expect(writeCalls(sf.server)).toBe(0);
  });

  it('lets one paged query list every loss-maker, the last-ranked among them, and the rising stars in order', async () => {
    seedPortfolio(sf.server, portfolioWithLossTail());
    await sync(sf.client());
    const { accounts } = await readOrgPortfolio(sf.client(), { api: 'rest', forSync: false });
    const comparison = compareProfiles(
      accounts.map((a) => a.input),
      CURRENT,
      FUTURE,
      20
    );

    const lossRows = await queryAll(
      sf.client(),
      `SELECT Name, ${C.rank}, ${P.lossCause} FROM ${ACCOUNT} WHERE ${C.customerMargin} < 0 ORDER BY ${C.customerMargin} ASC, Id`
    );
    const losses = lossMakers(comparison.base);
    expect(lossRows.map((r) => r.Name)).toEqual(losses.map((l) => l.name));
    expect(Math.max(...lossRows.map((r) => Number(r[C.rank])))).toBe(accounts.length);
    expect(lossRows.every((r) => (LOSS_CAUSES as readonly unknown[]).includes(r[P.lossCause]))).toBe(true);

    const rising = await queryAll(
      sf.client(),
      `SELECT Name, ${P.compareRankChange}, ${P.compareRank} FROM ${ACCOUNT} WHERE ${P.compareRankChange} > 0 ORDER BY ${P.compareRankChange} DESC, ${P.compareRank} ASC LIMIT 20`
    );
    expect(rising.map((r) => r.Name)).toEqual(comparison.risingStars.map((c) => c.name));
  });

  it('compares with the profile asked for, and moves every compare rank when it changes', async () => {
    seedPortfolio(sf.server, syntheticSeeds(50, 5));
    // The current figures under another key: the ranking profile itself may not be the comparison.
    sf.server.store.insert(SCORING_PROFILE.object, [
      profileToRecord({ ...CURRENT, key: 'mirror', name: 'Mirror' }, { isDefault: false }),
    ]);
    await sync(sf.client());
    const differing = sf.server.store.all(ACCOUNT).filter((r) => r[P.compareRankChange] !== 0).length;
    expect(differing).toBeGreaterThan(40);
    const moved = await sync(sf.client(), { compareProfile: 'mirror' });
    // Compared with the same figures every account keeps its place: the change is 0 everywhere, so exactly the
    // accounts that had moved under "future" are written.
    expect(moved.changed).toBe(differing);
    for (const record of sf.server.store.all(ACCOUNT)) {
      expect(record[P.compareRank]).toBe(record[C.rank]);
      expect(record[P.compareRankChange]).toBe(0);
    }
    expect(sf.server.store.all(SNAPSHOT.object).at(-1)![W.compareProfileKey]).toBe('mirror');
    const again = await sync(sf.client(), { compareProfile: 'mirror' });
    expect(again.changed).toBe(0);
  });
});
