import '../../helpers/jest-realm.js';
import PortfolioDoctor from '../../../src/commands/portfolio/doctor.js';
import { builtInProfile } from '../../../src/core/builtin-profiles.js';
import { PERMISSION_SETS, SCORING_PROFILE } from '../../../src/org/fields.js';
import { profileToRecord } from '../../../src/org/profile-records.js';
import { runCommand, runExpectingError } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';

describe('portfolio doctor', () => {
  const ctx = useOrgCommandContext();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  it('passes on an installed org', async () => {
    const ps = ctx.server.store.all('PermissionSet').find((p) => p.Name === PERMISSION_SETS.integration)!;
    ctx.server.store.insert('PermissionSetAssignment', [{ AssigneeId: ctx.server.userId, PermissionSetId: ps.Id }]);
    ctx.server.store.insert(SCORING_PROFILE.object, [profileToRecord(builtInProfile('current')!, { isDefault: true })]);
    const result = await runCommand(PortfolioDoctor, [...org(), '--json']);
    expect(result.ok).toBe(true);
    expect(result.checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('fails, naming what is missing, when a check fails', async () => {
    const failure = await runExpectingError(PortfolioDoctor, [...org(), '--json']);
    expect(failure.name).toBe('ProblemsFoundError');
    expect(failure.message).toBe('1 check(s) failed; see above for what is missing and what to do.');
  });
});
