/**
 * The doctor's follow-up check against the local server: absent while follow-up is off (and no call
 * made for it), passing when the Tasks can be made and the digest group exists, failing with the
 * sync's own words when the group is missing or Chatter is off, and when Tasks cannot be created.
 */
import { runDoctor, type Check } from '../../../src/org/setup/doctor.js';
import { CHATTER } from '../../../src/schema/fields.js';
import { enableFollowUp } from '../../helpers/follow-up.js';
import { assignPermissionSet, loadBuiltInProfiles } from '../../helpers/org-admin.js';
import { useSfServer } from '../../helpers/org-server.js';

const followUpOf = async (client: Parameters<typeof runDoctor>[0]): Promise<Check | undefined> =>
  (await runDoctor(client)).checks.find((c) => c.id === 'followUp');

describe('portfolio doctor: follow-up', () => {
  const sf = useSfServer();
  beforeEach(() => assignPermissionSet(sf.server, 'CVP_Integration'));

  it('has no follow-up check while follow-up is off, and makes no call for it', async () => {
    loadBuiltInProfiles(sf.server);
    const off = await runDoctor(sf.client());
    expect(off.checks.some((c) => c.id === 'followUp')).toBe(false);
    expect(off.ok).toBe(true);
  });

  it('passes when the Tasks can be made and the group exists', async () => {
    sf.server.store.insert(CHATTER.group, [{ Name: 'Key account review' }]);
    enableFollowUp(sf.server, { group: 'Key account review' });
    const check = await followUpOf(sf.client());
    expect(check).toMatchObject({ status: 'pass', actions: [] });
    expect(check?.detail).toContain('creates a Task for the owner');
    expect(check?.detail).toContain('"Key account review"');
  });

  it('fails, saying what to fix, when the group does not exist', async () => {
    enableFollowUp(sf.server, { tasks: false, group: 'Key accounts' });
    const result = await runDoctor(sf.client());
    const check = result.checks.find((c) => c.id === 'followUp');
    expect(result.ok).toBe(false);
    expect(check?.status).toBe('fail');
    expect(check?.detail).toMatch(/no active group of that name/);
    expect(check?.actions.join(' ')).toMatch(/Movers Digest Chatter Group/);
  });

  it('fails when the running user cannot create Tasks', async () => {
    enableFollowUp(sf.server);
    sf.server.access.deny('Task', { create: true, edit: true });
    const check = await followUpOf(sf.client());
    expect(check?.status).toBe('fail');
    expect(check?.detail).toContain('cannot create Tasks');
    expect(check?.actions.join(' ')).toContain('Edit Tasks');
  });
});

describe('portfolio doctor: follow-up in an org without Chatter', () => {
  const sf = useSfServer({ chatter: false });

  it('fails and says to turn Chatter on or clear the group', async () => {
    assignPermissionSet(sf.server, 'CVP_Integration');
    enableFollowUp(sf.server, { tasks: false, group: 'Key account review' });
    const check = await followUpOf(sf.client());
    expect(check?.status).toBe('fail');
    expect(check?.detail).toMatch(/Chatter is turned off/);
    expect(check?.actions.join(' ')).toMatch(/Chatter Settings/);
  });
});
