/**
 * Only accounts in the portfolio scope take part in the sync (issue 16): with the default scope that
 * `portfolio setup` creates, prospects, partners and competitors are not read, not written, not in the
 * history and not counted in the snapshot, over REST and over Bulk API 2.0 alike.
 */
import {
  ACCOUNT,
  ACCOUNT_COMPUTED as C,
  SCORING_PROFILE,
  SCORING_PROFILE_SCOPE,
  SNAPSHOT,
  VALUE_ASSESSMENT,
} from '../../src/schema/fields.js';
import { readOrgPortfolio } from '../../src/org/sync/read-portfolio.js';
import { runSync } from '../../src/org/sync/sync.js';
import { loadBuiltInProfiles } from '../helpers/org-admin.js';
import { FAST_SYNC, seedPortfolio, useSfServer, type PortfolioSeed } from '../helpers/org-server.js';

const scored = { loyalty: 4, potential: 3, reference: 3, learning: 2, commitment: 3, binding: 3 };
const figures = [{ revenue: 40_000, directCosts: 20_000 }];

const SEEDS: PortfolioSeed[] = [
  { name: 'Customer A', type: 'Customer - Direct', ...scored, figures },
  { name: 'Customer B', type: 'Customer - Channel', ...scored, loyalty: 2, figures },
  { name: 'No Type C', ...scored, potential: 5, figures },
  { name: 'Prospect D', type: 'Prospect', ...scored, loyalty: 5, figures },
  { name: 'Partner E', type: 'Partner', ...scored, figures },
  { name: 'Competitor F', type: 'Competitor', ...scored, figures },
];
const IN_SCOPE = ['Customer A', 'Customer B', 'No Type C'];

describe('the portfolio scope in the sync', () => {
  const sf = useSfServer();

  const byName = (name: string): Record<string, unknown> => sf.server.store.all(ACCOUNT).find((a) => a.Name === name)!;

  it.each(['rest', 'bulk'] as const)('over %s, leaves accounts of excluded Types alone', async (api) => {
    loadBuiltInProfiles(sf.server);
    seedPortfolio(sf.server, SEEDS);
    const result = await runSync(sf.client(), { dryRun: false, api, ...FAST_SYNC });
    expect(result.accounts).toBe(3);
    expect(result.failed).toBe(0);
    for (const name of IN_SCOPE) expect(byName(name)[C.rank]).not.toBeNull();
    for (const name of ['Prospect D', 'Partner E', 'Competitor F']) {
      expect(byName(name)[C.rank] ?? null).toBeNull();
      expect(byName(name)[C.tier] ?? null).toBeNull();
    }
    const ranks = IN_SCOPE.map((name) => byName(name)[C.rank]).sort();
    expect(ranks).toEqual([1, 2, 3]);
    const assessed = new Set(sf.server.store.all(VALUE_ASSESSMENT.object).map((r) => r[VALUE_ASSESSMENT.account]));
    expect([...assessed].map((id) => sf.server.store.all(ACCOUNT).find((a) => a.Id === id)!.Name).sort()).toEqual(
      IN_SCOPE
    );
    const [snapshot] = sf.server.store.all(SNAPSHOT.object);
    expect(snapshot[SNAPSHOT.accounts]).toBe(3);
  });

  it('reads every account when the org has no default profile', async () => {
    seedPortfolio(sf.server, SEEDS);
    const read = await readOrgPortfolio(sf.client(), { api: 'rest', forSync: false });
    expect(read.accounts).toHaveLength(SEEDS.length);
    expect(read.scope).toEqual({ includedTypes: [], excludedTypes: [] });
  });

  it('follows the Types an admin puts on the default profile', async () => {
    loadBuiltInProfiles(sf.server);
    const [profile] = sf.server.store.all(SCORING_PROFILE.object);
    sf.server.store.update(SCORING_PROFILE.object, String(profile.Id), {
      [SCORING_PROFILE_SCOPE.includedTypes]: 'Customer - Direct; Prospect',
      [SCORING_PROFILE_SCOPE.excludedTypes]: null,
    });
    seedPortfolio(sf.server, SEEDS);
    const reads = await Promise.all(
      (['rest', 'bulk'] as const).map((api) => readOrgPortfolio(sf.client(), { api, forSync: true, ...FAST_SYNC }))
    );
    for (const read of reads)
      expect(read.accounts.map((a) => a.input.name).sort()).toEqual(['Customer A', 'Prospect D']);
  });
});
