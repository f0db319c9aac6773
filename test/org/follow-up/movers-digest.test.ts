import { builtInProfile } from '../../../src/core/profiles/builtin-profiles.js';
import { accountUpdate } from '../../../src/org/sync/portfolio-place.js';
import { moversDigest, type AccountMove, type ReviewDue } from '../../../src/org/follow-up/movers-digest.js';
import { planSync, type SyncPlan } from '../../../src/org/sync/plan-changes.js';
import { PortfolioCollector } from '../../../src/org/sync/portfolio-collector.js';
import { renderDigest } from '../../../src/org/follow-up/digest-text.js';
import { setLanguage } from '../../../src/i18n/index.js';
import {
  accountFields,
  fakeAccountId,
  profitabilityFields,
  type AccountSeed,
  type FiguresSeed,
} from '../../helpers/org-rows.js';

const CURRENT = builtInProfile('current')!;

type Seed = AccountSeed & { figures?: FiguresSeed[]; held?: Record<string, unknown> };

function plan(seeds: readonly Seed[]): SyncPlan {
  const collector = new PortfolioCollector();
  seeds.forEach((seed, i) => {
    const id = fakeAccountId(i + 1);
    collector.addAccount({ Id: id, ...accountFields(seed), ...(seed.held ?? {}) });
    (seed.figures ?? []).forEach((f) => collector.addProfitability(profitabilityFields(id, f), id));
  });
  return planSync(collector.finish().accounts, CURRENT);
}

/** The seeds after a sync that wrote `done`: each record holds what it wrote. */
function afterSync(seeds: readonly Seed[], done: SyncPlan): Seed[] {
  const written = new Map(done.changes.map((c) => [c.id, accountUpdate(c, '2025-01-01T00:00:00Z')]));
  return seeds.map((seed, i) => ({ ...seed, held: written.get(fakeAccountId(i + 1)) ?? seed.held }));
}

const high = { loyalty: 5, potential: 5, reference: 5, learning: 5, contact: 5, emotional: 5 };
const low = { loyalty: 1, potential: 1, reference: 1, learning: 1, contact: 1, emotional: 1 };
const SEEDS: Seed[] = [
  { name: 'Aalto', ...high, figures: [{ revenue: 900_000, directCosts: 300_000 }] },
  { name: 'Berg', ...low, commitment: 1, binding: 1, figures: [{ revenue: 20_000, directCosts: 15_000 }] },
  {
    name: 'Cedar',
    loyalty: 3,
    potential: 3,
    reference: 3,
    learning: 3,
    figures: [{ revenue: 50_000, directCosts: 70_000 }],
  },
  {
    name: 'Dahl',
    loyalty: 3,
    potential: 3,
    reference: 3,
    learning: 3,
    figures: [{ revenue: 60_000, directCosts: 20_000 }],
  },
  { name: 'Eko', ...low, figures: [{ revenue: 8000, directCosts: 2000 }] },
];

const move = (over: Partial<AccountMove>): AccountMove => ({
  id: 'a',
  name: 'a',
  rank: 1,
  previousRank: 1,
  tier: 'develop',
  previousTier: 'develop',
  quadrant: 'ideal',
  previousQuadrant: 'ideal',
  treatment: 'growthPlan',
  margin: 100,
  previousMargin: 100,
  ...over,
});

describe('the movers digest', () => {
  afterEach(() => setLanguage('en'));

  it('has no movers on the first sync, only newly scored accounts, and none on a rerun', () => {
    const first = plan(SEEDS);
    expect(first.moves).toEqual([]);
    expect(first.newlyScored).toBe(SEEDS.length);
    const digest = moversDigest(first.moves, { newlyScored: first.newlyScored });
    expect(digest.counts).toEqual({ up: 0, down: 0, intoLoss: 0, outOfLoss: 0, quadrant: 0, overdue: 0 });
    expect(digest.newlyScored).toBe(5);
    const rerun = plan(afterSync(SEEDS, first));
    expect(rerun.moves).toEqual([]);
    expect(rerun.newlyScored).toBe(0);
  });

  it('lists who moved up, down, into and out of loss and into another quadrant after the last sync', () => {
    const synced = afterSync(SEEDS, plan(SEEDS));
    expect(plan(synced).changes).toEqual([]);
    const last = plan(SEEDS).changes;
    const tierOf = (name: string): string | null => last.find((c) => c.name === name)!.values.tier;
    // Berg's customer values it now; Aalto's relationship collapsed; Cedar's costs fell, Dahl's rose.
    const moved = synced.map((s) => {
      if (s.name === 'Berg') return { ...s, ...high, commitment: 5, binding: 5 };
      if (s.name === 'Aalto') return { ...s, ...low };
      if (s.name === 'Cedar') return { ...s, figures: [{ revenue: 50_000, directCosts: 10_000 }] };
      if (s.name === 'Dahl') return { ...s, figures: [{ revenue: 60_000, directCosts: 90_000 }] };
      return s;
    });
    const next = plan(moved);
    const digest = moversDigest(next.moves);
    const names = (list: readonly AccountMove[]): string[] => list.map((m) => m.name);
    expect(names(digest.up)).toContain('Berg');
    expect(names(digest.down)).toContain('Aalto');
    expect(names(digest.intoLoss)).toEqual(['Dahl']);
    expect(names(digest.outOfLoss)).toEqual(['Cedar']);
    expect(digest.up.find((m) => m.name === 'Berg')!.previousTier).toBe(tierOf('Berg'));
    expect(names(digest.up)).not.toContain('Eko');
    expect(names(digest.quadrant)).toContain('Berg');
    for (const m of digest.quadrant) expect(m.quadrant).not.toBe(m.previousQuadrant);
    expect(digest.counts.up).toBe(digest.up.length);
  });

  it('sorts the biggest moves first and cuts each list at the limit, keeping the count', () => {
    const moves = [
      move({ id: '1', name: 'one step', rank: 2, tier: 'develop', previousTier: 'maintain' }),
      move({ id: '2', name: 'two steps', rank: 9, tier: 'keyAccount', previousTier: 'maintain' }),
      move({ id: '3', name: 'also one', rank: 1, tier: 'maintain', previousTier: 'lean' }),
      move({ id: '4', name: 'deep loss', margin: -5000, previousMargin: 10 }),
      move({ id: '5', name: 'small loss', margin: -5, previousMargin: 0 }),
    ];
    const digest = moversDigest(moves, { limit: 2 });
    expect(digest.up.map((m) => m.name)).toEqual(['two steps', 'also one']);
    expect(digest.counts.up).toBe(3);
    expect(digest.intoLoss.map((m) => m.name)).toEqual(['deep loss', 'small loss']);
    expect(digest.down).toEqual([]);
  });

  it('takes overdue accounts from the review rule, never assessed and longest overdue first', () => {
    const overdue: ReviewDue[] = [
      { id: 'b', name: 'Later', rank: 3, tier: 'develop', dueSince: '2026-10-01' },
      { id: 'a', name: 'Earlier', rank: 7, tier: 'keyAccount', dueSince: '2026-03-15' },
    ];
    const never: ReviewDue = { id: 'c', name: 'Never', rank: null, tier: null, dueSince: null };
    const digest = moversDigest([], { overdue: [...overdue, never], overdueTotal: 40 });
    expect(digest.overdue.map((a) => a.name)).toEqual(['Never', 'Earlier', 'Later']);
    // The review rule names the first few; the count is of every account due.
    expect(digest.counts.overdue).toBe(40);
    const text = renderDigest(digest, { profile: 'Current', scoredAt: '2026-12-03T01:00:00.000Z', dryRun: false });
    expect(text).toContain('## Fell due for review (40)');
    expect(text).toContain('| Never | – | Unscored | never assessed |');
    expect(text).toContain('… and 37 more');
  });

  it('renders Markdown in the run language, with names that cannot break a table', () => {
    const digest = moversDigest(
      [move({ name: 'Pipe | Co\nLtd', tier: 'keyAccount', previousTier: 'develop', margin: -10, previousMargin: 5 })],
      { limit: 1, overdue: [] }
    );
    const header = { profile: 'Current', scoredAt: '2026-12-03T01:00:00.000Z', dryRun: false };
    const english = renderDigest(digest, header);
    expect(english).toContain('## Up a tier (1)');
    expect(english).toContain('## Into loss (1)');
    expect(english).toContain('Pipe \\| Co Ltd');
    expect(english).not.toContain('Overdue');
    setLanguage('fi');
    const finnish = renderDigest(digest, header);
    expect(finnish).toContain('## Ylemmäs asiakkuusluokassa (1)');
    expect(finnish).toContain('## Tappiolle (1)');
    const quiet = renderDigest(moversDigest([]), header);
    expect(quiet).toContain('Yksikään asiakas ei liikkunut');
  });
});
