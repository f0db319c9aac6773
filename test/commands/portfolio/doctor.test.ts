import '../../helpers/jest-realm.js';
import PortfolioDoctor from '../../../src/commands/portfolio/doctor.js';
import { builtInProfile } from '../../../src/core/builtin-profiles.js';
import { ACCOUNT_RECORD_PAGE } from '../../../src/org/doctor.js';
import { APP, PERMISSION_SETS, SCORING_PROFILE } from '../../../src/org/fields.js';
import { profileToRecord } from '../../../src/org/profile-records.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';

describe('portfolio doctor', () => {
  const ctx = useOrgCommandContext();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  const install = (): void => {
    const ps = ctx.server.store.all('PermissionSet').find((p) => p.Name === PERMISSION_SETS.integration)!;
    ctx.server.store.insert('PermissionSetAssignment', [{ AssigneeId: ctx.server.userId, PermissionSetId: ps.Id }]);
    ctx.server.store.insert(SCORING_PROFILE.object, [profileToRecord(builtInProfile('current')!, { isDefault: true })]);
  };

  /** The app's Account page defaults, as Lightning App Builder's activation leaves them. */
  const activate = (formFactors: string[]): void => {
    ctx.server.tooling.setAppMetadata(APP, {
      ...ctx.server.tooling.appMetadata(APP),
      actionOverrides: formFactors.map((formFactor) => ({
        actionName: 'View',
        comment: null,
        content: ACCOUNT_RECORD_PAGE,
        formFactor,
        pageOrSobjectType: 'Account',
        skipRecordTypeSelect: false,
        type: 'Flexipage',
      })),
      profileActionOverrides: [],
    });
  };

  it('passes on an installed org', async () => {
    install();
    activate(['Large', 'Small']);
    const result = await runCommand(PortfolioDoctor, [...org(), '--json']);
    expect(result.ok).toBe(true);
    expect(result.checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('succeeds, with a warning and the steps by hand, when the Account page is not activated on phones', async () => {
    install();
    activate(['Large']);
    const result = await runCommand(PortfolioDoctor, [...org(), '--json']);
    expect(result.ok).toBe(true);
    const page = result.checks.find((c) => c.id === 'accountPage')!;
    expect(page.status).toBe('warn');
    expect(page.actions[0]).toMatch(/^Check or activate by hand: Setup → Lightning App Builder/);
  });

  it('fails, naming what is missing, when a check fails', async () => {
    const failure = await runExpectingError(PortfolioDoctor, [...org(), '--json']);
    expect(failure.name).toBe('ProblemsFoundError');
    expect(failure.message).toBe('1 check(s) failed; see above for what is missing and what to do.');
  });
});
