import '../../helpers/jest-realm.js';
import PortfolioDoctor from '../../../src/commands/portfolio/doctor.js';
import { PERMISSION_SETS } from '../../../src/schema/fields.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { activateAccountPage, assignPermissionSet, loadBuiltInProfiles } from '../../helpers/org-admin.js';

describe('portfolio doctor', () => {
  const ctx = useOrgCommandContext();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  const install = (): void => {
    assignPermissionSet(ctx.server, PERMISSION_SETS.integration);
    loadBuiltInProfiles(ctx.server);
  };

  it('passes on an installed org', async () => {
    install();
    activateAccountPage(ctx.server);
    const result = await runCommand(PortfolioDoctor, [...org(), '--json']);
    expect(result.ok).toBe(true);
    expect(result.checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('succeeds, with a warning and the steps by hand, when the Account page is not activated on phones', async () => {
    install();
    activateAccountPage(ctx.server, ['Large']);
    const result = await runCommand(PortfolioDoctor, [...org(), '--json']);
    expect(result.ok).toBe(true);
    const page = result.checks.find((c) => c.id === 'accountPage')!;
    expect(page.status).toBe('warn');
    expect(page.actions[0]).toMatch(/^Check or activate by hand: Setup → Lightning App Builder/);
  });

  it('fails, naming what is missing, when a check fails', async () => {
    const failure = await runExpectingError(PortfolioDoctor, [...org(), '--json']);
    expect(failure.name).toBe('ProblemsFoundError');
    expect(failure.message).toBe('1 check failed; see above for what is missing and what to do.');
  });
});
