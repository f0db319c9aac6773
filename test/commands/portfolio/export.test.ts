import { readFile } from 'node:fs/promises';
import '../../helpers/jest-realm.js';
import PortfolioExport from '../../../src/commands/portfolio/export.js';
import PortfolioRank from '../../../src/commands/portfolio/rank.js';
import PortfolioSync from '../../../src/commands/portfolio/sync.js';
import { builtInProfile } from '../../../src/core/profiles/builtin-profiles.js';
import { ACCOUNT, ACCOUNT_COMPUTED as C, VALUE_ASSESSMENT as V } from '../../../src/schema/fields.js';
import { readOrgPortfolio } from '../../../src/org/sync/read-portfolio.js';
import { buildRankResult, type RankResult } from '../../../src/rank/result.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { loadBuiltInProfiles } from '../../helpers/org-admin.js';
import { seedPortfolio, syntheticSeeds, type PortfolioSeed } from '../../helpers/org-server.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const SEEDS: PortfolioSeed[] = [
  ...syntheticSeeds(25),
  { name: '=HYPERLINK("http://x","y")', loyalty: 4, figures: [{ revenue: 12_000, directCosts: 3000 }] },
  { name: 'Pioneer Oy', potential: 5, stage: 'Pioneer', commitment: 2, binding: 4 },
];

describe('portfolio export', () => {
  const ctx = useOrgCommandContext();
  const tmp = useTempDir();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  it.each(['csv', 'xlsx'])('writes a %s that `portfolio rank` ranks offline to the same result', async (ext) => {
    seedPortfolio(ctx.server, SEEDS);
    const out = tmp.file(`portfolio.${ext}`);
    const exported = await runCommand(PortfolioExport, [...org(), '--output', out, '--json']);
    expect(exported).toMatchObject({ accounts: SEEDS.length, format: ext, profile: { key: 'current' } });
    const offline = await runCommand(PortfolioRank, ['--file', out, '--json']);
    // What src/core makes of the org's own inputs.
    const { accounts } = await readOrgPortfolio(ctx.client(), { api: 'rest', forSync: false });
    const expected = buildRankResult(
      accounts.map((a) => a.input),
      builtInProfile('current')!
    ).result;
    const view = (r: RankResult): unknown[] =>
      r.accounts.map((a) => [a.id, a.rank, a.score, a.tier, a.abcClass, a.quadrant]);
    expect(view(offline)).toEqual(view(expected));
    const { review: offlineReview, ...offlineSummary } = offline.summary;
    const { review: exportedReview, ...exportedSummary } = exported.summary;
    expect(offlineSummary).toEqual(expected.summary);
    expect(exportedSummary).toEqual(expected.summary);
    // Nobody has assessed these accounts: each scored one is due, in the export as in the file ranked offline.
    expect(exportedReview).toMatchObject({
      column: 'Last Assessed At',
      due: offline.accounts.filter((a) => a.tier).length,
    });
    expect(offlineReview).toEqual(exportedReview);
  });

  it('carries the day each account was last assessed, so the offline run finds the same reviews due', async () => {
    const ids = seedPortfolio(ctx.server, SEEDS);
    const assessed = (id: string, at: string): Record<string, unknown> => ({
      [V.account]: id,
      [V.assessedAt]: at,
      [V.source]: 'Manual',
      [V.weightedScore]: 3,
      [V.tier]: 'develop',
      [V.profileKey]: 'current',
    });
    const recently = new Date(Date.now() - 20 * 86_400_000).toISOString();
    ctx.server.store.insert(V.object, [assessed(ids[0], recently), assessed(ids[1], '2023-02-01T09:00:00.000Z')]);
    // The sync keeps on each account when a person last assessed it (docs/sync.md).
    await runCommand(PortfolioSync, [...org(), '--json']);
    const out = tmp.file('portfolio.csv');
    const exported = await runCommand(PortfolioExport, [...org(), '--output', out, '--json']);
    const offline = await runCommand(PortfolioRank, ['--file', out, '--json']);
    const text = await readFile(out, 'utf8');
    expect(text.split(/\r?\n/)[0]).toMatch(/,Last Assessed At,Account Id$/);
    expect(text).toContain(`,2023-02-01,${ids[1]}`);
    expect(text).toContain(`,${recently.slice(0, 10)},${ids[0]}`);
    expect(offline.summary.review).toEqual(exported.summary.review);
    const due = new Set(exported.summary.review!.dueAccounts.map((a) => a.id));
    expect(exported.summary.review!.due).toBe(SEEDS.length - 1 - offline.accounts.filter((a) => !a.tier).length);
    expect(due.has(ids[0])).toBe(false);
  });

  it('exports only the accounts in the portfolio scope, as the sync ranks them', async () => {
    loadBuiltInProfiles(ctx.server);
    seedPortfolio(ctx.server, [
      ...SEEDS,
      { name: 'Prospect Oy', type: 'Prospect', loyalty: 5, figures: [{ revenue: 90_000, directCosts: 1000 }] },
      { name: 'Partner AB', type: 'Partner', loyalty: 5 },
    ]);
    const out = tmp.file('portfolio.csv');
    const exported = await runCommand(PortfolioExport, [...org(), '--output', out, '--json']);
    expect(exported).toMatchObject({ accounts: SEEDS.length });
    const text = await readFile(out, 'utf8');
    expect(text).not.toContain('Prospect Oy');
    expect(text).not.toContain('Partner AB');
    expect(text).toContain('Pioneer Oy');
  });

  it('ranks as the sync does, and neutralises formulas in text cells', async () => {
    seedPortfolio(ctx.server, SEEDS);
    await runCommand(PortfolioSync, [...org(), '--json']);
    const out = tmp.file('portfolio.csv');
    await runCommand(PortfolioExport, [...org(), '--output', out, '--json']);
    const offline = await runCommand(PortfolioRank, ['--file', out, '--json']);
    for (const account of offline.accounts) {
      const record = ctx.server.store.get(ACCOUNT, account.id!)!;
      expect([account.rank, account.score, account.tier]).toEqual([
        record[C.rank],
        record[C.weightedScore],
        record[C.tier],
      ]);
    }
    const text = await readFile(out, 'utf8');
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('refuses an output it cannot write before calling the org', async () => {
    seedPortfolio(ctx.server, SEEDS);
    ctx.server.calls.reset();
    const failure = await runExpectingError(PortfolioExport, [...org(), '--output', tmp.file('portfolio.pdf')]);
    expect(failure.message).toMatch(/Cannot tell the format/);
    // (The org flag's own set-up may call the org; the command's calls use its API version.)
    expect(ctx.server.calls.log.filter((c) => c.path.includes('/v62.0/'))).toEqual([]);
  });
});
