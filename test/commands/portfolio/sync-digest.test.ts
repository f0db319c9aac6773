import { readFile } from 'node:fs/promises';
import '../../helpers/jest-realm.js';
import PortfolioSync from '../../../src/commands/portfolio/sync.js';
import { ACCOUNT, ACCOUNT_ASSESSED as A, ACCOUNT_COMPUTED as C } from '../../../src/schema/fields.js';
import { runCommand } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { seedPortfolio, syntheticSeeds } from '../../helpers/org-server.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { printed } from '../../helpers/printed.js';
import { enableFollowUp, followUpTasks, moveAccounts } from '../../helpers/follow-up.js';

const TOP_SCORES = {
  [A.loyalty]: 5,
  [A.potential]: 5,
  [A.reference]: 5,
  [A.learning]: 5,
  [A.contact]: 5,
  [A.emotional]: 5,
};

describe('portfolio sync --digest', () => {
  const ctx = useOrgCommandContext();
  const tmp = useTempDir();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  it('writes who moved since the last sync as Markdown in the run language, and carries it in --json', async () => {
    const ids = seedPortfolio(ctx.server, syntheticSeeds(30));
    const first = await runCommand(PortfolioSync, [...org(), '--json', '--digest', tmp.file('first.md')]);
    expect(first.digest.newlyScored).toBe(30);
    expect(first.digest.counts.up).toBe(0);
    // The lowest-ranked account's customer now rates the relationship at the top: it climbs.
    const last = ctx.server.store.all(ACCOUNT).sort((a, b) => Number(b[C.rank]) - Number(a[C.rank]))[0];
    const tierBefore = last[C.tier];
    ctx.server.store.update(ACCOUNT, String(last.Id), TOP_SCORES);
    const out = tmp.file('movers.md');
    const second = await runCommand(PortfolioSync, [...org(), '--json', '--language', 'fi', '--digest', out]);
    expect(second.digestFile).toBe(out);
    expect(second.digest.up.map((m) => m.id)).toContain(last.Id);
    expect(second.digest.up.find((m) => m.id === last.Id)!.previousTier).toBe(tierBefore);
    const text = await readFile(out, 'utf8');
    expect(text).toContain('# Salkun liikkujat');
    expect(text).toMatch(/## Ylemmäs asiakkuusluokassa \(\d+\)/);
    expect(text).toContain(String(last.Name));
    expect(ids).toContain(last.Id);
  });

  it('says what follow-up it did, in the run language', async () => {
    enableFollowUp(ctx.server);
    seedPortfolio(ctx.server, syntheticSeeds(30));
    await runCommand(PortfolioSync, [...org(), '--json']);
    moveAccounts(ctx.server);
    const out = tmp.file('liikkujat.md');
    await runCommand(PortfolioSync, [...org(), '--language', 'fi', '--digest', out]);
    const created = followUpTasks(ctx.server).size;
    expect(created).toBeGreaterThanOrEqual(3);
    expect(printed()).toContain(`Jatkotoimet: ${created} asiakasta liikkui ja 0 asiakkaan arviointi erääntyi; ${created} tehtävää luotiin`);
    expect(printed()).toContain(`Liikkujien kooste: ${out}`);
  });
});
