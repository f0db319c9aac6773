import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import { scorePortfolio } from '../../src/core/portfolio/portfolio.js';
import { computedRecord, COMPUTED_FIELDS } from '../../src/org/sync/computed-values.js';
import { ACCOUNT_COMPUTED as C, VALUE_ASSESSMENT as V } from '../../src/schema/fields.js';
import { assessmentRecord } from '../../src/org/history/history.js';
import { planSync, topMovers, type SyncPlan } from '../../src/org/sync/plan-changes.js';
import { PortfolioCollector, type OrgAccount } from '../../src/org/sync/portfolio-collector.js';
import { placeRecord } from '../../src/org/sync/portfolio-place.js';
import { sameFigures, snapshotFigures } from '../../src/org/sync/snapshot.js';
import {
  accountFields,
  fakeAccountId,
  profitabilityFields,
  type AccountSeed,
  type FiguresSeed,
} from '../helpers/org-rows.js';

const CURRENT = builtInProfile('current')!;
const FUTURE = builtInProfile('future')!;

type Seed = AccountSeed & {
  figures?: FiguresSeed[];
  held?: Record<string, unknown>;
  assessment?: Record<string, unknown>;
};

const SEEDS: Seed[] = [
  {
    name: 'Aalto',
    loyalty: 5,
    potential: 4,
    reference: 4,
    learning: 3,
    figures: [{ revenue: 90_000, directCosts: 40_000 }],
  },
  {
    name: 'Berg',
    loyalty: 3,
    potential: 5,
    reference: 2,
    learning: 5,
    figures: [{ revenue: 20_000, directCosts: 15_000 }],
  },
  {
    name: 'Cedar',
    loyalty: 2,
    potential: 1,
    reference: 1,
    learning: 1,
    figures: [{ revenue: 5000, directCosts: 7000 }],
  },
  { name: 'Dahl', loyalty: 4, potential: 3, reference: 3, learning: 2, commitment: 4, binding: 2 },
  { name: 'Eko', figures: [{ revenue: 50_000, directCosts: 10_000, serviceCosts: 5000 }] },
];

/** Rows as a REST query with child sub-queries returns them, through the collector. */
function collect(seeds: readonly Seed[], mode: 'rest' | 'bulk' = 'rest'): ReturnType<PortfolioCollector['finish']> {
  const collector = new PortfolioCollector();
  seeds.forEach((seed, i) => {
    const id = fakeAccountId(i + 1);
    const row: Record<string, unknown> = { Id: id, ...accountFields(seed), ...(seed.held ?? {}) };
    const figureRows = (seed.figures ?? []).map((f) => profitabilityFields(id, f));
    const assessmentRows = seed.assessment ? [{ [V.account]: id, ...seed.assessment }] : [];
    if (mode === 'bulk') {
      // Bulk API 2.0 CSV: every value a string, blank for null.
      const asText = (r: Record<string, unknown>): Record<string, string> =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
      collector.addAccount(asText(row));
      figureRows.forEach((r) => collector.addProfitability(asText(r)));
      assessmentRows.forEach((r) => collector.addAssessment(asText(r)));
    } else {
      collector.addAccount(row);
      figureRows.forEach((r) => collector.addProfitability(r, id));
      assessmentRows.forEach((r) => collector.addAssessment(r, id));
    }
  });
  return collector.finish();
}

/** The seeds as they are after a sync that wrote `plan`: records hold its values and its assessments. */
function afterSync(seeds: readonly Seed[], plan: SyncPlan): Seed[] {
  const written = new Map(
    plan.changes.map((c) => [c.id, { ...computedRecord(c.values, '2025-01-01T00:00:00Z'), ...placeRecord(c.place) }])
  );
  const assessed = new Map(
    plan.history.map((h) => [h.accountId, assessmentRecord(h.accountId, h.values, '2025-01-01T00:00:00Z')])
  );
  return seeds.map((seed, i) => {
    const id = fakeAccountId(i + 1);
    return {
      ...seed,
      held: written.get(id) ?? seed.held,
      assessment: assessed.get(id) ?? seed.assessment,
    };
  });
}

describe('planning a sync on plain data', () => {
  it('writes every account the first time, with the values the core computes', () => {
    const { accounts, issues } = collect(SEEDS);
    expect(issues).toEqual([]);
    const plan = planSync(accounts, CURRENT);
    expect(plan.changes).toHaveLength(SEEDS.length);
    expect(plan.unchanged).toBe(0);
    const core = scorePortfolio(
      accounts.map((a) => a.input),
      CURRENT
    );
    for (const ranked of core.accounts) {
      const change = plan.changes.find((c) => c.name === ranked.name)!;
      expect(change.values.rank).toBe(ranked.rank);
      expect(change.values.weightedScore).toBe(ranked.score);
      expect(change.values.tier).toBe(ranked.tier);
      expect(change.values.coverage).toBeCloseTo(ranked.coverage * 100, 6);
      expect(change.values.scoringProfile).toBe('current');
    }
    expect(plan.changes.find((c) => c.name === 'Aalto')!.values.period).toBe('2025');
    expect(plan.changes.find((c) => c.name === 'Dahl')!.values.period).toBeNull();
    expect(plan.history.map((h) => h.name).sort()).toEqual(SEEDS.map((s) => s.name).sort());
    expect(plan.summary.accounts).toBe(SEEDS.length);
  });

  it('plans nothing when the records already hold what would be written', () => {
    const first = planSync(collect(SEEDS).accounts, CURRENT);
    const second = planSync(collect(afterSync(SEEDS, first)).accounts, CURRENT);
    expect(second.changes).toEqual([]);
    expect(second.history).toEqual([]);
    expect(second.unchanged).toBe(SEEDS.length);
    expect(second.movers).toEqual([]);
  });

  it('reads Bulk API CSV rows (all text) to the same plan as REST rows', () => {
    const rest = planSync(collect(SEEDS, 'rest').accounts, CURRENT);
    const bulk = planSync(collect(SEEDS, 'bulk').accounts, CURRENT);
    expect(bulk.changes).toEqual(rest.changes);
    const synced = afterSync(SEEDS, rest);
    expect(planSync(collect(synced, 'bulk').accounts, CURRENT).changes).toEqual([]);
    expect(planSync(collect(synced, 'bulk').accounts, CURRENT).history).toEqual([]);
  });

  it('writes the accounts a person re-assessed, and a history row only for those whose scores moved', () => {
    const synced = afterSync(SEEDS, planSync(collect(SEEDS).accounts, CURRENT));
    // Cedar's potential weighs 10 %: its weighted score changes; Eko's contact weighs 0: only the
    // history (the contact score in effect) changes, the account's computed values do not.
    const edited = synced.map((s) =>
      s.name === 'Cedar' ? { ...s, potential: 5 } : s.name === 'Eko' ? { ...s, contact: 4 } : s
    );
    const plan = planSync(collect(edited).accounts, CURRENT);
    expect(plan.changes.map((c) => c.name)).toContain('Cedar');
    expect(plan.changes.map((c) => c.name)).not.toContain('Eko');
    expect(plan.history.map((h) => h.name).sort()).toEqual(['Cedar', 'Eko']);
  });

  it('takes the latest period of profitability (periods sort as text)', () => {
    const seeds: Seed[] = [
      {
        name: 'Periodic',
        loyalty: 3,
        figures: [
          { period: '2024', revenue: 1000, directCosts: 100 },
          { period: '2025-Q2', revenue: 3000, directCosts: 300 },
          { period: '2025-Q1', revenue: 2000, directCosts: 200 },
        ],
      },
    ];
    for (const mode of ['rest', 'bulk'] as const) {
      const { accounts } = collect(seeds, mode);
      expect(accounts[0].period).toBe('2025-Q2');
      expect(accounts[0].input.revenue).toBe(3000);
      const change = planSync(accounts, CURRENT).changes[0];
      expect(change.values.revenue).toBe(3000);
      expect(change.values.customerMargin).toBe(2700);
    }
  });

  it('re-writes everything when the profile changes', () => {
    const synced = afterSync(SEEDS, planSync(collect(SEEDS).accounts, CURRENT));
    const plan = planSync(collect(synced).accounts, FUTURE);
    expect(plan.changes).toHaveLength(SEEDS.length);
    expect(plan.changes.every((c) => c.values.scoringProfile === 'future')).toBe(true);
    expect(plan.history.every((h) => h.values.profileKey === 'future')).toBe(true);
  });

  it('drops and reports values the method cannot use instead of guessing', () => {
    const seeds: Seed[] = [
      { name: 'Odd', loyalty: 7, potential: 3, figures: [{ revenue: 100, directCosts: -5 }], stage: 'Dormant' },
      { name: 'Fine', loyalty: 3 },
    ];
    const { accounts, issues } = collect(seeds);
    expect(issues.map((i) => [i.name, i.field]).sort()).toEqual([
      ['Odd', 'CVP_Direct_Costs__c'],
      ['Odd', 'CVP_Lifecycle_Stage__c'],
      ['Odd', 'CVP_Loyalty_Score__c'],
    ]);
    const odd = accounts[0].input;
    expect(odd.scores.loyalty).toBeUndefined();
    expect(odd.scores.potential).toBe(3);
    expect(odd.directCosts).toBeUndefined();
    expect(odd.revenue).toBe(100);
  });

  it('writes only computed fields', () => {
    const plan = planSync(collect(SEEDS).accounts, CURRENT);
    for (const change of plan.changes) {
      const record = computedRecord(change.values, '2025-01-01T00:00:00Z');
      expect(Object.keys(record).sort()).toEqual([...COMPUTED_FIELDS].sort());
      expect(Object.keys(record).sort()).toEqual(Object.values(C).sort());
    }
  });

  it('lists tier moves before rank moves in the movers', () => {
    const base = {
      id: 'x',
      name: 'x',
      rank: 1,
      previousRank: 1,
      rankChange: 0,
      tier: 'develop',
      previousTier: 'develop',
    };
    const movers = topMovers(
      [
        { ...base, name: 'rank only', rank: 2, previousRank: 40, rankChange: 38 },
        { ...base, name: 'one tier', rank: 3, previousRank: 4, rankChange: 1, previousTier: 'maintain' },
        {
          ...base,
          name: 'two tiers',
          rank: 9,
          previousRank: 8,
          rankChange: -1,
          tier: 'keyAccount',
          previousTier: 'maintain',
        },
        { ...base, name: 'new', rank: 5, previousRank: null, rankChange: null },
      ],
      3
    );
    expect(movers.map((m) => m.name)).toEqual(['two tiers', 'one tier', 'rank only']);
  });

  it('compares a snapshot with the latest one stored', () => {
    const plan = planSync(collect(SEEDS).accounts, CURRENT);
    const figures = snapshotFigures(plan.summary, 'current');
    expect(sameFigures(figures, figures)).toBe(true);
    expect(sameFigures(undefined, figures)).toBe(false);
    const other = snapshotFigures(planSync(collect(SEEDS.slice(1)).accounts, CURRENT).summary, 'current');
    expect(sameFigures(other, figures)).toBe(false);
    const textual = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v === null ? null : String(v)]));
    expect(sameFigures(textual, figures)).toBe(true);
  });

  it('keeps only compact data per account', () => {
    const { accounts } = collect(SEEDS);
    const keys = (a: OrgAccount): string[] => Object.keys(a).sort();
    expect(keys(accounts[0])).toEqual([
      'held',
      'heldPlace',
      'input',
      'lastAssessedAt',
      'lastAssessment',
      'period',
      'previousMargin',
      'previousQuadrant',
      'previousRank',
      'previousTier',
      'review',
    ]);
    expect(typeof accounts[0].held).toBe('number');
    // The review: what the record holds as one fingerprint with the creation day, and the latest assessments.
    expect(Object.keys(accounts[0].review!).sort()).toEqual(['held', 'latest', 'manual']);
    expect(Object.keys(accounts[0].review!.held).sort()).toEqual(['createdOn', 'fingerprint', 'values']);
  });
});
